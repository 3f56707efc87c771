"""A subject placed between the fixed reference caller (measure/caller.py) and the upstream (the
test server, measure/server.py): the caller's bytes go to the subject's port and the subject's
configuration names the upstream's. Both scenario models use it: a server probe's raw request
pieces, and a client scenario's calls written as the bytes a plain HTTP/1.1 client sends, so a
proxy can be put in front of any scenario without changing what the scenario measures."""

from __future__ import annotations

import base64
from pathlib import Path

from .caller import Answer, Piece, call
from .probes import Probe
from .scenario_model import Call, Scenario
from .server import TestServer
from .subject import Setup, free_port


def setup_between(server: TestServer, folder: Path) -> Setup:
    """Where a subject runs in front of the upstream: a free port of its own, the upstream's
    origin A, and a port nothing listens on (for /dead/)."""
    return Setup(folder, free_port(), int(server.origins["A"].rsplit(":", 1)[1]), free_port())


def target(run: str, scenario: str, path: str = "0", dead: bool = False) -> str:
    """The request target the upstream routes: /<run>/<scenario>/<path> (under /dead/ to the port nothing listens on)."""
    return f"{'/dead' if dead else ''}/{run}/{scenario}/{path}"


def probe_pieces(probe: Probe, run: str) -> tuple[Piece, ...]:
    """A server probe's request, exactly as declared, with `{P}` its target."""
    path = target(run, probe.id, dead=probe.dead)
    return tuple(Piece(text.replace("{P}", path).encode("latin-1"), delay) for text, delay in probe.pieces)


def call_pieces(request: Call, path: str) -> tuple[Piece, ...]:
    """A client scenario's call as the bytes a plain HTTP/1.1 client sends (its own connection,
    closed after the answer), after the call's delay."""
    body = ("x" * request.body_size if request.body_size else request.body or "").encode()
    fields = [("Host", "127.0.0.1"), *request.headers]
    if request.auth:
        fields.append(("Authorization", "Basic " + base64.b64encode(":".join(request.auth).encode()).decode()))
    if body or request.method in ("POST", "PUT"):
        fields.append(("Content-Length", str(len(body))))
    head = f"{request.method} {path} HTTP/1.1\r\n" + "".join(f"{n}: {v}\r\n" for n, v in fields) + "Connection: close\r\n\r\n"
    return (Piece(head.encode("latin-1") + body, request.delay),)


def exchange(setup: Setup, pieces: tuple[Piece, ...], bound: float, head: bool = False) -> Answer:
    """The reference caller's exchange through the subject at `setup.port` (`head`: the answer has no body)."""
    return call(setup.port, pieces, bound, head)


def through(setup: Setup, scenario: Scenario, run: str) -> list[Answer]:
    """Every call of a client scenario sent by the reference caller through the subject, in order."""
    return [exchange(setup, call_pieces(c, target(run, scenario.id, c.path)), scenario.timeout, c.method == "HEAD") for c in scenario.calls]
