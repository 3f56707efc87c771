<?php
// run: php -S 127.0.0.1:8000 202.php
header('Content-Type: application/json');
header('Location: /api/exports/jobs/77');
http_response_code(202);
echo '{"job": "/api/exports/jobs/77", "status": "queued"}';
