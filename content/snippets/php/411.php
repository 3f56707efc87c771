<?php
// run: php -S 127.0.0.1:8000 411.php
if (!isset($_SERVER['CONTENT_LENGTH']) && !isset($_SERVER['HTTP_TRANSFER_ENCODING'])) {
    http_response_code(411);
    header('Content-Type: text/plain');
    echo 'POST requests need a Content-Length header field.';
    exit;
}
http_response_code(202);
