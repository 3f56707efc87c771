<?php
// run: php -S 127.0.0.1:8000 502.php
header('Content-Type: text/html; charset=utf-8');
http_response_code(502);
echo '<p>The application server sent an invalid response.</p>';
