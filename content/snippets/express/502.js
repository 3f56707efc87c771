// run: node 502.js
const express = require('express');
const app = express();

app.get('/dashboard', (req, res) => {
  res.status(502)
    .type('text/html; charset=utf-8')
    .send('<p>The application server sent an invalid response.</p>');
});

app.listen(8000, '127.0.0.1');
