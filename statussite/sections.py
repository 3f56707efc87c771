"""A code page's parts in the reader's order: the body's H2 sections set among the template's own.

Readers arrive with a code a server just sent them, so what to do about it comes first and the
reference material last, whatever order an author wrote the body in. The order is decided
here, once, from the rendered body's headings, not by each content file or by the template.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

# The start of every H2 in a rendered body (Python-Markdown's toc extension gives each an id).
H2_START = re.compile(r"<h2\b")
H2 = re.compile(r"<h2\b(?P<attributes>[^>]*)>(?P<inner>.*?)</h2>", re.DOTALL)
ID = re.compile(r'\bid="([^"]*)"')
HEADING_LINK = re.compile(r"<a\b[^>]*\bclass=\"anchor\"[^>]*>.*?</a>", re.DOTALL)
TAG = re.compile(r"<[^>]+>")

# Every part of a code page below its header, in the order a reader needs them. Body sections
# are named by their heading's id; the others are the template's own parts (templates/code.html).
READER_ORDER = (
    "got-this-response",
    "common-causes",
    "when-to-use-it",
    "commonly-confused-with",
    "see-also",
    "example",
    "header-fields",
    "header-list",
    "what-clients-do",
    "clients",
    "servers",
    "specification",
    "send",
    "constants",
    "iis",
    "grpc",
    "data",
    "history",
)


@dataclass(frozen=True)
class BodySection:
    """One H2 section of a rendered body, from its heading to the next; `anchor` "" for text before the first."""

    anchor: str
    title: str
    html: str


@dataclass(frozen=True)
class TemplatePart:
    """One of the template's own parts: its name in READER_ORDER, and its heading's id and text for the contents."""

    key: str
    anchor: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class Part:
    """One part of the page, in place: body HTML (`html`), or the template part named `key` when `html` is ""."""

    key: str
    html: str = ""


@dataclass(frozen=True)
class TocEntry:
    anchor: str
    title: str


@dataclass(frozen=True)
class Layout:
    """The parts of a page in order, and the contents that link to their headings."""

    parts: tuple[Part, ...]
    toc: tuple[TocEntry, ...]


def split_sections(body: str) -> tuple[BodySection, ...]:
    """The body cut before each `<h2`: any text before the first heading, then one section per heading."""
    starts = [match.start() for match in H2_START.finditer(body)]
    cuts = [0, *starts] if not starts or starts[0] else starts
    pieces = [body[start:end] for start, end in zip(cuts, [*cuts[1:], len(body)], strict=True)]
    return tuple(_section(piece) for piece in pieces if piece.strip())


def _section(piece: str) -> BodySection:
    heading = H2.match(piece)
    if heading is None:
        return BodySection("", "", piece)
    title = html.unescape(TAG.sub("", HEADING_LINK.sub("", heading.group("inner")))).strip()
    anchor = ID.search(heading.group("attributes"))
    return BodySection(anchor.group(1) if anchor else "", title, piece)


def arrange(sections: tuple[BodySection, ...], template_parts: tuple[TemplatePart, ...]) -> Layout:
    """The body's sections and the template's parts in READER_ORDER.

    A section READER_ORDER does not name stays right after the known section it followed in
    the body (or first, if it came before any), so an author's extra section keeps its place.
    """
    groups: dict[str, list[BodySection]] = {"": []}
    current = ""
    for section in sections:
        if section.anchor in READER_ORDER and section.anchor not in groups:
            current = section.anchor
            groups[current] = []
        groups[current].append(section)
    own = {part.key: part for part in template_parts}
    parts: list[Part] = []
    toc: list[TocEntry] = []
    for key in ("", *READER_ORDER):
        for section in groups.get(key, []):
            parts.append(Part(section.anchor or "intro", section.html))
            if section.anchor and section.title:
                toc.append(TocEntry(section.anchor, section.title))
        part = own.get(key)
        if part is not None:
            parts.append(Part(key))
            if part.anchor and part.title:
                toc.append(TocEntry(part.anchor, part.title))
    return Layout(tuple(parts), tuple(toc))


def page_layout(body: str, template_parts: tuple[TemplatePart, ...]) -> Layout:
    """The layout of a page with this rendered body and these template parts (called by templates/code.html)."""
    return arrange(split_sections(body), template_parts)
