"""The benchmark's generated sites: valid content for our build, the same pages for Hugo's.

`make bench` times these sites (bench/); this keeps the generators from rotting without
timing anything. Ten pages keep the generated site quick; the full 100-599 set is only
validated. Hugo builds the real project, the pair the benchmark times first, because only the
whole range of codes has every page kind (the guide names 37 codes).
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT, run

LARGE_SITE = ROOT / "bench" / "large_site.py"
HUGO_SITE = ROOT / "bench" / "hugo_site.py"


def generate(*args: str) -> None:
    result = subprocess.run([sys.executable, *args], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr


def site_files(folder) -> set[str]:
    """The pages and data files of a built site, without the names that differ by design."""
    renamed = {"404.html", "not-found.html"}
    return {path.relative_to(folder).as_posix() for path in folder.rglob("*") if path.is_file() and path.name not in renamed and path.parent.name != "static"}


def test_every_code_from_100_to_599_passes_the_content_checks(tmp_path):
    generate(str(LARGE_SITE), str(tmp_path / "large"))
    assert len(list((tmp_path / "large/content/codes").glob("*.md"))) == 500
    bodies = {path.read_text(encoding="utf-8").split("\n---\n", 1)[1] for path in (tmp_path / "large/content/codes").glob("*.md")}
    assert len(bodies) == 500, "every body differs, as on a real site (a build converts a Markdown text once for every page that has it)"
    compared = sorted(path.name for path in (tmp_path / "large/content/compare").glob("*.md"))
    assert compared == sorted(path.name for path in (ROOT / "content/compare").glob("*.md"))
    assert (tmp_path / "large/content/guide.md").read_text(encoding="utf-8") == (ROOT / "content/guide.md").read_text(encoding="utf-8")
    result = run(tmp_path / "large", "check")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok: 500 codes and 5 classes"


@pytest.fixture(scope="module")
def small_site(tmp_path_factory):
    """Ten generated pages (400-409), built by our generator."""
    project = tmp_path_factory.mktemp("bench") / "small"
    generate(str(LARGE_SITE), str(project), "--first", "400", "--last", "409")
    result = run(project, "build")
    assert result.returncode == 0, result.stderr
    return project


def test_a_small_generated_site_builds_with_a_page_per_code(small_site):
    pages = sorted(path.parent.name for path in (small_site / "_site").glob("[0-9][0-9][0-9]/index.html"))
    assert pages == [str(code) for code in range(400, 410)]
    page = (small_site / "_site/404/index.html").read_text(encoding="utf-8")
    assert '<span class="num">404</span>' in page


def test_a_small_site_keeps_the_comparisons_its_codes_allow_and_no_guide(small_site):
    assert [path.parent.name for path in (small_site / "_site/compare").glob("*/index.html")] == ["401-vs-403"]
    assert not (small_site / "_site/guide").exists()
    comparison = (small_site / "_site/compare/401-vs-403/index.html").read_text(encoding="utf-8")
    assert '<a href="../../404/">404 vs 410</a>' in comparison  # 410 has no page here: its comparison is left out


@pytest.fixture(scope="module")
def hugo_site(tmp_path_factory):
    """The real project made into a Hugo site and built by Hugo (`make test` installs Debian's hugo:
    without it, nothing would check that the benchmark's Hugo site still does our build's work)."""
    assert shutil.which("hugo"), "hugo is not installed: `make test` installs Debian's hugo (or: apt-get install --no-install-recommends hugo)"
    folder = tmp_path_factory.mktemp("hugo")
    generate(str(HUGO_SITE), str(ROOT), str(folder / "source"))
    result = subprocess.run(
        ["hugo", "--quiet", "--source", str(folder / "source"), "--destination", str(folder / "out")], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return folder / "out"


def read(folder, path: str) -> str:
    return (folder / path).read_text(encoding="utf-8")


def search_index(folder) -> dict:
    """The search index script's data (`window.STATUS_SEARCH_INDEX={...};`, then the constant lookup)."""
    script = read(folder, next(path.relative_to(folder).as_posix() for path in (folder / "static").glob("search-index.*.js")))
    return json.JSONDecoder().raw_decode(script.partition("=")[2])[0]


