"""Gate: every page fits the first round trip, 14 KB gzip-compressed with what it needs to render.

A page's weight is its HTML plus every stylesheet (<link rel=stylesheet>) and script
(<script src>) it references, each compressed on its own with gzip level 9, as a server would
send them. Scripts a page loads later (on first use) are not referenced and not counted.
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


@dataclass(frozen=True)
class PageWeight:
    page: str
    html: int  # gzip bytes
    assets: dict[str, int]  # site path -> gzip bytes

    @property
    def total(self) -> int:
        return self.html + sum(self.assets.values())


class _RenderAssets(HTMLParser):
    """The stylesheets and scripts a page asks for, as written in it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if tag == "link" and "stylesheet" in (values.get("rel") or "").split() and values.get("href"):
            self.urls.append(values["href"])
        elif tag == "script" and values.get("src"):
            self.urls.append(values["src"])


def gzip_size(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=9, mtime=0))


def page_weight(site: Path, page: Path) -> PageWeight:
    html = page.read_bytes()
    parser = _RenderAssets()
    parser.feed(html.decode("utf-8"))
    here = "/" + page.relative_to(site).as_posix()
    assets = {}
    for url in parser.urls:
        path = unquote(urlsplit(urljoin(here, url)).path).lstrip("/")
        file = site / path
        assets[path] = gzip_size(file.read_bytes()) if file.is_file() else 0
    return PageWeight(page.relative_to(site).as_posix(), gzip_size(html), assets)


def check_weight(site: Path) -> Report:
    weights = [page_weight(site, page) for page in html_pages(site)]
    findings = [f"{item.page}: {kb(item.total)} gzip is over the {kb(BUDGET)} budget" for item in weights if item.total > BUDGET]
    rows = [f"  {kb(item.total):>8}  {item.page}  (HTML {kb(item.html)}"
            + "".join(f" + {Path(path).name} {kb(size)}" for path, size in item.assets.items()) + ")"
            for item in sorted(weights, key=lambda item: item.total, reverse=True)]
    heaviest = max(weights, key=lambda item: item.total)
    summary = f"weight: heaviest page {heaviest.page} {kb(heaviest.total)} gzip ({heaviest.total} bytes) of a {kb(BUDGET)} budget; {len(findings)} over"
    return Report("weight", findings, [summary, *rows])


def kb(size: int) -> str:
    return f"{size / 1024:.1f} KB"
