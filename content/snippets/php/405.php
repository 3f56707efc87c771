<?php
// run: php -S 127.0.0.1:8000 405.php
if (!in_array($_SERVER['REQUEST_METHOD'], ['GET', 'HEAD'], true)) {
    http_response_code(405);
    header('Allow: GET, HEAD');
    header('Content-Type: application/problem+json');
    echo '{"title": "Method Not Allowed", "detail": "Reports are read-only."}';
    exit;
}
header('Content-Type: application/json');
echo '{"year": 2024}';
