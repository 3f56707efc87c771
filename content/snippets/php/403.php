<?php
// run: php -S 127.0.0.1:8000 403.php
header('Content-Type: application/problem+json');
http_response_code(403);
echo '{"title": "Forbidden", "detail": "Only project owners can delete a project."}';
