"""The data for other tools: one JSON file per code equal to its codes.json entry, all of it
valid against the JSON Schemas the site publishes, a CSV file with the documented columns, and
an OpenSearch description."""

from __future__ import annotations

import copy
import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from checks.html_pages import read_page, resolve

BASE_URL = "https://http-status-codes.netlify.app/"


def load(site: Path, name: str) -> dict:
    return json.loads((site / name).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def codes(site) -> list[dict]:
    return load(site, "codes.json")["codes"]


@pytest.fixture(scope="module")
def validators(site) -> dict[str, Draft202012Validator]:
    """Validators for the two published schemas, resolving references between them offline."""
    schemas = {name: load(site, name) for name in ("code.schema.json", "codes.schema.json")}
    registry = Registry().with_resources((schema["$id"], Resource.from_contents(schema)) for schema in schemas.values())
    for schema in schemas.values():
        Draft202012Validator.check_schema(schema)
    return {name: Draft202012Validator(schema, registry=registry) for name, schema in schemas.items()}


def problems(validator: Draft202012Validator, data) -> list[str]:
    return [f"{'/'.join(map(str, error.absolute_path))}: {error.message}" for error in validator.iter_errors(data)]


def test_every_code_has_a_json_file_beside_its_page_equal_to_its_codes_json_entry(site, codes):
    assert len(codes) >= 90
    for record in codes:
        path = site / f"{record['code']}.json"
        assert path.is_file(), path
        assert json.loads(path.read_text(encoding="utf-8")) == record
        assert (site / record["url"] / "index.html").is_file()
    written = sorted(int(path.stem) for path in site.glob("[1-5][0-9][0-9].json"))
    assert written == [record["code"] for record in codes]


def test_every_code_json_file_matches_the_published_schema(site, codes, validators):
    for record in codes:
        data = load(site, f"{record['code']}.json")
        assert problems(validators["code.schema.json"], data) == [], record["code"]


def test_codes_json_matches_its_published_schema(site, validators):
    assert problems(validators["codes.schema.json"], load(site, "codes.json")) == []


@pytest.mark.parametrize(
    "change, complaint",
    [
        (lambda record: record.update(extra=1), "Additional properties"),
        (lambda record: record.pop("summary"), "'summary' is a required property"),
        (lambda record: record.update(status="official"), "is not one of"),
        (lambda record: record.update(code="404"), "is not of type 'integer'"),
        (lambda record: record["headers"].append({"field": "X", "requirement": "ALWAYS", "note": None}), "is not one of"),
        (lambda record: record["constants"].append({"library": "cobol", "names": []}), "is not one of"),
        (lambda record: record["constants"][0]["names"][0].update(version="1"), "Additional properties"),
        (lambda record: record["constants"][0]["names"][0].pop("since"), "'since' is a required property"),
    ],
    ids=[
        "unknown field",
        "missing field",
        "unknown status",
        "code as text",
        "unknown requirement",
        "unknown library",
        "unknown constant field",
        "constant without since",
    ],
)
def test_the_schema_rejects_records_that_break_the_format(site, validators, change, complaint):
    record = copy.deepcopy(load(site, "404.json"))
    change(record)
    found = problems(validators["code.schema.json"], record)
    assert any(complaint in text for text in found), found


def test_schemas_are_identified_by_their_published_address(site):
    assert load(site, "code.schema.json")["$id"] == BASE_URL + "code.schema.json"
    assert load(site, "codes.schema.json")["$id"] == BASE_URL + "codes.schema.json"
    assert load(site, "codes.schema.json")["properties"]["codes"]["items"] == {"$ref": "code.schema.json"}


def api_page_columns(site: Path) -> list[str]:
    """The CSV columns as the API page documents them, in order."""
    html = (site / "api" / "index.html").read_text(encoding="utf-8")
    section = html.split('id="codes-csv"', 1)[1].split("</table>", 1)[0]
    return re.findall(r"<tr><td><code>([a-z0-9_]+)</code></td>", section)


def test_codes_csv_has_the_documented_columns_and_a_row_per_code(site, codes):
    text = (site / "codes.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert list(rows[0].keys()) == api_page_columns(site)
    assert [int(row["code"]) for row in rows] == [record["code"] for record in codes]
    for row, record in zip(rows, codes):
        assert (row["name"], row["class"], row["status"], row["summary"], row["permalink"]) == (
            record["name"],
            record["class"],
            record["status"],
            record["summary"],
            record["permalink"],
        )
        assert row["cacheable"] == ("true" if record["cacheable"] else "false")
        assert row["related"].split() == [str(code) for code in record["related"]]
        assert row["source_url"] == (record["source"]["url"] if record["source"] else "")
        assert row["vendor"] == (record["vendor"]["name"] if record["vendor"] else "")
    row_413 = next(row for row in rows if row["code"] == "413")
    assert "Payload Too Large (RFC 7231)" in row_413["former_names"] and "Retry-After SHOULD" in row_413["headers"]
    assert row_413["constant_python"] == "HTTPStatus.REQUEST_ENTITY_TOO_LARGE; HTTPStatus.CONTENT_TOO_LARGE"
    row_306 = next(row for row in rows if row["code"] == "306")
    assert (row_306["constant_go"], row_306["constant_dotnet"]) == ("none", "HttpStatusCode.Unused")
    assert row_306["constant_aiohttp"] == "none" and next(row for row in rows if row["code"] == "100")["constant_aiohttp"] == ""


def test_constants_are_one_record_per_library_with_their_history(codes):
    record = next(item for item in codes if item["code"] == 422)
    by_library = {item["library"]: item["names"] for item in record["constants"]}
    assert len(by_library) >= 15
    assert {"name": ":unprocessable_content", "since": "3.1", "deprecated": None, "until": None, "replacement": None} in by_library["rails"]
    assert {
        "name": "HttpStatus.UNPROCESSABLE_ENTITY",
        "since": None,
        "deprecated": "7.0",
        "until": None,
        "replacement": "HttpStatus.UNPROCESSABLE_CONTENT",
    } in by_library["spring"]
    gone = next(item for item in codes if item["code"] == 520)
    assert gone["constants"] == []  # no library names 520, so no library is listed


def test_the_api_page_documents_every_schema_field(site):
    html = (site / "api" / "index.html").read_text(encoding="utf-8")
    documented = set(re.findall(r"<tr><td><code>([a-z_.\[\]]+)</code></td>", html))
    schema = load(site, "code.schema.json")
    for name, spec in schema["properties"].items():
        assert name in documented, name
        inner = spec.get("items", spec).get("properties", {})
        prefix = f"{name}[]." if "items" in spec else f"{name}."
        assert {prefix + key for key in inner} <= documented, name
    for name in ("title", "base_url", "classes", "codes"):
        assert name in documented
    targets = {resolve(site, site / "api" / "index.html", url)[0].name for _, url in read_page(site / "api" / "index.html").links}
    assert {"codes.json", "404.json", "codes.csv", "code.schema.json", "codes.schema.json"} <= targets


def test_opensearch_description_runs_a_search_on_the_home_page(site):
    root = ET.parse(site / "opensearch.xml").getroot()
    ns = {"os": "http://a9.com/-/spec/opensearch/1.1/"}
    short_name = root.find("os:ShortName", ns).text
    assert 0 < len(short_name) <= 16
    templates = {url.get("type"): url.get("template") for url in root.findall("os:Url", ns)}
    assert templates["text/html"] == BASE_URL + "?q={searchTerms}"
    assert templates["application/opensearchdescription+xml"] == BASE_URL + "opensearch.xml"
    image = root.find("os:Image", ns).text
    assert image.startswith(BASE_URL) and (site / image.removeprefix(BASE_URL)).is_file()


def test_every_page_points_browsers_at_the_opensearch_description(site):
    for page in [site / "index.html", site / "404" / "index.html", site / "guide" / "index.html", site / "compare" / "401-vs-403" / "index.html"]:
        html = page.read_text(encoding="utf-8")
        link = re.search(r'<link rel="search" type="application/opensearchdescription\+xml" title="[^"]+" href="([^"]+)">', html)
        assert link, page
        assert resolve(site, page, link.group(1))[0] == (site / "opensearch.xml").resolve()


def test_sitemap_lists_the_guide_comparisons_and_api_page(site):
    locations = set(re.findall(r"<loc>(.*?)</loc>", (site / "sitemap.xml").read_text()))
    pages = {BASE_URL + path.parent.relative_to(site).as_posix() + "/" for path in site.glob("*/**/index.html")}
    assert pages == locations - {BASE_URL}
    assert {BASE_URL + "guide/", BASE_URL + "api/", BASE_URL + "compare/401-vs-403/"} <= locations
