"""What every measured server or proxy shares: its configuration written to a temp folder, a free
loopback port, start-up as an unprivileged user with a bounded readiness wait, and teardown of
its whole process group. A start failure is an error naming the software and quoting its log."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from ..caller import Piece, call

NOBODY = 65534
READY_WITHIN = 20.0  # seconds a subject may take to answer its first request
MB = 1024 * 1024


class StartError(RuntimeError):
    """A subject did not start or did not answer: never a skipped row."""


@dataclass(frozen=True)
class Setup:
    """Where a subject runs and what its configuration must say (the scenarios' needs)."""

    folder: Path
    port: int  # where the subject listens, on 127.0.0.1
    upstream: int  # the loopback test server (proxies only)
    dead: int  # a port nothing listens on: requests under /dead/ go there
    timeout: int = 2  # seconds: the upstream timeout a scenario names
    body_limit: int = MB  # bytes: the request body limit a scenario names


@dataclass(frozen=True)
class Software:
    """One server or proxy, declared once: how to configure, start, stop and version it."""

    key: str
    name: str
    role: str  # "proxy" (in front of the test server) or "origin" (answers on its own)
    package: str  # Debian package (installed by make measure-servers), or "pypi:<name>"
    command: str  # the program that must be on PATH
    files: Callable[[Setup], dict[str, str]]  # configuration files, by name inside the folder
    argv: Callable[[Setup], list[str]]
    caches: bool = False
    stop: signal.Signals = signal.SIGTERM
    logs: tuple[str, ...] = ()  # log files inside the folder quoted when it fails to start
    writable: tuple[str, ...] = ()  # folders the software writes to (created, owned by nobody)
    build: Callable[[Setup], list[str]] | None = None  # run once as the caller first (a Go build)
    shown: tuple[str, ...] = ()  # which files the page shows as the configuration (default: all)
    versioned: str = ""  # the package whose version is the software's, when `package` is a metapackage

    def available(self) -> bool:
        return shutil.which(self.command) is not None

    def config_text(self, setup: Setup) -> str:
        """The configuration as published: every file, ports and the folder replaced by names."""
        files = self.files(setup)
        names = self.shown or tuple(files)
        text = "\n".join(f"# {name}\n{files[name].rstrip()}\n" for name in names)
        return scrub_setup(text, setup)


def scrub_setup(text: str, setup: Setup) -> str:
    return (
        text.replace(str(setup.folder), "DIR")
        .replace(f":{setup.port}", ":PORT")
        .replace(f" {setup.port}", " PORT")
        .replace(str(setup.upstream), "UPSTREAM")
        .replace(str(setup.dead), "DEAD")
    )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def as_nobody(argv: list[str]) -> list[str]:
    """Drop root (when the harness runs as root) before the software starts."""
    if os.geteuid() != 0:
        return argv
    return ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", "--", *argv]


def prepare(software: Software, setup: Setup) -> None:
    setup.folder.chmod(0o755)
    for name, text in software.files(setup).items():
        path = setup.folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    for name in software.writable:
        (setup.folder / name).mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        for path in [setup.folder, *setup.folder.rglob("*")]:
            os.chown(path, NOBODY, NOBODY, follow_symlinks=False)


def log_tail(software: Software, setup: Setup, output: Path) -> str:
    parts = []
    for path in (output, *(setup.folder / name for name in software.logs)):
        if path.exists():
            parts.append(f"--- {path}\n{path.read_text(errors='replace')[-1500:]}")
    return "\n".join(parts) or "(no log written)"


def wait_ready(software: Software, setup: Setup, process: subprocess.Popen[bytes], output: Path) -> None:
    """Ready when a request through it gets any HTTP answer (proxies: the test server's page)."""
    deadline = time.monotonic() + READY_WITHIN
    request = b"GET /_blank HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise StartError(
                f"{software.name} ({software.key}) exited with status {process.returncode} at start; its log:\n{log_tail(software, setup, output)}"
            )
        answer = call(setup.port, (Piece(request),), 2.0)
        final = answer.final
        if final is not None and final.status is not None and (software.role == "origin" or final.status == 200):
            return
        time.sleep(0.1)
    raise StartError(f"{software.name} ({software.key}) did not answer within {READY_WITHIN:.0f} s; its log:\n{log_tail(software, setup, output)}")


@contextmanager
def running(software: Software, setup: Setup) -> Iterator[None]:
    """The software started in the foreground from its temp folder, stopped (its whole process
    group) on the way out, whatever happened."""
    prepare(software, setup)
    output = setup.folder / "output.log"
    if software.build:
        built = subprocess.run(software.build(setup), cwd=setup.folder, capture_output=True, text=True, timeout=180)
        if built.returncode:
            raise StartError(f"{software.name} ({software.key}) did not build: {built.stderr[-1500:]}")
        prepare(software, setup)
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(setup.folder), "LANG": "C.UTF-8"}
    env |= {"XDG_CONFIG_HOME": str(setup.folder / "config"), "XDG_DATA_HOME": str(setup.folder / "data")}
    with open(output, "wb") as out:
        process = subprocess.Popen(
            as_nobody(software.argv(setup)), cwd=setup.folder, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True, env=env
        )
        try:
            wait_ready(software, setup, process, output)
            yield
        finally:
            stop(process, software.stop)


def stop(process: subprocess.Popen[bytes], first: signal.Signals) -> None:
    """The software's own stop signal to its process group, then SIGKILL after 3 s."""
    for sig, grace in ((first, 3.0), (signal.SIGKILL, 3.0)):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            break
        try:
            process.wait(grace)
            break
        except subprocess.TimeoutExpired:
            continue
    try:
        os.killpg(process.pid, signal.SIGKILL)  # children left behind (workers, helpers)
    except ProcessLookupError:
        pass
