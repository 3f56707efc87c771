"""What the site covers, held against the lists it came from (committed in tests/data with their
sources): Wikipedia's unofficial codes, Microsoft's IIS sub-status codes, gRPC's and Google's
mapping tables; and 104's registration told as the reference data has it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from test_content_sources import PAGES, UNOFFICIAL

from conftest import ROOT

DATA = Path(__file__).with_name("data")


def rows(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


WIKIPEDIA = rows("wikipedia-unofficial-codes.tsv")
MICROSOFT = rows("iis-substatus-microsoft.tsv")
GRPC = rows("grpc-status-mapping.tsv")
SUBSTATUS = yaml.safe_load((ROOT / "content/iis-substatus.yml").read_text(encoding="utf-8"))


def page_text(code: int) -> str:
    return (ROOT / "content/codes" / f"{code}.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("row", WIKIPEDIA, ids=[f"{row[0]}-{row[2]}" for row in WIKIPEDIA])
def test_every_unofficial_code_wikipedia_lists_is_covered_or_left_out_with_a_reason(row):
    code, name, vendor, coverage, *why = row
    number = int(code)
    if coverage == "out of range":
        assert not 100 <= number <= 599 and why
        return
    assert number in PAGES, f"no page for {code} {name}"
    page = PAGES[number]
    if coverage == "registered":
        assert page["status"] != "unofficial" and why
    elif coverage == "shared":
        assert page["status"] == "unofficial" and why and vendor.lower() not in page["vendor"]["name"].lower()
    else:
        assert coverage == "page", coverage
        assert page["status"] == "unofficial"
        text = page_text(number).lower()
        assert any(word.lower() in text for word in vendor.split() if len(word) > 2), f"{code}: {vendor} is not named on its page"


def test_every_unofficial_page_comes_from_one_of_the_lists():
    listed = {int(row[0]) for row in WIKIPEDIA} | set(UNOFFICIAL)
    unofficial = {code for code, page in PAGES.items() if page["status"] == "unofficial"}
    assert unofficial <= listed
    assert {218, 430, 464, 529, 540} <= unofficial


def test_new_vendor_pages_link_documentation_found_for_them():
    for code in (430, 464, 529, 540):
        assert PAGES[code]["vendor"]["url"].startswith("https://")
    assert "url" not in PAGES[218]["vendor"], "no vendor documents 218; the page says so"


def test_the_site_has_every_iis_substatus_microsoft_documents_and_no_other():
    ours = [item["code"] for item in SUBSTATUS["substatus"]]
    assert len(ours) == len(set(ours))
    assert set(ours) == {row[0] for row in MICROSOFT}
    sources = {item["key"]: item["url"] for item in SUBSTATUS["sources"]}
    for row in MICROSOFT:
        assert row[2] in sources
    ancm = {row[0] for row in MICROSOFT if row[2] == "ancm"} - {"500.0"}
    assert {item["code"] for item in SUBSTATUS["substatus"] if item["source"] == "ancm"} == ancm
    assert {f"500.{n}" for n in range(30, 39)} | {"502.5"} <= ancm


@pytest.mark.parametrize("row", MICROSOFT, ids=[f"{row[0]}-{row[2]}" for row in MICROSOFT])
def test_each_substatus_is_a_row_with_its_anchor_on_its_code_page(row, site):
    base, sub = row[0].split(".")
    html = (site / base / "index.html").read_text(encoding="utf-8")
    anchor = f"iis-{base}-{sub}"
    found = re.search(rf'<tr id="{anchor}"><th scope="row"><a href="#{anchor}">{re.escape(row[0])}</a></th><td>(.*?)</td></tr>', html)
    assert found, f"no row {anchor} on /{base}/"
    assert 'href="https://learn.microsoft.com/' in found.group(1)
    record = json.loads((site / f"{base}.json").read_text(encoding="utf-8"))
    entry = next(item for item in record["iis_substatus"] if item["code"] == row[0])
    assert entry["permalink"].endswith(f"/{base}/#{anchor}") and entry["meaning"] and entry["fix"]


def test_every_code_says_what_grpc_makes_of_it(site):
    to_grpc = {int(http): name for table, http, name in GRPC if table == "http-to-grpc"}
    from_grpc: dict[int, list[str]] = {}
    for table, http, name in GRPC:
        if table == "grpc-to-http":
            from_grpc.setdefault(int(http), []).append(name)
    assert len([row for row in GRPC if row[0] == "grpc-to-http"]) == 17
    for code in PAGES:
        record = json.loads((site / f"{code}.json").read_text(encoding="utf-8"))
        assert record["grpc"] == {"client_status": to_grpc.get(code, "UNKNOWN"), "from_grpc": from_grpc.get(code, [])}, code
        html = (site / str(code) / "index.html").read_text(encoding="utf-8")
        assert f"reports <code>{record['grpc']['client_status']}</code>" in html
        for name in from_grpc.get(code, []):
            assert f"<code>{name}</code>" in html
    html = (site / "429" / "index.html").read_text(encoding="utf-8")
    assert "github.com/grpc/grpc/blob/3e6851f59941f8f61b1413f04f09213c766090ee/doc/http-grpc-status-mapping.md" in html
    assert "github.com/googleapis/googleapis/blob/16b971c46e2f6a9015a9faf60eb38e40c0133ff2/google/rpc/code.proto" in html


def test_104_does_not_read_as_if_its_expiry_were_still_ahead(site):
    reference = (ROOT.parent / "shared/reference/iana-status-codes.csv").read_text(encoding="utf-8")
    assert "expires 2026-11-13" in reference
    text = page_text(104)
    assert "was due to expire on\n  2026-11-13" in text or "was due to expire on 2026-11-13" in text
    assert "time has run out" in text and "https://www.iana.org/assignments/http-status-codes/" in text
    assert not re.search(r"(will expire|expires on|set it to expire)", text)
    html = (site / "104" / "index.html").read_text(encoding="utf-8")
    assert "IANA HTTP Status Code Registry</a>" in html
