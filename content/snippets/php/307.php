<?php
// run: php -S 127.0.0.1:8000 307.php
// 307 keeps the method and body: the client repeats its POST there
header('Location: https://api-eu2.example.com/v1/payments', true, 307);
