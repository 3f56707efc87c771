"""How long an author and CI wait, side by side with Hugo on the same pages: `make bench`.

Everything is generated into a temporary folder (the real site copied, the 500-page site of
bench/large_site.py, and the equivalent Hugo site of each, bench/hugo_site.py) and deleted
afterwards. By the method of bench/method.py (rounds alternating ours and Hugo's, the median
of the per-round ratios, refused when Hugo's own times are not steady), it prints:
- full builds (`python build.py build` and `hugo`, each a whole process) of both sites, with
  the peak memory of each;
- the edit loop beside `hugo server` (bench/edit_loop.py): from saving a content file, a
  template, the stylesheet or a new code file to the server answering with the changed page;
- save-to-reload: from saving a file to the page open in headless Chromium showing the change;
- the profile of a full build, step by step (bench/profile_build.py).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import partial
from itertools import count
from pathlib import Path

from edit_loop import SETTLE, Change, Server, code_name, drop_new_codes, hugo_changes, hugo_server, our_changes, ours
from hugo_site import make_hugo_site
from large_site import make_large_site
from method import ATTEMPTS, MAX_SPREAD, ROUNDS, Paired, paired, seconds, steady_series
from profile_build import PYTHON_ENV, print_profile

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]  # the tests' helpers drive the build, server and browser

from checks.browser import chromium  # noqa: E402
from conftest import BUILD, copy_project  # noqa: E402


@dataclass(frozen=True)
class Sample:
    seconds: float
    peak_mb: float
    cpu: float  # user and system time of the process and the children it waited for


@dataclass(frozen=True)
class Job:
    """One full build to time: a command run from a folder into a fresh output folder."""

    label: str
    command: list[str]
    cwd: Path
    out: Path


def run_build(job: Job) -> Sample:
    """Time one whole build process and read its peak memory (max RSS) from the kernel."""
    shutil.rmtree(job.out, ignore_errors=True)
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        process = subprocess.Popen(job.command, cwd=job.cwd, stdout=subprocess.DEVNULL, stderr=errors, env=PYTHON_ENV)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            errors.seek(0)
            raise SystemExit(f"{job.label} failed:\n{errors.read().decode(errors='replace')}")
    return Sample(seconds, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime)


@dataclass(frozen=True)
class Edit:
    """A change an author saves: `text` (after `before`) in `file` gets a numbered suffix."""

    label: str
    file: str
    before: str
    text: str
    page: str = "404/"

    def write(self, project: Path, number: int) -> str:
        """Save the edit; return the text the changed page will show."""
        path = project / self.file
        marker = f"{self.text}, edit {number}"
        path.write_text(path.read_text(encoding="utf-8").replace(self.before + self.text, self.before + marker, 1), encoding="utf-8")
        return marker


def content_edit(project: Path) -> Edit:
    """Rename code 404, whatever it is called in `project`: its page and the pages listing it change."""
    name = code_name(project / "content/codes/404.md").removeprefix("name: ")
    return Edit("content file", "content/codes/404.md", "name: ", name)


TEMPLATE_EDIT = Edit("template", "templates/base.html", ">", "Skip to content")


def reload_times(project: Path, edit: Edit, runs: int) -> list[float]:
    """Seconds from saving an edit to the open page in headless Chromium showing it."""
    server = ours(project)
    original = (project / edit.file).read_text(encoding="utf-8")
    times = []
    try:
        with chromium() as browser:
            page = browser.new_page()
            page.add_init_script("document.addEventListener('LiveReloadConnect', () => { window.liveReloadConnected = true; })")
            page.goto(server.url + edit.page)
            for number in range(runs):
                time.sleep(SETTLE)  # let a reload still under way land before listening again
                page.wait_for_function("window.liveReloadConnected === true")  # listening for reloads
                started = time.perf_counter()
                marker = edit.write(project, number)
                page.wait_for_function("marker => document.body !== null && document.body.textContent.includes(marker)", arg=marker, timeout=30_000)
                times.append(time.perf_counter() - started)
                time.sleep(SETTLE)
                page.wait_for_function("window.liveReloadConnected === true")
                (project / edit.file).write_text(original, encoding="utf-8")
                page.wait_for_function("marker => document.body !== null && !document.body.textContent.includes(marker)", arg=marker, timeout=30_000)
    finally:
        server.stop()
        (project / edit.file).write_text(original, encoding="utf-8")
    return times


def machine() -> str:
    cpu = next(
        (line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines() if line.startswith("model name")), platform.processor()
    )
    memory_kb = int(next(line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal")))
    hugo = subprocess.run(["hugo", "version"], capture_output=True, text=True).stdout.split()[1]
    return (
        f"{cpu}, {os.cpu_count()} cores, {memory_kb / 1024 / 1024:.0f} GiB RAM; "
        f"Python {platform.python_version()}, Hugo {hugo}; load average {os.getloadavg()[0]:.2f} at the start"
    )


def full_build_series(ours_job: Job, hugo_job: Job, samples: dict[str, list[Sample]], rounds: int) -> Paired:
    """Our build and Hugo's, alternating, ROUNDS rounds after a warm-up; every sample kept in `samples`."""

    def timed(job: Job) -> Callable[[int], float]:
        def run(number: int) -> float:
            sample = run_build(job)
            samples.setdefault(job.label, []).append(sample)
            return sample.seconds

        return run

    return paired(timed(ours_job), timed(hugo_job), rounds)


