"""Measured client behaviour (content/clients/*.json, written by `make measure`) in the model:
one run per client configuration, and the views the pages and data files take of them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, TypeVar

from .results_format import CLIENT_TOPICS, KINDS

T = TypeVar("T")

TOPICS = CLIENT_TOPICS  # the matrix page's headings by topic, as declared with the results format


@dataclass(frozen=True)
class ClientResult:
    scenario: str
    topic: str
    title: str
    codes: tuple[int, ...]
    outcome: str
    headline: bool = False  # summarised per browser engine on its codes' pages


@dataclass(frozen=True)
class ClientRun:
    """One results file: a client, in one configuration, at one exact version."""

    key: str
    client: str
    config: str
    version: str
    os: str
    date: str
    results: tuple[ClientResult, ...]
    record: dict[str, Any] = field(compare=False, repr=False)  # the file as written, for clients.json
    kind: str = ""  # a browser's configuration (fetch or navigation); "" for other clients

    @property
    def label(self) -> str:
        return self.version if self.config == "default" else f"{self.version}, {self.config}"

    @property
    def name(self) -> str:
        """What readers see for the run: "curl", or "curl (retry)" for a second configuration of
        a client; never the file's key (`php-curl-follow`), which only the data files carry."""
        if self.config.startswith("default"):
            return self.client
        return f"{self.client} ({self.key.rsplit('-', 1)[-1]})"

    @property
    def short(self) -> str:
        """The label in a grouped table: a browser's version and configuration in two words."""
        return f"{self.version} {KINDS[self.kind]}" if self.kind else self.label


@dataclass(frozen=True)
class ScenarioRow:
    """One scenario, with each client's outcome in the order of the runs."""

    scenario: str
    topic: str
    title: str
    codes: tuple[int, ...]
    outcomes: tuple[tuple[ClientRun, str], ...]
    headline: bool = False

    @property
    def grouped(self) -> tuple[tuple[str, tuple[ClientRun, ...]], ...]:
        """Each distinct outcome with the clients that had it, most common first (the matrix page)."""
        return grouped(self.outcomes)


def grouped(pairs: tuple[tuple[T, str], ...]) -> tuple[tuple[str, tuple[T, ...]], ...]:
    """Each distinct outcome with the runs that had it, most common first."""
    groups: dict[str, list[T]] = {}
    for run, outcome in pairs:
        groups.setdefault(outcome, []).append(run)
    return tuple(sorted(((o, tuple(r)) for o, r in groups.items()), key=lambda item: -len(item[1])))


def scenario_rows(runs: tuple[ClientRun, ...]) -> tuple[ScenarioRow, ...]:
    """Every scenario any run measured, in the order the harness ran them."""
    order: dict[str, ClientResult] = {}
    outcomes: dict[str, list[tuple[ClientRun, str]]] = {}  # one pass: the dev server makes these on every save
    for run in runs:
        for result in run.results:
            order.setdefault(result.scenario, result)
            outcomes.setdefault(result.scenario, []).append((run, result.outcome))
    return tuple(ScenarioRow(sid, first.topic, first.title, first.codes, tuple(outcomes[sid]), first.headline) for sid, first in order.items())


def on_code_page(row: ScenarioRow, code: int) -> bool:
    """What a code page shows: its scenarios, and of the redirect matrix only POST and the cross-origin one."""
    if code not in row.codes:
        return False
    return row.topic != "redirect" or not row.scenario.startswith("redirect-") or not row.scenario.endswith(("-get", "-put", "-delete"))


@dataclass(frozen=True)
class EngineLine:
    """One browser engine's line in a code page's "Browsers" summary: its version, then what
    each of its configurations did in the code's headline scenario."""

    engine: str
    version: str
    outcomes: tuple[tuple[str, str], ...]  # (configuration, outcome)


def engine_lines(rows: tuple[ScenarioRow, ...], code: int) -> tuple[EngineLine, ...]:
    """The "Browsers" summary of a code page: one line per engine, from the code's headline scenarios."""
    found: dict[str, list[tuple[ClientRun, str]]] = {}
    for row in rows:
        if row.headline and code in row.codes:
            for run, outcome in row.outcomes:
                if run.kind:
                    found.setdefault(run.client, []).append((run, outcome))
    return tuple(EngineLine(engine, pairs[0][0].version, tuple((KINDS[run.kind], outcome) for run, outcome in pairs)) for engine, pairs in found.items())


def code_measurements(rows: tuple[ScenarioRow, ...]) -> dict[int, list[dict[str, Any]]]:
    """The `clients` field of each code's record: every measured outcome of a scenario about the
    code, by code (made once for all codes: each scenario is about one or two)."""
    found: dict[int, list[dict[str, Any]]] = {}
    for row in rows:
        entries = [
            {"scenario": row.scenario, "title": row.title, "client": run.client, "config": run.config, "version": run.version, "outcome": outcome}
            for run, outcome in row.outcomes
        ]
        for code in row.codes:
            found.setdefault(code, []).extend(entries)
    return found
