"""The docset in a real viewer: Debian's Zeal on a virtual display (Xvfb), searched from its command line.

Zeal takes a query on its command line ("http:404": this docset's keyword, then the words), runs
it in its search sidebar and opens the first result. Its page view is Qt WebEngine, whose
DevTools endpoint (QTWEBENGINE_REMOTE_DEBUGGING, on 127.0.0.1) lists the open page's URL and
title: Zeal's own state, read without guessing from pixels. A screenshot of the display is taken
too, checked for the page's colours and kept as a PNG for a reader (ZEAL_SCREENSHOTS=folder).
`make test` installs zeal, xvfb and xauth when missing (`make zeal`).
"""

from __future__ import annotations

import json
import os
import re
import select
import shutil
import signal
import socket
import subprocess
import tarfile
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from x11_screen import Screenshot, screenshot

from statussite.docset_icon import png

SIZE = (1280, 800)
WAIT = 60  # seconds for Zeal to start, load the docset and open a page on a busy machine


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def stop(process: subprocess.Popen) -> None:
    """End a process we started and its children (its own session), TERM then KILL."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(10)


@contextmanager
def virtual_display() -> Iterator[str]:
    """Xvfb on a free display number (it says which on -displayfd), no TCP."""
    xvfb = shutil.which("Xvfb")
    assert xvfb, "Xvfb is missing: make zeal installs Debian's xvfb"
    process = subprocess.Popen(
        [xvfb, "-displayfd", "1", "-screen", "0", f"{SIZE[0]}x{SIZE[1]}x24", "-nolisten", "tcp"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        assert process.stdout is not None
        ready, _, _ = select.select([process.stdout], [], [], 20)
        assert ready, "Xvfb gave no display number in 20 s"
        yield ":" + process.stdout.readline().decode().strip()
    finally:
        stop(process)


def wait_for(what: str, check: Callable[[], Any], seconds: float = WAIT) -> Any:
    """Poll `check` until it returns something true; fail saying `what` after `seconds`."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = check()
        if found:
            return found
        time.sleep(0.5)
    pytest.fail(f"Zeal: {what} within {seconds} s")


def open_pages(devtools: int) -> list[dict[str, str]]:
    """The pages Zeal's web view has open, from its DevTools endpoint; [] while it is not up."""
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{devtools}/json", timeout=5) as response:
            return [page for page in json.load(response) if page.get("type") == "page"]
    except OSError:
        return []


def page_showing(devtools: int, ending: str, title: str) -> dict[str, str] | None:
    """The open page whose URL ends with `ending` once its title (loaded, not Zeal's last one) starts with `title`."""
    return next((page for page in open_pages(devtools) if page["url"].split("#")[0].endswith(ending) and page["title"].startswith(title)), None)


@pytest.fixture
def zeal_home(docset_out, tmp_path) -> Path:
    """A private HOME with Zeal's settings (docset folder, no update check) and the docset unpacked from its .tgz."""
    home = tmp_path / "home"
    docsets = home / "docsets"
    docsets.mkdir(parents=True)
    with tarfile.open(docset_out / "HTTP_Status_Codes.tgz") as archive:
        archive.extractall(docsets, filter="data")
    config = home / ".config/Zeal/Zeal.conf"
    config.parent.mkdir(parents=True)
    config.write_text(f"[General]\ncheck_for_update=false\nshow_systray_icon=false\n\n[docsets]\npath={docsets}\n", encoding="utf-8")
    return home


@pytest.fixture
def sockets() -> Iterator[Path]:
    """A short private folder for Zeal's TMPDIR and XDG_RUNTIME_DIR: its single-instance socket
    lives there, and a socket path longer than 107 bytes (as under pytest's tmp_path) is refused."""
    folder = Path(tempfile.mkdtemp(prefix="zeal-"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def zeal_environment(home: Path, sockets: Path, display: str, devtools: int) -> dict[str, str]:
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local/share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_RUNTIME_DIR": str(sockets),
        "TMPDIR": str(sockets),  # Zeal's single-instance socket, away from any other Zeal
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "QTWEBENGINE_REMOTE_DEBUGGING": f"127.0.0.1:{devtools}",
        "QTWEBENGINE_DISABLE_SANDBOX": "1",  # Chromium's sandbox cannot start as root in a container
    }


def keep(shot: Screenshot, name: str, folder: Path) -> Path:
    """Write the screenshot as PNG into `folder` and, when ZEAL_SCREENSHOTS names a folder, there too."""
    data = png(shot.width, shot.height, shot.rgba)
    path = folder / name
    path.write_bytes(data)
    if os.environ.get("ZEAL_SCREENSHOTS"):
        kept = Path(os.environ["ZEAL_SCREENSHOTS"])
        kept.mkdir(parents=True, exist_ok=True)
        (kept / name).write_bytes(data)
    return path


def colours(shot: Screenshot) -> set[tuple[int, int, int]]:
    return {shot.pixel(x, y) for x in range(0, shot.width, 4) for y in range(0, shot.height, 4)}


def test_zeal_finds_404_and_a_go_constant_and_opens_their_pages(zeal_home, sockets, tmp_path):
    zeal = shutil.which("zeal")
    assert zeal, "zeal is missing: make zeal installs Debian's zeal"
    devtools = free_port()
    with virtual_display() as display:
        environment = zeal_environment(zeal_home, sockets, display, devtools)
        log = (tmp_path / "zeal.log").open("wb")
        primary = subprocess.Popen([zeal, "http:404"], env=environment, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            opened = wait_for("the 404 page did not open", lambda: page_showing(devtools, "/404/index.html", "404 Not Found"))
            # Zeal serves the docset's Documents folder from its own loopback server, under the docset's name.
            assert "/http_status_codes/404/index.html" in opened["url"]
            with urllib.request.urlopen(opened["url"], timeout=10) as response:
                assert re.search(r"<h1\b.*?404.*?Not Found.*?</h1>", response.read().decode("utf-8"), re.DOTALL)
            time.sleep(1)  # the page paints
            first = screenshot(display)
            keep(first, "zeal-404.png", tmp_path)
            # The site's blue (links, the brand) is on screen, and far more than a blank window's few colours.
            seen = colours(first)
            assert len(seen) > 50
            assert any(b > 120 and b > r + 60 and b > g + 20 for r, g, b in seen), "no blue on screen: the page's styles did not apply"

            # A second query goes to the running Zeal (its single-instance socket), as a reader's would.
            second = subprocess.run([zeal, "http:StatusTooManyRequests"], env=environment, capture_output=True, timeout=30)
            assert second.returncode == 0, second.stderr
            assert b"Starting as a secondary instance" in second.stderr and b"Cannot connect" not in second.stderr, second.stderr
            opened = wait_for("the 429 page did not open", lambda: page_showing(devtools, "/429/index.html", "429 Too Many Requests"))
            assert opened["url"].endswith("/429/index.html#constants")
            assert len(open_pages(devtools)) == 1, "the result opened in the same tab"
            time.sleep(1)
            keep(screenshot(display), "zeal-429.png", tmp_path)
            assert primary.poll() is None, "Zeal is still running"
        finally:
            stop(primary)
            log.close()
    output = (tmp_path / "zeal.log").read_text(encoding="utf-8", errors="replace")
    assert "HTTP_Status_Codes.docset/Contents/Resources/Documents" in output, output[-2000:]
