"""Run a snippet as a reader would and talk HTTP/1.1 to it over loopback.

The snippet's file is copied, byte for byte, into an empty folder under its own name and its
`run:` command is started there, in a process group of its own that is always ended. The
exchange is read off the socket as raw bytes, so a body sent where none is allowed is seen
(http.client would drop it for 204 and 304).

Each run is done once per session, by whichever test asks first (`Once`), so the count of
tests/test_snippets.py sees every run whatever the order or the selection (-k) of the tests.
"""

from __future__ import annotations

import os
import shlex
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
HOST, PORT = "127.0.0.1", 8000
START_TIMEOUT = 30.0
# A framed body is read this far at most: a 200 for the whole 700 MB file of a Range example
# (the contrasting request) needs only its head; the tests look at bodies of a few KB.
MAX_BODY = 1 << 20


@dataclass(frozen=True)
class Request:
    method: str
    target: str
    headers: tuple[tuple[str, str], ...]
    body: bytes

    def header(self, name: str) -> str | None:
        return next((value for key, value in self.headers if key.lower() == name.lower()), None)

    def without(self, name: str) -> Request:
        return Request(self.method, self.target, tuple(item for item in self.headers if item[0].lower() != name.lower()), self.body)

    def with_header(self, name: str, value: str) -> Request:
        return Request(self.method, self.target, (*self.without(name).headers, (name, value)), self.body)

    def with_method(self, method: str) -> Request:
        headers = tuple(item for item in self.headers if item[0].lower() not in ("content-length", "content-type"))
        return Request(method, self.target, headers, b"")

    def wire(self, version: str = "HTTP/1.1") -> bytes:
        head = f"{self.method} {self.target} {version}\r\n" + "".join(f"{key}: {value}\r\n" for key, value in self.headers)
        return head.encode("latin-1") + b"\r\n" + self.body


@dataclass(frozen=True)
class Response:
    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes
    interim: tuple[int, ...]  # 1xx responses before the final one
    raw: bytes
    interim_headers: tuple[tuple[tuple[str, str], ...], ...] = ()  # each 1xx response's fields

    def interim_header(self, code: int, name: str) -> str | None:
        heads = [headers for status, headers in zip(self.interim, self.interim_headers, strict=True) if status == code]
        return next((value for headers in heads for key, value in headers if key.lower() == name.lower()), None)

    def header(self, name: str) -> str | None:
        return next((value for key, value in self.headers if key.lower() == name.lower()), None)

    def has(self, name: str) -> bool:
        return self.header(name) is not None


def parse_request(block: str) -> tuple[Request, str]:
    """An ```http request block as the page shows it: the request and its HTTP version."""
    head, _, body = block.partition("\n\n")
    lines = head.split("\n")
    method, target, version = lines[0].split(" ")
    headers = tuple((name.strip(), value.strip()) for name, value in (line.split(":", 1) for line in lines[1:] if line))
    return Request(method, target, headers, body.encode("utf-8")), version


def environment() -> dict[str, str]:
    """The project's installed packages on the path: the venv's python first, node_modules for Node."""
    path = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "/usr/bin:/bin")])
    return {**os.environ, "PATH": path, "NODE_PATH": str(ROOT / "node_modules"), "PYTHONUNBUFFERED": "1"}


def port_open() -> bool:
    try:
        with socket.create_connection((HOST, PORT), timeout=0.2):
            return True
    except OSError:
        return False


