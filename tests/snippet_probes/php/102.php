<?php
// run: php -S 127.0.0.1:8000 102.php
// Probe: 102 becomes the final response, with the output as its body.
http_response_code(102);
echo 'final';
