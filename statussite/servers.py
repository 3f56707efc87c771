"""Measured server and proxy behaviour (content/servers/*.json, written by `make measure-servers`)
in the model, and the views the pages and data files take of it; the results format itself is
declared in statussite/results_format.py."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from .clients import grouped
from .results_format import SERVER_TOPICS

TOPICS = SERVER_TOPICS  # the matrix page's headings by topic, as declared with the results format
TELLING = 16  # words of each default error page a pasted phrase can match
BEHAVIOUR = ("outcome", "status", "reason", "interim", "server", "upstream_requests", "error")  # compared by the staleness test


@dataclass(frozen=True)
class ServerResult:
    scenario: str
    topic: str
    title: str
    codes: tuple[int, ...]
    outcome: str
    status: int | None
    server: str | None
    body: str
    words: str
    seconds: float
    upstream_requests: int
    tokens: tuple[str, ...] = ()  # error tokens from its header fields, such as Squid's ERR_READ_ERROR


@dataclass(frozen=True)
class ServerRun:
    """One results file: a server or proxy, in one role, at one exact version."""

    key: str
    software: str
    role: str
    version: str
    config: str
    os: str
    date: str
    results: tuple[ServerResult, ...]
    record: dict[str, Any] = field(compare=False, repr=False)  # the file as written, for servers.json
    text: str = field(default="", compare=False, repr=False)  # its JSON text, joined into servers.json as is

    def result(self, scenario: str) -> ServerResult | None:
        return self._by_scenario.get(scenario)

    @cached_property
    def _by_scenario(self) -> dict[str, ServerResult]:
        """Results by scenario, made once: the dev server asks for every result on every save."""
        return {result.scenario: result for result in self.results}


@dataclass(frozen=True)
class ServerRow:
    """One scenario with each run's result, in the order of the runs."""

    scenario: str
    topic: str
    title: str
    codes: tuple[int, ...]
    outcomes: tuple[tuple[ServerRun, ServerResult], ...]

    @property
    def grouped(self) -> tuple[tuple[str, tuple[ServerRun, ...]], ...]:
        """Each distinct outcome with the software that had it, most common first."""
        return grouped(tuple((run, result.outcome) for run, result in self.outcomes))


def server_rows(runs: tuple[ServerRun, ...]) -> tuple[ServerRow, ...]:
    order: dict[str, ServerResult] = {}
    for run in runs:
        for result in run.results:
            order.setdefault(result.scenario, result)
    rows = []
    for sid, first in order.items():
        outcomes = tuple((run, r) for run in runs if (r := run.result(sid)) is not None)
        rows.append(ServerRow(sid, first.topic, first.title, first.codes, outcomes))
    return tuple(rows)


@dataclass(frozen=True)
class Sender:
    """A code as one run generated it, for a code page: who, in which scenarios, and how to tell."""

    run: ServerRun
    scenarios: tuple[ServerResult, ...]
    server: str | None
    words: str


Pair = tuple[ServerRun, ServerResult]


@dataclass(frozen=True)
class ServerIndex:
    """Every result by the code it concerns, made once per build (pages and records read it per code)."""

    own: dict[int, tuple[Pair, ...]]  # code -> results in which a server sent it as an error of its own
    about: dict[int, tuple[Pair, ...]]  # code -> results of the scenarios about it
    rows: tuple[ServerRow, ...]
    leads: dict[str, frozenset[int]] = field(default_factory=dict)  # page word (lower case) -> the codes it came with most (page_word_leads)


def server_index(runs: tuple[ServerRun, ...], rows: tuple[ServerRow, ...]) -> ServerIndex:
    own: dict[int, list[Pair]] = {}
    about: dict[int, list[Pair]] = {}
    for run in runs:
        for r in run.results:
            if r.status is not None and r.status >= 400 and r.topic in ("failure", "limits"):
                own.setdefault(r.status, []).append((run, r))
            for code in r.codes:
                about.setdefault(code, []).append((run, r))
    owned = {k: tuple(v) for k, v in own.items()}
    return ServerIndex(owned, {k: tuple(v) for k, v in about.items()}, rows, page_word_leads(owned))


def senders(index: ServerIndex, code: int) -> tuple[Sender, ...]:
    """Runs that answered `code` of their own (not passed through, not cached), with the scenarios."""
    by_run: dict[str, list[Pair]] = {}
    for run, r in index.own.get(code, ()):
        by_run.setdefault(run.key, []).append((run, r))
    out = []
    for pairs in by_run.values():
        run, first = pairs[0]
        out.append(Sender(run, tuple(r for _, r in pairs), first.server, " ".join(first.words.split()[:12])))
    return tuple(out)


