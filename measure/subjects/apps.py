"""Origin servers that run an application: the smallest app each needs, answering 200 "ok" after
reading the body, so that whatever else is measured is the server's own answer."""

from __future__ import annotations

import sys

from .base import Software

NODE = """const http = require('http');
http.createServer((req, res) => {
  req.resume();
  req.on('end', () => { res.setHeader('Content-Type', 'text/plain'); res.end('ok\\n'); });
}).listen(Number(process.argv[2]), '127.0.0.1');
"""
GO = """package main

import (
\t"io"
\t"net/http"
\t"os"
)

func main() {
\thttp.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
\t\tio.Copy(io.Discard, r.Body)
\t\tw.Header().Set("Content-Type", "text/plain")
\t\tio.WriteString(w, "ok\\n")
\t})
\thttp.ListenAndServe("127.0.0.1:"+os.Args[1], nil)
}
"""
ASGI = """async def app(scope, receive, send):
    if scope["type"] != "http":
        return
    while (await receive()).get("more_body"):
        pass
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/plain")]})
    await send({"type": "http.response.body", "body": b"ok\\n"})
"""
WSGI = """def app(environ, start_response):
    environ["wsgi.input"].read()
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [b"ok\\n"]
"""
PHP = """<?php
file_get_contents('php://input');
header('Content-Type: text/plain');
echo "ok\\n";
"""


NODE_SERVER = Software(
    "node", "Node.js http", "origin", "nodejs", "node", lambda s: {"server.js": NODE}, lambda s: ["node", f"{s.folder}/server.js", str(s.port)]
)
GO_SERVER = Software(
    "go",
    "Go net/http",
    "origin",
    "golang-go",
    "go",
    lambda s: {"main.go": GO},
    lambda s: [f"{s.folder}/server", str(s.port)],
    build=lambda s: ["go", "build", "-o", f"{s.folder}/server", f"{s.folder}/main.go"],
    versioned="golang-1.19-go",
)
UVICORN = Software(
    "uvicorn",
    "uvicorn",
    "origin",
    "pypi:uvicorn",
    sys.executable,
    lambda s: {"app.py": ASGI},
    lambda s: [sys.executable, "-m", "uvicorn", "--app-dir", str(s.folder), "--host", "127.0.0.1", "--port", str(s.port), "app:app"],
)
GUNICORN = Software(
    "gunicorn",
    "gunicorn",
    "origin",
    "gunicorn",
    "gunicorn",
    lambda s: {"app.py": WSGI},
    lambda s: ["gunicorn", "--chdir", str(s.folder), "--bind", f"127.0.0.1:{s.port}", "app:app"],
)
PHP_SERVER = Software(
    "php",
    "PHP built-in server",
    "origin",
    "php-cli",
    "php",
    lambda s: {"router.php": PHP},
    lambda s: ["php", "-S", f"127.0.0.1:{s.port}", f"{s.folder}/router.php"],
    versioned="php8.2-cli",
)
