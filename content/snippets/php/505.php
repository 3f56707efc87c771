<?php
// run: php -S 127.0.0.1:8000 505.php
// php -S accepts any HTTP/<digit>.<digit> request line, so the script checks the version
if (!in_array($_SERVER['SERVER_PROTOCOL'], ['HTTP/1.0', 'HTTP/1.1'], true)) {
    http_response_code(505);
    header('Content-Type: text/plain');
    echo "{$_SERVER['SERVER_PROTOCOL']} is not supported; use HTTP/1.1.";
    exit;
}
echo 'ok';
