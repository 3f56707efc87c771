"""The measured server and proxy results on the site: read through the content pipeline (bad files
are `path:line:col` problems), shown in the #servers section of code pages and on the /servers/
matrix, published as servers.json matching its schema, and found by the search."""

from __future__ import annotations

import json
import re
from html import unescape
from pathlib import Path

from jsonschema import Draft202012Validator

from conftest import ROOT, copy_project
from conftest import run as build

RESULTS = sorted((ROOT / "content" / "servers").glob("*.json"))
RUNS = [json.loads(path.read_text(encoding="utf-8")) for path in RESULTS]
FAILURES = ("upstream-refused", "upstream-close", "upstream-stall", "upstream-garbage")


def section(html: str) -> str:
    found = re.search(r'<section aria-labelledby="servers">(.*?)</section>', html, re.S)
    assert found, "no servers section"
    return unescape(found.group(1))


def result(run: dict, scenario: str) -> dict:
    return next(r for r in run["results"] if r["scenario"] == scenario)


def test_seven_proxies_six_origins_and_sixty_scenarios_are_committed() -> None:
    proxies = {run["software"] for run in RUNS if run["role"] == "proxy"}
    origins = {run["key"] for run in RUNS if run["role"] == "origin"}
    assert len(proxies) >= 7 and len(origins) >= 6, (proxies, origins)
    assert len({r["scenario"] for run in RUNS for r in run["results"]}) >= 60
    assert all(run["version"] and run["config"] and run["os"] and run["date"] for run in RUNS)


def test_502_503_504_pages_say_per_proxy_what_a_failing_upstream_gives_and_show_its_page(site: Path) -> None:
    proxies = [run for run in RUNS if run["role"] == "proxy"]
    for code in (502, 503, 504):
        text = section((site / str(code) / "index.html").read_text(encoding="utf-8"))
        rows = dict(re.findall(r'<tr><th scope="row">(.*?)</th><td>(.*?)</td></tr>', text))
        for scenario in FAILURES:
            title = result(proxies[0], scenario)["title"]
            assert title in rows, (code, title)
            for run in proxies:  # every proxy is named beside the outcome it had
                outcome = result(run, scenario)["outcome"]
                assert re.search(rf"<strong>{re.escape(outcome)}</strong>: [^<;]*\b{re.escape(run['key'])}\b", rows[title]), (code, scenario, run["key"])
        for run in proxies:  # a proxy that sent this code of its own shows its Server field and page
            own = [r for r in run["results"] if r["status"] == code and r["topic"] == "failure"]
            if own:
                assert (own[0]["server"] or "no Server field") in text, (code, run["key"])
                assert " ".join(own[0]["words"].split()[:5]) in text, (code, run["key"])


def test_cached_codes_say_which_caches_stored_them(site: Path) -> None:
    text = section((site / "404" / "index.html").read_text(encoding="utf-8"))
    for run in RUNS:
        if run["role"] == "proxy":
            outcome = result(run, "cache-404-max-age")["outcome"]
            assert re.search(rf"<strong>{re.escape(outcome)}</strong>: [^<;]*\b{re.escape(run['key'])}\b", text), run["key"]


def test_the_matrix_lists_every_run_with_version_and_configuration_and_every_scenario(site: Path) -> None:
    html = unescape((site / "servers" / "index.html").read_text(encoding="utf-8"))
    for data in RUNS:
        assert data["version"] in html and f'id="s-{data["key"]}"' in html
        assert data["config"].strip().splitlines()[-1] in html
        for item in data["results"]:
            assert f'<tr id="{item["scenario"]}">' in html
    for page in ("index.html", "clients/index.html"):
        assert re.search(r'href="(\.\./)?servers/"', (site / page).read_text(encoding="utf-8")), page


