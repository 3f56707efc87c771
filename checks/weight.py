"""Gate: every page fits the first round trip, 14 KB gzip-compressed with what it needs to render.

A page's weight is its HTML plus every stylesheet (<link rel=stylesheet>) and render-blocking
script (<script src> without defer, async or type=module) it references, each compressed on
its own with gzip level 9, as a server would send them: the budget is "HTML, CSS and
render-blocking script". Deferred scripts run after the page has rendered; they are listed
beside each page, not counted. Scripts a page loads later (on first use) are not referenced.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from .pages import html_pages
from .report import Report

BUDGET = 14 * 1024
# The search index is loaded on first use, not with the page: its own budget (issues #15, #17).
INDEX_BUDGET = 20 * 1024
INDEX_FILES = "static/search-index.*.js"


@dataclass(frozen=True)
class PageWeight:
    page: str
    html: int  # gzip bytes
    assets: dict[str, int]  # site path -> gzip bytes: stylesheets and render-blocking scripts
    deferred: dict[str, int]  # scripts that wait until the page is parsed: listed, not counted

    @property
    def total(self) -> int:
        return self.html + sum(self.assets.values())


class _RenderAssets(HTMLParser):
    """The stylesheets and scripts a page asks for, as written in it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.urls: list[str] = []
        self.deferred: list[str] = []

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if tag == "link" and "stylesheet" in (values.get("rel") or "").split() and values.get("href"):
            self.urls.append(values["href"])
        elif tag == "script" and values.get("src"):
            waits = "defer" in values or "async" in values or values.get("type") == "module"
            (self.deferred if waits else self.urls).append(values["src"])


def gzip_size(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=9, mtime=0))


def page_weight(site: Path, page: Path) -> PageWeight:
    html = page.read_bytes()
    parser = _RenderAssets()
    parser.feed(html.decode("utf-8"))
    here = "/" + page.relative_to(site).as_posix()

    def sizes(urls: list[str]) -> dict[str, int]:
        paths = [unquote(urlsplit(urljoin(here, url)).path).lstrip("/") for url in urls]
        return {path: gzip_size((site / path).read_bytes()) if (site / path).is_file() else 0 for path in paths}

    return PageWeight(page.relative_to(site).as_posix(), gzip_size(html), sizes(parser.urls), sizes(parser.deferred))


def check_weight(site: Path) -> Report:
    weights = [page_weight(site, page) for page in html_pages(site)]
    findings = [f"{item.page}: {kb(item.total)} gzip is over the {kb(BUDGET)} budget" for item in weights if item.total > BUDGET]
    rows = [
        f"  {kb(item.total):>8}  {item.page}  (HTML {kb(item.html)}"
        + "".join(f" + {Path(path).name} {kb(size)}" for path, size in item.assets.items())
        + "".join(f"; deferred, not counted: {Path(path).name} {kb(size)}" for path, size in item.deferred.items())
        + ")"
        for item in sorted(weights, key=lambda item: item.total, reverse=True)
    ]
    heaviest = max(weights, key=lambda item: item.total)
    summary = f"weight: heaviest page {heaviest.page} {kb(heaviest.total)} gzip ({heaviest.total} bytes) of a {kb(BUDGET)} budget; {len(findings)} over"
    indexes = {path.relative_to(site).as_posix(): gzip_size(path.read_bytes()) for path in sorted(site.glob(INDEX_FILES))}
    findings += [f"{path}: {kb(size)} gzip is over the search index's {kb(INDEX_BUDGET)} budget" for path, size in indexes.items() if size > INDEX_BUDGET]
    summary += "".join(f"; search index {kb(size)} gzip ({size} bytes) of {kb(INDEX_BUDGET)}" for size in indexes.values())
    return Report("weight", findings, [summary, *rows])


def kb(size: int) -> str:
    return f"{size / 1024:.1f} KB"
