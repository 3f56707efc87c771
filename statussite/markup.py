"""Markdown bodies to HTML: tables, fenced code and stable heading anchors.

A heading links to itself (its text is the link, so the link's name is the heading's, not "#").
Code blocks and tables scroll sideways on a phone, so they take keyboard focus (tabindex) to
let a keyboard user scroll them too.
"""

from __future__ import annotations

import re
from typing import Callable

import markdown
from markupsafe import Markup, escape

EXTENSIONS = ["tables", "fenced_code", "toc", "sane_lists"]
EXTENSION_CONFIGS = {
    "toc": {
        "anchorlink": True,
        "anchorlink_class": "anchor",
        "toc_depth": "2-4",
    }
}
SITE_LINK = re.compile(r'\b(href|src)="/([^"]*)"')
SCROLLING_BLOCK = re.compile(r"<(pre|table)>")


class MarkdownRenderer:
    """One Python-Markdown instance reused for every body (reset between documents)."""

    def __init__(self) -> None:
        self._md = markdown.Markdown(extensions=EXTENSIONS, extension_configs=EXTENSION_CONFIGS, output_format="html")

    def render(self, text: str, link: Callable[[str], str]) -> str:
        """HTML for `text`, with every root-relative link (`/410/`) made relative by `link`."""
        html = SCROLLING_BLOCK.sub(r'<\1 tabindex="0">', self._md.reset().convert(text))
        return SITE_LINK.sub(lambda match: f'{match.group(1)}="{link(match.group(2))}"', html)


def inline_code(text: str) -> Markup:
    """Escape plain text, then show `backticked` words as code: summaries name header fields."""
    return Markup(re.sub(r"`([^`]+)`", r"<code>\1</code>", str(escape(text))))


def paragraphs(text: str) -> list[str]:
    """Split quoted spec text into paragraphs at blank lines, folding the line breaks inside."""
    return [" ".join(block.split()) for block in re.split(r"\n\s*\n", text.strip()) if block.strip()]
