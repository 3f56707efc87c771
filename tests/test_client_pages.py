"""The measured client results on the site: read through the content pipeline (bad files are
`path:line:col` problems), shown on the code pages and the /clients/ matrix, and published as
clients.json that matches its schema."""

from __future__ import annotations

import json
import re
from html import unescape
from pathlib import Path

from jsonschema import Draft202012Validator

from conftest import ROOT, copy_project, run

RESULTS = sorted((ROOT / "content" / "clients").glob("*.json"))
RUNS = [json.loads(path.read_text(encoding="utf-8")) for path in RESULTS]


def section(html: str) -> str:
    found = re.search(r'<section aria-labelledby="clients">(.*?)</section>', html, re.S)
    assert found, "no clients section"
    return found.group(1)


def table_after(html: str, heading_id: str) -> list[tuple[str, str]]:
    """(the clients that had an outcome, the outcome): one row per distinct outcome."""
    found = re.search(rf'<h3 id="{heading_id}">.*?<tbody>(.*?)</tbody>', html, re.S)
    assert found, heading_id
    return [(unescape(a), unescape(b)) for a, b in re.findall(r"<tr><th scope=\"row\">(.*?)</th><td>(.*?)</td></tr>", found.group(1))]


def measured_in(result_file: dict[str, object], scenario: str) -> str | None:
    return next((r["outcome"] for r in result_file["results"] if r["scenario"] == scenario), None)  # type: ignore[attr-defined, index]


def test_at_least_ten_clients_and_forty_scenarios_are_committed() -> None:
    assert len({run["client"] for run in RUNS}) >= 10
    assert all(len(run["results"]) >= 40 for run in RUNS)


def test_redirect_pages_answer_method_and_body_after_a_post_for_every_client(site: Path) -> None:
    for code in (301, 302, 303, 307, 308):
        html = (site / str(code) / "index.html").read_text(encoding="utf-8")
        rows = table_after(section(html), f"redirect-{code}-post")
        assert len({outcome for _, outcome in rows}) == len(rows), code  # identical outcomes share a row
        for result_file in RUNS:
            measured = next(r["outcome"] for r in result_file["results"] if r["scenario"] == f"redirect-{code}-post")
            assert any(outcome == measured and result_file["version"] in label for label, outcome in rows), (code, result_file["key"])


def test_429_and_503_pages_answer_whether_clients_retry_and_honour_retry_after(site: Path) -> None:
    for code in (429, 503):
        html = section((site / str(code) / "index.html").read_text(encoding="utf-8"))
        for form in ("seconds", "date"):
            rows = table_after(html, f"retry-{code}-after-{form}")
            assert rows, f"{code}: no rows read under retry-{code}-after-{form}"
            assert all(any(r["version"] in label for label, _ in rows) for r in RUNS if measured_in(r, f"retry-{code}-after-{form}"))
            assert all("retry" in outcome or "retried" in outcome or "not measured" in outcome or "Timeout" in outcome for _, outcome in rows), rows


def test_the_matrix_page_lists_every_client_with_its_version_and_every_scenario(site: Path) -> None:
    html = unescape((site / "clients" / "index.html").read_text(encoding="utf-8"))
    for result_file in RUNS:
        assert result_file["version"] in html and f'id="c-{result_file["key"]}"' in html
    for result in RUNS[0]["results"]:
        assert f'<h3 id="{result["scenario"]}">' in html


