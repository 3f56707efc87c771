"""Check parsed content against the schema and against each other, and build the Site model.

Every problem in every file is collected before anything is reported, so an author fixes a
whole batch in one go.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace
from functools import partial
from typing import Any, TypeVar

from ..clients import ClientRun
from ..kinds import CLASSES, CLIENTS, CODES, COMPARISONS, CONSTANTS, GUIDE, KINDS, RFC_TABLE, SERVERS, SNIPPETS, SUBSTATUS, Check, Checking, Kind
from ..load import Content, Document, Loaded
from ..model import (
    CLASS_KEYS,
    Comparison,
    Guide,
    Library,
    Rfc,
    Site,
    SiteConfig,
    Snippets,
    StatusClass,
    StatusCode,
    SubStatus,
)
from ..pages import declared_paths
from ..problems import Problem
from ..remembered import Remembered, run_always
from ..servers import ServerRun
from .history_claims import origin_problems
from .rfc_mentions import mention_problems
from .rfc_table import rfc_table
from .snippets import check_snippets, has_example_request

Run = Callable[[str, str, object, Callable[[list[Problem]], Any], list[Problem]], Any]  # Remembered.run or run_always

# Links to pages of this site are written from the site root in Markdown bodies: [x](/410/).
SITE_LINK = re.compile(r"\]\((/[^)\s]*)|\bhref=\"(/[^\"]*)\"")


def validate(content: Content, config: SiteConfig, remembered: Remembered | None = None, kinds: Sequence[Kind] = KINDS) -> tuple[Site | None, list[Problem]]:
    """Turn documents into a Site; return None with the problems if anything is wrong.
    `remembered`: the dev server's results of the checks of single files, from the last build;
    `kinds`: every kind of content (kinds.py), each file checked by its kind's `check`."""
    code_docs, class_docs = content.documents(CODES.key), content.documents(CLASSES.key)
    problems: list[Problem] = []
    rfc_file = content.data_file(RFC_TABLE.key, "rfcs.yml")
    rfcs = rfc_table(rfc_file, problems)
    rfcs_text = rfc_file.text if rfc_file else ""  # a code's history is checked against the table: part of its key
    if remembered:
        remembered.start()
    run = remembered.run if remembered else run_always
    checking = Checking(rfcs, rfcs_text, _declared(code_docs, "code", int, problems))
    found = {kind.key: _checked(kind, check, content.files.get(kind.key, ()), checking, run, problems) for kind in kinds if (check := kind.check)}
    body_docs = [doc for kind in kinds if kind.has_bodies for doc in content.documents(kind.key)]
    problems.extend(_cross_check(code_docs, class_docs, checking.codes, body_docs, declared_paths(content, kinds), run))
    codes = _of(found, CODES, StatusCode)
    cannot, versions = content.data_file(SNIPPETS.key, "cannot.yml"), content.data_file(SNIPPETS.key, "versions.yml")
    if rfcs is not None:
        by_code = {item.code: item for item in codes}
        # an origin sentence is held to the codes' first documents; a mention to the RFC table
        defined = "\n".join(f"{item.code} {item.path} {item.history[0].document} {item.history[0].year}" for item in codes if item.history)
        for doc in body_docs:
            run("origins", doc.path, (doc.text, defined), partial(_origins, doc, by_code), problems)
            run("rfc-mentions", doc.path, (doc.text, rfcs_text), partial(_mentions, doc, rfcs), problems)
        problems.extend(mention_problems([], [cannot] if cannot else [], rfcs))
    examples = {
        code: run("example", doc.path, doc.text, partial(_has_example_request, doc), problems)
        for doc in code_docs
        if isinstance(code := doc.front.data.get("code"), int)
    }
    snippets = check_snippets(content.snippet_files(SNIPPETS.key), cannot, versions, examples, problems, run)
    if problems:
        return None, problems
    return _site(config, found, snippets), []


def _checked(kind: Kind, check: Check, files: Sequence[Loaded], checking: Checking, run: Run, problems: list[Problem]) -> list[object]:
    """Each file of a kind checked by its `check` into its model (kept by its `depends` for the dev server)."""
    depends = kind.depends
    items = [
        run(kind.key, file.path, depends(file, checking), partial(check, file, checking), problems) if depends else check(file, checking, problems)
        for file in files
    ]
    return [item for item in items if item is not None]


Item = TypeVar("Item")


def _of(found: dict[str, list[object]], kind: Kind, model: type[Item]) -> list[Item]:
    """The checked items of one kind, typed."""
    return [item for item in found.get(kind.key, ()) if isinstance(item, model)]


