// run: truncate -s 73400320 keynote.mp4 && node 206.js
const express = require('express');
const app = express();

// sendFile answers a Range request with 206 and Content-Range (and 416 when unsatisfiable)
app.get('/media/keynote.mp4', (req, res) => {
  res.sendFile('keynote.mp4', { root: __dirname, maxAge: '1d' });
});

app.listen(8000, '127.0.0.1');
