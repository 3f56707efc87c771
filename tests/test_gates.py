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
from checks.lighthouse import run_lighthouse
from checks.links import check_links
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