# The kinds whose items are the Site's own typed attributes; any other kind's are in Site.more.
MODEL_KINDS = frozenset(kind.key for kind in (CODES, CLASSES, COMPARISONS, GUIDE, CONSTANTS, SUBSTATUS, CLIENTS, SERVERS))


def _site(config: SiteConfig, found: dict[str, list[object]], snippets: Snippets) -> Site:
    """The model, from every kind's checked items."""
    rows = [row for rows in _of(found, SUBSTATUS, tuple) for row in rows if isinstance(row, SubStatus)]
    guides = _of(found, GUIDE, Guide)
    return Site(
        config=config,
        classes=tuple(sorted(_of(found, CLASSES, StatusClass), key=lambda item: item.key)),
        codes=tuple(
            sorted(
                (replace(item, substatus=tuple(row for row in rows if row.base == item.code)) for item in _of(found, CODES, StatusCode)),
                key=lambda item: item.code,
            )
        ),
        comparisons=tuple(sorted(_of(found, COMPARISONS, Comparison), key=lambda item: item.codes)),
        guide=guides[0] if guides else None,
        libraries=tuple(sorted(_of(found, CONSTANTS, Library), key=lambda item: (item.ecosystem.lower(), item.name.lower()))),
        snippets=snippets,
        clients=tuple(_of(found, CLIENTS, ClientRun)),
        servers=tuple(_of(found, SERVERS, ServerRun)),
        more={key: tuple(items) for key, items in found.items() if key not in MODEL_KINDS},
    )


def _origins(doc: Document, codes: dict[int, StatusCode], problems: list[Problem]) -> None:
    problems.extend(origin_problems([doc], codes))


def _mentions(doc: Document, rfcs: dict[int, Rfc], problems: list[Problem]) -> None:
    problems.extend(mention_problems([doc], [], rfcs))


def _has_example_request(doc: Document, problems: list[Problem]) -> bool:
    return has_example_request(doc.body)


def _cross_check(
    code_docs: list[Document],
    class_docs: list[Document],
    codes: dict[Any, str],
    body_docs: list[Document],
    pages: frozenset[str],
    run: Callable[..., None] = run_always,
) -> list[Problem]:
    """Checks across files, on what each file declares even if it has problems of its own.
    `pages`: every path the site will have (pages.declared_paths); `run`: see validate (a body's
    links are checked again when it or the set of pages changed)."""
    problems: list[Problem] = []
    classes = _declared(class_docs, "class", str, problems)
    for key in CLASS_KEYS:
        if key not in classes:
            problems.append(Problem(f"content/classes/{key}.md", 1, 1, f"missing class page: create this file for the {key} class"))
    for doc in code_docs:
        related = doc.front.data.get("related")
        for index, code in enumerate(related if isinstance(related, list) else []):
            if isinstance(code, int) and code not in codes:
                spot = doc.front.spot(("related", index))
                problems.append(Problem(doc.path, spot.line, spot.col, f"related code {code} has no page (no content/codes/{code}.md)"))
    every_page = "\n".join(sorted(pages))
    for doc in body_docs:
        run("links", doc.path, (doc.text, every_page), lambda found, doc=doc: found.extend(_check_links(doc, pages)), problems)
    return problems


def _declared(docs: list[Document], key: str, kind: type, problems: list[Problem]) -> dict[Any, str]:
    """What each file says it defines (its code or class) -> its path, reporting any defined twice."""
    first: dict[Any, str] = {}
    for doc in docs:
        value = doc.front.data.get(key)
        if not isinstance(value, kind) or isinstance(value, bool):
            continue
        if value in first:
            spot = doc.front.spot((key,))
            problems.append(Problem(doc.path, spot.line, spot.col, f"{key} {value} is defined twice: also in {first[value]}"))
        else:
            first[value] = doc.path
    return first


def _check_links(doc: Document, pages: AbstractSet[str]) -> list[Problem]:
    """Every root-relative link in a body must name a page of the site."""
    body = doc.blanked_body  # code is shown, not followed
    found = []
    for match in SITE_LINK.finditer(body):
        target = match.group(1) or match.group(2)
        page = target.split("#", 1)[0].lstrip("/")
        if page in pages:
            continue
        start = match.start(1) if match.group(1) else match.start(2)
        line = doc.body_line + body.count("\n", 0, start)
        col = start - (body.rfind("\n", 0, start) + 1) + 1
        hint = " (page links end with '/': /404/)" if page + "/" in pages else ""
        found.append(Problem(doc.path, line, col, f"link to {target}: no such page on this site{hint}"))
    return found
