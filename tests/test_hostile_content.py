"""Content that would lie to the reader or hurt the build: each case is refused at its line,
with the old output left alone; and what the renderer does if raw HTML ever got through."""

from __future__ import annotations

import os
import re
import time

import pytest

from conftest import run
from statussite.markup import MarkdownRenderer
from test_content_errors import CODE_FILE, assert_reported, build_with_existing_output, edit, line_of, replacing

# Example exchanges: each rule caught at the line it concerns.
wrong_content_length = replacing(
    "wrong_content_length", "Content-Length: 80", "Content-Length: 80", "Content-Length: 92", "Content-Length is 92, but the body shown is 80 bytes"
)
wrong_status_line = replacing(
    "wrong_status_line", "HTTP/1.1 404", "HTTP/1.1 404 Not Found", "HTTP/1.1 410 Gone", "the example shows 410 but this page is about 404"
)
http2_status_line = replacing("http2_status_line", "HTTP/1.1 404", "HTTP/1.1 404 Not Found", "HTTP/2 404", "not a valid HTTP/1.1 message: illegal status line")
header_without_colon = replacing(
    "header_without_colon",
    "Content-Type: application/problem+json",
    "Content-Type: application/problem+json",
    "Content-Type application/problem+json",
    "not a header field: 'Content-Type application/problem+json' has no ':'",
)
missing_must_header = replacing(
    "missing_must_header", "HTTP/1.1 405", "Allow: GET, HEAD\n", "", "the 405 response lacks Allow, which this page marks MUST", "content/codes/405.md"
)

partial_body_too_long = replacing(
    "partial_body_too_long", "Content-Length: 80", "Content-Length: 80", "Content-Length: 10", "Content-Length is 10, but the body shown is 80 bytes"
)
wire_status_without_reason = replacing(
    "wire_status_without_reason",
    "example_status:",
    "  reason: nginx uses 494",
    "  why: nginx uses 494",
    "missing required field 'example_status.reason'",
    "content/codes/494.md",
)

# Raw HTML and unsafe links, in every kind of Markdown body.
script_in_body = replacing("script_in_body", "Send 404 when", "Send 404 when", "<script>alert(1)</script> Send 404 when", "raw HTML is not allowed: <script>")
img_onerror = replacing("img_onerror", "Send 404 when", "Send 404 when", "Text <img src=x onerror=alert(1)> Send 404 when", "raw HTML is not allowed: <img>")
javascript_link = replacing(
    "javascript_link", "- **[410 Gone]", "[410 Gone](/410/)", "[410 Gone](javascript:alert(1))", "link to a javascript: address is not allowed"
)
data_link = replacing("data_link", "- **[410 Gone]", "[410 Gone](/410/)", "[410 Gone](data:text/html,hi)", "link to a data: address is not allowed")
allowed_tag_with_attribute = replacing(
    "allowed_tag_with_attribute", "Send 404 when", "Send 404 when", 'Press <kbd onclick="x()">K</kbd>. Send 404 when', "<kbd> with attributes"
)
iframe_in_comparison = replacing(
    "iframe_in_comparison",
    None,
    "\n## ",
    '\n<iframe src="https://example.com"></iframe>\n\n## ',
    "raw HTML is not allowed: <iframe>",
    "content/compare/401-vs-403.md",
)
style_in_class_page = replacing(
    "style_in_class_page", None, "\n\n", "\n\n<style>body{display:none}</style>\n\n", "raw HTML is not allowed: <style>", "content/classes/2xx.md"
)
control_character = replacing("control_character", "Send 404 when", "Send 404 when", "Send 404\x02 when", "control character U+0002 is not allowed")


def body_on_204(project):
    path = "content/codes/204.md"
    line = line_of(project, path, "Date: Sun, 22 Nov 2026 09:14:03 GMT")
    edit(project, path, "Date: Sun, 22 Nov 2026 09:14:03 GMT\n```", "Date: Sun, 22 Nov 2026 09:14:03 GMT\nContent-Length: 2\n\n{}\n```")
    return path, line + 3, "a 204 response has no content, but the example shows a body"


def request_body_unframed(project):
    path = "content/codes/204.md"
    line = line_of(project, path, '{"title": "Groceries"') - 1  # one line fewer above it
    edit(project, path, "Content-Length: 37\n", "")
    return path, line, "the request shows a body but no Content-Length"


