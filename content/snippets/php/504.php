<?php
// run: php -S 127.0.0.1:8000 504.php
header('Content-Type: text/html; charset=utf-8');
http_response_code(504);
echo '<p>The report server did not answer in time.</p>';
