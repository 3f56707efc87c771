"""netlify.toml and the generated _redirects, checked against a fresh build (Netlify's own
dev server is a 420 MB install that wants a network, so the rules are read here instead)."""

from __future__ import annotations

import fnmatch
import hashlib
import json
import re
import shlex
import subprocess
import sys
import tomllib
from html.parser import HTMLParser
from pathlib import Path

import pytest

from checks.server import QuietHandler
from conftest import BUILD, ROOT, console_errors, http_server, run

CONFIG = tomllib.loads((ROOT / "netlify.toml").read_text(encoding="utf-8"))
FINGERPRINTED = re.compile(r"^static/[\w./-]+\.([0-9a-f]{8})\.\w+$")


def redirect_rules(site: Path) -> list[dict]:
    """Every redirect rule in the order Netlify applies them: _redirects first, then netlify.toml."""
    rules = []
    for line in (site / "_redirects").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            source, target, status = line.split()
            rules.append({"from": source, "to": target, "status": int(status), "force": status.endswith("!")})
    return rules + [{"force": False, **rule} for rule in CONFIG["redirects"]]


def served_file(site: Path, path: str) -> Path | None:
    """The file a static host serves for a URL path, or None."""
    candidate = site / path.lstrip("/")
    if path.endswith("/") or candidate.is_dir():
        candidate = candidate / "index.html"
    return candidate if candidate.is_file() else None


def header_rules(path: str) -> dict[str, str]:
    """The headers Netlify sends for `path`: every matching rule, later ones adding to earlier."""
    headers: dict[str, str] = {}
    for rule in CONFIG["headers"]:
        if fnmatch.fnmatchcase(path, rule["for"]):
            headers.update(rule["values"])
    return headers


def build_steps() -> list[list[str]]:
    """The commands of netlify.toml's build command, in order (after `pip install .`)."""
    return [shlex.split(step) for step in CONFIG["build"]["command"].split("&&")[1:]]


def test_publish_folder_is_what_the_build_command_writes(site):
    command = next(step for step in build_steps() if step[:2] == ["python", "build.py"] and step[2] == "build")
    out = command[command.index("--out") + 1] if "--out" in command else "_site"
    assert CONFIG["build"]["publish"] == out == "_site"
    assert CONFIG["build"]["environment"]["PYTHON_VERSION"] == "3.11"
    assert CONFIG["build"]["command"].startswith("pip install . &&")


