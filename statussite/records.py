"""Each code and class as plain data: the one shape behind codes.json, /<code>.json and codes.csv."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

from .model import Constant, HistoryFacts, Library, Sending, Site, StatusClass, StatusCode, SubStatus
from .servers import code_servers


def json_text(data: dict[str, Any]) -> str:
    """How every JSON file of the site is written: UTF-8 as is, one space of indent."""
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def code_record(
    code: StatusCode,
    base_url: str,
    constants: tuple[tuple[Library, tuple[Constant, ...]], ...] = (),
    sending: tuple[Sending, ...] = (),
    clients: list[dict[str, Any]] | None = None,
    servers: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """Every front-matter field under its front-matter name, the libraries' constants
    (Site.constants_for), the snippets of its "Send it" section (`sending`), what clients were
    measured doing with it (`clients`), and where the page lives."""
    return {
        "code": code.code,
        "name": code.name,
        "class": code.status_class,
        "status": code.status,
        "source": asdict(code.source) if code.source else None,
        "spec_text": code.spec_text,
        "vendor": asdict(code.vendor) if code.vendor else None,
        "summary": code.summary,
        "former_names": [asdict(item) for item in code.former_names],
        "related": list(code.related),
        "headers": [asdict(item) for item in code.headers],
        "cacheable": code.cacheable,
        "cache_note": code.cache_note,
        "content_allowed": code.content_allowed,
        "example_status": asdict(code.example_status) if code.example_status else None,
        "retry": code.retry,
        "constants": [constants_record(item, names) for item, names in constants],
        "keywords": list(code.keywords),
        "history": _history(code.history_facts),
        "grpc": {"client_status": code.grpc.client_status, "from_grpc": list(code.grpc.from_grpc)} if code.grpc else None,
        "iis_substatus": [substatus_record(row, code, base_url) for row in code.substatus],
        "snippets": [
            {
                "framework": item.framework,
                "label": item.label,
                "version": item.version,
                "file": item.snippet.file_name,
                "run": item.snippet.run,
                "text": item.snippet.text,
            }
            for item in sending
            if item.snippet
        ],
        "cannot_send": [{"framework": item.framework, "label": item.label, "reason": item.reason} for item in sending if item.reason],
        "clients": clients or [],
        "servers": servers or [],
        "url": code.url,
        "permalink": base_url + code.url,
    }


def site_code_record(code: StatusCode, site: Site) -> dict[str, Any]:
    """The whole record of a code in `site`: what codes.json, <code>.json and codes.csv hold."""
    return code_record(
        code,
        site.config.base_url,
        site.constants_for(code),
        site.snippets.for_code(code.code),
        site.measurements.get(code.code, []),
        code_servers(site.server_index, code.code),
    )


def constants_record(library: Library, names: tuple[Constant, ...]) -> dict[str, Any]:
    """One library's names for a code, as written in code; no names means it has none."""
    return {
        "library": library.key,
        "names": [
            {
                "name": library.shown(item.name),
                "since": item.since,
                "deprecated": item.deprecated,
                "until": item.until,
                "replacement": library.shown(item.replacement) if item.replacement else None,
            }
            for item in names
        ],
    }


def substatus_record(row: SubStatus, code: StatusCode, base_url: str) -> dict[str, object]:
    """One IIS sub-status row, with the address of its row on the code's page."""
    return {
        "code": row.code,
        "name": row.name,
        "meaning": row.meaning,
        "fix": row.fix,
        "source": {"title": row.source_title, "url": row.source_url},
        "permalink": f"{base_url}{code.url}#{row.anchor}",
    }


def class_record(status_class: StatusClass, base_url: str) -> dict[str, Any]:
    return {
        "class": status_class.key,
        "name": status_class.name,
        "source": asdict(status_class.source),
        "spec_text": status_class.spec_text,
        "summary": status_class.summary,
        "keywords": list(status_class.keywords),
        "url": status_class.url,
        "permalink": base_url + status_class.url,
    }


