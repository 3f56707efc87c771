// run: node 431.js
const http = require('http');
const express = require('express');
const app = express();

app.get('/account', (req, res) => res.send('ok'));

// Node itself answers 431 and closes when the header section is over maxHeaderSize bytes
http.createServer({ maxHeaderSize: 8192 }, app).listen(8000, '127.0.0.1');
