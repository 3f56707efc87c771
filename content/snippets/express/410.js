// run: node 410.js
const express = require('express');
const app = express();

app.get('/v1/weather', (req, res) => {
  res.status(410).set('Cache-Control', 'max-age=86400')
    .type('application/problem+json')
    .send('{"title": "Gone", "detail": "API v1 was retired. Use /v2/weather."}');
});

app.listen(8000, '127.0.0.1');