@dataclass(frozen=True)
class Column:
    """One column of codes.csv: its header, what it holds (for the API page), and its value."""

    name: str
    description: str
    value: Callable[[dict[str, Any]], object]


def _joined(items: list[dict[str, Any]], show: Callable[[dict[str, Any]], str], separator: str = "; ") -> str:
    return separator.join(show(item) for item in items)


def _flag(value: bool) -> str:
    return "true" if value else "false"


# A flat subset of each code record for spreadsheets; codes.json holds every field.
CSV_COLUMNS = (
    Column("code", "the status code", lambda record: record["code"]),
    Column("name", "the registered name (the vendor's name for an unofficial code)", lambda record: record["name"]),
    Column("class", "1xx to 5xx", lambda record: record["class"]),
    Column("status", "standard, unofficial, unused, deprecated, obsoleted or temporary", lambda record: record["status"]),
    Column("summary", "what the code means, in one or two sentences", lambda record: record["summary"]),
    Column("source_document", "the defining document (RFC 9110); empty for unofficial codes", lambda record: (record["source"] or {}).get("document", "")),
    Column("source_section", "its section number (15.5.5)", lambda record: (record["source"] or {}).get("section", "")),
    Column("source_url", "a link straight to that section", lambda record: (record["source"] or {}).get("url", "")),
    Column("vendor", "who uses an unofficial code (nginx); empty for the others", lambda record: (record["vendor"] or {}).get("name", "")),
    Column(
        "former_names",
        'earlier names with the document that used them, separated by "; "',
        lambda record: _joined(record["former_names"], lambda item: f"{item['name']} ({item['document']})"),
    ),
    Column("related", "codes to compare with, separated by spaces", lambda record: _joined(record["related"], str, " ")),
    Column(
        "headers",
        'header fields that go with the code, each with its requirement if any (Retry-After MAY), separated by "; "',
        lambda record: _joined(record["headers"], lambda item: " ".join(filter(None, (item["field"], item["requirement"])))),
    ),
    Column("cacheable", "true if heuristically cacheable by default (RFC 9110 section 15.1)", lambda record: _flag(record["cacheable"])),
    Column("cache_note", "a stronger caching rule, if any", lambda record: record["cache_note"] or ""),
    Column("content_allowed", "true if the response may carry content", lambda record: _flag(record["content_allowed"])),
    Column("keywords", 'words people search for, separated by "; "', lambda record: _joined(record["keywords"], str)),
    Column("permalink", "the absolute URL of the code's page", lambda record: record["permalink"]),
)


def csv_columns(libraries: tuple[Library, ...]) -> tuple[Column, ...]:
    """CSV_COLUMNS, then one column per library with its names for the code."""
    return CSV_COLUMNS + tuple(_library_column(item) for item in libraries)


def _library_column(library: Library) -> Column:
    def names(record: dict[str, Any]) -> str:
        found = next((item["names"] for item in record["constants"] if item["library"] == library.key), None)
        return "none" if found == [] else _joined(found or [], lambda item: item["name"])

    description = f'{library.name}: its names for the code, separated by "; "; none if it has none for a code of a class it covers'
    return Column(f"constant_{library.key.replace('-', '_')}", description, names)


def csv_text(records: list[dict[str, Any]], libraries: tuple[Library, ...] = ()) -> str:
    """codes.csv: a header row of column names, then one row per code record."""
    columns = csv_columns(libraries)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(column.name for column in columns)
    for record in records:
        writer.writerow(column.value(record) for column in columns)
    return out.getvalue()


def _history(facts: HistoryFacts | None) -> dict[str, Any] | None:
    """The front-matter `history` as written: absent fields null, `renamed` a list."""
    if facts is None:
        return None
    record = asdict(facts)
    record["renamed"] = list(facts.renamed) if facts.renamed is not None else None
    return record
