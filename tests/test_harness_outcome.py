"""A client's outcome sentence comes from a table of small functions (measure/outcome.py FACTS):
every outcome recorded in the committed results files is recomputed from that file's own facts
and must come out byte for byte, so the table says what the chain of tests it replaced said."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import ROOT
from measure.outcome import FACTS, summarize
from measure.scenarios import all_scenarios

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
