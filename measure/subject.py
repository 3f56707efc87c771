"""Any measured subject (an HTTP client, a browser engine's driver, a reverse proxy, a cache, an
origin server) starts and stops one way: its configuration written to a temp folder, a loopback
port, a bounded readiness wait, and teardown of its whole process group. A subject that does not
start is an error naming it and quoting its log, never a skipped row. A subject that needs no
start-up (a client, run by its driver) declares none."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import stat
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Protocol

from .caller import Piece, call

NOBODY = 65534
READY_WITHIN = 20.0  # seconds a subject may take to answer its first request
GRACE = 3.0  # seconds a process group has after each stop signal
MB = 1024 * 1024
READY_REQUEST = b"GET /_blank HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"


class RunError(RuntimeError):
    """The harness could not measure (a driver broke, a request matched no scenario)."""


class StartError(RunError):
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
class Startup:
    """How a subject is started: its files, its command line, when it is ready, how it stops."""

    files: Callable[[Setup], dict[str, str]]  # configuration files, by name inside the folder
    argv: Callable[[Setup], list[str]]
    ready: Callable[[Setup], bool]  # asked every 0.1 s until it says yes (at most READY_WITHIN)
    stop: signal.Signals = signal.SIGTERM
    logs: tuple[str, ...] = ()  # log files inside the folder quoted when it fails to start
    writable: tuple[str, ...] = ()  # folders the subject writes to (created, owned by its user)
    build: Callable[[Setup], list[str]] | None = None  # run once as the caller first (a Go build)


class Subject(Protocol):
    """What the harness needs of anything it measures: a key, a name, and a start-up or none."""

    @property
    def key(self) -> str: ...

    @property
    def name(self) -> str: ...

    @property
    def startup(self) -> Startup | None: ...


def label(subject: Subject) -> str:
    return f"{subject.name} ({subject.key})"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def answers(port: int, final_status: int | None = None) -> bool:
    """Whether a request to the port gets an HTTP answer (with that status, when one is named)."""
    final = call(port, (Piece(READY_REQUEST),), 2.0).final
    return final is not None and final.status is not None and final_status in (None, final.status)


@dataclass(frozen=True)
class User:
    """Who a subject runs as: the unprivileged user when the harness is root and that user can
    reach everything the subject reads, else the harness's own user, and why."""

    nobody: bool
    reason: str = ""


def unreachable(path: Path) -> str | None:
    """Why the unprivileged user cannot reach `path` (a folder on the way that others may not
    enter, or the path itself that others may not read), or None. Mode bits only: that user owns
    nothing and is in no group here."""
    for candidate in dict.fromkeys((Path(os.path.abspath(path)), Path(os.path.realpath(path)))):
        for folder in (*reversed(candidate.parents), candidate):
            try:
                mode = os.stat(folder).st_mode
            except OSError:
                return None  # not there: the subject's own error will say so
            if stat.S_ISDIR(mode) and not mode & stat.S_IXOTH:
                return f"{folder} is mode {stat.S_IMODE(mode):04o} (others may not enter)"
            if folder == candidate and not mode & stat.S_IROTH:
                return f"{folder} is mode {stat.S_IMODE(mode):04o} (others may not read)"
    return None


def reads(argv: list[str], folder: Path, path: str | None = None) -> tuple[Path, ...]:
    """What a command needs to reach: its program (and a script's interpreter), the Python
    environment either lives in (a virtual environment's pyvenv.cfg marks it), the files its
    arguments name (an app, a script) and its folder."""
    program = shutil.which(argv[0], path=path) if argv else None
    needed = [folder, *(Path(arg) for arg in argv[1:] if arg.startswith("/") and Path(arg).exists())]
    if program:
        needed.append(Path(program))
        try:
            with open(program, "rb") as handle:
                first = handle.readline(200)
        except OSError:
            first = b""  # unreadable here: its own start will say so
        if first.startswith(b"#!") and first[2:].split():
            needed.append(Path(first[2:].split()[0].decode(errors="replace")))
    for found in list(needed):
        home = next((p for p in Path(os.path.abspath(found)).parents if (p / "pyvenv.cfg").exists()), None)
        if home is not None:
            needed.append(home)
    return tuple(dict.fromkeys(needed))


