"""The README and docs/ hold true: generated tables match the code, and every `make` target,
command-line option, module, file path and link they name exists.

Each checker is also run on planted text, so a checker that finds nothing cannot pass unseen.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import subprocess
import sys
from dataclasses import replace
from functools import cache
from pathlib import Path

import pytest

from conftest import ROOT
from statussite import cli, field_docs
from statussite.validate.schema import Field, Record, Text

DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
README_LIMIT = 8 * 1024

FENCED = re.compile(r"^(```|~~~)[^\n]*\n(.*?)^\1[ \t]*$", re.MULTILINE | re.DOTALL)
INLINE = re.compile(r"`([^`\n]+)`")
LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")
MAKE = re.compile(r"(?:^|[\s;&|(])make\s+(?:-\S+\s+)*([a-z][\w-]*)")
# A command line: `python build.py SUB ...`, `statussite SUB ...`, `python -m checks ...`.
BUILD_PY = re.compile(r"(?:python3? build\.py|^(?:\$ )?statussite)\s+(?P<subs>[a-z][\w-]*(?:\|[a-z][\w-]*)*)(?P<rest>.*)")
CHECKS = re.compile(r"python3? -m checks\b(?P<rest>.*)")
MODULE = re.compile(r"python3? -m ([\w.]+)")
OPTION = re.compile(r"(?<![\w-])--[a-z][\w-]*")
NOT_CHECKED = frozenset({".git", ".venv", "node_modules", "_site", "dist", "screenshots"})


def code_chunks(text: str) -> list[str]:
    """The code of a Markdown page: each line of each fenced block, and each `inline` span."""
    chunks = [line for match in FENCED.finditer(text) for line in match.group(2).split("\n")]
    prose = FENCED.sub("", text)
    return chunks + INLINE.findall(prose)


def commands(chunk: str) -> list[str]:
    """One chunk cut into single commands: at `&&`, `;` and a shell comment."""
    return [part.strip() for part in re.split(r"&&|;|\s#\s", chunk) if part.strip()]


@cache
def make_targets() -> frozenset[str]:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    return frozenset(re.findall(r"^([a-zA-Z][\w-]*)\s*:(?!=)", makefile, re.MULTILINE))


@cache
def build_options() -> dict[str, frozenset[str]]:
    """Each `build.py` / `statussite` command -> its options, from the parser the command line uses."""
    parser = cli.parser()
    commands_action = next(action for action in parser._actions if isinstance(action, argparse._SubParsersAction))
    return {name: frozenset(sub._option_string_actions) for name, sub in commands_action.choices.items()}


@cache
def checks_options() -> frozenset[str]:
    result = subprocess.run([sys.executable, "-m", "checks", "--help"], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return frozenset(OPTION.findall(result.stdout))


@cache
def top_level() -> frozenset[str]:
    """Names at the root of the project that paths in the docs may start with (not build output)."""
    return frozenset(path.name for path in ROOT.iterdir() if path.name not in NOT_CHECKED and not path.name.endswith((".egg-info", "_cache")))


@cache
def python_files() -> frozenset[str]:
    return frozenset(path.name for name in top_level() for path in ([ROOT / name] if (ROOT / name).is_file() else (ROOT / name).rglob("*.py")))


def path_exists(path: str) -> bool:
    pattern = re.sub(r"<[^>]*>", "*", path.rstrip("/"))
    if "*" in pattern:
        return any(ROOT.glob(pattern))
    return (ROOT / pattern).exists()


def slug(heading: str) -> str:
    """A heading's anchor as GitHub and MkDocs make it: lower case, punctuation dropped, spaces to -."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


def anchors(path: Path) -> set[str]:
    text = FENCED.sub("", path.read_text(encoding="utf-8"))
    return {slug(match) for match in re.findall(r"^#{1,6} (.+)$", text, re.MULTILINE)}


