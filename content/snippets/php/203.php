<?php
// run: php -S 127.0.0.1:8000 203.php
header('Content-Type: text/plain; charset=utf-8');
header('Via: 1.1 gateway.example');
header('Cache-Control: max-age=3600');
http_response_code(203);
echo 'a copy recompressed by this gateway';
