"""The one page registry (statussite/pages.py) and the kinds declared once (statussite/kinds.py).

Link validation runs before a Site exists, on the paths the loaded files declare; the pages and
data files come from the Site. Both read the same declarations, and these tests hold them to
each other, follow docs/architecture.md's recipe on a throwaway kind, and build sites without
measured results.
"""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import pytest

from conftest import ROOT, run
from statussite import field_docs
from statussite.config import load_config
from statussite.dev_site import DevSite
from statussite.kinds import KINDS, Checking, Kind
from statussite.load import Document, Loaded, Source, load_content
from statussite.model import Site
from statussite.pages import content_sources, declared_paths, site_files, site_pages
from statussite.pipeline import Project, build
from statussite.problems import BuildError, Problem
from statussite.render import Page
from statussite.validate.site import validate

BASE_URL = "https://example.org/"


def test_every_kind_declares_exactly_the_paths_it_writes() -> None:
    """Before any check, a kind's `paths` name every page and data file it makes from the Site."""
    content, problems = load_content(ROOT, content_sources())
    site, invalid = validate(content, load_config(ROOT))
    assert not problems and not invalid and site is not None
    for kind in KINDS:
        made = {page.path for page in kind.pages(site)} | set(kind.data(site))
        assert set(kind.paths(content.files.get(kind.key, ()))) == made, kind.key
    pages = site_pages(site)
    written = {page.path for page in pages} | set(site_files(site, pages, "static/favicon.svg"))
    assert declared_paths(content) == written
    assert {"", "api/", "clients/", "servers/", "guide/", "404/", "404.json", "4xx/", "compare/401-vs-403/", "sitemap.xml", "not-found.html"} <= written


def test_the_sitemap_is_the_listed_pages_of_the_page_list(site: Path) -> None:
    """Every page but the not-found page, in the page list's order, and nothing else."""
    config = load_config(ROOT)
    content, _ = load_content(ROOT, content_sources())
    model, _ = validate(content, config)
    assert model is not None
    listed = [config.base_url + page.path for page in site_pages(model) if page.path != "not-found.html"]
    assert re.findall(r"<loc>(.*?)</loc>", (site / "sitemap.xml").read_text(encoding="utf-8")) == listed


# A throwaway kind, declared as docs/architecture.md's recipe says: one declaration, one
# template, one content file. Nothing in statussite/ is edited for it.


@dataclass(frozen=True)
class Note:
    slug: str
    title: str
    body: str

    @property
    def url(self) -> str:
        return f"notes/{self.slug}/"


def note(doc: Document, checking: Checking, problems: list[Problem]) -> Note | None:
    title = doc.front.data.get("title")
    if not isinstance(title, str):
        problems.append(Problem(doc.path, 1, 1, "a note needs a title"))
        return None
    return Note(PurePosixPath(doc.path).stem, title, doc.body)


def notes(site: Site) -> list[Note]:
    return [item for item in site.more.get("note", ()) if isinstance(item, Note)]


def note_paths(files: list[Loaded]) -> list[str]:
    return ["notes.json", *(f"notes/{PurePosixPath(item.path).stem}/" for item in files)]


NOTES = Kind(
    "note",
    (Source("content/notes", "*.md", "markdown"),),
    check=note,
    depends=lambda doc, checking: doc.text,
    paths=note_paths,
    pages=lambda site: [Page(item.url, "note.html", {"note": item}, item.body) for item in notes(site)],
    data=lambda site: {"notes.json": json.dumps([{"title": item.title, "url": item.url} for item in notes(site)]) + "\n"},
    entries=lambda site: {item.url.rstrip("/"): [item.url.rstrip("/"), item.title, "", "note", "", "", ""] for item in notes(site)},
)
NOTE_TEMPLATE = "<!doctype html>\n<title>{{ note.title }}</title>\n<h1>{{ note.title }}</h1>\n{{ body }}\n"
NOTE_FILE = "---\ntitle: Teapots in practice\n---\nA note about [418](/418/) and nothing else.\n"


@pytest.fixture
def with_notes(project: Path) -> Path:
    (project / "templates" / "note.html").write_text(NOTE_TEMPLATE, encoding="utf-8")
    (project / "content" / "notes").mkdir()
    (project / "content" / "notes" / "teapots.md").write_text(NOTE_FILE, encoding="utf-8")
    return project


def add_link(project: Path, target: str, code: int = 404) -> tuple[str, int, int]:
    """A paragraph linking to `target` at the end of a code's body; its path, line and column."""
    path = project / "content" / "codes" / f"{code}.md"
    text = path.read_text(encoding="utf-8").rstrip("\n") + "\n"
    path.write_text(text + f"\nSee [the other page]({target}).\n", encoding="utf-8")
    return f"content/codes/{code}.md", text.count("\n") + 2, len("See [the other page](") + 1


def test_a_kind_added_by_its_declaration_is_built_listed_searched_and_linked(with_notes: Path, tmp_path: Path) -> None:
    add_link(with_notes, "/notes/teapots/")
    out = tmp_path / "out"
    site = build(Project(with_notes), out, BASE_URL, kinds=(*KINDS, NOTES))
    assert [item.title for item in notes(site)] == ["Teapots in practice"]
    page = (out / "notes" / "teapots" / "index.html").read_text(encoding="utf-8")
    assert "<h1>Teapots in practice</h1>" in page and '<a href="../../418/">418</a>' in page  # its body, linked from its path
    assert f"<loc>{BASE_URL}notes/teapots/</loc>" in (out / "sitemap.xml").read_text(encoding="utf-8")
    assert json.loads((out / "notes.json").read_text(encoding="utf-8")) == [{"title": "Teapots in practice", "url": "notes/teapots/"}]
    index = next((out / "static").glob("search-index.*.js")).read_text(encoding="utf-8")
    entries = json.loads(index.split("=", 1)[1].split(";\n", 1)[0])["entries"]
    assert entries[-1][:7] == ["notes/teapots", "Teapots in practice", "", "note", "", "", ""]
    assert 'href="../notes/teapots/"' in (out / "404" / "index.html").read_text(encoding="utf-8")


