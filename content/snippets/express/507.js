// run: node 507.js
const express = require('express');
const app = express();
const quotaLeft = 500 * 1024 * 1024; // bytes this user may still store

app.put('/remote.php/dav/files/:user/:name', (req, res) => {
  if (Number(req.get('Content-Length')) > quotaLeft) {
    return res.status(507).set('Connection', 'close').type('text')
      .send('Not enough storage left for this file.');
  }
  req.resume().on('end', () => res.status(201).end());
});

app.listen(8000, '127.0.0.1');
