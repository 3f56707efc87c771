<?php
// run: php -S 127.0.0.1:8000 103.php
// Probe: 103 becomes the final response, with the output as its body.
header('Link: </assets/app.css>; rel=preload; as=style');
http_response_code(103);
echo 'final';
