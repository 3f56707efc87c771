<?php
// run: php -S 127.0.0.1:8000 508.php
header('Content-Type: text/plain; charset=utf-8');
http_response_code(508);
echo 'Depth: infinity meets a binding loop under /Coll/.';
