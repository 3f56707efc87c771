<?php
// run: php -S 127.0.0.1:8000 425.php
// a TLS terminator in front marks requests it received as 0-RTT early data
if (($_SERVER['HTTP_EARLY_DATA'] ?? '') === '1') {
    http_response_code(425);
    header('Content-Type: text/plain');
    echo 'Send this again after the TLS handshake.';
    exit;
}
http_response_code(201);
