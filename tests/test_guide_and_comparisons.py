"""The guide and the comparison pages, read from the built site: each is linked from every code
page it covers, every path through the guide ends at a code page that exists, and comparison
tables repeat what the code pages say."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from checks.html_pages import read_page, resolve
from conftest import ROOT

CONTENT = ROOT / "content"
# The situations the issue lists, each with the code the guide must reach for it.
SITUATIONS = {200, 201, 202, 204, 301, 302, 303, 307, 308, 400, 401, 403, 404, 410, 413, 422, 429, 500, 502, 503, 504}


def front_matter(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8").split("\n---", 1)[0])


COMPARISONS = {path.stem: front_matter(path) for path in sorted((CONTENT / "compare").glob("*.md"))}
GUIDE = front_matter(CONTENT / "guide.md")


def guide_answers() -> list[tuple[str, dict]]:
    return [(question["id"], answer) for question in GUIDE["questions"] for answer in question["answers"] if "code" in answer]


def linked_files(site: Path, page: Path) -> set[tuple[Path, str]]:
    """Every (file, fragment) that `page` links to."""
    return {resolve(site, page, url) for _, url in read_page(page).links}


def code_page(site: Path, code: int) -> Path:
    return site / str(code) / "index.html"


def test_there_are_the_comparisons_the_issue_asks_for():
    wanted = {"401-vs-403", "404-vs-410", "301-vs-302-vs-303-vs-307-vs-308", "400-vs-422", "500-vs-502-vs-503-vs-504", "429-vs-503"}
    assert wanted <= set(COMPARISONS)


@pytest.mark.parametrize("slug", sorted(COMPARISONS))
def test_a_comparison_is_linked_from_every_code_page_it_covers_and_from_home(site, slug):
    target = (site / "compare" / slug / "index.html").resolve()
    assert target.is_file()
    codes = [entry["code"] for entry in COMPARISONS[slug]["codes"]]
    for code in codes:
        assert (target, "") in linked_files(site, code_page(site, code)), f"{code}/ does not link to compare/{slug}/"
        assert (code_page(site, code).resolve(), "") in linked_files(site, target), f"compare/{slug}/ does not link to {code}/"
    assert (target, "") in linked_files(site, site / "index.html")


def test_code_pages_link_only_to_comparisons_that_cover_them(site):
    for code_dir in sorted(path for path in site.iterdir() if path.name.isdigit()):
        code = int(code_dir.name)
        linked = {target.parent.name for target, _ in linked_files(site, code_dir / "index.html") if target.parent.parent.name == "compare"}
        covering = {slug for slug, meta in COMPARISONS.items() if code in [entry["code"] for entry in meta["codes"]]}
        assert linked == covering, code


@pytest.mark.parametrize("question, answer", guide_answers(), ids=[f"{q}-{a['code']}" for q, a in guide_answers()])
def test_the_guide_is_linked_from_every_code_page_it_leads_to(site, question, answer):
    guide = (site / "guide" / "index.html").resolve()
    anchor = f"{question}-{answer['code']}"
    assert (guide, anchor) in linked_files(site, code_page(site, answer["code"]))
    assert anchor in read_page(guide).ids


def test_the_guide_and_the_api_page_are_linked_from_home_and_every_page_footer(site):
    for page in [site / "index.html", site / "404" / "index.html", site / "compare" / "401-vs-403" / "index.html"]:
        targets = {target for target, _ in linked_files(site, page)}
        assert (site / "guide" / "index.html").resolve() in targets, page
        assert (site / "api" / "index.html").resolve() in targets, page


class QuestionSections(HTMLParser):
    """The guide page as a reader sees it: each question section and the links in it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: dict[str, list[str]] = {}
        self.current: str | None = None

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if tag == "section" and "question" in (values.get("class") or "").split():
            self.current = values["aria-labelledby"]
            self.links[self.current] = []
        elif tag == "a" and self.current and values.get("href"):
            self.links[self.current].append(values["href"])

    def handle_endtag(self, tag):
        if tag == "section":
            self.current = None


