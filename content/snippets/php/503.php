<?php
// run: php -S 127.0.0.1:8000 503.php
header('Content-Type: application/problem+json');
header('Retry-After: 120');
http_response_code(503);
echo '{"title": "Service Unavailable", "detail": "Down for maintenance."}';
