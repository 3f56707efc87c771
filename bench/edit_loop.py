"""The edit loop, ours beside `hugo server`: from saving a file to the server answering with the
changed page, for a content edit, a template edit, a CSS edit and a new code file.

Both servers run for the whole series, but only the one being timed runs: the other is
stopped (SIGSTOP) so that its file watching takes no CPU from it. Each edit is undone after it
is timed, and the undo is waited for, so every round starts from the same tree. A new code
file is not deleted until the series ends (`hugo server` keeps serving a deleted page, so its
deletion cannot be waited for): each round adds another, numbered from NEW_CODES, to both sites.

Run on its own, it times our server alone (no Hugo), on a copy of the real site or of the
500-page site: `python bench/edit_loop.py [--site real|500] [--change "content edit"] [--rounds 7]`.
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from large_site import make_large_site, renumbered
from profile_build import PYTHON_ENV

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "build.py"
# Seconds between resuming a server (or the last round) and saving: an author saves again after
# looking, not at once, and a server finishes what the last round left (ours: the pages not asked for).
SETTLE = 0.3
# No page on the real site, and none registered, so no content links to them: the 500-page site drops them.
NEW_CODES = range(270, 300)
STYLESHEET = re.compile(r'<link rel="stylesheet" href="([^"]+)"')
POLL = 0.002  # seconds between requests while waiting: small beside what is measured
REBUILT = re.compile(r"^Total in (\d+) ms$", re.M)


def fetch(url: str) -> str:
    """The body of a 200 answer, or "" for anything else."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return str(response.read().decode("utf-8"))
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return ""


def free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Server:
    """A dev server on a free port, started, paused, resumed and stopped by this process."""

    def __init__(self, command: Callable[[int], list[str]], cwd: Path):
        port = free_port()
        self.url = f"http://127.0.0.1:{port}/"
        self.output = tempfile.TemporaryFile()  # noqa: SIM115 - closed by stop(); what the server prints (hugo server: each rebuild's time)
        self.process = subprocess.Popen(command(port), cwd=cwd, stdout=self.output, stderr=subprocess.STDOUT, env=PYTHON_ENV)
        self.wait(lambda: "<h1>" in fetch(self.url + "404/"), 120)

    def rebuilds(self) -> list[float]:
        """The seconds of each rebuild the server reported so far (`hugo server`: "Total in 45 ms")."""
        self.output.seek(0)
        return [int(ms) / 1000 for ms in REBUILT.findall(self.output.read().decode("utf-8", "replace"))]

    def wait(self, condition: Callable[[], bool], seconds: float = 120) -> float:
        """Poll until `condition()` holds; return the moment it first did."""
        deadline = time.perf_counter() + seconds
        while time.perf_counter() < deadline:
            if self.process.poll() is not None:
                raise SystemExit(f"the server at {self.url} exited")
            if condition():
                return time.perf_counter()
            time.sleep(POLL)
        raise SystemExit(f"timed out waiting for {self.url}")

    def pause(self) -> None:
        os.kill(self.process.pid, signal.SIGSTOP)

    def resume(self) -> None:
        os.kill(self.process.pid, signal.SIGCONT)

    def stop(self) -> None:
        self.output.close()
        self.resume()
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def ours(project: Path) -> Server:
    return Server(lambda port: [sys.executable, str(BUILD), "serve", "--port", str(port)], project)


def hugo_server(site: Path) -> Server:
    """`hugo server` as an author runs it (in memory, fast render mode, live reload)."""
    return Server(lambda port: ["hugo", "server", "--bind", "127.0.0.1", "--port", str(port), "--baseURL", "http://127.0.0.1/"], site)


@dataclass(frozen=True)
class Change:
    """One save in one site: what is written, and how to tell the server shows it (or no longer)."""

    file: Callable[[int], Path]  # the edit's number -> the file to save
    saved: Callable[[str, int], str]  # the file's original text ("" if new) and the edit's number -> text to save
    shows: Callable[[str, int], bool]  # the server's URL and the edit's number -> whether the change is served
    new: bool = False

    def time(self, server: Server, number: int) -> float:
        """Seconds from saving to the server answering with the change; then undo an edit and wait."""
        file = self.file(number)
        original = "" if self.new else file.read_text(encoding="utf-8")
        started = time.perf_counter()
        file.write_text(self.saved(original, number), encoding="utf-8")
        shown = server.wait(lambda: self.shows(server.url, number))
        if not self.new:
            file.write_text(original, encoding="utf-8")
            server.wait(lambda: not self.shows(server.url, number))
        return shown - started


