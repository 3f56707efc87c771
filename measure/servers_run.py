"""Run every scenario through every server and proxy installed, each started once for all its
scenarios, and write one results file per software and role into content/servers/.
Usage: python -m measure.servers_run [--out DIR] [--only SCENARIO] [key ...]"""

from __future__ import annotations

import datetime
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from statussite.results_format import SERVER_RESULTS

from . import between
from .caller import Answer
from .clients import ROOT
from .probes import Probe, all_probes
from .run import RunError, arguments, operating_system, write
from .server import TestServer
from .subjects import SOFTWARE, Setup, Software, StartError, running, version
from .verdict import facts

RESULTS = ROOT / "content" / "servers"
AGAIN_AFTER = 0.3  # seconds between the two requests of a caching scenario


def exchange(probe: Probe, setup: Setup, key: str) -> Answer:
    """The probe's bytes from the reference caller, through the software, to the upstream."""
    return between.exchange(setup, between.probe_pieces(probe, key), probe.bound)


def measure_one(software: Software, probes: list[Probe], server: TestServer) -> dict[str, Any]:
    """Start the software once, send it every scenario of its role, stop it; its results file."""
    started = time.monotonic()
    mine = [p for p in probes if software.role in p.roles]
    with tempfile.TemporaryDirectory(prefix=f"servers-{software.key}-") as folder:
        setup = between.setup_between(server, Path(folder))
        results = []
        with running(software, setup):
            for probe in mine:
                answer = exchange(probe, setup, software.key)
                second = None
                if probe.twice:
                    time.sleep(AGAIN_AFTER)
                    second = exchange(probe, setup, software.key)
                seen = len(server.recorder.take(software.key, probe.id))
                results.append(facts(probe, answer, seen, software.key, second))
        config = software.config_text(setup)
    broken = [s for s in server.recorder.unserved if f"/{software.key}/" in s.target and not s.bounded]
    if broken:
        raise RunError(f"{software.key}: requests no scenario could serve: " + "; ".join(f"{s.target[:120]}: {s.reason}" for s in broken))
    return SERVER_RESULTS.record(
        {
            "software": software.name,
            "key": software.key,
            "role": software.role,
            "package": software.package,
            "version": version(software),
            "config": config,
            "os": operating_system(),
            "date": datetime.datetime.now(datetime.UTC).date().isoformat(),
            "seconds": round(time.monotonic() - started, 1),
            "results": results,
        }
    )


def measure_all(chosen: list[Software], probes: list[Probe], jobs: int) -> tuple[list[dict[str, Any]], list[str]]:
    """Every software's results, side by side; and one error line per software that failed."""
    done, errors = [], []
    with TestServer([p.scenario() for p in probes]) as server, ThreadPoolExecutor(jobs) as pool:
        futures = {s.key: pool.submit(measure_one, s, probes, server) for s in chosen}
        for key, future in futures.items():
            try:
                done.append(future.result())
            except (RunError, StartError) as error:
                errors.append(f"{key}: {error}")
    return done, errors


def main(argv: list[str] | None = None) -> int:
    args = arguments(__doc__, RESULTS, "keys", argv)
    started = time.monotonic()
    chosen = [s for s in SOFTWARE if not args.keys or s.key in args.keys]
    missing = [s.key for s in chosen if not s.available()]
    if missing:
        print(f"measure-servers: not installed, not measured: {', '.join(missing)}", file=sys.stderr)
    probes = [p for p in all_probes() if not args.only or p.id in args.only]
    done, errors = measure_all([s for s in chosen if s.available()], probes, args.jobs)
    for data in done:
        print(
            f"measure-servers: {data['key']} {data['version']}: {len(data['results'])} scenarios in {data['seconds']} s -> {write(data, args.out, SERVER_RESULTS)}"
        )
    for error in errors:
        print(f"measure-servers: {error}", file=sys.stderr)
    print(f"measure-servers: {len(done)} servers and proxies, {len(probes)} scenarios, in {time.monotonic() - started:.0f} s (target: under 360 s)")
    return 1 if errors or missing else 0


if __name__ == "__main__":
    sys.exit(main())
