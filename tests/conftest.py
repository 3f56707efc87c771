"""Shared fixtures: the real project built once, and throwaway copies of it to break."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from checks.browser import chromium
from checks.server import serving as http_server  # noqa: F401 - shared with the tests that import it
from checks.tools import CHROMIUM, CHROMIUM_ARGS  # noqa: F401 - the same browser for tests, gates and benchmarks

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "build.py"
PROJECT_PARTS = ("content", "templates", "static", "site.toml")


def run(cwd: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    """Run `python build.py ARGS` as an author would, from the project folder `cwd`."""
    return subprocess.run([sys.executable, str(BUILD), *args], cwd=cwd, capture_output=True, text=True, timeout=timeout)


def copy_project(target: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, target / part)
        else:
            shutil.copy2(source, target / part)
    return target


def tree_digest(folder: Path) -> dict[str, str]:
    """Every file and folder under `folder` with a hash of its bytes, to prove nothing changed."""
    return {
        path.relative_to(folder).as_posix(): (hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "dir") for path in sorted(folder.rglob("*"))
    }


def written(tmp_path_factory, command: str, name: str) -> Path:
    """What `build.py COMMAND --out` writes from the real project, into a fresh folder."""
    out = tmp_path_factory.mktemp(command) / name
    result = run(ROOT, command, "--out", str(out))
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The real project, built once into a fresh folder."""
    return written(tmp_path_factory, "build", "_site")


@pytest.fixture
def project(tmp_path) -> Path:
    """A private copy of the project's content, templates and static files."""
    return copy_project(tmp_path / "project")


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright (which never downloads a browser of its own)."""
    with chromium() as browser:
        yield browser


def console_errors(page) -> list[str]:
    """A list that fills with the page's console errors and uncaught exceptions."""
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    return errors


@pytest.fixture(scope="session")
def served(site):
    """The built site over http://127.0.0.1, as a host serves it."""
    with http_server(site) as url:
        yield url


@pytest.fixture(scope="session")
def offline(tmp_path_factory) -> Path:
    """The offline bundle, written by `build.py bundle` and unzipped: open it from file://."""
    folder = tmp_path_factory.mktemp("offline")
    result = run(ROOT, "bundle", "--out", str(folder / "site.zip"))
    assert result.returncode == 0, result.stderr
    with zipfile.ZipFile(folder / "site.zip") as archive:
        archive.extractall(folder / "unzipped")
    return folder / "unzipped"


@pytest.fixture(scope="session")
def docset_out(tmp_path_factory) -> Path:
    """The folder `build.py docset` writes: the .docset, its .tgz, docset.json, README and icons."""
    return written(tmp_path_factory, "docset", "out")


# tests/test_constants.py: names checked per library, and what else a library was checked against.
COUNTS = pytest.StashKey[dict]()
AGAINST = pytest.StashKey[dict]()


def pytest_terminal_summary(terminalreporter, config):
    """tests/test_constants.py: how many names were checked against which library."""
    counts, against = config.stash.get(COUNTS, {}), config.stash.get(AGAINST, {})
    if not counts:
        return
    checked = {key: number for key, number in counts.items() if number}
    terminalreporter.section("library constants")
    terminalreporter.write_line(
        f"{len(checked)} libraries x {sum(checked.values())} names checked against the installed library: "
        + ", ".join(f"{key} {number}" for key, number in sorted(checked.items()))
    )
    for key, where in sorted(against.items()):
        terminalreporter.write_line(f"  {key}: {'only ' if key not in checked else 'also '}against {where}")
