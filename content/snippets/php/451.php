<?php
// run: php -S 127.0.0.1:8000 451.php
header('Content-Type: text/plain; charset=utf-8');
header('Link: <https://authority.example/orders/42>; rel="blocked-by"');
http_response_code(451);
echo 'This article is unavailable here by court order.';
