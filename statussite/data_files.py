"""Machine-readable outputs built from the same model: codes.json, one JSON file per code,
codes.csv, their JSON Schemas, sitemap.xml, robots.txt and the OpenSearch description."""

from __future__ import annotations

from html import escape

from .json_schema import CLIENTS_SCHEMA_FILE, CODE_SCHEMA_FILE, CODES_SCHEMA_FILE, clients_schema, code_schema, codes_schema
from .model import Site, StatusCode
from .records import class_record, csv_text, json_text, site_code_record
from .render import API_PAGE, CLIENTS_PAGE, NOT_FOUND_PAGE
from .urls import output_file

OPENSEARCH_FILE = "opensearch.xml"
# OpenSearch 1.1 allows at most 16 characters in ShortName.
SHORT_NAME_LENGTH = 16


def codes_json(site: Site) -> str:
    base = site.config.base_url
    data = {
        "title": site.config.title,
        "base_url": base,
        "classes": [class_record(item, base) for item in site.classes],
        "codes": [site_code_record(item, site) for item in site.codes],
    }
    return json_text(data)


def clients_json(site: Site) -> str:
    """Every results file of content/clients/ as `make measure` wrote it."""
    return json_text({"runs": [run.record for run in site.clients]})


def code_json_path(code: StatusCode) -> str:
    """Beside the code's page at the site root: "404.json" next to "404/"."""
    return f"{code.code}.json"


def code_json(code: StatusCode, site: Site) -> str:
    """The code's entry of codes.json, on its own."""
    return json_text(site_code_record(code, site))


def codes_csv(site: Site) -> str:
    return csv_text([site_code_record(item, site) for item in site.codes], site.libraries)


def schema_files(site: Site) -> dict[str, str]:
    base = site.config.base_url
    keys = tuple(item.key for item in site.libraries)
    return {
        CODE_SCHEMA_FILE: json_text(code_schema(base, keys)),
        CODES_SCHEMA_FILE: json_text(codes_schema(base)),
        CLIENTS_SCHEMA_FILE: json_text(clients_schema(base)),
    }


def data_files(site: Site, icon_path: str) -> dict[str, str]:
    """Every data file: site path -> text. `icon_path` is the favicon's fingerprinted path."""
    files = {"codes.json": codes_json(site), "codes.csv": codes_csv(site), "clients.json": clients_json(site), **schema_files(site)}
    files.update({code_json_path(code): code_json(code, site) for code in site.codes})
    files.update({"sitemap.xml": sitemap_xml(site), "robots.txt": robots_txt(site), OPENSEARCH_FILE: opensearch_xml(site, icon_path)})
    return files


def sitemap_xml(site: Site) -> str:
    paths = [""] + ([site.guide.url] if site.guide else []) + [item.url for item in site.comparisons] + [API_PAGE, CLIENTS_PAGE]
    paths += [item.url for item in site.classes] + [item.url for item in site.codes]
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
        f"  <Image type=\"image/svg+xml\">{escape(base + icon_path, quote=False)}</Image>\n"
        f"  <Url type=\"text/html\" method=\"get\" template=\"{escape(base + '?q={searchTerms}')}\"/>\n"
        f"  <Url type=\"application/opensearchdescription+xml\" rel=\"self\" template=\"{escape(base + OPENSEARCH_FILE)}\"/>\n"
        "</OpenSearchDescription>\n"
    )
