"""The benchmark's generated sites: valid content for our build, the same pages for Hugo's.

`make bench` times these sites (bench/); this keeps the generators from rotting without
timing anything. Ten pages keep the generated site quick; the full 100-599 set is only
validated.
"""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from conftest import ROOT, run

LARGE_SITE = ROOT / "bench" / "large_site.py"
HUGO_SITE = ROOT / "bench" / "hugo_site.py"


def generate(*args: str) -> None:
    result = subprocess.run([sys.executable, *args], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr


def site_files(folder) -> set[str]:
    """The pages and data files of a built site, without the names that differ by design."""
    renamed = {"404.html", "not-found.html"}
    return {path.relative_to(folder).as_posix() for path in folder.rglob("*") if path.is_file() and path.name not in renamed and path.parent.name != "static"}


def test_every_code_from_100_to_599_passes_the_content_checks(tmp_path):
    generate(str(LARGE_SITE), str(tmp_path / "large"))
    assert len(list((tmp_path / "large/content/codes").glob("*.md"))) == 500
    compared = sorted(path.name for path in (tmp_path / "large/content/compare").glob("*.md"))
    assert compared == sorted(path.name for path in (ROOT / "content/compare").glob("*.md"))
    assert (tmp_path / "large/content/guide.md").read_text(encoding="utf-8") == (ROOT / "content/guide.md").read_text(encoding="utf-8")
    result = run(tmp_path / "large", "check")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok: 500 codes and 5 classes"


@pytest.fixture(scope="module")
def small_site(tmp_path_factory):
    """Ten generated pages (400-409), built by our generator."""
    project = tmp_path_factory.mktemp("bench") / "small"
    generate(str(LARGE_SITE), str(project), "--first", "400", "--last", "409")
    result = run(project, "build")
    assert result.returncode == 0, result.stderr
    return project


def test_a_small_generated_site_builds_with_a_page_per_code(small_site):
    pages = sorted(path.parent.name for path in (small_site / "_site").glob("[0-9][0-9][0-9]/index.html"))
    assert pages == [str(code) for code in range(400, 410)]
    page = (small_site / "_site/404/index.html").read_text(encoding="utf-8")
    assert '<span class="num">404</span>' in page


def test_a_small_site_keeps_the_comparisons_its_codes_allow_and_no_guide(small_site):
    assert [path.parent.name for path in (small_site / "_site/compare").glob("*/index.html")] == ["401-vs-403"]
    assert not (small_site / "_site/guide").exists()
    comparison = (small_site / "_site/compare/401-vs-403/index.html").read_text(encoding="utf-8")
    assert '<a href="../../404/">404 vs 410</a>' in comparison  # 410 has no page here: its comparison is left out


@pytest.mark.skipif(not shutil.which("hugo"), reason="hugo is not installed (`make bench` installs it)")
def test_hugo_builds_the_same_pages_from_the_same_content(small_site, tmp_path):
    generate(str(HUGO_SITE), str(small_site), str(tmp_path / "hugo"))
    result = subprocess.run(["hugo", "--quiet", "--source", str(tmp_path / "hugo"), "--destination", str(tmp_path / "out")],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert site_files(tmp_path / "out") == site_files(small_site / "_site")
    ours = (small_site / "_site/404/index.html").read_text(encoding="utf-8")
    hugo = (tmp_path / "out/404/index.html").read_text(encoding="utf-8")
    for shown in ('<span class="num">404</span>', 'id="when-to-use-it"', 'rel="next" href="../405/"', 'href="../4xx/"'):
        assert shown in ours and shown in hugo
