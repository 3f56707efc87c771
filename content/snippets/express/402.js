// run: node 402.js
const express = require('express');
const app = express();

app.post('/v1/reports', (req, res) => {
  res.status(402)
    .type('application/problem+json')
    .send('{"title": "Plan limit reached", "detail": "Report export needs the Pro plan."}');
});

app.listen(8000, '127.0.0.1');
