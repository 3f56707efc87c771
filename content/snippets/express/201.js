// run: node 201.js
const express = require('express');
const app = express();

app.post('/api/orders', (req, res) => {
  res.status(201).set('Location', '/api/orders/1043')
    .json({"id": 1043, "status": "pending"});
});

app.listen(8000, '127.0.0.1');
