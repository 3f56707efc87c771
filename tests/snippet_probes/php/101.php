<?php
// run: php -S 127.0.0.1:8000 101.php
// Probe: a 101 header goes out as the whole response, with Connection: close,
// and the connection closes: a script cannot take it over.
header('Upgrade: websocket');
http_response_code(101);
