"""The Python 502 snippets are gateways: a valid upstream answer (a 404, a 500) is passed on
with its own status and body, and only a refused connection becomes a 502. urllib's HTTPError
is an OSError, so a program that catches OSError alone turns every upstream error into a 502.

Each snippet is run as the page shows it, with its upstream (127.0.0.1:9) and its own port
(8000) moved to free ports, so this test never binds the port the snippet test uses.
"""

from __future__ import annotations

import http.server
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from conftest import ROOT

SNIPPETS = [ROOT / f"content/snippets/{framework}/502.py" for framework in ("flask", "django", "fastapi")]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def upstream(status: int, body: bytes) -> Iterator[int]:
    """A server that answers every GET with `status` and `body`; yields its port."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(status)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield int(server.server_address[1])
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def gateway(snippet: Path, folder: Path, upstream_port: int) -> Iterator[int]:
    """Run the snippet with its upstream moved to `upstream_port`; yields the port it serves."""
    port = free_port()
    text = snippet.read_text(encoding="utf-8")
    assert "127.0.0.1:9/" in text and "8000" in text, f"{snippet}: the upstream or the port moved"
    program = folder / snippet.name
    program.write_text(text.replace("127.0.0.1:9/", f"127.0.0.1:{upstream_port}/").replace("8000", str(port)), encoding="utf-8")
    process = subprocess.Popen([sys.executable, program.name], cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.1)
        else:
            pytest.fail(f"{snippet}: did not listen on {port} within 30 s")
        yield port
    finally:
        process.terminate()
        process.wait(timeout=10)


def fetch(port: int) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/dashboard", timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


@pytest.mark.parametrize("snippet", SNIPPETS, ids=[path.parent.name for path in SNIPPETS])
@pytest.mark.parametrize("status", [404, 500])
def test_a_valid_upstream_error_is_passed_on_not_turned_into_502(snippet: Path, status: int, tmp_path: Path) -> None:
    body = f"upstream says {status}".encode()
    with upstream(status, body) as upstream_port, gateway(snippet, tmp_path, upstream_port) as port:
        got, content = fetch(port)
    assert got == status, f"{snippet}: a valid upstream {status} became {got}"
    assert body in content, f"{snippet}: the upstream's body was not passed on: {content[:200]!r}"


@pytest.mark.parametrize("snippet", SNIPPETS, ids=[path.parent.name for path in SNIPPETS])
def test_a_refused_upstream_is_a_502(snippet: Path, tmp_path: Path) -> None:
    with gateway(snippet, tmp_path, free_port()) as port:
        got, _ = fetch(port)
    assert got == 502, f"{snippet}: a refused upstream gave {got}"
