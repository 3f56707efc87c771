"""A sentence that says where a code comes from must name the RFC its front-matter `history` names.

The code page, a comparison and the guide each told a code's origin in their own words, and
they disagreed ("422 comes from WebDAV (RFC 4918)" beside "defined in RFC 2518"); now the
prose is held to the one fact in the code's file.
"""

from __future__ import annotations

import re

from ..load import Document
from ..model import StatusCode
from ..problems import Problem

# "<code>", at most three words, a phrase that states an origin, then the first RFC named in
# the same sentence and clause: "422 comes from WebDAV (RFC 4918)", "205 was added in HTTP/1.1
# (RFC 2068)". Found from the phrase, which is rare, rather than from every number.
ORIGIN = re.compile(
    r"\s(?:comes from|came from|was (?:first )?defined (?:in|by|with)|(?:first )?appeared in|was (?:first )?introduced (?:in|by|with)"
    r"|was added in|arrived with|dates (?:back )?(?:from|to)|goes back to|was born in)\b"
)
CODE_BEFORE = re.compile(r"\b([1-5]\d\d)\b(?:\s+[\w/.-]+){0,3}$")
RFC_AFTER = re.compile(r"(?:(?!\.\s|;|\n\s*\n).)*?\bRFC\s(\d{1,5})\b", re.DOTALL)  # "HTTP/1.1" is no full stop


def origin_problems(docs: list[Document], codes: dict[int, StatusCode]) -> list[Problem]:
    """Every origin sentence in the bodies of `docs` that names another RFC than the code's
    `history.defined`, at the RFC it names."""
    problems = []
    for doc in docs:
        body = doc.blanked_body
        for phrase in ORIGIN.finditer(body):
            number = CODE_BEFORE.search(body, max(0, phrase.start() - 60), phrase.start())
            cited = RFC_AFTER.match(body, phrase.end(), phrase.end() + 300)
            code = codes.get(int(number.group(1))) if number else None
            if cited is None or code is None or not code.history or not code.history[0].document.startswith("RFC "):
                continue
            defined = code.history[0]
            if f"RFC {cited.group(1)}" == defined.document:
                continue
            at = cited.start(1) - len("RFC ")
            line = doc.body_line + body.count("\n", 0, at)
            col = at - (body.rfind("\n", 0, at) + 1) + 1
            problems.append(
                Problem(
                    doc.path,
                    line,
                    col,
                    f"this sentence says {code.code} comes from RFC {cited.group(1)}, but {code.path} says it was first defined in {defined.document}"
                    f" ({defined.year}): correct the sentence, or the code's 'history.defined'",
                )
            )
    return problems
