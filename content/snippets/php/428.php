<?php
// run: php -S 127.0.0.1:8000 428.php
if (!isset($_SERVER['HTTP_IF_MATCH'])) {
    http_response_code(428);
    header('Content-Type: application/problem+json');
    echo '{"title": "Precondition Required", "detail": "Send If-Match with the ETag you read."}';
    exit;
}
http_response_code(204);
