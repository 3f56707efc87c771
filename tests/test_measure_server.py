"""The measurement harness itself: the test server sends byte for byte what a scenario says, and a
scenario (or a request) it cannot serve is an error, never a silent pass."""

from __future__ import annotations

import socket
import sys

import pytest

from measure.clients import Client
from measure.outcome import outcome
from measure.run import RunError, measure
from measure.scenarios import Call, Message, Reply, Route, Scenario, ScenarioError, all_scenarios, check, line
from measure.server import TestServer, reply_bytes


def exchange(origin: str, request: bytes) -> bytes:
    """Send raw bytes to the server, read until it closes the connection."""
    host, port = origin.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=5) as sock:
        sock.sendall(request)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def get(path: str, extra: str = "") -> bytes:
    return f"GET {path} HTTP/1.1\r\nHost: t\r\n{extra}Connection: close\r\n\r\n".encode()


ODD = Scenario(
    "odd",
    "status",
    "odd lines",
    (),
    (
        Route("0", (Reply(Message("HTTP/1.1 999"), (Message("HTTP/1.1 103 Early Hints", (("Link", "</a>"),), "", False),)),)),
        Route("1", (Reply(Message("HTTP/1.1 0 ", (("X-Any", "{B}{S}/0"),), "stray", False)),)),
        Route("2", (Reply(Message("HTTP/1.1 2000 Four Digits", (), "body")),)),
    ),
    (Call(path="0"),),
)


def test_the_server_sends_exactly_what_the_scenario_says() -> None:
    with TestServer([ODD]) as server:
        assert exchange(server.origins["A"], get("/t/odd/0")) == (b"HTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\nHTTP/1.1 999\r\nContent-Length: 0\r\n\r\n")
        b = server.origins["B"].encode()
        assert exchange(server.origins["A"], get("/t/odd/1")) == b"HTTP/1.1 0 \r\nX-Any: " + b + b"/t/odd/0\r\n\r\nstray"
        assert exchange(server.origins["B"], get("/t/odd/2")) == b"HTTP/1.1 2000 Four Digits\r\nContent-Length: 4\r\n\r\nbody"
        seen = server.recorder.take("t", "odd")
        assert [(r.origin, r.method, r.target) for r in seen] == [("A", "GET", "/t/odd/0"), ("A", "GET", "/t/odd/1"), ("B", "GET", "/t/odd/2")]


def test_every_scenario_is_served_as_its_bytes() -> None:
    scenarios = [s for s in all_scenarios() if all(r.replies[0].read_body and not r.hop for r in s.routes)]
    with TestServer(scenarios) as server:
        for scenario in scenarios:
            route = scenario.routes[0]
            expected = reply_bytes(route.replies[0], server.origins, f"/t/{scenario.id}")
            if b"{DATE+2}" in expected or any("{DATE+2}" in v for _, v in route.replies[0].final.headers):
                continue  # the date is filled in when served
            got = exchange(server.origins["A"], get(f"/t/{scenario.id}/{route.path}"))
            assert got.startswith(expected), scenario.id


def test_every_status_line_the_issue_names_can_be_served() -> None:
    lines = {m.final.status_line for s in all_scenarios() for r in s.routes for m in r.replies}
    for code in ("0", "99", "600", "999", "1000", "299", "399", "499", "599"):
        assert any(line.split(" ")[1] == code for line in lines), code
    assert "HTTP/1.1 200 " in lines and "HTTP/1.1 200" in lines and line(404, "Totally Fine") in lines
    assert len(all_scenarios()) >= 40


@pytest.mark.parametrize(
    "broken, message",
    [
        (Scenario("x", "t", "t", (), ()), "no routes"),
        (Scenario("x", "t", "t", (), (Route("0", (Reply(Message("HTTP/1.1 200 OK\r\nX: y")),)),)), "CR or LF"),
        (Scenario("x", "t", "t", (), (Route("0", (Reply(Message(line(200), (("Bad\nName", "v"),))),)),)), "one field line"),
        (Scenario("x", "t", "t", (), (Route("0", (Reply(Message(line(302), (("Location", "{S}/nowhere"),))),)),)), "points to no route"),
        (Scenario("x", "t", "t", (), (Route("0", (Reply(Message(line(200))),)),), (Call(path="9"),)), "has no route"),
    ],
)
def test_a_scenario_that_cannot_be_served_is_an_error(broken: Scenario, message: str) -> None:
    with pytest.raises(ScenarioError, match=message):
        check(broken)