def problems_in(text: str, doc: Path) -> list[str]:
    """Every name in one page that does not exist, as `doc: message`."""
    name = doc.relative_to(ROOT).as_posix() if doc.is_relative_to(ROOT) else doc.name
    found: list[str] = []
    for chunk in code_chunks(text):
        for command in commands(chunk):
            for target in MAKE.findall(command):
                if target not in make_targets():
                    found.append(f"{name}: `make {target}` is not a target of the Makefile")
            if match := BUILD_PY.search(command):
                for sub in match["subs"].split("|"):
                    if sub not in build_options():
                        found.append(f"{name}: `{match[0].strip()}`: build.py has no command '{sub}' ({', '.join(build_options())})")
                    else:
                        found += [
                            f"{name}: `{match[0].strip()}`: '{sub}' has no option {option}"
                            for option in OPTION.findall(match["rest"])
                            if option not in build_options()[sub]
                        ]
            if match := CHECKS.search(command):
                found += [
                    f"{name}: `{match[0].strip()}`: python -m checks has no option {option}"
                    for option in OPTION.findall(match["rest"])
                    if option not in checks_options()
                ]
            for module in MODULE.findall(command):
                if importlib.util.find_spec(module) is None:
                    found.append(f"{name}: `python -m {module}`: no such module")
        for token in chunk.split():
            token = re.sub(r"(:\d+)+:?$", "", token.strip("()[],;:\"'"))  # content/codes/413.md:9:1
            first = token.split("/")[0]
            if first in top_level() and ("/" in token or (ROOT / token).is_file()) and not path_exists(token):
                found.append(f"{name}: `{token}` does not exist in the project")
            elif re.fullmatch(r"\w+\.py", token) and token not in python_files():
                found.append(f"{name}: `{token}`: no such Python file in the project")
    for target in LINK.findall(FENCED.sub("", INLINE.sub("``", text))):
        if re.match(r"[a-z]+:", target):
            continue
        file_part, _, anchor = target.partition("#")
        linked = (doc.parent / file_part).resolve() if file_part else doc
        if not linked.exists():
            found.append(f"{name}: link to {target}: no such file")
        elif anchor and linked.suffix == ".md" and anchor not in anchors(linked):
            found.append(f"{name}: link to {target}: {linked.name} has no heading with anchor #{anchor}")
    return found


@pytest.mark.parametrize("doc", DOCS, ids=lambda path: path.relative_to(ROOT).as_posix())
def test_every_target_option_path_and_link_named_exists(doc: Path) -> None:
    problems = problems_in(doc.read_text(encoding="utf-8"), doc)
    assert not problems, "\n".join(problems)


def test_the_checks_see_what_they_check() -> None:
    """The docs name things of each kind, so a broken pattern would show here, not pass silently."""
    text = "\n".join(doc.read_text(encoding="utf-8") for doc in DOCS)
    chunks = [command for chunk in code_chunks(text) for command in commands(chunk)]
    assert {"serve", "test", "lint", "check", "bench"} <= {target for command in chunks for target in MAKE.findall(command)}
    assert any(BUILD_PY.search(command) and "--base-url" in command for command in chunks)
    assert any(CHECKS.search(command) and "--gate" in command for command in chunks)
    assert "statussite.field_docs" in {module for command in chunks for module in MODULE.findall(command)}


def test_a_name_that_does_not_exist_is_reported(tmp_path: Path) -> None:
    planted = (
        "Run `make no-such-target`, `python build.py build --no-such-flag`, `statussite publish`,\n"
        "`python -m checks _site --no-gate`, `python -m statussite.nothing` and read\n"
        "`statussite/missing.py`, `content/codes/<code>.txt`, `gone.py`; see [x](nowhere.md)\n"
        "and [y](../README.md#no-such-heading).\n\n"
        "```sh\nmake serve   # fine\nmake deploy\n```\n"
    )
    problems = problems_in(planted, ROOT / "docs" / "planted.md")
    expected = [
        "`make no-such-target` is not a target",
        "'build' has no option --no-such-flag",
        "build.py has no command 'publish'",
        "python -m checks has no option --no-gate",
        "`python -m statussite.nothing`: no such module",
        "`statussite/missing.py` does not exist",
        "`content/codes/<code>.txt` does not exist",
        "`gone.py`: no such Python file",
        "link to nowhere.md: no such file",
        "README.md has no heading with anchor #no-such-heading",
        "`make deploy` is not a target",
    ]
    for message in expected:
        assert any(message in problem for problem in problems), f"not reported: {message}\n" + "\n".join(problems)
    assert len(problems) == len(expected), "\n".join(problems)


