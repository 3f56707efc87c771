<?php
// run: php -S 127.0.0.1:8000 301.php
$slug = basename(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH));
header('Cache-Control: max-age=86400');
header("Location: https://blog.example.com/posts/$slug", true, 301);
