// run: node 408.js
const http = require('http');
const express = require('express');
const app = express();

app.put('/uploads/:name', (req, res) => {
  req.resume().on('end', () => res.status(201).end());
});

// Node itself answers 408 and closes when a request is not complete within requestTimeout
http.createServer({ requestTimeout: 5000, connectionsCheckingInterval: 1000 }, app)
  .listen(8000, '127.0.0.1');
