// run: node 101.js
const crypto = require('crypto');
const express = require('express');
const app = express();

const server = app.listen(8000, '127.0.0.1');
// An Upgrade request never reaches Express routes: Node hands over the raw socket
server.on('upgrade', (req, socket) => {
  const accept = crypto.createHash('sha1')
    .update(req.headers['sec-websocket-key'] + '258EAFA5-E914-47DA-95CA-C5AB0DC85B11')
    .digest('base64');
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n' +
    `Connection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
  // from here on the socket carries WebSocket frames (a library such as ws reads them)
});
