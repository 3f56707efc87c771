"""The Dash/Zeal docset: the archive as a viewer unpacks it, its plist and SQLite index, its pages."""

from __future__ import annotations

import json
import os
import plistlib
import re
import shutil
import sqlite3
import struct
import tarfile
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote

import pytest

from checks.links import check_links
from conftest import ROOT, console_errors, copy_project, run, tree_digest
from statussite.pipeline import Project, load_site

BUNDLE = "HTTP_Status_Codes.docset"
DOCUMENTS = f"{BUNDLE}/Contents/Resources/Documents"
# Dash's entry types (kapeli.com/docsets, "Supported Entry Types"): a row of another type gets no icon.
DASH_TYPES = set(
    "Annotation Attribute Binding Builtin Callback Category Class Command Component Constant Constructor Define Delegate Diagram Directive "
    "Element Entry Enum Environment Error Event Exception Extension Field File Filter Framework Function Global Guide Hook Instance "
    "Instruction Interface Keyword Library Literal Macro Method Mixin Modifier Module Namespace Notation Object Operator Option Package "
    "Parameter Plugin Procedure Property Protocol Provider Provisioner Query Record Resource Sample Section Service Setting Shortcut "
    "Statement Struct Style Subroutine Tag Test Trait Type Union Value Variable Word".split()
)


class Targets(HTMLParser):
    """What an index path's #fragment can name in a page: ids, and <a name> (Dash's anchors)."""

    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()
        self.loads: list[str] = []  # what the page loads by itself (not links to follow)
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        self.names.update(value for key, value in values.items() if key == "id" or (key == "name" and tag == "a"))
        if tag in ("script", "img") and values.get("src"):
            self.loads.append(values["src"])
        if tag == "link" and values.get("href") and values.get("rel") != "canonical":
            self.loads.append(values["href"])
        if tag == "a" and values.get("href"):
            self.links.append(values["href"])


def targets(page: Path) -> Targets:
    parser = Targets()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser


@pytest.fixture(scope="module")
def unpacked(docset_out, tmp_path_factory) -> Path:
    """The archive unpacked as Dash and Zeal do: the folder holding the .docset."""
    folder = tmp_path_factory.mktemp("unpacked")
    with tarfile.open(docset_out / "HTTP_Status_Codes.tgz") as archive:
        archive.extractall(folder, filter="data")
    return folder


@pytest.fixture(scope="module")
def rows(unpacked) -> list[tuple[str, str, str]]:
    connection = sqlite3.connect(f"file:{unpacked / BUNDLE / 'Contents/Resources/docSet.dsidx'}?mode=ro", uri=True)
    try:
        return connection.execute("SELECT name, type, path FROM searchIndex ORDER BY id").fetchall()
    finally:
        connection.close()


@pytest.fixture(scope="module")
def site():
    return load_site(Project(ROOT))


def test_the_archive_is_one_docset_folder_with_fixed_dates_and_owners(docset_out):
    with tarfile.open(docset_out / "HTTP_Status_Codes.tgz") as archive:
        members = archive.getmembers()
    names = [member.name for member in members]
    assert names == sorted(names)
    assert all(name == BUNDLE or name.startswith(BUNDLE + "/") for name in names)
    assert {(member.mtime, member.uid, member.gid, member.uname, member.gname) for member in members} == {(0, 0, 0, "", "")}
    assert {f"{BUNDLE}/Contents/Info.plist", f"{BUNDLE}/Contents/Resources/docSet.dsidx", f"{DOCUMENTS}/index.html", f"{BUNDLE}/icon.png"} <= set(names)
    # gzip header: no file name, modification time 0.
    header = (docset_out / "HTTP_Status_Codes.tgz").read_bytes()[:10]
    assert header[:3] == b"\x1f\x8b\x08" and header[3] == 0 and struct.unpack("<I", header[4:8])[0] == 0


