"""Development server: build, serve with live reload, rebuild on every change.

The site is built into a private temporary folder. A failed rebuild keeps the last good pages
but puts the problems on top of every page (and prints them), so the author sees them in the
browser; the next good build replaces everything. The server never stops on a content error.
"""

from __future__ import annotations

import html
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from livereload import Server
from livereload.handlers import LiveReloadHandler, StaticFileHandler
from livereload.watcher import Watcher
from tornado.ioloop import PeriodicCallback

from .pipeline import Project, build
from .problems import BuildError, report
from .render import NOT_FOUND_PAGE, Kept

POLL_SECONDS = 0.1
OVERLAY = re.compile(r"<!-- build-problems -->.*?<!-- /build-problems -->\n?", re.DOTALL)
OVERLAY_STYLE = (
    "position:fixed;inset:0 0 auto 0;z-index:99;max-height:70vh;overflow:auto;margin:0;padding:1rem;"
    "background:#3d0b0b;color:#fff;font:14px/1.5 ui-monospace,monospace;white-space:pre-wrap"
)


def serve(project: Project, port: int, host: str = "127.0.0.1") -> None:
    workdir = Path(tempfile.mkdtemp(prefix="statussite-serve-"))
    out = workdir / "site"
    kept = Kept()  # rendered bodies and compiled templates, from one build to the next

    def rebuild() -> None:
        try:
            started = time.perf_counter()
            site = build(project, out, kept=kept)
            seconds = time.perf_counter() - started
            print(f"built {len(site.codes)} codes in {seconds:.2f} s; serving http://{host}:{port}/", flush=True)
        except BuildError as error:
            report(error)
            show_problems(out, [str(problem) for problem in error.problems])
        except Exception as error:  # keep serving whatever went wrong; the author fixes and saves
            print(f"build failed: {error!r}", file=sys.stderr, flush=True)
            show_problems(out, [f"build failed: {error!r}"])

    rebuild()
    server = Server(watcher=QuickWatcher())
    server.SFH = NotFoundPageHandler
    for path in (project.content, project.templates, project.static, project.root / "site.toml"):
        server.watch(str(path), rebuild)
    try:
        server.serve(port=port, host=host, root=str(out), restart_delay=0)
    except OSError as error:
        print(f"cannot serve on {host}:{port}: {error.strerror}; try --port with another number", file=sys.stderr)
        raise SystemExit(1) from None
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


class NotFoundPageHandler(StaticFileHandler):
    """An unknown path gets the site's own not-found page with status 404, as on the host."""

    def write_error(self, status_code: int, **kwargs: object) -> None:
        page = Path(self.root) / NOT_FOUND_PAGE
        if status_code != 404 or not page.is_file():
            super().write_error(status_code, **kwargs)
            return
        self.set_header("Content-Type", "text/html; charset=utf-8")
        self.finish(page.read_bytes())


class QuickWatcher(Watcher):
    """livereload's watcher, but every save reloads the page, and soon.

    livereload looks for saved files every 0.8 s and ignores a change that comes within 3 s of
    the last reload: the page for a quick second save stayed stale until the next one. This
    looks every 0.1 s and tells the browsers to reload after every rebuild. A look at every
    file costs about 1 ms for this site and 6 ms for a 500-page one.
    """

    def start(self, callback: Callable[[], None] | None) -> bool:
        PeriodicCallback(self.look, POLL_SECONDS * 1000).start()
        return True

    def look(self) -> None:
        changed, _ = self.examine()  # runs the rebuild if a watched file changed
        if changed:
            LiveReloadHandler.reload_waiters()


def show_problems(out: Path, problems: list[str]) -> None:
    """Put the problems at the top of every page built so far (or of a bare index page)."""
    text = html.escape("Build failed; fix these and save:\n" + "\n".join(problems))
    overlay = f'<!-- build-problems --><pre role="alert" style="{OVERLAY_STYLE}">{text}</pre><!-- /build-problems -->\n'
    pages = list(out.rglob("*.html")) if out.is_dir() else []
    if not pages:
        out.mkdir(parents=True, exist_ok=True)
        (out / "index.html").write_text(f"<!doctype html><title>Build failed</title>\n<body>\n{overlay}</body>\n", encoding="utf-8")
        return
    for page in pages:
        page_html = OVERLAY.sub("", page.read_text(encoding="utf-8"))
        page.write_text(re.sub(r"(<body[^>]*>\n?)", lambda match: match.group(1) + overlay, page_html, count=1), encoding="utf-8")
