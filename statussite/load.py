"""Read content files from disk and cut each into parsed front-matter and a body."""

from __future__ import annotations

import json
import stat
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

from .frontmatter import FormatError, FrontMatter, Parts, Spot, parse, split
from .markup import blank_code
from .problems import Problem

MAX_BYTES = 128 * 1024  # the largest content file is under 8 KB; a bigger one is a mistake
RESULTS_MAX_BYTES = 512 * 1024  # a harness results file (content/clients/): a browser's, with every scenario's facts, is about 140 KB


@dataclass(frozen=True)
class Document:
    """One content file: where it is (as shown to the author), its front-matter and body."""

    path: str
    front: FrontMatter
    body: str
    body_line: int
    line_count: int
    text: str = field(default="", repr=False, compare=False)  # the file as read: what a kept result is keyed by

    @cached_property
    def blanked_body(self) -> str:
        """The body with its code blanked out, positions kept (see markup.blank_code)."""
        return blank_code(self.body)


@dataclass(frozen=True)
class SnippetFile:
    """One snippet file, its text exactly as on disk (the page shows and the test runs these bytes)."""

    path: str
    text: str
    size: int
    error: tuple[int, int, str] | None = None  # line, column and message if it cannot be read


@dataclass(frozen=True)
class JsonFile:
    """One JSON data file (content/clients/*.json): where it is, its parsed data and its text."""

    path: str
    data: Any
    text: str


@dataclass(frozen=True)
class DataFile:
    """A YAML data file (no body), parsed with the spots of its keys."""

    path: str
    front: FrontMatter
    text: str = field(default="", repr=False, compare=False)  # the file as read: what a kept result is keyed by


Reader = Literal["markdown", "yaml", "data", "json", "raw"]
Loaded = Document | DataFile | JsonFile | SnippetFile


@dataclass(frozen=True)
class Source:
    """Where a kind's files are and how each is read: `markdown` (front-matter and a body, whose
    links are checked), `yaml` (.yml files, all front-matter: a Document without body), `data`
    (one YAML file, a DataFile), `json` (a JsonFile) or `raw` (a SnippetFile, its bytes as on disk)."""

    folder: str  # under the project: "content/codes"
    pattern: str  # a glob in that folder: "*.md"
    reader: Reader


@dataclass(frozen=True)
class Content:
    """Every content file, read and split by kind (its key), before anything is checked across files."""

    files: Mapping[str, tuple[Loaded, ...]]

    def documents(self, kind: str) -> list[Document]:
        return [item for item in self.files.get(kind, ()) if isinstance(item, Document)]

    def json_files(self, kind: str) -> list[JsonFile]:
        return [item for item in self.files.get(kind, ()) if isinstance(item, JsonFile)]

    def snippet_files(self, kind: str) -> list[SnippetFile]:
        return [item for item in self.files.get(kind, ()) if isinstance(item, SnippetFile)]

    def data_file(self, kind: str, name: str) -> DataFile | None:
        """The kind's YAML data file called `name` ("cannot.yml"), if there is one."""
        return next((item for item in self.files.get(kind, ()) if isinstance(item, DataFile) and item.path.rsplit("/", 1)[-1] == name), None)


class Parsed:
    """Parsed files kept by the dev server from one build to the next, each with the text it was
    parsed from: every file is read again at each build, but parsed only when its text changed.

    Validation adds its problems to a document's FrontMatter, so each build gets a copy of it.
    """

    def __init__(self) -> None:
        self._documents: dict[str, Document] = {}
        self._json: dict[str, tuple[str, Any]] = {}

    def document(self, shown: str, text: str, parse: Callable[[], Document]) -> Document:
        kept = self._documents.get(shown)
        if kept is None or kept.text != text:
            kept = self._documents[shown] = parse()
        copy = replace(kept, front=replace(kept.front, problems=list(kept.front.problems)))
        vars(copy)["blanked_body"] = kept.blanked_body  # the cached_property, computed once per text
        return copy

    def json(self, shown: str, text: str) -> Any:
        kept = self._json.get(shown)
        if kept is None or kept[0] != text:
            kept = self._json[shown] = (text, json.loads(text))
        return kept[1]


