"""The browser side of the measurement harness: which clients a browser-only scenario applies to,
how a browser's answer becomes an outcome, the server's timed 103, and an engine that cannot
start is an error naming the engine and its log (real drivers, a missing binary planted)."""

from __future__ import annotations

import socket
import time
from pathlib import Path

import pytest

from measure.clients import CLIENTS, Client
from measure.outcome import cors, hints, outcome, revisit, seen_page
from measure.run import RunError, measure
from measure.scenarios import Message, Reply, Route, Scenario, ScenarioError, all_scenarios, check, line
from measure.server import TestServer

BROWSER_ONLY = [s for s in all_scenarios() if s.only]


def request(path: str, t: float = 0.0, **facts: object) -> dict[str, object]:
    base = {
        "origin": "A",
        "method": "GET",
        "path": path,
        "authorization": False,
        "cookie": False,
        "conditional": False,
        "origin_field": None,
        "t": t,
        "connected": t,
    }
    return {**base, **facts}


def test_at_least_25_browser_only_scenarios_run_for_browsers_and_nothing_else() -> None:
    assert len(BROWSER_ONLY) >= 25
    library = next(c for c in CLIENTS if c.key == "curl")
    assert not any(library.runs(s) for s in BROWSER_ONLY)
    for engine in ("chromium", "firefox", "webkit"):
        fetch, navigation = (next(c for c in CLIENTS if c.key == f"{engine}-{kind}") for kind in ("fetch", "navigation"))
        assert {s.id for s in BROWSER_ONLY if fetch.runs(s)} >= {"fetch-manual-307", "cors-redirect-allowed", "cache-206-range", "remember-301"}
        assert {s.id for s in BROWSER_ONLY if navigation.runs(s)} >= {"page-205-form", "hints-preload", "page-503-refresh", "remember-301"}
        assert not navigation.runs(next(s for s in BROWSER_ONLY if s.id == "fetch-manual-307"))


def test_a_scenario_for_an_unknown_kind_of_client_is_refused() -> None:
    with pytest.raises(ScenarioError, match="not a client kind"):
        check(Scenario("x", "t", "t", (), (Route("0", (Reply(Message(line(200))),)),), only=("browser",)))


def test_a_second_visit_says_whether_the_server_was_asked() -> None:
    assert revisit([request("0"), request("1")]) == "second visit: server not asked"
    assert revisit([request("0"), request("1"), request("0"), request("1")]) == "second visit: asked again"
    assert revisit([request("0"), request("0", conditional=True)]) == "second visit: asked again, conditionally"


def test_what_the_page_shows_after_a_link_or_a_form() -> None:
    stayed = {"status": 200, "page": {"url": "http://127.0.0.1:PORT/_blank", "shown": "go", "form": "world"}}
    assert seen_page(stayed) == "stays on the page, form kept"
    reset = {"status": None, "page": {"url": "http://127.0.0.1:PORT/_blank", "shown": "go", "form": ""}}
    assert seen_page(reset) == "stays on the page, form reset"
    error_page = {"status": 500, "page": {"url": "chrome-error://chromewebdata/", "shown": "This page isn't working", "form": None}}
    assert seen_page(error_page) == "500, the engine's own page (chrome-error), shows \"This page isn't working\""
    assert seen_page({"status": None, "body": "landed"}) == "loaded (the engine exposes no status)"


def test_early_hints_acted_on_before_or_after_the_final_response() -> None:
    assert hints([request("0"), request("style.css", 0.2)], 1.0) == "style.css fetched before the final response"
    assert hints([request("0"), request("style.css", 1.3), request("pixel", 1.4, origin="B", connected=0.1)], 1.0) == (
        "style.css fetched after the final response, other origin connected before the final response"
    )
    assert hints([request("0")], 1.0) == "no style.css request"


def test_cors_says_what_reached_the_other_origin_and_the_error() -> None:
    seen = [request("0"), request("1", origin="B", method="OPTIONS"), request("1", origin="B", origin_field="A", cookie=True)]
    assert cors(seen, {"status": 200}) == "other origin got OPTIONS then GET with Origin A, Cookie"
    assert cors([request("0")], {"status": None, "error": "TypeError: Load failed"}) == "nothing reached the other origin; error 'TypeError: Load failed'"


