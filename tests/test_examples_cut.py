"""`examples.cut` and `check_examples` called directly: how an ```http block is cut into heads
and a body (interim responses, a body shown in part, no blank line, line numbers), and what the
checks then report where. The whole-build tests (tests/test_hostile_content.py) show a few of
these through a real page; these reach the edges without a build."""

from __future__ import annotations

import pytest

from statussite.load import Document, load_file
from statussite.validate.examples import Expect, Finding, Head, check_examples, cut

OK = Expect(200, (), True)


def block(*lines: str) -> str:
    """A body holding one ```http block with `lines`, after two lines of prose."""
    return "Some prose.\n\n```http\n" + "\n".join(lines) + "\n```\n"


def test_a_request_head_is_its_line_then_one_field_a_line_at_its_own_line_number():
    message, problems = cut("GET /a HTTP/1.1\nHost: example.com\nLocation: http://a/b:c\nX-Empty:\n", 40)
    assert problems == [] and message is not None
    assert message.heads == (Head(40, "GET /a HTTP/1.1", (("Host", "example.com", 41), ("Location", "http://a/b:c", 42), ("X-Empty", "", 43))),)
    assert (message.body, message.partial) == ("", False)


def test_the_body_is_every_line_after_the_first_blank_one_as_shown():
    message, _ = cut("HTTP/1.1 200 OK\nContent-Length: 9\n\nline one\n\nline three\n", 1)
    assert message is not None and len(message.heads) == 1
    assert (message.body, message.body_line, message.partial) == ("line one\n\nline three", 4, False)


def test_blank_lines_before_the_first_head_are_skipped_and_its_line_kept():
    message, _ = cut("\n\nGET / HTTP/1.1\nHost: a\n", 7)
    assert message is not None and message.heads[0].line == 9 and message.heads[0].fields == (("Host", "a", 10),)


@pytest.mark.parametrize("text", ["", "\n", "\n\n  \n"])
def test_an_empty_block_is_one_problem_at_its_first_line(text):
    assert cut(text, 12) == (None, [Finding(12, 1, "the ```http block is empty: show a request or a response")])


def test_interim_responses_each_get_a_head_before_the_final_one():
    message, _ = cut("HTTP/1.1 100 Continue\n\nHTTP/1.1 103 Early Hints\nLink: </a.css>; rel=preload\n\nHTTP/1.1 200 OK\nContent-Length: 2\n\nhi\n", 1)
    assert message is not None
    assert [(head.line, head.start) for head in message.heads] == [(1, "HTTP/1.1 100 Continue"), (3, "HTTP/1.1 103 Early Hints"), (6, "HTTP/1.1 200 OK")]
    assert (message.body, message.body_line) == ("hi", 9)


def test_an_interim_response_alone_is_one_head_with_no_body():
    message, _ = cut("HTTP/1.1 103 Early Hints\nLink: </a.css>; rel=preload\n", 1)
    assert message is not None and len(message.heads) == 1 and message.body == ""


def test_101_ends_http_so_what_follows_it_is_body_not_another_head():
    message, _ = cut("HTTP/1.1 101 Switching Protocols\nUpgrade: websocket\n\nHTTP/1.1 200 OK\n", 1)
    assert message is not None and len(message.heads) == 1 and message.body == "HTTP/1.1 200 OK"


@pytest.mark.parametrize(
    ("text", "body", "partial"),
    [
        ('HTTP/1.1 200 OK\n\n{"a": 1,\n… 5 KB more\n', '{"a": 1,', True),
        ("HTTP/1.1 200 OK\n\n… all of it left out\n", "", True),
        ("HTTP/1.1 200 OK\n\nfirst\n… not last\nlast\n", "first\n… not last\nlast", False),  # only the last line says so
        ("HTTP/1.1 200 OK\n\nfirst\n... three dots\n", "first\n... three dots", False),  # the ellipsis character, not dots
    ],
)
def test_a_last_line_starting_with_an_ellipsis_marks_the_body_as_shown_in_part(text, body, partial):
    message, _ = cut(text, 1)
    assert message is not None and (message.body, message.partial) == (body, partial)


def test_a_chunked_body_is_kept_as_shown_and_its_length_not_compared():
    message, _ = cut("HTTP/1.1 200 OK\nTransfer-Encoding: chunked\n\n5\nhello\n0\n\n", 1)
    assert message is not None and message.body == "5\nhello\n0\n"
    assert check_examples(block("HTTP/1.1 200 OK", "Transfer-Encoding: chunked", "", "5", "hello", "0", ""), OK) == []