def load_content(root: Path, sources: Iterable[tuple[str, Source]], parsed: Parsed | None = None) -> tuple[Content, list[Problem]]:
    """Read every file of every (kind, source) under `root`, with the problems met reading them.
    `parsed`: what the dev server kept from the last build (see Parsed)."""
    problems: list[Problem] = []
    files: dict[str, tuple[Loaded, ...]] = {}
    for kind, source in sources:
        files[kind] = (*files.get(kind, ()), *load_source(root, source, problems, parsed))
    return Content(files), problems


def load_source(root: Path, source: Source, problems: list[Problem], parsed: Parsed | None = None) -> list[Loaded]:
    """The files of one source, read by its reader."""
    if source.reader == "json":
        return [*load_json_folder(root, source.folder, problems, parsed, source.pattern)]
    if source.reader == "raw":
        return [*load_snippets(root, source.folder, source.pattern)]
    if source.reader == "data":
        data = load_data(root, f"{source.folder}/{source.pattern}", problems, parsed)
        return [data] if data else []
    documents, found = load_folder(root, source.folder, source.pattern, parsed)
    problems.extend(found)
    return [*documents]


def load_json_folder(root: Path, folder: str, problems: list[Problem], parsed: Parsed | None = None, pattern: str = "*.json") -> list[JsonFile]:
    """Every *.json file in `root/folder`, parsed; a file that is not JSON is a problem at its spot."""
    files: list[JsonFile] = []
    inside = _inside_project(root / folder, root)
    for file in sorted((root / folder).glob(pattern)):
        shown = file.relative_to(root).as_posix()
        try:
            text = read_bounded(file, root if inside else None, RESULTS_MAX_BYTES).decode("utf-8")
        except FormatError as error:
            problems.append(Problem(shown, error.spot.line, error.spot.col, error.message))
            continue
        except UnicodeDecodeError as error:
            problems.append(Problem(shown, 1, 1, f"not valid UTF-8 at byte {error.start}; the harness writes UTF-8: run make measure"))
            continue
        try:
            files.append(JsonFile(shown, parsed.json(shown, text) if parsed else json.loads(text), text))
        except json.JSONDecodeError as error:
            problems.append(Problem(shown, error.lineno, error.colno, f"not valid JSON: {error.msg}"))
        except RecursionError:
            problems.append(Problem(shown, 1, 1, "not valid JSON: nested too deeply"))
    return files


def load_snippets(root: Path, folder: str = "content/snippets", pattern: str = "*/*") -> list[SnippetFile]:
    """Every file in a folder of content/snippets/, sorted by path; validation says which are wrong."""
    files = []
    inside = _inside_project(root / folder, root)
    for file in sorted((root / folder).glob(pattern)):
        if file.is_dir():
            continue
        shown = file.relative_to(root).as_posix()
        try:
            data = read_bounded(file, root if inside else None)
            files.append(SnippetFile(shown, data.decode("utf-8"), len(data)))
        except FormatError as error:
            files.append(SnippetFile(shown, "", 0, (error.spot.line, error.spot.col, error.message)))
        except UnicodeDecodeError as error:
            line, col = _position(data, error.start)
            files.append(
                SnippetFile(shown, "", len(data), (line, col, f"not valid UTF-8: byte 0x{data[error.start]:02x} cannot be decoded; save the file as UTF-8"))
            )
    return files


def load_data(root: Path, name: str, problems: list[Problem], parsed: Parsed | None = None) -> DataFile | None:
    """A YAML data file, or None if there is none (or it cannot be parsed: then a problem says why)."""
    file = root / name
    if not file.exists() and not file.is_symlink():
        return None
    try:
        document = load_file(file, name, root if _inside_project(file.parent, root) else None, parsed)
        return DataFile(name, document.front, document.text)
    except FormatError as error:
        problems.append(Problem(name, error.spot.line, error.spot.col, error.message.replace("front-matter", "file")))
    return None


