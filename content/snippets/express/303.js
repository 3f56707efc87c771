// run: node 303.js
const express = require('express');
const app = express();

app.post('/orders', express.urlencoded({ extended: false }), (req, res) => {
  const id = 1042; // the order just stored from req.body
  res.redirect(303, `/orders/${id}`);
});

app.listen(8000, '127.0.0.1');
