"""Small typed field checkers for front-matter, so every wrong value gets a precise message.

Each kind checks a plain YAML value at a key path and returns it (or None after recording a
problem on the FrontMatter). PyYAML's implicit typing is the main trap: `no` is a boolean and
`2024-01-01` a date, so a text field that receives them says so and asks for quotes.

A `RecordOf` also names the frozen dataclass its values make: `bind` builds it (nested records
and lists of records too) once the checks found nothing, so no validator copies keys by hand.
Checking and binding are two steps because the checks across fields read the values even when
some of them are wrong, to report every problem in one run.
"""

from __future__ import annotations

import datetime
import difflib
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar, overload
from urllib.parse import urlsplit

from ..frontmatter import FrontMatter, KeyPath, dotted


def describe(value: object) -> str:
    """How YAML read a value, in the author's terms."""
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, (datetime.date, datetime.datetime)):
        return "a date"
    if value is None:
        return "an empty value"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return "text"


def wrong_type(front: FrontMatter, path: KeyPath, expected: str, value: object) -> None:
    got = describe(value)
    raw = front.spot(path).raw
    message = f"'{dotted(path)}' must be {expected}, but got {got}"
    if raw and not isinstance(value, (list, dict)):
        message = f"'{dotted(path)}' must be {expected}, but YAML read {got} from `{raw}`"
        if expected.startswith("text"):
            message += "; put it in quotes"
    front.problems.append((front.spot(path), message))


def complain(front: FrontMatter, path: KeyPath, message: str) -> None:
    front.problems.append((front.spot(path), message))


@dataclass(frozen=True)
class Text:
    """Non-empty text, optionally one of fixed choices."""

    choices: tuple[str, ...] = ()

    def check(self, front: FrontMatter, path: KeyPath, value: object) -> str | None:
        if not isinstance(value, str):
            wrong_type(front, path, "text", value)
            return None
        if not value.strip():
            complain(front, path, f"'{dotted(path)}' must not be empty")
            return None
        if self.choices and value not in self.choices:
            options = ", ".join(self.choices)
            complain(front, path, f"'{dotted(path)}' must be one of {options}; got '{value}'")
            return None
        return value.strip()


@dataclass(frozen=True)
class Line:
    """Short text on one line, for a fact that must fit one row of a 360 px page."""

    limit: int

    def check(self, front: FrontMatter, path: KeyPath, value: object) -> str | None:
        text = Text().check(front, path, value)
        if text is None:
            return None
        if "\n" in text:
            complain(front, path, f"'{dotted(path)}' must be one line")
            return None
        if len(text) > self.limit:
            complain(front, path, f"'{dotted(path)}' is {len(text)} characters; keep it to {self.limit} so the line of facts stays compact")
            return None
        return text


@dataclass(frozen=True)
class Url:
    """An absolute http(s) URL with a host."""

    def check(self, front: FrontMatter, path: KeyPath, value: object) -> str | None:
        text = Text().check(front, path, value)
        if text is None:
            return None
        parts = urlsplit(text)
        if parts.scheme not in ("http", "https") or "." not in parts.netloc or any(c.isspace() for c in text):
            complain(front, path, f"'{dotted(path)}' is not a valid http(s) URL: '{text}'")
            return None
        return text


@dataclass(frozen=True)
class Integer:
    def check(self, front: FrontMatter, path: KeyPath, value: object) -> int | None:
        if isinstance(value, bool) or not isinstance(value, int):
            wrong_type(front, path, "a whole number", value)
            return None
        return value


@dataclass(frozen=True)
class Boolean:
    def check(self, front: FrontMatter, path: KeyPath, value: object) -> bool | None:
        if not isinstance(value, bool):
            wrong_type(front, path, "true or false", value)
            return None
        return value


class Kind(Protocol):
    """What every field kind does: check a value at a key path, return it or None."""

    def check(self, front: FrontMatter, path: KeyPath, value: object) -> Any: ...


