<?php
// run: php -S 127.0.0.1:8000 415.php
if (strtok($_SERVER['CONTENT_TYPE'] ?? '', ';') !== 'application/json') {
    http_response_code(415);
    header('Accept: application/json');
    header('Content-Type: application/problem+json');
    echo '{"title": "Unsupported Media Type", "detail": "Send the order as application/json."}';
    exit;
}
http_response_code(201);