def edit_series(mine: Server, theirs: Server, change: Change, hugo_change: Change, numbers: tuple[Iterator[int], Iterator[int]], rounds: int) -> Paired:
    """One kind of save, timed on both servers alternately; the server not being timed is stopped.
    `numbers`: each server's edit numbers, never used twice (no answer can be left from another)."""

    gauge: list[float] = []

    def on(server: Server, other: Server, this: Change) -> Callable[[int], float]:
        def run(_: int) -> float:
            other.pause()
            server.resume()
            time.sleep(SETTLE)  # a resumed server finishes what the last round left (ours: the pages not asked for)
            before = len(server.rebuilds())
            seconds = this.time(server, next(numbers[0] if server is mine else numbers[1]))
            if server is theirs:  # the rebuild the save started: the first reported after it
                server.wait(lambda: len(server.rebuilds()) > before, 10)
                gauge.append(server.rebuilds()[before])
            return seconds

        return run

    # hugo server hands on file events at each tick of a 500 ms timer (gohugoio/hugo's
    # watcher/batcher.go), so its save-to-page times spread over half a second by design: its
    # steadiness is judged by the rebuild times it reports, which are the same work every round
    # (their range against its median save-to-page time: a few milliseconds of a 50 ms rebuild
    # are a large share of it, but not of the figure).
    series = paired(on(mine, theirs, change), on(theirs, mine, hugo_change), rounds)
    return replace(series, gauge=tuple(gauge[-rounds:]))


def report(label: str, series: Paired, target: float | None, unit: str, hugo_name: str = "Hugo") -> None:
    """Print our times, Hugo's, the ratio (or why none) and the target's verdict."""
    row(label, seconds(series.ours))
    row(f"{label}, {hugo_name}", seconds(series.hugo), f"spread {series.hugo_spread:.0%}" + (" (of the rebuild times it reported)" if series.gauge else ""))
    low, high = min(series.ratios), max(series.ratios)
    if not series.steady:
        row(f"{label}, ratio", "refused", f"Hugo's times spread over {MAX_SPREAD:.0%}: the machine was not steady")
        return
    figure = series.ratio if unit == "x" else statistics.median(series.ours)
    note = f"(ratios {low:.2f}-{high:.2f}; load {series.load_before:.2f} -> {series.load_after:.2f})"
    if target is not None:
        note += f"  target {'<= ' + format(target, '.1f') + ' x' if unit == 'x' else '<= ' + format(target, '.1f') + ' s'}: {verdict(figure <= target)}"
    row(f"{label}, ratio to {hugo_name}", f"{series.ratio:.2f} x", note)


# Targets (issue #27): the full build against Hugo's, and our edit loop in seconds.
BUILD_TARGETS = {"real": 1.2, "large": 1.0}
EDIT_TARGETS = {("real", "content edit"): 0.1, ("real", "template edit"): 0.3, ("large", "content edit"): 0.2}


