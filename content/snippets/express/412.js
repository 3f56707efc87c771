// run: node 412.js
const express = require('express');
const app = express();
const etag = '"v42"'; // the page's current version

app.put('/docs/:name', express.text({ type: 'text/markdown' }), (req, res) => {
  const ifMatch = req.get('If-Match'); // no If-Match: no precondition
  if (ifMatch && ifMatch !== etag) {
    return res.status(412).set('ETag', etag).type('application/problem+json')
      .send('{"title": "Precondition Failed", "detail": "The page changed; current is v42."}');
  }
  res.status(204).set('ETag', etag).end(); // stored req.body
});

app.listen(8000, '127.0.0.1');
