"""A loopback test server on raw asyncio streams: two ports (two origins) that send exactly the
bytes a scenario asks for, any status line at all, and record every request a client makes."""

from __future__ import annotations

import asyncio
import socket
import struct
import threading
import time
from dataclasses import dataclass, field
from email.utils import formatdate

from .scenarios import CRLF, Message, Reply, Route, Scenario, ScenarioError

MAX_HEAD = 256 * 1024  # above every limit measured (a proxy passing a 64 KB header field on must reach the upstream)
MAX_BODY = 16 * 1024 * 1024
IDLE_LIMIT = 20.0  # seconds a connection may sit without a request before the server closes it
MID_BODY_PAUSE = 0.5  # seconds between the body's first bytes and the close: proxies have begun to answer by then
STALL = 4.0  # seconds a stalling upstream sends nothing (proxies under test wait at most 2)
CONTINUE_WAIT = 0.3  # seconds the server waits, after `Expect: 100-continue`, to see if the body comes anyway


@dataclass(frozen=True)
class Request:
    """One request as the server read it."""

    origin: str  # "A" or "B"
    connection: int  # connections are numbered in the order they were accepted
    method: str
    target: str
    headers: tuple[tuple[str, str], ...]
    body_length: int
    body_start: str
    at: float  # time.monotonic() when the header section was complete
    body_before_continue: bool | None = None  # with `Expect: 100-continue`: did body bytes come unasked
    connected_at: float = 0.0  # time.monotonic() when its connection was accepted (a preconnect shows as an early one)


@dataclass(frozen=True)
class Served:
    """A request the server could not answer from any scenario (recorded so the run fails)."""

    target: str
    reason: str
    bounded: bool = False  # True: the scenario's own bound on requests stopped the client (a measurement)


def fill(text: str, origins: dict[str, str], prefix: str, hop: int) -> str:
    return (
        text.replace("{A}", origins["A"])
        .replace("{B}", origins["B"])
        .replace("{S}", prefix)
        .replace("{NEXT}", str(hop + 1))
        .replace("{DATE+2}", formatdate(time.time() + 2, usegmt=True))
    )


def wire(message: Message, origins: dict[str, str], prefix: str, hop: int = 0) -> bytes:
    """The bytes of one response message, as the scenario wrote it."""
    headers = [(name, fill(value, origins, prefix, hop)) for name, value in message.headers]
    body = fill(message.body, origins, prefix, hop).encode()
    if message.content_length and not any(name.lower() in ("content-length", "transfer-encoding") for name, _ in headers):
        headers.append(("Content-Length", str(len(body))))
    head = message.status_line + CRLF + "".join(f"{name}: {value}{CRLF}" for name, value in headers) + CRLF
    return head.encode("latin-1") + body


def reply_bytes(reply: Reply, origins: dict[str, str], prefix: str, hop: int = 0) -> bytes:
    return b"".join(wire(m, origins, prefix, hop) for m in (*reply.interim, reply.final))


@dataclass
class Recorder:
    """Every request, per client run and scenario; filled by the server thread, read after a run."""

    requests: dict[tuple[str, str], list[Request]] = field(default_factory=dict)
    unserved: list[Served] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, key: tuple[str, str], request: Request) -> int:
        with self.lock:
            seen = self.requests.setdefault(key, [])
            seen.append(request)
            return len(seen) - 1

    def take(self, run: str, scenario: str) -> list[Request]:
        with self.lock:
            return list(self.requests.get((run, scenario), []))


