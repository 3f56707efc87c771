// run: node 423.js
const express = require('express');
const app = express();

app.delete('/projects/:name', (req, res) => {
  res.status(423)
    .type('application/xml; charset="utf-8"')
    .send(`<?xml version="1.0" encoding="utf-8"?>
<D:error xmlns:D="DAV:">
  <D:lock-token-submitted><D:href>/projects/budget.xlsx</D:href></D:lock-token-submitted>
</D:error>`);
});

app.listen(8000, '127.0.0.1');
