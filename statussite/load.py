"""Read content files from disk and cut each into parsed front-matter and a body."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .frontmatter import FormatError, FrontMatter, Parts, Spot, parse, split
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
class Content:
    """Every content file, read and split by kind, before anything is checked across files."""

    codes: list[Document]
    classes: list[Document]
    comparisons: list[Document]
    guide: list[Document]  # content/guide.md, or nothing for a site without a guide
    substatus: list[Document] = field(default_factory=list)  # content/iis-substatus.yml, a YAML-only file


def load_content(root: Path) -> tuple[Content, list[Problem]]:
    """Read every content file under `root/content`, with the problems met reading them."""
    parts = [
        load_folder(root, "content/codes"),
        load_folder(root, "content/classes"),
        load_folder(root, "content/compare"),
        load_folder(root, "content", "guide.md"),
        load_folder(root, "content", SUBSTATUS_FILE, yaml_only=True),
    ]
    return Content(*(documents for documents, _ in parts)), [problem for _, problems in parts for problem in problems]


SUBSTATUS_FILE = "iis-substatus.yml"


def load_folder(root: Path, folder: str, pattern: str = "*.md", yaml_only: bool = False) -> tuple[list[Document], list[Problem]]:
    """Every file in `root/folder` that matches `pattern`, sorted by name, with the problems met
    reading them; a folder that does not exist holds none."""
    documents: list[Document] = []
    problems: list[Problem] = []
    for file in sorted((root / folder).glob(pattern)):
        shown = file.relative_to(root).as_posix()
        try:
            documents.append(load_file(file, shown, yaml_only))
        except FormatError as error:
            problems.append(Problem(shown, error.spot.line, error.spot.col, error.message))
    return documents, problems


def load_file(file: Path, shown: str, yaml_only: bool = False) -> Document:
    """A content file cut into front-matter and body; a YAML-only file (`yaml_only`) is all
    front-matter, with no fences and an empty body."""
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
    parts = Parts(text, 1, "", text.count("\n") + 1) if yaml_only else split(text)
    return Document(shown, parse(parts), parts.body, parts.body_line, text.count("\n") + 1)

