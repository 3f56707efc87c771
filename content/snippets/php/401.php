<?php
// run: php -S 127.0.0.1:8000 401.php
$token = 'Bearer valid-token'; // stands in for real token checking
if (($_SERVER['HTTP_AUTHORIZATION'] ?? '') !== $token) {
    http_response_code(401);
    header('WWW-Authenticate: Bearer realm="api", error="invalid_token"');
    header('Content-Type: application/problem+json');
    echo '{"title": "Unauthorized", "detail": "The access token is missing or expired."}';
    exit;
}
header('Content-Type: application/json');
echo '[]';