def user_for(needed: Iterable[Path], euid: int) -> User:
    """Root drops to the unprivileged user only where that user can reach what the subject reads
    (a clone in a private 0700 folder holds a .venv nobody may enter): otherwise it stays, and says why."""
    if euid != 0:
        return User(False, "")
    for path in needed:
        why = unreachable(path)
        if why:
            return User(False, f"runs as the harness's own user, not nobody: {why}")
    return User(True)


def as_user(argv: list[str], user: User) -> list[str]:
    """Drop root before the subject starts, when it runs as the unprivileged user."""
    if not user.nobody:
        return argv
    return ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", "--", *argv]


def prepare(startup: Startup, setup: Setup, user: User) -> None:
    setup.folder.chmod(0o755)
    for name, text in startup.files(setup).items():
        path = setup.folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    for name in startup.writable:
        (setup.folder / name).mkdir(parents=True, exist_ok=True)
    if user.nobody:
        for path in [setup.folder, *setup.folder.rglob("*")]:
            os.chown(path, NOBODY, NOBODY, follow_symlinks=False)


def log_tail(startup: Startup, setup: Setup, output: Path) -> str:
    parts = []
    for path in (output, *(setup.folder / name for name in startup.logs)):
        if path.exists():
            parts.append(f"--- {path}\n{path.read_text(errors='replace')[-1500:]}")
    return "\n".join(parts) or "(no log written)"


def spawn(argv: list[str], folder: Path, out: IO[bytes] | IO[str], err: IO[bytes] | IO[str] | int, env: dict[str, str]) -> subprocess.Popen[bytes]:
    """A process in a session (and process group) of its own, so that `stop` ends all it started."""
    return subprocess.Popen(argv, cwd=folder, stdout=out, stderr=err, stdin=subprocess.DEVNULL, start_new_session=True, env=env)


def stop(process: subprocess.Popen[bytes], first: signal.Signals) -> None:
    """The one place processes are stopped: `first` to the process group, then SIGKILL after
    GRACE seconds, then SIGKILL again for children left behind (workers, helpers, a browser)."""
    for sig in (first, signal.SIGKILL):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            break
        try:
            process.wait(GRACE)
            break
        except subprocess.TimeoutExpired:
            continue
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    process.wait()


def wait_ready(subject: Subject, startup: Startup, setup: Setup, process: subprocess.Popen[bytes], output: Path) -> None:
    deadline = time.monotonic() + READY_WITHIN
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise StartError(f"{label(subject)} exited with status {process.returncode} at start; its log:\n{log_tail(startup, setup, output)}")
        if startup.ready(setup):
            return
        time.sleep(0.1)
    raise StartError(f"{label(subject)} did not answer within {READY_WITHIN:.0f} s; its log:\n{log_tail(startup, setup, output)}")


@contextmanager
def running(subject: Subject, setup: Setup) -> Iterator[Setup]:
    """The subject started in the foreground from its temp folder and stopped (its whole process
    group) on the way out, whatever happened; a subject with no start-up is simply there."""
    startup = subject.startup
    if startup is None:
        yield setup
        return
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(setup.folder), "LANG": "C.UTF-8"}
    env |= {"XDG_CONFIG_HOME": str(setup.folder / "config"), "XDG_DATA_HOME": str(setup.folder / "data")}
    argv = startup.argv(setup)
    setup.folder.chmod(0o755)  # a temp folder is made 0700: opened before the user is chosen
    user = user_for(reads(argv, setup.folder, env["PATH"]), os.geteuid())
    if user.reason:
        print(f"measure: {label(subject)} {user.reason}", file=sys.stderr)
    prepare(startup, setup, user)
    output = setup.folder / "output.log"
    if startup.build:
        built = subprocess.run(startup.build(setup), cwd=setup.folder, capture_output=True, text=True, timeout=180)
        if built.returncode:
            raise StartError(f"{label(subject)} did not build: {built.stderr[-1500:]}")
        prepare(startup, setup, user)
    with open(output, "wb") as out:
        if user.reason:
            out.write(f"[harness] {user.reason}\n".encode())
            out.flush()
        process = spawn(as_user(argv, user), setup.folder, out, subprocess.STDOUT, env)
        try:
            wait_ready(subject, startup, setup, process, output)
            yield setup
        finally:
            stop(process, startup.stop)
