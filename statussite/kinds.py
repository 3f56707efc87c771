"""Every kind of content and of page, each declared once: where its files are and how each is
read, how one file is checked into its model, which site paths it writes (known from its files
before any check, so that links are checked against them), its pages, data files and search entries.

`pages.py` loops over these declarations for the page list, the sitemap, the data files and the
search index; `load.load_content` and `validate.site.validate` loop over them for reading and
checking. A kind declared outside the package is passed as `kinds=(*KINDS, MINE)` to
`pipeline.build` or `pipeline.load_site`; its checked items are in `Site.more[key]`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any

from .clients import TOPICS, ClientRun
from .comparison_table import comparison_rows
from .data_files import client_files, code_files, server_files
from .json_schema import CLIENTS_SCHEMA_FILE, CODE_SCHEMA_FILE, CODES_SCHEMA_FILE, SERVERS_SCHEMA_FILE
from .load import Document, JsonFile, Loaded, Source
from .model import Comparison, Guide, Library, Rfc, Site, StatusClass, StatusCode, SubStatus
from .problems import Problem
from .render import API_PAGE, CLIENTS_PAGE, NOT_FOUND_PAGE, SERVERS_PAGE, Page, api_values, clients_contents, code_parts
from .search_index import api_entries, class_entries, code_entries, comparison_entries, guide_entries, substatus_entries
from .sections import TocEntry
from .servers import TOPICS as SERVER_TOPICS
from .servers import ServerRun, error_pages
from .validate.classes import status_class
from .validate.clients import client_run
from .validate.codes import status_code
from .validate.compare import comparison
from .validate.constants import library
from .validate.guide import guide
from .validate.servers import server_run
from .validate.substatus import substatus_codes


@dataclass(frozen=True)
class Checking:
    """What a file's check may read besides the file: the RFC table and the codes that have a page."""

    rfcs: dict[int, Rfc] | None
    rfcs_text: str  # the table's text: part of what a code's kept result depends on
    codes: dict[Any, str]  # code -> the file that defines it


# How one file is checked: (the file as loaded, Checking, problems) -> its model, or None after adding its problems.
Check = Callable[[Any, Checking, list[Problem]], object]


def _nothing(site: Site) -> dict[str, Any]:
    return {}


def _no_pages(site: Site) -> list[Page]:
    return []


def _always(*paths: str) -> Callable[[Sequence[Loaded]], Iterable[str]]:
    """A kind's paths that do not depend on its files (the home page, the API page)."""
    return lambda files: paths


@dataclass(frozen=True)
class Kind:
    """One kind of content or page, declared once (see the module's docstring).

    `check(file, checking, problems)` returns the file's model (or None after adding its
    problems); `depends(file, checking)` is what that result depends on, so the dev server
    checks the file again only when it changes (None: checked at every build). `paths(files)`
    must name exactly the paths `pages` and `data` write (tests/test_kinds.py holds them to it).
    """

    key: str
    sources: tuple[Source, ...] = ()
    check: Check | None = None
    depends: Callable[[Any, Checking], object] | None = None
    paths: Callable[[Sequence[Loaded]], Iterable[str]] = _always()
    pages: Callable[[Site], list[Page]] = _no_pages
    data: Callable[[Site], dict[str, str]] = _nothing
    entries: Callable[[Site], dict[str, list[str]]] = _nothing
    entries_rank: int = 9  # the search index's order, its tie-break: codes first, then classes, then other pages
    shown_as: str = ""  # its pages' paths as docs/architecture.md's table names them ("<code>/"); empty: its one page's path

    @property
    def has_bodies(self) -> bool:
        """Markdown bodies, whose links and RFC mentions are checked."""
        return any(source.reader == "markdown" for source in self.sources)


def _text(file: Document | JsonFile, checking: Checking) -> str:
    return file.text


def _declared(files: Sequence[Loaded], key: str, kind: type) -> list[Any]:
    """The value each file declares under `key` (its code, its class), if of the right type."""
    found = [item.front.data.get(key) for item in files if isinstance(item, Document)]
    return [value for value in found if isinstance(value, kind) and not isinstance(value, bool)]


# The home page, the API page and the not-found page: kinds of page without content.
HOME = Kind("home", paths=_always(""), pages=lambda site: [Page("", "home.html", {})])
API = Kind("api", paths=_always(API_PAGE), pages=lambda site: [Page(API_PAGE, "api.html", api_values(site))], entries=api_entries, entries_rank=4)
NOT_FOUND = Kind("not-found", paths=_always(NOT_FOUND_PAGE), pages=lambda site: [Page(NOT_FOUND_PAGE, "not-found.html", {}, listed=False)])


def _code(doc: Document, checking: Checking, problems: list[Problem]) -> StatusCode | None:
    return status_code(doc, checking.rfcs, problems)


def _code_key(doc: Document, checking: Checking) -> object:
    return (doc.text, checking.rfcs_text)  # a code's history is checked against the RFC table


def _code_paths(files: Sequence[Loaded]) -> list[str]:
    codes = _declared(files, "code", int)
    return ["codes.json", "codes.csv", CODE_SCHEMA_FILE, CODES_SCHEMA_FILE, *(f"{code}/" for code in codes), *(f"{code}.json" for code in codes)]


