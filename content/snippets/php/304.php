<?php
// run: php -S 127.0.0.1:8000 304.php
$etag = '"5e1f-1a2b3c"';
header("ETag: $etag");
header('Cache-Control: public, max-age=600');
header('Vary: Accept-Encoding');
$tags = array_map('trim', explode(',', $_SERVER['HTTP_IF_NONE_MATCH'] ?? ''));
if (in_array($etag, $tags, true) || in_array('*', $tags, true)) {
    http_response_code(304); // the client's copy is current: no body
    exit;
}
header('Content-Type: text/css');
echo "body { margin: 0 }\n";
