<?php
// run: php -S 127.0.0.1:8000 302.php
// no session cookie: send the browser to the login page
header('Cache-Control: no-store');
header('Location: /login?next=' . urlencode($_SERVER['REQUEST_URI']), true, 302);
