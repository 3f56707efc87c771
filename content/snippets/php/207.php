<?php
// run: php -S 127.0.0.1:8000 207.php
header('Content-Type: application/xml; charset="utf-8"');
http_response_code(207);
echo '<?xml version="1.0" encoding="utf-8"?>
<D:multistatus xmlns:D="DAV:">
  <D:response><D:href>/docs/report.pdf</D:href>
    <D:propstat><D:prop><D:getcontentlength>48213</D:getcontentlength></D:prop>
      <D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>
</D:multistatus>';
