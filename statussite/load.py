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
    snippets: list[SnippetFile] = field(default_factory=list)
    cannot: DataFile | None = None  # content/snippets/cannot.yml
    versions: DataFile | None = None  # content/snippets/versions.yml


@dataclass(frozen=True)
class SnippetFile:
    """One snippet file, its text exactly as on disk (the page shows and the test runs these bytes)."""

    path: str
    text: str
    size: int
    error: tuple[int, int, str] | None = None  # line, column and message if it cannot be read


@dataclass(frozen=True)
class DataFile:
    """A YAML data file (no body), parsed with the spots of its keys."""

    path: str
    front: FrontMatter


def load_content(root: Path) -> tuple[Content, list[Problem]]:
    """Read every content file under `root/content`, with the problems met reading them."""
    parts = [
        load_folder(root, "content/codes"),
        load_folder(root, "content/classes"),
        load_folder(root, "content/compare"),
        load_folder(root, "content", "guide.md"),
    ]
    problems = [problem for _, found in parts for problem in found]
    cannot = load_data(root, "content/snippets/cannot.yml", problems)
    versions = load_data(root, "content/snippets/versions.yml", problems)
    (codes, _), (classes, _), (comparisons, _), (guide, _) = parts
    return Content(codes, classes, comparisons, guide, load_snippets(root), cannot, versions), problems


def load_snippets(root: Path) -> list[SnippetFile]:
    """Every file in a folder of content/snippets/, sorted by path; validation says which are wrong."""
    files = []
    for file in sorted((root / "content/snippets").glob("*/*")):
        if not file.is_file():
            continue
        shown = file.relative_to(root).as_posix()
        try:
            data = file.read_bytes()
        except OSError as error:
            files.append(SnippetFile(shown, "", 0, (1, 1, f"cannot read the file: {error.strerror}")))
            continue
        try:
            files.append(SnippetFile(shown, data.decode("utf-8"), len(data)))
        except UnicodeDecodeError as error:
            line, col = _position(data, error.start)
            files.append(SnippetFile(shown, "", len(data), (line, col, f"not valid UTF-8: byte 0x{data[error.start]:02x} cannot be decoded; save the file as UTF-8")))
    return files


def load_data(root: Path, name: str, problems: list[Problem]) -> DataFile | None:
    """A YAML data file, or None if there is none (or it cannot be parsed: then a problem says why)."""
    file = root / name
    if not file.is_file():
        return None
    try:
        text = file.read_bytes().decode("utf-8").removeprefix("\ufeff").replace("\r\n", "\n")
        return DataFile(name, parse(Parts(text, 1, "", text.count("\n") + 2)))
    except UnicodeDecodeError as error:
        problems.append(Problem(name, 1, 1, f"not valid UTF-8 at byte {error.start}; save the file as UTF-8"))
    except OSError as error:
        problems.append(Problem(name, 1, 1, f"cannot read the file: {error.strerror}"))
    except FormatError as error:
        problems.append(Problem(name, error.spot.line, error.spot.col, error.message.replace("front-matter", "file")))
    return None


def _position(data: bytes, offset: int) -> tuple[int, int]:
    before = data[:offset]
    return before.count(b"\n") + 1, offset - (before.rfind(b"\n") + 1) + 1


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

