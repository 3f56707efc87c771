"""Every server and proxy scenario as data: the bytes the reference caller sends, what the loopback
upstream (measure/server.py) does, and who is measured with it. `{P}` in a request is the
scenario's path, /<software>/<scenario>/0 (under /dead/ for the refused upstream)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from statussite.results_format import SERVER_TOPICS

from .clients import ROOT
from .scenarios import FAULTS, Message, Reply, Route, Scenario, ScenarioError

PROXY = ("proxy",)
BOTH = ("proxy", "origin")
REGISTERED = (
    *(200, 201, 202, 203, 204, 205, 206, 207, 208, 226),
    *(300, 301, 302, 303, 304, 305, 307, 308),
    *(400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417),
    *(421, 422, 423, 424, 425, 426, 428, 429, 431, 451),
    *(500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511),
)  # every final code in the IANA registry
CACHED = (200, 203, 204, 206, 300, 301, 302, 303, 307, 308, 404, 405, 410, 414, 451, 500, 501, 502, 503, 504, 599)
FRESHNESS = {
    "heuristic": (("Last-Modified", "Mon, 01 Jan 2024 00:00:00 GMT"),),
    "max-age": (("Cache-Control", "max-age=60"),),
    "no-store": (("Cache-Control", "no-store, max-age=60"), ("Last-Modified", "Mon, 01 Jan 2024 00:00:00 GMT")),
}
NO_BODY = (204, 304)


@dataclass(frozen=True)
class Probe:
    """One scenario: request pieces (bytes, then seconds to wait before the next), the upstream's
    route, and the time bound of the whole exchange."""

    id: str
    topic: str
    title: str
    codes: tuple[int, ...]
    pieces: tuple[tuple[str, float], ...]
    route: Route
    roles: tuple[str, ...] = PROXY
    dead: bool = False  # the request goes to the port nothing listens on
    bound: float = 6.0
    twice: bool = False  # send the request again: was the second answered from a cache?
    sent: str = ""  # the status line the upstream sent, to compare with what came out
    also: tuple[str, ...] = ()  # other paths a proxy may turn the target into (answered as "0")
    unstable: tuple[str, ...] = ()  # software keys whose outcome was seen to vary between runs (not compared)

    def scenario(self) -> Scenario:
        extra = tuple(Route(path, self.route.replies) for path in self.also)
        return Scenario(self.id, self.topic, self.title, self.codes, (self.route, *extra))


def names() -> dict[int, str]:
    """The registered names, from this site's own code files."""
    found = {}
    for path in (ROOT / "content" / "codes").glob("*.md"):
        match = re.search(r"^name: (.+)$", path.read_text(encoding="utf-8"), re.M)
        if match and path.stem.isdigit():
            found[int(path.stem)] = match.group(1).strip().strip('"')
    return found


def get(extra: str = "", method: str = "GET", target: str = "{P}") -> str:
    return f"{method} {target} HTTP/1.1\r\nHost: 127.0.0.1\r\n{extra}Connection: close\r\n\r\n"


def respond(status_line: str, headers: tuple[tuple[str, str], ...] = (), body: str = "from upstream\n", **kw: object) -> Reply:
    no_body = status_line.split(" ")[1] in ("204", "304")
    heads = headers if no_body else (("Content-Type", "text/plain"), *headers)
    return Reply(Message(status_line, heads, "" if no_body else body, not no_body), **kw)  # type: ignore[arg-type]


OK = Route("0", (respond("HTTP/1.1 200 OK"),))


def failures() -> list[Probe]:
    out = [Probe("upstream-refused", "failure", "upstream refuses the connection", (502, 503), ((get(), 0.0),), OK, dead=True, bound=10.0)]
    titles = {"close": "upstream closes before a byte", "reset": "upstream resets mid-header", "mid-body": "upstream closes mid-body"}
    titles |= {"stall": "upstream sends nothing past the timeout", "garbage": "upstream answers with bytes that are not HTTP"}
    for fault in titles:  # the faults measured (FAULTS has more the upstream can do)
        out.append(
            Probe(
                f"upstream-{fault}",
                "failure",
                titles[fault],
                (502, 503, 504),
                ((get(), 0.0),),
                Route("0", (Reply(Message(""), fault=fault),)),
                bound=20.0 if fault == "stall" else 10.0,  # Traffic Server tries a stalling upstream 4 times
            )
        )
    big = respond("HTTP/1.1 200 OK", (("X-Large", "a" * 17 * 1024),))
    out.append(Probe("upstream-large-header", "failure", "upstream sends a 17 KB header field", (502,), ((get(), 0.0),), Route("0", (big,))))
    return out