def test_servers_json_holds_every_run_and_matches_its_schema(site: Path) -> None:
    data = json.loads((site / "servers.json").read_text(encoding="utf-8"))
    schema = json.loads((site / "servers.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    assert [e.message for e in Draft202012Validator(schema).iter_errors(data)] == []
    assert {run["key"] for run in data["runs"]} == {run["key"] for run in RUNS}
    code_schema = json.loads((site / "code.schema.json").read_text(encoding="utf-8"))
    record = json.loads((site / "502.json").read_text(encoding="utf-8"))
    assert [e.message for e in Draft202012Validator(code_schema).iter_errors(record)] == []
    assert any(item["scenario"] == "upstream-refused" and item["status"] == 502 for item in record["servers"])
    codes = json.loads((site / "codes.json").read_text(encoding="utf-8"))
    assert all("servers" in item for item in codes["codes"])


def test_a_malformed_results_file_is_a_path_line_col_problem(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    folder = project / "content" / "servers"
    (folder / "nginx.json").write_text((folder / "nginx.json").read_text(encoding="utf-8").replace('"outcome":', '"outcome" ', 1), encoding="utf-8")
    varnish = folder / "varnish.json"
    varnish.write_text(varnish.read_text(encoding="utf-8").replace('"status": 503', '"status": "503"', 1), encoding="utf-8")
    squid = folder / "squid.json"
    squid.write_text(squid.read_text(encoding="utf-8").replace('"role": "proxy"', '"role": "cache"', 1), encoding="utf-8")
    result_ = build(project, "build", "--out", str(tmp_path / "out"))
    assert result_.returncode == 1 and "Traceback" not in result_.stderr
    lines = result_.stderr.splitlines()
    assert any(re.match(r"content/servers/nginx\.json:\d+:\d+: not valid JSON", line) for line in lines), lines
    bad = next(n for n, text in enumerate(varnish.read_text().splitlines(), 1) if '"status": "503"' in text)
    assert any(line.startswith(f"content/servers/varnish.json:{bad}:") and "'status' must be a whole number or null" in line for line in lines), lines
    assert any(re.match(r"content/servers/squid\.json:\d+:\d+: role 'cache' is not one of proxy, origin", line) for line in lines), lines
    assert not (tmp_path / "out").exists()


def error_page_phrases() -> list[tuple[str, str]]:
    """(phrase, code) from the committed default error pages: each proxy's page for a refused
    upstream (its first words as a reader would paste them, or the error name in its header
    fields when its page is the same for every code, as Squid's is) and the issue's named
    examples that the measured pages contain."""
    phrases = []
    for data in RUNS:
        if data["role"] == "proxy":
            item = result(data, "upstream-refused")
            token = [value.split()[0] for name, value in item["headers"] if name.endswith("-error")]
            if item["words"] and item["status"]:
                phrases.append((token[0] if token else " ".join(item["words"].split()[:6]), str(item["status"])))
    bodies = {(r["words"], str(r["status"])) for data in RUNS for r in data["results"] if r["topic"] == "failure" and r["status"]}
    for example in ("Backend fetch failed", "Guru Meditation", "Proxy Error"):
        phrases += sorted({(example, code) for words, code in bodies if example in words})[:1]
    return phrases


def test_a_pasted_default_error_page_phrase_finds_its_code(browser, served) -> None:
    from search_harness import Query, rank_all

    phrases = error_page_phrases()
    assert len(phrases) >= 7
    page = browser.new_page()
    try:
        page.goto(served)
        ranked = rank_all(page, [Query(text, code, "error page") for text, code in phrases])
    finally:
        page.close()
    missed = [f"{text!r} wanted {code}, got {r[:3]}" for (text, code), r in zip(phrases, ranked) if code not in r[:3]]
    assert missed == []


# The examples (#23), each with the code it must put first and why, from the committed runs.
FIRST_PLACE = (
    ("Backend fetch failed", "503", "Varnish's page for every upstream failure: it answered 503 for all six"),
    ("Guru Meditation", "503", "Varnish's 503 page for six upstream failures outweighs its 400 page for one request without Host"),
    ("<center>nginx</center>", "502", "nginx's page is the same for every code; it sent 502 for four of its five upstream failures"),
    ("Proxy Error", "502", "Apache's reason phrase for an upstream that closed or stalled"),
    ("ERR_READ_ERROR", "502", "Squid's X-Squid-Error for a refused and a reset upstream, both 502"),
    ("ERR_ZERO_SIZE_OBJECT", "502", "Squid's X-Squid-Error for an upstream that closed before a byte"),
    ("ERR_READ_TIMEOUT", "504", "Squid's X-Squid-Error for a stalled upstream"),
)


def codes_most_often_with(phrase: str) -> set[str]:
    """The codes whose measured default error pages (Server field, words a reader sees, error
    names in header fields) held `phrase` in the most scenarios, upstream failures counted first."""
    seen = re.sub(r"</?[a-z][^<>]*>", " ", phrase).strip().lower()
    counts: dict[str, tuple[int, int]] = {}
    for data in RUNS:
        for item in data["results"]:
            page = " ".join([item["server"] or "", item["words"], *(value for name, value in item["headers"] if name.endswith("-error"))])
            if item["topic"] in ("failure", "limits") and (item["status"] or 0) >= 400 and seen in page.lower():
                failures, scenarios = counts.get(str(item["status"]), (0, 0))
                counts[str(item["status"])] = (failures + (item["topic"] == "failure"), scenarios + 1)
    return {code for code, count in counts.items() if count == max(counts.values())}


def test_a_pasted_error_page_phrase_puts_the_code_its_page_came_with_most_first(browser, served) -> None:
    """A page sent with several codes finds the one it was measured with most, upstream failures
    first: a proxy sends that page for every request while its upstream is down. Every error
    name Squid sent is checked the same way (ERR_TOO_BIG came once with 413 and once with 431)."""
    from search_harness import Query, rank_all

    for text, code, why in FIRST_PLACE:
        assert codes_most_often_with(text) == {code}, (text, why)
    squid = next(data for data in RUNS if data["key"] == "squid")
    own = [item for item in squid["results"] if item["topic"] in ("failure", "limits")]  # its own errors, not what it passed on
    tokens = sorted({value.split()[0] for item in own for name, value in item["headers"] if name == "x-squid-error"})
    assert len(tokens) >= 6, tokens
    wanted = [(text, {code}) for text, code, _ in FIRST_PLACE] + [(token, codes_most_often_with(token)) for token in tokens]
    page = browser.new_page()
    try:
        page.goto(served)
        ranked = rank_all(page, [Query(text, min(codes), "error page") for text, codes in wanted])
    finally:
        page.close()
    missed = [f"{text!r} wanted {sorted(codes)}, got {r[:3]}" for (text, codes), r in zip(wanted, ranked) if r[:1] == [] or r[0] not in codes]
    assert missed == []


def test_the_measured_pages_fit_a_360_px_phone(browser, served) -> None:
    page = browser.new_page(viewport={"width": 360, "height": 740})
    try:
        for path in ("servers/", "502/", "503/", "504/", "413/", "431/", "404/"):
            page.goto(served + path)
            page.evaluate("() => document.querySelectorAll('details').forEach(d => d.open = true)")
            assert page.evaluate("() => document.documentElement.scrollWidth") <= 360, path
            assert page.locator("#servers, #measured-servers").count() == 1, path
    finally:
        page.close()
