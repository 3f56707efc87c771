"""Every "RFC NNNN" the content writes must be in the RFC table, and what is written beside it must agree.

History written from memory goes wrong in small ways (a year off, "added in RFC 7538" for an
RFC that only obsoleted the first one), so each mention is checked against content/rfcs.yml.

"Beside" a mention (docs/content.md#the-rfc-table) is:
- the parenthesis right after it, "RFC 7238 (Experimental, June 2014)", whole;
- otherwise the words after it, at most WINDOW of them, up to the end of the sentence or clause
  (. ; : ! ?), a parenthesis that closes around it, or the next mention, whichever comes first;
- and the one word right before it, with no punctuation between: "the 1999 RFC 2616".
There, a year (with its month, if one is written before it) must be the RFC's; "Experimental" or
"Informational" its category; "Historic" its status; "obsoleted by" needs an RFC that obsoletes
it, and "RFC X obsoletes/obsoleted RFC Y" needs Y in X's `obsoletes`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from ..frontmatter import FrontMatter, KeyPath, Spot
from ..load import DataFile, Document
from ..model import Rfc
from ..problems import Problem
from .rfc_table import MONTHS, RFC_FILE

MENTION = re.compile(r"\bRFC\s(\d{1,5})\b")  # one space, no-break space or line break
YEAR = re.compile(rf"(?:\b({'|'.join(MONTHS)})\s+)?\b(19[6-9]\d|20\d\d)\b")
WORD = re.compile(r"\S+")
CLAUSE_END = re.compile(r"[.;:!?](?=\s|$)|\n\s*\n|\)")
OPENING = re.compile(r"[\s,]*\(")
PUNCTUATION_BEFORE = re.compile(r"[^\w\s]\s*$")
WINDOW = 4
# Front-matter values that quote an RFC word for word: a mention there is the RFC's own text.
QUOTED_KEYS = frozenset({"spec_text"})


@dataclass(frozen=True)
class Mention:
    """One "RFC NNNN" in a text, with what is written beside it."""

    number: int
    start: int
    beside: str
    before: str
    gap_after: str  # the text up to the next mention in the same sentence ("" if none follows)
    next_number: int | None


def mentions(text: str) -> Iterator[Mention]:
    """Each mention in `text`, with its neighbourhood as the module docstring defines it."""
    found = list(MENTION.finditer(text))
    for index, match in enumerate(found):
        following = found[index + 1] if index + 1 < len(found) else None
        limit = min(following.start() if following else len(text), match.end() + 300)  # a sentence is shorter
        rest = text[match.end() : limit]
        opening = OPENING.match(rest)
        if opening:
            depth, end = 0, len(rest)
            for at in range(opening.end() - 1, len(rest)):
                depth += {"(": 1, ")": -1}.get(rest[at], 0)
                if depth == 0:
                    end = at
                    break
            beside = rest[:end]
        else:
            clause = CLAUSE_END.search(rest)
            beside = rest[: clause.start()] if clause else rest
            words = list(WORD.finditer(beside))
            if len(words) > WINDOW:
                beside = beside[: words[WINDOW - 1].end()]
        lead = text[max(0, match.start() - 40) : match.start()]
        before_words = lead.split()
        before = before_words[-1] if before_words and not PUNCTUATION_BEFORE.search(lead) else ""
        sentence_gap = rest if following and not CLAUSE_END.search(rest) and len(rest.split()) <= WINDOW else ""
        yield Mention(int(match.group(1)), match.start(), beside, before, sentence_gap, int(following.group(1)) if following and sentence_gap else None)


def disagreements(mention: Mention, table: dict[int, Rfc]) -> list[str]:
    """What is wrong with one mention: not in the table, or a fact beside it that the table contradicts."""
    rfc = table.get(mention.number)
    if rfc is None:
        return [f"RFC {mention.number} is not in {RFC_FILE}: add its row, read from the RFC itself, or correct the number"]
    found = []
    near = f"{mention.before} {mention.beside}"
    for match in YEAR.finditer(near):
        month, year = match.group(1), int(match.group(2))
        if year != rfc.year or (month and month != rfc.month):
            written = f"{month} {year}" if month else str(year)
            found.append(f"'{written}' is written beside RFC {rfc.number}, but it was published in {rfc.month} {rfc.year} ({RFC_FILE})")
    for word, holds, truth in (
        ("Experimental", rfc.category == "Experimental", f"its category is {rfc.category}"),
        ("Informational", rfc.category == "Informational", f"its category is {rfc.category}"),
        ("Historic", rfc.status == "Historic", f"its status is {rfc.status or rfc.category}"),
    ):
        if re.search(rf"\b{word}\b", near) and not holds:
            found.append(f"RFC {rfc.number} is called {word} here, but {truth} ({RFC_FILE})")
    found.extend(_obsolete_claims(mention, rfc, table))
    return found


def _obsolete_claims(mention: Mention, rfc: Rfc, table: dict[int, Rfc]) -> list[str]:
    gap, other = mention.gap_after, table.get(mention.next_number or 0)
    if other is not None and re.search(r"\bobsoleted by\W*$", gap):
        if rfc.number not in other.obsoletes:
            return [f"RFC {rfc.number} is said to be obsoleted by RFC {other.number}, but RFC {other.number} does not obsolete it ({RFC_FILE})"]
        return []
    if other is not None and re.search(r"\bobsolete[sd]\W*$", gap):
        if other.number not in rfc.obsoletes:
            return [f"RFC {rfc.number} is said to obsolete RFC {other.number}, but it obsoletes {_listed(rfc.obsoletes)} ({RFC_FILE})"]
        return []
    beside = mention.beside
    if re.search(r"\bobsoleted by\b", beside) or re.fullmatch(r"[\s,]*\(?\s*(now |later )?obsolete(d)?\s*", beside) or mention.before.lower() == "obsolete":
        if not rfc.obsoleted_by:
            return [f"RFC {rfc.number} is called obsolete here, but no RFC obsoletes it ({RFC_FILE})"]
    elif re.search(r"\bobsolete[sd]\b", beside) and not rfc.obsoletes:
        return [f"RFC {rfc.number} is said to obsolete an RFC here, but it obsoletes none ({RFC_FILE})"]
    return []


def _listed(numbers: tuple[int, ...]) -> str:
    return ", ".join(f"RFC {number}" for number in numbers) or "none"


def mention_problems(docs: list[Document], data: list[DataFile], table: dict[int, Rfc]) -> list[Problem]:
    """Every mention in the bodies and front-matter of `docs` and in the values of `data` that the
    table refuses, at the mention's own line and column."""
    problems: list[Problem] = []
    for doc in docs:
        body = doc.blanked_body  # code blocks and spans blanked: an example message is not prose
        for mention in mentions(body):
            for message in disagreements(mention, table):
                line = doc.body_line + body.count("\n", 0, mention.start)
                col = mention.start - (body.rfind("\n", 0, mention.start) + 1) + 1
                problems.append(Problem(doc.path, line, col, message))
        problems.extend(_front_problems(doc.path, doc.front, table))
    for item in data:
        problems.extend(_front_problems(item.path, item.front, table))
    return problems


