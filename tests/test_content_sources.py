"""Content checked against the sources of truth in ../shared/reference: the IANA registry,
the RFC texts and the list of unofficial codes, plus what every page must tell a reader."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest
import yaml

from conftest import ROOT
from rfc_text import RFC_DIR, quote_problem

REFERENCE = RFC_DIR.parent
if not (REFERENCE / "iana-status-codes.csv").is_file():
    pytest.skip(f"the reference data is not beside the project ({REFERENCE})", allow_module_level=True)
CONTENT = ROOT / "content"
# The one defining document that is an Internet-Draft, not an RFC: its text is not in the
# reference folder, so its quote cannot be checked here (see docs/quality-gates.md, "Content checks").
DRAFTS = {"draft-ietf-httpbis-resumable-upload-05"}


def front_matter(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8").split("\n---", 1)[0])


def body(path: Path) -> str:
    return path.read_text(encoding="utf-8").split("\n---\n", 1)[1]


CODE_FILES = sorted((CONTENT / "codes").glob("*.md"))
PAGES = {int(path.stem): front_matter(path) for path in CODE_FILES}
BODIES = {int(path.stem): body(path) for path in CODE_FILES}


def registry() -> list[dict]:
    with open(REFERENCE / "iana-status-codes.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def registry_source(row: dict) -> tuple[str, str | None]:
    """The registry's citation as (document, section): "[RFC9110, Section 15.5.5]" or a note."""
    draft = re.match(r"\[(draft-[^\]]+)\]", row["reference"])
    if draft:
        return draft.group(1), None
    number = re.match(r"\[RFC(\d+)", row["reference"]).group(1)
    section = re.search(r"Section (\d+(?:\.\d+)*)", row["reference"]) or re.search(
        rf"RFC {number}\W+(?:Section|\(Section) (\d+(?:\.\d+)*)", row["unassigned_or_reserved_note"]
    )
    return f"RFC {number}", section.group(1) if section else None


def unofficial_codes() -> dict[int, str]:
    """code -> "used by" from the table in the reference README (520-527 expanded)."""
    text = (REFERENCE / "README.md").read_text(encoding="utf-8")
    table = text.split("## Unofficial codes", 1)[1]
    codes = {}
    for match in re.finditer(r"^\| (\d{3})(?:-(\d{3}))? \| [^|]+ \| ([^|]+) \|$", table, re.MULTILINE):
        first, last = int(match.group(1)), int(match.group(2) or match.group(1))
        for code in range(first, last + 1):
            codes[code] = match.group(3).strip()
    return codes


REGISTRY = registry()
UNOFFICIAL = unofficial_codes()
STATUS_OF = {104: "temporary", 306: "unused", 418: "unused", 305: "deprecated", 510: "obsoleted"}


def test_the_reference_lists_are_what_we_expect():
    assert len(REGISTRY) == 64
    assert len(UNOFFICIAL) >= 27 and 520 in UNOFFICIAL and 527 in UNOFFICIAL


@pytest.mark.parametrize("row", REGISTRY, ids=[row["code"] for row in REGISTRY])
def test_every_registered_code_has_its_exact_name_document_and_section(row):
    code = int(row["code"])
    assert code in PAGES, f"no page for {code}"
    page = PAGES[code]
    document, section = registry_source(row)
    assert page["name"] == row["phrase"]
    assert page["source"]["document"] == document
    if section:
        assert page["source"]["section"] == section
        number = document.removeprefix("RFC ")
        assert page["source"]["url"] == f"https://www.rfc-editor.org/rfc/rfc{number}.html#section-{section}"
    assert page["status"] == STATUS_OF.get(code, "standard")


def quoted_pages() -> list[tuple[str, dict]]:
    pages = [(f"codes/{code}", meta) for code, meta in PAGES.items() if meta.get("spec_text")]
    pages += [(f"classes/{path.stem}", front_matter(path)) for path in sorted((CONTENT / "classes").glob("*.md"))]
    return pages


@pytest.mark.parametrize("name, meta", quoted_pages(), ids=[name for name, _ in quoted_pages()])
def test_every_spec_quote_is_verbatim_in_the_section_it_cites(name, meta):
    source = meta["source"]
    if source["document"] in DRAFTS:
        pytest.skip(f"{source['document']} is not in {RFC_DIR}")
    assert quote_problem(source["document"], source["section"], meta["spec_text"]) is None


def test_only_the_draft_quote_goes_unchecked():
    unchecked = [code for code, meta in PAGES.items() if meta.get("source") and meta["source"]["document"] in DRAFTS]
    assert unchecked == [104]


@pytest.mark.parametrize("code", sorted(UNOFFICIAL))
def test_every_unofficial_code_is_marked_with_its_vendor_and_cites_no_rfc(code, site):
    assert code in PAGES, f"no page for unofficial code {code}"
    page = PAGES[code]
    assert page["status"] == "unofficial"
    assert "source" not in page and "spec_text" not in page
    vendor_text = (page["vendor"]["name"] + " " + page["vendor"]["note"]).lower()
    words = [word for word in re.findall(r"[a-z]{4,}", UNOFFICIAL[code].lower()) if word not in {"also", "some", "deprecated"}]
    assert any(word in vendor_text for word in words), (UNOFFICIAL[code], page["vendor"])
    html = (site / str(code) / "index.html").read_text(encoding="utf-8")
    assert "Non-standard</span>" in html
    assert "rfc-editor.org" not in html.split('class="guide"')[0]