def marked(old: str, marker: Callable[[int], str]) -> Callable[[str, int], str]:
    return lambda text, number: text.replace(old, old + marker(number), 1)


def page_shows(page: str, marker: Callable[[int], str]) -> Callable[[str, int], bool]:
    return lambda url, number: marker(number) in fetch(url + page)


def css_shows(url: str, number: int) -> bool:
    """The 404 page links a stylesheet (fingerprinted, so a new name) that has the new rule."""
    found = STYLESHEET.search(fetch(url + "404/"))
    return bool(found) and f"bench-edit-{number}" in fetch(urllib.parse.urljoin(url + "404/", found[1]))  # type: ignore[index]


def code_name(file: Path) -> str:
    return next(line for line in file.read_text(encoding="utf-8").split("\n") if line.startswith("name: "))


def changes(root: Path, content: str, template: str, stylesheet: str, new_code: Callable[[int], str]) -> dict[str, Change]:
    """The four saves, for a site in `root` whose 404 file is `content`, base template `template`,
    stylesheet `stylesheet`, and whose new code file for a code is `new_code(code)`."""
    name = code_name(root / content)
    return {
        "content edit": Change(lambda n: root / content, marked(name, lambda n: f", edit {n}"), page_shows("404/", lambda n: f", edit {n}")),
        "template edit": Change(
            lambda n: root / template, marked("Skip to content", lambda n: f", edit {n}"), page_shows("404/", lambda n: f"Skip to content, edit {n}")
        ),
        "CSS edit": Change(lambda n: root / stylesheet, lambda text, n: text + f"\n.bench-edit-{n} {{ color: red; }}\n", css_shows),
        "new code file": Change(
            lambda n: root / f"content/codes/{NEW_CODES[n]}.md",
            lambda text, n: new_code(NEW_CODES[n]),
            lambda url, n: "<h1" in fetch(url + f"{NEW_CODES[n]}/"),
            new=True,
        ),
    }


def our_changes(project: Path) -> dict[str, Change]:
    model = (project / "content/codes/203.md").read_text(encoding="utf-8")
    return changes(
        project, "content/codes/404.md", "templates/base.html", "static/style.css", lambda code: renumbered(model, code, range(100, 600), frozenset())
    )


def hugo_changes(site: Path) -> dict[str, Change]:
    model = (site / "content/codes/203.md").read_text(encoding="utf-8")

    def new_code(code: int) -> str:
        text = re.sub(r"^code: 203$", f"code: {code}", model, count=1, flags=re.M)
        text = re.sub(r'^title: "203 ', f'title: "{code} ', text, count=1, flags=re.M)
        return re.sub(r"^weight: 203$", f"weight: {code}", text, count=1, flags=re.M)

    return changes(site, "content/codes/404.md", "layouts/_default/baseof.html", "assets/static/style.css", new_code)


def drop_new_codes(root: Path) -> None:
    """Delete the code files NEW_CODES name (the 500-page site has them; the edit loop adds them)."""
    for code in NEW_CODES:
        (root / f"content/codes/{code}.md").unlink(missing_ok=True)


def main() -> None:
    parser = argparse.ArgumentParser(description="Time our dev server alone: from saving a file to the server answering with the change.")
    parser.add_argument("--site", choices=("real", "500"), default="real")
    parser.add_argument("--change", choices=("content edit", "template edit", "CSS edit", "new code file"), default="content edit")
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "tests"))
    from conftest import copy_project

    with tempfile.TemporaryDirectory(prefix="statussite-edit-") as temp:
        project = copy_project(Path(temp) / "real") if args.site == "real" else make_large_site(Path(temp) / "large")
        drop_new_codes(project)
        server = ours(project)
        try:
            change = our_changes(project)[args.change]
            change.time(server, 0)  # warm-up, not counted
            times = []
            for number in range(1, args.rounds + 1):
                time.sleep(SETTLE)
                times.append(change.time(server, number))
        finally:
            server.stop()
    print(
        f"{args.site} site, {args.change}: median {statistics.median(times):.3f} s "
        f"(min {min(times):.3f}, max {max(times):.3f}) of {len(times)}; load {os.getloadavg()[0]:.2f}"
    )


if __name__ == "__main__":
    main()
