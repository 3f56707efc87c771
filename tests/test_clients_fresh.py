"""The published client measurements cannot go stale silently: rerun the harness for every client
installed here at the version its results file records, and compare with the committed data
(timings within a tolerance). A client at another version, or not installed, is reported, not run.
The browsers (Chromium, Firefox, WebKit) are one group, every other client the other; a browser
that cannot start fails the run with a RunError naming the engine and ending with its log."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor

import pytest

from measure.clients import CLIENTS
from measure.outcome import same
from measure.run import RESULTS, measure, time_bound
from measure.scenarios import all_scenarios
from measure.server import TestServer


@pytest.mark.parametrize("browsers", [True, False], ids=["browsers", "other-clients"])
def test_committed_results_match_a_fresh_run(browsers: bool) -> None:
    """In two groups, so that `-k browsers` reruns just the three engines; the longest first."""
    committed = {path.stem: json.loads(path.read_text(encoding="utf-8")) for path in sorted(RESULTS.glob("*.json"))}
    clients = [c for c in CLIENTS if c.key in committed and c.available() and bool(c.kind) == browsers]
    if not clients:
        pytest.skip("no measured client of this group is installed here")
    scenarios = all_scenarios()
    unstable = {(key, s.id) for s in scenarios for key in s.unstable}
    problems, skipped, compared = [], [], 0
    by_key = {c.key: c for c in clients}
    with TestServer(scenarios) as server, ThreadPoolExecutor(4) as pool:
        longest = sorted(clients, key=lambda c: -time_bound(c, [s for s in scenarios if c.runs(s)]))
        fresh = {c.key: pool.submit(measure, c, scenarios, server) for c in longest}
        for key, job in fresh.items():
            new, old = job.result(), committed[key]
            if new["version"] != old["version"]:
                skipped.append(f"{key}: {new['version']} installed, results are for {old['version']}")
                continue
            compared += 1
            found = differences(key, new, old, unstable, skipped)
            if found:
                # A differing client runs once more, against a server of its own (its requests
                # are recorded by client key): a browser that a loaded machine stalled (WebKit's
                # WebDriver gave no answer at all in one CI run) is not stale data. The second
                # run is the verdict.
                print(f"{key}: {len(found)} differences; running it once more")
                with TestServer(scenarios) as own:
                    found = differences(key, measure(by_key[key], scenarios, own), old, unstable, [])
            problems += found
    if skipped:
        print("not compared:", *skipped, sep="\n  ")
    assert compared, "every installed client is at another version than its results: run make measure"
    assert not problems, "the committed results are stale (run make measure):\n" + "\n".join(problems)


def differences(key: str, new: dict, old: dict, unstable: set, skipped: list[str]) -> list[str]:
    """Each way a fresh run of one client differs from its committed results."""
    found: list[str] = []
    before = {r["scenario"]: r for r in old["results"]}
    for result in new["results"]:
        if result["scenario"] not in before:
            found.append(f"{key} {result['scenario']}: not in the committed results (run make measure)")
            continue
        if (key, result["scenario"]) in unstable:
            skipped.append(f"{key} {result['scenario']}: known to vary between runs (measure/scenarios.py)")
            continue
        found += [f"{key} {result['scenario']}: {d}" for d in same(before[result["scenario"]], result)]
    found += [f"{key} {s}: in the committed results, no longer a scenario" for s in before.keys() - {r["scenario"] for r in new["results"]}]
    return found
