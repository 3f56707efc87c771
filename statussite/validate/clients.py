"""Check the measured-client results files and build ClientRun records; every problem is a
`path:line:col` message like any other content problem."""

from __future__ import annotations

import re
from typing import Any

from ..clients import KINDS, TOPICS, ClientResult, ClientRun
from ..load import JsonFile
from ..problems import Problem

RUN_FIELDS: dict[str, type] = {"client": str, "key": str, "config": str, "version": str, "os": str, "date": str, "results": list}
RESULT_FIELDS: dict[str, type] = {"scenario": str, "topic": str, "title": str, "codes": list, "outcome": str, "calls": list, "requests": list}
DATE = re.compile(r"^\d{4}-\d\d-\d\d$")


def locate(text: str, needle: str, start: int = 0) -> tuple[int, int]:
    """Line and column of `needle` in `text` at or after `start` (1, 1 if absent)."""
    at = text.find(needle, start)
    if at < 0:
        return 1, 1
    return text.count("\n", 0, at) + 1, at - (text.rfind("\n", 0, at) + 1) + 1


def _fields(item: Any, shape: dict[str, type], where: str, doc: JsonFile, start: int, problems: list[Problem]) -> bool:
    if not isinstance(item, dict):
        line, col = locate(doc.text, "{", start)
        problems.append(Problem(doc.path, line, col, f"{where} must be an object"))
        return False
    good = True
    for name, kind in shape.items():
        if name not in item:
            line, col = locate(doc.text, "{", start)
            problems.append(Problem(doc.path, line, col, f"{where} has no {name!r} field"))
            good = False
        elif not isinstance(item[name], kind) or (kind is str and not item[name]):
            line, col = locate(doc.text, f'"{name}"', start)
            problems.append(Problem(doc.path, line, col, f"{where}: {name!r} must be {'a non-empty string' if kind is str else 'a list'}"))
            good = False
    return good


def _headers(calls: list[Any], where: str, doc: JsonFile, start: int, problems: list[Problem]) -> None:
    """Each call's `headers`: null (the client exposes none) or [name, value] string pairs with
    lower-case names, as the harness writes them."""
    position = start
    for number, call in enumerate(calls, 1):
        at = doc.text.find('"headers"', position)
        position = at + 1 if at >= 0 else position
        found = at if at >= 0 else start  # located only for a problem: counting lines for every call took most of validation
        if not isinstance(call, dict) or "headers" not in call:
            problems.append(Problem(doc.path, *locate(doc.text, '"headers"', found), f"{where}: call {number} has no 'headers' field"))
            continue
        fields = call["headers"]
        if fields is None:
            continue
        pairs = isinstance(fields, list) and all(isinstance(f, list) and len(f) == 2 and all(isinstance(x, str) for x in f) for f in fields)
        if not pairs:
            message = f"{where}: call {number}: 'headers' must be null or a list of [name, value] strings"
            problems.append(Problem(doc.path, *locate(doc.text, '"headers"', found), message))
        elif any(name != name.lower() or not name for name, _ in fields):
            message = f"{where}: call {number}: header field names must be non-empty and lower-case"
            problems.append(Problem(doc.path, *locate(doc.text, '"headers"', found), message))


def client_run(doc: JsonFile, problems: list[Problem]) -> ClientRun | None:
    data, before = doc.data, len(problems)
    if not _fields(data, RUN_FIELDS, "a results file", doc, 0, problems):
        return None
    stem = doc.path.rsplit("/", 1)[-1].removesuffix(".json")
    if data["key"] != stem:
        line, col = locate(doc.text, '"key"')
        problems.append(Problem(doc.path, line, col, f"key {data['key']!r} does not match the file name {stem!r}"))
    if not DATE.match(data["date"]):
        line, col = locate(doc.text, '"date"')
        problems.append(Problem(doc.path, line, col, f"date {data['date']!r} is not YYYY-MM-DD"))
    results, seen, position = [], set(), 0
    for index, item in enumerate(data["results"]):
        position = doc.text.find('"scenario"', position + 1) if position >= 0 else -1
        where = f"result {index + 1}"
        start = max(position, 0)
        if not _fields(item, RESULT_FIELDS, where, doc, start, problems):
            continue
        if item["topic"] not in TOPICS:
            line, col = locate(doc.text, '"topic"', start)
            problems.append(Problem(doc.path, line, col, f"{where}: topic {item['topic']!r} is not one of {', '.join(TOPICS)}"))
        if not all(isinstance(code, int) for code in item["codes"]):
            line, col = locate(doc.text, '"codes"', start)
            problems.append(Problem(doc.path, line, col, f"{where}: codes must be whole numbers"))
        _headers(item["calls"], where, doc, start, problems)
        if item["scenario"] in seen:
            line, col = locate(doc.text, '"scenario"', start)
            problems.append(Problem(doc.path, line, col, f"scenario {item['scenario']!r} is measured twice"))
        seen.add(item["scenario"])
        results.append(ClientResult(item["scenario"], item["topic"], item["title"], tuple(item["codes"]), item["outcome"], item.get("headline") is True))
    if len(problems) > before:
        return None
    kind = data.get("kind", "")
    if kind not in ("", *KINDS):
        line, col = locate(doc.text, '"kind"')
        problems.append(Problem(doc.path, line, col, f"kind {kind!r} is not one of {', '.join(KINDS)} (or empty)"))
        return None
    return ClientRun(data["key"], data["client"], data["config"], data["version"], data["os"], data["date"], tuple(results), data, kind)
