<?php
// run: php -S 127.0.0.1:8000 100.php
// Probe: php -S waits for the whole body before it starts the script and
// never sends 100 Continue, so a client that waits for 100 gets nothing.
http_response_code(201);
