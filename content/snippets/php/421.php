<?php
// run: php -S 127.0.0.1:8000 421.php
header('Content-Type: text/plain; charset=utf-8');
http_response_code(421);
echo 'This server does not serve static.example.com.';
