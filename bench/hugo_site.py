"""Turn a project folder into the equivalent Hugo site, so both generators do the same work.

The Hugo site gets the same content files (front-matter kept as written, plus the title, order
and layout Hugo needs), the same static files (minified and fingerprinted through Hugo Pipes)
and templates in bench/hugo/ that show what ours show: the home, class, code, guide, comparison,
API, client-matrix (/clients/) and server-matrix (/servers/) pages with the same nav, search form,
scripts, Open Graph tags, contents lists, lists, facts, tables (constants "In code", IIS
sub-status, measured clients and servers), "Send it" snippets, links, heading anchors and
previous/next links, a not-found page, and the same files: codes.json, one <code>.json per code
(an output format of each code page), codes.csv (with a column per library), clients.json,
servers.json, opensearch.xml, _redirects, sitemap.xml, robots.txt and the search index script.
The code page's body is cut at each H2 by its Hugo template and the sections set among the
template's own parts in the reader's order (READER_ORDER, from statussite/sections.py). Links are made relative (`relativeURLs`), as ours are, and code blocks are
not highlighted, as ours are not.

Hugo renders all of that, from inputs prepared here where Go templates would be unreasonable:
- Constant data, not content: the four JSON Schemas (code.schema.json with the library keys,
  codes.schema.json, clients.schema.json, servers.schema.json) are written from statussite.json_schema into Hugo's
  static/ and copied as they are; the API page's field tables and CSV column list go into
  data/api.json; labels, the OpenSearch short name, the reader's order of a code page's parts, the lists the
  API page's example cuts short and the docset's file name and keyword into config.toml; the search index's
  constant-lookup script (statussite.search_constants.EXACT_SCRIPT) into assets/.
- What a code record takes from other files than the code's own, as validated by our loader, put
  in each code's front-matter: its gRPC mapping, IIS sub-status rows, libraries' `constants`
  (content/constants/*.yml: each library's YAML shapes, its class coverage and "none" rules),
  `snippets` and `cannot_send` (content/snippets/: file texts, run comments, cannot.yml, with the
  framework versions), `clients` (content/clients/*.json pivoted by code), and two orders the page
  needs: `send_order` (frameworks of the "Send it" section) and `measured` (the scenarios the page
  shows). The library details the pages show go into data/libraries.json, the tested framework
  versions into data/snippet_versions.json.
- clients.json's data: the results files, in our order, as one data/clients.json that Hugo parses
  and writes out again (the megabyte's decoding and encoding is Hugo's work, as it is ours); the
  /clients/ matrix as data/clients_page.json: runs, topics, and per scenario each outcome with its
  clients, most common first (a pivot of every results file and a stable sort by group size).
- What a code page derives from the measurements and the RFC table, as our model derives it, in
  its front-matter: `history_steps` (each step's label, RFC, category and date), `browsers` (one
  line per engine), `measured_rows` (each scenario's outcomes grouped, most common first) and
  `servers_view` (senders, upstream failures, pass-through, caching); the /servers/ matrix as
  data/servers_page.json (grouped as the clients'), and servers.json's data as data/servers.json,
  which Hugo parses and writes out again.
- The search index's body words: each entry's six most distinctive (tf-idf), picked by our
  statussite.search_index and put in the front-matter as `search_terms`, and the constant keys
  (statussite.search_constants, by the same regular expressions as the lookup script, with the
  error names proxies send with each code: search_index.with_error_tokens) in
  data/search_constants.json. Hugo's template language can do the tf-idf (a template that gave
  the same index byte for byte took 1.1 s of Hugo's build of the real site, against 0.08 s for
  ours in Python), but that would time Go templates at a job no Hugo site would give them; so
  Hugo does slightly less here than ours (0.08 s of our real-site build, 0.4 s of the 500-page
  one).

    python bench/hugo_site.py PROJECT TARGET
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HUGO = Path(__file__).resolve().parent / "hugo"
sys.path.insert(0, str(ROOT))

# One copy of each label, list and schema for both sites.
from statussite.clients import TOPICS, on_code_page  # noqa: E402
from statussite.data_files import short_name  # noqa: E402
from statussite.docset import ARCHIVE, KEYWORD  # noqa: E402
from statussite.json_schema import (  # noqa: E402
    CLIENTS_SCHEMA_FILE,
    CODE_SCHEMA_FILE,
    CODES_SCHEMA_FILE,
    SERVERS_SCHEMA_FILE,
    class_properties,
    clients_schema,
    code_properties,
    code_schema,
    codes_schema,
    field_rows,
    measurement_properties,
    server_entry_properties,
    servers_schema,
)
from statussite.model import Library, Site, StatusCode  # noqa: E402
from statussite.pages import site_entries  # noqa: E402
from statussite.pipeline import Project, load_site  # noqa: E402
from statussite.records import csv_columns, json_text, site_code_record  # noqa: E402
from statussite.render import GRPC_SOURCES, SHORTENED, STATUS_LABELS  # noqa: E402
from statussite.search_constants import EXACT_SCRIPT, constant_keys  # noqa: E402
from statussite.search_index import site_body_terms, with_error_tokens  # noqa: E402
from statussite.sections import READER_ORDER  # noqa: E402
from statussite.servers import TOPICS as SERVER_TOPICS  # noqa: E402
from statussite.servers import ServerRow, error_pages  # noqa: E402

SECTION_INDEX = "---\n_build:\n  render: never\n---\n"  # a section lists its pages but gets no page
# Each code page also renders its record as /<code>.json: ugly URLs for that format alone.
CODES_INDEX = "---\n_build:\n  render: never\ncascade:\n  outputs: [HTML, CodeJSON]\n---\n"


def hugo_config(settings: dict) -> str:
    """Hugo's config.toml from site.toml: no taxonomies or feeds (we have none)."""
    lines = [
        f"baseURL = {json.dumps(settings['base_url'])}",
        f"title = {json.dumps(settings['title'])}",
        f"languageCode = {json.dumps(settings['language'])}",
        "relativeURLs = true",
        "enableRobotsTXT = true",
        "disableHugoGeneratorInject = true",
        'disableKinds = ["taxonomy", "term", "RSS"]',
        "[uglyURLs]",
        "  codes = true",
        "[permalinks]",
        '  codes = "/:filename/"',
        '  classes = "/:filename/"',
        '  compare = "/compare/:filename/"',
        "[outputs]",
        '  home = ["HTML", "JSON", "CSV", "OpenSearch", "Redirects", "ClientsJSON", "ServersJSON"]',
        "[mediaTypes.'application/opensearchdescription+xml']",
        '  suffixes = ["xml"]',
        "[mediaTypes.'text/netlify']",
        '  delimiter = ""',
        "[outputFormats.HTML]",
        "  noUgly = true",
        "[outputFormats.JSON]",
        '  baseName = "codes"',
        "[outputFormats.CSV]",
        '  baseName = "codes"',
        "[outputFormats.ClientsJSON]",
        '  mediaType = "application/json"',
        '  baseName = "clients"',
        "  isPlainText = true",
        "  notAlternative = true",
        "[outputFormats.ServersJSON]",
        '  mediaType = "application/json"',
        '  baseName = "servers"',
        "  isPlainText = true",
        "  notAlternative = true",
        "[outputFormats.CodeJSON]",
        '  mediaType = "application/json"',
        '  baseName = "index"',
        "  isPlainText = true",
        "  notAlternative = true",
        "[outputFormats.OpenSearch]",
        "  mediaType = 'application/opensearchdescription+xml'",
        '  baseName = "opensearch"',
        "  isPlainText = true",
        "  notAlternative = true",
        "[outputFormats.Redirects]",
        "  mediaType = 'text/netlify'",
        '  baseName = "_redirects"',
        "  isPlainText = true",
        "  notAlternative = true",
        "[markup.goldmark.renderer]",
        "  unsafe = true",
        "[markup.goldmark.extensions]",
        "  typographer = false",
        "[markup.highlight]",
        "  codeFences = false",
        "[params]",
        f"  description = {json.dumps(settings['description'])}",
        f"  short_name = {json.dumps(short_name(settings['title']))}",
        f"  reader_order = {json.dumps(list(READER_ORDER))}",
        f"  docset_archive = {json.dumps(ARCHIVE)}",
        f"  docset_keyword = {json.dumps(KEYWORD)}",
        f"  shortened = {json.dumps(list(SHORTENED))}",
        *_table("params.grpc_sources", GRPC_SOURCES),
        *_table("params.status_labels", STATUS_LABELS),
    ]
    return "\n".join(lines) + "\n"


