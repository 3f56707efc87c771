"""The measured results formats, declared once in statussite/results_format.py: the harness's
record and text give the committed files byte for byte, the build refuses a file that departs
from the declaration at the line and column of the departure, and the published JSON Schemas
(made from the same declaration) accept every committed file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from measure.probes import all_probes
from measure.probes import check as check_probes
from measure.scenarios import ScenarioError, all_scenarios
from measure.scenarios import check as check_scenario
from statussite import field_docs
from statussite.json_schema import clients_schema, servers_schema
from statussite.load import JsonFile
from statussite.problems import Problem
from statussite.results_format import CLIENT_RESULTS, SERVER_RESULTS, Format, FormatError
from statussite.servers import BEHAVIOUR
from statussite.validate.clients import client_run
from statussite.validate.servers import server_run

ROOT = Path(__file__).resolve().parent.parent
CLIENT_FILES = sorted((ROOT / "content" / "clients").glob("*.json"))
SERVER_FILES = sorted((ROOT / "content" / "servers").glob("*.json"))
FORMATS = [(path, CLIENT_RESULTS) for path in CLIENT_FILES] + [(path, SERVER_RESULTS) for path in SERVER_FILES]


def reversed_keys(value: Any) -> Any:
    """The same data with every object's keys in the opposite order, at every depth."""
    if isinstance(value, dict):
        return {key: reversed_keys(value[key]) for key in reversed(value)}
    if isinstance(value, list):
        return [reversed_keys(item) for item in value]
    return value


@pytest.mark.parametrize(("path", "form"), FORMATS, ids=lambda item: item.name if isinstance(item, Path) else "")
def test_the_declared_format_writes_each_committed_file_byte_for_byte(path: Path, form: Format) -> None:
    text = path.read_text(encoding="utf-8")
    # the keys reversed first: the order written is the declaration's, not the loaded file's
    assert form.text(form.record(reversed_keys(json.loads(text)))) == text


def test_the_harness_record_refuses_a_missing_or_unknown_field() -> None:
    data = json.loads(CLIENT_FILES[0].read_text(encoding="utf-8"))
    del data["results"][2]["requests"][0]["method"]
    with pytest.raises(FormatError, match=r"a results file: result 3: request 1: no 'method' field"):
        CLIENT_RESULTS.record(data)
    data = json.loads(SERVER_FILES[0].read_text(encoding="utf-8"))
    data["results"][0]["latency"] = 1
    with pytest.raises(FormatError, match=r"result 1: unknown field 'latency'"):
        SERVER_RESULTS.record(data)


def problems_of(path: Path, old: str, new: str) -> tuple[list[str], str]:
    """The problems of a committed results file with `old` replaced by `new` (once), and its text."""
    text = path.read_text(encoding="utf-8")
    assert old in text
    text = text.replace(old, new, 1)
    found: list[Problem] = []
    made = (client_run if path.parent.name == "clients" else server_run)(JsonFile(f"content/{path.parent.name}/{path.name}", json.loads(text), text), found)
    assert made is None
    return [str(problem) for problem in found], text


def spot(text: str, needle: str) -> str:
    """`line:col` of the first `needle` in `text`."""
    at = text.index(needle)
    return f"{text.count(chr(10), 0, at) + 1}:{at - (text.rfind(chr(10), 0, at) + 1) + 1}"


CURL = ROOT / "content" / "clients" / "curl.json"
NGINX = ROOT / "content" / "servers" / "nginx.json"


