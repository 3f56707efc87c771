"""The upstream (measure/server.py) fails as an upstream does and answers per origin: it can
stall before its header section, reset without a response, and give the two origins different
answers on one route. Each is sent to a raw socket and read back as it came."""

from __future__ import annotations

import time

from measure.caller import Piece, call
from measure.scenarios import FAULTS, Message, Reply, Route, Scenario, ok, respond
from measure.server import STALL, TestServer


def faulty(fault: str) -> Scenario:
    return Scenario(fault, "failure", fault, (502,), (Route("0", (Reply(Message(""), fault=fault),)),))


def ask(origin: str, target: str, bound: float = 6.0):
    port = int(origin.rsplit(":", 1)[1])
    return call(port, (Piece(f"GET {target} HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n".encode()),), bound)


def test_the_upstream_stalls_before_its_header_section() -> None:
    with TestServer([faulty("stall")]) as server:
        started = time.monotonic()
        early = ask(server.origins["A"], "/t/stall/0", 1.0)
        assert early.raw == b"" and early.error == "timeout" and not early.closed
        late = ask(server.origins["A"], "/t/stall/0", STALL + 3)
        assert late.raw == b"" and late.closed and late.error is None
        assert time.monotonic() - started >= STALL


def test_the_upstream_resets_without_a_response() -> None:
    assert "reset-silent" in FAULTS
    with TestServer([faulty("reset-silent"), faulty("close")]) as server:
        reset = ask(server.origins["A"], "/t/reset-silent/0")
        assert reset.raw == b"" and reset.error == "reset" and reset.closed
        closed = ask(server.origins["A"], "/t/close/0")  # the other way to send nothing: a plain close, not a reset
        assert closed.raw == b"" and closed.error is None and closed.closed
        assert len(server.recorder.take("t", "reset-silent")) == 1


def test_the_upstream_answers_each_origin_as_the_route_says() -> None:
    route = Route("0", (ok("from A"),), per_origin=(("B", (respond(503, body="from B"), ok("B again"))),))
    with TestServer([Scenario("split", "status", "per origin", (503,), (route,))]) as server:
        a = ask(server.origins["A"], "/t/split/0")
        b1 = ask(server.origins["B"], "/t/split/0")
        b2 = ask(server.origins["B"], "/t/split/0")
        assert a.final is not None and (a.final.status, a.final.body) == (200, b"from A")
        assert b1.final is not None and (b1.final.status, b1.final.body) == (503, b"from B")
        assert b2.final is not None and b2.final.body == b"B again"  # the n-th request to the route at that origin gets its n-th reply
        assert [r.origin for r in server.recorder.take("t", "split")] == ["A", "B", "B"]
