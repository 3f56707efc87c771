"""The dev server: serves the site, rebuilds on save, shows errors and recovers, never dies."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from conftest import BUILD
from statussite.pipeline import Project, build

CODE_FILE = "content/codes/404.md"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, ConnectionError, TimeoutError) as error:
        return f"fetch failed: {error}"


def wait_for(url: str, condition, server, seconds: float = 20.0) -> str:
    """Poll `url` until `condition(text)` holds; the server must stay up all the while."""
    deadline = time.monotonic() + seconds
    text = ""
    while time.monotonic() < deadline:
        assert server.poll() is None, "the dev server exited"
        text = fetch(url)
        if condition(text):
            return text
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting on {url}; last response began: {text[:300]}")


@pytest.fixture
def server(project):
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, str(BUILD), "serve", "--port", str(port)],
        cwd=project,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    process.url = f"http://127.0.0.1:{port}/"
    process.project = project
    try:
        wait_for(process.url + "404/", lambda text: "<h1>" in text, process)
        yield process
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


def rewrite(path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    time.sleep(0.05)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_serves_the_site_on_loopback(server):
    home = fetch(server.url)
    assert "<title>" in home and 'href="404/"' in home
    assert "livereload" in fetch(server.url + "404/")


def test_an_edited_content_file_shows_on_the_next_request(server):
    rewrite(server.project / CODE_FILE, "name: Not Found", "name: Not Found Anywhere")
    page = wait_for(server.url + "404/", lambda text: "Not Found Anywhere" in text, server)
    assert "<h1>" in page


def test_a_broken_file_is_reported_then_recovers(server):
    path = server.project / CODE_FILE
    rewrite(path, "name: Not Found", "name: no")
    page = wait_for(server.url + "404/", lambda text: "Build failed" in text, server)
    assert "content/codes/404.md:3:1: &#x27;name&#x27; must be text" in page
    other = fetch(server.url + "200/")
    assert "Build failed" in other, "every page shows the problem"
    rewrite(path, "name: no", "name: Not Found Again")
    page = wait_for(server.url + "404/", lambda text: "Not Found Again" in text, server)
    assert "Build failed" not in page
    assert "Build failed" not in fetch(server.url + "200/")
    server.terminate()
    output = server.communicate(timeout=10)[0]
    assert "content/codes/404.md:3:1: 'name' must be text" in output
    assert "Traceback" not in output


def served_unlike_built(url: str, fresh: Path) -> list[str]:
    """Every file of the full build in `fresh` that the server at `url` serves with other bytes
    (the server adds livereload's script to every page; that is taken out first)."""
    unlike = []
    for file in sorted(fresh.rglob("*")):
        if file.is_file():
            with urllib.request.urlopen(url + file.relative_to(fresh).as_posix(), timeout=10) as response:
                data = response.read()
            if file.suffix == ".html":
                data = data.replace(
                    data[data.find(b'<script type="text/javascript">(function(){') : data.find(b"</script>", data.find(b"(function(){")) + 9], b"", 1
                )
            if data != file.read_bytes():
                unlike.append(file.relative_to(fresh).as_posix())
    return unlike


def test_a_template_change_rebuilds_too(server, tmp_path):
    """base.html is on every page: the page open, every other page and nothing else change, as a full build of the edited tree has it."""
    rewrite(server.project / "templates" / "base.html", "Skip to content", "Skip to the content")
    wait_for(server.url + "404/", lambda text: "Skip to the content" in text, server)
    for path in ("", "200/", "4xx/", "guide/", "compare/401-vs-403/", "api/", "clients/", "servers/"):
        page = fetch(server.url + path)
        assert "Skip to the content" in page and "Skip to content" not in page, path
    fresh = tmp_path / "fresh"
    build(Project(server.project), fresh)
    pages = [page.read_text(encoding="utf-8") for page in fresh.rglob("*.html")]
    assert len(pages) > 100 and all("Skip to the content" in page for page in pages), "the edit is not on every page of a full build"
    assert served_unlike_built(server.url, fresh) == []
    assert server.poll() is None


def test_every_save_reloads_the_open_page_even_in_quick_succession(server, browser):
    """livereload alone ignored a save within 3 s of the last reload, leaving the page stale."""
    page = browser.new_page()
    page.add_init_script("document.addEventListener('LiveReloadConnect', () => { window.liveReloadConnected = true; })")
    page.goto(server.url + "404/")
    name = "Not Found"
    for number in (1, 2, 3):
        page.wait_for_function("window.liveReloadConnected === true")
        rewrite(server.project / CODE_FILE, f"name: {name}", f"name: Not Found {number}")
        name = f"Not Found {number}"
        page.wait_for_function("name => document.querySelector('h1').textContent.endsWith(name)", arg=name, timeout=10_000)
    page.close()


def test_an_unknown_path_gets_the_sites_not_found_page_with_status_404(server, site):
    """As on the hosted site (netlify.toml's last rule), not the server's bare "404: Not Found"."""
    for path in ("no-such-page/", "600/", "static/missing.css"):
        with pytest.raises(urllib.error.HTTPError) as answer:
            urllib.request.urlopen(server.url + path, timeout=10)
        assert answer.value.code == 404
        page = answer.value.read().decode("utf-8")
        built = (site / "not-found.html").read_text(encoding="utf-8")
        assert "<title>" in page and page.split("<title>")[1].split("</title>")[0] == built.split("<title>")[1].split("</title>")[0]
        assert 'href="/404/"' in page or 'href="/"' in page, "its links work from any depth"
