<?php
// run: php -S 127.0.0.1:8000 205.php
// save $_POST, then tell the browser to clear the form
http_response_code(205);
