"""The dev server's site, kept in memory and brought up to date on every save.

A full build reads, validates and renders everything (about a second). Here, after a save,
every content file is read again but parsed only if its text changed (load.Parsed); each code,
class, library and results file is checked again only if its text changed (remembered.py),
the cross-file checks run as always; Markdown bodies and compiled templates are kept by key
(render.Kept). Pages and data files are then made when asked for, the page being looked at
first, and the rest one after another while the server is idle (`complete_some`), so a failing
template is found on every page as in a full build. Every file served is the bytes a full build
of the same tree writes (tests/test_dev_site.py checks it after each of a series of edits).

A content error keeps the last good site and puts the problems on top of every page; the next
good save clears them.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from .kinds import KINDS, Kind
from .load import Parsed
from .markup import MarkdownRenderer
from .model import Site
from .pages import site_pages
from .pipeline import Project, load_site, other_files, site_assets
from .problems import BuildError, Problem
from .remembered import Remembered
from .render import Kept, Page, PageRenderer, compile_templates, make_environment
from .urls import output_file

OVERLAY_STYLE = (
    "position:fixed;inset:0 0 auto 0;z-index:99;max-height:70vh;overflow:auto;margin:0;padding:1rem;"
    "background:#3d0b0b;color:#fff;font:14px/1.5 ui-monospace,monospace;white-space:pre-wrap"
)
BODY_START = re.compile(r"(<body[^>]*>\n?)")
PAGES_AT_ONCE = 8  # pages made in one idle step: a request waits for at most about 20 ms of them


@dataclass
class Rendition:
    """One good state of the site: what is made so far, and how to make the rest."""

    site: Site
    renderer: PageRenderer
    pages: list[Page]  # every page, in order (the sitemap lists them)
    waiting: dict[str, Page]  # output file -> page not made yet
    files: dict[str, bytes]  # output file -> bytes made so far
    others_done: bool = False  # the data files are made together, when the first is asked for
    broken: list[str] = field(default_factory=list)  # a template's problems, met while making a page


@dataclass
class DevSite:
    """The site of one project, as the dev server serves it."""

    project: Project
    parsed: Parsed = field(default_factory=Parsed)
    remembered: Remembered = field(default_factory=Remembered)
    kept: Kept = field(default_factory=Kept)
    markdown: MarkdownRenderer = field(default_factory=MarkdownRenderer)
    current: Rendition | None = None
    invalid: list[Problem] = field(default_factory=list)  # the content's problems at the last save
    kinds: tuple[Kind, ...] = KINDS  # see pipeline.load_site

    @property
    def problems(self) -> list[str]:
        """What every page shows on top: the content's problems, or a template's."""
        return [str(problem) for problem in self.invalid] or (self.current.broken if self.current else [])

    def refresh(self) -> Site | None:
        """Bring the site up to date with the project; the new site, or None with `problems` set."""
        try:
            site = load_site(self.project, parsed=self.parsed, remembered=self.remembered, kinds=self.kinds)
            assets = site_assets(site, self.project, kept=self.kept, kinds=self.kinds)
            env = make_environment(self.project.templates, self.kept.templates)
            compile_templates(env)
        except BuildError as error:
            self.invalid = error.problems
            return None
        except Exception as error:  # the author fixes and saves; the server keeps running
            self.invalid = [Problem(self.project.root.name, 1, 1, f"build failed: {error!r}")]
            return None
        pages = site_pages(site, self.kinds)
        renderer = PageRenderer(site, env, assets, True, self.kept.bodies, pages)
        waiting = {output_file(page.path): page for page in pages}
        self.current = Rendition(site, renderer, pages, waiting, {asset.path: asset.data for asset in assets.values()})
        self.invalid = []
        return site

    def file(self, path: str) -> bytes | None:
        """The bytes served at the site path `path` ("404/index.html"), or None if there is none."""
        current = self.current
        if current is None:
            return self.problem_page() if self.problems and path.endswith(".html") else None
        if path not in current.files and path in current.waiting and not current.broken:
            self._make(current, current.waiting.pop(path))
        if path not in current.files and not current.others_done and not current.broken:
            self._make_others(current)
        data = current.files.get(path)
        if self.problems and path.endswith(".html"):
            return self.problem_page() if data is None else with_problems(data.decode("utf-8"), self.problems).encode("utf-8")
        return data

    def complete_some(self) -> bool:
        """Make a few of the files not made yet; False once every file is made."""
        current = self.current
        if current is None or current.broken:
            return False
        for path in list(current.waiting)[:PAGES_AT_ONCE]:
            self._make(current, current.waiting.pop(path))
            if current.broken:
                return False
        if not current.waiting and not current.others_done:
            self._make_others(current)
        return bool(current.waiting) or not current.others_done

    def every_file(self) -> dict[str, bytes]:
        """Every file of the site, made now if need be (as a full build writes them)."""
        while self.complete_some():
            pass
        current = self.current
        return {} if current is None else {path: data for path in current.files if (data := self.file(path)) is not None}

    def _make(self, current: Rendition, page: Page) -> None:
        """Render one page; a template problem becomes the site's problem, shown on every page."""
        try:
            rendered = current.renderer.render(page, self.markdown)
        except BuildError as error:
            current.broken = [str(problem) for problem in error.problems]
            current.waiting[output_file(page.path)] = page
            return
        if rendered.body:
            self.kept.bodies[rendered.body[0]] = rendered.body[1]
        current.files[rendered.file] = rendered.html.encode("utf-8")

    def _make_others(self, current: Rendition) -> None:
        current.files.update(other_files(current.site, current.renderer.assets, current.pages, self.kinds))
        current.others_done = True
        live = set(current.renderer.keys.values())  # bodies of pages that no longer exist are dropped
        for key in [key for key in self.kept.bodies if key not in live]:
            del self.kept.bodies[key]

    def problem_page(self) -> bytes:
        """What every page shows when no build has succeeded yet."""
        return with_problems("<!doctype html><title>Build failed</title>\n<body>\n</body>\n", self.problems).encode("utf-8")


def with_problems(page: str, problems: list[str]) -> str:
    """The page with the problems at its top, over everything."""
    text = html.escape("Build failed; fix these and save:\n" + "\n".join(problems))
    overlay = f'<!-- build-problems --><pre role="alert" style="{OVERLAY_STYLE}">{text}</pre><!-- /build-problems -->\n'
    return BODY_START.sub(lambda match: match.group(1) + overlay, page, count=1)
