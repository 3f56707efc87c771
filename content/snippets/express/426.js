// run: node 426.js
const express = require('express');
const app = express();

app.get('/live/scores', (req, res) => {
  res.status(426).set({ Upgrade: 'websocket', Connection: 'Upgrade' })
    .type('text/plain; charset=utf-8')
    .send('This endpoint speaks WebSocket only.');
});

app.listen(8000, '127.0.0.1');