def code_servers(index: ServerIndex, code: int) -> list[dict[str, Any]]:
    """The `servers` field of a code's record: every measured result about the code, and every
    one in which a server or proxy sent it as an error of its own; version, configuration and the
    answer as sent are in servers.json under the same software key and scenario."""
    pairs = {(run.key, r.scenario): (run, r) for run, r in (*index.about.get(code, ()), *index.own.get(code, ()))}
    return [{"software": run.key, "scenario": r.scenario, "status": r.status, "outcome": r.outcome} for run, r in pairs.values()]


@dataclass(frozen=True)
class CodeServers:
    """What a code page's "Who sends it, measured" section shows."""

    senders: tuple[Sender, ...]  # who generated the code of its own, and when
    failures: tuple[ServerRow, ...]  # every upstream failure (on the pages of the codes they produced)
    passthrough: ServerRow | None  # the code sent by the upstream: what proxies passed on
    caching: tuple[ServerRow, ...]  # the code sent with each kind of freshness: stored or not

    def __bool__(self) -> bool:
        return bool(self.senders or self.passthrough or self.caching)


def code_view(index: ServerIndex, code: int) -> CodeServers:
    found = senders(index, code)
    produced = any(r.topic == "failure" for _, r in index.own.get(code, ()))
    failed = tuple(row for row in index.rows if row.topic == "failure") if produced else ()
    about = {r.scenario for _, r in index.about.get(code, ())}
    passing = next((row for row in index.rows if row.scenario == f"pass-{code}" and row.scenario in about), None)
    caching = tuple(row for row in index.rows if row.topic == "cache" and row.scenario in about)
    return CodeServers(found, failed, passing, caching)


def page_words(result: ServerResult) -> tuple[str, ...]:
    """Words a reader may paste from a default error page: its Server field, its first words and
    any error token in its header fields."""
    return tuple(word for word in (result.server or "", *result.words.split()[:TELLING], *result.tokens) if word)


def page_word_leads(own: dict[int, tuple[Pair, ...]]) -> dict[str, frozenset[int]]:
    """For each page word, the codes whose pages carried it in the most measured scenarios,
    upstream failures counted first: a proxy answers every request with its failure page while
    its upstream is down, but sends its page for a malformed request only to that one request.
    So Varnish's "Guru Meditation" leads to 503 (six upstream failures), not 400 (one request
    without Host), and nginx's page, the same for every code, to its 502 (four failures)."""
    counts: dict[str, dict[int, tuple[int, int]]] = {}
    for code, pairs in own.items():
        for _, result in pairs:
            for word in dict.fromkeys(word.lower() for word in page_words(result)):
                failures, scenarios = counts.setdefault(word, {}).get(code, (0, 0))
                counts[word][code] = (failures + (result.topic == "failure"), scenarios + 1)
    leads = {}
    for word, by_code in counts.items():
        most = max(by_code.values())
        leads[word] = frozenset(code for code, count in by_code.items() if count == most)
    return leads


@dataclass(frozen=True)
class PageWords:
    """A code's default-error-page words for the search, split by how strongly they point at it."""

    leading: str  # words that came with this code at least as often as with any other (page_word_leads)
    other: str  # words that came more often with another code: a weaker hint


def telling_words(index: ServerIndex, code: int) -> PageWords:
    """Words a reader may paste from the default error pages sent with `code` (page_words)."""
    words = dict.fromkeys(word for _, result in index.own.get(code, ()) for word in page_words(result))
    leading = [word for word in words if code in index.leads.get(word.lower(), ())]
    return PageWords(" ".join(leading), " ".join(word for word in words if code not in index.leads.get(word.lower(), ())))


def error_tokens(index: ServerIndex, code: int) -> tuple[str, ...]:
    """The error names (Squid's ERR_READ_ERROR) sent in header fields with `code` as an error of
    its own, where that code is the one they came with most (page_word_leads)."""
    tokens = (token for _, result in index.own.get(code, ()) for token in result.tokens)
    return tuple(dict.fromkeys(token for token in tokens if code in index.leads.get(token.lower(), ())))


def error_pages(runs: tuple[ServerRun, ...]) -> tuple[tuple[ServerRun, ServerResult], ...]:
    """Each run's default error page: a proxy's for a refused upstream, an origin's for a
    malformed request line."""
    out = []
    for run in runs:
        result = run.result("upstream-refused" if run.role == "proxy" else "bad-request-line")
        if result is not None:
            out.append((run, result))
    return tuple(out)
