"""The offline bundle: opened from disk in Chromium, every link leads to a file inside it."""

from __future__ import annotations

import os
import re
import zipfile
from pathlib import Path
from urllib.parse import unquote, urlsplit

from conftest import ROOT, console_errors, copy_project, run

# Everything a page links to or loads, resolved by the browser itself.
TARGETS = """() => [...document.querySelectorAll('a[href], link[href], script[src], img[src], form[action]')]
  .map(e => e.href || e.src || e.action)"""
IDS = "() => [...document.querySelectorAll('[id]')].map(e => e.id)"


def test_every_internal_link_on_every_page_opens_a_file_in_the_bundle(browser, offline):
    page = browser.new_page()
    errors = console_errors(page)
    root = offline.resolve()
    start = (root / "index.html").as_uri()
    queue, seen, ids, fragments, problems = [start], {start}, {}, [], []
    while queue:
        url = queue.pop()
        page.goto(url)
        ids[url] = set(page.evaluate(IDS))
        for target in page.evaluate(TARGETS):
            parts = urlsplit(target)
            if parts.scheme in ("http", "https", "mailto"):
                continue  # RFCs and vendors' documentation
            path = Path(unquote(parts.path))
            if parts.scheme != "file" or root not in path.parents:
                problems.append(f"{url}: {target} leaves the bundle")
            elif not path.is_file():
                problems.append(f"{url}: {target} is not a file (a folder link does not open from disk)")
            elif path.suffix == ".html":
                document = path.as_uri()
                if parts.fragment:
                    fragments.append((url, document, parts.fragment))
                if document not in seen:
                    seen.add(document)
                    queue.append(document)
    problems += [f"{url}: #{fragment} not in {document}" for url, document, fragment in fragments if fragment not in ids[document]]
    page.close()
    assert problems == []
    every_page = {path.as_uri() for path in root.rglob("*.html")}
    assert seen == every_page, "every page of the bundle is reachable from index.html"
    assert len(seen) > 90
    assert errors == []


def test_search_from_disk_finds_the_teapot(browser, offline):
    page = browser.new_page()
    errors = console_errors(page)
    page.goto((offline / "404" / "index.html").as_uri())
    page.keyboard.press("/")
    page.keyboard.type("teapot")
    page.wait_for_selector("#search-results a")
    assert page.locator("#search-results a").first.inner_text().startswith("418 ")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/418/index\.html$"))
    assert "418" in page.locator("h1").inner_text()
    # The stylesheet applied (a browser's own body margin is 8px).
    assert page.evaluate("() => getComputedStyle(document.body).marginTop") == "0px"
    assert errors == []
    page.close()


def test_the_bundle_holds_the_site_for_reading(offline):
    names = {path.relative_to(offline).as_posix() for path in offline.rglob("*") if path.is_file()}
    assert {"index.html", "404/index.html", "4xx/index.html", "codes.json"} <= names
    assert any(re.fullmatch(r"static/style\.[0-9a-f]{8}\.css", name) for name in names)
    assert any(re.fullmatch(r"static/search-index\.[0-9a-f]{8}\.js", name) for name in names)
    assert not {"not-found.html", "_redirects", "robots.txt", "sitemap.xml"} & names


def test_two_bundles_of_the_same_content_are_identical(tmp_path):
    first = tmp_path / "first.zip"
    assert run(ROOT, "bundle", "--out", str(first)).returncode == 0
    # A second checkout with other file times and another output path gives the same bytes.
    other = copy_project(tmp_path / "other")
    for path in other.rglob("*"):
        os.utime(path, (1_000_000_000, 1_000_000_000))
    second = tmp_path / "elsewhere" / "second.zip"
    result = run(other, "bundle", "--out", str(second))
    assert result.returncode == 0, result.stderr
    assert first.read_bytes() == second.read_bytes()
    with zipfile.ZipFile(first) as archive:
        assert archive.testzip() is None
        assert "index.html" in archive.namelist()


def test_a_failed_bundle_leaves_the_old_zip_alone(project, tmp_path):
    out = tmp_path / "site.zip"
    assert run(project, "bundle", "--out", str(out)).returncode == 0
    before = out.read_bytes()
    (project / "content/codes/404.md").write_text("---\ncode: nope\n---\n", encoding="utf-8")
    result = run(project, "bundle", "--out", str(out))
    assert result.returncode == 1
    assert re.search(r"content/codes/404\.md:\d+:\d+: ", result.stderr)
    assert out.read_bytes() == before
    assert sorted(path.name for path in tmp_path.iterdir()) == ["project", "site.zip"]
