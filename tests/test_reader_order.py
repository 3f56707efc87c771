"""A code page in the reader's order (issue #22): someone who was just sent 404, 429, 502 or 503
reaches "Got this response?" within two phone screens, and the contents within the first.

The sections themselves are written by the content authors; until they land, the project copy
below gets sample ones, placed where the authors put them (the top of the body).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import copy_project, run

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1440, "height": 900}
FIRST_ASKED = (404, 429, 502, 503)
SAMPLE = """## Got this response?

### If you are visiting the site

Sample text for the test.

### If you wrote the client

Sample text for the test.

### If you run the server

Sample text for the test.

### Which server sent it

Sample text for the test.

## Common causes

- a sample cause
- another sample cause

"""
# What an author might add beside the known sections: it stays after the one it followed.
EXTRA = "\n## Seen in the wild\n\nA sample unknown section.\n"
# Every id a code page had before this layout: permalinks are a promise.
KEPT_IDS = ("specification", "headers", "caching", "content", "related", "data", "example", "when-to-use-it", "history")


def with_sections(path: Path) -> None:
    """Put the sample sections at the top of a code file's body, and an unknown one before its Header fields."""
    text = path.read_text(encoding="utf-8")
    head, body = re.match(r"(---\n.*?\n---\n)(.*)", text, re.DOTALL).groups()  # type: ignore[union-attr]
    body = re.sub(r"\A## Got this response\?.*?(?=^## When to use it)", "", body, flags=re.DOTALL | re.MULTILINE)  # the authors' own, replaced
    assert body.count("\n## Header fields") == 1
    path.write_text(head + SAMPLE + body.replace("\n## Header fields", EXTRA + "\n## Header fields"), encoding="utf-8")


@pytest.fixture(scope="module")
def sample_site(tmp_path_factory) -> Path:
    """The project with sample "Got this response?" and "Common causes" sections, built."""
    project = copy_project(tmp_path_factory.mktemp("sample") / "project")
    for code in FIRST_ASKED:
        with_sections(project / "content" / "codes" / f"{code}.md")
    result = run(project, "build", "--out", str(project / "_site"))
    assert result.returncode == 0, result.stderr
    return project / "_site"


def heading_ids(html: str) -> list[str]:
    return re.findall(r'<h2 id="([^"]+)"', html)


def test_sections_are_in_the_readers_order(sample_site):
    html = (sample_site / "503" / "index.html").read_text(encoding="utf-8")
    ids = heading_ids(html)
    # the authors wrote: When to use it, Commonly confused with, What clients do, Seen in the wild, Header fields, Example, History
    expected = [
        "got-this-response",
        "common-causes",
        "when-to-use-it",
        "commonly-confused-with",
        "example",
        "header-fields",
        "what-clients-do",
        "seen-in-the-wild",
        "clients",
    ]
    assert ids[: len(expected)] == expected
    reference = [name for name in ("specification", "send", "constants", "iis", "grpc", "data", "history") if name in ids]
    assert ids[-len(reference) :] == reference, ids
    assert ids.index("clients") < ids.index("specification")
    # the contents link to every heading in the page's order, but the measured clients right under "What clients do"
    contents = re.search(r'<nav class="toc".*?</nav>', html, re.DOTALL).group(0)  # type: ignore[union-attr]
    assert re.findall(r'href="#([^"]+)"', contents) == [name for name in ids if name != "clients"]


@pytest.mark.parametrize("code", FIRST_ASKED)
def test_kept_ids_still_name_what_they_did(sample_site, code):
    html = (sample_site / str(code) / "index.html").read_text(encoding="utf-8")
    for name in KEPT_IDS:
        assert len(re.findall(f'id="{name}"', html)) == 1, name
    assert re.search(r'<li id="caching">Heuristically cacheable: <strong>(yes|no)</strong>', html)
    assert re.search(r'<dt id="related">Related codes</dt>', html)
    if code == 404:
        assert 'id="iis"' in html and 'id="iis-404-3"' in html and 'id="iis-facts"' in html


POSITIONS = """() => {
    const answer = document.getElementById("got-this-response"), contents = document.querySelector("nav.toc");
    return [answer ? answer.getBoundingClientRect().top : Infinity, contents ? contents.getBoundingClientRect().bottom : Infinity];
}"""


def phone_positions(browser, site: Path) -> dict[int, tuple[float, float]]:
    """Per code: the top of "Got this response?" and the bottom of the contents, in px from the page top."""
    page = browser.new_page(viewport=PHONE)
    found = {}
    for code in FIRST_ASKED:
        page.goto((site / str(code) / "index.html").as_uri())
        found[code] = page.evaluate(POSITIONS)
    page.close()
    return found


