<?php
// run: php -S 127.0.0.1:8000 204.php
if ($_SERVER['REQUEST_METHOD'] === 'PUT' && preg_match('#^/api/notes/(\d+)$#', $_SERVER['REQUEST_URI'], $m)) {
    // save file_get_contents('php://input'); there is nothing to send back
    http_response_code(204);
    header('ETag: "n' . $m[1] . '-v7"');
}
