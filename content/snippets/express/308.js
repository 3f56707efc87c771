// run: node 308.js
const express = require('express');
const app = express();

// 308 keeps the method and body, and clients may remember the new address
app.post('/v1/orders', (req, res) => {
  res.set('Cache-Control', 'max-age=86400');
  res.redirect(308, 'https://api.example.com/api/v1/orders');
});

app.listen(8000, '127.0.0.1');
