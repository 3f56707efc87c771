// run: node 511.js
const express = require('express');
const app = express();

app.get('/index.html', (req, res) => {
  res.status(511)
    .type('text/html; charset=utf-8')
    .send('<p><a href="https://login.example.net/">Log in to the network</a> first.</p>');
});

app.listen(8000, '127.0.0.1');