def _table(name: str, values: dict) -> list[str]:
    return [f"[{name}]", *(f"  {key} = {json.dumps(value)}" for key, value in values.items())]


def api_data(site: Site) -> dict[str, object]:
    """What the API page lists: the schemas' fields and the CSV columns, in their order."""
    keys = tuple(item.key for item in site.libraries)
    return {
        "file_fields": field_rows(codes_schema("")["properties"]),
        "class_fields": field_rows(class_properties()),
        "code_fields": field_rows(code_properties(keys)),
        "measurement_fields": field_rows(measurement_properties()),
        "server_entry_fields": field_rows(server_entry_properties()),
        "csv_columns": [[column.name, column.description] for column in csv_columns(site.libraries)],
    }


def library_data(library: Library) -> dict[str, object]:
    """What the pages show of a library beside its names (content/constants/<key>.yml, as validated)."""
    installed, upstream = library.installed, library.upstream
    return {
        "key": library.key,
        "name": library.name,
        "usage": library.usage,
        "prefix": library.prefix,
        "note": library.note,
        "installed": {"label": installed.label, "registry": installed.registry, "package": installed.package, "version": installed.version}
        if installed
        else None,
        "upstream": {"label": upstream.label, "url": upstream.url, "repo": upstream.repo} if upstream else None,
    }