def test_a_link_to_a_note_that_is_not_there_is_a_problem_at_its_spot(with_notes: Path, tmp_path: Path) -> None:
    path, line, col = add_link(with_notes, "/notes/coffee/")
    with pytest.raises(BuildError) as error:
        build(Project(with_notes), tmp_path / "out", BASE_URL, kinds=(*KINDS, NOTES))
    assert [str(problem) for problem in error.value.problems] == [f"{path}:{line}:{col}: link to /notes/coffee/: no such page on this site"]
    assert not (tmp_path / "out").exists()


def test_without_the_kind_its_pages_are_not_there_to_link_to(with_notes: Path, tmp_path: Path) -> None:
    """The same project built with the package's kinds alone: the note is no page of the site."""
    path, line, col = add_link(with_notes, "/notes/teapots/")
    result = run(with_notes, "build", "--out", str(tmp_path / "out"))
    assert result.returncode == 1
    assert result.stderr.splitlines()[0] == f"{path}:{line}:{col}: link to /notes/teapots/: no such page on this site"


def without_results(project: Path, out: Path, measured: str) -> Path:
    """`project` built without content/MEASURED/, its bodies' links to the matrix removed as an author would."""
    shutil.rmtree(project / "content" / measured)
    for file in (project / "content").rglob("*.md"):
        text = file.read_text(encoding="utf-8")
        file.write_text(text.replace(f"](/{measured}/)", "](/api/)"), encoding="utf-8")
    result = run(project, "build", "--out", str(out), "--base-url", BASE_URL)
    assert result.returncode == 0, result.stderr
    return out


@pytest.mark.parametrize("measured", ["clients", "servers"])
def test_a_site_without_measured_results_has_no_matrix_and_no_link_to_it(project: Path, tmp_path: Path, measured: str) -> None:
    """Without content/clients/ (or servers/) the matrix page is not built, not in the sitemap,
    and a body link to it is a problem at its line and column, like a link to any missing page."""
    out = without_results(project, tmp_path / "out", measured)
    assert not (out / measured).exists() and (out / f"{measured}.json").exists()
    locations = re.findall(r"<loc>(.*?)</loc>", (out / "sitemap.xml").read_text(encoding="utf-8"))
    assert f"{BASE_URL}{measured}/" not in locations and f"{BASE_URL}api/" in locations

    path, line, col = add_link(project, f"/{measured}/#t-caching", code=410)
    result = run(project, "build", "--out", str(out))
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"{path}:{line}:{col}: link to /{measured}/#t-caching: no such page on this site",
        "1 problem found; nothing was written",
    ]


@pytest.mark.parametrize(
    "measured",
    [
        "clients",
        "servers",
    ],
)
def test_no_page_links_to_a_matrix_that_is_not_built(project: Path, tmp_path: Path, measured: str) -> None:
    """Templates link to the matrices only when they are built (the API page did not check)."""
    out = without_results(project, tmp_path / "out", measured)
    linking = [
        page.relative_to(out).as_posix() for page in out.rglob("*.html") if re.search(rf'href="(\.\./)*{measured}/[#"]', page.read_text(encoding="utf-8"))
    ]
    assert linking == []


def test_the_docs_page_table_is_checked_against_the_kinds() -> None:
    """docs/architecture.md's page table is made from the kinds: a row gone stale is reported."""
    doc = "docs/architecture.md"
    text = (ROOT / doc).read_text(encoding="utf-8")
    assert "| `<code>/` | `templates/code.html` | `code` | `content/codes/*.md` |" in text
    assert not field_docs.check_generated(text, doc)
    stale = text.replace("`templates/code.html`", "`templates/status.html`")
    line = text[: text.index("<!-- generated: pages -->")].count("\n") + 1
    assert [str(problem) for problem in field_docs.check_generated(stale, doc)] == [
        f"{doc}:{line}:1: the block 'pages' differs from the code it is made from: run `python -m statussite.field_docs`"
    ]


def test_the_dev_server_serves_a_declared_kind_as_a_full_build_writes_it(with_notes: Path, tmp_path: Path) -> None:
    """DevSite(kinds=...) reads, checks and serves the notes, and an edited note is served anew."""
    dev = DevSite(Project(with_notes), kinds=(*KINDS, NOTES))
    assert dev.refresh() is not None
    note_file = with_notes / "content" / "notes" / "teapots.md"
    note_file.write_text(NOTE_FILE.replace("Teapots in practice", "Teapots, measured"), encoding="utf-8")
    assert dev.refresh() is not None and not dev.problems
    out = tmp_path / "out"
    build(Project(with_notes), out, kinds=(*KINDS, NOTES))
    files = dev.every_file()
    assert b"<h1>Teapots, measured</h1>" in files["notes/teapots/index.html"]
    assert {path: files[path] for path in ("notes/teapots/index.html", "notes.json", "sitemap.xml")} == {
        path: (out / path).read_bytes() for path in ("notes/teapots/index.html", "notes.json", "sitemap.xml")
    }
