<?php
// run: php -S 127.0.0.1:8000 402.php
header('Content-Type: application/problem+json');
http_response_code(402);
echo '{"title": "Plan limit reached", "detail": "Report export needs the Pro plan."}';
