// run: node 103.js
const express = require('express');
const app = express();

app.get('/dashboard', (req, res) => {
  res.writeEarlyHints({
    link: ['</assets/app.css>; rel=preload; as=style', '</assets/app.js>; rel=preload; as=script'],
  });
  // the browser fetches the hinted files while the page is still being built
  res.set('Cache-Control', 'private, no-cache').send('<!doctype html><title>Dashboard</title>');
});

app.listen(8000, '127.0.0.1');
