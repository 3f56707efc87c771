"""The last step of validating any content file: check its body, report what was found."""

from __future__ import annotations

from .frontmatter import Spot
from .load import Document
from .problems import Problem


def finish(doc: Document, problems: list[Problem]) -> str | None:
    """The body, once the front-matter checks are done; None if the file has any problem,
    which are then all in `problems`, as `path:line:col: message`."""
    front = doc.front
    if not doc.body.strip():
        line = min(doc.body_line, doc.line_count)
        front.problems.append((Spot(line, 1), "the body is empty: write the guidance in Markdown below the front-matter"))
    problems.extend(Problem(doc.path, spot.line, spot.col, message) for spot, message in front.problems)
    return None if front.problems else doc.body
