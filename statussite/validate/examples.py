"""Check the ```http example blocks of a code page with a real HTTP/1.1 parser (h11).

An example is a promise to the reader that this is what goes over the wire, so each block must
be a complete message: a request, or a response (interim 1xx responses first, then the final
one). h11 judges the syntax of every head; the rules that h11 cannot know are checked here:
the status is the page's code, `Content-Length` is the byte count of the body shown, the header
fields the page marks MUST are there, and a code that allows no content shows none.

A body shown only in part ends with a line that starts with "…" (it may say what is left out,
"… 48,213 bytes of image data"); its length is then not
compared, since the example no longer shows the whole body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import h11

HTTP_BLOCK = re.compile(r"^```http[ \t]*\n(.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL)
PARTIAL = "…"
STATUS_LINE = re.compile(r"HTTP/(\S*) (\d{3})\b")


@dataclass(frozen=True)
class Expect:
    """What a code page's examples must show: its code (or the stated wire code) and facts."""

    code: int
    must_headers: tuple[str, ...]
    content_allowed: bool
    status_reason: str | None = None  # set when the example shows another code, and says why


@dataclass(frozen=True)
class Finding:
    """A problem at a 1-based line and column of the body text."""

    line: int
    col: int
    message: str


@dataclass(frozen=True)
class Head:
    """One message head: its first line, header fields, and the body line it starts on."""

    line: int
    start: str
    fields: tuple[tuple[str, str, int], ...]  # name, value, body line


@dataclass(frozen=True)
class Message:
    """A request or a response block, cut into heads and the body text as shown."""

    heads: tuple[Head, ...]
    body: str
    body_line: int
    partial: bool


def check_examples(body: str, expect: Expect) -> list[Finding]:
    """Every problem in the ```http blocks of `body`; lines count from the body's first line."""
    findings: list[Finding] = []
    request: Head | None = None
    for match in HTTP_BLOCK.finditer(body):
        first = body.count("\n", 0, match.start(1)) + 1
        message, problems = cut(match.group(1), first)
        findings.extend(problems)
        if message is None:
            continue
        if message.heads[0].start.startswith("HTTP/"):
            findings.extend(_check_response(message, request, expect))
        else:
            findings.extend(_check_request(message))
            request = message.heads[0]
    return findings


def cut(block: str, first_line: int) -> tuple[Message | None, list[Finding]]:
    """Split a block into heads and body; interim (1xx) heads are followed by another head."""
    lines = block.split("\n")
    if lines and lines[-1] == "":
        lines.pop()  # the newline before the closing fence is not part of the message
    heads: list[Head] = []
    index = 0
    while True:
        while index < len(lines) and not lines[index].strip() and not heads:
            index += 1
        if index >= len(lines):
            return None, [Finding(first_line, 1, "the ```http block is empty: show a request or a response")]
        start = index
        while index < len(lines) and lines[index] != "":
            index += 1
        fields = []
        for offset, text in enumerate(lines[start + 1 : index], start + 1):
            name, colon, value = text.partition(":")
            if not colon:  # h11 would be handed `text:`, a valid empty field, so it is refused here
                return None, [Finding(first_line + offset, 1, f"not a header field: {text.strip()!r} has no ':' (a body goes after a blank line)")]
            fields.append((name, value.strip(), first_line + offset))
        heads.append(Head(first_line + start, lines[start], tuple(fields)))
        index += 1  # the blank line that ends the head
        status = STATUS_LINE.match(lines[start])
        interim = status is not None and status.group(2).startswith("1") and status.group(2) != "101"
        if not interim or index >= len(lines):
            break
    shown = lines[index:]
    partial = bool(shown) and shown[-1].startswith(PARTIAL)
    if partial:
        shown = shown[:-1]
    return Message(tuple(heads), "\n".join(shown), first_line + index, partial), []


def _wire(message: Message) -> bytes:
    heads = b"".join(
        ("\r\n".join([head.start, *(f"{n}:{' ' if v else ''}{v}" for n, v, _ in head.fields)]) + "\r\n\r\n").encode("utf-8") for head in message.heads
    )
    return heads + message.body.encode("utf-8")


def _header(head: Head, name: str) -> tuple[str, int] | None:
    for field, value, line in head.fields:
        if field.strip().lower() == name.lower():
            return value, line
    return None


