"""Turn a project folder into the equivalent Hugo site, so both generators do the same work.

The Hugo site gets the same content files (front-matter kept as written, plus the title, order
and layout Hugo needs), the same static files (minified and fingerprinted through Hugo Pipes)
and templates in bench/hugo/ that show what ours show: the home, class, code, guide, comparison
and API pages with the same nav, search form, scripts, Open Graph tags, lists, facts, tables,
links, heading anchors and previous/next links, a not-found page, and the same files:
codes.json, one <code>.json per code (an output format of each code page), codes.csv,
opensearch.xml, _redirects, sitemap.xml, robots.txt and the search index script. Links are made
relative (`relativeURLs`), as ours are, and code blocks are not highlighted, as ours are not.

Hugo renders all of that from the content itself, with two exceptions that are constant data,
not content: the two JSON Schemas (code.schema.json, codes.schema.json) are written here from
statussite.json_schema into Hugo's static/ and copied as they are, and the API page's field
tables and CSV column list (what the schemas and statussite/records.py say) go into data/api.json
(labels, library order and the OpenSearch short name go into config.toml, as before).
The search index script is a Hugo template too, with one part done here ahead of time: each
entry's six most distinctive body words (tf-idf), picked by our statussite.search_index and put
in the front-matter as `search_terms`. Hugo's template language can do it (a template that gave
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
from statussite.data_files import short_name  # noqa: E402
from statussite.json_schema import CODE_SCHEMA_FILE, CODES_SCHEMA_FILE, class_properties, code_properties, code_schema, codes_schema, field_rows  # noqa: E402
from statussite.pipeline import Project, load_site  # noqa: E402
from statussite.records import CSV_COLUMNS, code_record, json_text  # noqa: E402
from statussite.render import GRPC_SOURCES, STATUS_LABELS  # noqa: E402
from statussite.search_index import site_body_terms, site_entries  # noqa: E402

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
        '  home = ["HTML", "JSON", "CSV", "OpenSearch", "Redirects"]',
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
        # Constants moved out of the code files (content/constants/, docs/constants.md); this
        # site does not render their table yet, so its code templates find no constants.
        "  library_order = []",
        "[params.libraries]",
        *_table("params.grpc_sources", GRPC_SOURCES),
        *_table("params.status_labels", STATUS_LABELS),
    ]
    return "\n".join(lines) + "\n"


def _table(name: str, values: dict) -> list[str]:
    return [f"[{name}]", *(f"  {key} = {json.dumps(value)}" for key, value in values.items())]


def api_data() -> dict:
    """What the API page lists: the schemas' fields and the CSV columns, in their order."""
    return {
        "file_fields": field_rows(codes_schema("")["properties"]),
        "class_fields": field_rows(class_properties()),
        "code_fields": field_rows(code_properties()),
        "csv_columns": [[column.name, column.description] for column in CSV_COLUMNS],
    }


def search_terms(project: Path) -> dict[str, str]:
    """Each code's and class's body words for the search index, as ours picks them (by key: "404", "4xx")."""
    site = load_site(Project(project))
    return site_body_terms(site, site_entries(site))


def prepared(project: Path, base: str) -> tuple[dict[int, dict[str, object]], list[list[str]]]:
    """What ours takes from other files than the code's own, prepared ahead as the body words are:
    per code its gRPC mapping, IIS sub-status records and search keywords (with the gRPC names);
    and the search entries that are not codes or classes (comparisons, guide, API page, sub-status)."""
    site = load_site(Project(project))
    entries = site_entries(site)
    terms = site_body_terms(site, entries)
    per_code: dict[int, dict[str, object]] = {}
    for code in site.codes:
        record = code_record(code, base)
        per_code[code.code] = {"grpc": record["grpc"], "iis_substatus": record["iis_substatus"], "search_keywords": entries[str(code.code)][3]}
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
    (target / "data").mkdir()
    (target / "data" / "api.json").write_text(json.dumps(api_data(), indent=1), encoding="utf-8")
    (target / "static").mkdir()
    (target / "static" / CODE_SCHEMA_FILE).write_text(json_text(code_schema(base)), encoding="utf-8")
    (target / "static" / CODES_SCHEMA_FILE).write_text(json_text(codes_schema(base)), encoding="utf-8")

    terms = search_terms(project)
    per_code, extra = prepared(project, base)
    (target / "data" / "search_extra.json").write_text(json.dumps(extra), encoding="utf-8")
    content = target / "content"
    content.mkdir()
    (content / "_index.md").write_text(f"---\ntitle: {json.dumps(settings['title'])}\n---\n", encoding="utf-8")
    (content / "api.md").write_text("---\ntitle: API\nurl: /api/\nlayout: api\n---\n", encoding="utf-8")
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
        (content / "codes" / path.name).write_text(with_front(text, title=f"{code} {name}", weight=code, search_terms=terms[str(code)], **per_code[code]), encoding="utf-8")
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
