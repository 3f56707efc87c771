"""Check a measured results file against its declared format (statussite/results_format.py):
every field at every depth present, of its kind, one of its choices, and no unknown field. Each
problem is found on the parsed data (fast) and placed afterwards, only when a file has one, by
walking its text for the spot of every key and value."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from ..load import JsonFile
from ..problems import Problem
from ..results_format import Field, Format

Path = tuple[str | int, ...]  # where in the data: ("results", 2, "calls", 0, "headers")
WORDS = {"int": "a whole number", "number": "a number", "bool": "true or false", "ints": "a list of whole numbers"}
WORDS |= {"pairs": "a list of [name, value] strings", "list": "a list", "object": "an object"}
DATE = re.compile(r"^\d{4}-\d\d-\d\d$")
STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.S)
SPACE = re.compile(r"[ \t\n\r]*")
ATOM = re.compile(r"-?(?:Infinity|\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)|true|false|null|NaN")


@dataclass(frozen=True)
class Found:
    """A problem before it is placed: at the key of `path` (its value if it has no key), or at
    the opening brace of the object `path` names (`brace`). Its message starts with the name of
    the object `within` ("result 3"), made only when the problem is reported."""

    path: Path
    message: str
    within: Path | None = None
    brace: bool = False


def words(spec: Field) -> str:
    if spec.kind == "text":
        return "a string" if spec.blank else "a non-empty string"
    return WORDS[spec.kind]


def where(path: Path) -> str:
    """How a message names a place: "a results file", "result 3", "result 3: call 1: page"."""
    parts: list[str] = []
    for index, step in enumerate(path):
        if isinstance(step, int):
            parts[-1] = f"{str(path[index - 1]).removesuffix('s')} {step + 1}"
        else:
            parts.append(step)
    return ": ".join(parts) or "a results file"


def fits(value: Any, spec: Field) -> bool:
    """Whether a value is of the field's kind (JSON numbers: a bool is not a number)."""
    if value is None:
        return spec.nullable
    kind = spec.kind
    if kind == "text":
        return isinstance(value, str) and (spec.blank or bool(value))
    if kind == "bool":
        return isinstance(value, bool)
    if kind == "int":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if kind == "ints":
        return isinstance(value, list) and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
    if kind == "pairs":
        return isinstance(value, list) and all(isinstance(p, list) and len(p) == 2 and all(isinstance(x, str) for x in p) for p in value)
    return isinstance(value, list if kind == "list" else dict)


def check_object(item: Any, fields: tuple[Field, ...], path: Path) -> list[Found]:
    """Every problem of one object of the format and of everything in it."""
    if not isinstance(item, dict):
        return [Found(path, " must be an object", path)]
    found, present = [], 0
    for spec in fields:
        if spec.name in item:
            present += 1
            found += check_value(item[spec.name], spec, (*path, spec.name))
        elif spec.required:
            found.append(Found(path, f" has no {spec.name!r} field", path, brace=True))
    if len(item) > present:
        names = {spec.name for spec in fields}
        found += [Found((*path, name), f": unknown field {name!r}", path) for name in item if name not in names]
    return found


def check_value(value: Any, spec: Field, path: Path) -> list[Found]:
    """The problems of one field's value (the place is named later, only if there is one)."""
    owner = path[:-1]
    if not fits(value, spec):
        return [Found(path, f": {spec.name!r} must be {words(spec)}{' or null' if spec.nullable else ''}", owner)]
    if spec.choices and value is not None and value not in spec.choices:
        listed = ", ".join(choice or "'' (empty)" for choice in spec.choices)
        return [Found(path, f"{': ' if owner else ''}{spec.name} {value!r} is not one of {listed}", owner if owner else None)]
    if spec.most and value is not None and len(value) > spec.most:
        return [Found(path, f": {spec.name!r} has {len(value)} items, more than {spec.most}", owner)]
    if spec.kind == "pairs" and value and any(not name or name != name.lower() for name, _ in value):
        return [Found(path, f": {spec.name!r}: field names must be non-empty and lower-case", owner)]
    if spec.kind == "list":
        return [found for number, item in enumerate(value) for found in check_object(item, spec.fields, (*path, number))]
    if spec.kind == "object" and value is not None:
        return check_object(value, spec.fields, path)
    return []


def _end(pattern: re.Pattern[str], text: str, at: int) -> int:
    match = pattern.match(text, at)
    return match.end() if match else at


def spots(text: str) -> dict[Path, tuple[int, int]]:
    """Every key and value of a JSON text by its path: (offset of its key, or of the value where
    it has none; offset of the value). The text is known to be valid JSON."""
    found: dict[Path, tuple[int, int]] = {}

    def value(at: int, path: Path, key: int) -> int:
        at = _end(SPACE, text, at)
        found[path] = (key if key >= 0 else at, at)
        opening = text[at]
        if opening == '"':
            return _end(STRING, text, at)
        if opening not in "[{":
            return _end(ATOM, text, at)
        at = _end(SPACE, text, at + 1)
        number = 0
        while text[at] not in "]}":
            if opening == "{":
                after = _end(STRING, text, at)
                at = value(text.index(":", after) + 1, (*path, json.loads(text[at:after])), at)
            else:
                at = value(at, (*path, number), -1)
                number += 1
            at = _end(SPACE, text, at)
            if text[at] == ",":
                at = _end(SPACE, text, at + 1)
        return at + 1

    value(0, (), -1)
    return found


def checked(doc: JsonFile, form: Format, problems: list[Problem]) -> dict[str, Any] | None:
    """The file's data if it fits its format, else None with its problems added to `problems`."""
    found = check_file(doc, form)
    problems += found
    return None if found else dict(doc.data)


def check_file(doc: JsonFile, form: Format) -> list[Problem]:
    """Every problem of one results file: its format, and its key, date and scenarios."""
    data = doc.data
    found = check_object(data, form.fields, ())
    if isinstance(data, dict):
        stem = doc.path.rsplit("/", 1)[-1].removesuffix(".json")
        if isinstance(data.get("key"), str) and data["key"] != stem:
            found.append(Found(("key",), f"key {data['key']!r} does not match the file name {stem!r}"))
        if isinstance(data.get("date"), str) and not DATE.match(data["date"]):
            found.append(Found(("date",), f"date {data['date']!r} is not YYYY-MM-DD"))
        seen: set[str] = set()
        for number, item in enumerate(data["results"] if isinstance(data.get("results"), list) else ()):
            scenario = item.get("scenario") if isinstance(item, dict) else None
            if isinstance(scenario, str) and scenario in seen:
                found.append(Found(("results", number, "scenario"), f"scenario {scenario!r} is measured twice"))
            if isinstance(scenario, str):
                seen.add(scenario)
    return placed(doc, found)


def placed(doc: JsonFile, found: list[Found]) -> list[Problem]:
    """Each problem at its line and column in the file."""
    if not found:
        return []
    where_is = spots(doc.text)
    problems = []
    for item in found:
        key, start = where_is.get(item.path, (0, 0))
        at = start if item.brace else key
        line = doc.text.count("\n", 0, at) + 1
        message = item.message if item.within is None else where(item.within) + item.message
        problems.append(Problem(doc.path, line, at - (doc.text.rfind("\n", 0, at) + 1) + 1, message))
    return problems
