<?php
// run: php -S 127.0.0.1:8000 400.php
try {
    $order = json_decode(file_get_contents('php://input'), true, 512, JSON_THROW_ON_ERROR);
} catch (JsonException $e) {
    http_response_code(400);
    header('Content-Type: application/problem+json');
    echo json_encode(['title' => 'Bad Request', 'detail' => 'Not valid JSON: ' . $e->getMessage()]);
    exit;
}
http_response_code(201);
