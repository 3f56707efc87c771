// run: node 203.js
const express = require('express');
const app = express();

app.get('/photos/:name', (req, res) => {
  res.status(203).set({ Via: '1.1 gateway.example', 'Cache-Control': 'max-age=3600' })
    .type('text/plain; charset=utf-8')
    .send('a copy recompressed by this gateway');
});

app.listen(8000, '127.0.0.1');