class TestServer:
    """Two listening ports on 127.0.0.1 in a thread of their own. Use as a context manager."""

    __test__ = False  # not a pytest test class

    def __init__(self, scenarios: list[Scenario]) -> None:
        self.scenarios = {s.id: s for s in scenarios}
        self.recorder = Recorder()
        self.origins: dict[str, str] = {}
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._servers: list[asyncio.base_events.Server] = []
        self._connections = 0
        self._route_counts: dict[tuple[str, str, str, str], int] = {}

    def __enter__(self) -> TestServer:
        self._thread.start()
        for origin in ("A", "B"):
            server = asyncio.run_coroutine_threadsafe(self._listen(origin), self._loop).result(10)
            port = server.sockets[0].getsockname()[1]
            self.origins[origin] = f"http://127.0.0.1:{port}"
            self._servers.append(server)
        return self

    def __exit__(self, *exc: object) -> None:
        async def stop() -> None:
            for server in self._servers:
                server.close()
            for task in [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]:
                task.cancel()

        asyncio.run_coroutine_threadsafe(stop(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    async def _listen(self, origin: str) -> asyncio.base_events.Server:
        async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            self._connections += 1
            try:
                await self._connection(origin, self._connections, reader, writer, time.monotonic())
            except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, TimeoutError, ValueError, asyncio.CancelledError):
                pass
            finally:
                writer.close()

        return await asyncio.start_server(handle, "127.0.0.1", 0, limit=MAX_HEAD)

    def route(self, target: str) -> tuple[str, str, Scenario, Route, str] | str:
        """(run, scenario id, scenario, route, rest of path) for a request target, or why not."""
        path = target.split("://", 1)[-1]
        path = path[path.find("/") :] if "://" in target else path
        parts = path.split("?", 1)[0].lstrip("/").split("/", 2)
        if len(parts) != 3:
            return "target is not /<run>/<scenario>/<path>"
        run, sid, rest = parts
        scenario = self.scenarios.get(sid)
        if scenario is None:
            return f"no scenario {sid!r}"
        for route in scenario.routes:
            if rest == route.path or (route.hop and rest.startswith(route.path) and rest[len(route.path) :].isdigit()):
                return run, sid, scenario, route, rest
        return f"scenario {sid} has no route {rest!r}"

    async def _connection(self, origin: str, number: int, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, accepted: float) -> None:
        idle: tuple[Message, dict[str, str], str, float] | None = None
        while True:
            timeout = idle[3] if idle else IDLE_LIMIT
            try:
                head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), timeout)
            except TimeoutError:
                if idle:
                    writer.write(wire(idle[0], idle[1], idle[2]))
                    await writer.drain()
                return
            idle = None
            at = time.monotonic()
            lines = head.decode("latin-1").split("\r\n")
            method, target, _version = (lines[0].split(" ") + ["", ""])[:3]
            headers = tuple((n.strip(), v.strip()) for n, _, v in (h.partition(":") for h in lines[1:] if h))
            lower = {n.lower(): v for n, v in headers}
            if target == "/_blank":  # the page a browser driver starts from; not part of any scenario
                page = b"<!doctype html><title>blank</title>"
                writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n%s" % (len(page), page))
                await writer.drain()
                continue
            if target == "/favicon.ico":  # a browser asks for its tab's icon on its own; not part of any scenario
                writer.write(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")
                await writer.drain()
                continue
            found = self.route(target)
            if isinstance(found, str):
                self.recorder.unserved.append(Served(target, found))
                writer.write(b"HTTP/1.1 599 Harness Has No Such Route\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                await writer.drain()
                return
            run, sid, scenario, route, rest = found
            key = (run, sid, route.path, origin if route.per_origin else "")  # counted per origin when it answers per origin
            count = self._route_counts.get(key, 0)
            self._route_counts[key] = count + 1
            if count >= route.max_requests:
                self.recorder.unserved.append(Served(target, f"more than {route.max_requests} requests to one route", True))
                writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 22\r\nConnection: close\r\n\r\nloop stopped by server")
                await writer.drain()
                return
            replies = route.replies_at(origin)
            reply = replies[min(count, len(replies) - 1)]
            if route.authorized and lower.get("authorization") == "Basic dXNlcjpwYXNz":
                reply = route.authorized
            body, unasked = b"", None
            if reply.read_body:
                if lower.get("expect", "").lower() == "100-continue":
                    try:
                        first = await asyncio.wait_for(reader.read(1), CONTINUE_WAIT)
                        unasked = True
                    except TimeoutError:
                        first, unasked = b"", False
                        writer.write(b"HTTP/1.1 100 Continue\r\n\r\n")
                        await writer.drain()
                    body = first + await self._body(reader, lower, len(first))
                else:
                    body = await self._body(reader, lower, 0)
            prefix = f"/{run}/{sid}"
            hop = int(rest[len(route.path) :] or 0) if route.hop else 0
            self.recorder.add((run, sid), Request(origin, number, method, target, headers, len(body), body[:64].decode("latin-1"), at, unasked, accepted))
            if reply.fault:
                await self._fault(reply.fault, writer)
                return
            if reply.final_after:
                writer.write(b"".join(wire(m, self.origins, prefix, hop) for m in reply.interim))
                await writer.drain()
                await asyncio.sleep(reply.final_after)
                writer.write(wire(reply.final, self.origins, prefix, hop))
            else:
                writer.write(reply_bytes(reply, self.origins, prefix, hop))
            await writer.drain()
            if not reply.read_body:
                await self._linger(reader, writer)
                return
            if reply.close or lower.get("connection", "").lower() == "close":
                return
            if reply.idle_message:
                idle = (reply.idle_message, self.origins, prefix, reply.idle_after)

    async def _fault(self, fault: str, writer: asyncio.StreamWriter) -> None:
        """Fail as an upstream does (measure/scenarios.py FAULTS); the caller closes the connection."""
        if fault in ("reset", "reset-silent"):
            if fault == "reset":
                writer.write(b"HTTP/1.1 200 OK\r\nContent-Ty")
                await writer.drain()
                await asyncio.sleep(0.05)
            sock = writer.get_extra_info("socket")
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            writer.transport.abort()
        elif fault == "mid-body":
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\n0123456789")
            await writer.drain()
            await asyncio.sleep(MID_BODY_PAUSE)
        elif fault == "stall":
            await asyncio.sleep(STALL)
        elif fault == "garbage":
            writer.write(b"SSH-2.0-OpenSSH_9.2p1 Debian-2\r\nProtocol mismatch.\r\n")
            await writer.drain()
        elif fault != "close":
            raise ScenarioError(f"unknown upstream fault {fault!r}")

    async def _body(self, reader: asyncio.StreamReader, lower: dict[str, str], already: int) -> bytes:
        if "chunked" in lower.get("transfer-encoding", "").lower():
            out = b""
            while True:
                size = int((await reader.readuntil(b"\r\n")).split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while (await reader.readuntil(b"\r\n")) != b"\r\n":
                        pass
                    return out
                out += await reader.readexactly(size)
                await reader.readexactly(2)
                if len(out) > MAX_BODY:
                    raise ValueError("body too large")
        length = int(lower.get("content-length", "0") or 0)
        if length > MAX_BODY:
            raise ValueError("body too large")
        return await reader.readexactly(max(0, length - already))

    async def _linger(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        """After answering early, stop sending and read what the client still sends (bounded), so
        that the client can read the answer instead of a connection reset."""
        if writer.can_write_eof():
            writer.write_eof()
        deadline = time.monotonic() + 2.0
        while time.monotonic() < deadline:
            try:
                if not await asyncio.wait_for(reader.read(65536), deadline - time.monotonic()):
                    return
            except TimeoutError:
                return


def run_server_forever() -> None:  # pragma: no cover - a manual aid: `python -m measure.server`
    from .scenarios import all_scenarios

    with TestServer(all_scenarios()) as server:
        print(server.origins, flush=True)
        threading.Event().wait()


if __name__ == "__main__":
    run_server_forever()


__all__ = ["Request", "Served", "ScenarioError", "TestServer", "reply_bytes", "wire"]
