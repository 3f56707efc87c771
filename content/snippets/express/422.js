// run: node 422.js
const express = require('express');
const app = express();

app.post('/v1/events', (req, res) => {
  res.status(422)
    .type('application/problem+json')
    .send('{"title": "Unprocessable Content", "detail": "ends is before starts."}');
});

app.listen(8000, '127.0.0.1');
