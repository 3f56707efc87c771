// run: node 451.js
const express = require('express');
const app = express();

app.get('/articles/:slug', (req, res) => {
  res.status(451).set('Link', '<https://authority.example/orders/42>; rel="blocked-by"')
    .type('text/plain; charset=utf-8')
    .send('This article is unavailable here by court order.');
});

app.listen(8000, '127.0.0.1');
