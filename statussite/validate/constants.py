"""Check one library's constants file (content/constants/<library>.yml) and build its model.

A file names the library, the import a reader needs, what its names were checked against (the
release a registry here installs, and/or an upstream file at a named tag) and, by code, the
names the library gives it: one bare name, or a list whose items may carry `since`,
`deprecated`, `until` and `replacement`.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from ..frontmatter import FrontMatter, KeyPath, dotted
from ..load import Document
from ..model import Constant, Installed, Library, Upstream
from ..problems import Problem
from .schema import Field, Record, RecordOf, Text, complain, wrong_type

VERSION = re.compile(r"^\d+(\.\d+)*$")
NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
KEY = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

LIBRARY_SCHEMA = RecordOf(
    {
        "name": Field(Text()),
        "ecosystem": Field(Text()),
        "usage": Field(Text()),
        "prefix": Field(Text(), required=False, default=""),
        "note": Field(Text(), required=False),
        "installed": Field(RecordOf({"registry": Field(Text()), "package": Field(Text()), "version": Field(Text())}, into=Installed), required=False),
        "upstream": Field(RecordOf({"repo": Field(Text()), "file": Field(Text()), "tag": Field(Text())}, into=Upstream), required=False),
        "codes": Field(Record({}), required=False, bound=False),  # checked and built by _codes: its keys are the codes
    },
    into=Library,
)
ENTRY = RecordOf(
    {
        "name": Field(Text()),
        "since": Field(Text(), required=False),
        "deprecated": Field(Text(), required=False),  # or true: checked by _entry
        "until": Field(Text(), required=False),
        "replacement": Field(Text(), required=False),
    },
    into=Constant,
)


def library(doc: Document, problems: list[Problem]) -> Library | None:
    """The Library in `doc`, or None after adding its problems."""
    front = doc.front
    data = dict(front.data)
    raw_codes = data.pop("codes", None)
    values = LIBRARY_SCHEMA.check(front, (), data)
    key = PurePosixPath(doc.path).stem
    if not KEY.match(key):
        complain(front, (), f"name the file in lower case with dashes, such as go.yml or http-status-codes.yml; got {PurePosixPath(doc.path).name}")
    if "codes" not in front.data:
        complain(front, (), "missing required field 'codes': the names the library gives each code")
    if "installed" not in front.data and "upstream" not in front.data:
        complain(front, (), "say what the names were checked against: 'installed' (a registry's release) or 'upstream' (a file at a tag), or both")
    installed = values["installed"]
    if installed and installed["version"] and not VERSION.match(installed["version"]):
        complain(front, ("installed", "version"), f"'installed.version' must be a version such as \"2.2.22\"; got '{installed['version']}'")
    entries = _codes(front, raw_codes) if "codes" in front.data else ()
    problems.extend(Problem(doc.path, spot.line, spot.col, message) for spot, message in front.problems)
    if front.problems:
        return None
    return LIBRARY_SCHEMA.bind(values, key=key, codes=entries, path=doc.path)


def _codes(front: FrontMatter, value: object) -> tuple[tuple[int, tuple[Constant, ...]], ...]:
    """Each code with its names, checked: a code must have a page, a name belongs to one code."""
    if not isinstance(value, dict) or not value:
        wrong_type(front, ("codes",), "a mapping of code: name lines", value)
        return ()
    result = []
    owner: dict[str, str] = {}
    for text, item in value.items():
        path = ("codes", text)
        if not re.fullmatch(r"[1-5]\d\d", text):
            complain(front, path, f"'{dotted(path)}': a code is three digits, 100 to 599; got '{text}'")
            continue
        code = int(text)  # a code without a page is kept: the name is a fact about the library
        items = item if isinstance(item, list) else [item]
        names = tuple(constant for index, entry in enumerate(items) if (constant := _entry(front, path + ((index,) if isinstance(item, list) else ()), entry)))
        if len(names) != len(items):
            continue
        for constant in names:
            if constant.name in owner:
                complain(front, path, f"'{constant.name}' is already given to code {owner[constant.name]}; a name means one code")
            owner[constant.name] = text
        known = {constant.name for constant in names}
        for index, constant in enumerate(names):
            if constant.replacement and constant.replacement not in known:
                spot = path + ((index, "replacement") if isinstance(item, list) else ())
                complain(front, spot, f"replacement '{constant.replacement}' is not one of this code's names: list it too")
        result.append((code, names))
    return tuple(sorted(result))


def _entry(front: FrontMatter, path: KeyPath, value: object) -> Constant | None:
    """One name: plain text, or a mapping with the name and its history."""
    if isinstance(value, str):
        value = {"name": value}
        fields = ENTRY.check(front, path, value)
    elif isinstance(value, dict):
        deprecated = value.get("deprecated")
        checked = {key: item for key, item in value.items() if not (key == "deprecated" and deprecated is True)}
        fields = ENTRY.check(front, path, checked)
        if deprecated is True:
            fields["deprecated"] = True
    else:
        wrong_type(front, path, "a name, or a mapping with 'name' and optional since, deprecated, until, replacement", value)
        return None
    name = fields.get("name")
    if name and not NAME.match(name):
        complain(
            front,
            path + (("name",) if len(value) > 1 else ()),
            f"'{name}' is not a name a library could define (letters, digits, _); write it without its prefix",
        )
        return None
    for key in ("since", "until") + (("deprecated",) if isinstance(fields.get("deprecated"), str) else ()):
        version = fields.get(key)
        if version and not VERSION.match(version):
            complain(front, path + (key,), f"'{dotted(path + (key,))}' must be a version such as \"3.13\"; got '{version}'")
            return None
    if name is None or any(fields.get(key) is None and key in value for key in ENTRY.fields):
        return None
    return ENTRY.bind(fields)
