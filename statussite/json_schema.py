"""The JSON Schemas published with the data (code.schema.json, codes.schema.json).

Built from the model's own lists (classes, statuses, requirements, libraries), so the schema
cannot drift from what validation accepts; the API page shows the same descriptions.
"""

from __future__ import annotations

from typing import Any

from .model import CLASS_KEYS, REQUIREMENTS, STATUSES
from .results_format import CLIENT_RESULTS, SERVER_RESULTS, Field, Format

DRAFT = "https://json-schema.org/draft/2020-12/schema"
CODE_SCHEMA_FILE = "code.schema.json"
CODES_SCHEMA_FILE = "codes.schema.json"
CLIENTS_SCHEMA_FILE = "clients.schema.json"
SERVERS_SCHEMA_FILE = "servers.schema.json"


def _text(description: str, nullable: bool = False) -> dict[str, Any]:
    return {"type": ["string", "null"] if nullable else "string", "description": description}


def _object(description: str, properties: dict[str, Any], nullable: bool = False, required: tuple[str, ...] | None = None) -> dict[str, Any]:
    return {
        "type": ["object", "null"] if nullable else "object",
        "description": description,
        "properties": properties,
        "required": list(properties if required is None else required),
        "additionalProperties": False,
    }


def _list(description: str, items: dict[str, Any]) -> dict[str, Any]:
    return {"type": "array", "description": description, "items": items}


def _source() -> dict[str, Any]:
    return {
        "document": _text("the document, such as RFC 9110"),
        "section": _text("the section number, such as 15.5.5"),
        "url": {"type": "string", "format": "uri", "description": "a link straight to that section"},
    }


def _place() -> dict[str, Any]:
    return {
        "url": _text("the page's path from the site root, such as 404/ (join it to base_url)"),
        "permalink": {"type": "string", "format": "uri", "description": "the page's absolute URL"},
    }


