<?php
// run: php -S 127.0.0.1:8000 431.php
// php -S sets no limit of its own on header size, so the script checks
$size = 0;
foreach (getallheaders() as $name => $value) {
    $size += strlen($name) + strlen($value);
}
if ($size > 8192) {
    http_response_code(431);
    header('Content-Type: text/plain');
    echo 'Request header fields too large.';
    exit;
}
echo 'ok';
