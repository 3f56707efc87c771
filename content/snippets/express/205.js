// run: node 205.js
const express = require('express');
const app = express();

app.post('/timesheet/entries', express.urlencoded({ extended: false }), (req, res) => {
  // save req.body, then tell the browser to clear the form
  res.status(205).end();
});

app.listen(8000, '127.0.0.1');
