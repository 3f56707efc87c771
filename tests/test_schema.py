"""The field kinds of statussite/validate/schema.py, called directly: each accepts its good values,
refuses each bad one with its exact message at the spot the author wrote it, and a RecordOf
binds checked values into its dataclass (nested records, lists as tuples, renamed attributes,
defaults, extras). Front-matter is parsed by the real reader, so every spot is a file line:col."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from statussite.frontmatter import FrontMatter, parse, split
from statussite.load import load_file, parse_document
from statussite.model import FormerName, HeaderField, Source, StatusCode
from statussite.problems import Problem
from statussite.validate.classes import CLASS_SCHEMA
from statussite.validate.codes import CODE_SCHEMA, status_code
from statussite.validate.compare import COMPARISON_SCHEMA, comparison
from statussite.validate.constants import ENTRY, LIBRARY_SCHEMA
from statussite.validate.guide import GUIDE_SCHEMA, guide
from statussite.validate.history import HISTORY
from statussite.validate.rfc_table import ROW as RFC_ROW
from statussite.validate.schema import Boolean, Field, Integer, Kind, Line, ListOf, Moved, Record, RecordOf, Text, Url
from statussite.validate.substatus import ROW as SUBSTATUS_ROW

ROOT = Path(__file__).resolve().parents[1]


def front_of(yaml_text: str) -> FrontMatter:
    """`yaml_text` as a content file's front-matter: its first line is file line 2."""
    return parse(split(f"---\n{yaml_text}\n---\nbody\n"))


def check(kind: Kind, yaml_text: str) -> tuple[Any, list[tuple[int, int, str]]]:
    """What `kind` makes of the front-matter's `value`, and every problem as (line, col, message)."""
    front = front_of(yaml_text)
    result = kind.check(front, ("value",), front.data["value"])
    return result, [(spot.line, spot.col, message) for spot, message in front.problems]


def accepts(kind: Kind, yaml_text: str) -> Any:
    result, problems = check(kind, yaml_text)
    assert problems == [], problems
    return result


@pytest.mark.parametrize(
    "kind, yaml_text, expected",
    [
        (Text(), "value: plain words", "plain words"),
        (Text(), 'value: "  padded  "', "padded"),
        (Text(("MUST", "MAY")), "value: MAY", "MAY"),
        (Line(10), "value: short", "short"),
        (Line(5), "value: exact", "exact"),
        (Url(), "value: https://www.rfc-editor.org/rfc/rfc9110.html", "https://www.rfc-editor.org/rfc/rfc9110.html"),
        (Url(), "value: http://example.com", "http://example.com"),
        (Integer(), "value: 404", 404),
        (Integer(), "value: 0", 0),
        (Boolean(), "value: false", False),
        (Boolean(), "value: true", True),
        (ListOf(Integer()), "value: [301, 308]", (301, 308)),
        (ListOf(Text()), "value: []", ()),
    ],
)
def test_a_kind_returns_its_good_values(kind: Kind, yaml_text: str, expected: object) -> None:
    result = accepts(kind, yaml_text)
    assert result == expected and type(result) is type(expected)


