<?php
// run: php -S 127.0.0.1:8000 303.php
$id = 1042; // the order just stored from $_POST
header("Location: /orders/$id", true, 303);
