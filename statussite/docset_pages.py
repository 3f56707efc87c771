"""A built page's sections, read from its headings, and Dash's table-of-contents anchors for them.

Read from the rendered HTML rather than the templates, so a section added to any template (or
a heading in any Markdown body) is listed in the viewer's sidebar without a change here.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from urllib.parse import quote

# A heading with an id, up to its end tag: the markup of the templates and of Python-Markdown.
HEADING = re.compile(r'<h([1-6])\b[^>]*?\bid="([^"]+)"[^>]*>(.*?)</h\1>', re.DOTALL)
TITLE = re.compile(r"<h1\b[^>]*>(.*?)</h1>", re.DOTALL)
# The "#" link beside a heading (markup.py, templates): not part of the heading's words.
PERMALINK = re.compile(r'<a\b[^>]*\bclass="anchor"[^>]*>.*?</a>', re.DOTALL)
TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class Heading:
    """A section of a page: the id a link can target, and the heading's words."""

    id: str
    text: str


def text_of(markup: str) -> str:
    """The words of a heading's inner HTML, without tags or the permalink, spaces collapsed."""
    return " ".join(html.unescape(TAG.sub("", PERMALINK.sub("", markup))).split())


def page_title(page: str) -> str | None:
    """The words of the page's h1, or None when it has none."""
    found = TITLE.search(page)
    return text_of(found.group(1)) if found else None


def _section(found: re.Match[str]) -> Heading | None:
    """The section a HEADING match is, or None for the page's h1 (its title, not a section)."""
    return None if found.group(1) == "1" else Heading(found.group(2), text_of(found.group(3)))


def sections(page: str) -> tuple[Heading, ...]:
    """Every h2 to h6 with an id, in page order."""
    return tuple(filter(None, map(_section, HEADING.finditer(page))))


def dash_anchor(heading: Heading) -> str:
    """Dash's table-of-contents anchor for a section (kapeli.com/docsets, "Table of Contents Support")."""
    name = quote(heading.text, safe="")
    return f'<a name="//apple_ref/cpp/Section/{name}" class="dashAnchor"></a>'


def with_dash_anchors(page: str) -> str:
    """The page with a dashAnchor just before each section heading, so Dash lists the sections."""

    def anchored(found: re.Match[str]) -> str:
        heading = _section(found)
        return dash_anchor(heading) + found.group(0) if heading else found.group(0)

    return HEADING.sub(anchored, page)