def clients_page(site: Site) -> dict[str, object]:
    """The /clients/ matrix: each run, and per scenario each distinct outcome with its clients,
    most common first (a pivot of every results file and a stable sort by group size)."""
    first = site.clients[0] if site.clients else None
    return {
        "os": first.os if first else "",
        "date": first.date if first else "",
        "runs": [{"key": run.key, "name": run.name, "version": run.version, "config": run.config} for run in site.clients],
        "topics": [[key, heading] for key, heading in TOPICS.items()],
        "rows": [
            {
                "scenario": row.scenario,
                "topic": row.topic,
                "title": row.title,
                "grouped": [[outcome, [[run.key, run.name] for run in runs]] for outcome, runs in row.grouped],
            }
            for row in site.scenario_rows
        ],
    }


def server_row(row: ServerRow) -> dict[str, object]:
    """A server matrix row: its scenario, title and each outcome with the keys of the software that had it."""
    return {
        "scenario": row.scenario,
        "topic": row.topic,
        "title": row.title,
        "grouped": [[outcome, [run.key for run in runs]] for outcome, runs in row.grouped],
    }


def servers_page(site: Site) -> dict[str, object]:
    """The /servers/ matrix: each run, each topic's rows (grouped as server_row) and the default error pages."""
    first = site.servers[0] if site.servers else None
    return {
        "os": first.os if first else "",
        "date": first.date if first else "",
        "runs": [{"key": run.key, "software": run.software, "role": run.role, "version": run.version, "config": run.config} for run in site.servers],
        "topics": [[key, heading] for key, heading in SERVER_TOPICS.items()],
        "rows": [server_row(row) for row in site.server_rows],
        "pages": [{"key": run.key, "status": result.status, "server": result.server, "words": result.words} for run, result in error_pages(site.servers)],
    }


