// run: node 407.js
const express = require('express');
const app = express();

const server = app.listen(8000, '127.0.0.1');
// CONNECT never reaches Express routes: Node hands over the raw socket
server.on('connect', (req, socket) => {
  socket.end('HTTP/1.1 407 Proxy Authentication Required\r\n' +
    'Proxy-Authenticate: Basic realm="Corporate proxy"\r\nContent-Length: 0\r\n\r\n');
});
