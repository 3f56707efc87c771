// run: node 207.js
const express = require('express');
const app = express();

app.propfind('/docs/', (req, res) => {
  res.status(207)
    .type('application/xml; charset="utf-8"')
    .send(`<?xml version="1.0" encoding="utf-8"?>
<D:multistatus xmlns:D="DAV:">
  <D:response><D:href>/docs/report.pdf</D:href>
    <D:propstat><D:prop><D:getcontentlength>48213</D:getcontentlength></D:prop>
      <D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>
</D:multistatus>`);
});

app.listen(8000, '127.0.0.1');