@dataclass(frozen=True)
class ListOf:
    item: Kind

    def check(self, front: FrontMatter, path: KeyPath, value: object) -> tuple[Any, ...] | None:
        if not isinstance(value, list):
            wrong_type(front, path, "a list (use [] for none)", value)
            return None
        checked = tuple(self.item.check(front, path + (index,), item) for index, item in enumerate(value))
        return None if None in checked else checked


@dataclass(frozen=True)
class Moved:
    """A field that no longer belongs in this kind of file: any value gets `message`, saying where it went."""

    message: str

    def check(self, front: FrontMatter, path: KeyPath, value: object) -> None:
        complain(front, path, self.message)
        return None


@dataclass(frozen=True)
class Field:
    """A key of a record: its kind, and what `RecordOf.bind` does with its value."""

    kind: Kind
    required: bool = True
    attr: str = ""  # the dataclass attribute it fills, where that is not the key ("class" -> status_class)
    default: object = None  # what a missing optional field fills it with: () for a list the dataclass holds as a tuple
    bound: bool = True  # False: read by the validator only (a key to look up, a value it converts), not an attribute


@dataclass(frozen=True)
class Record:
    """A mapping with known fields: unknown keys are typos, missing required ones are errors."""

    fields: dict[str, Field]

    @overload
    def check(self, front: FrontMatter, path: KeyPath, value: dict[str, Any]) -> dict[str, Any]: ...
    @overload
    def check(self, front: FrontMatter, path: KeyPath, value: object) -> dict[str, Any] | None: ...

    def check(self, front: FrontMatter, path: KeyPath, value: object) -> dict[str, Any] | None:
        """The checked values of every field (None where missing or wrong); None if not a mapping."""
        if not isinstance(value, dict):
            wrong_type(front, path, "a mapping of 'field: value' lines", value)
            return None
        result: dict[str, Any] = {}
        for key, item in value.items():
            if key not in self.fields:
                complain(front, path + (key,), unknown_field(path + (key,), list(self.fields)))
                continue
            result[key] = self.fields[key].kind.check(front, path + (key,), item)
        for key, spec in self.fields.items():
            if key not in value:
                result[key] = None
                if spec.required:
                    complain(front, path, f"missing required field '{dotted(path + (key,))}'")
        return result


T = TypeVar("T")


@dataclass(frozen=True)
class RecordOf(Record, Generic[T]):
    """A record whose checked values make one frozen dataclass, `into`."""

    into: type[T]

    def bind(self, values: dict[str, Any], **extra: Any) -> T:
        """The dataclass of `values` (as `check` returned them, with no problem found), each field
        under its attribute; `extra` gives the attributes the file does not write (body, path,
        computed values). A missing optional field takes its `default`."""
        attrs: dict[str, Any] = {}
        for key, spec in self.fields.items():
            if not spec.bound or isinstance(spec.kind, Moved):
                continue
            value = values[key]
            if value is None and spec.required:
                raise ValueError(f"{self.into.__name__}: required field '{key}' has no value; bind only what was checked without problems")
            attrs[spec.attr or key] = spec.default if value is None else _bound(spec.kind, value)
        return self.into(**attrs, **extra)


def _bound(kind: Kind, value: Any) -> Any:
    """A checked value as its attribute holds it: a nested record as its dataclass, each item of a list of them too."""
    if isinstance(kind, RecordOf):
        return kind.bind(value)
    if isinstance(kind, ListOf) and isinstance(kind.item, RecordOf):
        return tuple(kind.item.bind(item) for item in value)
    return value


def unknown_field(path: KeyPath, known: list[str]) -> str:
    name = str(path[-1])
    message = f"unknown field '{dotted(path)}'"
    close = difflib.get_close_matches(name, known, n=1)
    return message + (f" (did you mean '{close[0]}'?)" if close else f"; known fields: {', '.join(known)}")
