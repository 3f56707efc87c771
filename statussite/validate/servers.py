"""Check the measured server and proxy results files (content/servers/*.json) against the one
field table of statussite/servers.py and build ServerRun records; every problem is a
`path:line:col` message like any other content problem."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..load import JsonFile
from ..problems import Problem
from ..servers import RESULT_FIELDS, ROLES, RUN_FIELDS, TOPICS, Field, ServerResult, ServerRun
from .clients import DATE, locate

KINDS = {"text": "a non-empty string", "int": "a whole number", "number": "a number", "bool": "true or false"}
KINDS |= {"ints": "a list of whole numbers", "pairs": "a list of [name, value] strings", "results": "a list"}


def fits(value: Any, spec: Field) -> bool:
    """Whether a value is of the field's kind (JSON numbers: a bool is not a number)."""
    if value is None:
        return spec.nullable
    return CHECKS[spec.kind](value, spec)  # only the field's own check: all seven for every value were a tenth of validation


CHECKS: dict[str, Callable[[Any, Field], bool]] = {
    "text": lambda value, spec: isinstance(value, str) and (bool(value) or spec.name in ("body", "reason", "words")),
    "int": lambda value, spec: isinstance(value, int) and not isinstance(value, bool),
    "number": lambda value, spec: isinstance(value, (int, float)) and not isinstance(value, bool),
    "bool": lambda value, spec: isinstance(value, bool),
    "ints": lambda value, spec: isinstance(value, list) and all(isinstance(v, int) and not isinstance(v, bool) for v in value),
    "pairs": lambda value, spec: isinstance(value, list) and all(isinstance(p, list) and len(p) == 2 and all(isinstance(x, str) for x in p) for p in value),
    "results": lambda value, spec: isinstance(value, list),
}


def check_fields(item: Any, table: tuple[Field, ...], where: str, doc: JsonFile, start: int, problems: list[Problem]) -> bool:
    """Every field of the table present and of its kind; unknown fields refused."""
    if not isinstance(item, dict):
        line, col = locate(doc.text, "{", start)
        problems.append(Problem(doc.path, line, col, f"{where} must be an object"))
        return False
    good = True
    names = {spec.name for spec in table}
    for spec in table:
        if spec.name not in item:
            line, col = locate(doc.text, "{", start)
            problems.append(Problem(doc.path, line, col, f"{where} has no {spec.name!r} field"))
            good = False
        elif not fits(item[spec.name], spec):
            line, col = locate(doc.text, f'"{spec.name}"', start)
            problems.append(Problem(doc.path, line, col, f"{where}: {spec.name!r} must be {KINDS[spec.kind]}{' or null' if spec.nullable else ''}"))
            good = False
    for name in item:
        if name not in names:
            line, col = locate(doc.text, f'"{name}"', start)
            problems.append(Problem(doc.path, line, col, f"{where}: unknown field {name!r}"))
            good = False
    return good


def _tokens(headers: list[list[str]]) -> tuple[str, ...]:
    """Error names a proxy puts in its own header fields (X-Squid-Error: ERR_READ_ERROR 0)."""
    return tuple(word for name, value in headers if name.endswith("-error") for word in value.split() if word.startswith("ERR_"))


def _result(item: dict[str, Any]) -> ServerResult:
    return ServerResult(
        item["scenario"],
        item["topic"],
        item["title"],
        tuple(item["codes"]),
        item["outcome"],
        item["status"],
        item["server"],
        item["body"],
        item["words"],
        item["seconds"],
        item["upstream_requests"],
        _tokens(item["headers"]),
    )


def server_run(doc: JsonFile, problems: list[Problem]) -> ServerRun | None:
    data, before = doc.data, len(problems)
    if not check_fields(data, RUN_FIELDS, "a results file", doc, 0, problems):
        return None
    stem = doc.path.rsplit("/", 1)[-1].removesuffix(".json")
    for name, good, message in (
        ("key", data["key"] == stem, f"key {data['key']!r} does not match the file name {stem!r}"),
        ("date", bool(DATE.match(data["date"])), f"date {data['date']!r} is not YYYY-MM-DD"),
        ("role", data["role"] in ROLES, f"role {data['role']!r} is not one of {', '.join(ROLES)}"),
    ):
        if not good:
            line, col = locate(doc.text, f'"{name}"')
            problems.append(Problem(doc.path, line, col, message))
    results, seen, position = [], set(), 0
    for index, item in enumerate(data["results"]):
        position = doc.text.find('"scenario"', position + 1) if position >= 0 else -1
        where, start = f"result {index + 1}", max(position, 0)
        if not check_fields(item, RESULT_FIELDS, where, doc, start, problems):
            continue
        if item["topic"] not in TOPICS:
            line, col = locate(doc.text, '"topic"', start)
            problems.append(Problem(doc.path, line, col, f"{where}: topic {item['topic']!r} is not one of {', '.join(TOPICS)}"))
        if item["scenario"] in seen:
            line, col = locate(doc.text, '"scenario"', start)
            problems.append(Problem(doc.path, line, col, f"scenario {item['scenario']!r} is measured twice"))
        seen.add(item["scenario"])
        results.append(_result(item))
    if len(problems) > before:
        return None
    return ServerRun(data["key"], data["software"], data["role"], data["version"], data["config"], data["os"], data["date"], tuple(results), data, doc.text)