def test_the_build_command_publishes_the_docset_the_api_page_links_to(project, tmp_path):
    """Netlify's build command, run step by step as written (build.py being this project's), serves the
    docset archive at the address the API page gives, as a download that is revalidated."""
    url = "https://docs.example.test"
    for step in build_steps():
        command = [sys.executable, str(BUILD), *step[2:]] if step[:2] == ["python", "build.py"] else step
        command = [part.replace("${URL:-https://http-status-codes.netlify.app}", url) for part in command]
        result = subprocess.run(command, cwd=project, capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, (step, result.stderr)
    archive = project / "_site/HTTP_Status_Codes.tgz"
    assert archive.read_bytes() == (project / "dist/docset/HTTP_Status_Codes.tgz").read_bytes()
    assert f'href="{url}/HTTP_Status_Codes.tgz"' in (project / "_site/api/index.html").read_text(encoding="utf-8")
    headers = header_rules("/HTTP_Status_Codes.tgz")
    assert headers["Content-Type"] == "application/gzip"
    assert headers["Content-Disposition"].startswith("attachment")
    assert "immutable" not in headers["Cache-Control"] and "must-revalidate" in headers["Cache-Control"]


def test_every_redirect_target_exists(site):
    rules = redirect_rules(site)
    assert len(rules) > 100
    missing = [rule for rule in rules if served_file(site, rule["to"]) is None]
    assert missing == []


def test_every_alias_is_generated_from_the_content(site):
    codes = json.loads((site / "codes.json").read_text(encoding="utf-8"))
    pages = {f"/{item['url']}": str(item.get("code") or item.get("class")) for item in codes["codes"] + codes["classes"]}
    aliases = redirect_rules(site)[:-1]
    for rule in aliases:
        assert rule["to"] in pages, rule
        assert rule["status"] == 301 and not rule["force"]
        assert rule["from"].rstrip("/").rsplit("/", 1)[-1].lower() == pages[rule["to"]].lower(), rule
    expected = {"/status/404", "/codes/404", "/code/404", "/404", "/4xx", "/4XX", "/status/418"}
    assert expected <= {rule["from"] for rule in aliases}
    per_page = {target: sum(rule["to"] == target for rule in aliases) for target in pages}
    assert min(per_page.values()) >= 2, "every code and class has its aliases"


def test_a_new_code_file_gets_its_aliases(project, tmp_path):
    source = (project / "content/codes/420.md").read_text(encoding="utf-8")
    copy = source.replace("code: 420", "code: 472", 1).replace("HTTP/1.1 420 ", "HTTP/1.1 472 ")  # its example shows its code
    (project / "content/codes/472.md").write_text(copy, encoding="utf-8")
    result = run(project, "build", "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert "/status/472  /472/  301" in (tmp_path / "out/_redirects").read_text(encoding="utf-8")


def test_the_not_found_rule_comes_last_and_hides_no_page(site):
    rules = redirect_rules(site)
    last = rules[-1]
    assert (last["from"], last["to"], last["status"]) == ("/*", "/not-found.html", 404)
    assert (site / "not-found.html").is_file()
    assert not (site / "404.html").exists(), "a 404.html would make Netlify redirect /404/ away"
    assert served_file(site, "/404/") is not None
    # No rule is forced, so none can take over a path that has a file (Netlify's shadowing);
    # the only rules that name /404 at all lead to /404/.
    assert not any(rule["force"] for rule in rules)
    assert {rule["to"] for rule in rules if rule["from"].rstrip("/").endswith("/404")} == {"/404/"}
    assert all("*" not in rule["from"] and ":" not in rule["from"] for rule in rules[:-1])


def test_long_cache_only_for_fingerprinted_files(site):
    files = [path.relative_to(site).as_posix() for path in site.rglob("*") if path.is_file()]
    cached = [path for path in files if "immutable" in header_rules("/" + path).get("Cache-Control", "")]
    assert cached and set(cached) == {path for path in files if path.startswith("static/")}
    for path in cached:
        match = FINGERPRINTED.match(path)
        assert match, f"{path} is cached for ever but has no content hash in its name"
        assert hashlib.sha256((site / path).read_bytes()).hexdigest()[:8] == match.group(1)
    assert "Cache-Control" not in header_rules("/404/")


def test_security_headers_on_every_path():
    for path in ("/", "/404/", "/static/style.12345678.css", "/not-found.html"):
        headers = header_rules(path)
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["Referrer-Policy"]
        assert "camera=()" in headers["Permissions-Policy"]
        policy = dict(part.strip().split(" ", 1) for part in headers["Content-Security-Policy"].split(";"))
        assert policy["frame-ancestors"] == "'none'"
        assert policy["default-src"] == "'none'"
        for directive in ("script-src", "style-src"):
            assert "unsafe-inline" not in policy[directive] and "unsafe-eval" not in policy[directive]


class InlineCode(HTMLParser):
    """Collects what a CSP without 'unsafe-inline' would block: inline scripts, styles, handlers."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []
        self.in_script = False

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if tag == "script" and "src" not in values:
            self.found.append("<script> without src")
        if tag == "style":
            self.found.append("<style>")
        for name, value in attrs:
            if name == "style" or name.startswith("on") or (value or "").strip().lower().startswith("javascript:"):
                self.found.append(f"<{tag} {name}=...>")


def test_no_page_has_inline_script_or_style(site):
    planted = InlineCode()
    planted.feed('<script>x()</script><style>p{}</style><a href="javascript:x()" onclick="x()">a</a><script src="s.js"></script>')
    assert planted.found == ["<script> without src", "<style>", "<a href=...>", "<a onclick=...>"], "the check finds what it looks for"
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 100
    for page in pages:
        parser = InlineCode()
        parser.feed(page.read_text(encoding="utf-8"))
        assert parser.found == [], page


class NetlifyHeaders(QuietHandler):
    """Serves the build with the headers netlify.toml gives each path."""

    def end_headers(self):
        for name, value in header_rules(self.path.split("?")[0]).items():
            self.send_header(name, value)
        super().end_headers()


@pytest.fixture(scope="module")
def with_headers(site):
    with http_server(site, NetlifyHeaders) as url:
        yield url


VIOLATIONS = (
    "window.__violations = []; document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));"
)


def test_the_policy_allows_everything_the_pages_load(browser, site, with_headers):
    page = browser.new_page()
    errors = console_errors(page)
    page.add_init_script(VIOLATIONS)
    paths = [""] + [p.parent.relative_to(site).as_posix() + "/" for p in sorted(site.rglob("*/index.html"))]
    assert len(paths) > 90
    for path in paths + ["not-found.html"]:
        response = page.goto(with_headers + path)
        assert "script-src 'self'" in response.headers["content-security-policy"]
        assert page.evaluate("() => window.__violations") == [], path
    page.goto(with_headers + "?q=teapot")
    page.wait_for_function("() => document.querySelector('#search-results a')")
    assert page.evaluate("() => window.__violations") == []
    assert errors == []
    page.close()
