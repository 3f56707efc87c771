"""Split a content file into YAML front-matter and a Markdown body, keeping file positions.

PyYAML loses positions and hides mistakes (a repeated key overwrites the first, ` #` starts a
comment), so this composes the YAML node tree and walks it: every key and list item keeps the
file line and column it came from, and duplicates or swallowed comments become problems.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

FENCE = "---"
COMMENT_AFTER = re.compile(r"\s+#")
EXPANSION_MARKS = re.compile(r"[&*!]")
MAX_DEPTH = 12  # the deepest content nests four levels; a deeper one is a mistake or an attack

# Where a value sits in the front-matter: ("source", "url"), ("related", 2).
KeyPath = tuple[str | int, ...]


@dataclass(frozen=True)
class Spot:
    """Where a value was written: 1-based file line and column, and the text as typed."""

    line: int
    col: int
    raw: str | None = None


@dataclass
class FrontMatter:
    """Plain YAML values plus, for every key path such as ("source", "url"), where it stands."""

    data: dict[str, Any]
    spots: dict[KeyPath, Spot] = field(default_factory=dict)
    problems: list[tuple[Spot, str]] = field(default_factory=list)
    lines: tuple[str, ...] = ()  # the YAML text as written, from file line `first_line`: to place a word inside a value
    first_line: int = 1

    def spot(self, path: KeyPath) -> Spot:
        """The spot of `path`, or of its nearest parent that has one (the opening fence last)."""
        while path:
            if path in self.spots:
                return self.spots[path]
            path = path[:-1]
        return Spot(1, 1)


@dataclass(frozen=True)
class Parts:
    """A content file cut in two: the YAML text, where it starts, and the body."""

    yaml_text: str
    yaml_line: int
    body: str
    body_line: int


class FormatError(Exception):
    """The file cannot be split or parsed; carries the spot and a message for the author."""

    def __init__(self, spot: Spot, message: str):
        super().__init__(message)
        self.spot = spot
        self.message = message


def split(text: str) -> Parts:
    """Cut `text` at its `---` fences; the YAML starts on file line 2."""
    lines = text.split("\n")
    if lines[0].rstrip() != FENCE:
        raise FormatError(Spot(1, 1), "missing front-matter: the file must start with a '---' line")
    for index in range(1, len(lines)):
        if lines[index].rstrip() in (FENCE, "..."):
            return Parts(
                yaml_text="\n".join(lines[1:index]),
                yaml_line=2,
                body="\n".join(lines[index + 1 :]),
                body_line=index + 2,
            )
    raise FormatError(Spot(1, 1), "unclosed front-matter: no closing '---' line after the opening one")


def parse(parts: Parts) -> FrontMatter:
    """Parse the YAML into plain values with spots; raise FormatError on malformed YAML."""
    try:
        _refuse_expansion(parts)
        root = yaml.compose(parts.yaml_text, Loader=Loader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        spot = _spot(mark, parts) if mark else Spot(parts.yaml_line, 1)
        problem = error.problem or error.context or "cannot be parsed"
        raise FormatError(spot, f"malformed YAML: {problem}") from None
    except yaml.reader.ReaderError as error:  # a character YAML does not allow, such as NUL
        before = parts.yaml_text[: error.position]
        spot = Spot(parts.yaml_line + before.count("\n"), error.position - (before.rfind("\n") + 1) + 1)
        code = ord(error.character) if isinstance(error.character, str) else error.character
        raise FormatError(spot, f"malformed YAML: character U+{code:04X} is not allowed; delete it") from None
    except yaml.YAMLError as error:
        raise FormatError(Spot(parts.yaml_line, 1), "malformed YAML: " + " ".join(str(error).split())) from None
    if root is None:
        raise FormatError(Spot(1, 1), "the front-matter is empty")
    if not isinstance(root, yaml.MappingNode):
        raise FormatError(_spot(root.start_mark, parts), "the front-matter must be a list of 'field: value' lines")
    front = FrontMatter(data={}, lines=tuple(parts.yaml_text.split("\n")), first_line=parts.yaml_line)
    front.data = _walk(root, (), front, parts, parts.yaml_text.split("\n"), yaml.constructor.SafeConstructor())
    return front


def _refuse_expansion(parts: Parts) -> None:
    """No anchors, aliases or deep nesting: an alias can make 1 KB of YAML expand to gigabytes
    ("billion laughs"), and no content needs either."""
    if not EXPANSION_MARKS.search(parts.yaml_text):
        return  # no anchor, alias or tag can be written without one of these; nesting is checked in _walk
    depth = 0
    for event in yaml.parse(parts.yaml_text, Loader=Loader):
        spot = _spot(event.start_mark, parts) if event.start_mark else Spot(parts.yaml_line, 1)
        tag = getattr(event, "tag", None)  # only an explicit tag (!!python/object, !foo) sets it
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            kind = "alias (*name)" if isinstance(event, yaml.AliasEvent) else "anchor (&name)"
            raise FormatError(spot, f"YAML {kind} is not allowed in front-matter; write the value out in full")
        if tag:
            raise FormatError(spot, f"YAML tag {tag.removeprefix('tag:yaml.org,2002:')!r} is not allowed in front-matter; write a plain value")
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise FormatError(spot, f"the front-matter nests more than {MAX_DEPTH} levels deep")
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


def _spot(mark: yaml.Mark | Any, parts: Parts, raw: str | None = None) -> Spot:
    return Spot(mark.line + parts.yaml_line, mark.column + 1, raw)


def _walk(node: yaml.Node, path: KeyPath, front: FrontMatter, parts: Parts, lines: list[str], constructor: yaml.constructor.SafeConstructor) -> Any:
    if len(path) > MAX_DEPTH:
        raise FormatError(_spot(node.start_mark, parts), f"the front-matter nests more than {MAX_DEPTH} levels deep")
    if isinstance(node, yaml.MappingNode):
        result: dict[str, Any] = {}
        first_seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node.value)
            spot = _spot(key_node.start_mark, parts)
            if key in first_seen:
                front.problems.append((spot, f"duplicate key '{dotted(path + (key,))}' (first given on line {first_seen[key]})"))
                continue
            first_seen[key] = spot.line
            front.spots[path + (key,)] = spot
            result[key] = _walk(value_node, path + (key,), front, parts, lines, constructor)
        return result
    if isinstance(node, yaml.SequenceNode):
        items = []
        for index, item in enumerate(node.value):
            front.spots[path + (index,)] = _spot(item.start_mark, parts)
            items.append(_walk(item, path + (index,), front, parts, lines, constructor))
        return items
    try:
        value = constructor.construct_object(node)
    except (yaml.YAMLError, ValueError, OverflowError) as error:  # a custom tag, a 5,000-digit number, 2024-13-45
        spot = _spot(node.start_mark, parts, node.value)
        front.problems.append((spot, f"'{dotted(path)}': YAML cannot read `{str(node.value)[:40]}`: {_reason(error)}"))
        front.spots[path] = spot
        return None
    if path in front.spots:
        front.spots[path] = Spot(front.spots[path].line, front.spots[path].col, node.value)
    else:
        front.spots[path] = _spot(node.start_mark, parts, node.value)
    if isinstance(value, str) and isinstance(node, yaml.ScalarNode) and not node.style:  # plain, unquoted text
        rest = lines[node.end_mark.line][node.end_mark.column :]
        if COMMENT_AFTER.match(rest):
            front.problems.append(
                (front.spots[path], f"'{dotted(path)}': the text after ' #' is read as a YAML comment and dropped; put the whole value in quotes")
            )
    return value


def _reason(error: Exception) -> str:
    if isinstance(error, yaml.MarkedYAMLError):
        return (error.problem or "cannot be read").split(";")[0]
    return str(error).split(";")[0][:120]


def dotted(path: KeyPath) -> str:
    """("source", "url") -> "source.url"; ("related", 2) -> "related[2]"."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text
