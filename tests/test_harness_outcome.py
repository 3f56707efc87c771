"""Outcome sentences come from tables of small functions. A client's (measure/outcome.py FACTS):
every outcome recorded in the committed results files is recomputed from that file's own facts
and must come out byte for byte, so the table says what the chain of tests it replaced said. A
server's or proxy's (measure/verdict.py CLAUSES): its files do not keep the raw bytes a sentence
is told from, so each clause is checked on answers parsed from raw bytes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import ROOT
from measure.caller import Answer, parse
from measure.outcome import FACTS, summarize
from measure.probes import all_probes
from measure.scenarios import all_scenarios
from measure.verdict import sentence

CLIENT_FILES = sorted((ROOT / "content" / "clients").glob("*.json"))


@pytest.mark.parametrize("path", CLIENT_FILES, ids=lambda p: p.stem)
def test_every_recorded_client_outcome_is_recomputed_from_its_recorded_facts(path: Path) -> None:
    scenarios = {s.id: s for s in all_scenarios()}
    data = json.loads(path.read_text(encoding="utf-8"))
    checked, wrong = 0, []
    for result in data["results"]:
        if result["outcome"].startswith("not measured: "):
            continue
        scenario = scenarios[result["scenario"]]
        said = summarize(scenario, result["calls"], result["requests"])
        if data["key"] in scenario.unstable:
            said += "; varies from run to run"
        checked += 1
        if said != result["outcome"]:
            wrong.append(f"{result['scenario']}: recorded {result['outcome']!r}, recomputed {said!r}")
    assert checked >= 20 and wrong == [], "\n".join(wrong)


def test_every_fact_of_the_table_is_used_by_some_scenario() -> None:
    recorded = {name for s in all_scenarios() for name in s.record}
    assert {name for name, _ in FACTS} <= recorded


def answer(raw: bytes, closed: bool = True, error: str | None = None) -> Answer:
    return Answer(parse(raw)[0], raw, 0.1, closed, error)


OK = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"
SERVER_SAYS = [
    ("upstream-refused", answer(b"", error="refused"), 0, None, "connection refused"),
    ("upstream-close", answer(b""), 1, None, "closed without an answer"),
    ("upstream-stall", answer(b"", closed=False, error="timeout"), 1, None, "no answer within the time bound"),
    ("upstream-garbage", answer(b"SSH-2.0-OpenSSH_9.2p1\r\n\r\n"), 1, None, "not HTTP"),
    ("upstream-close", answer(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n"), 2, None, "502; upstream tried 2×"),
    ("upstream-mid-body", answer(b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n0123456789"), 1, None, "200, body cut short"),
    ("interim-103", answer(b"HTTP/1.1 103 Early Hints\r\n\r\n" + OK), 1, None, "103, then 200"),
    ("interim-102", answer(b"HTTP/1.1 102 Processing\r\nServer: p\r\n\r\n" + OK), 1, None, "102 sent as final, then the upstream's 200 unframed"),
    ("pass-odd-reason", answer(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"), 1, None, '404 with reason "Not Found"'),
    ("pass-odd-reason", answer(b"HTTP/1.1 404\r\nContent-Length: 0\r\n\r\n"), 1, None, "404 with no reason phrase"),
    ("pass-empty-reason", answer(b"HTTP/1.1 200 \r\nContent-Length: 0\r\n\r\n"), 1, None, "200"),
    ("pass-200", answer(b"HTTP/1.1 200 Fine\r\nContent-Length: 0\r\n\r\n"), 2, None, '200 with reason "Fine"; upstream tried 2×'),
    ("no-host", answer(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"), 0, None, "400"),
    ("body-too-large", answer(b"HTTP/1.1 413 Content Too Large\r\nContent-Length: 0\r\n\r\n"), 2, None, "413; forwarded"),
    ("cache-200-max-age", answer(OK), 1, answer(OK), "200; stored and reused"),
    ("cache-200-max-age", answer(OK), 2, answer(OK), "200; not reused"),
    ("cache-200-max-age", answer(OK), 2, None, "200; upstream tried 2×"),
]


def test_every_server_outcome_clause_says_what_it_saw() -> None:
    probes = {p.id: p for p in all_probes()}
    said = [sentence(probes[sid], got, upstream, second) for sid, got, upstream, second, _ in SERVER_SAYS]
    assert said == [expected for *_, expected in SERVER_SAYS]
