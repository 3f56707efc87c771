// run: node 406.js
const express = require('express');
const app = express();

app.get('/reports/:year', (req, res) => {
  res.format({
    'application/json': () => res.json({ year: req.params.year }),
    'text/csv': () => res.send(`year\n${req.params.year}\n`),
    default: () => res.status(406).json({ available: ['application/json', 'text/csv'] }),
  });
});

app.listen(8000, '127.0.0.1');
