// run: node 100.js
const fs = require('fs');
const path = require('path');
const express = require('express');
const app = express();

app.put('/backups/:name', (req, res) => {
  req.pipe(fs.createWriteStream(path.basename(req.params.name)))
    .on('finish', () => res.status(201).location(req.originalUrl).end());
});

const server = app.listen(8000, '127.0.0.1');
// Node answers Expect: 100-continue by itself; this listener lets the app decide first
server.on('checkContinue', (req, res) => {
  res.writeContinue(); // 100 Continue: the client may now send the body
  app(req, res);
});
