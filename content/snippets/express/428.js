// run: node 428.js
const express = require('express');
const app = express();

app.put('/documents/:id', express.json(), (req, res) => {
  if (!req.get('If-Match')) {
    return res.status(428).type('application/problem+json')
      .send('{"title": "Precondition Required", "detail": "Send If-Match with the ETag you read."}');
  }
  res.status(204).end();
});

app.listen(8000, '127.0.0.1');
