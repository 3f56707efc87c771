"""Shared fixtures: the real project built once, and throwaway copies of it to break."""

from __future__ import annotations

import functools
import hashlib
import os
import shutil
import subprocess
import sys
import threading
import zipfile
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
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


def console_errors(page) -> list[str]:
    """A list that fills with the page's console errors and uncaught exceptions."""
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    return errors


@contextmanager
def http_server(folder: Path, handler_class: type[SimpleHTTPRequestHandler] | None = None):
    """Serve `folder` on a free loopback port for as long as the block runs; yields its URL."""
    handler = functools.partial(handler_class or QuietHandler, directory=str(folder))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args) -> None:  # noqa: A002 - the base class's name
        pass


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
