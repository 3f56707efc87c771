<?php
// run: truncate -s 73400320 debian-12.iso && php -S 127.0.0.1:8000 416.php
$file = __DIR__ . '/debian-12.iso';
$size = filesize($file);
header('Content-Type: application/octet-stream');
header('Accept-Ranges: bytes');
if (preg_match('/^bytes=(\d*)-(\d*)$/', $_SERVER['HTTP_RANGE'] ?? '', $m) && $m[1] . $m[2] !== '') {
    $start = $m[1] === '' ? max(0, $size - (int) $m[2]) : (int) $m[1];
    $end = $m[1] === '' || $m[2] === '' ? $size - 1 : min((int) $m[2], $size - 1);
    if ($start > $end) {
        http_response_code(416);
        header("Content-Range: bytes */$size");
        exit;
    }
    http_response_code(206);
    header("Content-Range: bytes $start-$end/$size");
    header('Content-Length: ' . ($end - $start + 1));
    echo file_get_contents($file, false, null, $start, $end - $start + 1);
    exit;
}
header("Content-Length: $size");
readfile($file);
