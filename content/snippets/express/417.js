// run: node 417.js
const express = require('express');
const app = express();

app.put('/backups/:name', (req, res) => {
  if (req.get('Expect')) {
    return res.status(417).type('text')
      .send('This gateway does not support Expect; send the body directly.');
  }
  req.resume().on('end', () => res.status(201).end());
});

const server = app.listen(8000, '127.0.0.1');
server.on('checkContinue', app); // without this, Node would send 100 Continue itself
