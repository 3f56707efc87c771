"""Read content files from disk and cut each into parsed front-matter and a body."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .frontmatter import FormatError, FrontMatter, Spot, parse, split
from .problems import Problem


@dataclass(frozen=True)
class Document:
    """One content file: where it is (as shown to the author), its front-matter and body."""

    path: str
    front: FrontMatter
    body: str
    body_line: int
    line_count: int


@dataclass(frozen=True)
class DataFile:
    """One JSON data file (content/clients/*.json): where it is, its parsed data and its text."""

    path: str
    data: Any
    text: str


@dataclass(frozen=True)
class Content:
    """Every content file, read and split by kind, before anything is checked across files."""

    codes: list[Document]
    classes: list[Document]
    comparisons: list[Document]
    guide: list[Document]  # content/guide.md, or nothing for a site without a guide
    clients: list[DataFile]  # content/clients/*.json, written by `make measure`


def load_content(root: Path) -> tuple[Content, list[Problem]]:
    """Read every content file under `root/content`, with the problems met reading them."""
    parts = [
        load_folder(root, "content/codes"),
        load_folder(root, "content/classes"),
        load_folder(root, "content/compare"),
        load_folder(root, "content", "guide.md"),
    ]
    clients, client_problems = load_json_folder(root, "content/clients")
    problems = [problem for _, found in parts for problem in found] + client_problems
    return Content(*(documents for documents, _ in parts), clients), problems


def load_json_folder(root: Path, folder: str) -> tuple[list[DataFile], list[Problem]]:
    """Every *.json file in `root/folder`, parsed; a file that is not JSON is a problem at its spot."""
    files: list[DataFile] = []
    problems: list[Problem] = []
    for file in sorted((root / folder).glob("*.json")):
        shown = file.relative_to(root).as_posix()
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            problems.append(Problem(shown, 1, 1, f"cannot read the file as UTF-8: {error}"))
            continue
        try:
            files.append(DataFile(shown, json.loads(text), text))
        except json.JSONDecodeError as error:
            problems.append(Problem(shown, error.lineno, error.colno, f"not valid JSON: {error.msg}"))
    return files, problems


def load_folder(root: Path, folder: str, pattern: str = "*.md") -> tuple[list[Document], list[Problem]]:
    """Every file in `root/folder` that matches `pattern`, sorted by name, with the problems met
    reading them; a folder that does not exist holds none."""
    documents: list[Document] = []
    problems: list[Problem] = []
    for file in sorted((root / folder).glob(pattern)):
        shown = file.relative_to(root).as_posix()
        try:
            documents.append(load_file(file, shown))
        except FormatError as error:
            problems.append(Problem(shown, error.spot.line, error.spot.col, error.message))
    return documents, problems


def load_file(file: Path, shown: str) -> Document:
    try:
        data = file.read_bytes()
    except OSError as error:
        raise FormatError(Spot(1, 1), f"cannot read the file: {error.strerror}") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        before = data[: error.start]
        line = before.count(b"\n") + 1
        col = error.start - (before.rfind(b"\n") + 1) + 1
        raise FormatError(Spot(line, col), f"not valid UTF-8: byte 0x{data[error.start]:02x} cannot be decoded; save the file as UTF-8") from None
    text = text.removeprefix("\ufeff").replace("\r\n", "\n")
    parts = split(text)
    return Document(shown, parse(parts), parts.body, parts.body_line, text.count("\n") + 1)

