"""Every constant a code page shows, checked against the library itself at the installed release.

Each library is loaded once (imported, or one `node`, `go run`, `java`, `ruby`, `php` or `perl`
process for all of its names) and asked for the value of every name we show; a name that is
missing or holds another code fails. Names the installed release cannot have (added later, or
removed) are checked against nothing installed: the content file names the upstream file and
tag they were read from, and the summary at the end of the run says which libraries that left.
"""

from __future__ import annotations

import http
import importlib.metadata
import json
import re
import shutil
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from conftest import AGAINST, COUNTS, ROOT
from statussite.model import Constant, Library
from statussite.pipeline import Project, load_site

SITE = load_site(Project(ROOT))
LIBRARIES = {library.key: library for library in SITE.libraries}
RUST_SOURCE = Path("/usr/share/cargo/registry")
NODE_MODULES = ROOT / "node_modules"
# Libraries no registry here carries: the names come from a named upstream file only.
UPSTREAM_ONLY = {"spring", "dotnet", "ktor"}
# How each upstream-only library spells its names, so a name pasted from another library is caught.
SPELLING = {"spring": r"[A-Z][A-Z0-9_]*", "dotnet": r"[A-Z][A-Za-z]*", "ktor": r"[A-Z][A-Za-z]*"}


def checkable(library: Library) -> dict[str, int]:
    """name -> code for every name the installed release must have."""
    return {item.name: code for code, names in library.codes for item in names if not library.upstream_only(item)}


def upstream_names(library: Library) -> list[tuple[int, Constant]]:
    return [(code, item) for code, names in library.codes for item in names if library.upstream_only(item)]


def run(command: list[str], stdin: str = "", cwd: Path | None = None) -> str:
    result = subprocess.run(command, input=stdin, capture_output=True, text=True, timeout=300, cwd=cwd)
    assert result.returncode == 0, f"{command[0]} failed:\n{result.stderr[-3000:]}"
    return result.stdout


def compare(library: Library, found: dict[str, object], record) -> None:
    """Fail on any shown name the library lacks or gives another code; record the count."""
    expected = checkable(library)
    wrong = {name: (code, found.get(name)) for name, code in expected.items() if found.get(name) != code}
    assert wrong == {}, f"{library.path}: name -> (our code, the library's value or None if missing): {wrong}"
    later = upstream_names(library)
    where = f"{library.upstream.repo} {library.upstream.file} at {library.upstream.tag}" if library.upstream else "nothing"
    record(library, len(expected), f"{where} for {len(later)} names the installed release lacks" if later else None)


def check_version(library: Library, actual: str) -> None:
    """The release we say we checked is the one that ran."""
    assert library.installed is not None
    wanted = library.installed.version
    assert actual == wanted or actual.startswith(wanted + "."), f"{library.path}: says {wanted}, but {actual} is installed"


@pytest.fixture
def record(request):
    counts = request.config.stash.setdefault(COUNTS, {})

    def add(library: Library, number: int, against: str | None = None) -> None:
        counts[library.key] = counts.get(library.key, 0) + number
        if against:
            request.config.stash.setdefault(AGAINST, {})[library.key] = against

    return add


def test_every_library_has_its_own_check():
    unchecked = {key for key in set(LIBRARIES) - UPSTREAM_ONLY if f"test_{key.replace('-', '_')}" not in globals()}
    assert unchecked == set()
    assert len(LIBRARIES) >= 15


def test_python(record):
    library = LIBRARIES["python"]
    check_version(library, "{}.{}".format(*sys.version_info[:2]))
    compare(library, {name: http.HTTPStatus[name].value for name in checkable(library) if name in http.HTTPStatus.__members__}, record)
    shown = {code for code, _ in library.codes}
    assert {status.value for status in http.HTTPStatus} <= shown, "a code HTTPStatus has is not shown"
    newer = {item.name: code for code, item in upstream_names(library)}
    python = newest_python(max(item.since or "0" for _, item in upstream_names(library)))
    if python is None:
        return  # compare() recorded the upstream file these names were read from
    script = "import http, json, sys; print(json.dumps({n: http.HTTPStatus[n].value for n in sys.argv[1:] if n in http.HTTPStatus.__members__}))"
    found = json.loads(run([python, "-c", script, *newer]))
    assert found == newer, f"{library.path}: names for a later Python, checked with {python}: {found} != {newer}"
    record(library, len(newer), f"{python} (installed here) for {len(newer)} names Python {sys.version_info[0]}.{sys.version_info[1]} lacks")


