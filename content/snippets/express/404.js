// run: node 404.js
const express = require('express');
const app = express();

app.get('/users/:id', (req, res) => {
  res.status(404)
    .type('application/problem+json')
    .send('{"title": "Not Found", "detail": "No user with this id."}');
});

app.listen(8000, '127.0.0.1');
