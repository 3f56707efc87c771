"""The fixed reference caller: a raw socket that sends a probe's bytes exactly (in timed pieces when
the probe says so) and records exactly what came back: every response's status line, header
fields and body, the time taken, and whether the server closed the connection. Bounded in time."""

from __future__ import annotations

import socket
import time
from dataclasses import dataclass

MAX_READ = 256 * 1024  # bytes kept of an answer: default error pages are small


@dataclass(frozen=True)
class Piece:
    """Bytes to send, after waiting `delay` seconds (a slow client sends in several pieces)."""

    data: bytes
    delay: float = 0.0


@dataclass(frozen=True)
class Response:
    status: int | None  # None: the status line is not HTTP
    reason: str
    status_line: str
    headers: tuple[tuple[str, str], ...]
    body: bytes


@dataclass(frozen=True)
class Answer:
    """Everything the server sent: interim and final responses in order, raw bytes kept."""

    responses: tuple[Response, ...]
    raw: bytes
    seconds: float  # from the first byte sent to the final response (or the end)
    closed: bool  # the server closed the connection (False: still open when the caller stopped)
    error: str | None  # "refused", "reset", "timeout", or None

    @property
    def final(self) -> Response | None:
        finals = [r for r in self.responses if r.status is None or not 100 <= r.status < 200 or r.status == 101]
        return finals[0] if finals else None

    @property
    def interim(self) -> tuple[int, ...]:
        return tuple(r.status for r in self.responses if r.status is not None and 100 <= r.status < 200 and r.status != 101)


def parse(raw: bytes, head_request: bool = False) -> tuple[tuple[Response, ...], bool]:
    """The responses in `raw` and whether the last one is complete (framing by Content-Length,
    chunked coding or, for neither, the end of the connection)."""
    out: list[Response] = []
    rest = raw
    while rest:
        end = rest.find(b"\r\n\r\n")
        if end < 0:
            if not rest.startswith(b"HTTP/"):
                out.append(Response(None, "", rest[:200].decode("latin-1"), (), rest[:MAX_READ]))
            return tuple(out), False
        lines = rest[:end].decode("latin-1").split("\r\n")
        status_line = lines[0]
        parts = status_line.split(" ", 2)
        status = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() and status_line.startswith("HTTP/") else None
        headers = tuple((n.strip(), v.strip()) for n, _, v in (h.partition(":") for h in lines[1:]))
        lower = {n.lower(): v for n, v in headers}
        rest = rest[end + 4 :]
        if status is None:
            out.append(Response(None, "", status_line, headers, rest))
            return tuple(out), True
        if 100 <= status < 200 and status != 101:
            out.append(Response(status, parts[2] if len(parts) > 2 else "", status_line, headers, b""))
            continue
        if head_request or status in (101, 204, 304):
            out.append(Response(status, parts[2] if len(parts) > 2 else "", status_line, headers, b""))
            return tuple(out), True
        if "chunked" in lower.get("transfer-encoding", "").lower():
            body, complete = dechunk(rest)
        elif lower.get("content-length", "").isdigit():
            length = int(lower["content-length"])
            body, complete = rest[:length], len(rest) >= length
        else:
            body, complete = rest, False
        out.append(Response(status, parts[2] if len(parts) > 2 else "", status_line, headers, body))
        return tuple(out), complete
    return tuple(out), False


def dechunk(data: bytes) -> tuple[bytes, bool]:
    body, rest = b"", data
    while True:
        end = rest.find(b"\r\n")
        if end < 0:
            return body, False
        try:
            size = int(rest[:end].split(b";")[0].strip() or b"x", 16)
        except ValueError:
            return body, False
        if size == 0:
            return body, True
        body += rest[end + 2 : end + 2 + size]
        if len(rest) < end + 4 + size:
            return body, False
        rest = rest[end + 4 + size :]


def call(port: int, pieces: tuple[Piece, ...], bound: float, head_request: bool = False) -> Answer:
    """Send the pieces to 127.0.0.1:`port` and read until the final response is complete, the
    server closes, or `bound` seconds pass. Sending stops early when the server has answered."""
    started = time.monotonic()
    deadline = started + bound
    raw = b""
    closed, error = False, None
    try:
        sock = socket.create_connection(("127.0.0.1", port), timeout=bound)
    except ConnectionRefusedError:
        return Answer((), b"", 0.0, True, "refused")
    with sock:
        sock.setblocking(False)
        finished = 0.0
        try:
            for piece in pieces:
                wait_until = time.monotonic() + piece.delay
                while time.monotonic() < wait_until:
                    raw, closed = _read(sock, raw, min(wait_until, deadline))
                    if closed or parse(raw, head_request)[1]:
                        break
                if closed or parse(raw, head_request)[1]:
                    break
                _send(sock, piece.data, deadline)
            while not closed and time.monotonic() < deadline and not parse(raw, head_request)[1]:
                raw, closed = _read(sock, raw, deadline)
            finished = time.monotonic()
        except ConnectionResetError:
            closed, error, finished = True, "reset", time.monotonic()
        except BrokenPipeError:
            raw, closed = _drain(sock, raw, deadline)
            finished = time.monotonic()
        responses, complete = parse(raw, head_request)
        if complete and error == "reset":
            error = None  # a reset after the whole answer came (a server closing on unread bytes) changes nothing
        if not complete and not closed and error is None:
            error = "timeout"
        return Answer(responses, raw[:MAX_READ], round(finished - started, 2), closed, error)


def _send(sock: socket.socket, data: bytes, deadline: float) -> None:
    view = memoryview(data)
    while view and time.monotonic() < deadline:
        try:
            sent = sock.send(view[:65536])
            view = view[sent:]
        except BlockingIOError:
            time.sleep(0.01)
            try:
                if sock.recv(1, socket.MSG_PEEK):
                    return  # the server answered before taking the whole request
            except BlockingIOError:
                pass


def _read(sock: socket.socket, raw: bytes, until: float) -> tuple[bytes, bool]:
    """Read what is there, waiting at most until `until`; (bytes so far, closed)."""
    while time.monotonic() < until:
        try:
            chunk = sock.recv(65536)
        except BlockingIOError:
            time.sleep(0.01)
            continue
        if not chunk:
            return raw, True
        return raw + chunk, False
    return raw, False


def _drain(sock: socket.socket, raw: bytes, deadline: float) -> tuple[bytes, bool]:
    try:
        while time.monotonic() < deadline:
            raw, closed = _read(sock, raw, deadline)
            if closed:
                return raw, True
    except ConnectionResetError:
        return raw, True
    return raw, False