def form_in_guide(project):
    path = project / "content/guide.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text + '\n<form action="https://example.com"><input></form>\n', encoding="utf-8")
    return "content/guide.md", text.count("\n") + 2, "raw HTML is not allowed: <form>"


def alias_in_front_matter(project):
    path = project / "content/codes/404.md"
    text = path.read_text(encoding="utf-8").replace("keywords: [", "keywords: &k [", 1)
    path.write_text(text, encoding="utf-8")
    return "content/codes/404.md", line_of(project, "content/codes/404.md", "keywords:"), "YAML anchor (&name) is not allowed"


def billion_laughs(project):
    """1 KB of YAML whose aliases expand to 9^9 strings: refused at the first anchor, at once."""
    levels = ["a: &a [" + ",".join(['"lol"'] * 9) + "]"]
    levels += [f"{chr(98 + i)}: &{chr(98 + i)} [" + ",".join([f"*{chr(97 + i)}"] * 9) + "]" for i in range(8)]
    path = project / "content/codes/404.md"
    path.write_text(path.read_text(encoding="utf-8").replace("name: Not Found\n", "name: Not Found\n" + "\n".join(levels) + "\n", 1), encoding="utf-8")
    return "content/codes/404.md", 4, "YAML anchor (&name) is not allowed"


def deep_nesting(project):
    path = project / "content/codes/404.md"
    path.write_text(path.read_text(encoding="utf-8").replace("keywords: [", "deep: " + "[" * 5000 + "]" * 5000 + "\nkeywords: [", 1), encoding="utf-8")
    return "content/codes/404.md", line_of(project, "content/codes/404.md", "deep:"), "nest"


def huge_number(project):
    path = project / "content/codes/404.md"
    path.write_text(path.read_text(encoding="utf-8").replace("code: 404", "code: " + "9" * 6000, 1), encoding="utf-8")
    return "content/codes/404.md", 2, "YAML cannot read"


def impossible_date(project):
    path = project / "content/codes/404.md"
    path.write_text(path.read_text(encoding="utf-8").replace("name: Not Found", "name: 2024-13-45", 1), encoding="utf-8")
    return "content/codes/404.md", 3, "YAML cannot read `2024-13-45`"


def python_tag(project):
    path = project / "content/codes/404.md"
    path.write_text(path.read_text(encoding="utf-8").replace("name: Not Found", "name: !!python/object/apply:os.system [id]", 1), encoding="utf-8")
    return "content/codes/404.md", 3, "YAML tag 'python/object/apply:os.system' is not allowed"


def oversized_file(project):
    path = project / "content/codes/404.md"
    path.write_text(path.read_text(encoding="utf-8") + ("Padding text. " * 20000), encoding="utf-8")
    return "content/codes/404.md", 1, "a content file may have at most 131,072"


def symlink_out_of_project(project):
    secret = project.parent / "secret.md"
    secret.write_text((project / "content/codes/404.md").read_text(encoding="utf-8").replace("code: 404", "code: 472"), encoding="utf-8")
    (project / "content/codes/472.md").symlink_to(secret)
    return "content/codes/472.md", 1, "outside the project"


def named_pipe(project):
    os.mkfifo(project / "content/codes/472.md")
    return "content/codes/472.md", 1, "not a regular file"


def lone_carriage_return(project):
    path = project / "content/codes/404.md"
    line = line_of(project, "content/codes/404.md", "Send 404 when")
    path.write_bytes(path.read_bytes().replace(b"Send 404 when", b"Send 404\r when", 1))
    return "content/codes/404.md", line, "a carriage return (CR) without a line feed"


CASES = [
    wrong_content_length,
    wrong_status_line,
    http2_status_line,
    header_without_colon,
    missing_must_header,
    body_on_204,
    request_body_unframed,
    partial_body_too_long,
    wire_status_without_reason,
    script_in_body,
    img_onerror,
    javascript_link,
    data_link,
    allowed_tag_with_attribute,
    iframe_in_comparison,
    style_in_class_page,
    form_in_guide,
    control_character,
    alias_in_front_matter,
    billion_laughs,
    deep_nesting,
    huge_number,
    impossible_date,
    python_tag,
    oversized_file,
    symlink_out_of_project,
    named_pipe,
    lone_carriage_return,
]


