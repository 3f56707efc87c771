// run: node 429.js
const express = require('express');
const app = express();

app.get('/v1/search', (req, res) => {
  res.status(429).set('Retry-After', '30')
    .type('application/problem+json')
    .send('{"title": "Too Many Requests", "detail": "Try again in 30 seconds."}');
});

app.listen(8000, '127.0.0.1');