def test_the_plist_says_what_dash_and_zeal_read(docset_out, unpacked):
    with tarfile.open(docset_out / "HTTP_Status_Codes.tgz") as archive:
        member = archive.extractfile(f"{BUNDLE}/Contents/Info.plist")
        assert member is not None
        plist = plistlib.loads(member.read())
    assert plist["CFBundleIdentifier"] == "http-status-codes"
    assert plist["CFBundleName"] == "HTTP Status Codes"
    assert plist["DocSetPlatformFamily"] == "http"
    assert plist["isDashDocset"] is True
    assert plist["DashDocSetFamily"] == "dashtoc"
    assert plist["DashDocSetFallbackURL"] == "https://http-status-codes.netlify.app/"
    assert (unpacked / DOCUMENTS / plist["dashIndexFilePath"]).is_file()
    scripts = any("<script" in page.read_text(encoding="utf-8") for page in (unpacked / DOCUMENTS).rglob("*.html"))
    assert plist["isJavaScriptEnabled"] is scripts


def test_the_index_is_dash_s_table_with_its_unique_index(unpacked):
    connection = sqlite3.connect(unpacked / BUNDLE / "Contents/Resources/docSet.dsidx")
    try:
        columns = [(row[1], row[2], row[5]) for row in connection.execute("PRAGMA table_info(searchIndex)")]
        assert columns == [("id", "INTEGER", 1), ("name", "TEXT", 0), ("type", "TEXT", 0), ("path", "TEXT", 0)]
        unique = [row for row in connection.execute("PRAGMA index_list(searchIndex)") if row[2]]
        assert len(unique) == 1
        assert [row[2] for row in connection.execute(f"PRAGMA index_info({unique[0][1]})")] == ["name", "type", "path"]
        name, kind, path = connection.execute("SELECT name, type, path FROM searchIndex LIMIT 1").fetchone()
        with pytest.raises(sqlite3.IntegrityError):
            connection.execute("INSERT INTO searchIndex(name, type, path) VALUES (?, ?, ?)", (name, kind, path))
        connection.rollback()
    finally:
        connection.close()


def test_no_two_rows_alike_and_every_type_is_dash_s(rows):
    assert len(rows) > 1500
    assert len(set(rows)) == len(rows)
    assert {kind for _, kind, _ in rows} <= DASH_TYPES


def test_every_code_page_and_every_constant_is_in_the_index(rows, site, unpacked):
    found = set(rows)
    pages = sorted(path.parent.name for path in (unpacked / DOCUMENTS).glob("[1-5][0-9][0-9]/index.html"))
    assert pages == [str(code.code) for code in site.codes]
    for code in site.codes:
        assert (code.title, "Entry", f"{code.code}/index.html") in found
        assert (str(code.code), "Entry", f"{code.code}/index.html") in found
        for former in code.former_names:
            assert (f"{code.code} {former.name}", "Word", f"{code.code}/index.html#former-names") in found
        if code.vendor:
            assert (f"{code.vendor.name}: {code.title}", "Extension", f"{code.code}/index.html") in found
        for sub in code.substatus:
            assert (f"{sub.code} {sub.name}", "Value", f"{code.code}/index.html#{sub.anchor}") in found
    constants = 0
    for library in site.libraries:
        for number, names in library.codes:
            for constant in names:
                assert (library.shown(constant.name), "Constant", f"{number}/index.html#constants") in found
                constants += 1
    assert constants > 500
    for item in site.classes:
        assert (item.title, "Category", item.url + "index.html") in found
    for item in site.comparisons:
        assert (item.title, "Guide", item.url + "index.html") in found
    assert site.guide is not None
    assert (site.guide.title, "Guide", "guide/index.html") in found
    for question in site.guide.questions:
        assert (question.question, "Section", f"guide/index.html#{question.key}") in found


