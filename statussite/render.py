"""Render the Site model into HTML pages through the Jinja templates.

Every page gets a `url` function bound to itself (see urls.Links) and `asset` for static files,
so templates name targets and never assemble URLs.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jinja2
import jinja2.bccache
from markupsafe import Markup

from .assets import Asset
from .clients import TOPICS
from .docset import ARCHIVE, KEYWORD
from .grpc import GRPC_TO_HTTP_SOURCE, HTTP_TO_GRPC_SOURCE
from .json_schema import (
    CLIENTS_SCHEMA_FILE,
    CODE_SCHEMA_FILE,
    CODES_SCHEMA_FILE,
    SERVERS_SCHEMA_FILE,
    class_properties,
    code_properties,
    codes_schema,
    field_rows,
    measurement_properties,
    server_entry_properties,
)
from .markup import MarkdownRenderer, first_sentence, identifier, inline_code, paragraphs
from .model import Site, StatusCode
from .parallel import MIN_SHARE, split_work
from .problems import BuildError, Problem
from .records import csv_columns, json_text, site_code_record
from .search_index import KeptTerms
from .sections import TemplatePart, TocEntry, page_layout
from .urls import Links, output_file

STATUS_LABELS = {
    "standard": "Standard",
    "unofficial": "Non-standard",
    "unused": "Unused",
    "deprecated": "Deprecated",
    "obsoleted": "Obsolete",
    "temporary": "Temporary registration",
}
NOT_FOUND_PAGE = "not-found.html"
API_PAGE = "api/"
CLIENTS_PAGE = "clients/"
SERVERS_PAGE = "servers/"
# A Markdown body's HTML depends on its text, the page it is on and the URL style, and on nothing else.
BodyKey = tuple[str, str, bool]


@dataclass(frozen=True)
class Page:
    """One HTML page to write: its site path, template and the values it shows."""

    path: str
    template: str
    values: dict[str, Any]
    body: str | None = None  # its Markdown body, made into HTML once and kept by the dev server
    listed: bool = True  # in sitemap.xml (the not-found page is not)


class TemplateCache(jinja2.BytecodeCache):
    """Compiled templates kept in memory from one dev-server build to the next.

    Jinja files each template under its name with a checksum of its source, and uses the stored
    code only while the source still has that checksum: an edited template is compiled again.
    """

    def __init__(self) -> None:
        self.compiled: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if bucket.key in self.compiled:
            bucket.bytecode_from_string(self.compiled[bucket.key])

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.compiled[bucket.key] = bucket.bytecode_to_string()


@dataclass
class Kept:
    """What the dev server keeps from one build to the next, so that a rebuild redoes only what changed."""

    bodies: dict[BodyKey, str] = field(default_factory=dict)
    templates: TemplateCache = field(default_factory=TemplateCache)
    terms: KeptTerms = field(default_factory=KeptTerms)  # the search index's body terms


GRPC_SOURCES = {"http_to_grpc": HTTP_TO_GRPC_SOURCE, "grpc_to_http": GRPC_TO_HTTP_SOURCE}


def make_environment(templates: Path, cache: TemplateCache | None = None) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates),
        bytecode_cache=cache,
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(status_labels=STATUS_LABELS, paragraphs=paragraphs, grpc_sources=GRPC_SOURCES, page_layout=page_layout)
    env.filters["inline_code"] = inline_code
    env.filters["first_sentence"] = first_sentence
    env.filters["identifier"] = identifier
    return env


def clients_contents(site: Site) -> tuple[TocEntry, ...]:
    """The client matrix's contents: the clients, then each topic that has a scenario (62 phone screens without them)."""
    topics = {row.topic for row in site.scenario_rows}
    return (TocEntry("measured-clients", "Clients"), *(TocEntry(f"t-{key}", heading) for key, heading in TOPICS.items() if key in topics))