def test_the_readme_stays_short() -> None:
    size = len((ROOT / "README.md").read_bytes())
    assert size <= README_LIMIT, f"README.md is {size} bytes; keep it under {README_LIMIT} and move the detail into docs/"


# --- generated tables -------------------------------------------------------------------------


def content_text() -> str:
    return (ROOT / field_docs.DOC).read_text(encoding="utf-8")


def test_the_generated_tables_match_the_code() -> None:
    problems = field_docs.check(content_text())
    for doc in field_docs.DOCS:
        problems += field_docs.check_generated((ROOT / doc).read_text(encoding="utf-8"), doc)
    assert not problems, "\n".join(map(str, problems)) + "\nrun `python -m statussite.field_docs` and describe the new fields"


def with_field(record: Record, path: tuple[str, ...], name: str) -> Record:
    """A copy of `record` with a text field `name` added inside the mapping at `path`."""
    if not path:
        return Record({**record.fields, name: Field(Text(), required=False)})
    inner = record.fields[path[0]]
    assert isinstance(inner.kind, Record)
    return Record({**record.fields, path[0]: replace(inner, kind=with_field(inner.kind, path[1:], name))})


def test_a_schema_field_without_documentation_is_named() -> None:
    code_schema, where = field_docs.SCHEMAS["code"]
    schemas = {**field_docs.SCHEMAS, "code": (with_field(with_field(code_schema, (), "planted"), ("source",), "isbn"), where)}
    problems = [str(problem) for problem in field_docs.check(content_text(), schemas)]
    assert len(problems) == 2 and all(problem.startswith("docs/content.md:") for problem in problems), problems
    assert any("code field 'planted' (CODE_SCHEMA in statussite/validate/codes.py) is not documented" in problem for problem in problems), problems
    assert any("code field 'source.isbn' (CODE_SCHEMA in statussite/validate/codes.py) is not documented" in problem for problem in problems), problems


def test_a_row_that_names_no_field_is_named() -> None:
    class_schema, where = field_docs.SCHEMAS["class"]
    schemas = {**field_docs.SCHEMAS, "class": (Record({key: spec for key, spec in class_schema.fields.items() if key != "keywords"}), where)}
    problems = [str(problem) for problem in field_docs.check(content_text(), schemas)]
    assert len(problems) == 1 and "the row for class field 'keywords' names no field of CLASS_SCHEMA" in problems[0], problems


def test_a_changed_required_flag_or_type_is_found() -> None:
    text = content_text().replace("| `cacheable` | yes | true / false |", "| `cacheable` | no | text |", 1)
    problems = [str(problem) for problem in field_docs.check(text)]
    assert len(problems) == 1 and "the table of code fields differs from CODE_SCHEMA" in problems[0], problems


def test_rewriting_adds_a_row_to_fill_in_and_keeps_every_meaning() -> None:
    code_schema, where = field_docs.SCHEMAS["code"]
    schemas = {**field_docs.SCHEMAS, "code": (with_field(code_schema, (), "planted"), where)}
    text = content_text()
    rewritten = field_docs.rewrite(text, schemas)
    assert "| `planted` | no | text |  |" in rewritten
    assert rewritten.replace("| `planted` | no | text |  |\n", "") == text
    problems = [str(problem) for problem in field_docs.check(rewritten, schemas)]
    assert len(problems) == 1 and "code field 'planted' has no meaning" in problems[0], problems


def test_a_stale_generated_block_is_found() -> None:
    doc = "docs/data-files.md"
    text = (ROOT / doc).read_text(encoding="utf-8").replace("| `permalink` |", "| `permalink_url` |", 1)
    problems = [str(problem) for problem in field_docs.check_generated(text, doc)]
    assert len(problems) == 1 and "differs from the code it is made from" in problems[0], problems


def test_the_field_docs_command_checks_the_committed_docs() -> None:
    result = subprocess.run([sys.executable, "-m", "statussite.field_docs", "--check"], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "the generated tables match the code" in result.stdout
