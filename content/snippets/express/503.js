// run: node 503.js
const express = require('express');
const app = express();

app.get('/api/reports/:year', (req, res) => {
  res.status(503).set('Retry-After', '120')
    .type('application/problem+json')
    .send('{"title": "Service Unavailable", "detail": "Down for maintenance."}');
});

app.listen(8000, '127.0.0.1');
