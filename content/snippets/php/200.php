<?php
// run: php -S 127.0.0.1:8000 200.php
header('Content-Type: application/json');
header('ETag: "a3f9c2"');
header('Cache-Control: private, max-age=60');
http_response_code(200);
echo '{"id": 1042, "status": "shipped"}';
