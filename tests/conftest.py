"""Shared fixtures: the real project built once, and throwaway copies of it to break."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "build.py"
PROJECT_PARTS = ("content", "templates", "static", "site.toml")
CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
# Flags that keep Debian's Chromium quiet on a machine with no network (see the tooling guide).
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"]


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
        path.relative_to(folder).as_posix(): (hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "dir")
        for path in sorted(folder.rglob("*"))
    }


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The real project, built once into a fresh folder."""
    out = tmp_path_factory.mktemp("site") / "_site"
    result = run(ROOT, "build", "--out", str(out))
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture
def project(tmp_path) -> Path:
    """A private copy of the project's content, templates and static files."""
    return copy_project(tmp_path / "project")


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright (which never downloads a browser of its own)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
