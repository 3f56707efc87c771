// run: node 415.js
const express = require('express');
const app = express();

app.post('/v1/orders', express.json(), (req, res) => {
  if (!req.is('application/json')) {
    return res.status(415).set('Accept', 'application/json').type('application/problem+json')
      .send('{"title": "Unsupported Media Type", "detail": "Send the order as application/json."}');
  }
  res.status(201).json(req.body);
});

app.listen(8000, '127.0.0.1');