def newest_python(version: str) -> str | None:
    """A Python at least `version` on this machine (PATH or pyenv), for names added after ours."""
    candidates = sorted(str(path) for path in Path.home().glob(f".pyenv/versions/{version}*/bin/python")) + [shutil.which(f"python{version}")]
    return next((path for path in candidates if path and "/shims/" not in path), None)


def test_starlette(record):
    import starlette.status as status

    library = LIBRARIES["starlette"]
    check_version(library, importlib.metadata.version("starlette"))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        found = {name: getattr(status, name, None) for name in checkable(library)}
    deprecated = {item.name for _, names in library.codes for item in names if item.deprecated}
    warned = {name for name in deprecated if any(f"'{name}' is deprecated" in str(item.message) for item in caught)}
    assert warned == deprecated, f"{library.path}: names marked deprecated that Starlette does not warn about: {deprecated - warned}"
    compare(library, found, record)


def test_drf(record):
    import django
    from django.conf import settings

    if not settings.configured:
        settings.configure()
        django.setup()
    from rest_framework import status

    library = LIBRARIES["drf"]
    check_version(library, importlib.metadata.version("djangorestframework"))
    compare(library, {name: getattr(status, name, None) for name in checkable(library)}, record)


def test_aiohttp(record):
    from aiohttp import web

    library = LIBRARIES["aiohttp"]
    check_version(library, importlib.metadata.version("aiohttp"))
    found = {}
    for name in checkable(library):
        value = getattr(web, name, None)
        found[name] = value.status_code if isinstance(value, type) and issubclass(value, web.HTTPException) else None
    compare(library, found, record)


NODE_HTTP_STATUS_CODES = """
const path = require("path"), root = process.argv[1];
const { StatusCodes, ReasonPhrases } = require(path.join(root, "http-status-codes"));
const version = require(path.join(root, "http-status-codes", "package.json")).version;
const names = JSON.parse(require("fs").readFileSync(0, "utf8"));
const found = {};
for (const name of names) found[name] = typeof ReasonPhrases[name] === "string" ? StatusCodes[name] : null;
const all = {};
for (const [name, value] of Object.entries(StatusCodes)) if (typeof value === "number") all[name] = value;
console.log(JSON.stringify({ version, found, all }));
"""


def test_http_status_codes(record):
    library = LIBRARIES["http-status-codes"]
    names = checkable(library)
    result = json.loads(run(["node", "-e", NODE_HTTP_STATUS_CODES, str(NODE_MODULES)], json.dumps(sorted(names))))
    check_version(library, result["version"])
    compare(library, result["found"], record)
    # Every code the package has that has a page here shows the package's name for it.
    pages = set(SITE.by_code)
    missing = {name: code for name, code in result["all"].items() if code in pages and names.get(name) != code}
    assert missing == {}, f"{library.path}: names the package has that the page does not show: {missing}"


NODE_HTTP2 = """
const { constants } = require("node:http2");
const names = JSON.parse(require("fs").readFileSync(0, "utf8"));
const found = {};
for (const name of names) found[name] = Object.hasOwn(constants, "HTTP_STATUS_" + name) ? constants["HTTP_STATUS_" + name] : null;
console.log(JSON.stringify({ version: process.versions.node, found }));
"""


def test_node_http2(record):
    library = LIBRARIES["node-http2"]
    result = json.loads(run(["node", "-e", NODE_HTTP2], json.dumps(sorted(checkable(library)))))
    check_version(library, result["version"])
    compare(library, result["found"], record)


def test_go(record, tmp_path):
    library = LIBRARIES["go"]
    names = sorted(checkable(library))
    lines = "\n".join(f'\tfmt.Printf("%s %d\\n", "{name}", http.{name})' for name in names)
    (tmp_path / "main.go").write_text(
        f'package main\n\nimport (\n\t"fmt"\n\t"net/http"\n\t"runtime"\n)\n\nfunc main() {{\n\tfmt.Println("version", runtime.Version())\n{lines}\n}}\n'
    )
    output = run(["go", "run", "main.go"], cwd=tmp_path)
    values = dict(line.split(" ", 1) for line in output.splitlines())
    check_version(library, values.pop("version").removeprefix("go"))
    compare(library, {name: int(value) for name, value in values.items()}, record)


