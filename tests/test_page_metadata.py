"""What search results and link previews show: a title and a description that say what each
page is, different on every page, and Open Graph tags that agree with them."""

from __future__ import annotations

import json
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest

BASE_URL = "https://http-status-codes.netlify.app/"
SITE_TITLE = "HTTP Status Codes"


class Head(HTMLParser):
    """The <title>, meta tags (by name or property) and canonical link of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title = ""
        self.titles = 0
        self.meta: dict[str, list[str]] = {}
        self.canonical = None
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if tag == "title":
            self._in_title = True
            self.titles += 1
        elif tag == "meta" and ("name" in values or "property" in values):
            self.meta.setdefault(values.get("name") or values["property"], []).append(values.get("content") or "")
        elif tag == "link" and values.get("rel") == "canonical":
            self.canonical = values["href"]

    def handle_data(self, data):
        if self._in_title:
            self.title += data

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False


def head_of(path: Path) -> Head:
    head = Head()
    head.feed(path.read_text(encoding="utf-8").split("</head>", 1)[0])
    return head


@pytest.fixture(scope="module")
def heads(site) -> dict[str, Head]:
    found = {path.relative_to(site).as_posix(): head_of(path) for path in sorted(site.rglob("*.html"))}
    assert len(found) > 100, "the tests over every page need the pages"
    return found


def test_every_page_has_one_title_and_one_description(heads):
    for name, head in heads.items():
        assert head.titles == 1 and head.title.strip(), name
        assert len(head.meta.get("description", [])) == 1 and head.meta["description"][0].strip(), name


def test_titles_and_descriptions_differ_from_page_to_page(heads):
    titles = Counter(head.title for head in heads.values())
    descriptions = Counter(head.meta["description"][0] for head in heads.values())
    assert [title for title, count in titles.items() if count > 1] == []
    assert [text for text, count in descriptions.items() if count > 1] == []
    assert len(heads) > 100


def test_open_graph_tags_agree_with_the_title_description_and_canonical_url(heads):
    for name, head in heads.items():
        tags = {key: values for key, values in head.meta.items() if key.startswith("og:")}
        assert all(len(values) == 1 for values in tags.values()), name
        assert tags["og:title"] == [head.title], name
        assert tags["og:description"] == head.meta["description"], name
        assert tags["og:url"] == [head.canonical] and head.canonical.startswith(BASE_URL), name
        assert tags["og:type"][0] in ("website", "article"), name
        assert tags["og:site_name"] == [SITE_TITLE], name
    assert heads["index.html"].meta["og:type"] == ["website"]
    assert heads["404/index.html"].meta["og:url"] == [BASE_URL + "404/"]


def test_code_pages_are_titled_by_code_and_name_and_described_by_their_summary(site, heads):
    for record in json.loads((site / "codes.json").read_text(encoding="utf-8"))["codes"]:
        head = heads[f"{record['code']}/index.html"]
        assert head.title.startswith(f"{record['code']} {record['name']} — HTTP status code")
        assert head.meta["description"] == [record["summary"]]


def test_guide_comparison_and_api_pages_say_what_they_are(heads):
    assert heads["guide/index.html"].title.startswith("Which status code should I use?")
    assert heads["compare/401-vs-403/index.html"].title.startswith("401 Unauthorized vs 403 Forbidden")
    assert "JSON and CSV" in heads["api/index.html"].title