@pytest.mark.parametrize(
    ("name", "kind", "path"),
    [
        ("HTTPStatus.NOT_FOUND", "Constant", "404/index.html#constants"),
        ("http.StatusNotFound", "Constant", "404/index.html#constants"),
        ("StatusCodes.NOT_FOUND", "Constant", "404/index.html#constants"),
        ("http.StatusTooManyRequests", "Constant", "429/index.html#constants"),
        ("404.13 Content length too large", "Value", "404/index.html#iis-404-13"),
        ("413 Request Entity Too Large", "Word", "413/index.html#former-names"),
        ("nginx: 499 Client Closed Request", "Extension", "499/index.html"),
        ("4xx Client Error", "Category", "4xx/index.html"),
        ("401 Unauthorized vs 403 Forbidden", "Guide", "compare/401-vs-403/index.html"),
        ("404 Not Found: When to use it", "Section", "404/index.html#when-to-use-it"),
    ],
)
def test_names_a_reader_types(rows, name, kind, path):
    assert (name, kind, path) in rows


def test_every_index_path_opens_a_file_and_an_element_in_it(rows, unpacked):
    documents = unpacked / DOCUMENTS
    names: dict[Path, set[str]] = {}
    missing = []
    for name, _, path in rows:
        file, _, fragment = path.partition("#")
        target = documents / unquote(file)
        if not target.is_file():
            missing.append(f"{name}: {path} (no file)")
            continue
        if fragment:
            if target not in names:
                names[target] = targets(target).names
            if unquote(fragment) not in names[target]:
                missing.append(f"{name}: {path} (no element)")
    assert missing == []


def test_every_section_has_a_dash_anchor_and_a_row_for_zeal_s_sidebar(rows, unpacked):
    documents = unpacked / DOCUMENTS
    paths = {path for _, _, path in rows}
    pages = sorted(documents.rglob("*.html"))
    assert len(pages) > 100
    sections = 0
    for page in pages:
        text = page.read_text(encoding="utf-8")
        for match in re.finditer(r'(<a name="([^"]+)" class="dashAnchor"></a>)?<h([2-6])[^>]*\bid="([^"]+)"', text):
            assert match.group(1), f"{page.relative_to(documents)}: #{match.group(4)} has no dashAnchor"
            assert match.group(2).startswith("//apple_ref/cpp/Section/")
            assert f"{page.relative_to(documents).as_posix()}#{match.group(4)}" in paths
            sections += 1
    assert sections > 800


def test_the_pages_load_nothing_from_outside_link_each_other_relatively_and_have_no_site_search(unpacked):
    documents = unpacked / DOCUMENTS
    for page in documents.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert 'id="search"' not in text and "search-index" not in text and "opensearch" not in text, page
        found = targets(page)
        for url in found.loads:
            assert not re.match(r"^([a-z]+:)?//", url), f"{page}: loads {url}"
            assert (page.parent / url.split("#")[0]).resolve().is_file(), f"{page}: {url}"
        for url in found.links:
            if not re.match(r"^(https?|mailto):", url):
                assert not url.startswith("/"), f"{page}: {url} starts at a server's root"
                path = url.split("#")[0]
                assert not path or (page.parent / unquote(path)).is_file(), f"{page}: {url} names no file (a folder does not open from disk)"
    assert not list(documents.glob("static/search*"))


def test_the_pages_read_at_a_narrow_width_light_and_dark_with_no_request_leaving_the_docset(browser, unpacked):
    documents = (unpacked / DOCUMENTS).resolve()
    pages = sorted(documents.rglob("*.html"))
    outside: list[str] = []
    for scheme in ("light", "dark"):
        context = browser.new_context(viewport={"width": 360, "height": 640}, color_scheme=scheme)
        context.on("request", lambda request: None if request.url.startswith(documents.as_uri() + "/") else outside.append(request.url))
        page = context.new_page()
        errors = console_errors(page)
        for path in pages if scheme == "light" else [documents / "404/index.html", documents / "guide/index.html", documents / "api/index.html"]:
            page.goto(path.as_uri())
            width = page.evaluate("() => document.documentElement.scrollWidth")
            assert width <= 360, f"{path.relative_to(documents)} is {width} px wide in {scheme}"
            background = page.evaluate("() => getComputedStyle(document.body).backgroundColor")
            channels = [int(value) for value in re.findall(r"\d+", background)[:3]]
            assert (sum(channels) < 200) == (scheme == "dark"), f"{path.relative_to(documents)}: {background} in {scheme}"
        assert errors == []
        context.close()
    assert outside == []


