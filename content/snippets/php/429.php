<?php
// run: php -S 127.0.0.1:8000 429.php
header('Content-Type: application/problem+json');
header('Retry-After: 30');
http_response_code(429);
echo '{"title": "Too Many Requests", "detail": "Try again in 30 seconds."}';
