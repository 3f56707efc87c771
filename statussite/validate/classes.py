"""A class file (content/classes/<class>.md): its schema, and its checks into a StatusClass."""

from __future__ import annotations

from pathlib import PurePosixPath

from ..load import Document
from ..model import (
    CLASS_KEYS,
    Source,
    StatusClass,
)
from ..problems import Problem
from .codes import SOURCE
from .documents import finish
from .schema import Field, ListOf, Record, Text, complain

CLASS_SCHEMA = Record(
    {
        "class": Field(Text(CLASS_KEYS)),
        "name": Field(Text()),
        "source": Field(SOURCE),
        "spec_text": Field(Text()),
        "summary": Field(Text()),
        "keywords": Field(ListOf(Text()), required=False),
    }
)

# Pages and files written whatever the content says, so that bodies may link to them.


def status_class(doc: Document, problems: list[Problem]) -> StatusClass | None:
    front = doc.front
    values = CLASS_SCHEMA.check(front, (), front.data)
    key = values["class"]
    if key and PurePosixPath(doc.path).stem != key:
        complain(front, ("class",), f"'class' is {key} but the file is named {PurePosixPath(doc.path).name}; name it {key}.md")
    body = finish(doc, problems)
    if body is None:
        return None
    return StatusClass(
        key=key,
        name=values["name"],
        source=Source(**values["source"]),
        spec_text=values["spec_text"],
        summary=values["summary"],
        keywords=values["keywords"] or (),
        body=body,
        path=doc.path,
        body_line=doc.body_line,
    )
