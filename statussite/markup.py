"""Markdown bodies to HTML: tables, fenced code and stable heading anchors."""

from __future__ import annotations

import re
from typing import Callable

import markdown
from markupsafe import Markup, escape

EXTENSIONS = ["tables", "fenced_code", "toc", "sane_lists"]
EXTENSION_CONFIGS = {
    "toc": {
        "permalink": "#",
        "permalink_class": "anchor",
        "permalink_title": "Link to this section",
        "toc_depth": "2-4",
    }
}
SITE_LINK = re.compile(r'\b(href|src)="/([^"]*)"')


class MarkdownRenderer:
    """One Python-Markdown instance reused for every body (reset between documents)."""

    def __init__(self) -> None:
        self._md = markdown.Markdown(extensions=EXTENSIONS, extension_configs=EXTENSION_CONFIGS, output_format="html")

    def render(self, text: str, link: Callable[[str], str]) -> str:
        """HTML for `text`, with every root-relative link (`/410/`) made relative by `link`."""
        html = self._md.reset().convert(text)
        return SITE_LINK.sub(lambda match: f'{match.group(1)}="{link(match.group(2))}"', html)


def inline_code(text: str) -> Markup:
    """Escape plain text, then show `backticked` words as code: summaries name header fields."""
    return Markup(re.sub(r"`([^`]+)`", r"<code>\1</code>", str(escape(text))))


def paragraphs(text: str) -> list[str]:
    """Split quoted spec text into paragraphs at blank lines, folding the line breaks inside."""
    return [" ".join(block.split()) for block in re.split(r"\n\s*\n", text.strip()) if block.strip()]
