"""Bad input gets one clear `path:line:col: message` line, exit status 1, no traceback, and
leaves an existing output folder exactly as it was."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from conftest import run, tree_digest

PROBLEM_LINE = re.compile(r"^(?P<path>[^:\s][^:]*):(?P<line>\d+):(?P<col>\d+): (?P<message>.+)$")
CODE_FILE = "content/codes/404.md"


def line_of(project: Path, relative: str, text: str) -> int:
    """1-based number of the first line of `relative` that starts with `text`."""
    lines = (project / relative).read_text(encoding="utf-8").split("\n")
    return next(index for index, line in enumerate(lines, 1) if line.startswith(text))


def edit(project: Path, relative: str, old: str, new: str) -> None:
    path = project / relative
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {relative}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def build_with_existing_output(project: Path, site: Path, *args: str):
    """Run a failing build over a copy of a good site; return the result and whether it changed."""
    out = project.parent / "out"
    shutil.copytree(site, out)
    before = tree_digest(out)
    result = run(project, "build", "--out", str(out), *args)
    return result, tree_digest(out) == before, out


def assert_reported(result, path: str, line: int | None, message: str) -> None:
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stderr.strip().split("\n")
    problems = [PROBLEM_LINE.match(text) for text in lines[:-1]]
    assert all(problems), f"not all lines are path:line:col: message\n{result.stderr}"
    assert lines[-1].endswith("nothing was written")
    wanted = [match for match in problems if match["path"] == path and (line is None or int(match["line"]) == line) and message in match["message"]]
    assert wanted, f"expected {path}:{line}: ...{message}... in\n{result.stderr}"


# Each case: how to break the project copy -> (file, line or None, part of the message).
def replacing(name: str, line: str | int | None, old: str, new: str, message: str, path: str = CODE_FILE):
    """A case that replaces `old` with `new` and expects `message` on `line`: a number, the line
    that starts with that text (looked up before the edit), or None for any line."""

    def case(project):
        where = line_of(project, path, line) if isinstance(line, str) else line
        edit(project, path, old, new)
        return path, where, message

    case.__name__ = name
    return case


no_front_matter = replacing("no_front_matter", 1, "---\n", "", "missing front-matter")
unclosed_front_matter = replacing("unclosed_front_matter", 1, "\n---\n", "\n\n", "unclosed front-matter")
malformed_yaml = replacing("malformed_yaml", None, "related: [410, 403, 400, 301]", "related: [410, 403, 400, 301", "malformed YAML")
missing_field = replacing("missing_field", 1, "cacheable: true\n", "", "missing required field 'cacheable'")
duplicate_key = replacing("duplicate_key", 4, "name: Not Found\n", "name: Not Found\nname: Missing\n", "duplicate key 'name' (first given on line 3)")
unknown_field = replacing("unknown_field", "summary:", "summary:", "sumary:", "unknown field 'sumary' (did you mean 'summary'?)")
boolean_for_text = replacing(
    "boolean_for_text", "name:", "name: Not Found", "name: no", "'name' must be text, but YAML read a boolean from `no`; put it in quotes"
)
date_for_text = replacing("date_for_text", "name:", "name: Not Found", "name: 2024-01-01", "'name' must be text, but YAML read a date from `2024-01-01`")
comment_eats_text = replacing("comment_eats_text", "name:", "name: Not Found", "name: Not Found #2", "'name': the text after ' #' is read as a YAML comment")
text_for_boolean = replacing(
    "text_for_boolean", "cacheable:", "cacheable: true", "cacheable: maybe", "'cacheable' must be true or false, but YAML read text from `maybe`"
)
text_for_code = replacing("text_for_code", "code:", "code: 404", "code: four hundred four", "'code' must be a whole number, but YAML read text")
class_mismatch = replacing("class_mismatch", "class:", "class: 4xx", "class: 5xx", "'class' is 5xx but code 404 belongs to 4xx")
related_without_page = replacing(
    "related_without_page", "related:", "related: [410, 403, 400, 301]", "related: [410, 403, 400, 555]", "related code 555 has no page"
)
malformed_url = replacing(
    "malformed_url", "  url:", "url: https://www.rfc-editor.org", "url: htps//www.rfc-editor.org", "'source.url' is not a valid http(s) URL"
)
link_to_missing_page = replacing("link_to_missing_page", "- **[410 Gone]", "[410 Gone](/410/)", "[410 Gone](/555/)", "link to /555/: no such page on this site")
wrong_choice = replacing("wrong_choice", "status:", "status: standard", "status: official", "'status' must be one of standard, unofficial")
boolean_for_retry = replacing(
    "boolean_for_retry", "retry:", 'retry: "no: check the URL first"', "retry: no", "'retry' must be text, but YAML read a boolean from `no`; put it in quotes"
)
long_retry = replacing(
    "long_retry",
    "retry:",
    'retry: "no: check the URL first"',
    'retry: "no: check the URL first, then the links that led here, then the site map"',
    "'retry' is 72 characters; keep it to 60 so the line of facts stays compact",
)
class_file_mismatch = replacing(
    "class_file_mismatch", "class:", "class: 2xx", "class: 3xx", "'class' is 3xx but the file is named 2xx.md", "content/classes/2xx.md"
)


def unreadable(project):
    (project / "content/codes/600.md").symlink_to(project / "nowhere.md")
    return "content/codes/600.md", 1, "cannot read the file"


def not_utf8(project):
    line = line_of(project, CODE_FILE, "name:")
    path = project / CODE_FILE
    path.write_bytes(path.read_bytes().replace(b"name: Not Found", b"name: Not F\xf6und"))
    return CODE_FILE, line, "not valid UTF-8"


def code_out_of_range(project):
    text = (project / CODE_FILE).read_text(encoding="utf-8").replace("code: 404", "code: 600").replace("class: 4xx", "class: 5xx")
    (project / "content/codes/600.md").write_text(text, encoding="utf-8")
    return "content/codes/600.md", 2, "'code' must be between 100 and 599, got 600"


def file_name_mismatch(project):
    edit(project, CODE_FILE, "code: 404", "code: 555")
    return CODE_FILE, 2, "'code' is 555 but the file is named 404.md; name it 555.md"


def two_files_for_one_code(project):
    shutil.copy(project / CODE_FILE, project / "content/codes/0404.md")
    return CODE_FILE, 2, "code 404 is defined twice: also in content/codes/0404.md"


def empty_body(project):
    path = project / CODE_FILE
    text = path.read_text(encoding="utf-8")
    head = text[: text.index("\n---\n") + 5]
    path.write_text(head + "\n   \n", encoding="utf-8")
    return CODE_FILE, head.count("\n") + 1, "the body is empty"


def unofficial_citing_rfc(project):
    edit(project, CODE_FILE, "status: standard", "status: unofficial")
    return CODE_FILE, line_of(project, CODE_FILE, "source:"), "'source' is not allowed for an unofficial code"


def missing_class_page(project):
    (project / "content/classes/3xx.md").unlink()
    return "content/classes/3xx.md", 1, "missing class page"


def template_error(project):
    path = project / "templates/code.html"
    line = next(i for i, text in enumerate(path.read_text().split("\n"), 1) if "code.summary" in text)
    edit(project, "templates/code.html", "{{ code.summary }}", "{{ code.sumary }}")
    return "templates/code.html", line, "template error"


CASES = [
    unreadable,
    not_utf8,
    no_front_matter,
    unclosed_front_matter,
    malformed_yaml,
    missing_field,
    unknown_field,
    boolean_for_text,
    date_for_text,
    comment_eats_text,
    text_for_boolean,
    text_for_code,
    duplicate_key,
    code_out_of_range,
    file_name_mismatch,
    class_mismatch,
    two_files_for_one_code,
    related_without_page,
    malformed_url,
    empty_body,
    link_to_missing_page,
    wrong_choice,
    unofficial_citing_rfc,
    missing_class_page,
    class_file_mismatch,
    boolean_for_retry,
    long_retry,
    template_error,
]


@pytest.mark.parametrize("break_project", CASES, ids=[case.__name__ for case in CASES])
def test_bad_input_is_reported_and_output_left_alone(project, site, break_project):
    path, line, message = break_project(project)
    result, unchanged, _ = build_with_existing_output(project, site)
    assert_reported(result, path, line, message)
    assert unchanged, "the existing output folder was modified by a failed build"


def test_check_reports_the_same_without_writing(project):
    path, line, message = boolean_for_text(project)
    result = run(project, "check")
    assert_reported(result, path, line, message)
    assert not (project / "_site").exists()


def test_problems_in_several_files_are_all_reported_in_one_run(project, site):
    expected = [boolean_for_text(project), class_file_mismatch(project)]
    edit(project, "content/codes/200.md", "summary:", "summry:")
    expected.append(("content/codes/200.md", line_of(project, "content/codes/200.md", "summry:"), "unknown field 'summry'"))
    result, unchanged, _ = build_with_existing_output(project, site)
    for path, line, message in expected:
        assert_reported(result, path, line, message)
    assert unchanged


def test_a_build_into_the_project_folder_is_refused(project):
    result = run(project, "build", "--out", ".")
    assert result.returncode == 1
    assert "refusing to replace" in result.stderr
    assert (project / "content" / "codes" / "404.md").is_file()
