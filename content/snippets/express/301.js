// run: node 301.js
const express = require('express');
const app = express();

app.get('/blog/:year/:slug', (req, res) => {
  res.set('Cache-Control', 'max-age=86400');
  res.redirect(301, `https://blog.example.com/posts/${req.params.slug}`);
});

app.listen(8000, '127.0.0.1');