def limits() -> list[Probe]:
    big_body = "x" * (1536 * 1024)
    chunked = f"{len(big_body):x}\r\n{big_body}\r\n0\r\n\r\n"
    post = "POST {P} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\nConnection: close\r\n"
    rows = [
        ("long-target", "a 20 KB request target", (414,), ((get(target="{P}?" + "a" * 20 * 1024), 0.0),)),
        ("huge-field", "a 64 KB header field", (431, 400), ((get("X-Large: " + "a" * 64 * 1024 + "\r\n"), 0.0),)),
        ("many-fields", "200 header fields", (431, 400), ((get("".join(f"X-Field-{n}: {n}\r\n" for n in range(200))), 0.0),)),
        ("body-too-large", "a 1.5 MB body with Content-Length (limit 1 MB)", (413,), ((post + f"Content-Length: {len(big_body)}\r\n\r\n" + big_body, 0.0),)),
        ("body-too-large-chunked", "a 1.5 MB chunked body (limit 1 MB)", (413,), ((post + "Transfer-Encoding: chunked\r\n\r\n" + chunked, 0.0),)),
        ("slow-body", "a body that stops after 1 of 10 bytes", (408,), ((post + "Content-Length: 10\r\n\r\nx", 0.0),)),
        ("slow-headers", "a header section that never ends", (408,), (("GET {P} HTTP/1.1\r\nHost: 127.0.0.1\r\n", 0.0),)),
        ("bad-request-line", "a malformed request line", (400,), (("GET {P} HTTP/1.1 extra\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n", 0.0),)),
        ("no-host", "HTTP/1.1 without Host", (400,), (("GET {P} HTTP/1.1\r\nConnection: close\r\n\r\n", 0.0),)),
        ("unknown-method", "an unknown method", (501, 405, 400), ((get(method="FROB"), 0.0),)),
        ("expect-other", "Expect: something-else", (417,), ((get("Expect: something-else\r\n"), 0.0),)),
        ("http2-line", "an HTTP/2.0 request line", (505, 400), (("GET {P} HTTP/2.0\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n", 0.0),)),
        ("http3-line", "an HTTP/3.0 request line", (505, 400), (("GET {P} HTTP/3.0\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n", 0.0),)),
        ("bare-lf", "a request with bare LF line ends", (400,), (("GET {P} HTTP/1.1\nHost: 127.0.0.1\nConnection: close\n\n", 0.0),)),
    ]
    joined = ("0HTTP/1.1extra",)  # Squid joins the extra word to the target
    varied = {"huge-field": ("uvicorn",)}  # seen: 400 with the connection reset, and 200
    return [
        Probe(sid, "limits", title, codes, pieces, OK, BOTH, bound=5.0, also=joined if sid == "bad-request-line" else (), unstable=varied.get(sid, ()))
        for sid, title, codes, pieces in rows
    ]


def passthrough(known: dict[int, str]) -> list[Probe]:
    out = []
    for code in REGISTERED:
        line = f"HTTP/1.1 {code} {known.get(code, '')}"
        out.append(Probe(f"pass-{code}", "passthrough", f"{code} from upstream", (code,), ((get(), 0.0),), Route("0", (respond(line),)), sent=line))
    odd = [(f"pass-{c}", f"HTTP/1.1 {c} Unregistered", f"unknown {c}", c) for c in (299, 399, 499, 599)]
    odd += [("pass-600", "HTTP/1.1 600 Beyond", "600 from upstream", 600), ("pass-999", "HTTP/1.1 999 Beyond", "999 from upstream", 999)]
    odd += [("pass-empty-reason", "HTTP/1.1 200 ", "200 with an empty reason phrase", 200)]
    odd += [("pass-odd-reason", "HTTP/1.1 404 Nothing Here Mate", "404 with an unregistered reason phrase", 404)]
    for sid, line, title, code in odd:
        codes = (code,) if 100 <= code <= 599 else ()
        out.append(Probe(sid, "passthrough", title, codes, ((get(), 0.0),), Route("0", (respond(line),)), sent=line))
    return out


