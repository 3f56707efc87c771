<?php
// run: php -S 127.0.0.1:8000 417.php
// Probe: php -S ignores Expect and runs the script only after the whole body,
// so it cannot refuse the expectation while the client waits.
http_response_code(417);
