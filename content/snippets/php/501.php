<?php
// run: php -S 127.0.0.1:8000 501.php
if (!in_array($_SERVER['REQUEST_METHOD'], ['GET', 'HEAD', 'POST'], true)) {
    http_response_code(501);
    header('Content-Type: text/plain');
    echo "{$_SERVER['REQUEST_METHOD']} is not implemented here.";
    exit;
}
echo 'image';
