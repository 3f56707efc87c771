"""A server or proxy declared once: how to configure, start, stop and version it. Its start-up is
the harness's one start-up for any measured subject (measure/subject.py)."""

from __future__ import annotations

import shutil
import signal
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from ..subject import MB, NOBODY, READY_WITHIN, Setup, StartError, Startup, answers, free_port, running, stop

__all__ = ["MB", "NOBODY", "READY_WITHIN", "Setup", "Software", "StartError", "Startup", "free_port", "running", "scrub_setup", "stop"]


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
    reported: Callable[[], str] | None = None  # the version, where no package holds it (a subject a test makes)

    @property
    def startup(self) -> Startup:
        """Ready when a request through it gets any HTTP answer (a proxy: the test server's 200)."""
        ready = partial(_answers_at, 200 if self.role == "proxy" else None)
        return Startup(self.files, self.argv, ready, self.stop, self.logs, self.writable, self.build)

    def available(self) -> bool:
        return shutil.which(self.command) is not None

    def config_text(self, setup: Setup) -> str:
        """The configuration as published: every file, ports and the folder replaced by names."""
        files = self.files(setup)
        names = self.shown or tuple(files)
        text = "\n".join(f"# {name}\n{files[name].rstrip()}\n" for name in names)
        return scrub_setup(text, setup)


def _answers_at(status: int | None, setup: Setup) -> bool:
    return answers(setup.port, status)


def scrub_setup(text: str, setup: Setup) -> str:
    return (
        text.replace(str(setup.folder), "DIR")
        .replace(f":{setup.port}", ":PORT")
        .replace(f" {setup.port}", " PORT")
        .replace(str(setup.upstream), "UPSTREAM")
        .replace(str(setup.dead), "DEAD")
    )
