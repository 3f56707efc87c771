"""The dev server's in-memory site, driven through a series of saves: after each, every file it
serves must be, byte for byte, what a fresh full build of the same tree writes; a broken file
puts its problem on every page, and its repair clears it."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from conftest import BUILD
from statussite.dev_site import DevSite
from statussite.pipeline import Project, build, load_site
from statussite.problems import BuildError
from test_serve import free_port, served_unlike_built, wait_for

PROBLEM = "content/codes/404.md:3:1: &#x27;name&#x27; must be text"


def digest(files: dict[str, bytes]) -> dict[str, str]:
    return {path: hashlib.sha256(data).hexdigest() for path, data in sorted(files.items())}


def built(project: Path, out: Path) -> dict[str, str]:
    """Every file a fresh full build of `project` writes, with a hash of its bytes."""
    shutil.rmtree(out, ignore_errors=True)
    build(Project(project), out)
    return digest({path.relative_to(out).as_posix(): path.read_bytes() for path in out.rglob("*") if path.is_file()})


def replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def add_code_209(root: Path) -> None:
    """A new code file: 203's, renumbered (its examples still show 203, and say why)."""
    text = (root / "content/codes/203.md").read_text(encoding="utf-8").replace("code: 203", "code: 209", 1)
    end = text.index("\n---", 3)
    text = text[:end] + "\nexample_status:\n  code: 203\n  reason: a copy of the 203 page" + text[end:]
    (root / "content/codes/209.md").write_text(text, encoding="utf-8")


def delete_203(root: Path) -> None:
    """A deleted code file, with the snippets that belong to it (the checks ask for that)."""
    (root / "content/codes/203.md").unlink()
    for snippet in root.glob("content/snippets/*/203.*"):
        snippet.unlink()


EDITS = [
    ("content", lambda root: replace(root / "content/codes/404.md", "name: Not Found", "name: Not Here")),
    ("body", lambda root: replace(root / "content/codes/404.md", "## When to use it", "## When to send it")),
    ("template", lambda root: replace(root / "templates/base.html", "Skip to content", "Skip to the content")),
    ("CSS", lambda root: (root / "static/style.css").write_text((root / "static/style.css").read_text(encoding="utf-8") + "\n.edited { color: red; }\n")),
    ("new file", add_code_209),
    ("deleted file", delete_203),
]


def test_every_file_served_after_each_save_is_what_a_full_build_writes(project, tmp_path):
    dev = DevSite(Project(project))
    assert dev.refresh() is not None
    assert digest(dev.every_file()) == built(project, tmp_path / "fresh"), "before any edit"
    for label, edit in EDITS:
        edit(project)
        assert dev.refresh() is not None, dev.problems
        page = dev.file("404/index.html")  # the page being looked at, made first
        assert page is not None
        served = digest(dev.every_file())
        assert served == built(project, tmp_path / "fresh"), f"after the {label} edit"
    assert "209/index.html" in dev.every_file() and "203/index.html" not in dev.every_file()
    last_good = dev.every_file()
    replace(project / "content/codes/404.md", "name: Not Here", "name: no")  # a broken file: a full build writes nothing
    assert dev.refresh() is None
    files = dev.every_file()
    assert files.keys() == last_good.keys()
    for path, data in files.items():  # the last good site, every page with the problem on top
        assert (PROBLEM in data.decode("utf-8")) if path.endswith(".html") else data == last_good[path], path
    replace(project / "content/codes/404.md", "name: no", "name: Not Here Again")  # its repair
    assert dev.refresh() is not None
    assert digest(dev.every_file()) == built(project, tmp_path / "fresh"), "after the repair"


def test_a_broken_file_shows_on_every_page_and_its_repair_clears_it(project, tmp_path):
    dev = DevSite(Project(project))
    dev.refresh()
    replace(project / "content/codes/404.md", "name: Not Found", "name: no")
    assert dev.refresh() is None
    files = dev.every_file()
    pages = [path for path in files if path.endswith(".html")]
    assert len(pages) > 100
    for path in pages:
        assert PROBLEM in files[path].decode("utf-8"), path
    replace(project / "content/codes/404.md", "name: no", "name: Not Found Again")
    assert dev.refresh() is not None
    assert digest(dev.every_file()) == built(project, tmp_path / "fresh")