def _front_problems(path: str, front: FrontMatter, table: dict[int, Rfc]) -> list[Problem]:
    problems = []
    for key, text in _strings(front.data, ()):
        if "RFC" not in text or key[0] in QUOTED_KEYS:
            continue
        place = _placer(front, key)
        for mention in mentions(text):
            for message in disagreements(mention, table):
                spot = place(text, mention.start)
                problems.append(Problem(path, spot.line, spot.col, message))
    return problems


def _strings(value: Any, path: KeyPath) -> Iterator[tuple[KeyPath, str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, path + (key,))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, path + (index,))


def _placer(front: FrontMatter, path: KeyPath) -> Callable[[str, int], Spot]:
    """Where the mention at `offset` of the value at `path` was written: the same words, looked for
    in the lines from the value's own; the value's spot if a line break splits them."""
    start = front.spot(path)

    def place(text: str, offset: int) -> Spot:
        word = MENTION.match(text, offset)
        target = word.group(0) if word else ""
        nth = text.count(target, 0, offset)
        for index in range(start.line - front.first_line, len(front.lines)):
            line = front.lines[index]
            from_col = start.col - 1 if index == start.line - front.first_line else 0
            at = line.find(target, from_col)
            while at >= 0:
                if nth == 0:
                    return Spot(index + front.first_line, at + 1)
                nth -= 1
                at = line.find(target, at + 1)
        return start

    return place