def interim() -> list[Probe]:
    final = Message("HTTP/1.1 200 OK", (("Content-Type", "text/plain"),), "from upstream\n")
    expect = "POST {P} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\nContent-Length: 5\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n"
    upgrade = "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
    switch = Message(
        "HTTP/1.1 101 Switching Protocols",
        (("Upgrade", "websocket"), ("Connection", "Upgrade"), ("Sec-WebSocket-Accept", "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=")),
        content_length=False,
    )
    return [
        Probe("interim-100", "interim", "100 Continue for a request with Expect", (100,), ((expect, 0.0), ("hello", 1.0)), Route("0", (Reply(final),))),
        Probe(
            "interim-102",
            "interim",
            "102 before a 200",
            (102,),
            ((get(), 0.0),),
            Route("0", (Reply(final, (Message("HTTP/1.1 102 Processing", (), "", False),)),)),
        ),
        Probe(
            "interim-103",
            "interim",
            "103 with Link before a 200",
            (103,),
            ((get(), 0.0),),
            Route("0", (Reply(final, (Message("HTTP/1.1 103 Early Hints", (("Link", "</style.css>; rel=preload; as=style"),), "", False),)),)),
        ),
        Probe(
            "interim-199",
            "interim",
            "an unknown 1xx (199) before a 200",
            (),
            ((get(), 0.0),),
            Route("0", (Reply(final, (Message("HTTP/1.1 199 Unregistered", (), "", False),)),)),
        ),
        Probe(
            "upgrade-101",
            "interim",
            "101 for a WebSocket upgrade",
            (101,),
            (("GET {P} HTTP/1.1\r\nHost: 127.0.0.1\r\n" + upgrade + "\r\n", 0.0),),
            Route("0", (Reply(switch, read_body=False),)),
            bound=3.0,
        ),
    ]


def caching(known: dict[int, str]) -> list[Probe]:
    out = []
    for code in CACHED:
        for mode, headers in FRESHNESS.items():
            line = f"HTTP/1.1 {code} {known.get(code, 'Unregistered')}"
            extra: tuple[tuple[str, str], ...] = (("Content-Range", "bytes 0-3/100"),) if code == 206 else ()
            extra += (("Location", "/elsewhere"),) if 300 <= code < 400 else ()
            reply = respond(line, headers + extra, "cached?\n" if code != 206 else "0123")
            request = get("Range: bytes=0-3\r\n" if code == 206 else "")
            title = f"{code}, {'no freshness, Last-Modified' if mode == 'heuristic' else 'Cache-Control: ' + dict(headers)['Cache-Control']}"
            out.append(Probe(f"cache-{code}-{mode}", "cache", title, (code,), ((request, 0.0),), Route("0", (reply,)), twice=True, sent=line))
    return out


def all_probes() -> list[Probe]:
    known = names()
    probes = [*failures(), *limits(), *passthrough(known), *interim(), *caching(known)]
    check(probes)
    return probes


def check(probes: list[Probe]) -> None:
    """Refuse a scenario set the harness cannot serve as written (never a silent pass)."""
    seen: set[str] = set()
    for probe in probes:
        if probe.id in seen:
            raise ScenarioError(f"scenario {probe.id!r} is declared twice")
        seen.add(probe.id)
        if probe.topic not in SERVER_TOPICS:
            raise ScenarioError(f"{probe.id}: topic {probe.topic!r} is not one of {', '.join(SERVER_TOPICS)}")
        if not probe.pieces or not all("{P}" in text for text, _ in probe.pieces[:1]):
            raise ScenarioError(f"{probe.id}: the first request piece must name the scenario's path {{P}}")
        for reply in probe.route.replies:
            if reply.fault and reply.fault not in FAULTS:
                raise ScenarioError(f"{probe.id}: unknown upstream fault {reply.fault!r}")
