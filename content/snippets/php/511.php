<?php
// run: php -S 127.0.0.1:8000 511.php
header('Content-Type: text/html; charset=utf-8');
http_response_code(511);
echo '<p><a href="https://login.example.net/">Log in to the network</a> first.</p>';
