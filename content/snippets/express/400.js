// run: node 400.js
const express = require('express');
const app = express();

// express.json() answers 400 itself when the body is not valid JSON
app.post('/orders', express.json(), (req, res) => {
  res.status(201).json({ id: 1043 });
});

app.listen(8000, '127.0.0.1');
