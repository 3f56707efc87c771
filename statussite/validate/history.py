"""A code's history facts, stated once in its front-matter `history` and checked against the RFC table.

Where a code was first defined, renamed and retired was written in prose on several pages, and
the pages disagreed; now the code page, the comparisons and the guide show these facts, and the
dates come from content/rfcs.yml.
"""

from __future__ import annotations

import re
from typing import Any

from ..frontmatter import FrontMatter
from ..model import HistoryFacts, Milestone, Rfc
from .rfc_table import RFC_FILE
from .schema import Field, Integer, ListOf, RecordOf, Text, Url, complain

RFC_NAME = re.compile(r"RFC (\d{1,5})")
RETIRED = ("deprecated", "obsoleted", "unused")  # the statuses that say a code was retired

HISTORY = RecordOf(
    {
        "defined": Field(Text()),
        "defined_year": Field(Integer(), required=False),
        "defined_url": Field(Url(), required=False),
        "renamed": Field(ListOf(Text()), required=False),
        "retired": Field(Text(), required=False),
    },
    into=HistoryFacts,
)


def history(front: FrontMatter, values: dict[str, Any], table: dict[int, Rfc] | None) -> tuple[Milestone, ...]:
    """The milestones of `values["history"]`, oldest first; () after recording problems, or when
    there is no history (allowed only for unofficial codes) or no RFC table to check it against."""
    facts, status = values.get("history"), values.get("status")
    if "history" not in front.data:
        if status and status not in ("unofficial", "temporary") and table is not None:
            complain(front, (), "missing required field 'history': where the code was first defined (docs/content.md#history)")
        return ()
    if not facts or facts["defined"] is None or table is None:
        return ()
    problems_before = len(front.problems)
    defined = _defined(front, facts, table)
    renamed = [_rfc(front, ("history", "renamed", index), text, table) for index, text in enumerate(facts["renamed"] or ())]
    retired = _rfc(front, ("history", "retired"), facts["retired"], table) if facts["retired"] else None
    if status in RETIRED and facts["retired"] is None:
        complain(front, ("history",), f"'status' is {status}: 'history.retired' must name the RFC that made it so")
    if facts["retired"] and status not in RETIRED:
        complain(front, ("history", "retired"), f"'history.retired' is only for a code whose status is {', '.join(RETIRED)}; this one is {status}")
    if defined is None or None in renamed or len(front.problems) > problems_before:
        return ()
    steps = [defined]
    steps.extend(_renamings(front, values, defined, [item for item in renamed if item], retired if status in ("unused", "obsoleted") else None, table))
    if retired is not None:
        if retired.year < defined.year:
            complain(front, ("history", "retired"), f"RFC {retired.number} ({retired.year}) is older than the code's definition ({defined.year})")
        steps.append(Milestone(str(status), retired.name, retired.year, retired.url, retired.described))
    return () if len(front.problems) > problems_before else tuple(steps)


def _defined(front: FrontMatter, facts: dict[str, Any], table: dict[int, Rfc]) -> Milestone | None:
    text, year, url = facts["defined"], facts["defined_year"], facts["defined_url"]
    if RFC_NAME.fullmatch(text):
        rfc = _rfc(front, ("history", "defined"), text, table)
        if rfc and year is not None and year != rfc.year:
            complain(
                front, ("history", "defined_year"), f"'history.defined_year' is {year}, but {rfc.name} was published in {rfc.month} {rfc.year} ({RFC_FILE})"
            )
        return Milestone("defined", rfc.name, rfc.year, url or rfc.url, rfc.described) if rfc else None
    if year is None or url is None:
        complain(front, ("history", "defined"), f"'{text}' is not an RFC: give 'history.defined_year' and 'history.defined_url' (where it can be read)")
        return None
    return Milestone("defined", text, year, url, str(year))


def _rfc(front: FrontMatter, path: tuple[str | int, ...], text: str, table: dict[int, Rfc]) -> Rfc | None:
    match = RFC_NAME.fullmatch(text)
    if not match:
        complain(front, path, f"must name an RFC, such as 'RFC 9110'; got '{text}'")
        return None
    rfc = table.get(int(match.group(1)))
    if rfc is None:
        complain(front, path, f"{text} is not in {RFC_FILE}: add its row, read from the RFC itself")
    return rfc


def _renamings(
    front: FrontMatter, values: dict[str, Any], defined: Milestone, renamed: list[Rfc], retired: Rfc | None, table: dict[int, Rfc]
) -> list[Milestone]:
    """Each renaming with the name it gave. The former names, oldest first, pair with the renamings:
    the n-th former name must come from a document older than the n-th renaming. An unused or
    obsoleted code may have one former name more, taken away when it was retired."""
    former = sorted(values.get("former_names") or (), key=lambda item: _year(item["document"], table))
    extra = len(former) - len(renamed)
    if extra not in ((0, 1) if retired else (0,)):
        complain(
            front,
            ("history", "renamed"),
            f"'history.renamed' lists {len(renamed)} renaming(s) but 'former_names' has {len(former)} name(s): give one RFC per former name",
        )
        return []
    steps = []
    for index, rfc in enumerate(renamed):
        if index and rfc.year < renamed[index - 1].year:
            complain(front, ("history", "renamed", index), "'history.renamed' must be oldest first")
        if rfc.year < defined.year or _year(former[index]["document"], table) >= rfc.year:
            complain(
                front, ("history", "renamed", index), f"{rfc.name} ({rfc.year}) cannot have renamed '{former[index]['name']}' ({former[index]['document']})"
            )
        new_name = former[index + 1]["name"] if index + 1 < len(former) else values["name"]
        steps.append(Milestone("renamed", rfc.name, rfc.year, rfc.url, rfc.described, new_name))
    return steps


def _year(document: object, table: dict[int, Rfc]) -> int:
    match = RFC_NAME.fullmatch(document) if isinstance(document, str) else None
    rfc = table.get(int(match.group(1))) if match else None
    return rfc.year if rfc else 0
