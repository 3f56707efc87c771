"""Code snippets that send a status code: the framework registry, and checking the snippet
files (content/snippets/<framework>/<code>.<ext>), cannot.yml and versions.yml into the model.

Each snippet is a complete program the test suite runs exactly as the page shows it, so the
checks here are about what the page and the test rely on: a known framework, the right
extension, a code with a page and an example request, the `run:` line, and a size that fits
the page budget.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import partial
from pathlib import PurePosixPath
from typing import Any

from ..frontmatter import FrontMatter
from ..load import DataFile, SnippetFile
from ..model import CannotSend, Snippet, Snippets
from ..problems import Problem
from ..remembered import run_always
from .schema import Field, Integer, ListOf, Record, RecordOf, Text, complain

SNIPPETS_FOLDER = "content/snippets"
CANNOT_FILE = f"{SNIPPETS_FOLDER}/cannot.yml"
VERSIONS_FILE = f"{SNIPPETS_FOLDER}/versions.yml"
# A snippet goes on every code page with six others; a reader tries it as it stands.
MAX_BYTES = 2048


@dataclass(frozen=True)
class Framework:
    """A framework or server a snippet is written for."""

    key: str  # the folder name under content/snippets/
    label: str  # as the page names it
    ext: str  # the snippet files' extension
    comment: str  # the line comment that holds `run:`
    preamble: str = ""  # a line that must come before the run comment (PHP's opening tag)


FRAMEWORKS = (
    Framework("flask", "Flask", ".py", "#"),
    Framework("django", "Django", ".py", "#"),
    Framework("fastapi", "FastAPI", ".py", "#"),
    Framework("express", "Express", ".js", "//"),
    Framework("go", "Go net/http", ".go", "//"),
    Framework("nginx", "nginx", ".conf", "#"),
    Framework("php", "PHP", ".php", "//", preamble="<?php"),
)
FRAMEWORK_KEYS = tuple(item.key for item in FRAMEWORKS)
BY_KEY = {item.key: item for item in FRAMEWORKS}

CANNOT_ENTRY = RecordOf({"code": Field(Integer()), "framework": Field(Text(FRAMEWORK_KEYS)), "reason": Field(Text())}, into=CannotSend)
CANNOT_SCHEMA = Record({"cannot": Field(ListOf(CANNOT_ENTRY))})
VERSIONS_SCHEMA = Record({key: Field(Text(), required=False) for key in FRAMEWORK_KEYS})

# `## Example`, then (before the next heading) the first ```http block: its first line is the request.
EXAMPLE_REQUEST = re.compile(r"^## Example[ \t]*\n(?:(?!^## ).)*?^```http[ \t]*\n([^\n]+)", re.MULTILINE | re.DOTALL)


def has_example_request(body: str) -> bool:
    return EXAMPLE_REQUEST.search(body) is not None


def run_command(framework: Framework, text: str) -> tuple[str | None, int]:
    """The command of the file's `run:` comment, or None, with the line where it belongs.

    The run comment is the file's first line (after the preamble line, for PHP).
    """
    lines = text.split("\n")
    index = 0
    if framework.preamble:
        if lines[0].strip() != framework.preamble:
            return None, 1
        index = 1
    line = lines[index] if index < len(lines) else ""
    prefix = f"{framework.comment} run: "
    if line.startswith(prefix) and line[len(prefix) :].strip():
        return line[len(prefix) :].strip(), index + 1
    return None, index + 1


def check_snippets(
    files: list[SnippetFile],
    cannot: DataFile | None,
    versions: DataFile | None,
    examples: Mapping[int, bool],
    problems: list[Problem],
    run: Callable[..., Any] = run_always,
) -> Snippets:
    """Every snippet file, cannot.yml and versions.yml checked; `examples` maps each code with
    a page to whether that page has an example request. Problems are added to `problems`.
    `run`: see validate.validate (each check redone only when what it reads changed)."""
    snippets = [
        item
        for item in (
            run("snippet", file.path, (file.text, file.size, file.error, examples.get(_code_of(file.path) or 0)), partial(_snippet, file, examples), problems)
            for file in files
        )
        if item
    ]
    written = {(item.code, item.framework) for item in snippets}
    cannot_send = (
        run("cannot", cannot.path, (cannot.text, tuple(sorted(examples)), tuple(sorted(written))), partial(_cannot, cannot, examples, written), problems)
        if cannot
        else []
    )
    found = _versions(versions, problems) if versions else {}
    used = sorted({item.framework for item in snippets})
    for key in used:
        if key not in found:
            spot = (VERSIONS_FILE, 1, 1)
            problems.append(Problem(*spot, f"no tested version for {key}, which has snippets: run `make snippet-versions`"))
    return Snippets(
        snippets=tuple(sorted(snippets, key=lambda item: (item.code, FRAMEWORK_KEYS.index(item.framework)))),
        cannot=tuple(sorted(cannot_send, key=lambda item: (item.code, FRAMEWORK_KEYS.index(item.framework)))),
        versions=tuple((key, found[key]) for key in FRAMEWORK_KEYS if key in found),
        labels=tuple((item.key, item.label) for item in FRAMEWORKS),
    )


def _code_of(path: str) -> int | None:
    stem = PurePosixPath(path).stem
    return int(stem) if stem.isdigit() and len(stem) == 3 else None


def _snippet(file: SnippetFile, examples: Mapping[int, bool], problems: list[Problem]) -> Snippet | None:
    path = PurePosixPath(file.path)
    folder = path.parent.name
    count = len(problems)

    def problem(line: int, col: int, message: str) -> None:
        problems.append(Problem(file.path, line, col, message))

    framework = BY_KEY.get(folder)
    if framework is None:
        problem(1, 1, f"unknown framework folder '{folder}': snippets go in one of {', '.join(FRAMEWORK_KEYS)}")
        return None
    if path.suffix != framework.ext:
        problem(1, 1, f"a {framework.label} snippet must end in {framework.ext}, not '{path.suffix or '(none)'}': name it <code>{framework.ext}")
        return None
    code = int(path.stem) if path.stem.isdigit() and len(path.stem) == 3 else None
    if code is None:
        problem(1, 1, f"a snippet is named after its status code, such as 404{framework.ext}; got '{path.name}'")
    elif code not in examples:
        problem(1, 1, f"a snippet for code {code}, which has no page (no content/codes/{code}.md)")
    elif not examples[code]:
        problem(
            1,
            1,
            f"a snippet for code {code}, whose page has no example request (a ```http block under '## Example' in content/codes/{code}.md) for it to answer",
        )
    if file.error:
        problem(file.error[0], file.error[1], file.error[2])
        return None
    if file.size > MAX_BYTES:
        problem(1, 1, f"the snippet is {file.size} bytes; at most {MAX_BYTES} fit on the page: keep it short")
    command, line = run_command(framework, file.text)
    if command is None:
        expected = f"{framework.comment} run: <command>"
        where = f"on line {line}, after '{framework.preamble}'" if framework.preamble else "as the first line"
        problem(line, 1, f"missing run comment: the snippet must say how to run it {where}, as '{expected}'")
    if len(problems) > count or code is None or command is None:
        return None
    return Snippet(framework=framework.key, code=code, text=file.text, run=command, path=file.path)


def _cannot(data: DataFile, examples: Mapping[int, bool], written: set[tuple[int, str]], problems: list[Problem]) -> list[CannotSend]:
    front = data.front
    values = CANNOT_SCHEMA.check(front, (), front.data) or {}
    entries = values.get("cannot") or ()
    seen: set[tuple[int, str]] = set()
    for index, entry in enumerate(entries):
        code, key = entry["code"], entry["framework"]
        if code not in examples:
            complain(front, ("cannot", index, "code"), f"code {code} has no page (no content/codes/{code}.md)")
        elif (code, key) in written:
            complain(front, ("cannot", index), f"{key} is said not to send {code}, but {SNIPPETS_FOLDER}/{key}/{code}{BY_KEY[key].ext} sends it")
        elif (code, key) in seen:
            complain(front, ("cannot", index), f"{key} and {code} are listed twice")
        seen.add((code, key))
    _report(data, front, problems)
    if front.problems:
        return []
    return [CANNOT_ENTRY.bind(entry) for entry in entries]


def _versions(data: DataFile, problems: list[Problem]) -> dict[str, str]:
    front = data.front
    values = VERSIONS_SCHEMA.check(front, (), front.data) or {}
    _report(data, front, problems)
    return {key: value for key, value in values.items() if value}


def _report(data: DataFile, front: FrontMatter, problems: list[Problem]) -> None:
    problems.extend(Problem(data.path, spot.line, spot.col, message) for spot, message in front.problems)