@pytest.mark.parametrize(
    ("path", "old", "new", "needle", "message"),
    [
        (CURL, '"title": "300 after GET",\n', "", '{\n   "scenario": "redirect-300-get"', "result 1 has no 'title' field"),
        (CURL, '"topic": "redirect"', '"topic": "redirects"', '"topic": "redirects"', "result 1: topic 'redirects' is not one of redirect, 1xx, body"),
        (CURL, '"headline": false', '"headline": "no"', '"headline": "no"', "result 1: 'headline' must be true or false"),
        (CURL, '"body_bytes": 0', '"body_bytes": 0.5', '"body_bytes": 0.5', "result 1: request 1: 'body_bytes' must be a whole number"),
        (CURL, '"status": 300', '"status": "300"', '"status": "300"', "result 1: call 1: 'status' must be a whole number or null"),
        (CURL, '"content-length"', '"Content-Length"', '"headers"', "result 1: call 1: 'headers': field names must be non-empty and lower-case"),
        (CURL, '"cookie": false,', '"cookie": false, "cookies": 0,', '"cookies"', "result 1: request 1: unknown field 'cookies'"),
        (CURL, '"kind": ""', '"kind": "tab"', '"kind": "tab"', "kind 'tab' is not one of '' (empty), fetch, navigation"),
        (CURL, '"seconds": 5.9,\n', "", "{", "a results file has no 'seconds' field"),
        (NGINX, '"topic": "failure"', '"topic": "outage"', '"topic": "outage"', "result 1: topic 'outage' is not one of failure, limits, passthrough"),
        (NGINX, '"closed": true', '"closed": 1', '"closed": 1', "result 4: 'closed' must be true or false"),
        (NGINX, '"role": "proxy"', '"role": "cache"', '"role": "cache"', "role 'cache' is not one of proxy, origin"),
    ],
    ids=lambda item: item.name if isinstance(item, Path) else None,
)
def test_a_file_that_departs_from_the_declaration_is_refused_at_its_line_and_column(path: Path, old: str, new: str, needle: str, message: str) -> None:
    found, text = problems_of(path, old, new)
    where = f"content/{path.parent.name}/{path.name}:{spot(text, needle)}: "
    assert any(line.startswith(where) and message in line for line in found), found


def test_every_problem_of_a_file_is_reported_in_one_run() -> None:
    text = CURL.read_text(encoding="utf-8").replace('"topic": "redirect"', '"topic": 7', 1).replace('"t": 0.0', '"t": null', 1)
    found: list[Problem] = []
    client_run(JsonFile("content/clients/curl.json", json.loads(text), text), found)
    assert [problem.message for problem in found] == ["result 1: 'topic' must be a non-empty string", "result 1: request 1: 't' must be a number"]


@pytest.mark.parametrize(("files", "schema"), [(CLIENT_FILES, clients_schema), (SERVER_FILES, servers_schema)], ids=["clients", "servers"])
def test_the_generated_schema_accepts_every_committed_file_and_refuses_an_unknown_topic(files: list[Path], schema: Any) -> None:
    runs = [json.loads(path.read_text(encoding="utf-8")) for path in files]
    validator = Draft202012Validator(schema("https://example.org/"))
    assert [error.message for error in validator.iter_errors({"runs": runs})] == []
    runs[0]["results"][0]["topic"] = "elsewhere"
    assert any("'elsewhere' is not one of" in error.message for error in validator.iter_errors({"runs": runs}))


def test_the_harness_refuses_a_scenario_whose_topic_is_not_declared() -> None:
    scenario = all_scenarios()[0]
    with pytest.raises(ScenarioError, match=r"topic 'redirects' is not one of redirect, 1xx"):
        check_scenario(type(scenario)(**{**scenario.__dict__, "topic": "redirects"}))
    probe = all_probes()[0]
    with pytest.raises(ScenarioError, match=r"topic 'outage' is not one of failure"):
        check_probes([type(probe)(**{**probe.__dict__, "topic": "outage"})])


@pytest.mark.parametrize(
    ("doc", "block", "row"), [("docs/measurement.md", "client-results", "`results[].calls[].page`"), ("docs/servers.md", "server-results", "`role`")]
)
def test_the_docs_tables_of_the_results_fields_are_checked_against_the_declaration(doc: str, block: str, row: str) -> None:
    text = (ROOT / doc).read_text(encoding="utf-8")
    assert field_docs.check_generated(text, doc) == []
    planted = "\n".join(line for line in text.splitlines() if not line.startswith(f"| {row} |")) + "\n"
    assert [problem.message for problem in field_docs.check_generated(planted, doc)] == [
        f"the block '{block}' differs from the code it is made from: run `python -m statussite.field_docs`"
    ]


def test_the_staleness_test_compares_only_declared_server_fields() -> None:
    declared = {spec.name for spec in SERVER_RESULTS.fields[-1].fields}
    assert set(BEHAVIOUR) <= declared and "seconds" not in BEHAVIOUR