def code_properties(libraries: tuple[str, ...] = ()) -> dict[str, Any]:
    """A code record's fields; `libraries` are the keys a constants record may name."""
    library = _text("the library's key, such as go, python or http-status-codes (its content file's name)")
    if libraries:
        library["enum"] = list(libraries)
    return {
        "code": {"type": "integer", "minimum": 100, "maximum": 599, "description": "the status code"},
        "name": _text("the registered name, exactly as in the IANA registry; for an unofficial code, the name its vendor uses"),
        "class": {"type": "string", "enum": list(CLASS_KEYS), "description": "the class, from the first digit"},
        "status": {"type": "string", "enum": list(STATUSES), "description": "how the code stands today; unofficial codes are in no registry"},
        "source": _object("where the code is defined; null for an unofficial code", _source(), nullable=True),
        "spec_text": _text(
            "the defining paragraphs of that section, verbatim; paragraphs separated by a blank line; null for an unofficial code", nullable=True
        ),
        "vendor": _object(
            "who uses an unofficial code; null for the others",
            {
                "name": _text("the vendor, such as nginx"),
                "note": _text("what the vendor means by the code"),
                "url": _text("the vendor's documentation", nullable=True),
            },
            nullable=True,
        ),
        "summary": _text("what the code means, in one or two sentences; `backticks` mark code"),
        "former_names": _list(
            "earlier registered names", _object("an earlier name", {"name": _text("the name"), "document": _text("the document that used it")})
        ),
        "related": _list("codes to compare with; each has its own page and record", {"type": "integer"}),
        "headers": _list(
            "header fields that go with the code",
            _object(
                "a header field",
                {
                    "field": _text("the field name, such as Retry-After"),
                    "requirement": {
                        "type": ["string", "null"],
                        "enum": [*REQUIREMENTS, None],
                        "description": "MUST, SHOULD ... as the specification puts it, or null",
                    },
                    "note": _text("when or why it is sent", nullable=True),
                    "conditional": {"type": "boolean", "description": "true when the requirement holds only in the case the note describes"},
                },
            ),
        ),
        "cacheable": {
            "type": "boolean",
            "description": "whether a cache may reuse the response without explicit freshness (heuristically cacheable, RFC 9110 section 15.1)",
        },
        "cache_note": _text("a stronger caching rule, such as MUST NOT be stored by a cache", nullable=True),
        "content_allowed": {"type": "boolean", "description": "whether the response may carry content (false for 1xx, 204, 205 and 304)"},
        "example_status": _object(
            "the code the example exchange shows instead of this one, and why; null when it shows this code",
            {"code": {"type": "integer", "description": "the status code on the wire"}, "reason": _text("why the example shows another code")},
            nullable=True,
        ),
        "retry": _text(
            "whether and when a client may send the same request again after this code, in one short line; null for most 1xx and 2xx", nullable=True
        ),
        "constants": _list(
            "the names libraries give the code, one record per library that has constants for the code's class (empty when none has a name for the code itself); see /api/ for the libraries",
            _object(
                "one library",
                {
                    "library": library,
                    "names": _list(
                        "its names for the code, as written in code (http.StatusNotFound); empty when the library has none for this code",
                        _object(
                            "one name",
                            {
                                "name": _text("the name as written in code, with its prefix (HTTPStatus.NOT_FOUND, :not_found)"),
                                "since": _text("the library version that added the name, if it is recent", nullable=True),
                                "deprecated": {
                                    "type": ["string", "boolean", "null"],
                                    "description": "the version that deprecated the name, true if deprecated with no version known, or null",
                                },
                                "until": _text("the library version that removed the name", nullable=True),
                                "replacement": _text("the name to use instead, if deprecated or removed", nullable=True),
                            },
                        ),
                    ),
                },
            ),
        ),
        "keywords": _list("words and symptoms people search for", {"type": "string"}),
        "history": _object(
            "where the code was first defined, renamed and retired, as written; the dates are in content/rfcs.yml; null for a code without it",
            {
                "defined": _text("the first document that defines the code: an RFC (RFC 2068) or, before or outside the RFCs, another document"),
                "defined_year": {"type": ["integer", "null"], "description": "the year of that document when it is not an RFC"},
                "defined_url": _text("where that document can be read, when it is not an RFC", nullable=True),
                "renamed": {
                    "type": ["array", "null"],
                    "items": {"type": "string"},
                    "description": "the RFCs that renamed the code, oldest first, one per former name",
                },
                "retired": _text("the RFC that deprecated the code, made it obsolete or marked it unused", nullable=True),
            },
            nullable=True,
        ),
        "grpc": _object(
            "what gRPC makes of the code (gRPC's doc/http-grpc-status-mapping.md and googleapis google/rpc/code.proto)",
            {
                "client_status": _text(
                    "the gRPC status a client reports when a response has this code and no grpc-status header, such as UNAVAILABLE; UNKNOWN for every code gRPC does not list"
                ),
                "from_grpc": _list("the google.rpc.Code names whose HTTP mapping is this code, such as RESOURCE_EXHAUSTED for 429", {"type": "string"}),
            },
            nullable=True,
        ),
        "iis_substatus": _list(
            "the sub-status codes IIS 7 and later add to this code (500.19), from Microsoft's documentation",
            _object(
                "an IIS sub-status code",
                {
                    "code": _text("the code with its sub-status, such as 500.19"),
                    "name": _text("its name, in our words"),
                    "meaning": _text("what it means"),
                    "fix": _text("the usual fix"),
                    "source": _object(
                        "the Microsoft page that lists it",
                        {"title": _text("the page"), "url": {"type": "string", "format": "uri", "description": "its address"}},
                    ),
                    "permalink": {"type": "string", "format": "uri", "description": "its row on the code's page, such as .../500/#iis-500-19"},
                },
            ),
        ),
        "snippets": _list(
            "complete programs that send the code, one per framework, each run by the site's tests against the page's example request",
            _object(
                "a snippet",
                {
                    "framework": _text("the framework's key, such as flask"),
                    "label": _text("its name as the page shows it, such as Flask"),
                    "version": _text("the version the tests ran it with"),
                    "file": _text("the file name the run command expects, such as 404.py"),
                    "run": _text("the command that starts it, in the folder holding the file; it serves on 127.0.0.1:8000"),
                    "text": _text("the program, exactly as tested"),
                },
            ),
        ),
        "cannot_send": _list(
            "frameworks that cannot send the code, with why",
            _object("a framework that cannot send it", {"framework": _text("the framework's key"), "label": _text("its name"), "reason": _text("why not")}),
        ),
        "clients": _list(
            f"what real clients did in each measured scenario about this code (all of {CLIENTS_SCHEMA_FILE.replace('.schema', '')}); empty if none",
            _object("one client's outcome in one scenario", measurement_properties()),
        ),
        "servers": _list(
            f"what measured servers and proxies did in each scenario that sent or is about this code (all of {SERVERS_SCHEMA_FILE.replace('.schema', '')}); empty if none",
            _object("one server's or proxy's result in one scenario", server_entry_properties()),
        ),
        **_place(),
    }


def server_entry_properties() -> dict[str, Any]:
    return {
        "software": _text("the results file's key in servers.json: the software in one role, such as nginx or nginx-origin"),
        "scenario": _text("the scenario's id, such as upstream-refused (its title and the answer as sent are in servers.json)"),
        "status": {"type": ["integer", "null"], "description": "the status the caller got; null for no HTTP response"},
        "outcome": _text("what happened, in a few words"),
    }


SCALARS = {"text": "string", "int": "integer", "number": "number", "bool": "boolean"}
ITEMS: dict[str, dict[str, Any]] = {
    "ints": {"type": "integer"},
    "pairs": {"type": "array", "items": {"type": "string"}, "minItems": 2, "maxItems": 2},
}