def test_a_request_no_scenario_serves_fails_the_run(tmp_path: object) -> None:
    """A driver asking for a path the scenario does not have makes the run an error."""
    with TestServer([ODD]) as server:
        script = (
            'import urllib.request, urllib.error\nprint(\'{"version": "x"}\')\n'
            f"try: urllib.request.urlopen('{server.origins['A']}/wrong/odd/7')\nexcept urllib.error.HTTPError: pass"
        )
        wrong = Client("wrong", "a driver that asks for the wrong path", "default", (sys.executable, "-c", script), sys.executable)
        with pytest.raises(RunError, match="no scenario could serve"):
            measure(wrong, [], server)


def test_an_outcome_comes_from_what_the_server_saw() -> None:
    with TestServer(all_scenarios()) as server:
        scenario = next(s for s in all_scenarios() if s.id == "redirect-307-post")
        exchange(server.origins["A"], b"POST /t/redirect-307-post/0 HTTP/1.1\r\nHost: t\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabc")
        exchange(server.origins["A"], get("/t/redirect-307-post/1"))
        result = outcome(scenario, "t", {"calls": [{"status": 200, "reason": "OK", "body": "landed"}]}, server.recorder.take("t", scenario.id))
        assert result["outcome"] == "200; followed with GET, body dropped"


def test_a_changed_result_is_a_difference_and_timing_has_a_tolerance() -> None:
    from measure.outcome import same

    request = {
        "origin": "A",
        "method": "GET",
        "path": "0",
        "body_bytes": 0,
        "content_type": False,
        "authorization": False,
        "cookie": False,
        "expect": None,
        "connection": 1,
        "body_before_continue": None,
        "t": 0.0,
    }
    old = {
        "outcome": "503; retried 1×, waited ≥ 1 s",
        "calls": [{"status": 503, "reason": "x", "body": "", "error": None}],
        "requests": [request, {**request, "t": 1.0}],
    }
    assert same(old, old) == []
    assert same(old, {**old, "requests": [request, {**request, "t": 1.4}]}) == []
    assert same(old, {**old, "requests": [request, {**request, "t": 3.0}]})
    assert same(old, {**old, "outcome": "503; no retry", "requests": [request]})
    assert same(old, {**old, "calls": [{"status": 200, "reason": "x", "body": "", "error": None}]})


def test_header_fields_the_caller_got_are_compared_but_not_their_dates() -> None:
    from measure.outcome import caller_facts, same

    def run_with(*fields: tuple[str, str]) -> dict[str, object]:
        return {"outcome": "503; no retry", "calls": [caller_facts({"status": 503, "reason": "x", "body": "", "headers": list(fields)}, "t")], "requests": []}

    seen = run_with(("Retry-After", "Wed, 02 Dec 2026 07:00:01 GMT"), ("Content-Type", "text/plain"))
    assert seen["calls"][0]["headers"] == [["content-type", "text/plain"], ["retry-after", "Wed, 02 Dec 2026 07:00:01 GMT"]]  # type: ignore[index]
    assert same(seen, run_with(("content-type", "text/plain"), ("retry-after", "Wed, 02 Dec 2026 07:09:09 GMT"))) == []
    assert same(seen, run_with(("content-type", "text/plain")))  # a field that disappears
    assert same(seen, run_with(("content-type", "text/plain"), ("retry-after", "Wed, 02 Dec 2026 07:00:01 GMT"), ("link", "</a>")))  # one that appears
    assert same(seen, run_with(("content-type", "text/html"), ("retry-after", "Wed, 02 Dec 2026 07:00:01 GMT")))  # a value that changes
    moved = caller_facts({"status": 302, "headers": [("Location", "http://127.0.0.1:41234/t/redirect-302-get/1")]}, "t")
    assert moved["headers"] == [["location", "http://127.0.0.1:PORT/RUN/redirect-302-get/1"]]


def test_an_interim_responses_fields_given_to_the_caller_are_reported() -> None:
    scenario = next(s for s in all_scenarios() if s.id == "early-hints-103")
    with TestServer(all_scenarios()) as server:
        exchange(server.origins["A"], get("/t/early-hints-103/0"))
        requests = server.recorder.take("t", scenario.id)
    merged = outcome(scenario, "t", {"calls": [{"status": 103, "headers": [["Link", "</style.css>; rel=preload; as=style"]]}]}, requests)
    assert merged["outcome"] == "103; 103's Link given to the caller"
    final = outcome(scenario, "t", {"calls": [{"status": 200, "headers": [["content-type", "text/plain"]]}]}, requests)
    assert final["outcome"] == "200; 103's Link not given to the caller"
    hidden = outcome(scenario, "t", {"calls": [{"status": 200, "headers": None}]}, requests)
    assert hidden["outcome"] == "200; no header fields exposed"
