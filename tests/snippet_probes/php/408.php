<?php
// run: php -S 127.0.0.1:8000 408.php
// Probe: php -S runs the script only once the whole request has arrived, so
// no script sees a request whose body stops coming; nothing is sent.
http_response_code(408);
