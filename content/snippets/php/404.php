<?php
// run: php -S 127.0.0.1:8000 404.php
header('Content-Type: application/problem+json');
http_response_code(404);
echo '{"title": "Not Found", "detail": "No user with this id."}';