def _code_pages(site: Site) -> list[Page]:
    pages = []
    for code in site.codes:
        previous, following = site.neighbours(code)
        values = {"code": code, "status_class": site.class_of(code), "previous": previous, "following": following, **code_parts(site, code)}
        pages.append(Page(code.url, "code.html", values, code.body))
    return pages


CODES = Kind(
    "code",
    (Source("content/codes", "*.md", "markdown"),),
    check=_code,
    depends=_code_key,
    paths=_code_paths,
    pages=_code_pages,
    data=code_files,
    entries=code_entries,
    entries_rank=0,
    shown_as="<code>/",
)


def _class(doc: Document, checking: Checking, problems: list[Problem]) -> StatusClass | None:
    return status_class(doc, problems)


CLASSES = Kind(
    "class",
    (Source("content/classes", "*.md", "markdown"),),
    check=_class,
    depends=_text,
    paths=lambda files: [f"{key}/" for key in _declared(files, "class", str)],
    pages=lambda site: [Page(item.url, "class.html", {"status_class": item, "codes": site.codes_in(item)}, item.body) for item in site.classes],
    entries=class_entries,
    entries_rank=1,
    shown_as="1xx/ … 5xx/",
)


def _comparison(doc: Document, checking: Checking, problems: list[Problem]) -> Comparison | None:
    return comparison(doc, checking.codes, problems)


def _comparison_pages(site: Site) -> list[Page]:
    pages = []
    for item in site.comparisons:
        values = {"comparison": item, "codes": [site.by_code[code] for code in item.codes], "rows": comparison_rows(item, site)}
        pages.append(Page(item.url, "compare.html", values, item.body))
    return pages


COMPARISONS = Kind(
    "comparison",
    (Source("content/compare", "*.md", "markdown"),),
    check=_comparison,
    paths=lambda files: [f"compare/{PurePosixPath(item.path).stem}/" for item in files],  # the file's name is its slug (validate/compare.py)
    pages=_comparison_pages,
    entries=comparison_entries,
    entries_rank=2,
    shown_as="compare/<a>-vs-<b>/",
)


def _guide(doc: Document, checking: Checking, problems: list[Problem]) -> Guide | None:
    return guide(doc, checking.codes, problems)


def _guide_pages(site: Site) -> list[Page]:
    if site.guide is None:
        return []
    contents = tuple(TocEntry(item.key, item.question) for item in site.guide.questions)
    return [Page(site.guide.url, "guide.html", {"guide": site.guide, "contents": contents}, site.guide.body)]


GUIDE = Kind(
    "guide",
    (Source("content", "guide.md", "markdown"),),
    check=_guide,
    paths=lambda files: ["guide/"] if files else [],
    pages=_guide_pages,
    entries=guide_entries,
    entries_rank=3,
)


def _library(doc: Document, checking: Checking, problems: list[Problem]) -> Library | None:
    return library(doc, problems)


CONSTANTS = Kind("library", (Source("content/constants", "*.yml", "yaml"),), check=_library, depends=_text)


def _substatus(doc: Document, checking: Checking, problems: list[Problem]) -> tuple[SubStatus, ...]:
    return substatus_codes(doc, checking.codes, problems)


SUBSTATUS = Kind("substatus", (Source("content", "iis-substatus.yml", "yaml"),), check=_substatus, entries=substatus_entries, entries_rank=5)


def _client(doc: JsonFile, checking: Checking, problems: list[Problem]) -> ClientRun | None:
    return client_run(doc, problems)


def _client_pages(site: Site) -> list[Page]:
    return [Page(CLIENTS_PAGE, "clients.html", {"topics": TOPICS, "rows": site.scenario_rows, "contents": clients_contents(site)})] if site.clients else []


CLIENTS = Kind(
    "client",
    (Source("content/clients", "*.json", "json"),),
    check=_client,
    depends=_text,
    paths=lambda files: ["clients.json", CLIENTS_SCHEMA_FILE, *([CLIENTS_PAGE] if files else [])],
    pages=_client_pages,
    data=client_files,
)


def _server(doc: JsonFile, checking: Checking, problems: list[Problem]) -> ServerRun | None:
    return server_run(doc, problems)


def _server_pages(site: Site) -> list[Page]:
    return [Page(SERVERS_PAGE, "servers.html", {"topics": SERVER_TOPICS, "rows": site.server_rows, "pages": error_pages(site.servers)})] if site.servers else []


SERVERS = Kind(
    "server",
    (Source("content/servers", "*.json", "json"),),
    check=_server,
    depends=_text,
    paths=lambda files: ["servers.json", SERVERS_SCHEMA_FILE, *([SERVERS_PAGE] if files else [])],
    pages=_server_pages,
    data=server_files,
)

# Checked as a whole in validate.site (every program against its code's example, cannot.yml and
# versions.yml against the programs), not file by file.
SNIPPETS = Kind(
    "snippets",
    (Source("content/snippets", "*/*", "raw"), Source("content/snippets", "cannot.yml", "data"), Source("content/snippets", "versions.yml", "data")),
)
# Read first by validate.site: codes' histories and every RFC mention are checked against it.
RFC_TABLE = Kind("rfcs", (Source("content", "rfcs.yml", "data"),))

# In the order of the page list and sitemap.xml.
KINDS = (HOME, GUIDE, COMPARISONS, API, CLIENTS, SERVERS, CLASSES, CODES, CONSTANTS, SUBSTATUS, SNIPPETS, RFC_TABLE, NOT_FOUND)
