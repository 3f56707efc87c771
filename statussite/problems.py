"""Problems an author must fix, reported as `path:line:col: message`.

The one place problems are printed, so the command line and the dev server say them alike.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import TextIO


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong in one file, at a 1-based line and column."""

    path: str
    line: int
    col: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.col}: {' '.join(self.message.split())}"  # one line, always


class BuildError(Exception):
    """The build stopped; carries every problem found, so the author sees them all at once."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(f"{len(problems)} problem(s)")
        self.problems = sorted(problems)


def report(error: BuildError, stream: TextIO | None = None) -> None:
    """Print every problem, one line each, then how many (on standard error by default)."""
    out = sys.stderr if stream is None else stream
    for problem in error.problems:
        print(problem, file=out)
    count = len(error.problems)
    print(f"{count} problem{'s' if count != 1 else ''} found; nothing was written", file=out)