def page_parts(site: Site, code: StatusCode) -> dict[str, object]:
    """What a code page shows from the measurements and the RFC table, as our model derives it:
    the history steps, the Browsers lines, the client rows grouped by outcome, the servers section."""
    view = site.servers_for(code)
    servers = None
    if view:
        servers = {
            "senders": [
                {"who": f"{item.run.software} {item.run.role}", "when": [result.title for result in item.scenarios], "server": item.server, "words": item.words}
                for item in view.senders
            ],
            "failures": [server_row(row) for row in view.failures],
            "passthrough": server_row(view.passthrough) if view.passthrough else None,
            "caching": [server_row(row) for row in view.caching],
        }
    return {
        "history_steps": [
            {"label": step.label, "url": step.url, "document": step.document, "year": step.year, "described": step.described} for step in code.history
        ],
        "browsers": [{"version": line.version, "outcomes": [list(pair) for pair in line.outcomes]} for line in site.browsers(code)],
        "measured_rows": [
            {
                "scenario": row.scenario,
                "title": row.title,
                "total": len(row.outcomes),
                "grouped": [[outcome, [run.short for run in runs]] for outcome, runs in row.grouped],
            }
            for row in site.measured(code)
        ],
        "servers_view": servers,
    }


# The fields of a code record that come from other files than the code's own.
FROM_OTHER_FILES = ("grpc", "iis_substatus", "constants", "snippets", "cannot_send", "clients", "servers")


def prepared(site: Site) -> tuple[dict[int, dict[str, object]], list[list[str]]]:
    """What ours takes from other files than the code's own, prepared ahead as the body words are:
    per code its gRPC mapping, IIS sub-status records, libraries' constants, snippets and
    cannot-send reasons, measured client outcomes and search keywords (with the gRPC names), the
    order of its "Send it" entries (frameworks) and which measured scenarios its page shows; and
    the search entries that are not codes or classes (comparisons, guide, API page, sub-status)."""
    entries = site_entries(site)
    terms = site_body_terms(site, entries)
    per_code: dict[int, dict[str, object]] = {}
    for code in site.codes:
        record = site_code_record(code, site)
        per_code[code.code] = {
            **{key: record[key] for key in FROM_OTHER_FILES},
            **page_parts(site, code),
            "send_order": [item.framework for item in site.snippets.for_code(code.code)],
            "measured": [row.scenario for row in site.scenario_rows if on_code_page(row, code.code)],
            "search_keywords": entries[str(code.code)][3],
        }
    keys = {str(code.code) for code in site.codes} | {item.key for item in site.classes}
    extra = [[*fields, terms[key]] for key, fields in entries.items() if key not in keys]
    return per_code, extra


def with_front(text: str, **fields: object) -> str:
    """A content file with `fields` added at the end of its front-matter."""
    front_end = text.index("\n---", 3)
    extra = "".join(f"\n{key}: {json.dumps(value)}" for key, value in fields.items())
    return text[:front_end] + extra + text[front_end:]


def front_value(text: str, key: str) -> str:
    """The value of a one-line top-level front-matter field, as written."""
    for line in text.split("\n"):
        if line.startswith(f"{key}: "):
            return line[len(key) + 2 :].strip().strip('"')
    raise ValueError(f"no '{key}' line")


def comparison_order(path: Path) -> tuple[int, ...]:
    """Ours lists comparisons by their codes: 301-vs-302 before 400-vs-422."""
    return tuple(int(code) for code in path.stem.split("-vs-"))


