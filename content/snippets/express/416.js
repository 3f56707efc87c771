// run: truncate -s 658505728 debian-12.iso && node 416.js
const express = require('express');
const app = express();

// sendFile answers a Range past the end with 416 and Content-Range: bytes */<size>
app.get('/downloads/debian-12.iso', (req, res) => {
  res.sendFile('debian-12.iso', { root: __dirname });
});

app.listen(8000, '127.0.0.1');
