<?php
// run: php -S 127.0.0.1:8000 431.php
// php -S sets no limit of its own on header size, so the script checks
$size = array_sum(array_map(fn ($k, $v) => strlen($k) + strlen($v), array_keys(getallheaders()), getallheaders()));
if ($size > 8192) {
    http_response_code(431);
    header('Content-Type: text/plain');
    echo 'Request header fields too large.';
    exit;
}
echo 'ok';
