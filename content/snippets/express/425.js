// run: node 425.js
const express = require('express');
const app = express();

// a TLS terminator in front marks requests it received as 0-RTT early data
app.post('/v1/payments', (req, res) => {
  if (req.get('Early-Data') === '1') {
    return res.status(425).type('text').send('Send this again after the TLS handshake.');
  }
  res.status(201).end();
});

app.listen(8000, '127.0.0.1');
