<?php
// run: php -S 127.0.0.1:8000 500.php
header('Content-Type: application/problem+json');
http_response_code(500);
echo '{"title": "Internal Server Error", "detail": "Something broke on our side."}';
