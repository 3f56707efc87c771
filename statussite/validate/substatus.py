"""Check content/iis-substatus.yml, IIS's sub-status codes (500.19), and build their records.

One file rather than a field in every code file: the rows come from two Microsoft pages, and
they are shown on the base code's page (/500/#iis-500-19), which must exist.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from ..load import Document
from ..model import SubStatus
from ..problems import Problem
from .schema import Field, ListOf, Record, RecordOf, Text, Url, complain

SUBSTATUS_CODE = re.compile(r"(\d{3})\.(\d{1,3})")

ROW = RecordOf(
    {
        "code": Field(Text()),
        "name": Field(Text()),
        "source": Field(Text(), bound=False),  # the key of one of 'sources', whose title and URL the row holds
        "meaning": Field(Text()),
        "fix": Field(Text()),
    },
    into=SubStatus,
)
SUBSTATUS_SCHEMA = Record(
    {
        "sources": Field(ListOf(Record({"key": Field(Text()), "title": Field(Text()), "url": Field(Url())}))),
        "substatus": Field(ListOf(ROW)),
    }
)


def substatus_codes(doc: Document, codes: Collection[int], problems: list[Problem]) -> tuple[SubStatus, ...]:
    """Every row of `doc`, or () after adding its problems; `codes` are those with a page."""
    front = doc.front
    values = SUBSTATUS_SCHEMA.check(front, (), front.data) or {}
    sources = {item["key"]: item for item in values.get("sources") or () if item and item["key"]}
    rows: list[SubStatus] = []
    seen: dict[str, int] = {}
    for index, item in enumerate(values.get("substatus") or ()):
        if not item or not item["code"]:
            continue
        path = ("substatus", index)
        match = SUBSTATUS_CODE.fullmatch(item["code"])
        if not match:
            complain(front, path + ("code",), f"'code' must be a status code, a dot and the sub-status number, such as \"500.19\"; got '{item['code']}'")
            continue
        base = int(match.group(1))
        if base not in codes:
            complain(front, path + ("code",), f"sub-status {item['code']}: code {base} has no page (no content/codes/{base}.md)")
        if item["code"] in seen:
            complain(front, path + ("code",), f"sub-status {item['code']} is listed twice (first on line {seen[item['code']]})")
        seen.setdefault(item["code"], front.spot(path + ("code",)).line)
        source = sources.get(item["source"] or "")
        if item["source"] and source is None:
            complain(front, path + ("source",), f"'source' must be the key of one of 'sources' ({', '.join(sources)}); got '{item['source']}'")
        if None in item.values() or source is None:
            continue
        rows.append(ROW.bind(item, base=base, source_title=source["title"], source_url=source["url"]))
    problems.extend(Problem(doc.path, spot.line, spot.col, message) for spot, message in front.problems)
    if front.problems:
        return ()
    return tuple(sorted(rows, key=lambda row: (row.base, int(row.code.split(".")[1]))))