def test_a_broken_template_shows_on_every_page_as_in_a_full_build(project):
    dev = DevSite(Project(project))
    dev.refresh()
    replace(project / "templates/code.html", "{{ code.name }}", "{{ code.no_such_field }}")
    dev.refresh()
    page = dev.file("index.html")  # not a code page: the problem is found while the rest is made
    files = dev.every_file()
    assert page is not None and dev.problems and dev.problems[0].startswith("templates/code.html:")
    assert all("Build failed" in files[path].decode("utf-8") for path in files if path.endswith(".html"))
    replace(project / "templates/code.html", "{{ code.no_such_field }}", "{{ code.name }}")
    dev.refresh()
    assert not dev.problems and "Build failed" not in (dev.file("404/index.html") or b"").decode("utf-8")


def test_only_the_page_asked_for_is_made_before_answering(project):
    """After a save the server answers with the changed page without making the other 330 files."""
    dev = DevSite(Project(project))
    dev.refresh()
    dev.every_file()
    replace(project / "content/codes/404.md", "name: Not Found", "name: Not Here")
    dev.refresh()
    assert b"Not Here" in (dev.file("404/index.html") or b"")
    assert dev.current is not None
    pages = [path for path in dev.current.files if path.endswith(".html")]
    assert pages == ["404/index.html"]


@pytest.fixture
def server(project):
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, str(BUILD), "serve", "--port", str(port)], cwd=project, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    process.url = f"http://127.0.0.1:{port}/"
    try:
        wait_for(process.url + "404/", lambda text: "<h1>" in text, process)
        yield process
    finally:
        process.terminate()
        process.wait(timeout=10)


def status_and_text(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


@pytest.mark.parametrize("path", ["404/%00", "%00", "404/..%2f..%2fsite.toml", "..%2F..%2Fetc/passwd", "404/%2e%2e/%2e%2e/", "a%ffb", "404/index.html%00.css"])
def test_a_malformed_path_gets_a_clean_answer_not_a_server_error(server, path):
    status, text = status_and_text(server.url + path)
    assert status in (400, 404), (status, text[:200])
    assert "Traceback" not in text and "500" not in text.split("</title>")[0]
    assert server.poll() is None


def test_every_file_served_over_http_is_what_a_full_build_writes(server, project, tmp_path):
    fresh = tmp_path / "fresh"
    build(Project(project), fresh)
    assert served_unlike_built(server.url, fresh) == []


def fresh_problems(project: Path) -> list[str]:
    """What a fresh `build.py check` of the tree reports, one line each."""
    try:
        load_site(Project(project))
    except BuildError as error:
        return [str(problem) for problem in error.problems]
    return []


BREAKS = [
    ("a code file", "content/codes/404.md", "name: Not Found", "name: [no"),
    ("a field", "content/codes/410.md", "cacheable: ", "cacheable: maybe # "),
    ("a snippet", "content/snippets/flask/404.py", "# run: python 404.py", "# ran: python 404.py"),
    ("a link", "content/codes/403.md", "## When to use it", "## When to use it\n\nSee [gone](/no-such-page/)."),
]


def test_the_problems_after_each_save_are_those_a_fresh_check_reports(project):
    """The dev server checks again only what changed: it must still find exactly what a full check finds."""
    dev = DevSite(Project(project))
    dev.refresh()
    for label, file, old, new in BREAKS:
        replace(project / file, old, new)
        dev.refresh()
        assert dev.problems == fresh_problems(project) != [], f"after breaking {label}"
    for label, file, old, new in reversed(BREAKS):
        replace(project / file, new, old)
        dev.refresh()
        assert dev.problems == fresh_problems(project), f"after repairing {label}"
    assert not dev.problems
