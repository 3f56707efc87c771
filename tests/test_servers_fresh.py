"""The committed server and proxy results are still true: rerun every installed server and proxy
(each started once for all its scenarios, side by side) and compare what is behaviour (status,
reason, interim codes, Server field, upstream requests, outcome), never timings. A version other
than the recorded one fails too: run `make measure-servers` and commit the files."""

from __future__ import annotations

import json
import time
from typing import Any

from conftest import ROOT
from measure.probes import all_probes
from measure.servers_run import measure_all
from measure.subjects import SOFTWARE, version
from statussite.servers import BEHAVIOUR

RESULTS = ROOT / "content" / "servers"


def test_every_installed_server_and_proxy_still_does_what_the_committed_files_say() -> None:
    started = time.monotonic()
    committed = {path.stem: json.loads(path.read_text(encoding="utf-8")) for path in RESULTS.glob("*.json")}
    installed = [s for s in SOFTWARE if s.available() and s.key in committed]
    assert len(installed) >= 7, "make servers installs the servers and proxies this test reruns"
    moved = [f"{s.key}: recorded {committed[s.key]['version']}, installed {version(s)}" for s in installed if version(s) != committed[s.key]["version"]]
    assert moved == [], "versions changed; run `make measure-servers`: " + "; ".join(moved)
    probes = all_probes()
    unstable = {p.id: p.unstable for p in probes}
    done, errors = measure_all(installed, probes, 4)
    assert errors == []
    differences = {fresh["key"]: differing(fresh, committed[fresh["key"]], unstable) for fresh in done}
    # Four side by side load the machine, and an answer that races the server's close (a reset
    # or a clean close after a 431 to a 64 KB field) can turn out either way under load: a
    # software that differs runs once more, alone, and that run is the verdict.
    again = [s for s in installed if differences[s.key]]
    if again:
        rerun, errors = measure_all(again, probes, 1)
        assert errors == []
        differences.update({fresh["key"]: differing(fresh, committed[fresh["key"]], unstable) for fresh in rerun})
    print(f"reran {len(done)} servers and proxies, {len(probes)} scenarios, in {time.monotonic() - started:.0f} s; again alone: {[s.key for s in again]}")
    found = [line for lines in differences.values() for line in lines]
    assert found == [], "\n".join(found)


def differing(fresh: dict[str, Any], committed: dict[str, Any], unstable: dict[str, tuple[str, ...]]) -> list[str]:
    """Each behaviour field of a fresh run that is not what the committed file says."""
    old = {r["scenario"]: r for r in committed["results"]}
    assert set(old) == {r["scenario"] for r in fresh["results"]}, f"{fresh['key']}: the scenarios changed; run `make measure-servers`"
    found = []
    for result in fresh["results"]:
        if fresh["key"] in unstable.get(result["scenario"], ()):
            continue
        for name in BEHAVIOUR:
            if result[name] != old[result["scenario"]][name]:
                found.append(f"{fresh['key']} {result['scenario']} {name}: committed {old[result['scenario']][name]!r}, now {result[name]!r}")
    return found
