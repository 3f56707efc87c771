"""The measured results formats (content/clients/*.json, content/servers/*.json), declared once.

The harness writes a results file from these declarations (`Format.record` puts its fields in
the declared order and refuses a missing or unknown one; `Format.text` is its bytes), the build
checks each file against them (statussite/validate/measured.py), the published JSON Schemas are
made from them (statussite/json_schema.py) and so are the field tables of docs/measurement.md and
docs/servers.md (statussite/field_docs.py). The scenario topics with their headings, the browser
kinds and the server roles are here for the same reason: the harness checks its scenarios
against them, the build its files, and the pages take their headings from them.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

CLIENT_TOPICS = {
    "redirect": "Redirects",
    "1xx": "Interim (1xx) responses",
    "body": "Bodies where none belong",
    "auth": "Authentication, timeouts, early answers",
    "retry": "Retries",
    "status": "Unusual status lines",
    "cache": "Browsers: what is remembered and reused",
    "page": "Browsers: what a reader sees after a link or a form",
    "fetch": "Browsers: fetch() redirect modes and CORS",
}
SERVER_TOPICS = {
    "failure": "Upstream failures",
    "limits": "Request limits and bad requests",
    "passthrough": "Codes from upstream",
    "interim": "Interim (1xx) responses and upgrades",
    "cache": "Caching",
}
KINDS = {"fetch": "fetch()", "navigation": "navigation"}  # a browser's two configurations, as a table names them
ROLES = ("proxy", "origin")


class FormatError(ValueError):
    """The harness built a record that does not fit its declared format (a bug in the harness)."""


@dataclass(frozen=True)
class Field:
    """One field of a results file: its JSON kind and what it means.

    Kinds: text, int, number, bool; ints (a list of whole numbers); pairs (a list of [name, value]
    strings, names lower-case: header fields); list (of objects with `fields`, one `item` each);
    object (with `fields`)."""

    name: str
    kind: str
    description: str
    nullable: bool = False  # null allowed
    required: bool = True  # the harness always writes it
    blank: bool = False  # text: "" allowed
    choices: tuple[str, ...] = ()  # text: the only values allowed
    fields: tuple[Field, ...] = ()  # list, object: the fields of each item, of the object
    item: str = ""  # list: what one item is
    most: int = 0  # lists: at most this many items (0: no bound)


def text(name: str, description: str, *, nullable: bool = False, required: bool = True, blank: bool = False, choices: tuple[str, ...] = ()) -> Field:
    """A text field (most fields are)."""
    return Field(name, "text", description, nullable=nullable, required=required, blank=blank, choices=choices)


def _topic(description: str, topics: Mapping[str, str]) -> Field:
    return text("topic", description, choices=tuple(topics))


PAGE = (
    text("url", "the page's URL, ports replaced by PORT and the run's path by RUN (a URL ending in /_blank: the page the reader was on)"),
    text("shown", "the first 64 characters of the text it shows", blank=True),
    text("form", "the value of the form field the reader typed 'world' into (empty: reset), null without a form", nullable=True, blank=True),
)
CALL = (
    Field("status", "int", "the status code, or null if the call failed", nullable=True),
    text("reason", "the reason phrase the client exposes (null: none exposed)", nullable=True, blank=True),
    text("body", "the first 64 characters of the body", nullable=True, blank=True),
    Field(
        "headers",
        "pairs",
        "the response header fields the client gave its caller, [name, value] with names lower-cased, sorted by name, ports replaced by PORT (null: none exposed, or the call failed)",
        nullable=True,
        most=30,
    ),
    text("error", "the error raised, ports replaced by PORT", nullable=True),
    text("type", "a browser fetch() with redirect 'manual' or 'error': the Response's type, such as opaqueredirect", required=False),
    Field("redirected", "bool", "with it: the Response's redirected", required=False),
    Field("page", "object", "a browser navigation by link or form: what the page then was", required=False, fields=PAGE),
)
REQUEST = (
    text("origin", "which of the two loopback origins it went to", choices=("A", "B")),
    text("method", "the request method"),
    text("path", "the path within the scenario, such as 0 (first request) or 1 (the redirect's target)", blank=True),
    Field("body_bytes", "int", "the length of the request body"),
    Field("content_type", "bool", "whether it carried Content-Type"),
    Field("authorization", "bool", "whether it carried Authorization"),
    Field("cookie", "bool", "whether it carried Cookie"),
    text("expect", "its Expect field, if any", nullable=True, blank=True),
    Field("connection", "int", "the server's number for the connection it came on (equal numbers: one connection reused)"),
    Field("body_before_continue", "bool", "with Expect: 100-continue, whether the body came before the server sent 100", nullable=True),
    text("origin_field", "its Origin field as the origin it names: A, B, null (the string), other; null when absent", nullable=True),
    Field("conditional", "bool", "whether it carried If-None-Match or If-Modified-Since (a cache revalidating)"),
    Field("t", "number", "seconds after the scenario's first request"),
    Field("connected", "number", "when its connection was accepted, in seconds after the scenario's first request (a preconnect is early)"),
)
CLIENT_RESULT = (
    text("scenario", "the scenario's id"),
    _topic("its topic", CLIENT_TOPICS),
    text("title", "what the server did"),
    Field("codes", "ints", "the status codes it is about"),
    Field("headline", "bool", "whether the code pages of its codes summarise it per browser engine"),
    text("outcome", "the outcome in a few words"),
    Field("calls", "list", "per call the driver made, what the client returned", fields=CALL, item="what the client gave its caller for one call"),
    Field("requests", "list", "every request the test server received", fields=REQUEST, item="one request the test server received"),
)
CLIENT_RUN = (
    text("client", "the client"),
    text("key", "the results file's name"),
    text("config", "default, or the switch turned on"),
    text(
        "kind",
        "a browser's configuration: a page's fetch() or top-level navigation; empty for other clients",
        blank=True,
        choices=("", *KINDS),
    ),
    text("version", "the exact version, as the client itself reports it"),
    text("os", "the operating system measured on"),
    text("date", "the day of the run, YYYY-MM-DD"),
    Field("seconds", "number", "how long the run took"),
    Field("results", "list", "every scenario", fields=CLIENT_RESULT, item="one scenario"),
)
SERVER_RESULT = (
    text("scenario", "the scenario's id (measure/probes.py)"),
    _topic("the scenario's topic: " + ", ".join(SERVER_TOPICS), SERVER_TOPICS),
    text("title", "the scenario in a few words"),
    Field("codes", "ints", "the status codes the scenario is about"),
    text("outcome", "what happened, in a few words (the matrix groups by it)"),
    Field("status", "int", "the final status code the caller got; null when no HTTP response came", nullable=True),
    text("reason", "the reason phrase of that status line", nullable=True, blank=True),
    Field("interim", "ints", "the interim (1xx) codes that came before the final response"),
    text("server", "the Server header field of the final response", nullable=True),
    Field("headers", "pairs", "the final response's header fields as sent, names lower-cased, dates and ports replaced"),
    text("body", "the start of the final response's body as sent (at most 600 characters), dates, ports and ids replaced", blank=True),
    text("words", "the body as a reader sees it (tags, styles and comments removed), first 40 words, replaced as above", blank=True),
    Field("seconds", "number", "time from the request's first byte to the end of the answer"),
    Field("upstream_requests", "int", "requests the loopback upstream received for this scenario (more than one: retried)"),
    Field("closed", "bool", "the server closed the connection after answering"),
    text("error", "refused, reset or timeout when the caller got no complete answer", nullable=True),
)
SERVER_RUN = (
    text("software", "the software's name, such as nginx"),
    text("key", "the results file's name: the software in one role"),
    text("role", "proxy (in front of the loopback upstream) or origin (answering on its own)", choices=ROLES),
    text("package", "the Debian package (or pypi:<name>) it was installed from"),
    text("version", "the exact version installed, as the package manager reports it"),
    text("config", "the whole configuration it ran with; PORT, UPSTREAM, DEAD and DIR stand for the run's ports and temp folder"),
    text("os", "the operating system of the run"),
    text("date", "the day of the run, YYYY-MM-DD"),
    Field("seconds", "number", "how long the whole run of this software took"),
    Field("results", "list", "one entry per scenario, in the order the harness ran them", fields=SERVER_RESULT, item="one scenario"),
)


@dataclass(frozen=True)
class Format:
    """One kind of results file: a run (one client or server) and its `results`, the last field."""

    title: str  # the JSON Schema's title
    description: str  # what the published file (clients.json, servers.json) holds
    runs: str  # its `runs` list
    run: str  # one run
    fields: tuple[Field, ...]
    one_line_results: bool  # each result on a line of its own (small files; a problem's line points at its result)

    def record(self, values: Mapping[str, Any]) -> dict[str, Any]:
        """A results file's data in the declared order, at every depth; FormatError if a field is
        missing or unknown, so the harness never writes a file the build would refuse for that."""
        return _record(self.fields, values, "a results file")

    def text(self, record: Mapping[str, Any]) -> str:
        """The bytes of a results file, as the harness writes it."""
        if not self.one_line_results:
            return json.dumps(record, indent=1, ensure_ascii=False) + "\n"
        head = {name: value for name, value in record.items() if name != "results"}
        lines = ",\n".join("  " + json.dumps(result, ensure_ascii=False) for result in record["results"])
        return json.dumps(head, indent=1, ensure_ascii=False)[:-2] + ',\n "results": [\n' + lines + "\n ]\n}\n"


CLIENT_RESULTS = Format(
    "Measured HTTP client behaviour",
    "What real HTTP clients did against the project's loopback test server.",
    "every client configuration measured",
    "one client in one configuration",
    CLIENT_RUN,
    one_line_results=False,
)
SERVER_RESULTS = Format(
    "Measured server and proxy behaviour",
    "What real servers and proxies did, run here against a loopback upstream.",
    "every server and proxy measured",
    "one server or proxy in one role",
    SERVER_RUN,
    one_line_results=True,
)


def _record(fields: tuple[Field, ...], values: Mapping[str, Any], where: str) -> dict[str, Any]:
    names = [spec.name for spec in fields]
    unknown = [name for name in values if name not in names]
    missing = [spec.name for spec in fields if spec.required and spec.name not in values]
    if unknown or missing:
        raise FormatError(f"{where}: " + "; ".join([*(f"unknown field {n!r}" for n in unknown), *(f"no {n!r} field" for n in missing)]))
    return {spec.name: _shaped(spec, values[spec.name], where) for spec in fields if spec.name in values}


def _shaped(spec: Field, value: Any, where: str) -> Any:
    if spec.kind == "list" and isinstance(value, list):
        each = spec.name.removesuffix("s")
        return [_record(spec.fields, item, f"{where}: {each} {number}") for number, item in enumerate(value, 1)]
    if spec.kind == "object" and isinstance(value, Mapping):
        return _record(spec.fields, value, f"{where}: {spec.name}")
    return value
