<?php
// run: php -S 127.0.0.1:8000 422.php
header('Content-Type: application/problem+json');
http_response_code(422);
echo '{"title": "Unprocessable Content", "detail": "ends is before starts."}';