@contextmanager
def running(folder: Path, command: list[str]) -> Iterator[subprocess.Popen]:
    """Start `command` in `folder` and wait for 127.0.0.1:8000; end its process group after."""
    if port_open():
        raise AssertionError(f"port {PORT} is taken before starting {command}: another server is running")
    log = open(folder / "server.log", "wb")  # noqa: SIM115 - the server writes to it until `finally` below
    process = subprocess.Popen(command, cwd=folder, env=environment(), stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while not port_open():
            if process.poll() is not None:
                raise AssertionError(f"{command} exited with {process.returncode} before listening:\n{(folder / 'server.log').read_text(errors='replace')}")
            if time.monotonic() > deadline:
                raise AssertionError(f"{command} did not listen on {HOST}:{PORT} within {START_TIMEOUT} s")
            time.sleep(0.05)
        yield process
    finally:
        _end(process)
        log.close()


def _end(process: subprocess.Popen) -> None:
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            break
        try:
            process.wait(timeout=5)
            break
        except subprocess.TimeoutExpired:
            continue
    deadline = time.monotonic() + 5
    while port_open() and time.monotonic() < deadline:
        time.sleep(0.05)


SHELL_OPERATORS = ("&&", "||", ";", "|", ">", "<")


def start_command(folder: Path, run: str) -> list[str]:
    """The `run:` command as a reader's shell runs it: a plain command is started directly, one
    with shell operators (nginx's `truncate -s ... && nginx ...`) through `sh -c`."""
    words = shlex.split(run)
    return ["sh", "-c", run] if any(word in SHELL_OPERATORS for word in words) else words


def listen_addresses() -> set[str]:
    """The local addresses of the sockets listening on port 8000 in this network namespace, as
    /proc/net/tcp and tcp6 write them (127.0.0.1 is 0100007F)."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            address, port = fields[1].split(":")
            if fields[3] == "0A" and int(port, 16) == PORT:  # 0A: LISTEN
                found.add(address)
    return found


def exchange(wire: bytes, method: str, idle: float = 0.3, until: int | None = None, timeout: float = 10) -> Response:
    """Send the raw request and read the whole response off the socket. With `until`, stop
    at that interim response (100 and 104 come before a body the page does not send whole)."""
    with socket.create_connection((HOST, PORT), timeout=timeout) as sock:
        sock.sendall(wire)
        data = b""
        interim: list[int] = []
        interim_headers: list[tuple[tuple[str, str], ...]] = []
        while True:
            while b"\r\n\r\n" not in data:
                chunk = sock.recv(65536)
                if not chunk:
                    raise AssertionError(f"the connection closed before a complete response head: {data!r}")
                data += chunk
            head, _, rest = data.partition(b"\r\n\r\n")
            status, headers = _head(head)
            if 100 <= status < 200 and status != 101:
                interim.append(status)
                interim_headers.append(headers)
                if status == until:
                    return Response(status, headers, b"", tuple(interim), head + b"\r\n\r\n", tuple(interim_headers))
                data = rest
                continue
            break
        body = _body(sock, rest, headers, method, status, idle)
        return Response(status, headers, body, tuple(interim), head + b"\r\n\r\n" + body, tuple(interim_headers))


def _head(head: bytes) -> tuple[int, tuple[tuple[str, str], ...]]:
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ")[1])
    return status, tuple((name.strip(), value.strip()) for name, value in (line.split(":", 1) for line in lines[1:] if ":" in line))


def _body(sock: socket.socket, rest: bytes, headers: tuple[tuple[str, str], ...], method: str, status: int, idle: float) -> bytes:
    """Everything after the head: by Content-Length, to the last chunk, or until the server
    stops sending. For HEAD, 204 and 304 the framing headers say nothing, so whatever arrives
    is read, to catch a body sent where none may be."""
    fields = {name.lower(): value for name, value in headers}
    data = rest
    framed = method != "HEAD" and status not in (204, 304)
    if framed and "content-length" in fields:
        length = int(fields["content-length"])
        while len(data) < min(length, MAX_BODY):
            chunk = sock.recv(65536)
            if not chunk:
                break
            data += chunk
        if length:
            return data
    elif framed and "chunked" in fields.get("transfer-encoding", "").lower():
        while not data.endswith(b"0\r\n\r\n"):
            chunk = sock.recv(65536)
            if not chunk:
                break
            data += chunk
        return data
    sock.settimeout(idle)
    try:
        while True:
            chunk = sock.recv(65536)
            if not chunk:
                break
            data += chunk
    except TimeoutError:
        pass
    return data


def _exchange(wire: bytes, quiet: float) -> tuple[bytes, bool]:
    """Send the raw request; every byte the server sends until it closes or is quiet for
    `quiet` seconds, and whether it closed the connection (a reset counts as closing)."""
    with socket.create_connection((HOST, PORT), timeout=quiet) as sock:
        sock.sendall(wire)
        data = b""
        try:
            while chunk := sock.recv(65536):
                data += chunk
        except TimeoutError:
            return data, False
        except ConnectionResetError:
            pass
        return data, True


def closed_silently(wire: bytes, wait: float = 5.0) -> tuple[bool, bytes]:
    """Send the raw request: did the server close the connection without sending a byte?
    (nginx's 444 and 499.) Also every byte it did send."""
    data, closed = _exchange(wire, wait)
    return closed and data == b"", data


def switched(wire: bytes) -> tuple[bool, bytes]:
    """Send the raw request: did a 101 really switch the connection? It did not if the 101
    says `Connection: close`, or if a second HTTP/1.1 request on it still gets an HTTP answer."""
    with socket.create_connection((HOST, PORT), timeout=3) as sock:
        sock.sendall(wire)
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = sock.recv(65536)
            if not chunk:
                return False, data
            data += chunk
        head = data.split(b"\r\n\r\n", 1)[0]
        status, headers = _head(head)
        if status != 101:
            return False, data
        if "close" in next((value.lower() for name, value in headers if name.lower() == "connection"), ""):
            return False, data
        try:
            sock.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            sock.settimeout(2)
            second = sock.recv(200)
        except OSError:
            second = b""
        return not second.startswith(b"HTTP/1."), data + b" ... then " + second


def read_all(wire: bytes, idle: float = 1.0) -> bytes:
    """Send the raw request; every byte the server sends until it closes or goes quiet."""
    return _exchange(wire, idle)[0]


# What a failed run raises: an assertion or any other error, and pytest.fail's own exception
# (a BaseException). A skip or a Ctrl-C is not a result, and is not kept.
FAILURES = (Exception, pytest.fail.Exception)


@dataclass(frozen=True)
class Outcome:
    """A run's value, or the error it raised."""

    value: Any
    error: BaseException | None


class Once:
    """Each run's outcome by key, kept for the session (a fixture holds one)."""

    def __init__(self) -> None:
        self.outcomes: dict[Hashable, Outcome] = {}

    def get(self, key: Hashable, run: Callable[[], Any]) -> Any:
        """`run()`'s value, run now if no test has run it yet; its error is raised for every asker."""
        if key not in self.outcomes:
            try:
                self.outcomes[key] = Outcome(run(), None)
            except FAILURES as error:
                self.outcomes[key] = Outcome(None, error)
        outcome = self.outcomes[key]
        if outcome.error is not None:
            raise outcome.error
        return outcome.value
