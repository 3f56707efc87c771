<?php
// run: php -S 127.0.0.1:8000 423.php
header('Content-Type: application/xml; charset="utf-8"');
http_response_code(423);
echo '<?xml version="1.0" encoding="utf-8"?>
<D:error xmlns:D="DAV:">
  <D:lock-token-submitted><D:href>/projects/budget.xlsx</D:href></D:lock-token-submitted>
</D:error>';