def test_clients_json_holds_every_run_and_matches_its_schema(site: Path) -> None:
    data = json.loads((site / "clients.json").read_text(encoding="utf-8"))
    schema = json.loads((site / "clients.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    assert [e.message for e in Draft202012Validator(schema).iter_errors(data)] == []
    assert {run["key"] for run in data["runs"]} == {run["key"] for run in RUNS}
    record = json.loads((site / "307.json").read_text(encoding="utf-8"))
    assert any(item["scenario"] == "redirect-307-post" for item in record["clients"])


def test_a_malformed_results_file_is_a_path_line_col_problem(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    broken = project / "content" / "clients" / "curl.json"
    broken.write_text(broken.read_text(encoding="utf-8").replace('"outcome":', '"outcome" ', 1), encoding="utf-8")
    other = project / "content" / "clients" / "wget.json"
    other.write_text(other.read_text(encoding="utf-8").replace('"topic": "redirect"', '"topic": 7', 1), encoding="utf-8")
    fields = project / "content" / "clients" / "go.json"
    fields.write_text(fields.read_text(encoding="utf-8").replace('"headers": [', '"headers": [7, ', 1), encoding="utf-8")
    result = run(project, "build", "--out", str(tmp_path / "out"))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert any(re.match(r"content/clients/curl\.json:\d+:\d+: not valid JSON", line) for line in lines), lines
    wget_line = next(n for n, text in enumerate(other.read_text().splitlines(), 1) if '"topic": 7' in text)
    assert any(line.startswith(f"content/clients/wget.json:{wget_line}:") and "'topic'" in line for line in lines), lines
    go_line = next(n for n, text in enumerate(fields.read_text().splitlines(), 1) if '"headers": [7, ' in text)
    assert any(line.startswith(f"content/clients/go.json:{go_line}:") and "'headers'" in line for line in lines), lines
    assert not (tmp_path / "out").exists()


def test_the_matrix_names_each_client_and_never_shows_a_results_file_key(site: Path) -> None:
    """Readers see "PHP curl (follow)", not the file key `php-curl-follow`; the key stays in the
    anchor (#c-php-curl-follow) and in clients.json."""
    html = unescape((site / "clients" / "index.html").read_text(encoding="utf-8"))
    shown = re.findall(r'<a href="#c-[^"]+">([^<]+)</a>', html)
    assert len(shown) > 100
    keys = {result["key"] for result in RUNS}
    assert sorted({text for text in shown if text in keys and "-" in text}) == []
    assert "PHP curl (follow)" in shown and "Java HttpClient (follow)" in shown
    visible = re.sub(r"<[^>]*>", " ", html)
    assert [key for key in keys if "-" in key and re.search(rf"(?<![\w#-]){re.escape(key)}(?![\w-])", visible)] == []


BROWSER_RUNS = [run for run in RUNS if run.get("kind")]


def test_three_engines_each_at_its_exact_version_in_every_browser_row(site: Path) -> None:
    assert {run["client"] for run in BROWSER_RUNS} == {"Chromium", "Firefox", "WebKit"}
    assert {(run["client"], run["kind"]) for run in BROWSER_RUNS} == {(e, k) for e in ("Chromium", "Firefox", "WebKit") for k in ("fetch", "navigation")}
    html = section((site / "307" / "index.html").read_text(encoding="utf-8"))
    for scenario in ("redirect-307-post", "fetch-manual-307", "remember-307"):
        rows = table_after(html, scenario)
        for browser in BROWSER_RUNS:
            measured = measured_in(browser, scenario)
            if measured is not None:
                assert any(outcome == measured and browser["version"] in label for label, outcome in rows), (scenario, browser["key"])


def test_the_browsers_summary_says_in_one_line_per_engine_what_happened(site: Path) -> None:
    for code, scenario in (
        (103, "hints-preload"),
        (204, "page-204-form"),
        (205, "page-205-form"),
        (301, "remember-301"),
        (308, "remember-308"),
        (425, "engine-retry-425"),
    ):
        html = section((site / str(code) / "index.html").read_text(encoding="utf-8"))
        found = re.search(r'<h3 id="browsers">Browsers</h3>\s*<ul class="engines">(.*?)</ul>', html, re.S)
        assert found, code
        lines = [unescape(item) for item in re.findall(r"<li>(.*?)</li>", found.group(1), re.S)]
        assert len(lines) == 3, (code, lines)
        for browser in BROWSER_RUNS:
            measured = measured_in(browser, scenario)
            if measured is not None:
                assert any(browser["version"] in line and measured in line for line in lines), (code, browser["key"], lines)


def test_a_results_file_with_an_unknown_kind_is_a_path_line_col_problem(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    results = project / "content" / "clients" / "firefox-fetch.json"
    results.write_text(results.read_text(encoding="utf-8").replace('"kind": "fetch"', '"kind": "tab"', 1), encoding="utf-8")
    result = run(project, "build", "--out", str(tmp_path / "out"))
    where = next(n for n, text in enumerate(results.read_text().splitlines(), 1) if '"kind": "tab"' in text)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert any(line.startswith(f"content/clients/firefox-fetch.json:{where}:") and "'tab'" in line for line in result.stderr.splitlines()), result.stderr


def test_a_results_file_larger_than_the_results_bound_is_refused(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    huge = project / "content" / "clients" / "curl.json"
    huge.write_text(huge.read_text(encoding="utf-8") + " " * (512 * 1024), encoding="utf-8")
    result = run(project, "build", "--out", str(tmp_path / "out"))
    assert result.returncode == 1 and "content/clients/curl.json:1:1: the file is" in result.stderr and "at most 524,288" in result.stderr
