"""The one list of what the site writes, read from the kinds (kinds.py) in two phases: before
any check, the paths each kind's files declare (link validation needs them while some files
may still be broken); from the Site, the pages, data files and search entries themselves.
The sitemap is the listed pages, so it cannot name a page that is not built.
"""

from __future__ import annotations

from collections.abc import Sequence

from .data_files import OPENSEARCH_FILE, opensearch_xml, robots_txt, sitemap_xml
from .hosting import REDIRECTS_FILE, redirects_file
from .kinds import KINDS, Kind
from .load import Content, Source
from .model import Site
from .render import Page

# Written for every site, whatever its content: the host's files.
SITE_FILES = ("sitemap.xml", "robots.txt", OPENSEARCH_FILE, REDIRECTS_FILE)


def content_sources(kinds: Sequence[Kind] = KINDS) -> list[tuple[str, Source]]:
    """Every (kind, source) load.load_content reads."""
    return [(kind.key, source) for kind in kinds for source in kind.sources]


def declared_paths(content: Content, kinds: Sequence[Kind] = KINDS) -> frozenset[str]:
    """Every site path (pages and data files) the loaded content will make, known before it is checked."""
    return frozenset(SITE_FILES).union(*(kind.paths(content.files.get(kind.key, ())) for kind in kinds))


def site_pages(site: Site, kinds: Sequence[Kind] = KINDS) -> list[Page]:
    """Every page of the site, in the kinds' order."""
    return [page for kind in kinds for page in kind.pages(site)]


def site_files(site: Site, pages: Sequence[Page], icon_path: str, kinds: Sequence[Kind] = KINDS) -> dict[str, str]:
    """Every file but the pages and static files: each kind's data files, then the host's files.
    `pages`: site_pages' list, made once (the sitemap lists those listed); `icon_path`: the
    favicon's fingerprinted path."""
    files = {path: text for kind in kinds for path, text in kind.data(site).items()}
    listed = [page.path for page in pages if page.listed]
    files.update({"sitemap.xml": sitemap_xml(site, listed), "robots.txt": robots_txt(site), OPENSEARCH_FILE: opensearch_xml(site, icon_path)})
    files[REDIRECTS_FILE] = redirects_file(site)
    return files


def site_entries(site: Site, kinds: Sequence[Kind] = KINDS) -> dict[str, list[str]]:
    """Every page's searchable fields, by key, without body terms (search_index.site_body_terms):
    codes, classes, comparisons, the guide, the API page, then IIS sub-status rows."""
    return {key: fields for kind in sorted(kinds, key=lambda kind: kind.entries_rank) for key, fields in kind.entries(site).items()}


def page_table(site: Site, kinds: Sequence[Kind] = KINDS) -> str:
    """docs/architecture.md's table of where each page comes from, made from the kinds and the
    pages of `site` (field_docs.py writes it and the docs test checks it)."""
    lines = ["| page | template | kind | from |", "|---|---|---|---|"]
    for kind in kinds:
        pages = kind.pages(site)
        if pages:
            shown = kind.shown_as or (pages[0].path or "index.html")
            templates = ", ".join(f"`templates/{name}`" for name in dict.fromkeys(page.template for page in pages))
            sources = ", ".join(f"`{source.folder}/{source.pattern}`" for source in kind.sources) or "no content file"
            lines.append(f"| `{shown}` | {templates} | `{kind.key}` | {sources} |")
    return "\n".join(lines) + "\n"
