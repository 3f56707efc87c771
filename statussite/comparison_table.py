"""The table of a comparison page: one column per code, one row per fact.

Rows the author wrote come first; then rows derived from the code pages, so that a fact such
as "heuristically cacheable" is written once, in the code's own file.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Comparison, Site, StatusCode

# Facts the author writes, in table order, with their row labels.
WRITTEN_ROWS = (
    ("means", "In short"),
    ("permanent", "Permanent?"),
    ("method", "Method and body when followed"),
    ("fault", "Whose fault"),
    ("client", "What the client should do"),
)


@dataclass(frozen=True)
class Row:
    label: str
    cells: tuple[str, ...]  # one per code, in the comparison's order; `backticks` show as code


def comparison_rows(comparison: Comparison, site: Site) -> tuple[Row, ...]:
    facts = comparison.facts
    codes = [site.by_code[item.code] for item in facts]
    rows = [Row(label, tuple(getattr(item, key) for item in facts)) for key, label in WRITTEN_ROWS if getattr(facts[0], key) is not None]
    rows.append(Row("Header fields", tuple(header_text(code) for code in codes)))
    rows.append(Row("Heuristically cacheable", tuple(code.caching for code in codes)))
    rows.append(Row("Defined in", tuple(source_text(code) for code in codes)))
    if any(code.history for code in codes):
        rows.append(Row("History", tuple(history_text(code) for code in codes)))
    return tuple(rows)


def header_text(code: StatusCode) -> str:
    """ "`Location` (SHOULD)", or "None" when the code page lists no header field."""
    fields = [f"`{item.field}`" + (f" ({item.requirement})" if item.requirement else "") for item in code.headers]
    return ", ".join(fields) or "None"


def history_text(code: StatusCode) -> str:
    """The code's history facts (its front-matter `history`), as its page shows them: "First
    defined in RFC 2518 (1999); renamed to Unprocessable Content in RFC 9110 (2022)"."""
    steps = [f"{step.label} in {step.document} ({step.year})" for step in code.history]
    return "; ".join(steps[:1] + [step[0].lower() + step[1:] for step in steps[1:]]) or "Not recorded"


def source_text(code: StatusCode) -> str:
    if code.source:
        return code.source.citation
    assert code.vendor, "validation gives every code a source or a vendor"
    return f"No standard: used by {code.vendor.name}"
