"""Check content/rfcs.yml, the one table of every RFC the content names, and build its rows.

One table rather than dates written in each page: a year or status beside an RFC mention is
checked against it (rfc_mentions.py), so two pages cannot date one RFC differently.
"""

from __future__ import annotations

import re

from ..load import DataFile
from ..model import Rfc
from ..problems import Problem
from .schema import Field, Integer, ListOf, Record, RecordOf, Text, complain

RFC_FILE = "content/rfcs.yml"
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")
CATEGORIES = ("Standards Track", "Best Current Practice", "Informational", "Experimental", "Historic")
PUBLISHED = re.compile(rf"({'|'.join(MONTHS)}) (19[6-9]\d|20\d\d)")

ROW = RecordOf(
    {
        "number": Field(Integer()),
        "title": Field(Text()),
        "published": Field(Text(), bound=False),  # "June 2022": the row holds its month and year
        "category": Field(Text(CATEGORIES)),
        "status": Field(Text(("Historic",)), required=False),
        "status_source": Field(Text(), required=False, bound=False),  # only checked: a changed status must say where it is recorded
        "obsoletes": Field(ListOf(Integer())),
        "obsoleted_by": Field(ListOf(Integer())),
        "source": Field(Text()),
    },
    into=Rfc,
)
RFC_SCHEMA = Record({"rfcs": Field(ListOf(ROW))})


def rfc_table(doc: DataFile | None, problems: list[Problem]) -> dict[int, Rfc] | None:
    """Every row of the table by number; None if there is no table, or after adding its problems
    (a broken table would make every mention look unknown)."""
    if doc is None:
        return None
    front = doc.front
    values = RFC_SCHEMA.check(front, (), front.data) or {}
    rows: dict[int, Rfc] = {}
    seen: dict[int, int] = {}
    positions: dict[int, int] = {}  # number -> its index in the file's list, for the spots of its fields
    for index, item in enumerate(values.get("rfcs") or ()):
        path = ("rfcs", index)
        if not item or None in (item["number"], item["title"], item["published"], item["category"], item["obsoletes"], item["obsoleted_by"], item["source"]):
            continue
        number = item["number"]
        if number in seen:
            complain(front, path + ("number",), f"RFC {number} is listed twice (first on line {seen[number]})")
            continue
        seen[number] = front.spot(path + ("number",)).line
        positions[number] = index
        published = PUBLISHED.fullmatch(item["published"])
        if not published:
            complain(
                front,
                path + ("published",),
                f"'published' must be the month and year on the RFC's first page, such as \"June 2022\"; got '{item['published']}'",
            )
            continue
        if item["status"] and not item["status_source"]:
            complain(front, path + ("status",), "a changed 'status' needs 'status_source': where the reclassification is recorded")
        rows[number] = ROW.bind(item, month=published.group(1), year=int(published.group(2)))
    _check_links(doc, rows, positions)
    problems.extend(Problem(doc.path, spot.line, spot.col, message) for spot, message in front.problems)
    return None if front.problems else rows


def _check_links(doc: DataFile, rows: dict[int, Rfc], index: dict[int, int]) -> None:
    """`obsoletes` and `obsoleted_by` must agree where both RFCs are in the table, and run forward in time."""
    for row in rows.values():
        for key, others, back in (("obsoletes", row.obsoletes, "obsoleted_by"), ("obsoleted_by", row.obsoleted_by, "obsoletes")):
            for position, number in enumerate(others):
                other = rows.get(number)
                if other is None:
                    continue
                spot = ("rfcs", index[row.number], key, position)
                if row.number not in getattr(other, back):
                    complain(doc.front, spot, f"RFC {row.number} {key.replace('_', ' ')} RFC {number}, but RFC {number}'s '{back}' does not list {row.number}")
                earlier, later = (other, row) if key == "obsoletes" else (row, other)
                if earlier.year > later.year:
                    complain(doc.front, spot, f"RFC {later.number} ({later.year}) cannot obsolete RFC {earlier.number}, published later ({earlier.year})")
