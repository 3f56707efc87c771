// run: node 403.js
const express = require('express');
const app = express();

app.delete('/projects/:id', (req, res) => {
  res.status(403)
    .type('application/problem+json')
    .send('{"title": "Forbidden", "detail": "Only project owners can delete a project."}');
});

app.listen(8000, '127.0.0.1');
