// run: node 421.js
const express = require('express');
const app = express();

app.get('/img/:name', (req, res) => {
  res.status(421)
    .type('text/plain; charset=utf-8')
    .send('This server does not serve static.example.com.');
});

app.listen(8000, '127.0.0.1');
