// run: node 104.js
// Probe: Node has no call for a 104 interim response; res.writeHead(104) sends
// 104 as the final response, and the 201 after it never reaches the wire.
const express = require('express');
const app = express();

app.post('/videos', (req, res) => {
  res.writeHead(104, { Location: '/uploads/1', 'Upload-Draft-Interop-Version': '6' });
  res.status(201).end();
});

app.listen(8000, '127.0.0.1');