@pytest.mark.parametrize(
    "kind, yaml_text, problem",
    [
        (Text(), "value: 5", (2, 1, "'value' must be text, but YAML read a number from `5`; put it in quotes")),
        (Text(), "value: no", (2, 1, "'value' must be text, but YAML read a boolean from `no`; put it in quotes")),
        (Text(), "value: 2024-01-01", (2, 1, "'value' must be text, but YAML read a date from `2024-01-01`; put it in quotes")),
        (Text(), "value:", (2, 1, "'value' must be text, but got an empty value")),
        (Text(), "value: [a, b]", (2, 1, "'value' must be text, but got a list")),
        (Text(), 'value: "   "', (2, 1, "'value' must not be empty")),
        (Text(("MUST", "MAY")), "value: must", (2, 1, "'value' must be one of MUST, MAY; got 'must'")),
        (Line(5), "value: longer", (2, 1, "'value' is 6 characters; keep it to 5 so the line of facts stays compact")),
        (Line(60), 'value: "one\\ntwo"', (2, 1, "'value' must be one line")),
        (Line(60), "value: 60", (2, 1, "'value' must be text, but YAML read a number from `60`; put it in quotes")),
        (Url(), "value: ftp://example.com/file", (2, 1, "'value' is not a valid http(s) URL: 'ftp://example.com/file'")),
        (Url(), "value: https://localhost/", (2, 1, "'value' is not a valid http(s) URL: 'https://localhost/'")),
        (Url(), "value: www.example.com", (2, 1, "'value' is not a valid http(s) URL: 'www.example.com'")),
        (Url(), 'value: "https://example.com/a b"', (2, 1, "'value' is not a valid http(s) URL: 'https://example.com/a b'")),
        (Integer(), "value: true", (2, 1, "'value' must be a whole number, but YAML read a boolean from `true`")),
        (Integer(), "value: 1.5", (2, 1, "'value' must be a whole number, but YAML read a number from `1.5`")),
        (Integer(), 'value: "404"', (2, 1, "'value' must be a whole number, but YAML read text from `404`")),
        (Boolean(), "value: 1", (2, 1, "'value' must be true or false, but YAML read a number from `1`")),
        (Boolean(), 'value: "true"', (2, 1, "'value' must be true or false, but YAML read text from `true`")),
        (ListOf(Integer()), "value: 404", (2, 1, "'value' must be a list (use [] for none), but YAML read a number from `404`")),
        (ListOf(Integer()), "value:\n  a: 1", (2, 1, "'value' must be a list (use [] for none), but got a mapping")),
        (Moved("'value' moved to content/elsewhere.yml"), "value: anything", (2, 1, "'value' moved to content/elsewhere.yml")),
        (Moved("'value' moved to content/elsewhere.yml"), "value: [1, 2]", (2, 1, "'value' moved to content/elsewhere.yml")),
    ],
)
def test_a_kind_refuses_a_bad_value_with_its_message_at_its_spot(kind: Kind, yaml_text: str, problem: tuple[int, int, str]) -> None:
    result, problems = check(kind, yaml_text)
    assert result is None
    assert problems == [problem]


def test_a_list_names_each_bad_item_by_its_index_on_its_own_line() -> None:
    result, problems = check(ListOf(Integer()), "value:\n  - 301\n  - x\n  - 308\n  - false")
    assert result is None
    assert problems == [
        (4, 5, "'value[1]' must be a whole number, but YAML read text from `x`"),
        (6, 5, "'value[3]' must be a whole number, but YAML read a boolean from `false`"),
    ]


PERSON = Record({"name": Field(Text()), "age": Field(Integer(), required=False)})


def test_a_record_gives_every_field_and_none_for_a_missing_optional_one() -> None:
    assert accepts(PERSON, "value:\n  name: Ada\n  age: 36") == {"name": "Ada", "age": 36}
    assert accepts(PERSON, "value:\n  name: Ada") == {"name": "Ada", "age": None}


def test_a_record_refuses_unknown_and_missing_keys_and_keeps_checking() -> None:
    result, problems = check(PERSON, "value:\n  nmae: Ada\n  height: 170\n  age: yes")
    assert result == {"name": None, "age": None}
    assert problems == [
        (3, 3, "unknown field 'value.nmae' (did you mean 'name'?)"),
        (4, 3, "unknown field 'value.height'; known fields: name, age"),
        (5, 3, "'value.age' must be a whole number, but YAML read a boolean from `yes`"),
        (2, 1, "missing required field 'value.name'"),
    ]


def test_a_record_refuses_a_value_that_is_not_a_mapping() -> None:
    result, problems = check(PERSON, "value: [Ada]")
    assert result is None
    assert problems == [(2, 1, "'value' must be a mapping of 'field: value' lines, but got a list")]


