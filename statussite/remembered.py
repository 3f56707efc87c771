"""Per-file validation results kept by the dev server from one build to the next.

Checking a code file (its fields, its HTTP examples, its body) depends on that file's text
alone, so a save of one file need not check the hundred others again. Each result is kept with
the text it came from and the problems it reported, and is used again only for the same text;
results no build asked for are dropped, so nothing grows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from .problems import Problem

Result = TypeVar("Result")


class Remembered:
    """Results by (step, file), each with the file's text and the problems it reported."""

    def __init__(self) -> None:
        self._last: dict[tuple[str, str], tuple[object, Any, list[Problem]]] = {}
        self._now: dict[tuple[str, str], tuple[object, Any, list[Problem]]] = {}

    def start(self) -> None:
        """A new build: keep what the last one used, drop what it did not."""
        if self._now:
            self._last, self._now = self._now, {}

    def run(self, step: str, path: str, text: object, compute: Callable[[list[Problem]], Result], problems: list[Problem]) -> Result:
        """`compute(problems)`, or what it gave for the same text last time (its problems added
        again). `text`: what the result depends on (the file's text, with anything else it reads)."""
        key = (step, path)
        kept = self._now.get(key) or self._last.get(key)
        if kept is None or kept[0] != text:
            found: list[Problem] = []
            kept = (text, compute(found), found)
        self._now[key] = kept
        problems.extend(kept[2])
        result: Result = kept[1]
        return result


def run_always(step: str, path: str, text: object, compute: Callable[[list[Problem]], Result], problems: list[Problem]) -> Result:
    """The same call as Remembered.run, for a full build that keeps nothing."""
    return compute(problems)
