// run: node 505.js
const express = require('express');
const app = express();

app.get('/', (req, res) => res.send('ok'));

const server = app.listen(8000, '127.0.0.1');
// Node's parser rejects the request before Express sees it; by default it answers 400
server.on('clientError', (err, socket) => {
  const status = err.code === 'HPE_INVALID_VERSION'
    ? '505 HTTP Version Not Supported' : '400 Bad Request';
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
});
