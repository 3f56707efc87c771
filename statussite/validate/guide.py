"""Check the guide (content/guide.md) and build its model.

The guide is a tree of questions: each answer leads to another question (`next`) or ends at
a code with the reason (`code`, `why`). Every question must be reachable from the first, and
every code must have a page, so that a reader following links never meets a dead end.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Any

from ..frontmatter import FrontMatter, KeyPath
from ..load import Document
from ..model import Answer, Guide, Question
from ..problems import Problem
from .documents import finish
from .schema import Field, Integer, ListOf, Record, Text, complain

KEY = re.compile(r"[a-z][a-z0-9-]*")

ANSWER_SCHEMA = Record(
    {
        "answer": Field(Text()),
        "next": Field(Text(), required=False),
        "code": Field(Integer(), required=False),
        "why": Field(Text(), required=False),
    }
)

GUIDE_SCHEMA = Record(
    {
        "title": Field(Text()),
        "summary": Field(Text()),
        "questions": Field(ListOf(Record({"id": Field(Text()), "question": Field(Text()), "answers": Field(ListOf(ANSWER_SCHEMA))}))),
    }
)


def guide(doc: Document, codes: Collection[int], problems: list[Problem]) -> Guide | None:
    """The Guide in `doc`, or None after adding its problems; `codes` are those with a page."""
    front = doc.front
    values = GUIDE_SCHEMA.check(front, (), front.data)
    questions = values["questions"]
    if questions is not None:
        _check_questions(front, questions, codes)
    body = finish(doc, problems)
    if body is None:
        return None
    return Guide(
        title=values["title"],
        summary=values["summary"],
        questions=tuple(
            Question(item["id"], item["question"], tuple(Answer(answer["answer"], answer["next"], answer["code"], answer["why"]) for answer in item["answers"]))
            for item in questions
        ),
        body=body,
        path=doc.path,
        body_line=doc.body_line,
    )


def _check_questions(front: FrontMatter, questions: tuple[dict[str, Any], ...], codes: Collection[int]) -> None:
    if not questions:
        complain(front, ("questions",), "the guide needs at least one question")
        return
    keys: dict[str, int] = {}
    for index, item in enumerate(questions):
        key = item["id"]
        if key is None:  # not text: the schema said so
            continue
        if not KEY.fullmatch(key):
            complain(front, ("questions", index, "id"), f"question id '{key}' must be lower-case letters, digits and hyphens, starting with a letter")
        elif key in keys:
            complain(front, ("questions", index, "id"), f"question id '{key}' is used twice (also questions[{keys[key]}])")
        else:
            keys[key] = index
    for index, item in enumerate(questions):
        path = ("questions", index, "answers")
        if not item["answers"]:
            complain(front, path, f"question '{item['id']}' has no answers")
        seen: set[int] = set()
        for number, answer in enumerate(item["answers"] or ()):  # None: not a list, the schema said so
            _check_answer(front, path + (number,), answer, item["id"], keys, codes)
            if answer["code"] in seen:
                complain(front, path + (number, "code"), f"question '{item['id']}' has two answers for code {answer['code']}: merge them")
            if answer["code"] is not None:
                seen.add(answer["code"])
    _check_reachable(front, questions, keys)


def _check_answer(front: FrontMatter, path: KeyPath, answer: dict[str, Any], question: str, keys: dict[str, int], codes: Collection[int]) -> None:
    target, code = answer["next"], answer["code"]
    if (target is None) == (code is None):
        complain(front, path, "an answer needs either 'next' (the id of the next question) or 'code' (the code to use), not both")
    elif target is not None:
        if answer["why"] is not None:
            complain(front, path + ("why",), "'why' goes with 'code': explain the code where the reader arrives at it")
        if target == question:
            complain(front, path + ("next",), f"'next' leads back to question '{question}' itself")
        elif target not in keys:
            complain(front, path + ("next",), f"'next' names no question: '{target}' (questions: {', '.join(keys)})")
    else:
        if answer["why"] is None:
            complain(front, path, f"missing required field 'why': say why code {code} fits this answer")
        if code not in codes:
            complain(front, path + ("code",), f"code {code} has no page (no content/codes/{code}.md)")


def _check_reachable(front: FrontMatter, questions: tuple[dict[str, Any], ...], keys: dict[str, int]) -> None:
    """Readers start at the first question and follow links: every other one must be on a path."""
    reached = {questions[0]["id"]}
    waiting = [questions[0]]
    while waiting:
        for answer in waiting.pop()["answers"]:
            target = answer["next"]
            if target in keys and target not in reached:
                reached.add(target)
                waiting.append(questions[keys[target]])
    for index, item in enumerate(questions):
        if item["id"] in keys and keys[item["id"]] == index and item["id"] not in reached:
            complain(
                front,
                ("questions", index, "id"),
                f"question '{item['id']}' is never reached: no answer on a path from the first question has 'next: {item['id']}'",
            )
