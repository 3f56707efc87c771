// run: node 411.js
const express = require('express');
const app = express();

app.post('/v1/jobs/:id/cancel', (req, res) => {
  if (req.get('Content-Length') === undefined && req.get('Transfer-Encoding') === undefined) {
    return res.status(411).type('text').send('POST requests need a Content-Length header field.');
  }
  res.status(202).end();
});

app.listen(8000, '127.0.0.1');
