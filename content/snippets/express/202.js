// run: node 202.js
const express = require('express');
const app = express();

app.post('/api/exports', (req, res) => {
  res.status(202).set('Location', '/api/exports/jobs/77')
    .json({"job": "/api/exports/jobs/77", "status": "queued"});
});

app.listen(8000, '127.0.0.1');
