// run: node 307.js
const express = require('express');
const app = express();

// 307 keeps the method and body: the client repeats its POST at the new address
app.post('/v1/payments', (req, res) => {
  res.redirect(307, 'https://api-eu2.example.com/v1/payments');
});

app.listen(8000, '127.0.0.1');
