// run: node 302.js
const express = require('express');
const app = express();

app.get('/account/settings', (req, res) => {
  // no session cookie: send the browser to the login page
  res.set('Cache-Control', 'no-store');
  res.redirect(302, '/login?next=' + encodeURIComponent(req.originalUrl));
});

app.listen(8000, '127.0.0.1');
