<?php
// run: php -S 127.0.0.1:8000 414.php
if (strlen($_SERVER['REQUEST_URI']) > 256) {
    http_response_code(414);
    header('Content-Type: text/plain');
    echo 'The URI is longer than 256 bytes. Send the ids in a POST.';
    exit;
}
echo $_GET['ids'] ?? '';
