"""The shapes a scenario is written in: what the test server sends (messages, replies, routes),
what the client is asked to do (calls), and the small helpers that write status lines. Shared by
the scenario catalogues (measure/scenarios.py, measure/browser_scenarios.py)."""

from __future__ import annotations

from dataclasses import dataclass

CRLF = "\r\n"
REASONS = {
    100: "Continue",
    101: "Switching Protocols",
    102: "Processing",
    103: "Early Hints",
    200: "OK",
    204: "No Content",
    205: "Reset Content",
    300: "Multiple Choices",
    301: "Moved Permanently",
    302: "Found",
    303: "See Other",
    304: "Not Modified",
    305: "Use Proxy",
    306: "(Unused)",
    307: "Temporary Redirect",
    308: "Permanent Redirect",
    401: "Unauthorized",
    407: "Proxy Authentication Required",
    408: "Request Timeout",
    413: "Content Too Large",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}
LARGE_BODY = 2 * 1024 * 1024  # big enough that clients which send `Expect: 100-continue` do


class ScenarioError(ValueError):
    """A scenario the server cannot serve as written: a run stops on it instead of passing."""


@dataclass(frozen=True)
class Message:
    """One response as it goes on the wire. `status_line` is sent exactly as written (any code,
    any reason, or none). `{A}`, `{B}` (the two origins) and `{S}` (the scenario's path prefix) in
    header values are filled in when served; `{DATE+2}` is an HTTP date two seconds ahead."""

    status_line: str
    headers: tuple[tuple[str, str], ...] = ()
    body: str = ""
    content_length: bool = True  # add `Content-Length` for the body unless a header gives one


@dataclass(frozen=True)
class Reply:
    """What the server does for one request: interim responses, then the final one."""

    final: Message
    interim: tuple[Message, ...] = ()
    read_body: bool = True  # False: answer as soon as the request's header section is in
    close: bool = False  # close the connection after the reply
    idle_message: Message | None = None  # sent (then close) if the connection stays idle
    idle_after: float = 0.0
    final_after: float = 0.0  # seconds between the interim responses and the final one
    fault: str = ""  # instead of `final`: one of FAULTS, how an upstream fails (measure/server.py)


FAULTS = {
    "close": "closes the connection before sending a byte",
    "reset": "sends half a status line and header, then resets the connection",
    "mid-body": "sends the header and 10 of 1000 announced body bytes, waits half a second, then closes",
    "stall": "sends nothing for 4 seconds, then closes",
    "garbage": "answers with bytes that are not HTTP (an SSH banner), then closes",
    "reset-silent": "resets the connection without sending a byte",
}


@dataclass(frozen=True)
class Route:
    """Requests to `path` (under the scenario's prefix): the n-th gets replies[n] (the last one
    repeats). `authorized` answers requests that carry the scenario's Basic credentials."""

    path: str
    replies: tuple[Reply, ...]
    authorized: Reply | None = None
    hop: bool = False  # `path` is a prefix: path0, path1, ... each `{NEXT}` is the next hop
    max_requests: int = 60  # a bound on how many requests one run may make to this route
    per_origin: tuple[tuple[str, tuple[Reply, ...]], ...] = ()  # ("B", replies): what requests that reach origin B get instead

    def replies_at(self, origin: str) -> tuple[Reply, ...]:
        """The replies for a request that reached `origin` ("A" or "B")."""
        return dict(self.per_origin).get(origin, self.replies)


@dataclass(frozen=True)
class Call:
    """One request the driver makes through the client, in order, on one client instance."""

    method: str = "GET"
    path: str = "0"
    headers: tuple[tuple[str, str], ...] = ()
    body: str | None = None
    body_size: int = 0  # a body of this many "x" bytes instead of `body`
    auth: tuple[str, str] | None = None  # Basic credentials given through the client's own API
    delay: float = 0.0  # seconds to wait before this call (keeps the previous connection idle)
    navigation: bool = True  # False: a browser cannot make this call as a navigation
    redirect: str = "follow"  # a browser fetch()'s redirect mode: follow, manual or error
    credentials: str = "same-origin"  # a browser fetch()'s credentials mode: same-origin or include
    look: float = 0.0  # navigation: click a link (GET) or submit a typed-in form (POST), then read the page for up to this many seconds
    after: float = 0.0  # navigation with look: stay on the page this many seconds more, then read it again


@dataclass(frozen=True)
class Scenario:
    id: str
    topic: str
    title: str
    codes: tuple[int, ...]
    routes: tuple[Route, ...]
    calls: tuple[Call, ...] = (Call(),)
    timeout: float = 5.0  # seconds: each call's own bound, and (times the calls, plus 5) the driver's
    record: tuple[str, ...] = ("status",)  # what the outcome reports, see measure/outcome.py
    unstable: tuple[str, ...] = ()  # client keys whose outcome was seen to vary between runs (not compared)
    headline: bool = False  # its codes' pages summarise it in one line per browser engine
    only: tuple[str, ...] = ()  # the client kinds it applies to (measure/clients.py: fetch, navigation); () every client


def line(code: int | str, reason: str | None = None, version: str = "HTTP/1.1") -> str:
    """A status line; `reason=None` means the registered reason phrase, "" an empty one."""
    phrase = REASONS.get(int(code), "") if reason is None and str(code).isdigit() else (reason or "")
    return f"{version} {code} {phrase}"


def ok(body: str = "ok") -> Reply:
    return Reply(Message(line(200), (("Content-Type", "text/plain"),), body))


def respond(code: int | str, reason: str | None = None, headers: tuple[tuple[str, str], ...] = (), body: str = "", **kw: object) -> Reply:
    return Reply(Message(line(code, reason), headers, body), **kw)  # type: ignore[arg-type]
