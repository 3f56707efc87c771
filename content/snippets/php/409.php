<?php
// run: php -S 127.0.0.1:8000 409.php
header('Content-Type: application/problem+json');
http_response_code(409);
echo '{"title": "Conflict", "detail": "The username is already taken."}';
