"""Development server: serve the site from memory with live reload, bring it up to date on every save.

The site lives in a DevSite (dev_site.py): after a save it redoes only what the change needs
and makes the page being looked at first, so a content edit shows within tens of milliseconds.
A content error keeps the last good pages and puts the problems on top of each (and prints
them); the next good save clears them. The server never stops on a content error, and answers
any request path cleanly (an unknown or malformed path gets the site's not-found page).
"""

from __future__ import annotations

import mimetypes
import sys
import time
from collections.abc import Callable

from livereload import Server
from livereload.handlers import LiveReloadHandler
from livereload.watcher import Watcher
from tornado import web
from tornado.ioloop import IOLoop, PeriodicCallback

from .dev_site import DevSite
from .pipeline import Project
from .problems import BuildError, report
from .render import NOT_FOUND_PAGE

POLL_SECONDS = 0.03
TYPES = {".js": "text/javascript; charset=utf-8", ".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8", ".json": "application/json"}


def serve(project: Project, port: int, host: str = "127.0.0.1") -> None:
    dev = DevSite(project)
    completing = [False]  # whether the idle work of making the remaining files is scheduled

    def complete() -> None:
        if dev.complete_some():
            IOLoop.current().call_later(0.005, complete)  # leaves room for requests between steps
            return
        completing[0] = False
        if dev.current and dev.current.broken:  # a template problem, met while making a page
            print("\n".join(dev.current.broken), file=sys.stderr, flush=True)

    def rebuild() -> None:
        started = time.perf_counter()
        site = dev.refresh()
        seconds = time.perf_counter() - started
        if site is None:
            report(BuildError(dev.invalid))
            return
        print(f"updated {len(site.codes)} codes in {seconds:.3f} s; serving http://{host}:{port}/", flush=True)
        if not completing[0]:
            completing[0] = True
            IOLoop.current().add_callback(complete)

    rebuild()
    server = MemoryServer(dev, QuickWatcher())
    for path in (project.content, project.templates, project.static, project.root / "site.toml"):
        server.watch(str(path), rebuild)
    try:
        server.serve(port=port, host=host, restart_delay=0, live_css=False)  # fingerprinted CSS: reload the page
    except OSError as error:
        print(f"cannot serve on {host}:{port}: {error.strerror}; try --port with another number", file=sys.stderr)
        raise SystemExit(1) from None


class MemoryServer(Server):
    """livereload's server, its pages taken from the DevSite instead of a folder."""

    def __init__(self, dev: DevSite, watcher: Watcher):
        super().__init__(watcher=watcher)
        self.dev = dev

    def get_web_handlers(self, script: bytes) -> list[tuple[str, type[web.RequestHandler], dict[str, object]]]:
        return [(r"/(.*)", MemoryHandler, {"dev": self.dev})]


class MemoryHandler(web.RequestHandler):
    """Answers from the DevSite: a folder's index page, a file, or the site's not-found page (404)."""

    def initialize(self, dev: DevSite) -> None:
        self.dev = dev

    def get(self, path: str) -> None:
        self._answer(path, include_body=True)

    def head(self, path: str) -> None:
        self._answer(path, include_body=False)

    def _answer(self, path: str, include_body: bool) -> None:
        file = path + "index.html" if path == "" or path.endswith("/") else path
        data = self.dev.file(file) if "\x00" not in file else None
        if data is None and not path.endswith("/") and self.dev.file(path + "/index.html") is not None:
            self.redirect(f"/{path}/", permanent=True)
            return
        if data is None:
            self.set_status(404)
            file, data = NOT_FOUND_PAGE, self.dev.file(NOT_FOUND_PAGE) or b"<!doctype html><title>Not found</title>\n<h1>Not found</h1>\n"
        suffix = file[file.rfind(".") :] if "." in file.rpartition("/")[2] else ""
        self.set_header("Content-Type", TYPES.get(suffix) or mimetypes.guess_type(file)[0] or "text/plain; charset=utf-8")
        self.set_header("Cache-Control", "no-store")
        if include_body:
            self.finish(data)
        else:
            self.set_header("Content-Length", str(len(data)))
            self.finish()


class QuickWatcher(Watcher):
    """livereload's watcher, but every save reloads the page, and soon.

    livereload looks for saved files every 0.8 s and ignores a change that comes within 3 s of
    the last reload: the page for a quick second save stayed stale until the next one. This
    looks every 0.03 s and tells the browsers to reload after every update. A look at every
    file costs about 1 ms for this site and 6 ms for a 500-page one.
    """

    def start(self, callback: Callable[[], None] | None) -> bool:
        PeriodicCallback(self.look, POLL_SECONDS * 1000).start()
        return True

    def look(self) -> None:
        changed, _ = self.examine()  # runs the update if a watched file changed
        if changed:
            LiveReloadHandler.reload_waiters()
