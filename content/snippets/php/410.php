<?php
// run: php -S 127.0.0.1:8000 410.php
header('Content-Type: application/problem+json');
header('Cache-Control: max-age=86400');
http_response_code(410);
echo '{"title": "Gone", "detail": "API v1 was retired. Use /v2/weather."}';
