"""Machine-readable outputs built from the same model: codes.json, one JSON file per code,
codes.csv, their JSON Schemas, sitemap.xml, robots.txt and the OpenSearch description."""

from __future__ import annotations

import json
from collections.abc import Iterable
from html import escape
from typing import Any

from .json_schema import (
    CLIENTS_SCHEMA_FILE,
    CODE_SCHEMA_FILE,
    CODES_SCHEMA_FILE,
    SERVERS_SCHEMA_FILE,
    clients_schema,
    code_schema,
    codes_schema,
    servers_schema,
)
from .model import Site, StatusCode
from .records import class_record, csv_text, json_text, site_code_record
from .render import NOT_FOUND_PAGE
from .urls import output_file

OPENSEARCH_FILE = "opensearch.xml"
# OpenSearch 1.1 allows at most 16 characters in ShortName.
SHORT_NAME_LENGTH = 16


def code_records(site: Site) -> list[dict[str, Any]]:
    """Every code's record, made once: codes.json, each <code>.json and codes.csv share them."""
    return [site_code_record(item, site) for item in site.codes]


def codes_json(site: Site, texts: list[str]) -> str:
    """codes.json, from each code's record already encoded (`texts`, its <code>.json).

    Python's indenting JSON encoder is pure Python, and codes.json repeats every <code>.json:
    each record is encoded once and set in at its depth (two levels: two more spaces a line;
    JSON text has no raw line breaks inside strings), the bytes json.dumps would give.
    """
    base = site.config.base_url
    head = {"title": site.config.title, "base_url": base, "classes": [class_record(item, base) for item in site.classes], "codes": []}
    if not texts:
        return json_text(head)
    outer = json_text(head).removesuffix(' "codes": []\n}\n')
    codes = ",\n".join("  " + text.rstrip("\n").replace("\n", "\n  ") for text in texts)
    return f'{outer} "codes": [\n{codes}\n ]\n}}\n'


def clients_json(site: Site) -> str:
    """Every results file of content/clients/ as `make measure` wrote it; compact, as the one
    file of a megabyte (indented, it takes Python's slower encoder and grows by a third)."""
    return json.dumps({"runs": [run.record for run in site.clients]}, ensure_ascii=False, separators=(",", ":")) + "\n"


def servers_json(site: Site) -> str:
    """Every results file of content/servers/ joined as `make measure-servers` wrote it: the files
    are JSON already, so their text is used as is (encoding them again costs build time)."""
    return '{"runs":[' + ",".join(run.text.strip() for run in site.servers) + "]}\n"


def code_json_path(code: StatusCode) -> str:
    """Beside the code's page at the site root: "404.json" next to "404/"."""
    return f"{code.code}.json"


def codes_csv(site: Site, records: list[dict[str, Any]]) -> str:
    return csv_text(records, site.libraries)


def code_files(site: Site) -> dict[str, str]:
    """codes.json, codes.csv, each <code>.json and their JSON Schemas, from the records made once."""
    records = code_records(site)
    texts = [json_text(record) for record in records]  # each <code>.json: its codes.json entry, on its own
    keys = tuple(item.key for item in site.libraries)
    files = {"codes.json": codes_json(site, texts), "codes.csv": codes_csv(site, records)}
    files |= {CODE_SCHEMA_FILE: json_text(code_schema(site.config.base_url, keys)), CODES_SCHEMA_FILE: json_text(codes_schema(site.config.base_url))}
    return files | {code_json_path(code): text for code, text in zip(site.codes, texts)}


def client_files(site: Site) -> dict[str, str]:
    """clients.json and its schema, written even when nothing is measured (an empty list of runs)."""
    return {"clients.json": clients_json(site), CLIENTS_SCHEMA_FILE: json_text(clients_schema(site.config.base_url))}


def server_files(site: Site) -> dict[str, str]:
    """servers.json and its schema, written even when nothing is measured (an empty list of runs)."""
    return {"servers.json": servers_json(site), SERVERS_SCHEMA_FILE: json_text(servers_schema(site.config.base_url))}


def sitemap_xml(site: Site, paths: Iterable[str]) -> str:
    """Every listed page (pages.site_pages: the one page list), in its order."""
    entries = "".join(f"  <url><loc>{escape(site.config.base_url + path, quote=False)}</loc></url>\n" for path in paths)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{entries}</urlset>\n'


def robots_txt(site: Site) -> str:
    return f"User-agent: *\nDisallow: /{output_file(NOT_FOUND_PAGE)}\n\nSitemap: {site.config.base_url}sitemap.xml\n"


def short_name(title: str) -> str:
    """The title, dropping words from the end until it fits OpenSearch's ShortName."""
    words = title.split()
    while len(words) > 1 and len(" ".join(words)) > SHORT_NAME_LENGTH:
        words.pop()
    return " ".join(words)[:SHORT_NAME_LENGTH]


def opensearch_xml(site: Site, icon_path: str) -> str:
    """Lets a browser add the site as a search engine: the home page runs the search in ?q=."""
    base = site.config.base_url
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">\n'
        f"  <ShortName>{escape(short_name(site.config.title), quote=False)}</ShortName>\n"
        f"  <Description>{escape(site.config.description, quote=False)}</Description>\n"
        "  <InputEncoding>UTF-8</InputEncoding>\n"
        f'  <Image type="image/svg+xml">{escape(base + icon_path, quote=False)}</Image>\n'
        f'  <Url type="text/html" method="get" template="{escape(base + "?q={searchTerms}")}"/>\n'
        f'  <Url type="application/opensearchdescription+xml" rel="self" template="{escape(base + OPENSEARCH_FILE)}"/>\n'
        "</OpenSearchDescription>\n"
    )
