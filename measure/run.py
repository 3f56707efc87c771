"""Run every client's driver against the test server and write one results file per client.
Usage: python -m measure.run [--out DIR] [client key ...]"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import signal
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from statussite.results_format import CLIENT_RESULTS, Format

from .clients import CLIENTS, ROOT, Client
from .outcome import outcome
from .scenarios import Scenario, all_scenarios
from .server import TestServer
from .subject import RunError, Setup, running, spawn, stop

__all__ = ["RESULTS", "RunError", "arguments", "drive", "main", "measure", "operating_system", "plan", "time_bound", "write"]

RESULTS = ROOT / "content" / "clients"


def plan(scenarios: list[Scenario], origins: dict[str, str], run: str) -> dict[str, Any]:
    """What a driver is told to do: every call with its full URL."""
    return {
        "scenarios": [
            {
                "id": s.id,
                "timeout": s.timeout,
                "calls": [
                    {
                        "method": c.method,
                        "url": f"{origins['A']}/{run}/{s.id}/{c.path}",
                        "headers": [list(h) for h in c.headers],
                        "body": c.body,
                        "body_size": c.body_size,
                        "auth": list(c.auth) if c.auth else None,
                        "delay": c.delay,
                        "navigation": c.navigation,
                        "redirect": c.redirect,
                        "credentials": c.credentials,
                        "look": c.look,
                        "after": c.after,
                    }
                    for c in s.calls
                ],
            }
            for s in scenarios
        ]
    }


def time_bound(client: Client, scenarios: list[Scenario]) -> float:
    return client.warmup + sum(s.timeout * len(s.calls) + sum(c.delay + c.after for c in s.calls) + 0.5 for s in scenarios)


def drive(client: Client, scenarios: list[Scenario], server: TestServer) -> tuple[str, dict[str, dict[str, Any]]]:
    """Start the client's driver once, for every scenario; its version and its answers by id. The
    driver (and the browser it starts) is a process group of its own, stopped at the time bound."""
    with tempfile.TemporaryDirectory() as folder, running(client, Setup(Path(folder), 0, int(server.origins["A"].rsplit(":", 1)[1]), 0)):
        plan_file = Path(folder) / "plan.json"
        plan_file.write_text(json.dumps(plan(scenarios, server.origins, client.key)))
        out_file = Path(folder) / "out.jsonl"
        with open(out_file, "w") as out, open(Path(folder) / "err.txt", "w") as err:
            process = spawn(client.argv(plan_file), Path(folder), out, err, {**os.environ, "NO_PROXY": "*", "no_proxy": "*"})
            try:
                process.wait(time_bound(client, scenarios))
            except subprocess.TimeoutExpired:
                pass
            finally:
                stop(process, signal.SIGKILL)
        lines = [json.loads(line) for line in out_file.read_text().splitlines() if line.startswith("{")]
        if not lines or "version" not in lines[0]:
            raise RunError(f"{client.key} ({client.name}) did not start; its log: {(Path(folder) / 'err.txt').read_text()[-2000:]}")
        return lines[0]["version"], {line["id"]: line for line in lines[1:] if "id" in line}


def operating_system() -> str:
    name = platform.system()
    try:
        for row in Path("/etc/os-release").read_text().splitlines():
            if row.startswith("PRETTY_NAME="):
                name = row.split("=", 1)[1].strip('"')
    except OSError:
        pass
    return f"{name} {platform.machine()}"


def measure(client: Client, every: list[Scenario], server: TestServer) -> dict[str, Any]:
    started = time.monotonic()
    scenarios = [s for s in every if client.runs(s)]
    version, answers = drive(client, scenarios, server)
    unserved = [s for s in server.recorder.unserved if f"/{client.key}/" in s.target]
    broken = [s for s in unserved if not s.bounded]
    if broken:
        raise RunError(f"{client.key}: requests no scenario could serve: " + "; ".join(f"{s.target}: {s.reason}" for s in broken))
    results = []
    for s in scenarios:
        answer = answers.get(s.id, {"calls": [{"error": "NoAnswer: the driver stopped at the time bound"}]})
        results.append(outcome(s, client.key, answer, server.recorder.take(client.key, s.id), server.origins))
    return CLIENT_RESULTS.record(
        {
            "client": client.name,
            "key": client.key,
            "config": client.config,
            "kind": client.kind,
            "version": version,
            "os": operating_system(),
            "date": datetime.datetime.now(datetime.UTC).date().isoformat(),
            "seconds": round(time.monotonic() - started, 1),
            "results": results,
        }
    )


def write(data: dict[str, Any], folder: Path, form: Format) -> Path:
    """The results file `<key>.json` in `folder`, written as its format says, swapped in whole."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{data['key']}.json"
    temporary = path.with_suffix(".tmp")
    temporary.write_text(form.text(data), encoding="utf-8")
    temporary.replace(path)
    return path


def arguments(description: str | None, results: Path, names: str, argv: list[str] | None) -> argparse.Namespace:
    """The command line both harnesses share: --out, --jobs, --only and the keys to measure."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--out", type=Path, default=results)
    parser.add_argument("--jobs", type=int, default=4)
    parser.add_argument("--only", action="append", help="just this scenario id (a trial: use with --out elsewhere)")
    parser.add_argument(names, nargs="*")
    args = parser.parse_args(argv)
    if args.only and args.out.resolve() == results.resolve():
        parser.error(f"--only writes results with some scenarios missing: give --out a folder other than {results.relative_to(ROOT)}")
    return args


def main(argv: list[str] | None = None) -> int:
    args = arguments(__doc__, RESULTS, "clients", argv)
    chosen = [c for c in CLIENTS if not args.clients or c.key in args.clients]
    missing = [c.key for c in chosen if not c.available()]
    if missing:
        print(f"measure: not installed, not measured: {', '.join(missing)}", file=sys.stderr)
    scenarios = [s for s in all_scenarios() if not args.only or s.id in args.only]
    failures = 0
    started = time.monotonic()
    with TestServer(scenarios) as server, ThreadPoolExecutor(args.jobs) as pool:
        # the longest first (the browsers), so that the short ones fill in beside them
        longest = sorted((c for c in chosen if c.available()), key=lambda c: -time_bound(c, [s for s in scenarios if c.runs(s)]))
        jobs = {c.key: pool.submit(measure, c, scenarios, server) for c in longest}
        for key, job in jobs.items():
            try:
                data = job.result()
            except RunError as error:
                print(f"measure: {error}", file=sys.stderr)
                failures += 1
                continue
            print(f"measure: {key} {data['version']}: {len(data['results'])} scenarios in {data['seconds']} s -> {write(data, args.out, CLIENT_RESULTS)}")
    print(f"measure: {len(jobs) - failures} client configurations x {len(scenarios)} scenarios in {time.monotonic() - started:.0f} s (target: under 360 s)")
    return 1 if failures or missing else 0


if __name__ == "__main__":
    sys.exit(main())
