"""One scenario's answer as published facts: what the caller got, scrubbed of what changes from
run to run (ports, dates, ids, the host name), and a short outcome sentence. Pure functions."""

from __future__ import annotations

import html
import re
import socket
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .caller import Answer, parse
from .probes import Probe

PORT = re.compile(r"(127\.0\.0\.1|localhost):\d+")
DATE = re.compile(r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d? [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d( GMT)?")
NUMBERS = re.compile(r"\b(XID: |x-varnish: |Request ID: )\d+", re.I)
VOLATILE = {"date", "age", "x-varnish", "last-modified", "expires", "x-cache-key", "via", "etag"}
BODY_CHARS = 600
HIDDEN = re.compile(r"<(style|script)\b.*?</\1\s*>|<!--.*?-->|<[^>]*>", re.S | re.I)
WORDS = 40


def visible_words(body: str) -> str:
    """What a reader sees of an error page: tags, styles, scripts and comments removed."""
    return " ".join(html.unescape(HIDDEN.sub(" ", body)).split()[:WORDS])


def scrub(text: str, run: str) -> str:
    text = PORT.sub(r"\1:PORT", text.replace(f"/{run}/", "/RUN/"))
    text = DATE.sub("DATE", text)
    text = NUMBERS.sub(r"\1N", text)
    host = socket.gethostname()
    return text.replace(host, "HOST") if len(host) > 3 else text


def header_pairs(headers: tuple[tuple[str, str], ...], run: str) -> list[list[str]]:
    """Names lower-cased in the order sent; values of fields that change every run replaced."""
    return [[n.lower(), "…" if n.lower() in VOLATILE else scrub(v, run)[:200]] for n, v in headers][:40]


@dataclass(frozen=True)
class Exchange:
    """One scenario's exchange as the outcome is told from it: the probe, the answer, how many
    requests reached the upstream, and the answer to the second request (caching scenarios)."""

    probe: Probe
    answer: Answer
    upstream: int
    second: Answer | None


@dataclass(frozen=True)
class Clause:
    """One part of the outcome after what came back: when it applies, what it adds, and whether
    the sentence ends with it."""

    applies: Callable[[Exchange], bool]
    says: Callable[[Exchange], str]
    last: bool = False


def came_back(answer: Answer) -> str:
    """What came back, before any clause: the status, interim codes, a body cut short."""
    final = answer.final
    assert final is not None
    said = "not HTTP" if final.status is None else str(final.status)
    before = answer.responses[-2] if answer.interim and len(answer.responses) > 1 else None
    own = before is not None and any(n.lower() == "server" for n, _ in before.headers) and not any(n.lower() == "server" for n, _ in final.headers)
    if own and before is not None:
        said = f"{before.status} sent as final, then the upstream's {said} unframed"
    elif answer.interim:
        said = " + ".join(str(c) for c in answer.interim) + f", then {said}"
    framed = any(n.lower() in ("content-length", "transfer-encoding") for n, _ in final.headers)
    if answer.closed and framed and not parse(answer.raw)[1]:  # without either, the close ends the body
        said += ", body cut short"
    return said


def _reused(ex: Exchange) -> str:
    final, again = ex.answer.final, ex.second.final if ex.second else None
    reused = again is not None and final is not None and again.status == final.status and ex.upstream == 1
    return f"; {'stored and reused' if reused else 'not reused'}"


def _reason(ex: Exchange) -> str:
    final = ex.answer.final
    assert final is not None
    sent = ex.probe.sent.split(" ", 2)
    reason = final.status_line.split(" ", 2)[2] if final.status_line.count(" ") >= 2 else ""
    if str(final.status) != sent[1] or reason == sent[2]:
        return ""
    return f' with reason "{reason}"' if reason else " with no reason phrase"


def _passes_status(ex: Exchange) -> bool:
    final = ex.answer.final
    return ex.probe.topic == "passthrough" and final is not None and final.status is not None and ex.probe.sent.count(" ") >= 2


# What each scenario's outcome adds to what came back, in order; a clause marked `last` ends it.
CLAUSES: tuple[Clause, ...] = (
    Clause(lambda ex: ex.probe.topic == "cache" and ex.second is not None, _reused, last=True),
    Clause(_passes_status, _reason),
    Clause(lambda ex: ex.probe.topic == "limits", lambda ex: "; forwarded" if ex.upstream else "", last=True),
    Clause(lambda ex: ex.upstream > 1, lambda ex: f"; upstream tried {ex.upstream}×"),
)


def sentence(probe: Probe, answer: Answer, upstream: int, second: Answer | None) -> str:
    """The outcome in a few words; behaviour only, never a timing."""
    if answer.error == "refused":
        return "connection refused"
    if answer.final is None:
        return "closed without an answer" if answer.closed else "no answer within the time bound"
    exchange = Exchange(probe, answer, upstream, second)
    said = came_back(answer)
    for clause in CLAUSES:
        if clause.applies(exchange):
            said += clause.says(exchange)
            if clause.last:
                break
    return said


def facts(probe: Probe, answer: Answer, upstream: int, run: str, second: Answer | None = None) -> dict[str, Any]:
    final = answer.final
    server = next((v for n, v in final.headers if n.lower() == "server"), None) if final else None
    return {
        "scenario": probe.id,
        "topic": probe.topic,
        "title": probe.title,
        "codes": list(probe.codes),
        "outcome": sentence(probe, answer, upstream, second),
        "status": final.status if final else None,
        "reason": (final.status_line.split(" ", 2)[2] if final.status_line.count(" ") >= 2 else "") if final and final.status else None,
        "interim": list(answer.interim),
        "server": server,
        "headers": header_pairs(final.headers, run) if final else [],
        "body": scrub(final.body[:BODY_CHARS].decode("utf-8", "replace"), run) if final else "",
        "words": scrub(visible_words(final.body.decode("utf-8", "replace")), run) if final else "",
        "seconds": answer.seconds,
        "upstream_requests": upstream,
        "closed": answer.closed,
        "error": answer.error,
    }
