<?php
// run: php -S 127.0.0.1:8000 308.php
// 308 keeps the method and body, and clients may remember the new address
header('Cache-Control: max-age=86400');
header('Location: https://api.example.com/api/v1/orders', true, 308);
