<?php
// run: php -S 127.0.0.1:8000 201.php
header('Content-Type: application/json');
header('Location: /api/orders/1043');
http_response_code(201);
echo '{"id": 1043, "status": "pending"}';
