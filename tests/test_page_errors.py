"""Mistakes in comparison pages and the guide get the same treatment as in code pages: one
`path:line:col: message` line each, exit status 1, and the existing output left alone."""

from __future__ import annotations

import re

import pytest

from conftest import run
from test_content_errors import assert_reported, build_with_existing_output, edit, line_of, replacing

COMPARISON = "content/compare/401-vs-403.md"
GUIDE = "content/guide.md"


def compare_case(name: str, line: str | None, old: str, new: str, message: str):
    return replacing(name, line, old, new, message, COMPARISON)


def guide_case(name: str, line: str | None, old: str, new: str, message: str):
    return replacing(name, line, old, new, message, GUIDE)


code_without_page = compare_case("code_without_page", "  - code: 403", "  - code: 403", "  - code: 555", "code 555 has no page (no content/codes/555.md)")
code_twice = compare_case("code_twice", "  - code: 403", "  - code: 403", "  - code: 401", "code 401 is listed twice")
facts_with_gaps = compare_case(
    "facts_with_gaps",
    "  - code: 403",
    "  - code: 403\n    means: The server knows what is asked and will not do it.\n    fault: >-",
    "  - code: 403\n    means: The server knows what is asked and will not do it.\n    note: >-",
    "code 403 has no 'fault' but code 401 has",
)
unknown_fact = compare_case("unknown_fact", "    fault:", "    fault:", "    faults:", "unknown field 'codes[0].faults' (did you mean 'fault'?)")
missing_fact = compare_case("missing_fact", "  - code: 401", "    means: Authentication is missing or failed.\n", "", "missing required field 'codes[0].means'")
bad_body_link = compare_case(
    "bad_body_link", None, "[401 Unauthorized](/401/)", "[401 Unauthorized](/compare/401-vs-999/)", "link to /compare/401-vs-999/: no such page on this site"
)

unknown_next = guide_case("unknown_next", "        next: success", "        next: success", "        next: sucess", "'next' names no question: 'sucess'")
guide_code_without_page = guide_case(
    "guide_code_without_page", "        code: 201", "        code: 201", "        code: 299", "code 299 has no page (no content/codes/299.md)"
)
next_and_code = guide_case(
    "next_and_code",
    "      - answer: The request worked.",
    "        next: success\n",
    "        next: success\n        code: 200\n",
    "an answer needs either 'next' (the id of the next question) or 'code'",
)
unreachable_question = guide_case(
    "unreachable_question", "  - id: interim", "        next: interim", "        next: success", "question 'interim' is never reached"
)
code_without_reason = guide_case(
    "code_without_reason",
    "      - answer: The response carries the result.",
    "        code: 200\n        why:",
    "        code: 200\n        because:",
    "missing required field 'why': say why code 200 fits this answer",
)
next_to_itself = guide_case(
    "next_to_itself", "        next: success", "        next: success", "        next: start", "'next' leads back to question 'start' itself"
)


def misnamed_comparison(project):
    (project / COMPARISON).rename(project / "content/compare/403-vs-401.md")
    path = "content/compare/403-vs-401.md"
    return path, line_of(project, path, "codes:"), "a comparison of these codes, in this order, must be named 401-vs-403.md, not 403-vs-401.md"


def code_page_links_to_missing_comparison(project):
    edit(project, "content/codes/404.md", "[410 Gone](/410/)", "[410 vs 404](/compare/410-vs-404/)")
    return "content/codes/404.md", None, "link to /compare/410-vs-404/: no such page on this site"


CASES = [
    code_without_page,
    code_twice,
    facts_with_gaps,
    unknown_fact,
    missing_fact,
    bad_body_link,
    misnamed_comparison,
    unknown_next,
    guide_code_without_page,
    next_and_code,
    unreachable_question,
    code_without_reason,
    next_to_itself,
    code_page_links_to_missing_comparison,
]


@pytest.mark.parametrize("break_project", CASES, ids=[case.__name__ for case in CASES])
def test_bad_comparison_or_guide_is_reported_and_output_left_alone(project, site, break_project):
    path, line, message = break_project(project)
    result, unchanged, _ = build_with_existing_output(project, site)
    assert_reported(result, path, line, message)
    assert unchanged, "the existing output folder was modified by a failed build"


def test_body_links_to_the_new_pages_are_accepted(project, tmp_path):
    edit(project, "content/codes/404.md", "[410 Gone](/410/)", "[410 Gone](/compare/404-vs-410/)")
    edit(project, "content/codes/403.md", "[401 Unauthorized](/401/)", "[401 Unauthorized](/guide/#client-error-401)")
    result = run(project, "build", "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert 'href="../compare/404-vs-410/"' in (tmp_path / "out" / "404" / "index.html").read_text(encoding="utf-8")


def test_a_site_without_guide_or_comparisons_still_builds(project, tmp_path):
    (project / GUIDE).unlink()
    for path in (project / "content" / "compare").glob("*.md"):
        path.unlink()
    for path in (project / "content" / "codes").glob("*.md"):  # bodies that link there lose the link, keep its text
        text = path.read_text(encoding="utf-8")
        path.write_text(re.sub(r"\[([^\]]*)\]\(/(?:compare|guide)/[^)]*\)", r"\1", text), encoding="utf-8")
    result = run(project, "build", "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "out" / "guide").exists() and not (tmp_path / "out" / "compare").exists()
    assert "guide/" not in (tmp_path / "out" / "404" / "index.html").read_text(encoding="utf-8")