def _check_length(message: Message, head: Head) -> list[Finding]:
    """`Content-Length` must be the byte count of the body shown (or at least it, if partial)."""
    size = len(message.body.encode("utf-8"))
    declared = _header(head, "Content-Length")
    if declared is None:
        return []
    value, line = declared
    if not value.isdigit():
        return []  # h11 reports the malformed value
    length = int(value)
    if message.partial and length < size:
        return [Finding(line, 1, f"Content-Length is {length}, but the part of the body shown is already {size} bytes")]
    if not message.partial and length != size:
        hint = f"; if the body is shown only in part, end it with a line that starts with '{PARTIAL}'" if length > size else ""
        return [Finding(line, 1, f"Content-Length is {length}, but the body shown is {size} bytes{hint}")]
    return []


def _check_request(message: Message) -> list[Finding]:
    head = message.heads[0]
    findings = _parse(message, None)
    if findings:
        return findings
    framed = _header(head, "Content-Length") or _header(head, "Transfer-Encoding")
    if message.body.strip() and not framed:
        return [Finding(message.body_line, 1, "the request shows a body but no Content-Length or Transfer-Encoding, so a server reads no body")]
    return _check_length(message, head)


def _check_response(message: Message, request: Head | None, expect: Expect) -> list[Finding]:
    findings = _parse(message, request or Head(0, "GET / HTTP/1.1", (("Host", "example.com", 0),)))
    method = request.start.split(" ", 1)[0] if request else "GET"
    if findings:
        return findings
    statuses = [(head, int(STATUS_LINE.match(head.start).group(2))) for head in message.heads]  # type: ignore[union-attr]
    final_head, final = statuses[-1]
    candidates = statuses if expect.code < 200 else statuses[-1:]  # a 1xx is an interim response; the rest are final
    shown = next((head for head, status in candidates if status == expect.code), None)
    if shown is None:
        where = "an interim response" if expect.code < 200 else "the final response"
        return [
            Finding(
                final_head.line,
                1,
                f"the example shows {final} but this page is about {expect.code}: {where} must be {expect.code}, or state why in 'example_status'",
            )
        ]
    if expect.status_reason is None:
        for name in expect.must_headers:
            if _header(shown, name) is None:
                findings.append(Finding(shown.line, 1, f"the {expect.code} response lacks {name}, which this page marks MUST"))
    if shown is final_head and message.body.strip() and (not expect.content_allowed or method == "HEAD"):
        why = "a response to HEAD" if method == "HEAD" else f"a {expect.code} response"
        findings.append(Finding(message.body_line, 1, f"{why} has no content, but the example shows a body"))
    return findings + _check_length(message, final_head)


def _parse(message: Message, request: Head | None) -> list[Finding]:
    """Let h11 read every head, as a server reads a request or as the client that sent
    `request` reads the response; a complaint is reported at the first line of its head."""
    connection = h11.Connection(our_role=h11.SERVER if request is None else h11.CLIENT)
    if request is not None:
        method, _, rest = request.start.partition(" ")
        headers = [(name.strip(), value) for name, value, _ in request.fields if name.strip().lower() not in ("content-length", "transfer-encoding")]
        try:
            connection.send(h11.Request(method=method, target=rest.rsplit(" ", 1)[0] or "/", headers=headers))
            connection.send(h11.EndOfMessage())
        except h11.LocalProtocolError:  # the request's own problem, reported with the request
            connection = h11.Connection(our_role=h11.CLIENT)
            connection.send(h11.Request(method=method if method.isalpha() else "GET", target="/", headers=[("Host", "example.com")]))
            connection.send(h11.EndOfMessage())
    connection.receive_data(_wire(message))
    seen = 0  # heads read so far; a complaint belongs to the next one
    try:
        while True:
            event = connection.next_event()
            if isinstance(event, (h11.Request, h11.InformationalResponse, h11.Response)):
                seen += 1
                if isinstance(event, (h11.Request, h11.Response)) or event.status_code == 101:
                    return []
            elif event is h11.NEED_DATA or event is h11.PAUSED:
                head = message.heads[min(seen, len(message.heads) - 1)]
                return [Finding(head.line, 1, "the message is incomplete: a head ends with a blank line")]
    except h11.RemoteProtocolError as error:
        head = message.heads[min(seen, len(message.heads) - 1)]
        return [Finding(head.line, 1, f"not a valid HTTP/1.1 message: {error}")]
