"""Check a comparison page (content/compare/401-vs-403.md) and build its model.

The author writes per code only what a person must judge: what it means, what the client
should do and, where they apply, who is at fault, whether it is permanent and whether the
method is kept. The table adds what the code pages already say (caching, header fields, source).
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import PurePosixPath
from typing import Any

from ..frontmatter import FrontMatter
from ..load import Document
from ..model import CodeFacts, Comparison
from ..problems import Problem
from .documents import finish
from .schema import Field, Integer, ListOf, RecordOf, Text, complain

# Facts a comparison may leave out, but then for all of its codes, so the table has no gaps.
OPTIONAL_FACTS = ("fault", "method", "permanent")

COMPARISON_SCHEMA = RecordOf(
    {
        "title": Field(Text()),
        "summary": Field(Text()),
        "codes": Field(
            ListOf(
                RecordOf(
                    {
                        "code": Field(Integer()),
                        "means": Field(Text()),
                        **{key: Field(Text(), required=False) for key in OPTIONAL_FACTS},
                        "client": Field(Text()),
                    },
                    into=CodeFacts,
                )
            ),
            attr="facts",
        ),
    },
    into=Comparison,
)


def comparison(doc: Document, codes: Collection[int], problems: list[Problem]) -> Comparison | None:
    """The Comparison in `doc`, or None after adding its problems; `codes` are those with a page."""
    front = doc.front
    values = COMPARISON_SCHEMA.check(front, (), front.data)
    entries = values["codes"]
    if entries is not None:
        _check_codes(doc, front, entries, codes)
        _check_same_facts(front, entries)
    body = finish(doc, problems)
    if body is None:
        return None
    return COMPARISON_SCHEMA.bind(values, body=body, path=doc.path, body_line=doc.body_line)


def _check_codes(doc: Document, front: FrontMatter, entries: tuple[dict[str, Any], ...], codes: Collection[int]) -> None:
    if len(entries) < 2:
        complain(front, ("codes",), "a comparison needs at least two codes")
        return
    seen: set[int] = set()
    for index, entry in enumerate(entries):
        number = entry["code"]
        if number is None:
            continue  # not a whole number: reported by the schema
        if number in seen:
            complain(front, ("codes", index, "code"), f"code {number} is listed twice")
        elif number not in codes:
            complain(front, ("codes", index, "code"), f"code {number} has no page (no content/codes/{number}.md)")
        seen.add(number)
    if len(seen) < len(entries) or not seen <= set(codes):
        return  # the file name follows once the codes are right
    slug = "-vs-".join(str(entry["code"]) for entry in entries)
    name = PurePosixPath(doc.path).name
    if name != f"{slug}.md":
        complain(front, ("codes",), f"a comparison of these codes, in this order, must be named {slug}.md, not {name}")


def _check_same_facts(front: FrontMatter, entries: tuple[dict[str, Any], ...]) -> None:
    for key in OPTIONAL_FACTS:
        given = [entry["code"] for entry in entries if entry[key] is not None]
        if not given:
            continue
        for index, entry in enumerate(entries):
            if entry[key] is None:
                complain(front, ("codes", index), f"code {entry['code']} has no '{key}' but code {given[0]} has: give every code the same facts")