def _position(data: bytes, offset: int) -> tuple[int, int]:
    before = data[:offset]
    return before.count(b"\n") + 1, offset - (before.rfind(b"\n") + 1) + 1


def load_folder(root: Path, folder: str, pattern: str = "*.md", parsed: Parsed | None = None) -> tuple[list[Document], list[Problem]]:
    """Every file in `root/folder` that matches `pattern`, sorted by name, with the problems met
    reading them; a folder that does not exist holds none."""
    documents: list[Document] = []
    problems: list[Problem] = []
    inside = _inside_project(root / folder, root)
    for file in sorted((root / folder).glob(pattern)):
        shown = file.relative_to(root).as_posix()
        try:
            documents.append(load_file(file, shown, root if inside else None, parsed))
        except FormatError as error:
            problems.append(Problem(shown, error.spot.line, error.spot.col, error.message))
    return documents, problems


def load_file(file: Path, shown: str, root: Path | None, parsed: Parsed | None = None) -> Document:
    """A Markdown file with front-matter, or a .yml file that is all YAML (and has no body);
    `root` is the project, or None when the file's folder already leads out of it."""
    data = read_bounded(file, root)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        before = data[: error.start]
        line = before.count(b"\n") + 1
        col = error.start - (before.rfind(b"\n") + 1) + 1
        raise FormatError(Spot(line, col), f"not valid UTF-8: byte 0x{data[error.start]:02x} cannot be decoded; save the file as UTF-8") from None
    text = text.removeprefix("\ufeff").replace("\r\n", "\n")
    if text.count("\r"):
        at = text.index("\r")
        raise FormatError(
            Spot(text.count("\n", 0, at) + 1, at - (text.rfind("\n", 0, at) + 1) + 1),
            "a carriage return (CR) without a line feed; save the file with LF or CRLF line endings",
        )
    yaml_only = file.suffix == ".yml"
    return parsed.document(shown, text, lambda: parse_document(shown, text, yaml_only)) if parsed else parse_document(shown, text, yaml_only)


def parse_document(shown: str, text: str, yaml_only: bool) -> Document:
    """The text of a content file cut and parsed; `yaml_only` for a .yml file, which has no body."""
    if yaml_only:
        return Document(shown, parse(Parts(text, 1, "", text.count("\n") + 1)), "", text.count("\n") + 1, text.count("\n") + 1, text)
    parts = split(text)
    return Document(shown, parse(parts), parts.body, parts.body_line, text.count("\n") + 1, text)


def _inside_project(folder: Path, root: Path) -> bool:
    try:
        return folder.resolve().is_relative_to(root.resolve())
    except (OSError, RuntimeError):
        return False


def read_bounded(file: Path, root: Path | None, limit: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file inside the project, of at most `limit` (MAX_BYTES).

    A symbolic link may point anywhere (a private key, /dev/zero, a named pipe that never
    ends), so a file is read only if it is, or links to, a regular file inside the project.
    `root` is None when the file's folder itself leads out of the project.
    """
    try:
        info = file.lstat()
        target = file.resolve(strict=True) if stat.S_ISLNK(info.st_mode) or root is None else file
        info = target.stat() if target is not file else info
    except (OSError, RuntimeError) as error:  # RuntimeError: a loop of symbolic links
        raise FormatError(Spot(1, 1), f"cannot read the file: {getattr(error, 'strerror', None) or error}") from None
    if root is None or (target is not file and not target.is_relative_to(root.resolve())):
        raise FormatError(Spot(1, 1), f"a symbolic link to {target}, outside the project: content must live inside the project")
    if not stat.S_ISREG(info.st_mode):
        raise FormatError(Spot(1, 1), "not a regular file (a folder, pipe or device); content files are plain text files")
    if info.st_size > limit:
        raise FormatError(Spot(1, 1), f"the file is {info.st_size:,} bytes; a content file may have at most {limit:,}")
    try:
        with target.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as error:
        raise FormatError(Spot(1, 1), f"cannot read the file: {error.strerror}") from None
    if len(data) > limit:  # it grew while being read
        raise FormatError(Spot(1, 1), f"the file has more than {limit:,} bytes, the most a content file may have")
    return data
