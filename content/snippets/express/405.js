// run: node 405.js
const express = require('express');
const app = express();

app.route('/reports/:year')
  .get((req, res) => res.json({ year: req.params.year }))
  .all((req, res) => {
    res.status(405).set('Allow', 'GET, HEAD')
      .type('application/problem+json')
      .send('{"title": "Method Not Allowed", "detail": "Reports are read-only."}');
  });

app.listen(8000, '127.0.0.1');
