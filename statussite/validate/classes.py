"""A class file (content/classes/<class>.md): its schema, and its checks into a StatusClass."""

from __future__ import annotations

from pathlib import PurePosixPath

from ..load import Document
from ..model import CLASS_KEYS, StatusClass
from ..problems import Problem
from .codes import SOURCE
from .documents import finish
from .schema import Field, ListOf, RecordOf, Text, complain

CLASS_SCHEMA = RecordOf(
    {
        "class": Field(Text(CLASS_KEYS), attr="key"),
        "name": Field(Text()),
        "source": Field(SOURCE),
        "spec_text": Field(Text()),
        "summary": Field(Text()),
        "keywords": Field(ListOf(Text()), required=False, default=()),
    },
    into=StatusClass,
)


def status_class(doc: Document, problems: list[Problem]) -> StatusClass | None:
    front = doc.front
    values = CLASS_SCHEMA.check(front, (), front.data)
    key = values["class"]
    if key and PurePosixPath(doc.path).stem != key:
        complain(front, ("class",), f"'class' is {key} but the file is named {PurePosixPath(doc.path).name}; name it {key}.md")
    body = finish(doc, problems)
    if body is None:
        return None
    return CLASS_SCHEMA.bind(values, body=body, path=doc.path, body_line=doc.body_line)
