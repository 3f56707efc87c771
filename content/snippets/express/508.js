// run: node 508.js
const express = require('express');
const app = express();

app.propfind('/Coll/', (req, res) => {
  res.status(508)
    .type('text/plain; charset=utf-8')
    .send('Depth: infinity meets a binding loop under /Coll/.');
});

app.listen(8000, '127.0.0.1');
