// run: node 401.js
const express = require('express');
const app = express();
const TOKEN = 'Bearer valid-token'; // stands in for real token checking

app.get('/v1/invoices', (req, res) => {
  if (req.get('Authorization') !== TOKEN) {
    return res.status(401)
      .set('WWW-Authenticate', 'Bearer realm="api", error="invalid_token"')
      .type('application/problem+json')
      .send('{"title": "Unauthorized", "detail": "The access token is missing or expired."}');
  }
  res.json([]);
});

app.listen(8000, '127.0.0.1');
