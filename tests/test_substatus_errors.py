"""content/iis-substatus.yml is checked with the rest of the content: every malformed entry is
one `path:line:col: message` line, all in one run, and nothing is written."""

from __future__ import annotations

import pytest

from conftest import run
from test_content_errors import (
    assert_reported,
    build_with_existing_output,
    edit,
    line_of,
)

FILE = "content/iis-substatus.yml"


def entry_line(project, code: str) -> int:
    return line_of(project, FILE, f'  - code: "{code}"')


def number_not_text(project):
    line = entry_line(project, "500.19")
    edit(project, FILE, 'code: "500.19"', "code: 500.19")
    return FILE, line, "'substatus[", "must be text, but YAML read a number from `500.19`; put it in quotes"


def not_a_substatus(project):
    line = entry_line(project, "500.19")
    edit(project, FILE, 'code: "500.19"', 'code: "500-19"')
    return FILE, line, "", "must be a status code, a dot and the sub-status number"


def base_without_page(project):
    line = entry_line(project, "500.19")
    edit(project, FILE, 'code: "500.19"', 'code: "555.19"')
    return FILE, line, "", "sub-status 555.19: code 555 has no page"


def listed_twice(project):
    line = entry_line(project, "500.21")
    first = entry_line(project, "500.19")
    edit(project, FILE, 'code: "500.21"', 'code: "500.19"')
    return FILE, line, "", f"sub-status 500.19 is listed twice (first on line {first})"


def unknown_source(project):
    line = entry_line(project, "500.19") + 2
    text = (project / FILE).read_text(encoding="utf-8").split("\n")
    assert text[line - 1] == "    source: iis"
    text[line - 1] = "    source: msdn"
    (project / FILE).write_text("\n".join(text), encoding="utf-8")
    return FILE, line, "", "'source' must be the key of one of 'sources' (iis, ancm); got 'msdn'"


def missing_fix(project):
    line = entry_line(project, "403.14")
    text = (project / FILE).read_text(encoding="utf-8").split("\n")
    del text[line + 3]  # the fix line of the entry
    (project / FILE).write_text("\n".join(text), encoding="utf-8")
    return FILE, line, "", "missing required field 'substatus[", "fix'"


def unknown_field(project):
    line = entry_line(project, "403.14") + 1
    edit(project, FILE, '  - code: "403.14"\n    name:', '  - code: "403.14"\n    nmae:')
    return FILE, line, "", "unknown field 'substatus[", "nmae' (did you mean 'name'?)"


def malformed_yaml(project):
    edit(project, FILE, 'code: "500.19"', 'code: "500.19')
    return FILE, None, "", "malformed YAML"


CASES = [number_not_text, not_a_substatus, base_without_page, listed_twice, unknown_source, missing_fix, unknown_field, malformed_yaml]


@pytest.mark.parametrize("break_project", CASES, ids=[case.__name__ for case in CASES])
def test_a_malformed_substatus_entry_is_reported_and_nothing_written(project, site, break_project):
    path, line, *parts = break_project(project)
    result, unchanged, _ = build_with_existing_output(project, site)
    for part in filter(None, parts):
        assert_reported(result, path, line, part)
    assert unchanged, "the existing output folder was modified by a failed build"


def test_substatus_problems_come_with_those_of_other_files_in_one_run(project):
    path, first, _, message = not_a_substatus(project)
    second = entry_line(project, "404.13")
    edit(project, FILE, 'code: "404.13"', 'code: "404-13"')
    edit(project, "content/codes/200.md", "summary:", "summry:")
    result = run(project, "check")
    assert_reported(result, path, first, message)
    assert_reported(result, FILE, second, "got '404-13'")
    assert_reported(result, "content/codes/200.md", None, "unknown field 'summry'")
