// run: node 506.js
const express = require('express');
const app = express();

app.get('/docs/manual', (req, res) => {
  res.status(506)
    .type('text/plain; charset=utf-8')
    .send('Variant negotiation is misconfigured on this server.');
});

app.listen(8000, '127.0.0.1');
