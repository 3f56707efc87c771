// run: node 226.js
const express = require('express');
const zlib = require('zlib');
const app = express();
const feed = '<?xml version="1.0"?><feed><entry>Release 11.91</entry></feed>';

app.get('/feeds/changelog.xml', (req, res) => {
  res.set({ ETag: '"cl-1191"', 'Cache-Control': 'no-store, im' }).type('application/xml');
  const wanted = (req.get('A-IM') || '').split(',').map((s) => s.trim());
  if (!wanted.includes('gzip')) return res.send(feed);
  // the only instance manipulation offered here: the whole feed, gzip-compressed
  res.status(226).set('IM', 'gzip').send(zlib.gzipSync(feed));
});

app.listen(8000, '127.0.0.1');
