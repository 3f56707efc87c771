<?php
// run: php -S 127.0.0.1:8000 412.php
$etag = '"v42"'; // the page's current version
header("ETag: $etag");
$ifMatch = $_SERVER['HTTP_IF_MATCH'] ?? null; // none: no precondition
if ($ifMatch !== null && $ifMatch !== $etag) {
    http_response_code(412);
    header('Content-Type: application/problem+json');
    echo '{"title": "Precondition Failed", "detail": "The page changed; current is v42."}';
    exit;
}
http_response_code(204); // stored php://input