@pytest.mark.parametrize("built", ["sample_site", "site"], ids=["sample sections", "real site"])
def test_got_this_response_within_two_phone_screens(browser, request, built):
    """On the real site this passes once the authors' sections have landed: it skips nothing."""
    for code, (answer, contents) in phone_positions(browser, request.getfixturevalue(built)).items():
        assert answer < 2 * PHONE["height"], f"{code}: Got this response? at {answer:.0f} px"
        assert contents <= PHONE["height"], f"{code}: contents end at {contents:.0f} px"


def test_contents_fold_on_a_phone_and_open_without_javascript(browser, sample_site):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto((sample_site / "502" / "index.html").as_uri())
    link = page.locator("nav.toc a[href='#common-causes']")
    assert not link.is_visible()
    page.locator("nav.toc summary").click()
    link.click()
    assert page.locator("#common-causes").evaluate("element => element.getBoundingClientRect().top") < 5
    context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_contents_stay_beside_the_text_on_a_wide_screen_without_javascript(browser, sample_site, scheme):
    context = browser.new_context(viewport=DESKTOP, java_script_enabled=False, color_scheme=scheme)
    page = context.new_page()
    page.goto((sample_site / "404" / "index.html").as_uri())
    contents = page.locator("nav.toc")
    text = page.locator(".page-body")
    assert page.locator("nav.toc summary").is_hidden()
    assert page.locator("nav.toc a[href='#got-this-response']").is_visible()
    assert contents.bounding_box()["x"] >= text.bounding_box()["x"] + text.bounding_box()["width"]  # type: ignore[index]
    page.locator("#iis").scroll_into_view_if_needed()
    box = contents.bounding_box()
    assert box and 0 <= box["y"] < DESKTOP["height"] / 2, "the contents scroll away"
    assert page.locator("nav.toc a[href='#history']").is_visible()
    colour, background = page.locator("nav.toc a").first.evaluate("e => [getComputedStyle(e).color, getComputedStyle(document.body).backgroundColor]")
    assert colour != background
    context.close()


@pytest.mark.parametrize("path", ["clients/", "api/", "guide/"])
def test_long_pages_have_contents_in_the_first_phone_screen_linking_to_their_sections(browser, site, path):
    page = browser.new_page(viewport=PHONE)
    page.goto((site / path / "index.html").as_uri())
    box = page.locator("nav.toc").bounding_box()
    assert box and box["y"] + box["height"] <= PHONE["height"]
    targets = page.locator("nav.toc a").evaluate_all("links => links.map(link => link.getAttribute('href').slice(1))")
    headings = page.locator("main h2[id]").evaluate_all("headings => headings.map(heading => heading.id)")
    assert len(targets) >= 5 and targets == headings
    page.close()


def test_the_home_page_shows_the_five_classes_in_the_first_phone_screen(browser, site):
    page = browser.new_page(viewport=PHONE)
    page.goto((site / "index.html").as_uri())
    links = page.get_by_role("navigation", name="On this page").get_by_role("link")
    assert links.count() == 5
    for index in range(5):
        box = links.nth(index).bounding_box()
        assert box and box["y"] + box["height"] <= PHONE["height"], links.nth(index).inner_text()
        target = (links.nth(index).get_attribute("href") or "").removeprefix("#")
        assert page.locator(f"[id='{target}']").count() == 1
    page.close()


def test_each_measured_table_starts_with_its_most_common_outcome_in_one_line(site):
    html = (site / "502" / "index.html").read_text(encoding="utf-8")
    tables = re.findall(
        r'<h3 id="[^"]+">.*?</h3>\s*<p>(?:All (\d+)|(\d+) of (\d+)) clients: (.*?)</p>\s*<table class="clients".*?<tbody>(.*?)</tbody>', html, re.DOTALL
    )
    assert tables
    for every, some, total, outcome, rows in tables:
        # clients that did the same share a row: the clients of each row, then its outcome
        groups = [(len(clients.split("; ")), text) for clients, text in re.findall(r'<th scope="row">(.*?)</th><td>(.*?)</td>', rows)]
        assert sum(count for count, _ in groups) == int(every or total)
        assert groups[0] == (int(every or some), outcome) and groups[0][0] == max(count for count, _ in groups)


@pytest.mark.parametrize("code", [404, 502, 503])
def test_safe_to_retry_is_a_fact_in_the_first_phone_screen(browser, site, code):
    """Issue #22's fourth fact: the `retry` front-matter, shown whole on the first phone screen,
    its label leading to what clients were measured doing."""
    record = json.loads((site / f"{code}.json").read_text(encoding="utf-8"))
    page = browser.new_page(viewport=PHONE)
    page.goto((site / str(code) / "index.html").as_uri())
    fact = page.locator("ul.fact-line > li#retry")
    assert fact.inner_text() == f"Safe to retry: {record['retry']}"
    box = fact.bounding_box()
    assert box and box["y"] + box["height"] <= PHONE["height"] and box["x"] + box["width"] <= PHONE["width"], box
    link = fact.get_by_role("link", name="Safe to retry")
    assert link.get_attribute("href") == "#what-clients-do"
    assert page.locator("#what-clients-do").count() == 1
    page.close()
