// run: node 501.js
const express = require('express');
const app = express();

app.use((req, res, next) => {
  if (!['GET', 'HEAD', 'POST'].includes(req.method)) {
    return res.status(501).type('text').send(`${req.method} is not implemented here.`);
  }
  next();
});
app.get('/images/:name', (req, res) => res.send('image'));

app.listen(8000, '127.0.0.1');
