"""The built site: every expected file, every link resolvable, the data complete and right."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import markupsafe
import yaml

from checks.html_pages import broken_links, is_external, read_page
from conftest import ROOT, run
from statussite.markup import first_sentence

CODES = sorted(int(path.stem) for path in (ROOT / "content" / "codes").glob("*.md"))
BASE_URL = "https://http-status-codes.netlify.app/"


def front_matter(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8").split("\n---", 1)[0])


# Written by every build, whatever the content holds: the data files, the schemas, hosting files.
SITE_FILES = ("index.html", "not-found.html", "api/index.html", "codes.json", "codes.csv", "code.schema.json", "codes.schema.json")
SITE_FILES += ("sitemap.xml", "robots.txt", "opensearch.xml", "_redirects")
# A fingerprinted static file: its name, eight hex digits of its bytes' SHA-256, its extension.
FINGERPRINTED = re.compile(r"static/(?P<stem>[a-z-]+)\.(?P<digest>[0-9a-f]{8})\.(?P<ext>[a-z]+)")


def expected_files(root: Path) -> set[str]:
    """Every file a build of the project at `root` writes, from what its content folder holds
    (static files apart, whose names carry their hash)."""
    content = root / "content"
    names = set(SITE_FILES)
    names |= {f"{path.stem}/index.html" for path in (content / "classes").glob("*.md")}
    for path in (content / "codes").glob("*.md"):
        names |= {f"{path.stem}/index.html", f"{path.stem}.json"}
    names |= {f"compare/{path.stem}/index.html" for path in (content / "compare").glob("*.md")}
    if (content / "guide.md").is_file():
        names.add("guide/index.html")
    for kind in ("clients", "servers"):
        if any((content / kind).glob("*.json")):
            names |= {f"{kind}/index.html", f"{kind}.json", f"{kind}.schema.json"}
    return names


def test_every_page_and_data_file_is_written(site):
    files = {path.relative_to(site).as_posix() for path in site.rglob("*") if path.is_file()}
    static = {name for name in files if name.startswith("static/")}
    expected = expected_files(ROOT)
    assert files - static == expected, f"missing: {sorted(expected - files)}; unexpected: {sorted(files - static - expected)}"
    stems = {}
    for name in static:
        match = FINGERPRINTED.fullmatch(name)
        assert match, f"{name} is not a fingerprinted static file"
        assert match["digest"] == hashlib.sha256((site / name).read_bytes()).hexdigest()[:8], f"{name}: the name's hash is not its bytes'"
        stems[f"{match['stem']}.{match['ext']}"] = name
    assert sorted(stems) == sorted([path.name for path in (ROOT / "static").iterdir()] + ["search-index.js"]) and len(stems) == len(static)
    assert len(CODES) >= 10 and any(name.startswith("compare/") for name in files) and "guide/index.html" in files


def test_every_href_and_src_finds_its_target(site):
    # The not-found page is served at any unknown path, so it alone links from the site root.
    assert broken_links(site) == []
    assert read_page(site / "index.html").links, "the link check saw no links at all"


def test_internal_links_are_relative_except_on_the_not_found_page(site):
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 100
    relative = 0
    for page in pages:
        links = [url for _, url in read_page(page).links if not is_external(url) and not url.startswith("#")]
        rooted = [url for url in links if url.startswith("/")]
        if page.name == "not-found.html":
            assert rooted and rooted == links
        else:
            assert rooted == [], page
            relative += len(links)
    assert relative > 10 * len(pages), "the pages link to each other"


def test_canonical_links_sitemap_and_robots_use_the_base_url(site):
    assert read_page(site / "404" / "index.html").canonical == BASE_URL + "404/"
    assert read_page(site / "index.html").canonical == BASE_URL
    sitemap = (site / "sitemap.xml").read_text()
    locations = re.findall(r"<loc>(.*?)</loc>", sitemap)
    pages = sorted(BASE_URL + name.removesuffix("index.html") for name in expected_files(ROOT) if name.endswith("index.html"))
    assert sorted(locations) == pages, "the sitemap lists every page but the not-found page, once"
    assert f"Sitemap: {BASE_URL}sitemap.xml" in (site / "robots.txt").read_text()


def test_another_base_url_changes_absolute_urls_only(site, tmp_path):
    out = tmp_path / "docs"
    result = run(ROOT, "build", "--out", str(out), "--base-url", "https://example.org/docs")
    assert result.returncode == 0, result.stderr
    assert read_page(out / "410" / "index.html").canonical == "https://example.org/docs/410/"
    assert "<loc>https://example.org/docs/</loc>" in (out / "sitemap.xml").read_text()
    not_found = [url for _, url in read_page(out / "not-found.html").links if not url.startswith("#")]
    assert "/docs/" in not_found and all(url.startswith("/docs/") for url in not_found)
    assert broken_links(out, root="/docs/") == []
    for name in ("index.html", "404/index.html", "4xx/index.html"):
        assert read_page(out / name).links == read_page(site / name).links


def test_build_writes_to_site_folder_by_default(project):
    result = run(project, "build")
    assert result.returncode == 0, result.stderr
    assert (project / "_site" / "index.html").is_file()
    assert "built" in result.stdout


def test_codes_json_holds_every_front_matter_field_and_permalink(site):
    data = json.loads((site / "codes.json").read_text(encoding="utf-8"))
    records = {record["code"]: record for record in data["codes"]}
    assert sorted(records) == CODES
    for code in CODES:
        meta = front_matter(ROOT / "content" / "codes" / f"{code}.md")
        record = records[code]
        for key, value in meta.items():
            assert same_data(record[key], value), (code, key)
        assert record["url"] == f"{code}/"
        assert record["permalink"] == f"{BASE_URL}{code}/"
    assert [item["class"] for item in data["classes"]] == ["1xx", "2xx", "3xx", "4xx", "5xx"]


def test_home_page_lists_every_code_by_class_with_name_and_first_sentence(site):
    html = (site / "index.html").read_text(encoding="utf-8")
    data = json.loads((site / "codes.json").read_text(encoding="utf-8"))
    sections = re.split(r'<section class="class-group"', html)[1:]
    assert len(sections) == 5
    for record in data["codes"]:
        section = sections[int(record["class"][0]) - 1]
        assert f'href="{record["code"]}/"' in section
        assert escape(record["name"]) in section and f"<p>{escape(first_sentence(record['summary']))}</p>" in section
    # The page weight gate keeps the home page to one round trip: the full summary is on the code page.
    assert "It is an interim answer" not in html and "It is an interim answer" in (site / "100" / "index.html").read_text(encoding="utf-8")


def test_class_pages_define_the_class_and_list_its_codes(site):
    data = json.loads((site / "codes.json").read_text(encoding="utf-8"))
    for item in data["classes"]:
        html = (site / item["class"] / "index.html").read_text(encoding="utf-8")
        assert f"<h1>{item['class']} {escape(item['name'])}</h1>" in html
        assert item["source"]["url"] in html
        members = [record["code"] for record in data["codes"] if record["class"] == item["class"]]
        assert members and all(f'href="../{code}/"' in html for code in members)


def test_code_page_shows_facts_in_order_of_importance(site):
    """The answer first, then choosing the code, the example and clients, the spec; the reference last (issue #22)."""
    html = (site / "413" / "index.html").read_text(encoding="utf-8")
    markers = [
        "<h1>",
        'class="meta"',
        'id="former-names"',
        "<strong>Payload Too Large",
        'class="summary"',
        'id="caching"',
        'id="content"',
        'id="headers"',
        '<nav class="toc"',
        'id="when-to-use-it"',
        'id="commonly-confused-with"',
        'id="related"',
        'id="example"',
        'id="header-fields"',
        'id="what-clients-do"',
        'class="spec" cite="https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.14"',
        'id="data"',
        'id="history"',
        'rel="prev"',
    ]
    positions = [html.index(marker) for marker in markers]
    assert positions == sorted(positions)


def test_status_badges_mark_codes_that_are_not_standard(site):
    assert "Unused</span>" in (site / "418" / "index.html").read_text(encoding="utf-8")
    unofficial = [code for code in CODES if front_matter(ROOT / "content" / "codes" / f"{code}.md")["status"] == "unofficial"]
    assert unofficial
    for code in unofficial:
        assert "Non-standard</span>" in (site / str(code) / "index.html").read_text(encoding="utf-8")
    assert "badge" not in (site / "200" / "index.html").read_text(encoding="utf-8").split('class="guide"')[0]


def test_previous_and_next_links_follow_code_order(site):
    page = read_page(site / "404" / "index.html")
    index = CODES.index(404)
    html = (site / "404" / "index.html").read_text(encoding="utf-8")
    assert f'rel="prev" href="../{CODES[index - 1]}/"' in html
    assert f'rel="next" href="../{CODES[index + 1]}/"' in html
    first = (site / str(CODES[0]) / "index.html").read_text(encoding="utf-8")
    assert 'rel="prev"' not in first and page.links


def test_headings_have_stable_anchors(site):
    page = read_page(site / "404" / "index.html")
    assert {"when-to-use-it", "example", "specification", "header-fields"} <= page.ids
    assert ("a", "#when-to-use-it") in page.links


def test_body_links_written_from_the_root_become_relative(site):
    assert 'href="../410/"' in (site / "404" / "index.html").read_text(encoding="utf-8")
    assert "](/" not in (site / "404" / "index.html").read_text(encoding="utf-8")


def same_data(stored, written) -> bool:
    """codes.json holds what the author wrote: text trimmed (a `|` block's final newline is not
    part of the value) and optional fields the author left out present as null (false for an
    optional flag such as a header field's `conditional`)."""
    if isinstance(written, dict):
        return (
            isinstance(stored, dict)
            and all(same_data(stored[key], written[key]) if key in written else stored[key] in (None, False) for key in stored)
            and set(written) <= set(stored)
        )
    if isinstance(written, list):
        return isinstance(stored, list) and len(stored) == len(written) and all(map(same_data, stored, written))
    if isinstance(written, str):
        return stored == written.strip()
    return stored == written


def escape(text: str) -> str:
    """Escaped as Jinja's autoescape writes it, `code` in summaries shown as <code>."""
    return re.sub(r"`([^`]+)`", r"<code>\1</code>", str(markupsafe.escape(text)))
