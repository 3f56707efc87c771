<?php
// run: php -S 127.0.0.1:8000 413.php
// Probe: php -S runs the script only after the whole body has arrived, so it
// cannot refuse the upload while the client waits for 100 Continue.
http_response_code(413);