JAVA = """
import java.lang.reflect.Field;
public class Check {
  public static void main(String[] names) {
    System.out.println("version " + Runtime.version().feature());
    for (String name : names) {
      try {
        Field field = java.net.HttpURLConnection.class.getField(name);
        System.out.println(name + " " + field.getInt(null));
      } catch (ReflectiveOperationException e) {
        System.out.println(name + " missing");
      }
    }
  }
}
"""


def test_java(record, tmp_path):
    library = LIBRARIES["java"]
    (tmp_path / "Check.java").write_text(JAVA)
    output = run(["java", str(tmp_path / "Check.java"), *sorted(checkable(library))])
    values = dict(line.split(" ", 1) for line in output.splitlines())
    check_version(library, values.pop("version"))
    compare(library, {name: int(value) if value.isdigit() else None for name, value in values.items()}, record)


RUBY = """
require "rack"
require "json"
table = Rack::Utils::SYMBOL_TO_STATUS_CODE
puts JSON.generate({ version: Rack.release, found: ARGV.to_h { |name| [name, table[name.to_sym]] } })
"""


def test_rails(record):
    library = LIBRARIES["rails"]
    result = json.loads(run(["ruby", "-e", RUBY, *sorted(checkable(library))]))
    check_version(library, result["version"])
    compare(library, result["found"], record)


PHP = """
require "/usr/share/php/Symfony/Component/HttpFoundation/autoload.php";
$found = [];
foreach (array_slice($argv, 1) as $name) {
    $constant = "Symfony\\\\Component\\\\HttpFoundation\\\\Response::" . $name;
    $found[$name] = defined($constant) ? constant($constant) : null;
}
$version = trim(shell_exec("dpkg-query -W -f='\\${Version}' php-symfony-http-foundation"));
echo json_encode(["version" => preg_replace("/[+~-].*$/", "", $version), "found" => $found]);
"""


def test_symfony(record):
    library = LIBRARIES["symfony"]
    result = json.loads(run(["php", "-r", PHP, "--", *sorted(checkable(library))]))
    check_version(library, result["version"])
    compare(library, result["found"], record)


PERL = """
use strict; use warnings; use JSON::PP; use HTTP::Status ();
my %found;
for my $name (@ARGV) {
    my $sub = HTTP::Status->can($name);
    $found{$name} = $sub ? $sub->() + 0 : undef;
}
print encode_json({ version => "$HTTP::Status::VERSION", found => \\%found });
"""


def test_perl(record):
    library = LIBRARIES["perl"]
    result = json.loads(run(["perl", "-e", PERL, *sorted(checkable(library))]))
    check_version(library, result["version"])
    compare(library, result["found"], record)


def test_rust(record):
    """Debian's librust-http-dev installs the crate's source; its status_codes! table is read,
    as the crate defines each constant from it."""
    library = LIBRARIES["rust"]
    assert library.installed
    source = RUST_SOURCE / f"http-{library.installed.version}" / "src" / "status.rs"
    assert source.is_file(), f"{source} is missing: install Debian's librust-http-dev (make constant-libraries)"
    table = {name: int(code) for code, name in re.findall(r"^\s*\((\d{3}), ([A-Z_]+), \"", source.read_text(), re.M)}
    assert len(table) > 50
    compare(library, table, record)


@pytest.mark.parametrize("key", sorted(UPSTREAM_ONLY))
def test_upstream_only_libraries_name_their_release(key, record):
    """Nothing here installs these; the content names the upstream file and tag read, and each
    name is spelled the way the library spells its names."""
    library = LIBRARIES[key]
    assert library.installed is None and library.upstream is not None
    assert re.fullmatch(r"[\w.-]+/[\w.-]+", library.upstream.repo) and library.upstream.file and library.upstream.tag
    names = [item.name for _, items in library.codes for item in items]
    wrong = [name for name in names if not re.fullmatch(SPELLING[key], name)]
    assert wrong == []
    record(library, 0, f"{library.upstream.repo} {library.upstream.file} at {library.upstream.tag}")


def test_missing_names_show_as_none(site):
    """Go has names for 3xx codes but none for 306, so its row says none."""
    html = (site / "306" / "index.html").read_text().replace("<wbr>", "")  # names may wrap at their separators
    row = re.search(r"<th scope=\"row\">Go net/http.*?</tr>", html, re.S)
    assert row and 'class="muted">none<' in row.group(0)
    assert "HttpStatusCode.Unused" in html


