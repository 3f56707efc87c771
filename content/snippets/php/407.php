<?php
// run: php -S 127.0.0.1:8000 407.php
if (empty($_SERVER['HTTP_PROXY_AUTHORIZATION'])) {
    http_response_code(407);
    header('Proxy-Authenticate: Basic realm="Corporate proxy"');
    header('Content-Type: text/plain');
    echo 'Log in to the proxy to reach the Internet.';
}
