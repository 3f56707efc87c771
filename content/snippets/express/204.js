// run: node 204.js
const express = require("express");

const app = express();

app.put("/api/notes/:id", express.json(), (req, res) => {
  // save req.body; there is nothing to send back
  res.status(204).set("ETag", `"n${req.params.id}-v7"`).end();
});

app.listen(8000, "127.0.0.1");
