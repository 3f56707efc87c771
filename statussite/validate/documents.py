"""The last step of validating any content file: check its body, report what was found."""

from __future__ import annotations

import re

from ..frontmatter import Spot
from ..load import Document
from ..markup import MarkdownRenderer
from ..problems import Problem
from .raw_html import needs_parse

CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def finish(doc: Document, problems: list[Problem]) -> str | None:
    """The body, once the front-matter checks are done; None if the file has any problem,
    which are then all in `problems`, as `path:line:col: message`."""
    front = doc.front
    if not doc.body.strip():
        line = min(doc.body_line, doc.line_count)
        front.problems.append((Spot(line, 1), "the body is empty: write the guidance in Markdown below the front-matter"))
    front.problems.extend(control_character_problems(doc))
    front.problems.extend(raw_html_problems(doc))
    problems.extend(Problem(doc.path, spot.line, spot.col, message) for spot, message in front.problems)
    return None if front.problems else doc.body


def raw_html_problems(doc: Document) -> list[tuple[Spot, str]]:
    """Every raw HTML tag and unsafe link in the body, where it was written.

    The renderer decides what is raw HTML (so code spans, code blocks and escapes count as it
    counts them); only bodies that could hold any are rendered here, which is almost none.
    """
    blanked = doc.blanked_body
    if not needs_parse(blanked):
        return []
    renderer = MarkdownRenderer()
    renderer.render(doc.body, lambda path: path)
    found = []
    used: set[int] = set()
    for text, why in renderer.refused:
        at = blanked.find(text)
        while at in used:
            at = blanked.find(text, at + 1)
        at = max(at, 0)
        used.add(at)
        line = doc.body_line + blanked.count("\n", 0, at)
        col = at - (blanked.rfind("\n", 0, at) + 1) + 1
        found.append((Spot(line, col), why))
    return found


def control_character_problems(doc: Document) -> list[tuple[Spot, str]]:
    """Control characters (other than tab and line breaks) have no place in prose, and
    Python-Markdown uses some of them as its own placeholders."""
    found = []
    for match in CONTROL.finditer(doc.body):
        line = doc.body_line + doc.body.count("\n", 0, match.start())
        col = match.start() - (doc.body.rfind("\n", 0, match.start()) + 1) + 1
        found.append((Spot(line, col), f"control character U+{ord(match.group(0)):04X} is not allowed; delete it"))
    return found[:10]  # a binary file would list thousands; ten say enough
