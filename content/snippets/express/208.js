// run: node 208.js
const express = require('express');
const app = express();

// 208 is never a status line: it marks a binding already listed in this 207 body.
app.propfind('/projects/', (req, res) => {
  res.status(207).type('application/xml; charset="utf-8"').send(`<?xml version="1.0" encoding="utf-8"?>
<D:multistatus xmlns:D="DAV:">
  <D:response><D:href>/projects/</D:href>
    <D:propstat><D:prop><D:resource-id><D:href>urn:uuid:0b7d4e21</D:href></D:resource-id></D:prop>
      <D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>
  <D:response><D:href>/projects/shared/loop/</D:href>
    <D:propstat><D:prop><D:resource-id><D:href>urn:uuid:0b7d4e21</D:href></D:resource-id></D:prop>
      <D:status>HTTP/1.1 208 Already Reported</D:status></D:propstat></D:response>
</D:multistatus>`);
});

app.listen(8000, '127.0.0.1');
