// run: node 504.js
const express = require('express');
const app = express();

app.get('/reports/annual', (req, res) => {
  res.status(504)
    .type('text/html; charset=utf-8')
    .send('<p>The report server did not answer in time.</p>');
});

app.listen(8000, '127.0.0.1');
