"""How long an author and CI wait, side by side with Hugo on the same pages: `make bench`.

Prints, each the median of several runs:
- full builds (`python build.py build`, the whole process from interpreter start) of the real
  site and of the 500-page site (bench/large_site.py), with the peak memory of each, and
  Hugo's builds of the equivalent Hugo sites (bench/hugo_site.py) measured in the same runs;
- the dev server's rebuild after editing one content file and after editing one template:
  from writing the file to the server answering with the changed page;
- save-to-reload: from writing a file to the page open in headless Chromium showing the change;
- the profile of a full build, step by step (bench/profile_build.py).

Everything is generated into a temporary folder and deleted afterwards.
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
from dataclasses import dataclass
from pathlib import Path

from hugo_site import make_hugo_site
from large_site import make_large_site
from profile_build import PYTHON_ENV, print_profile

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]  # the tests' helpers drive the build, server and browser

from checks.browser import chromium  # noqa: E402
from conftest import BUILD, copy_project  # noqa: E402
from test_serve import fetch, free_port  # noqa: E402


@dataclass(frozen=True)
class Sample:
    seconds: float
    peak_mb: float


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
    return Sample(seconds, usage.ru_maxrss / 1024)


def full_builds(jobs: list[Job], runs: int) -> dict[str, list[Sample]]:
    """Every job once per round, rounds repeated, so noise on a shared machine hits all alike."""
    samples: dict[str, list[Sample]] = {job.label: [] for job in jobs}
    for job in jobs:  # one untimed warm-up each: first runs pay for cold disk caches
        run_build(job)
    for _ in range(runs):
        for job in jobs:
            samples[job.label].append(run_build(job))
    return samples


class DevServer:
    """`python build.py serve` on a free port, started and stopped by this process."""

    def __init__(self, project: Path):
        port = free_port()
        self.url = f"http://127.0.0.1:{port}/"
        self.process = subprocess.Popen(
            [sys.executable, str(BUILD), "serve", "--port", str(port)],
            cwd=project,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=PYTHON_ENV,
        )
        self.wait_for("404/", lambda text: "<h1>" in text, 60)

    def wait_for(self, path: str, condition, seconds: float = 30) -> float:
        """Poll until the page at `path` satisfies `condition`; return when it first did."""
        deadline = time.perf_counter() + seconds
        while time.perf_counter() < deadline:
            if self.process.poll() is not None:
                raise SystemExit("the dev server exited")
            if condition(fetch(self.url + path)):
                return time.perf_counter()
            time.sleep(0.01)
        raise SystemExit(f"timed out waiting for {self.url}{path}")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


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
    lines = (project / "content/codes/404.md").read_text(encoding="utf-8").split("\n")
    name = next(line for line in lines if line.startswith("name: ")).removeprefix("name: ")
    return Edit("content file", "content/codes/404.md", "name: ", name)


TEMPLATE_EDIT = Edit("template", "templates/base.html", ">", "Skip to content")


def rebuild_times(project: Path, edits: list[Edit], runs: int) -> dict[str, list[float]]:
    """Seconds from saving an edit to the dev server answering with the changed page."""
    server = DevServer(project)
    times: dict[str, list[float]] = {edit.label: [] for edit in edits}
    try:
        for number in range(runs):
            for edit in edits:
                original = (project / edit.file).read_text(encoding="utf-8")
                time.sleep(0.2)
                started = time.perf_counter()
                marker = edit.write(project, number)
                shown = server.wait_for(edit.page, lambda text, marker=marker: marker in text)
                times[edit.label].append(shown - started)
                (project / edit.file).write_text(original, encoding="utf-8")
                server.wait_for(edit.page, lambda text, marker=marker: marker not in text and "<h1>" in text)
    finally:
        server.stop()
    return times


def reload_times(project: Path, edit: Edit, runs: int) -> list[float]:
    """Seconds from saving an edit to the open page in headless Chromium showing it."""
    server = DevServer(project)
    original = (project / edit.file).read_text(encoding="utf-8")
    times = []
    try:
        with chromium() as browser:
            page = browser.new_page()
            page.add_init_script("document.addEventListener('LiveReloadConnect', () => { window.liveReloadConnected = true; })")
            page.goto(server.url + edit.page)
            for number in range(runs):
                page.wait_for_function("window.liveReloadConnected === true")  # listening for reloads
                started = time.perf_counter()
                marker = edit.write(project, number)
                page.wait_for_function("marker => document.body.textContent.includes(marker)", arg=marker, timeout=30_000)
                times.append(time.perf_counter() - started)
                page.wait_for_function("window.liveReloadConnected === true")
                (project / edit.file).write_text(original, encoding="utf-8")
                page.wait_for_function("marker => !document.body.textContent.includes(marker)", arg=marker, timeout=30_000)
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


def median(values: list[float]) -> float:
    return statistics.median(values)


def main() -> None:
    parser = argparse.ArgumentParser(description="Benchmark the build, the dev server and Hugo on the same pages.")
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each full build and each edit (default: 5)")
    parser.add_argument("--no-browser", action="store_true", help="skip the save-to-reload measure in Chromium")
    args = parser.parse_args()
    if not shutil.which("hugo"):
        raise SystemExit("hugo is not installed: `make bench` installs Debian's hugo")

    print(f"machine: {machine()}", flush=True)
    with tempfile.TemporaryDirectory(prefix="statussite-bench-") as temp:
        work = Path(temp)
        real = copy_project(work / "real")
        large = make_large_site(work / "large")
        hugo_real = make_hugo_site(real, work / "hugo-real")
        hugo_large = make_hugo_site(large, work / "hugo-large")
        ours = [sys.executable, str(BUILD), "build", "--out"]
        hugo = ["hugo", "--quiet", "--destination"]
        real_label = f"real site ({len(list((real / 'content/codes').glob('*.md')))} codes)"
        jobs = [
            Job(real_label, ours + [str(work / "out-real")], real, work / "out-real"),
            Job("real site, Hugo", hugo + [str(work / "hugo-out-real")], hugo_real, work / "hugo-out-real"),
            Job("500-page site", ours + [str(work / "out-large")], large, work / "out-large"),
            Job("500-page site, Hugo", hugo + [str(work / "hugo-out-large")], hugo_large, work / "hugo-out-large"),
        ]
        samples = full_builds(jobs, args.runs)
        print(f"\nfull build, whole process (median of {args.runs} rounds; min-max)")
        for job in jobs:
            times = [sample.seconds for sample in samples[job.label]]
            peak = max(sample.peak_mb for sample in samples[job.label])
            note = f"{peak:4.0f} MB peak" + ("" if "Hugo" in job.label else f" (target < 150 MB: {verdict(peak < 150)})")
            row(job.label, f"{median(times):.2f} s", f"({min(times):.2f}-{max(times):.2f})  {note}")
        for ours_job, hugo_job, target in ((jobs[0], jobs[1], 1.5), (jobs[2], jobs[3], 2.0)):
            # Each round's pair ran back to back, so the ratio of a pair is fair even when the load changes.
            ratio = median([a.seconds / b.seconds for a, b in zip(samples[ours_job.label], samples[hugo_job.label])])
            row(f"ratio to Hugo, {ours_job.label}", f"{ratio:.2f} x", f"(target {target} x: {verdict(ratio <= target)})")

        print(f"\ndev server, from saving a file to the server answering with the changed page (median of {args.runs})")
        for name, project in (("real site", real), ("500-page site", large)):
            for label, times in rebuild_times(project, [content_edit(project), TEMPLATE_EDIT], args.runs).items():
                row(f"{name}, edit one {label}", f"{median(times):.2f} s", f"({min(times):.2f}-{max(times):.2f})")

        if not args.no_browser:
            print(f"\nsave-to-reload: from saving a file to the open page in Chromium showing it (median of {args.runs})")
            for edit in (content_edit(real), TEMPLATE_EDIT):
                times = reload_times(real, edit, args.runs)
                row(
                    f"real site, edit one {edit.label}",
                    f"{median(times):.2f} s",
                    f"({min(times):.2f}-{max(times):.2f})  (target < 1 s: {verdict(median(times) < 1)})",
                )

    print("\nprofile: a full build step by step in one process (CPU time; the build shares rendering with a worker)")
    print_profile(args.runs)


def row(label: str, value: str, note: str = "") -> None:
    print(f"  {label:<44}{value:>8}  {note}".rstrip(), flush=True)


def verdict(met: bool) -> str:
    return "met" if met else "MISSED"


if __name__ == "__main__":
    main()
