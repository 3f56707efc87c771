<?php
// run: php -S 127.0.0.1:8000 506.php
header('Content-Type: text/plain; charset=utf-8');
http_response_code(506);
echo 'Variant negotiation is misconfigured on this server.';