def test_a_list_of_records_places_a_nested_problem_at_its_item_and_key() -> None:
    result, problems = check(ListOf(PERSON), "value:\n  - name: Ada\n  - name: 7")
    assert result == ({"name": "Ada", "age": None}, {"name": None, "age": None})  # the checks across fields still read the good values
    assert problems == [(4, 5, "'value[1].name' must be text, but YAML read a number from `7`; put it in quotes")]


@dataclass(frozen=True)
class Place:
    city: str
    url: str | None


@dataclass(frozen=True)
class Step:
    label: str
    done: bool = False


@dataclass(frozen=True)
class Plan:
    title: str
    place: Place | None
    steps: tuple[Step, ...]
    tags: tuple[str, ...]
    body: str
    line: int


PLACE = RecordOf({"city": Field(Text()), "url": Field(Url(), required=False)}, into=Place)
PLAN = RecordOf(
    {
        "name": Field(Text(), attr="title"),
        "place": Field(PLACE, required=False),
        "steps": Field(ListOf(RecordOf({"label": Field(Text()), "done": Field(Boolean(), required=False, default=False)}, into=Step))),
        "tags": Field(ListOf(Text()), required=False, default=()),
        "owner": Field(Text(), required=False, bound=False),
        "budget": Field(Moved("'budget' lives in content/budgets.yml now"), required=False),
    },
    into=Plan,
)


def bound_plan(yaml_text: str) -> Plan:
    front = front_of(yaml_text)
    values = PLAN.check(front, (), front.data)
    assert front.problems == []
    return PLAN.bind(values, body="the body", line=9)


def test_binding_builds_the_dataclass_with_nested_records_lists_renames_and_extras() -> None:
    plan = bound_plan(
        "name: Move\nplace:\n  city: Oslo\n  url: https://example.com/oslo\nsteps:\n  - label: pack\n    done: true\n  - label: go\ntags: [a, b]\nowner: Kim"
    )
    assert plan == Plan(
        title="Move",
        place=Place("Oslo", "https://example.com/oslo"),
        steps=(Step("pack", True), Step("go", False)),
        tags=("a", "b"),
        body="the body",
        line=9,
    )
    assert type(plan.steps) is tuple and type(plan.tags) is tuple


def test_binding_fills_missing_optional_fields_with_their_defaults() -> None:
    plan = bound_plan("name: Stay\nsteps: []")
    assert plan == Plan(title="Stay", place=None, steps=(), tags=(), body="the body", line=9)
    nested = bound_plan("name: Stay\nplace:\n  city: Oslo\nsteps: []")
    assert nested.place == Place("Oslo", None)


def test_binding_refuses_a_required_field_without_a_value() -> None:
    front = front_of("steps: []")
    values = PLAN.check(front, (), front.data)
    assert [message for _, message in front.problems] == ["missing required field 'name'"]
    with pytest.raises(ValueError, match="Plan: required field 'name' has no value"):
        PLAN.bind(values, body="", line=1)


def test_binding_refuses_an_extra_that_a_field_already_fills() -> None:
    front = front_of("name: Move\nsteps: []")
    values = PLAN.check(front, (), front.data)
    with pytest.raises(TypeError, match="title"):
        PLAN.bind(values, title="again", body="", line=1)


def test_the_code_schema_binds_a_real_code_file_into_its_status_code() -> None:
    doc = load_file(ROOT / "content/codes/413.md", "content/codes/413.md", ROOT)
    problems: list[Problem] = []
    code = status_code(doc, None, problems)
    assert problems == []
    assert isinstance(code, StatusCode)
    data = doc.front.data
    assert (code.code, code.name, code.status_class, code.path, code.body_line) == (413, data["name"], "4xx", "content/codes/413.md", doc.body_line)
    assert code.source == Source(data["source"]["document"], data["source"]["section"], data["source"]["url"])
    assert code.former_names == tuple(FormerName(item["name"], item["document"]) for item in data["former_names"]) and code.former_names
    assert code.headers == tuple(
        HeaderField(item["field"], item.get("requirement"), item.get("note"), item.get("conditional", False)) for item in data["headers"]
    )
    assert code.history_facts is not None and code.history_facts.defined == data["history"]["defined"]
    assert code.body == doc.body and code.grpc is not None
    assert type(code.related) is tuple and type(code.keywords) is tuple


