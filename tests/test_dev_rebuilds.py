"""The dev server keeps rendered bodies and compiled templates between builds; a rebuild must
never show a stale page.

Each test builds a copy of the project, edits it, builds again with what the first build kept
(as the dev server does), and compares that output byte for byte with a fresh build of the
edited project.
"""

from __future__ import annotations

from pathlib import Path

from conftest import tree_digest
from statussite import parallel
from statussite.pipeline import Project, build
from statussite.render import Kept


def rebuild_after(project: Path, tmp_path: Path, edit) -> Path:
    """Build, apply `edit`, rebuild with what was kept; return the rebuilt site, checked against a fresh build."""
    kept = Kept()
    served = tmp_path / "served"
    build(Project(project), served, kept=kept)
    bodies = [*project.glob("content/*/*.md"), *project.glob("content/*.md")]
    assert len(kept.bodies) == len(bodies), "every body (codes, classes, comparisons, guide) is kept"
    assert len(kept.templates.compiled) == len(list(project.glob("templates/*.html"))), "every template is kept compiled"
    edit(project)
    build(Project(project), served, kept=kept)
    fresh = tmp_path / "fresh"
    build(Project(project), fresh)
    assert tree_digest(served) == tree_digest(fresh)
    return served


def replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_changed_template_changes_every_page(project, tmp_path):
    site = rebuild_after(project, tmp_path, lambda root: replace(root / "templates/base.html", "All codes as JSON", "Every code as JSON"))
    for page in ("index.html", "404/index.html", "4xx/index.html", "not-found.html"):
        assert "Every code as JSON" in (site / page).read_text(encoding="utf-8")


def test_a_changed_name_shows_on_every_page_that_names_the_code(project, tmp_path):
    site = rebuild_after(project, tmp_path, lambda root: replace(root / "content/codes/404.md", "name: Not Found", "name: Not Here"))
    for page in ("index.html", "4xx/index.html"):  # the lists of codes
        assert '<span class="num">404</span> Not Here</a>' in (site / page).read_text(encoding="utf-8"), page
    for page in ("410/index.html", "403/index.html", "405/index.html"):  # related codes, previous and next
        assert "404 Not Here</a>" in (site / page).read_text(encoding="utf-8"), page


def test_a_changed_body_is_rendered_again(project, tmp_path):
    site = rebuild_after(project, tmp_path, lambda root: replace(root / "content/codes/404.md", "## When to use it", "## When to send it"))
    text = (site / "404/index.html").read_text(encoding="utf-8")
    assert 'id="when-to-send-it"' in text and "when-to-use-it" not in text


def test_a_deleted_file_leaves_no_page_and_no_link(project, tmp_path):
    def delete_203(root: Path) -> None:  # its page and, as the checker asks, its snippets
        (root / "content/codes/203.md").unlink()
        for snippet in root.glob("content/snippets/*/203.*"):
            snippet.unlink()

    site = rebuild_after(project, tmp_path, delete_203)
    assert not (site / "203").exists()
    for page in ("index.html", "2xx/index.html", "202/index.html", "204/index.html"):
        assert "203/" not in (site / page).read_text(encoding="utf-8"), page


def test_pages_rendered_by_several_processes_are_the_same_bytes_as_by_one(project, tmp_path, monkeypatch):
    build(Project(project), tmp_path / "shared")
    monkeypatch.setattr(parallel, "MIN_SHARE", 10_000)  # too few pages to share: one process
    build(Project(project), tmp_path / "alone")
    assert tree_digest(tmp_path / "shared") == tree_digest(tmp_path / "alone")
