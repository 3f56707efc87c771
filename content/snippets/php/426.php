<?php
// run: php -S 127.0.0.1:8000 426.php
header('Content-Type: text/plain; charset=utf-8');
header('Upgrade: websocket');
header('Connection: Upgrade');
http_response_code(426);
echo 'This endpoint speaks WebSocket only.';