def test_every_path_through_the_guide_ends_at_a_code_page_that_exists(site):
    """Follow the guide's links from the first question, as a reader without JavaScript would."""
    guide = site / "guide" / "index.html"
    sections = QuestionSections()
    sections.feed(guide.read_text(encoding="utf-8"))
    first = next(iter(sections.links))
    seen, waiting, reached_codes, missing = {first}, [first], set(), []
    while waiting:
        for url in sections.links[waiting.pop()]:
            if url.startswith("#"):
                key = url[1:]
                if key in sections.links and key not in seen:
                    seen.add(key)
                    waiting.append(key)
                continue
            target, _ = resolve(site, guide, url)
            if target.parent.name.isdigit():
                reached_codes.add(int(target.parent.name))
                if not target.is_file():
                    missing.append(url)
    assert missing == []
    assert seen == set(sections.links), "questions no path reaches"
    assert reached_codes == {answer["code"] for _, answer in guide_answers()}
    assert reached_codes >= SITUATIONS, f"situations the guide does not reach: {sorted(SITUATIONS - reached_codes)}"


class TableCells(HTMLParser):
    """The comparison table: its header codes and, per row label, the text of each cell."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: dict[str, list[str]] = {}
        self.header: list[str] = []
        self.cell: list[str] | None = None
        self.row: list[str] = []
        self.inside = False

    def handle_starttag(self, tag, attrs):
        if tag == "table" and ("class", "compare") in attrs:
            self.inside = True
        elif self.inside and tag in ("td", "th"):
            self.cell = []
        elif self.inside and tag == "tr":
            self.row = []

    def handle_data(self, data):
        if self.cell is not None:
            self.cell.append(data)

    def handle_endtag(self, tag):
        if self.inside and tag in ("td", "th"):
            self.row.append(" ".join("".join(self.cell).split()))
            self.cell = None
        elif self.inside and tag == "tr":
            if not self.header:
                self.header = self.row[1:]
            else:
                self.rows[self.row[0]] = self.row[1:]
        elif tag == "table":
            self.inside = False


def folded(text: str) -> str:
    return " ".join(text.replace("`", "").split())


@pytest.mark.parametrize("slug", sorted(COMPARISONS))
def test_comparison_tables_show_the_authors_facts_and_the_code_pages_own(site, slug):
    table = TableCells()
    table.feed((site / "compare" / slug / "index.html").read_text(encoding="utf-8"))
    entries = COMPARISONS[slug]["codes"]
    pages = {entry["code"]: front_matter(CONTENT / "codes" / f"{entry['code']}.md") for entry in entries}
    assert [cell.split()[0] for cell in table.header] == [str(entry["code"]) for entry in entries]
    assert table.rows["In short"] == [folded(entry["means"]) for entry in entries]
    assert table.rows["What the client should do"] == [folded(entry["client"]) for entry in entries]
    if "fault" in entries[0]:
        assert table.rows["Whose fault"] == [folded(entry["fault"]) for entry in entries]
    caching = [("Yes" if page["cacheable"] else "No") + (f". {page['cache_note']}" if page.get("cache_note") else "") for page in pages.values()]
    assert table.rows["Heuristically cacheable"] == caching
    for cell, page in zip(table.rows["Header fields"], pages.values()):
        assert all(header["field"] in cell for header in page["headers"]) and (page["headers"] or cell == "None")
    for cell, page in zip(table.rows["Defined in"], pages.values()):
        assert cell == f"{page['source']['document']}, section {page['source']['section']}"


def test_redirect_comparison_says_which_codes_keep_the_method_and_which_are_permanent(site):
    table = TableCells()
    table.feed((site / "compare" / "301-vs-302-vs-303-vs-307-vs-308" / "index.html").read_text(encoding="utf-8"))
    method = dict(zip((301, 302, 303, 307, 308), table.rows["Method and body when followed"]))
    permanent = dict(zip((301, 302, 303, 307, 308), table.rows["Permanent?"]))
    assert all(method[code].startswith("Kept") for code in (307, 308))
    assert all(method[code].startswith("May change") for code in (301, 302))
    assert "GET" in method[303]
    assert [code for code, text in permanent.items() if text.startswith("Yes")] == [301, 308]