def code_parts(site: Site, code: StatusCode) -> dict[str, Any]:
    """What a code page shows besides its body, and which of the template's parts it has
    (statussite/sections.py sets them among the body's sections)."""
    values = {
        "constants": site.constants_for(code),
        "sending": site.snippets.for_code(code.code),
        "measured": site.measured(code),
        "comparisons": site.comparisons_of(code),
        "situations": site.guide.answers_for(code.code) if site.guide else (),
    }
    spec = TemplatePart("specification", "specification", "Specification") if code.source else TemplatePart("specification", "vendor", "Non-standard")
    present = [
        spec,
        TemplatePart("see-also") if code.related or values["comparisons"] or values["situations"] else None,
        TemplatePart("header-list") if code.headers else None,
        TemplatePart("clients") if values["measured"] else None,
        TemplatePart("servers", "servers", "Who sends it, measured") if site.servers_for(code) else None,
        TemplatePart("send", "send", "Send it") if values["sending"] else None,
        TemplatePart("constants", "constants", "In code") if values["constants"] else None,
        TemplatePart("iis", "iis", "IIS sub-status codes") if code.substatus else None,
        TemplatePart("grpc", "grpc", "gRPC") if code.grpc else None,
        TemplatePart("data", "data", "As data"),
    ]
    return values | {"template_parts": tuple(filter(None, present))}


def api_values(site: Site) -> dict[str, Any]:
    """What the API page documents, taken from the schemas and the CSV column list themselves."""
    base = site.config.base_url
    example = site.by_code.get(404, site.codes[0])
    record = site_code_record(example, site)
    return {
        "file_fields": field_rows(codes_schema(base)["properties"]),
        "class_fields": field_rows(class_properties()),
        "code_fields": field_rows(code_properties(tuple(item.key for item in site.libraries))),
        "csv_columns": csv_columns(site.libraries),
        "example": example,
        "example_json": json_text(shortened(record)),
        "example_cut": shortened_lists(record),
        "code_schema_file": CODE_SCHEMA_FILE,
        "codes_schema_file": CODES_SCHEMA_FILE,
        "clients_schema_file": CLIENTS_SCHEMA_FILE,
        "servers_schema_file": SERVERS_SCHEMA_FILE,
        "server_entry_fields": field_rows(server_entry_properties()),
        "measurement_fields": field_rows(measurement_properties()),
        "docset_archive": ARCHIVE,
        "docset_keyword": KEYWORD,
    }


# The lists of a code record that the API page's example shows only the first entry of: 404's
# full record (25 IIS rows, seven programs, every client's outcomes) would take the page over
# its weight budget. The page says which lists were cut and how long each is.
SHORTENED = ("constants", "iis_substatus", "snippets", "clients", "servers")


def shortened(record: dict[str, Any]) -> dict[str, Any]:
    """The example record with only the first entry of each list in SHORTENED."""
    return record | {key: record[key][:1] for key in SHORTENED}


def shortened_lists(record: dict[str, Any]) -> list[tuple[str, int]]:
    """(field, full length) of each list the example shows only in part."""
    return [(key, len(record[key])) for key in SHORTENED if len(record[key]) > 1]


@dataclass(frozen=True)
class Rendered:
    """One page's HTML, and its Markdown body as HTML (to keep for the next build)."""

    file: str
    html: str
    body: tuple[BodyKey, str] | None


class PageRenderer:
    """Renders any page of one site, one at a time (a full build renders them all; the dev server,
    each when it is asked for). `bodies`: Markdown already made into HTML, by key."""

    def __init__(
        self,
        site: Site,
        env: jinja2.Environment,
        assets: dict[str, Asset],
        directory_urls: bool,
        bodies: dict[BodyKey, str],
        pages: list[Page],
        in_viewer: bool = False,
    ):
        self.site, self.env, self.assets, self.directory_urls, self.known = site, env, assets, directory_urls, bodies
        self.in_viewer = in_viewer  # read in a docset viewer (Dash, Zeal), whose own search replaces the site's
        self.keys = {page.path: (page.body, page.path, directory_urls) for page in pages if page.body is not None}

    def render(self, page: Page, markdown: MarkdownRenderer) -> Rendered:
        site, assets = self.site, self.assets
        root = _root_path(site.config.base_url) if page.path == NOT_FOUND_PAGE else None
        links = Links(page.path, self.directory_urls, root)
        body = None
        if page.path in self.keys:
            key = self.keys[page.path]
            body = (key, self.known[key] if key in self.known else markdown.render(key[0], links))
        values = {
            "site": site,
            "page_path": page.path,
            "in_viewer": self.in_viewer,
            "canonical": site.config.base_url + page.path,
            "url": links,
            "asset": lambda name: links(assets[name].path),
            "body": Markup(body[1]) if body else "",
            **page.values,
        }
        return Rendered(output_file(page.path), _render(self.env, page.template, values), body)

    def new_bodies(self) -> int:
        """How many bodies are not made into HTML yet."""
        return sum(1 for key in self.keys.values() if key not in self.known)


