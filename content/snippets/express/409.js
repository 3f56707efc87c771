// run: node 409.js
const express = require('express');
const app = express();

app.post('/users', (req, res) => {
  res.status(409)
    .type('application/problem+json')
    .send('{"title": "Conflict", "detail": "The username is already taken."}');
});

app.listen(8000, '127.0.0.1');
