// run: node 413.js
const express = require('express');
const app = express();
const LIMIT = 524288000;

app.post('/v1/videos', (req, res) => {
  if (Number(req.get('Content-Length')) > LIMIT) {
    return res.status(413).set('Connection', 'close').type('application/problem+json')
      .send(`{"title": "Content Too Large", "detail": "Videos are limited to ${LIMIT} bytes."}`);
  }
  res.writeContinue();
  req.resume().on('end', () => res.status(201).end());
});

const server = app.listen(8000, '127.0.0.1');
server.on('checkContinue', app); // decide before Node sends 100 Continue
