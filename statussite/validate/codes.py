"""A code file (content/codes/<code>.md): its schema, and its checks into a StatusCode."""

from __future__ import annotations

from pathlib import PurePosixPath
from typing import Any

from ..frontmatter import FrontMatter, Spot
from ..grpc import grpc_mapping
from ..load import Document
from ..model import (
    CLASS_KEYS,
    REQUIREMENTS,
    STATUSES,
    ExampleStatus,
    FormerName,
    HeaderField,
    Rfc,
    Source,
    StatusCode,
    Vendor,
)
from ..problems import Problem
from .documents import finish
from .examples import Expect, check_examples
from .history import HISTORY, history
from .schema import Boolean, Field, Integer, Line, ListOf, Moved, RecordOf, Text, Url, complain

RETRY_LIMIT = 60  # characters: the "Safe to retry" fact must stay one short item of the line at 360 px
SOURCE = RecordOf({"document": Field(Text()), "section": Field(Text()), "url": Field(Url())}, into=Source)

CODE_SCHEMA = RecordOf(
    {
        "code": Field(Integer()),
        "name": Field(Text()),
        "class": Field(Text(CLASS_KEYS), attr="status_class"),
        "status": Field(Text(STATUSES)),
        "source": Field(SOURCE, required=False),
        "spec_text": Field(Text(), required=False),
        "vendor": Field(RecordOf({"name": Field(Text()), "note": Field(Text()), "url": Field(Url(), required=False)}, into=Vendor), required=False),
        "summary": Field(Text()),
        "former_names": Field(ListOf(RecordOf({"name": Field(Text()), "document": Field(Text())}, into=FormerName))),
        "related": Field(ListOf(Integer())),
        "headers": Field(
            ListOf(
                RecordOf(
                    {
                        "field": Field(Text()),
                        "requirement": Field(Text(REQUIREMENTS), required=False),
                        "note": Field(Text(), required=False),
                        "conditional": Field(Boolean(), required=False, default=False),
                    },
                    into=HeaderField,
                )
            )
        ),
        "cacheable": Field(Boolean()),
        "cache_note": Field(Text(), required=False),
        "content_allowed": Field(Boolean()),
        "example_status": Field(RecordOf({"code": Field(Integer()), "reason": Field(Text())}, into=ExampleStatus), required=False),
        "constants": Field(
            Moved("'constants' are no longer written here: each library has one file, content/constants/<library>.yml (docs/constants.md)"), required=False
        ),
        "retry": Field(Line(RETRY_LIMIT), required=False),
        "keywords": Field(ListOf(Text()), required=False, default=()),
        "history": Field(HISTORY, required=False, attr="history_facts"),
    },
    into=StatusCode,
)


def status_code(doc: Document, rfcs: dict[int, Rfc] | None, problems: list[Problem]) -> StatusCode | None:
    front = doc.front
    values = CODE_SCHEMA.check(front, (), front.data)
    milestones = history(front, values, rfcs)
    code = values["code"]
    if code is not None:
        if not 100 <= code <= 599:
            complain(front, ("code",), f"'code' must be between 100 and 599, got {code}")
        elif PurePosixPath(doc.path).stem != str(code):
            complain(front, ("code",), f"'code' is {code} but the file is named {PurePosixPath(doc.path).name}; name it {code}.md")
        elif values["class"] and values["class"] != f"{code // 100}xx":
            complain(front, ("class",), f"'class' is {values['class']} but code {code} belongs to {code // 100}xx")
    _check_status_fields(front, values)
    _check_examples(doc, values)
    body = finish(doc, problems)
    if body is None:
        return None
    return CODE_SCHEMA.bind(values, body=body, path=doc.path, body_line=doc.body_line, grpc=grpc_mapping(code), history=milestones)


def _check_examples(doc: Document, values: dict[str, Any]) -> None:
    """The ```http blocks must be real HTTP/1.1 messages that show this code (see examples.py)."""
    if values["code"] is None or values["headers"] is None or values["content_allowed"] is None:
        return  # the front-matter problems come first; the examples are judged against it
    wire = values["example_status"]
    must = tuple(item["field"] for item in values["headers"] if item and item["field"] and item["requirement"] == "MUST" and not item["conditional"])
    expect = Expect(wire["code"] if wire and wire["code"] else values["code"], must, values["content_allowed"], wire["reason"] if wire else None)
    for finding in check_examples(doc.body, expect):
        doc.front.problems.append((Spot(doc.body_line + finding.line - 1, finding.col), finding.message))


def _check_status_fields(front: FrontMatter, values: dict[str, Any]) -> None:
    """Unofficial codes name a vendor and cite no RFC; every other code cites its source."""
    if values["status"] == "unofficial":
        for key in ("source", "spec_text"):
            if key in front.data:
                complain(front, (key,), f"'{key}' is not allowed for an unofficial code: it has no standard to cite")
        if "vendor" not in front.data:
            complain(front, (), "missing required field 'vendor': an unofficial code must name who uses it")
    elif values["status"]:
        for key in ("source", "spec_text"):
            if key not in front.data:
                complain(front, (), f"missing required field '{key}' (required unless status is unofficial)")
        if "vendor" in front.data:
            complain(front, ("vendor",), "'vendor' is only for unofficial codes; a registered code cites its 'source'")