def render_pages(
    site: Site,
    env: jinja2.Environment,
    assets: dict[str, Asset],
    pages: list[Page],
    directory_urls: bool = True,
    bodies: dict[BodyKey, str] | None = None,
    in_viewer: bool = False,
    converted: Mapping[str, str] | None = None,
    write: Callable[[dict[str, bytes]], None] | None = None,
) -> dict[str, str]:
    """Site path -> HTML text, for every page of `pages` (pages.site_pages), shared between the CPU cores.

    `in_viewer`: the pages are read in a docset viewer (Dash, Zeal), whose own search replaces the site's.
    `converted`: Markdown bodies made into HTML ahead (markup.convert_ahead), by text.
    `write`: each process writes the pages it renders with it (write.Staging.write), on both
    cores at once, and none is returned.

    `bodies`, kept by the dev server from one build to the next, holds Markdown already made
    into HTML; a body is rendered again only if its key changed. It is refilled with this
    build's bodies, so it never grows.
    """
    compile_templates(env)
    renderer = PageRenderer(site, env, assets, directory_urls, {} if bodies is None else bodies, pages, in_viewer)

    def render_share(pages: list[Page]) -> list[Rendered]:
        markdown = MarkdownRenderer(converted)
        done = [renderer.render(page, markdown) for page in pages]
        if write is None:
            return done
        write({item.file: item.html.encode("utf-8") for item in done})
        return [replace(item, html="") for item in done]

    # Markdown is the work worth sharing: with the bodies kept (dev server), one process renders
    # the templates alone sooner than with a worker (measured: 0.35 against 0.44 s).
    rendered = split_work(render_share, pages) if renderer.new_bodies() >= MIN_SHARE else render_share(pages)
    if bodies is not None:
        bodies.clear()
        bodies.update(item.body for item in rendered if item.body)
    return {item.file: item.html for item in rendered} if write is None else {}


def compile_templates(env: jinja2.Environment) -> None:
    """Compile every template once, before the pages are shared out, not again in each worker."""
    for name in env.list_templates():
        try:
            env.get_template(name)
        except jinja2.TemplateError:
            pass  # reported with its file and line by the page that uses it


def _root_path(base_url: str) -> str:
    return urlsplit(base_url).path or "/"


def _render(env: jinja2.Environment, template: str, values: dict[str, Any]) -> str:
    """Render one template; a template mistake becomes a Problem with its file and line."""
    try:
        return env.get_template(template).render(values)
    except jinja2.TemplateSyntaxError as error:
        raise BuildError([Problem(f"templates/{error.name or template}", error.lineno, 1, f"template syntax error: {error.message}")]) from None
    except jinja2.TemplateNotFound as error:
        raise BuildError([Problem(f"templates/{template}", 1, 1, f"template not found: {error.name}")]) from None
    except (jinja2.UndefinedError, TypeError, AttributeError, KeyError) as error:
        name, line = _template_frame(error, template)
        raise BuildError([Problem(f"templates/{name}", line, 1, f"template error: {error}")]) from None


def _template_frame(error: Exception, fallback: str) -> tuple[str, int]:
    """The innermost template file and line in a render traceback (Jinja rewrites frames)."""
    found = (fallback, 1)
    trace = error.__traceback__
    while trace is not None:
        filename = trace.tb_frame.f_code.co_filename
        if filename.endswith(".html"):
            found = (Path(filename).name, trace.tb_lineno)
        trace = trace.tb_next
    return found
