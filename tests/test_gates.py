"""The quality gates (checks/) catch each kind of defect: one planted in a copy of a fresh
build makes its gate report it, at the page where it was planted, and nothing else."""

from __future__ import annotations

import base64
import json
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from checks.axe import check_accessibility
from checks.layout import check_layout
from checks.lighthouse import run_lighthouse
from checks.links import check_links
from checks.pages import html_pages
from checks.validator import validate
from checks.weight import BUDGET, INDEX_BUDGET, INDEX_FILES, check_weight
from conftest import ROOT

PAGE = "404/index.html"


@pytest.fixture
def copy(site, tmp_path) -> Path:
    """A private copy of the fresh build, to plant a defect in."""
    return Path(shutil.copytree(site, tmp_path / "_site"))


def plant(site: Path, page: str, html: str, before: str = "</main>") -> None:
    path = site / page
    text = path.read_text(encoding="utf-8")
    assert before in text
    path.write_text(text.replace(before, html + before, 1), encoding="utf-8")


def incompressible(size: int) -> str:
    """Text that gzip cannot shrink much: base64 of random bytes (seeded, so runs are alike)."""
    return base64.b64encode(random.Random(6).randbytes(size * 3 // 4)).decode("ascii")


def test_validator_reports_an_invalid_element(copy):
    plant(copy, PAGE, "<p><div>a block inside a paragraph</div><blink>old</blink></p>")
    report = validate(copy)
    assert not report.passed
    assert report.findings and all(finding.startswith(f"{PAGE}:") for finding in report.findings)
    assert any("blink" in finding for finding in report.findings)
    pinned = json.loads((ROOT / "package.json").read_text())["devDependencies"]["vnu-jar"]
    assert report.figures[0].startswith(f"validator (vnu {pinned} ") and f"): {len(report.findings)} errors in " in report.figures[0]


def test_link_check_reports_a_broken_link_and_a_missing_anchor(copy):
    plant(copy, PAGE, '<p><a href="../999/">no such page</a> <a href="../410/#no-such-section">no such anchor</a></p>')
    report = check_links(copy)
    assert not report.passed
    assert any("404/" in finding and "999/" in finding for finding in report.findings), report.findings
    assert any(finding.startswith(PAGE) and "no id 'no-such-section'" in finding for finding in report.findings), report.findings
    assert all("999/" in finding or "no-such-section" in finding for finding in report.findings), report.findings


def test_axe_reports_an_image_without_alt_text_in_both_colour_schemes(copy, browser):
    page = copy / PAGE
    assert check_accessibility(copy, [page], browser).findings == []
    icon = next((copy / "static").glob("favicon.*.svg")).name
    plant(copy, PAGE, f'<p><img src="../static/{icon}" width="16" height="16"></p>')
    findings = check_accessibility(copy, [page], browser).findings
    assert [finding.split(": ")[:2] for finding in findings] == [[f"{PAGE} (light)", "image-alt"], [f"{PAGE} (dark)", "image-alt"]]


def test_axe_reports_text_too_faint_in_dark_mode_only(copy, browser):
    plant(copy, PAGE, '<p class="faint">Hard to read at night</p>')
    (copy / "faint.css").write_text("@media (prefers-color-scheme: dark) { .faint { color: #2a2d33; } }\n")
    plant(copy, PAGE, '<link rel="stylesheet" href="../faint.css">', before="</head>")
    findings = check_accessibility(copy, [copy / PAGE], browser).findings
    assert [finding.split(": ")[:2] for finding in findings] == [[f"{PAGE} (dark)", "color-contrast"]]


def test_weight_reports_an_oversized_page_and_counts_its_render_blocking_scripts(copy):
    plant(copy, PAGE, f"<p>{incompressible(BUDGET)}</p>")
    (copy / "static" / "heavy.js").write_text(f'var heavy = "{incompressible(BUDGET // 2)}";\n')
    plant(copy, "200/index.html", '<script src="../static/heavy.js"></script>', before="</head>")
    plant(copy, "201/index.html", '<script src="../static/heavy.js" defer></script>', before="</head>")
    report = check_weight(copy)
    assert [finding.split(":")[0] for finding in report.findings] == ["200/index.html", PAGE]
    assert "heavy.js" in next(row for row in report.figures if "200/index.html" in row)
    deferred = next(row for row in report.figures if "201/index.html" in row)
    assert "deferred, not counted: heavy.js" in deferred, "a deferred script does not block rendering: listed, not counted"


def test_weight_holds_the_lazily_loaded_search_index_to_its_own_budget(copy):
    index = next(copy.glob(INDEX_FILES))
    assert check_weight(copy).findings == [], "the real index is within its budget"
    index.write_text(index.read_text(encoding="utf-8") + f'var planted = "{incompressible(INDEX_BUDGET)}";\n', encoding="utf-8")
    report = check_weight(copy)
    assert len(report.findings) == 1 and report.findings[0].startswith(f"{index.relative_to(copy).as_posix()}: ")
    assert "over the search index's 20.0 KB budget" in report.findings[0]


def test_make_check_runner_exits_non_zero_and_prints_each_finding(copy):
    command = [sys.executable, "-m", "checks", str(copy), "--gate", "weight", "--gate", "links"]
    clean = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "ok   weight: heaviest page" in clean.stdout and "ok   links: 0 broken" in clean.stdout
    plant(copy, PAGE, '<p><a href="../999/">no such page</a></p>')
    broken = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert broken.returncode == 1
    assert "FAIL links: 2 broken" in broken.stdout
    assert f"{PAGE}: <a> ../999/ -> missing" in broken.stdout


def test_lighthouse_reports_a_page_without_a_description(copy):
    page = copy / PAGE
    text = page.read_text(encoding="utf-8")
    start = text.index('<meta name="description"')
    page.write_text(text[:start] + text[text.index(">", start) + 1 :], encoding="utf-8")
    report = run_lighthouse(copy, [page], runs=1)  # one run: its performance score may vary, SEO does not
    seo = [finding for finding in report.findings if finding.startswith("404/: seo ")]
    assert len(seo) == 1 and "meta-description" in seo[0], report.findings


def layout_findings(report) -> list[tuple[str, str]]:
    """(page and viewport, rule) of each finding: "410/index.html (360 px, dark)", "target-size"."""
    return [tuple(finding.split(": ")[:2]) for finding in report.findings]


def every_view(page: str, rule: str, views=("360 px, light", "360 px, dark", "1440 px, light", "1440 px, dark")) -> list[tuple[str, str]]:
    return [(f"{page} ({view})", rule) for view in views]


def test_layout_reports_a_wide_page_small_tap_targets_and_backticks_where_they_are(copy, browser):
    sentence = '<p>Read <a href="../410/">410</a> and <a href="../200/">200</a> here: links inside running text are exempt.</p>'
    plant(copy, PAGE, sentence + "<p>Send `Retry-After` with it; <code>`this`</code> is code, and code may hold one.</p>")
    plant(copy, "410/index.html", '<p><a href="../200/">2</a><a href="../201/">1</a></p>')  # two tiny links side by side
    plant(copy, "compare/404-vs-410/index.html", "<p>" + "unbreakable" * 8 + "</p>")  # about 860 px: a phone scrolls
    pages = [copy / page for page in (PAGE, "410/index.html", "compare/404-vs-410/index.html", "200/index.html")]
    report = check_layout(copy, pages, browser)
    assert layout_findings(report) == (
        every_view(PAGE, "backtick")
        + [item for view in every_view("410/index.html", "target-size") for item in (view, view)]  # each of the two links
        + every_view("compare/404-vs-410/index.html", "width", views=("360 px, light", "360 px, dark"))
    ), report.findings
    assert '404/index.html (360 px, light): backtick: <p> shows "Send `Retry-After` with it;' in report.findings[0]
    assert "insufficient size" in report.findings[4] and 'a[href="../200/"]' in report.findings[4]
    assert report.findings[-1].endswith("width: the page is 862 px wide in a 360 px viewport (p ends at 862 px)"), report.findings[-1]
    assert report.figures[0] == "layout: 14 problems on 3 of 4 pages x 2 widths (360 px, 1440 px) x 2 colour schemes"


def test_layout_measures_each_colour_scheme_apart(copy, browser):
    """A dark-only style that widens the page or shrinks tap targets fails in dark only: the
    scheme is switched on the loaded page, and axe runs again whenever a box moved."""
    (copy / "dark.css").write_text(
        ".spaced a { display: inline-block; padding: 12px; }\n@media (prefers-color-scheme: dark) { .spaced a { padding: 0; } .wide { width: 900px; } }\n"
    )
    plant(copy, PAGE, '<link rel="stylesheet" href="../dark.css">', before="</head>")
    plant(copy, PAGE, '<div class="wide">wide in the dark</div><p class="spaced"><a href="../200/">2</a><a href="../201/">1</a></p>')
    report = check_layout(copy, [copy / PAGE], browser)
    assert sorted(set(layout_findings(report))) == [
        (f"{PAGE} (1440 px, dark)", "target-size"),
        (f"{PAGE} (360 px, dark)", "target-size"),
        (f"{PAGE} (360 px, dark)", "width"),
    ], report.findings


def test_layout_gate_covers_every_page_of_the_site(copy, browser):
    """The gate as make check runs it: every HTML page; a backtick on the last one is found."""
    last = html_pages(copy)[-1].relative_to(copy).as_posix()
    plant(copy, last, "<p>`stray`</p>")
    report = check_layout(copy, browser=browser)
    assert layout_findings(report) == every_view(last, "backtick"), report.findings
    assert f"on 1 of {len(html_pages(copy))} pages x 2 widths" in report.figures[0]
