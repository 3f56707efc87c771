// run: node 414.js
const express = require('express');
const app = express();

app.use((req, res, next) => {
  if (req.originalUrl.length > 256) {
    return res.status(414).type('text')
      .send('The URI is longer than 256 bytes. Send the ids in a POST.');
  }
  next();
});
app.get('/search', (req, res) => res.json({ ids: req.query.ids.split(',') }));

app.listen(8000, '127.0.0.1');