def main() -> None:
    parser = argparse.ArgumentParser(description="Benchmark the build and the edit loop against Hugo's on the same pages.")
    parser.add_argument("--no-browser", action="store_true", help="skip the save-to-reload measure in Chromium")
    parser.add_argument("--no-edit-loop", action="store_true", help="skip the edit loop beside hugo server")
    parser.add_argument("--no-profile", action="store_true", help="skip the step-by-step profile")
    parser.add_argument("--rounds", type=int, default=ROUNDS, help=f"timed rounds of each series (default and least for reported figures: {ROUNDS})")
    args = parser.parse_args()
    if not shutil.which("hugo"):
        raise SystemExit("hugo is not installed: `make bench` installs Debian's hugo")

    say = lambda text: print(text, flush=True)  # noqa: E731
    say(f"machine: {machine()}")
    say(f"method: {args.rounds} rounds after a warm-up, ours and Hugo's alternating in each; the median of the per-round ratios;")
    say(f"        refused (and run again, at most {ATTEMPTS} series) when Hugo's own times spread over {MAX_SPREAD:.0%} (max - min over median)")
    with tempfile.TemporaryDirectory(prefix="statussite-bench-") as temp:
        work = Path(temp)
        real = copy_project(work / "real")
        large = make_large_site(work / "large")
        sites = {"real": (real, make_hugo_site(real, work / "hugo-real")), "large": (large, make_hugo_site(large, work / "hugo-large"))}
        names = {"real": f"real site ({len(list((real / 'content/codes').glob('*.md')))} codes)", "large": "500-page site"}

        say(f"\nfull build, whole process, median of {args.rounds} (min-max)")
        samples: dict[str, list[Sample]] = {}
        for key, (project, hugo_site) in sites.items():
            ours_job = Job(names[key], [sys.executable, str(BUILD), "build", "--out", str(work / f"out-{key}")], project, work / f"out-{key}")
            hugo_job = Job(f"{names[key]}, Hugo", ["hugo", "--quiet", "--destination", str(work / f"hugo-out-{key}")], hugo_site, work / f"hugo-out-{key}")
            series = steady_series(names[key], partial(full_build_series, ours_job, hugo_job, samples, args.rounds), say)
            report(names[key], series, BUILD_TARGETS[key], "x")
            peak, hugo_peak = (max(sample.peak_mb for sample in samples[job.label]) for job in (ours_job, hugo_job))
            row(f"{names[key]}, peak memory", f"{peak:.0f} MB", f"Hugo {hugo_peak:.0f} MB  (target < 150 MB: {verdict(peak < 150)})")
            cpu, hugo_cpu = (statistics.median(sample.cpu for sample in samples[job.label]) for job in (ours_job, hugo_job))
            row(
                f"{names[key]}, CPU time (user + system)",
                f"{cpu:.2f} s",
                f"Hugo {hugo_cpu:.2f} s: {cpu / hugo_cpu:.2f} x (all runs; less moved by load than wall time)",
            )

        if not args.no_edit_loop:
            edit_loop(sites, names, args.rounds, say)

        if not args.no_browser:
            say(f"\nsave-to-reload: from saving a file to the open page in Chromium showing it (median of {args.rounds})")
            for edit in (content_edit(real), TEMPLATE_EDIT):
                times = reload_times(real, edit, args.rounds)
                row(
                    f"real site, edit one {edit.label}",
                    f"{statistics.median(times):.2f} s",
                    f"({min(times):.2f}-{max(times):.2f})  (target < 1 s: {verdict(statistics.median(times) < 1)})",
                )

    if not args.no_profile:
        say("\nprofile: a full build step by step in one process (CPU time; the build shares rendering with a worker)")
        print_profile(5)


def edit_loop(sites: dict[str, tuple[Path, Path]], names: dict[str, str], rounds: int, say: Callable[[str], None]) -> None:
    """Each of our changes beside the same change to `hugo server`, on both sites."""
    say(f"\nedit loop: from saving a file to the server answering with the changed page, median of {rounds} (min-max)")
    drop_new_codes(sites["large"][0])  # the codes the edit loop adds, one a round
    drop_new_codes(sites["large"][1])
    names["large"] = f"500-page site ({len(list((sites['large'][0] / 'content/codes').glob('*.md')))} codes)"
    for key, (project, hugo_site) in sites.items():
        mine, theirs = ours(project), hugo_server(hugo_site)
        try:
            mine_changes, their_changes = our_changes(project), hugo_changes(hugo_site)
            for kind, change in mine_changes.items():
                label = f"{names[key]}, {kind}"
                series = steady_series(label, partial(edit_series, mine, theirs, change, their_changes[kind], (count(), count()), rounds), say)
                report(label, series, None, "s", "hugo server")
                target = EDIT_TARGETS.get((key, kind))
                if target is not None:
                    ours_median = statistics.median(series.ours)
                    row(f"{label}, target", f"<= {target} s", f"{verdict(ours_median <= target)} ({ours_median:.3f} s)")
        finally:
            mine.stop()
            theirs.stop()
            drop_new_codes(project)
            drop_new_codes(hugo_site)


def row(label: str, value: str, note: str = "") -> None:
    print(f"  {label:<48}{value:>26}  {note}".rstrip(), flush=True)


def verdict(met: bool) -> str:
    return "met" if met else "MISSED"


if __name__ == "__main__":
    main()