def make_hugo_site(project: Path, target: Path) -> Path:
    """Write a Hugo site into `target` with the pages of the project in `project`."""
    settings = tomllib.loads((project / "site.toml").read_text(encoding="utf-8"))
    base = settings["base_url"]
    target.mkdir(parents=True)
    (target / "config.toml").write_text(hugo_config(settings), encoding="utf-8")
    shutil.copytree(HUGO / "layouts", target / "layouts")
    shutil.copytree(HUGO / "assets", target / "assets")
    shutil.copytree(project / "static", target / "assets" / "static")
    site = load_site(Project(project))
    (target / "data").mkdir()
    (target / "data" / "api.json").write_text(json.dumps(api_data(site), indent=1), encoding="utf-8")
    (target / "data" / "libraries.json").write_text(json.dumps([library_data(item) for item in site.libraries], indent=1), encoding="utf-8")
    # The results files as `make measure` wrote them, in our order; Hugo parses and writes clients.json.
    (target / "data" / "clients.json").write_text(json.dumps({"runs": [run.record for run in site.clients]}, ensure_ascii=False), encoding="utf-8")
    (target / "data" / "snippet_versions.json").write_text(json.dumps(dict(site.snippets.versions)), encoding="utf-8")
    (target / "data" / "clients_page.json").write_text(json.dumps(clients_page(site), ensure_ascii=False), encoding="utf-8")
    # The server results files as `make measure-servers` wrote them; Hugo parses and writes servers.json.
    (target / "data" / "servers.json").write_text(json.dumps({"runs": [run.record for run in site.servers]}, ensure_ascii=False), encoding="utf-8")
    (target / "data" / "servers_page.json").write_text(json.dumps(servers_page(site), ensure_ascii=False), encoding="utf-8")
    (target / "static").mkdir()
    keys = tuple(item.key for item in site.libraries)
    (target / "static" / CODE_SCHEMA_FILE).write_text(json_text(code_schema(base, keys)), encoding="utf-8")
    (target / "static" / CODES_SCHEMA_FILE).write_text(json_text(codes_schema(base)), encoding="utf-8")
    (target / "static" / CLIENTS_SCHEMA_FILE).write_text(json_text(clients_schema(base)), encoding="utf-8")
    (target / "static" / SERVERS_SCHEMA_FILE).write_text(json_text(servers_schema(base)), encoding="utf-8")

    terms = site_body_terms(site, site_entries(site))
    per_code, extra = prepared(site)
    # The constant lookup the search index carries (search_constants): the keys, made by the same
    # regular expressions as the script's, by code, with the error names proxies send with each
    # code (Squid's ERR_READ_ERROR); the script itself is constant text.
    (target / "data" / "search_constants.json").write_text(json.dumps(with_error_tokens(constant_keys(site), site)), encoding="utf-8")
    (target / "assets" / "search-exact.js").write_text(EXACT_SCRIPT, encoding="utf-8")
    (target / "data" / "search_extra.json").write_text(json.dumps(extra), encoding="utf-8")
    content = target / "content"
    content.mkdir()
    (content / "_index.md").write_text(f"---\ntitle: {json.dumps(settings['title'])}\n---\n", encoding="utf-8")
    (content / "api.md").write_text("---\ntitle: API\nurl: /api/\nlayout: api\n---\n", encoding="utf-8")
    if site.clients:
        (content / "clients.md").write_text("---\ntitle: Clients\nurl: /clients/\nlayout: clients\n---\n", encoding="utf-8")
    if site.servers:
        (content / "servers.md").write_text("---\ntitle: Servers\nurl: /servers/\nlayout: servers\n---\n", encoding="utf-8")
    guide = project / "content/guide.md"
    if guide.exists():
        (content / "guide.md").write_text(with_front(guide.read_text(encoding="utf-8"), url="/guide/", layout="guide"), encoding="utf-8")
    for section, index in (("codes", CODES_INDEX), ("classes", SECTION_INDEX), ("compare", SECTION_INDEX)):
        (content / section).mkdir()
        (content / section / "_index.md").write_text(index, encoding="utf-8")
    for path in sorted((project / "content/classes").glob("*.md")):
        text = path.read_text(encoding="utf-8")
        key, name = front_value(text, "class"), front_value(text, "name")
        (content / "classes" / path.name).write_text(with_front(text, title=f"{key} {name}", weight=int(key[0]), search_terms=terms[key]), encoding="utf-8")
    for path in sorted((project / "content/codes").glob("*.md")):
        text = path.read_text(encoding="utf-8")
        code, name = int(front_value(text, "code")), front_value(text, "name")
        (content / "codes" / path.name).write_text(
            with_front(text, title=f"{code} {name}", weight=code, search_terms=terms[str(code)], **per_code[code]), encoding="utf-8"
        )
    for weight, path in enumerate(sorted((project / "content/compare").glob("*.md"), key=comparison_order), start=1):
        (content / "compare" / path.name).write_text(with_front(path.read_text(encoding="utf-8"), weight=weight), encoding="utf-8")
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("project", type=Path, help="project folder (content/, static/, site.toml)")
    parser.add_argument("target", type=Path, help="new folder to write the Hugo site into")
    args = parser.parse_args()
    make_hugo_site(args.project, args.target)


if __name__ == "__main__":
    main()