@pytest.mark.parametrize("break_project", CASES, ids=[case.__name__ for case in CASES])
def test_hostile_content_is_refused_at_its_line_and_output_left_alone(project, site, break_project):
    path, line, message = break_project(project)
    started = time.monotonic()
    result, unchanged, _ = build_with_existing_output(project, site)
    assert_reported(result, path, line, message)
    assert unchanged, "the existing output folder was modified by a failed build"
    assert time.monotonic() - started < 30, "a refusal must not take the build's whole time bound"


PARTIAL_BODY = '{"type": "about:blank", "title": "Not Found", "detail": "No user with id 8812."}'


def show_in_part(project, length: int) -> None:
    """404's example response with its body cut after the first line, and a closing "…" line."""
    edit(project, CODE_FILE, "Content-Length: 80", f"Content-Length: {length}")
    edit(project, CODE_FILE, PARTIAL_BODY, '{"type": "about:blank",\n… 5 KB more of the problem document')


def test_a_body_shown_in_part_says_so_and_then_has_no_exact_length(project, tmp_path):
    show_in_part(project, 5120)
    result = run(project, "build", "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert result.stderr == "" and "Traceback" not in result.stdout
    page = (tmp_path / "out/404/index.html").read_text(encoding="utf-8")
    assert "Content-Length: 5120" in page and "… 5 KB more of the problem document" in page


def test_a_body_shown_in_part_is_refused_when_the_part_is_longer_than_its_length(project, site, tmp_path):
    """23 bytes shown cannot be the start of a 10-byte body: reported at the Content-Length
    line, alone, and neither an existing output folder nor a new one is written."""
    line = line_of(project, CODE_FILE, "Content-Length: 80")
    show_in_part(project, 10)
    message = "Content-Length is 10, but the part of the body shown is already 23 bytes"
    result, unchanged, _ = build_with_existing_output(project, site)
    assert_reported(result, CODE_FILE, line, message)
    assert result.stderr.split("\n")[:-1] == [f"{CODE_FILE}:{line}:1: {message}", "1 problem found; nothing was written"]
    assert unchanged, "the existing output folder was modified by a failed build"
    before = sorted(tmp_path.iterdir())
    fresh = run(project, "build", "--out", str(tmp_path / "new"))
    assert (fresh.returncode, fresh.stderr) == (result.returncode, result.stderr) and "Traceback" not in fresh.stdout
    assert sorted(tmp_path.iterdir()) == before, "a failed build left a folder behind"


def test_an_example_of_another_code_is_accepted_only_with_its_reason(project, tmp_path):
    """nginx's 494 goes out as 400; the page says so in example_status, and is built."""
    result = run(project, "build", "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "out/494/index.html").read_text(encoding="utf-8")
    assert "HTTP/1.1 400 Bad Request" in html


# A real tag or attribute in the output (escaped text such as "&lt;script" is harmless).
LIVE_HTML = re.compile(r"<(script|div|iframe|style|!--)|<img[^>]*\bon\w+=|\b(href|src)=\"\s*(javascript|data):", re.IGNORECASE)


@pytest.mark.parametrize(
    "markdown",
    [
        "<script>alert(1)</script>",
        "Text <img src=x onerror=alert(1)> more",
        '<div onclick="alert(1)">\nblock\n</div>',
        "<iframe src=https://example.com></iframe>",
        "[x](javascript:alert(1))",
        "[x](JaVa&#115;cript:alert(1))",
        "[x]\n\n[x]: javascript:alert(1)",
        "![x](data:image/svg+xml,hi)",
        "<!-- a comment --> text",
    ],
)
def test_the_renderer_never_emits_raw_html_or_unsafe_links(markdown):
    """Defence in depth: even Markdown that skipped validation renders harmless (the offline
    bundle has no Content-Security-Policy to fall back on)."""
    renderer = MarkdownRenderer()
    html = renderer.render(markdown, lambda path: path)
    assert LIVE_HTML.search(html) is None, html
    assert renderer.refused, "what was refused is listed for validation to report"


def test_allowed_inline_tags_stay(project):
    renderer = MarkdownRenderer()
    assert renderer.render("Press <kbd>Ctrl</kbd> and <em>then</em>", lambda path: path) == "<p>Press <kbd>Ctrl</kbd> and <em>then</em></p>"
    assert renderer.refused == []
