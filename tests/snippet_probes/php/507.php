<?php
// run: php -S 127.0.0.1:8000 507.php
// Probe: php -S runs the script only after the whole 700 MB body, so it
// cannot refuse the upload for lack of space before the client sends it.
http_response_code(507);
