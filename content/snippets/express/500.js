// run: node 500.js
const express = require('express');
const app = express();

app.post('/orders', (req, res) => {
  res.status(500)
    .type('application/problem+json')
    .send('{"title": "Internal Server Error", "detail": "Something broke on our side."}');
});

app.listen(8000, '127.0.0.1');
