"""Check parsed content against the schema and against each other, and build the Site model.

Every problem in every file is collected before anything is reported, so an author fixes a
whole batch in one go.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from dataclasses import replace
from functools import partial
from pathlib import PurePosixPath
from typing import Any

from ..load import Content, Document
from ..model import (
    CLASS_KEYS,
    Rfc,
    Site,
    SiteConfig,
    StatusCode,
)
from ..problems import Problem
from ..remembered import Remembered, run_always
from .classes import status_class
from .clients import client_run
from .codes import status_code
from .compare import comparison
from .constants import library
from .guide import guide
from .history_claims import origin_problems
from .rfc_mentions import mention_problems
from .rfc_table import rfc_table
from .servers import server_run
from .snippets import check_snippets, has_example_request
from .substatus import substatus_codes

GENERATED_PAGES = frozenset(
    {
        "",
        "api/",
        "clients/",
        "codes.json",
        "codes.csv",
        "code.schema.json",
        "codes.schema.json",
        "clients.json",
        "clients.schema.json",
        "servers/",
        "servers.json",
        "servers.schema.json",
    }
)

# Links to pages of this site are written from the site root in Markdown bodies: [x](/410/).
SITE_LINK = re.compile(r"\]\((/[^)\s]*)|\bhref=\"(/[^\"]*)\"")


def validate(content: Content, config: SiteConfig, remembered: Remembered | None = None) -> tuple[Site | None, list[Problem]]:
    """Turn documents into a Site; return None with the problems if anything is wrong.
    `remembered`: the dev server's results of the checks of single files, from the last build."""
    code_docs, class_docs, compare_docs, guide_docs = content.codes, content.classes, content.comparisons, content.guide
    problems: list[Problem] = []
    rfcs = rfc_table(content.rfcs, problems)
    rfcs_text = content.rfcs.text if content.rfcs else ""  # a code's history is checked against the table: part of its key
    if remembered:
        remembered.start()
    run = remembered.run if remembered else run_always
    classes = [item for item in (run("class", doc.path, doc.text, partial(status_class, doc), problems) for doc in class_docs) if item]
    codes = [item for item in (run("code", doc.path, (doc.text, rfcs_text), partial(status_code, doc, rfcs), problems) for doc in code_docs) if item]
    declared = _declared(code_docs, "code", int, problems)
    comparisons = [item for item in (comparison(doc, declared, problems) for doc in compare_docs) if item]
    guides = [item for item in (guide(doc, declared, problems) for doc in guide_docs) if item]
    libraries = [item for item in (run("library", doc.path, doc.text, partial(library, doc), problems) for doc in content.constants) if item]
    rows = [row for doc in content.substatus for row in substatus_codes(doc, declared, problems)]
    runs = tuple(item for item in (run("client", doc.path, doc.text, partial(client_run, doc), problems) for doc in content.clients) if item)
    servers = tuple(item for item in (run("server", doc.path, doc.text, partial(server_run, doc), problems) for doc in content.servers) if item)
    problems.extend(_cross_check(code_docs, class_docs, declared, [*compare_docs, *guide_docs], run))
    if rfcs is not None:
        by_code = {item.code: item for item in codes}
        # an origin sentence is held to the codes' first documents; a mention to the RFC table
        defined = "\n".join(f"{item.code} {item.path} {item.history[0].document} {item.history[0].year}" for item in codes if item.history)
        for doc in [*code_docs, *class_docs, *compare_docs, *guide_docs]:
            run("origins", doc.path, (doc.text, defined), partial(_origins, doc, by_code), problems)
            run("rfc-mentions", doc.path, (doc.text, rfcs_text), partial(_mentions, doc, rfcs), problems)
        problems.extend(mention_problems([], [content.cannot] if content.cannot else [], rfcs))
    examples = {
        code: run("example", doc.path, doc.text, partial(_has_example_request, doc), problems)
        for doc in code_docs
        if isinstance(code := doc.front.data.get("code"), int)
    }
    snippets = check_snippets(content.snippets, content.cannot, content.versions, examples, problems, run)
    if problems:
        return None, problems
    site = Site(
        config=config,
        classes=tuple(sorted(classes, key=lambda item: item.key)),
        codes=tuple(sorted((replace(item, substatus=tuple(row for row in rows if row.base == item.code)) for item in codes), key=lambda item: item.code)),
        comparisons=tuple(sorted(comparisons, key=lambda item: item.codes)),
        guide=guides[0] if guides else None,
        libraries=tuple(sorted(libraries, key=lambda item: (item.ecosystem.lower(), item.name.lower()))),
        snippets=snippets,
        clients=runs,
        servers=servers,
    )
    return site, []


def _origins(doc: Document, codes: dict[int, StatusCode], problems: list[Problem]) -> None:
    problems.extend(origin_problems([doc], codes))


def _mentions(doc: Document, rfcs: dict[int, Rfc], problems: list[Problem]) -> None:
    problems.extend(mention_problems([doc], [], rfcs))


def _has_example_request(doc: Document, problems: list[Problem]) -> bool:
    return has_example_request(doc.body)


def _cross_check(
    code_docs: list[Document], class_docs: list[Document], codes: dict[Any, str], page_docs: list[Document], run: Callable[..., None] = run_always
) -> list[Problem]:
    """Checks across files, on what each file declares even if it has problems of its own.
    `run`: see validate (a body's links are checked again when it or the set of pages changed)."""
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
    pages = GENERATED_PAGES | {f"{key}/" for key in classes} | {f"{code}/" for code in codes} | {_page_of(doc) for doc in page_docs}
    every_page = "\n".join(sorted(pages))
    for doc in [*code_docs, *class_docs, *page_docs]:
        run("links", doc.path, (doc.text, every_page), lambda found, doc=doc: found.extend(_check_links(doc, pages)), problems)
    return problems


def _page_of(doc: Document) -> str:
    """The site path of a comparison or the guide, from its file: content/compare/x.md -> compare/x/."""
    path = PurePosixPath(doc.path)
    return f"{path.parent.name}/{path.stem}/" if path.parent.name == "compare" else f"{path.stem}/"


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