def test_contribution_files_follow_dash_user_contributions(docset_out):
    record = json.loads((docset_out / "docset.json").read_text(encoding="utf-8"))
    assert record["name"] == "HTTP Status Codes"
    assert record["archive"] == "HTTP_Status_Codes.tgz" and (docset_out / record["archive"]).is_file()
    assert re.fullmatch(r"[0-9a-f]{12}", record["version"])
    assert record["author"]["link"].startswith("https://")
    assert "http" in record["aliases"] and record["specific_versions"] == []
    readme = (docset_out / "README.md").read_text(encoding="utf-8")
    assert "make docset" in readme and "## Who" in readme and "## Known bugs" in readme
    for name, size in (("icon.png", 16), ("icon@2x.png", 32)):
        data = (docset_out / name).read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", data[16:24]) == (size, size)
        assert (docset_out / BUNDLE / name).read_bytes() == data


def test_two_docsets_of_the_same_content_are_identical_and_new_content_is_a_new_version(docset_out, tmp_path):
    other = copy_project(tmp_path / "other")
    for path in other.rglob("*"):
        os.utime(path, (1_000_000_000, 1_000_000_000))
    result = run(other, "docset", "--out", str(tmp_path / "elsewhere" / "docset"))
    assert result.returncode == 0, result.stderr
    assert tree_digest(tmp_path / "elsewhere" / "docset") == tree_digest(docset_out)
    first = json.loads((docset_out / "docset.json").read_text(encoding="utf-8"))["version"]
    page = other / "content/codes/404.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nOne more sentence at the end.\n", encoding="utf-8")
    assert run(other, "docset", "--out", str(tmp_path / "changed")).returncode == 0
    assert json.loads((tmp_path / "changed/docset.json").read_text(encoding="utf-8"))["version"] != first


def test_broken_content_is_reported_and_the_docset_left_alone(project, tmp_path):
    out = tmp_path / "docset"
    assert run(project, "docset", "--out", str(out)).returncode == 0
    before = tree_digest(out)
    (project / "content/codes/404.md").write_text("---\ncode: nope\n---\n", encoding="utf-8")
    (project / "content/codes/410.md").write_text("---\ncode: 410\n", encoding="utf-8")
    result = run(project, "docset", "--out", str(out))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert any(re.match(r"content/codes/404\.md:\d+:\d+: ", line) for line in lines)
    assert any(re.match(r"content/codes/410\.md:\d+:\d+: ", line) for line in lines)
    assert tree_digest(out) == before
    assert sorted(path.name for path in tmp_path.iterdir()) == ["docset", "project"]


def test_make_check_s_link_gate_over_the_docset_finds_a_planted_broken_link(unpacked, tmp_path):
    """make check runs the links gate over the docset's pages: clean as built, a planted defect named at its page."""
    clean = check_links(unpacked / DOCUMENTS)
    assert clean.passed, clean.findings
    copy = tmp_path / "Documents"
    shutil.copytree(unpacked / DOCUMENTS, copy)
    page = copy / "410/index.html"
    page.write_text(page.read_text(encoding="utf-8").replace("</main>", '<a href="../404/index.html#no-such-section">x</a></main>', 1), encoding="utf-8")
    report = check_links(copy)
    assert not report.passed
    assert [finding for finding in report.findings if "no-such-section" in finding] == [
        "410/index.html: <a> ../404/index.html#no-such-section -> no id 'no-such-section'"
    ]
