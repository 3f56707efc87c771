// run: node 200.js
const express = require('express');
const app = express();

app.get('/api/orders/:id', (req, res) => {
  res.status(200).set({ ETag: '"a3f9c2"', 'Cache-Control': 'private, max-age=60' })
    .json({"id": 1042, "status": "shipped"});
});

app.listen(8000, '127.0.0.1');