REQUIRED_HEADINGS = ("## When to use it", "## What clients do", "## Header fields", "## Example")


@pytest.mark.parametrize("code", sorted(PAGES))
def test_every_code_page_answers_the_readers_questions(code, site):
    page, text = PAGES[code], BODIES[code]
    assert 10 <= len(page["summary"]) <= 320 and page["summary"].count(". ") <= 2
    if page["status"] == "unofficial":
        assert page["vendor"]["note"]
    else:
        assert page["spec_text"] and "#section-" in page["source"]["url"]
    assert page["related"], "related codes"
    for heading in REQUIRED_HEADINGS:
        assert heading in text, heading
    example = text.split("## Example", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```http\n(.*?)```", example, re.DOTALL)
    assert any(re.match(r"[A-Z][A-Z-]* \S+ HTTP/", block) for block in blocks), "an example request"
    answered = any(re.search(rf"HTTP/[\d.]+ {code}\b", block) for block in blocks)
    # Some unofficial codes never reach the client: nginx's 444 and 499, or 494-497 that go out
    # as 400. Their example shows what is really sent (or that nothing is) and where the code shows.
    answered_otherwise = re.search(r"^HTTP/[\d.]+ \d{3}", "\n".join(blocks), re.MULTILINE) or "No response" in example
    assert answered or (page["status"] == "unofficial" and answered_otherwise and str(code) in example), "an example response"
    html = (site / str(code) / "index.html").read_text(encoding="utf-8")
    for fact in ('id="headers">Header fields', 'id="caching">Heuristically cacheable', 'id="content">Content', 'id="related">Related codes'):
        assert fact in html, fact
    assert isinstance(page["headers"], list) and isinstance(page["cacheable"], bool) and isinstance(page["content_allowed"], bool)


CONFUSED = [
    (401, 403),
    (404, 410),
    (301, 302),
    (301, 303),
    (301, 307),
    (301, 308),
    (302, 303),
    (302, 307),
    (302, 308),
    (303, 307),
    (303, 308),
    (307, 308),
    (400, 422),
    (502, 503),
    (502, 504),
    (503, 504),
    (429, 503),
    (200, 204),
]


@pytest.mark.parametrize("pair", CONFUSED, ids=[f"{a}-{b}" for a, b in CONFUSED])
def test_look_alike_codes_explain_each_other(pair):
    for code, other in (pair, pair[::-1]):
        section = BODIES[code].split("## Commonly confused with", 1)
        assert len(section) == 2, f"{code} has no 'Commonly confused with' section"
        assert f"(/{other}/)" in section[1].split("\n## ", 1)[0], f"{code} does not compare itself with {other}"


def test_facts_from_the_reference_readme():
    cacheable = {200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 501, 451}
    assert {code for code, meta in PAGES.items() if meta["cacheable"]} == cacheable
    no_content = {code for code in PAGES if 100 <= code < 200} | {204, 205, 304}
    registered = {int(row["code"]) for row in REGISTRY}
    assert {code for code in registered if not PAGES[code]["content_allowed"]} == no_content
    for code in (428, 429, 431, 511):
        assert "MUST NOT be stored" in PAGES[code]["cache_note"]
    renamed = {
        413: {"Payload Too Large", "Request Entity Too Large"},
        414: {"Request-URI Too Long"},
        416: {"Requested Range Not Satisfiable"},
        422: {"Unprocessable Entity"},
        418: {"I'm a teapot"},
    }
    for code, names in renamed.items():
        assert names <= {item["name"] for item in PAGES[code]["former_names"]}
    required = {101: "Upgrade", 401: "WWW-Authenticate", 405: "Allow", 407: "Proxy-Authenticate", 426: "Upgrade"}
    for code, field in required.items():
        assert {"field": field, "requirement": "MUST"}.items() <= next(h for h in PAGES[code]["headers"] if h["field"] == field).items()
    assert any(h["field"] == "Retry-After" and h.get("requirement") == "MAY" for h in PAGES[503]["headers"])
    assert any(h["field"] == "Retry-After" and h.get("requirement") == "MAY" for h in PAGES[429]["headers"])


def test_no_page_cites_obsolete_rfcs_as_its_source():
    for code, meta in PAGES.items():
        if meta.get("source"):
            assert meta["source"]["document"] not in ("RFC 2616", "RFC 7231", "RFC 7230"), code


def test_class_pages_quote_rfc_9110_and_explain_the_x00_rule():
    for key, section in zip(("1xx", "2xx", "3xx", "4xx", "5xx"), ("15.2", "15.3", "15.4", "15.5", "15.6")):
        meta = front_matter(CONTENT / "classes" / f"{key}.md")
        assert (meta["source"]["document"], meta["source"]["section"]) == ("RFC 9110", section)
        assert f"{key[0]}00" in body(CONTENT / "classes" / f"{key}.md")


def test_codes_json_agrees_with_the_registry(site):
    records = {item["code"]: item for item in json.loads((site / "codes.json").read_text())["codes"]}
    for row in REGISTRY:
        assert records[int(row["code"])]["name"] == row["phrase"]
