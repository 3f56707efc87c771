<?php
// run: php -S 127.0.0.1:8000 226.php
$feed = '<?xml version="1.0"?><feed><entry>Release 11.91</entry></feed>';
header('ETag: "cl-1191"');
header('Content-Type: application/xml');
$wanted = array_map('trim', explode(',', $_SERVER['HTTP_A_IM'] ?? ''));
if (!in_array('gzip', $wanted, true)) {
    echo $feed;
    exit;
}
// the only instance manipulation offered here: the whole feed, gzip-compressed
http_response_code(226);
header('IM: gzip');
header('Cache-Control: no-store, im');
echo gzencode($feed);