def test_hugo_builds_the_same_files_from_the_same_content(site, hugo_site):
    assert site_files(hugo_site) == site_files(site)


@pytest.mark.parametrize(
    "path, shown",
    [
        ("401/index.html", '<span class="num">401</span>'),
        ("401/index.html", 'id="when-to-use-it"'),
        ("401/index.html", 'rel="next" href="../402/"'),
        ("401/index.html", 'href="../4xx/"'),
        ("401/index.html", 'href="../compare/401-vs-403/">401 vs 403</a>'),
        ("401/index.html", 'href="../guide/#client-error-401"'),
        ("401/index.html", '<meta property="og:title" content="401 Unauthorized — HTTP status code 401">'),
        ("401/index.html", 'data-copy-link="./"'),
        ("401/index.html", '<a href="../401.json">401.json</a>'),
        ("420/index.html", "Non-standard: used by Twitter (API version 1)"),
        ("500/index.html", '<tr id="iis-500-19"><th scope="row"><a href="#iis-500-19">500.19</a></th>'),
        ("429/index.html", "maps <code>RESOURCE_EXHAUSTED</code> to 429"),
        ("compare/401-vs-403/index.html", "<td>Authentication is missing or failed.</td>"),
        ("compare/401-vs-403/index.html", "<td><code>WWW-Authenticate</code> (MUST)</td><td>None</td>"),
        ("compare/401-vs-403/index.html", "<td>RFC 9110, section 15.5.2</td>"),
        (
            "compare/400-vs-422/index.html",
            '<tr><th scope="row">History</th><td>First defined in RFC 1945 (1996)</td><td>First defined in RFC 2518 (1999); renamed to Unprocessable Content in RFC 9110 (2022)</td></tr>',
        ),
        ("guide/index.html", '<li class="verdict" id="client-error-401">'),
        ("guide/index.html", "<strong>The client asked for part of the resource with <code>Range</code>.</strong>"),
        ("guide/index.html", "../static/guide."),
        ("api/index.html", "<td><code>former_names[].document</code></td>"),
        ("index.html", 'title="401 Unauthorized vs 403 Forbidden">401 vs 403</a>'),
        ("_redirects", "/status/404  /404/  301\n"),
        ("_redirects", "/4XX  /4xx/  301\n"),
        ("opensearch.xml", "?q={searchTerms}"),
        ("404/index.html", '<details id="send-flask">\n    <summary>Flask '),
        ("100/index.html", ": cannot send 100</summary>"),
        ("404/index.html", "<td><code>http.<wbr>StatusNotFound</code></td></tr>"),
        ("413/index.html", "<small>deprecated in 7.0, use CONTENT_TOO_LARGE</small>"),
        ("413/index.html", "<small>deprecated, use HTTP_413_CONTENT_TOO_LARGE</small>"),
        ("404/index.html", '<h3 id="reason-unregistered">404 with a reason phrase that is not the registered one</h3>'),
        ("404/index.html", 'href="../clients.json">clients.json</a>'),
        ("clients/index.html", '<li id="c-curl"><strong>curl</strong>: curl '),
        ("api/index.html", "<td><code>clients[].outcome</code></td>"),
        # The code page in the reader's order: the body's sections split out and placed by id, the
        # facts line, the contents, grouped client rows, Browsers, servers, history facts.
        ("301/index.html", '<section class="guide" aria-labelledby="got-this-response">\n<h2 id="got-this-response">Got this response?'),
        ("301/index.html", '<ul class="fact-line" id="facts" aria-label="Facts">\n    <li id="caching">Heuristically cacheable: <strong>yes</strong></li>'),
        ("301/index.html", '<li id="headers">Header fields: <code>Location</code> <small>SHOULD</small></li>'),
        ("301/index.html", '<li id="retry"><a href="#what-clients-do">Safe to retry</a>: <strong>no: send it to the new Location</strong></li>'),
        ("200/index.html", '<li>Retrying: <a href="#what-clients-do">what clients do</a></li>'),
        ("204/index.html", '<li id="content">Content: <strong>none</strong></li>'),
        (
            "301/index.html",
            '<nav class="toc" aria-label="On this page">\n<details>\n<summary>On this page</summary>\n<ol><li><a href="#got-this-response">Got this response?</a></li><li><a href="#common-causes">Common causes</a></li>',
        ),
        (
            "301/index.html",
            '<li><a href="#what-clients-do">What clients do</a></li><li><a href="#servers">Who sends it, measured</a></li><li><a href="#specification">Specification</a></li>',
        ),
        ("301/index.html", "clients: 200; followed with GET, body dropped</p>"),
        (
            "301/index.html",
            '<tr><th scope="row">curl 7.88.1; httpx 0.28.1; Java 17.0.15 java.net.http.HttpClient, default (Redirect.NEVER); PHP 8.2.36 curl 7.88.1; Ruby 3.1.2 net-http 0.2.0</th><td>301; not followed</td></tr>',
        ),
        ("301/index.html", '<h3 id="browsers">Browsers</h3>\n  <ul class="engines">\n<li><strong>Chromium '),
        (
            "301/index.html",
            "</strong>: fetch(): 200; second visit: server not asked; navigation: 200, shows &#39;landed&#39;; second visit: server not asked</li>",
        ),
        ("502/index.html", '<section aria-labelledby="servers">\n  <h2 id="servers">Who sends it, measured'),
        ("502/index.html", '<h3 id="servers-who">Who generates 502, and how to tell</h3>'),
        ("502/index.html", '<tr><th scope="row">Caddy proxy</th><td>upstream refuses the connection; upstream closes before a byte;'),
        ("502/index.html", '<h3 id="servers-upstream">When the upstream fails</h3>'),
        ("502/index.html", 'href="../servers.json">servers.json</a>'),
        (
            "308/index.html",
            '<dl class="facts" id="history-facts">\n<dt>First defined</dt><dd><a href="https://www.rfc-editor.org/rfc/rfc7238.html">RFC 7238</a> <span class="muted">(Experimental, June 2014)</span></dd>',
        ),
        ("500/index.html", '<p id="iis-facts">IIS 7 and later add a number after a dot to say why it sent 500: '),
        ("servers/index.html", '<li id="s-caddy"><strong>Caddy</strong> (proxy): '),
        (
            "servers/index.html",
            '<tr id="upstream-refused"><th scope="row">upstream refuses the connection</th><td><strong>502</strong>: <a href="#s-caddy">caddy</a>, ',
        ),
        ("servers/index.html", '<h2 id="error-pages">Default error pages'),
        ("clients/index.html", '<ol><li><a href="#measured-clients">Clients</a></li><li><a href="#t-redirect">Redirects</a></li>'),
        ("index.html", '<nav aria-label="On this page" class="class-jump">'),
        ("index.html", 'which server or proxy sent it</a>, <a href="'),
        ("api/index.html", '<li><a href="#docset">For Dash and Zeal</a></li>'),
        ("api/index.html", "servers.schema.json</a>"),
        ("api/index.html", "<code>clients</code> (42), <code>servers</code> (35))</summary>"),
        ("guide/index.html", '<nav class="toc" aria-label="On this page">'),
    ],
)
def test_hugo_shows_what_ours_shows(site, hugo_site, path, shown):
    assert shown in read(site, path)
    assert shown in read(hugo_site, path)


def test_hugo_writes_the_same_data(site, hugo_site):
    """Each code's JSON, codes.json and the CSV rows hold the same data; the search index the same entries."""
    for path in site.glob("*.json"):
        assert json.loads(read(hugo_site, path.name)) == json.loads(read(site, path.name)), path.name
    assert json.loads(read(site, "404.json"))["name"] == "Not Found"
    assert list(csv.reader(io.StringIO(read(hugo_site, "codes.csv")))) == list(csv.reader(io.StringIO(read(site, "codes.csv"))))
    ours, hugo = search_index(site), search_index(hugo_site)
    assert hugo["fields"] == ours["fields"]
    assert hugo["constants"] == ours["constants"]
    assert ours["constants"]["418"]  # StatusTeapot and the like: keys the name "I'm a teapot" does not give
    assert [entry[:2] for entry in hugo["entries"]] == [entry[:2] for entry in ours["entries"]]
    assert ["404", "Not Found"] in [entry[:2] for entry in ours["entries"]]