def field_schema(spec: Field) -> dict[str, Any]:
    """One field of a results format (statussite/results_format.py) as a JSON Schema."""
    properties = {inner.name: field_schema(inner) for inner in spec.fields}
    required = tuple(inner.name for inner in spec.fields if inner.required)
    if spec.kind == "object":
        return _object(spec.description, properties, nullable=spec.nullable, required=required)
    kind = SCALARS.get(spec.kind, "array")
    schema: dict[str, Any] = {"type": [kind, "null"] if spec.nullable else kind}
    if spec.choices:
        schema["enum"] = list(spec.choices)
    schema["description"] = spec.description
    if spec.kind == "list":
        schema["items"] = _object(spec.item, properties, required=required)
    elif spec.kind in ITEMS:
        schema["items"] = ITEMS[spec.kind]
    if spec.most:
        schema["maxItems"] = spec.most
    return schema


def run_properties(form: Format) -> dict[str, Any]:
    """The fields of one results file (one run), for its schema and the docs' tables."""
    return {spec.name: field_schema(spec) for spec in form.fields}


def results_schema(form: Format, base_url: str, file: str) -> dict[str, Any]:
    """The schema of clients.json or servers.json: every results file of the format, as written."""
    return {
        "$schema": DRAFT,
        "$id": base_url + file,
        "title": form.title,
        **_object(form.description, {"runs": _list(form.runs, _object(form.run, run_properties(form)))}),
    }


def servers_schema(base_url: str) -> dict[str, Any]:
    return results_schema(SERVER_RESULTS, base_url, SERVERS_SCHEMA_FILE)


def clients_schema(base_url: str) -> dict[str, Any]:
    return results_schema(CLIENT_RESULTS, base_url, CLIENTS_SCHEMA_FILE)


def measurement_properties() -> dict[str, Any]:
    return {
        "scenario": _text("the scenario's id, such as redirect-302-post"),
        "title": _text("what the test server did, in words"),
        "client": _text("the client, such as curl"),
        "config": _text("default, or the switch turned on, such as -L"),
        "version": _text("the client's exact version, as the client reports it"),
        "outcome": _text("what the client did, in a few words: what the caller got, then the requests that followed"),
    }


def class_properties() -> dict[str, Any]:
    return {
        "class": {"type": "string", "enum": list(CLASS_KEYS), "description": "the class, such as 4xx"},
        "name": _text("its name, such as Client Error"),
        "source": _object("where the class is defined", _source()),
        "spec_text": _text("the defining paragraphs, verbatim"),
        "summary": _text("what the class means, in one or two sentences"),
        "keywords": _list("words people search for", {"type": "string"}),
        **_place(),
    }


def code_schema(base_url: str, libraries: tuple[str, ...] = ()) -> dict[str, Any]:
    """The schema of one code record: /<code>.json, and each item of `codes` in codes.json."""
    return {
        "$schema": DRAFT,
        "$id": base_url + CODE_SCHEMA_FILE,
        "title": "HTTP status code",
        **_object("One HTTP status code, as in /<code>.json and in the codes list of /codes.json.", code_properties(libraries)),
    }


def codes_schema(base_url: str) -> dict[str, Any]:
    """The schema of codes.json: the site, its classes, and every code (by reference)."""
    properties = {
        "title": _text("the site's title"),
        "base_url": {"type": "string", "format": "uri", "description": "the absolute URL the site is served from; every url field is relative to it"},
        "classes": _list("the five classes, 1xx to 5xx", {"$ref": "#/$defs/class"}),
        "codes": _list(f"every code, in numeric order; each as in {CODE_SCHEMA_FILE}", {"$ref": CODE_SCHEMA_FILE}),
    }
    return {
        "$schema": DRAFT,
        "$id": base_url + CODES_SCHEMA_FILE,
        "title": "HTTP status codes",
        **_object("Every HTTP status code and class on the site.", properties),
        "$defs": {"class": _object("A class of status codes.", class_properties())},
    }


def field_rows(properties: dict[str, Any], prefix: str = "") -> list[tuple[str, str, str]]:
    """(field, type, description) for each property and, at any depth, the fields of nested
    objects (constants[].names[].since), for the API page."""
    rows = []
    for name, spec in properties.items():
        rows.append((prefix + name, type_text(spec), spec.get("description", "")))
        inner = spec.get("items", spec)
        if "properties" in inner:
            rows += field_rows(inner["properties"], prefix + name + ("[]." if "items" in spec else "."))
    return rows


def type_text(spec: dict[str, Any]) -> str:
    """A schema type in words: "string or null", "array of integers", "one of: 1xx, 2xx"."""
    if "$ref" in spec:
        return "object"
    kinds = spec["type"] if isinstance(spec["type"], list) else [spec["type"]]
    words = []
    for kind in kinds:
        if kind == "array":
            item = type_text(spec["items"]) if "type" in spec["items"] else "object"
            words.append("array of " + (item.replace("array", "arrays", 1) if item.startswith("array") else item + "s"))
        elif kind != "null" and "enum" in spec:
            words.append("one of " + ", ".join(str(value) or '"" (empty)' for value in spec["enum"] if value is not None))
        else:
            words.append(kind)
    return " or ".join(words)
