"""Read built HTML the way a link checker does: every href/src, and every id a link can target."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit


@dataclass
class PageLinks:
    links: list[tuple[str, str]] = field(default_factory=list)  # (tag, url)
    ids: set[str] = field(default_factory=set)
    canonical: str | None = None


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = PageLinks()

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if "id" in values:
            self.page.ids.add(values["id"])
        if tag == "link" and values.get("rel") == "canonical":
            self.page.canonical = values.get("href")
            return
        for name in ("href", "src"):
            if values.get(name) is not None:
                self.page.links.append((tag, values[name]))


def read_page(path: Path) -> PageLinks:
    collector = _Collector()
    collector.feed(path.read_text(encoding="utf-8"))
    return collector.page


def is_external(url: str) -> bool:
    return urlsplit(url).scheme in ("http", "https", "mailto", "data")


def resolve(site: Path, page: Path, url: str, root: str = "/") -> tuple[Path, str]:
    """The file a link from `page` opens, and its fragment. Root-relative links start at `root`."""
    parts = urlsplit(url)
    path = unquote(parts.path)
    if path.startswith("/"):
        target = site / path.removeprefix(root)
    elif path:
        target = page.parent / path
    else:
        target = page
    if path.endswith("/") or target.is_dir():
        target = target / "index.html"
    return target.resolve(), parts.fragment


def broken_links(site: Path, root: str = "/") -> list[str]:
    """Every internal href/src in the site whose file, or whose #fragment, does not exist."""
    pages = {path.resolve(): read_page(path) for path in site.rglob("*.html")}
    broken = []
    for page, found in pages.items():
        for tag, url in found.links:
            if is_external(url):
                continue
            target, fragment = resolve(site, page, url, root)
            where = f"{page.relative_to(site.resolve())}: <{tag}> {url}"
            if not target.is_file():
                broken.append(f"{where} -> missing {target}")
            elif fragment and target.suffix == ".html" and fragment not in pages[target].ids:
                broken.append(f"{where} -> no id '{fragment}'")
    return broken