@pytest.mark.parametrize("schema", [CODE_SCHEMA, CLASS_SCHEMA, COMPARISON_SCHEMA, GUIDE_SCHEMA, LIBRARY_SCHEMA, ENTRY, SUBSTATUS_ROW, RFC_ROW, HISTORY])
def test_every_key_a_schema_binds_names_an_attribute_of_its_dataclass(schema: RecordOf[Any]) -> None:
    attributes = {field.name for field in dataclasses.fields(schema.into)}
    bound = {spec.attr or key for key, spec in schema.fields.items() if spec.bound and not isinstance(spec.kind, Moved)}
    assert bound <= attributes, bound - attributes


# The checks across fields read the values of `check` even where some are wrong (to report every
# problem in one run); a wrong value must then give its one message, not a traceback or a second
# message about the None it left.
GUIDE = """---
title: Which code?
summary: Pick one.
questions:
  - id: start
    question: What happened?
    answers:
      - answer: It worked.
        next: success
  - id: success
    question: Was anything made?
    answers:
      - answer: No.
        code: 200
        why: The request worked.
---
The guide.
"""

COMPARISON = """---
title: 401 vs 403
summary: Who you are, or what you may do.
codes:
  - code: 401
    means: Log in.
    client: Authenticate.
  - code: 403
    means: Not allowed.
    client: Stop.
---
The comparison.
"""


def messages(text: str, replace: tuple[str, str], validator: Any, path: str) -> list[str]:
    assert replace[0] in text
    doc = parse_document(path, text.replace(replace[0], replace[1], 1), yaml_only=False)
    problems: list[Problem] = []
    assert validator(doc, {200, 401, 403}, problems) is None
    return [str(problem) for problem in problems]


def test_the_guide_and_comparison_examples_here_are_valid() -> None:
    problems: list[Problem] = []
    made = guide(parse_document("content/guide.md", GUIDE, yaml_only=False), {200}, problems)
    assert problems == [] and made is not None and made.questions[0].key == "start" and made.questions[1].answers[0].text == "No."
    compared = comparison(parse_document("content/compare/401-vs-403.md", COMPARISON, yaml_only=False), {401, 403}, problems)
    assert problems == [] and compared is not None and compared.facts[1].means == "Not allowed."


@pytest.mark.parametrize(
    "replace, expected",
    [
        (("id: start", "id: 5"), ["content/guide.md:5:5: 'questions[0].id' must be text, but YAML read a number from `5`; put it in quotes"]),
        (
            ("id: success", "id: [success]"),
            [
                "content/guide.md:10:5: 'questions[1].id' must be text, but got a list",
                "content/guide.md:9:9: 'next' names no question: 'success' (questions: start)",
            ],
        ),
        (
            ("answers:\n      - answer: It worked.\n        next: success", "answers: 5"),
            ["content/guide.md:7:5: 'questions[0].answers' must be a list (use [] for none), but YAML read a number from `5`"],
        ),
    ],
)
def test_a_guide_question_with_a_wrong_id_or_answers_gets_its_message_only(replace: tuple[str, str], expected: list[str]) -> None:
    assert messages(GUIDE, replace, guide, "content/guide.md") == expected


def test_a_comparison_code_that_is_not_a_number_gets_its_message_only() -> None:
    assert messages(COMPARISON, ("code: 401", "code: x"), comparison, "content/compare/401-vs-403.md") == [
        "content/compare/401-vs-403.md:5:5: 'codes[0].code' must be a whole number, but YAML read text from `x`"
    ]
