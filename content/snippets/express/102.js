// run: node 102.js
const express = require('express');
const app = express();

app.copy('/projects/:name/', (req, res) => {
  res.writeProcessing(); // 102 Processing: the copy has started
  setTimeout(() => res.status(201).end(), 1000); // stands in for the long copy
});

app.listen(8000, '127.0.0.1');
