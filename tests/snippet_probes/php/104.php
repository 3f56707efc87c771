<?php
// run: php -S 127.0.0.1:8000 104.php
// Probe: php -S starts the script only after the whole 500 MB body, too late
// for an interim 104; nothing is sent while the body is coming.
http_response_code(201);
