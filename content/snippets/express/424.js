// run: node 424.js
const express = require('express');
const app = express();

app.proppatch('/reports/:name', (req, res) => {
  // 424 is the status of one property inside this 207 Multi-Status body
  res.status(207)
    .type('application/xml; charset="utf-8"')
    .send(`<?xml version="1.0" encoding="utf-8"?>
<D:multistatus xmlns:D="DAV:" xmlns:Z="urn:example:props">
  <D:response><D:href>/reports/q1.pdf</D:href>
    <D:propstat><D:prop><Z:owner/></D:prop>
      <D:status>HTTP/1.1 424 Failed Dependency</D:status></D:propstat>
    <D:propstat><D:prop><D:getetag/></D:prop>
      <D:status>HTTP/1.1 403 Forbidden</D:status></D:propstat></D:response>
</D:multistatus>`);
});

app.listen(8000, '127.0.0.1');
