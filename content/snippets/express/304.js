// run: node 304.js
const express = require('express');
const app = express();
const css = 'body { margin: 0 }\n';

app.get('/assets/app.css', (req, res) => {
  res.set({
    ETag: '"5e1f-1a2b3c"',
    'Last-Modified': 'Tue, 04 Mar 2025 09:12:00 GMT',
    'Cache-Control': 'public, max-age=600',
    Vary: 'Accept-Encoding',
  });
  // send() answers 304 with no body when the request's validators match (req.fresh)
  res.type('css').send(css);
});

app.listen(8000, '127.0.0.1');
