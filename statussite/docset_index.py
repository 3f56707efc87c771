"""The docset's search index, from the same model as the site: one entry per name a reader types.

Dash and Zeal search these rows, not the pages, so every name a code is known by (its number,
its name, its former names, each library's constant, each IIS sub-status) leads to its page.
Entry types are ones Dash knows, so each row gets Dash's and Zeal's icon for its kind.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Site
from .urls import output_file

# Dash entry types (kapeli.com/docsets, "Supported Entry Types"), one per kind of name.
CODE = "Entry"  # "404 Not Found" and the bare "404"
FORMER_NAME = "Word"  # a name the code had in an older document: "413 Request Entity Too Large"
VENDOR_CODE = "Extension"  # an unofficial code after the product that sends it: "nginx: 499 Client Closed Request"
CLASS = "Category"  # "4xx Client Error"
GUIDE = "Guide"  # the guide and each comparison
SECTION = "Section"  # a question of the guide, or a heading of a page
CONSTANT = "Constant"  # a library's name for a code: "http.StatusNotFound"
SUBSTATUS = "Value"  # an IIS sub-status code: "404.13 Content length too large"


@dataclass(frozen=True, order=True)
class IndexEntry:
    """One row of searchIndex: what the reader types, its Dash type, and the page (with anchor) it opens."""

    name: str
    type: str
    path: str


def page(url: str, anchor: str = "") -> str:
    """The docset path of a site URL: "404/" -> "404/index.html", with "#anchor" when given."""
    return output_file(url) + (f"#{anchor}" if anchor else "")


def model_entries(site: Site) -> tuple[IndexEntry, ...]:
    """Every entry the model names, in page order, each row once."""
    entries: list[IndexEntry] = []
    for status_class in site.classes:
        entries.append(IndexEntry(status_class.title, CLASS, page(status_class.url)))
    for code in site.codes:
        entries += [IndexEntry(code.title, CODE, page(code.url)), IndexEntry(str(code.code), CODE, page(code.url))]
        if code.vendor:
            entries.append(IndexEntry(f"{code.vendor.name}: {code.title}", VENDOR_CODE, page(code.url)))
        entries += [IndexEntry(f"{code.code} {former.name}", FORMER_NAME, page(code.url, "former-names")) for former in code.former_names]
        entries += [IndexEntry(f"{sub.code} {sub.name}", SUBSTATUS, page(code.url, sub.anchor)) for sub in code.substatus]
        for library, names in site.constants_for(code):
            entries += [IndexEntry(library.shown(constant.name), CONSTANT, page(code.url, "constants")) for constant in names]
    if site.guide:
        entries.append(IndexEntry(site.guide.title, GUIDE, page(site.guide.url)))
        entries += [IndexEntry(question.question, SECTION, page(site.guide.url, question.key)) for question in site.guide.questions]
    entries += [IndexEntry(item.title, GUIDE, page(item.url)) for item in site.comparisons]
    return unique(entries)


def unique(entries: list[IndexEntry]) -> tuple[IndexEntry, ...]:
    """The entries without repeats, first one kept (two libraries may spell a constant alike)."""
    return tuple(dict.fromkeys(entries))