def test_crlf_is_not_cut_at_all_so_the_loader_gives_cut_lf(tmp_path):
    """cut splits on LF only: CRLF text would be one head whose "\\r" line is no field (refused). It
    never gets any, since a CRLF file is read as LF, and its findings are the LF file's, at the same lines."""
    swallowed, problems = cut("GET / HTTP/1.1\r\nHost: a\r\n\r\nbody\r\n", 1)
    assert swallowed is None and [item.line for item in problems] == [3]
    text = "---\ncode: 200\n---\n" + block("HTTP/1.1 200 OK", "Content-Length: 3", "", "ab")
    findings = []
    for name, data in (("lf.md", text.encode()), ("crlf.md", text.replace("\n", "\r\n").encode())):
        (tmp_path / name).write_bytes(data)
        doc: Document = load_file(tmp_path / name, name, tmp_path)
        findings.append(check_examples(doc.body, OK))
    assert findings[0] == findings[1] == [Finding(5, 1, "Content-Length is 3, but the body shown is 2 bytes" + HINT)]


HINT = "; if the body is shown only in part, end it with a line that starts with '…'"


@pytest.mark.parametrize(
    ("lines", "expect", "finding"),
    [
        (("HTTP/1.1 200 OK", "Content-Length: 3", "", "abc"), OK, None),
        (("HTTP/1.1 200 OK", "Content-Length: 3", "", "ab"), OK, Finding(5, 1, "Content-Length is 3, but the body shown is 2 bytes" + HINT)),
        (("HTTP/1.1 200 OK", "Content-Length: 1", "", "ab"), OK, Finding(5, 1, "Content-Length is 1, but the body shown is 2 bytes")),
        (
            ("HTTP/1.1 200 OK", "Content-Length: 9", "", "é…"),
            OK,
            Finding(5, 1, "Content-Length is 9, but the body shown is 5 bytes" + HINT),
        ),  # bytes, not characters
        (("HTTP/1.1 200 OK", "Content-Length: 5120", "", "ab", "… the rest"), OK, None),
        (
            ("HTTP/1.1 200 OK", "Content-Length: 1", "", "ab", "… the rest"),
            OK,
            Finding(5, 1, "Content-Length is 1, but the part of the body shown is already 2 bytes"),
        ),
        (
            ("POST / HTTP/1.1", "Host: a", "", "{}"),
            OK,
            Finding(7, 1, "the request shows a body but no Content-Length or Transfer-Encoding, so a server reads no body"),
        ),
        (("HTTP/1.1 100 Continue",), Expect(100, (), False), Finding(4, 1, "the message is incomplete: a head ends with a blank line")),
        (("HTTP/1.1 204 No Content", "", "{}"), Expect(204, (), False), Finding(6, 1, "a 204 response has no content, but the example shows a body")),
        (
            ("HTTP/1.1 405 Method Not Allowed", "Content-Length: 0"),
            Expect(405, ("Allow",), True),
            Finding(4, 1, "the 405 response lacks Allow, which this page marks MUST"),
        ),
        (
            ("HTTP/1.1 410 Gone",),
            Expect(404, (), True),
            Finding(4, 1, "the example shows 410 but this page is about 404: the final response must be 404, or state why in 'example_status'"),
        ),
        (("", "", ""), OK, Finding(4, 1, "the ```http block is empty: show a request or a response")),
    ],
)
def test_each_problem_is_reported_once_at_its_line_of_the_body(lines, expect, finding):
    assert check_examples(block(*lines), expect) == ([finding] if finding else [])


def test_a_body_with_no_blank_line_above_it_is_read_as_a_field_and_refused_there():
    """A body written straight under the fields is cut as a field line, refused at its own line."""
    assert check_examples(block("HTTP/1.1 200 OK", "Content-Length: 2", '{"a"}'), OK) == [
        Finding(6, 1, "not a header field: '{\"a\"}' has no ':' (a body goes after a blank line)")
    ]


@pytest.mark.parametrize("lines", [("GET / HTTP/1.1", "Host: a", "Accept"), ("HTTP/1.1 200 OK", "Content-Type: text/plain", "hello")])
def test_a_field_line_without_a_colon_is_refused(lines):
    assert check_examples(block(*lines), OK) != []