def test_the_server_sends_a_103_then_waits_before_the_final_response() -> None:
    scenario = next(s for s in all_scenarios() if s.id == "hints-preload")
    with TestServer([scenario]) as server:
        host, port = server.origins["A"].removeprefix("http://").split(":")
        with socket.create_connection((host, int(port)), timeout=5) as sock:
            sock.sendall(b"GET /t/hints-preload/0 HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
            started = time.monotonic()
            first = sock.recv(65536)
            interim_at = time.monotonic() - started
            rest = b""
            while chunk := sock.recv(65536):
                rest += chunk
            final_at = time.monotonic() - started
        assert first.startswith(b"HTTP/1.1 103 Early Hints\r\nLink: </t/hints-preload/style.css>; rel=preload; as=style\r\n\r\n")
        assert b"HTTP/1.1 200 OK" in rest and interim_at < 0.5 and final_at >= 0.9
        seen = server.recorder.take("t", "hints-preload")
        assert seen and seen[0].connected_at <= seen[0].at


def test_a_browser_outcome_from_what_the_server_saw() -> None:
    scenario = next(s for s in all_scenarios() if s.id == "remember-301")
    with TestServer([scenario]) as server:
        for path in ("0", "1", "1"):
            host, port = server.origins["A"].removeprefix("http://").split(":")
            with socket.create_connection((host, int(port)), timeout=5) as sock:
                sock.sendall(f"GET /t/remember-301/{path} HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n".encode())
                while sock.recv(65536):
                    pass
        page = {"url": "http://127.0.0.1:1234/t/remember-301/1", "shown": "landed", "form": None}
        result = outcome(
            scenario, "t", {"calls": [{"status": 200, "page": page}, {"status": 200, "page": page}]}, server.recorder.take("t", scenario.id), server.origins
        )
    assert result["outcome"] == "200, shows 'landed'; second visit: server not asked"
    assert result["headline"] is True and result["calls"][0]["page"]["url"] == "http://127.0.0.1:PORT/RUN/remember-301/1"


@pytest.mark.parametrize("key, variable, name", [("firefox-fetch", "FIREFOX", "Firefox"), ("webkit-navigation", "WEBKIT_WEBDRIVER", "WebKit")])
def test_an_engine_that_cannot_start_is_an_error_naming_it_and_its_log(
    key: str, variable: str, name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    client: Client = next(c for c in CLIENTS if c.key == key)
    if not client.available():
        pytest.skip(f"{name} is not installed here")
    monkeypatch.setenv(variable, str(tmp_path / "no-such-browser"))
    scenario = next(s for s in all_scenarios() if s.id == "redirect-307-post")
    with TestServer([scenario]) as server, pytest.raises(RunError) as error:
        measure(client, [scenario], server)
    message = str(error.value)
    assert message.startswith(f"{key} ({name}) did not start; its log:") and f"{name} (" in message and "no-such-browser" in message


def test_every_browser_configuration_is_installed_by_make_clients() -> None:
    makefile = (Path(__file__).resolve().parents[1] / "Makefile").read_text(encoding="utf-8")
    packages = next(row for row in makefile.splitlines() if row.startswith("CLIENT_PACKAGES"))
    assert all(name in packages.split() for name in ("firefox-esr", "webkit2gtk-driver", "xvfb", "xauth"))


def test_a_gap_the_client_did_not_choose_is_not_compared_but_a_retry_wait_is() -> None:
    from measure.outcome import same

    def run_with(outcome_text: str, gap: float) -> dict[str, object]:
        return {"outcome": outcome_text, "calls": [], "requests": [request("0"), request("0", gap)]}

    assert same(run_with("200; second visit: asked again", 0.5), run_with("200; second visit: asked again", 2.0)) == []
    assert same(run_with("503, shows 'back'; retried 1×, waited ≥ 1 s", 1.0), run_with("503, shows 'back'; retried 1×, waited ≥ 1 s", 3.0))


def test_requests_that_came_together_in_another_order_are_the_same_but_another_request_is_not() -> None:
    from measure.outcome import same

    style, pixel = request("style.css", 1.0), request("pixel", 1.0, origin="B")
    old = {"outcome": "200", "calls": [], "requests": [request("0"), style, pixel]}
    assert same(old, {**old, "requests": [request("0"), pixel, style]}) == []
    assert same(old, {**old, "requests": [request("0"), pixel, style, style]})
