"""Markdown bodies to HTML: tables, fenced code and stable heading anchors.

A heading's "#" link gets a name that says where it goes (read aloud, "#" says nothing).
Code blocks and tables scroll sideways on a phone, so they take keyboard focus (tabindex) to
let a keyboard user scroll them too.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from collections.abc import Callable, Mapping, Sequence

import markdown
from markdown.extensions import Extension
from markdown.extensions.fenced_code import FencedCodeExtension
from markdown.extensions.sane_lists import SaneListExtension
from markdown.extensions.tables import TableExtension
from markdown.extensions.toc import TocExtension
from markdown.treeprocessors import Treeprocessor
from markupsafe import Markup, escape

from .parallel import Ahead
from .validate.raw_html import RefuseRawHtml

TOC_CONFIG = {
    "marker": "",  # no "[TOC]" placeholder: looking for one walks every element of every body
    "permalink": "#",
    "permalink_class": "anchor",
    "permalink_title": "Link to this section",
    "toc_depth": "2-4",
}
SITE_LINK = re.compile(r'\b(href|src)="/([^"]*)"')
SCROLLING_BLOCK = re.compile(r"<(pre|table)>")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"`])")
# Code is shown, not followed or parsed: fenced blocks and `inline code`.
CODE = re.compile(r"^(```|~~~)[^\n]*\n.*?^\1[ \t]*$|`[^`\n]+`", re.MULTILINE | re.DOTALL)


def blank_code(text: str) -> str:
    """`text` with its code replaced by spaces, line breaks kept: positions stay the same."""
    return CODE.sub(lambda match: "\n".join(" " * len(line) for line in match.group(0).split("\n")), text)


class _NameHeadingLinks(Treeprocessor):
    """Label each heading's "#" link "Link to this section: <heading text>"."""

    def run(self, root: etree.Element) -> None:
        for heading in root.iter():
            for link in heading.findall("a[@class='anchor']") if heading.tag in ("h2", "h3", "h4") else []:
                text = "".join(heading.itertext()).removesuffix(link.text or "").strip()
                link.set("aria-label", f"{TOC_CONFIG['permalink_title']}: {text}")


class HeadingLinkNames(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:
        md.treeprocessors.register(_NameHeadingLinks(md), "heading_link_names", 4)  # after toc (5)


class MarkdownRenderer:
    """One Python-Markdown instance reused for every body (reset between documents).

    Raw HTML and unsafe links never reach the output (see raw_html.py); `refused` lists what
    the last body had of them, for validation to report. The extensions are given as objects:
    named, Python-Markdown looks each name up among every installed package's entry points
    (16 ms at every start). `converted`: bodies already made into HTML by `convert`, by text.
    """

    def __init__(self, converted: Mapping[str, str] | None = None) -> None:
        self._converted = converted or {}
        self._refuse = RefuseRawHtml()
        extensions = [TableExtension(), FencedCodeExtension(), TocExtension(**TOC_CONFIG), SaneListExtension(), HeadingLinkNames(), self._refuse]
        self._md = markdown.Markdown(extensions=extensions, output_format="html")

    @property
    def refused(self) -> list[tuple[str, str]]:
        return list(self._refuse.refusals.found)

    def render(self, text: str, link: Callable[[str], str]) -> str:
        """HTML for `text`, with every root-relative link (`/410/`) made relative by `link`."""
        return relink(self._converted[text] if text in self._converted else self.convert(text), link)

    def convert(self, text: str) -> str:
        """HTML for `text` with its links as written: the same on every page, so it can be made
        by another process before the pages are known (see relink)."""
        self._refuse.refusals.found.clear()
        return SCROLLING_BLOCK.sub(r'<\1 tabindex="0">', self._md.reset().convert(text))


def convert_ahead(texts: Sequence[str]) -> Ahead[str, str]:
    """Start converting `texts` in a forked worker, while this process goes on (parallel.Ahead)."""
    return Ahead(lambda: MarkdownRenderer().convert, texts)


def relink(html: str, link: Callable[[str], str]) -> str:
    """A converted body's root-relative links (`/410/`) made relative to its page by `link`."""
    return SITE_LINK.sub(lambda match: f'{match.group(1)}="{link(match.group(2))}"', html)


def inline_code(text: str) -> Markup:
    """Escape plain text, then show `backticked` words as code: summaries name header fields."""
    return Markup(re.sub(r"`([^`]+)`", r"<code>\1</code>", str(escape(text))))


def identifier(name: str) -> Markup:
    """Escape an identifier and let it wrap only after its "." and "_" separators (a <wbr>), so a
    narrow table cell breaks `HTTP_STATUS_BAD_GATEWAY` between words, never inside one."""
    return Markup(re.sub(r"(?<=[._:])(?=[^._:])", "<wbr>", str(escape(name))))


def first_sentence(text: str) -> str:
    """The summary's first sentence: the home page lists 91 codes and must stay one round trip."""
    return SENTENCE_END.split(text.strip(), maxsplit=1)[0]


def paragraphs(text: str) -> list[str]:
    """Split quoted spec text into paragraphs at blank lines, folding the line breaks inside."""
    return [" ".join(block.split()) for block in re.split(r"\n\s*\n", text.strip()) if block.strip()]
