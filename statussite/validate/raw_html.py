"""Raw HTML and unsafe links in Markdown bodies: refused by validation, neutralised when rendered.

Python-Markdown passes raw HTML through untouched, so `<script>` or `<img onerror=…>` in a body
would run in the page. The hosted site's Content-Security-Policy blocks inline code, but the
offline bundle is opened from disk with no such header. So the renderer never emits raw HTML
(a tag that is not on the short allow-list is shown as text) or a link that is not http(s),
mailto or relative; and validation reports every one of them at its line and column, so an
author learns of it instead of finding escaped text on the page.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as etree
from dataclasses import dataclass, field

from markdown import Markdown
from markdown.extensions import Extension
from markdown.inlinepatterns import HTML_RE, HtmlInlineProcessor
from markdown.treeprocessors import Treeprocessor

# Harmless inline elements, allowed without attributes (`<kbd>Ctrl</kbd>`).
ALLOWED_TAGS = frozenset({"abbr", "b", "br", "code", "del", "em", "i", "ins", "kbd", "mark", "q", "s", "samp", "small", "strong", "sub", "sup", "var", "wbr"})
SAFE_SCHEMES = frozenset({"http", "https", "mailto"})
BARE_TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)\s*/?>")
TAG_NAME = re.compile(r"<\s*/?\s*([a-zA-Z][^\s/>]*)")
SCHEME = re.compile(r"([a-z][a-z0-9+.\-]*):")
INVISIBLE = re.compile(r"[\x00-\x20\x7f]+")
# Only bodies with something that looks like HTML, or a link whose address starts with a scheme
# (before any "/", "?" or "#"), need the real parse; most bodies have neither.
TAG_LIKE = re.compile(r"<[a-zA-Z/!?]")
LINK_SCHEME = re.compile(r"\]\(\s*<?([^)\s/?#]*):|^\s*\[[^\]]+\]:\s*<?([^\s/?#]*):", re.MULTILINE)


@dataclass
class Refusals:
    """What one rendering refused, in the order met: (text as written, why)."""

    found: list[tuple[str, str]] = field(default_factory=list)


def refusal_for_tag(fragment: str) -> str | None:
    """Why an inline HTML fragment may not stay, or None if it is an allowed bare tag."""
    bare = BARE_TAG.fullmatch(fragment)
    if bare and bare.group(1).lower() in ALLOWED_TAGS:
        return None
    if fragment.startswith("<!--"):
        return "raw HTML is not allowed: an HTML comment; delete it (Markdown has no comments)"
    name = TAG_NAME.match(fragment)
    tag = ("/" if fragment.startswith("</") else "") + (name.group(1).lower() if name else fragment[1:20])
    if bare is None and name and tag.lstrip("/") in ALLOWED_TAGS:
        return f"raw HTML is not allowed: <{tag}> with attributes; only bare {', '.join(f'<{t}>' for t in sorted(ALLOWED_TAGS))} may appear"
    return f"raw HTML is not allowed: <{tag}>; write Markdown instead (put HTML that is shown as an example in `backticks` or a fenced code block)"


def refusal_for_url(url: str) -> str | None:
    """Why a link or image address may not stay: only http(s), mailto and relative addresses."""
    plain = INVISIBLE.sub("", html.unescape(url)).lower()
    scheme = SCHEME.match(plain)
    if scheme is None or scheme.group(1) in SAFE_SCHEMES:
        return None
    return f"link to a {scheme.group(1)}: address is not allowed; link to http(s), mailto or a page of this site"


class _RefusingHtml(HtmlInlineProcessor):
    """Inline HTML: allowed bare tags pass; anything else is kept as escaped text, and noted."""

    def __init__(self, pattern: str, md: Markdown, refusals: Refusals):
        super().__init__(pattern, md)
        self.refusals = refusals

    def handleMatch(self, m: re.Match[str], data: str) -> tuple[etree.Element | str | None, int | None, int | None]:  # type: ignore[override]  # the stubs give the older Pattern signature
        fragment = m.group(1)
        why = refusal_for_tag(fragment)
        if why is None:
            return super().handleMatch(m, data)
        self.refusals.found.append((fragment, why))
        return self.md.htmlStash.store(html.escape(fragment)), m.start(0), m.end(0)


class _RefusingLinks(Treeprocessor):
    """Links and images whose address is not http(s), mailto or relative lose that address."""

    def __init__(self, md: Markdown, refusals: Refusals):
        super().__init__(md)
        self.refusals = refusals

    def run(self, root: etree.Element) -> None:
        for element in root.iter():
            if element.tag not in ("a", "img"):
                continue
            attribute = "href" if element.tag == "a" else "src"
            url = element.get(attribute)
            why = refusal_for_url(url) if url is not None else None
            if why is not None and url is not None:
                self.refusals.found.append((url, why))
                del element.attrib[attribute]


class RefuseRawHtml(Extension):
    """No raw HTML blocks or tags and no unsafe links in the output; `refusals` lists them."""

    def __init__(self) -> None:
        super().__init__()
        self.refusals = Refusals()

    def extendMarkdown(self, md: Markdown) -> None:
        md.preprocessors.deregister("html_block")  # a block of HTML becomes text, tag by tag
        md.inlinePatterns.register(_RefusingHtml(HTML_RE, md, self.refusals), "html", 90)
        md.treeprocessors.register(_RefusingLinks(md, self.refusals), "refuse_links", 1)  # after inline (20)


def needs_parse(blanked_body: str) -> bool:
    """Whether a body (code blanked out) holds anything that could be raw HTML or an unsafe link."""
    if TAG_LIKE.search(blanked_body):
        return True
    schemes = ((match.group(1) or match.group(2) or "").lower() for match in LINK_SCHEME.finditer(blanked_body))
    return any(scheme not in SAFE_SCHEMES for scheme in schemes)