def test_pages_show_every_library_with_names_for_the_class(site):
    html = (site / "404" / "index.html").read_text().replace("<wbr>", "")  # names may wrap at their separators
    for library in SITE.libraries:
        assert f'<th scope="row">{library.name}' in html.replace("&amp;", "&"), library.key
        for item in library.names_for(404):
            assert f"<code>{library.shown(item.name)}</code>".replace("&", "&amp;") in html or library.shown(item.name) in html


def test_usage_lines_show_the_pages_own_name_and_releases_say_what_they_are(site):
    """Rails' usage line names the page's code (head :bad_gateway on 502, never :not_found), and
    what a name was checked against is never a bare commit hash."""
    pages = {code: (site / str(code) / "index.html").read_text().replace("<wbr>", "") for code in (404, 502, 503)}
    assert "<code>head :bad_gateway  # or render status: :bad_gateway</code>" in pages[502]
    assert ":not_found" not in pages[502] and ":not_found" not in pages[503]
    for library in SITE.libraries:
        for code, html in pages.items():
            names = library.names_for(code)
            usage = library.usage_for(names)
            if usage is not None:
                assert f"<code>{usage}</code>".replace("&", "&amp;").replace('"', "&#34;") in html or f"<code>{usage}</code>" in html, (library.key, code)
            if "{name}" in library.usage and names:
                assert library.shown(names[0].name) in (usage or ""), (library.key, code)
    assert not re.search(r"Checked: [^<]*(<a [^>]*>)?[0-9a-f]{7,40}<", pages[404])
    assert "commit 8b9361fc" in pages[404]


def test_malformed_constants_files_are_all_reported_with_their_positions(project):
    """Every problem in the constants files at once, as path:line:col, exit 1, nothing written."""
    from conftest import run as build

    folder = project / "content" / "constants"
    go = folder / "go.yml"
    text = go.read_text(encoding="utf-8")
    text = text.replace("  405: StatusMethodNotAllowed", "  405: http.StatusMethodNotAllowed")
    text = text.replace("  407: StatusProxyAuthRequired", "  407: StatusNotFound")
    text = text.replace("  408: StatusRequestTimeout", "  408: {name: StatusRequestTimeout, since: 1.20}")
    text += "  430: StatusNope\n  abc: StatusAbc\n"
    go.write_text(text, encoding="utf-8")
    (folder / "broken.yml").write_text("name: [unclosed\n", encoding="utf-8")
    (folder / "thin.yml").write_text("name: Thin\nusage: x\ncodes:\n  404: NOT_FOUND\n", encoding="utf-8")
    out = project / "_out"
    result = build(project, "build", "--out", str(out))
    assert result.returncode == 1 and not out.exists() and "Traceback" not in result.stderr
    lines = (result.stdout + result.stderr).splitlines()
    line_of = {
        name: number for number, line in enumerate(text.splitlines(), 1) for name in ("  405:", "  407:", "  408:", "  430:", "  abc:") if line.startswith(name)
    }
    expected = [
        f"content/constants/go.yml:{line_of['  405:']}:3: 'http.StatusMethodNotAllowed' is not a name",
        f"content/constants/go.yml:{line_of['  407:']}:3: 'StatusNotFound' is already given to code 404",
        f"content/constants/go.yml:{line_of['  408:']}:",
        f"content/constants/go.yml:{line_of['  abc:']}:3: 'codes.abc': a code is three digits",
        "content/constants/broken.yml:2:1: malformed YAML",
        "content/constants/thin.yml:1:1: missing required field 'ecosystem'",
        "content/constants/thin.yml:1:1: say what the names were checked against",
    ]
    for start in expected:
        assert any(line.startswith(start) for line in lines), (start, lines)
    assert any("since" in line and "put it in quotes" in line for line in lines)


@pytest.mark.parametrize("width", [360, 1440])
def test_the_table_fits_the_screen(browser, served, width):
    """413 has the longest names (HttpStatusCode.RequestEntityTooLarge); nothing scrolls sideways."""
    page = browser.new_page(viewport={"width": width, "height": 800})
    page.goto(served + "413/")
    table = page.locator("table.constants")
    assert table.is_visible()
    assert page.evaluate("() => document.documentElement.scrollWidth") <= width
    assert page.evaluate("() => { const t = document.querySelector('table.constants'); return t.scrollWidth <= t.clientWidth; }")
    assert table.locator("tbody tr").count() >= 15
    page.close()
