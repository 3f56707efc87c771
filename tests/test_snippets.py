"""Every snippet on the code pages, run exactly as the page shows it, answers the page's own
example request with the page's code, the header fields the code requires and the body rule;
where the code depends on the request, a contrasting request gets the other answer. Every
(code, framework) pair listed as impossible in content/snippets/cannot.yml is shown to be so
by a probe program (tests/snippet_probes/) and what it puts on the wire.

Each snippet listens on 127.0.0.1:8000, so they run one after another. Go snippets are all
compiled by one `go build` (what `go run` does, once instead of per snippet).
"""

from __future__ import annotations

import html
import json
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import pytest
import yaml

from conftest import copy_project
from measure.snippet_versions import MEASURES, measured
from snippet_runner import (
    FAILURES,
    ROOT,
    Once,
    Request,
    Response,
    closed_silently,
    environment,
    exchange,
    listen_addresses,
    parse_request,
    read_all,
    running,
    start_command,
    switched,
)
from statussite.model import CannotSend, Site, Snippet, StatusCode
from statussite.pipeline import Project, load_site
from statussite.validate.snippets import EXAMPLE_REQUEST, FRAMEWORK_KEYS, FRAMEWORKS

PROBES = ROOT / "tests/snippet_probes"
# Header fields the contract requires beside the front-matter's MUST fields.
ESSENTIAL = {
    201: "Location",
    301: "Location",
    302: "Location",
    303: "Location",
    307: "Location",
    308: "Location",
    405: "Allow",
    401: "WWW-Authenticate",
    407: "Proxy-Authenticate",
    206: "Content-Range",
    416: "Content-Range",
}
# MUST fields that apply only "if a 200 response to the same request would have carried it".
CONDITIONAL = "if a 200 response"


def _site() -> Site:
    return load_site(Project(ROOT))


SITE = _site()
SNIPPETS = SITE.snippets.snippets
CANNOT = SITE.snippets.cannot


def in_contract(code: StatusCode) -> bool:
    """The codes every framework covers: registered, in use, 200-599."""
    return 200 <= code.code <= 599 and code.status in ("standard", "temporary")


@dataclass(frozen=True)
class Example:
    request: Request
    version: str
    response_head: str  # the example response's status line and header fields
    statuses: tuple[int, ...]  # every status line the example responses show, in order


def example(code: StatusCode) -> Example:
    """The first ```http block under `## Example` (the request) and the next (the response)."""
    match = EXAMPLE_REQUEST.search(code.body)
    assert match, f"{code.code} has no example request"
    section = code.body[match.start() :].split("\n## ", 1)[0]
    blocks = re.findall(r"^```http[ \t]*\n(.*?)\n```", section, re.MULTILINE | re.DOTALL)
    request, version = parse_request(blocks[0])
    request = Request(request.method, request.target, tuple((name, elided(value)) for name, value in request.headers), request.body)
    response = next((block for block in blocks[1:] if block.startswith("HTTP/")), "")
    statuses = tuple(int(found) for block in blocks[1:] for found in re.findall(r"^HTTP/[\d.]+ (\d{3})", block, re.MULTILINE))
    return Example(request, version, response.split("\n\n", 1)[0], statuses)


# A field value the page shows shortened ("...", 431's Cookie "about 20 KB long" on the wire)
# is sent that long: cookies of 40 bytes each after what the page shows.
ELIDED_BYTES = 20000


def elided(value: str) -> str:
    if not value.endswith("..."):
        return value
    filler = "; ".join(f"c{n}={'x' * 40}" for n in range(ELIDED_BYTES // 45))
    return value.removesuffix("...") + filler


@dataclass(frozen=True)
class Expect:
    """What the page's example puts on the wire, so what the snippet must send."""

    status: int | None  # the final status; None: the connection closes with nothing sent (444, 499)
    interim: int | None = None  # a 1xx that must come first, carrying the page's required fields
    stop_at_interim: bool = False  # 100 and 104 come before a body the page does not send whole
    body_contains: str | None = None  # 208 and 424 live inside a 207 Multi-Status body


def expectation(code: StatusCode, item: Example) -> Expect:
    if code.code in (444, 499):
        return Expect(None)
    if code.code in (100, 104):
        return Expect(code.code, interim=code.code, stop_at_interim=True)
    if code.code in (102, 103):
        return Expect(item.statuses[-1], interim=code.code)
    if code.example_status is not None:
        return Expect(code.example_status.code, body_contains=f"HTTP/1.1 {code.code} ")
    return Expect(code.code)


def wire(item: Example, request: Request | None = None) -> bytes:
    """The request as sent: the page's exchange over HTTP/1.1 (421's example is HTTP/2, which
    a plain socket does not speak; its method, target and fields are sent as they are)."""
    version = "HTTP/1.1" if item.version == "HTTP/2" else item.version
    return (request or item.request).wire(version)


def required_fields(code: StatusCode, item: Example) -> tuple[list[str], list[str]]:
    """(always required, required when the 200 response carries them)."""
    always = [field.field for field in code.headers if field.requirement == "MUST" and not (field.note or "").startswith(CONDITIONAL)]
    conditional = [field.field for field in code.headers if field.requirement == "MUST" and (field.note or "").startswith(CONDITIONAL)]
    if code.code in ESSENTIAL:
        always.append(ESSENTIAL[code.code])
    if re.search(r"^Retry-After:", item.response_head, re.MULTILINE | re.IGNORECASE):
        always.append("Retry-After")
    return sorted(set(always)), conditional


def check_response(code: StatusCode, item: Example, response: Response, label: str) -> None:
    want = expectation(code, item)
    assert response.status == want.status, f"{label}: sent {response.status}, not {want.status}:\n{response.raw[:600]!r}"
    always, _ = required_fields(code, item)
    if want.interim is not None:
        assert want.interim in response.interim, f"{label}: no interim {want.interim} before the {response.status}:\n{response.raw[:600]!r}"
        missing = [name for name in always if response.interim_header(want.interim, name) is None]
        assert not missing, f"{label}: the {want.interim} without {missing}:\n{response.raw[:600]!r}"
        return
    missing = [name for name in always if not response.has(name)]
    assert not missing, f"{label}: {code.code} without {missing}:\n{response.raw[:600]!r}"
    if want.body_contains is not None:
        assert want.body_contains.encode() in response.body, f"{label}: the {response.status} body does not carry {want.body_contains!r}"
    if not code.content_allowed:
        assert response.body == b"", f"{label}: {code.code} allows no content, but the response carried {response.body[:80]!r}"
        assert response.header("Transfer-Encoding") is None, f"{label}: {code.code} with Transfer-Encoding"


def contrasts(code: StatusCode, item: Example) -> list[tuple[str, Request, object]]:
    """Requests that must get another answer, because the code depends on the request: (what
    changed, the request, the expected status or a test of it)."""
    request = item.request
    found: list[tuple[str, Request, object]] = []
    if code.code == 304:
        found.append(("without validators", request.without("If-None-Match").without("If-Modified-Since"), 200))
    if code.code in (206, 416):
        found.append(("without Range", request.without("Range"), 200))
    if code.code == 412:
        found.append(("without If-Match", request.without("If-Match"), lambda status: 200 <= status < 300))
    if code.code == 428:
        found.append(("with If-Match", request.with_header("If-Match", '"any"'), lambda status: status != 428))
    if code.code == 304 and request.header("If-None-Match"):
        found.append(("with another If-None-Match", request.with_header("If-None-Match", '"not-this-one"'), 200))
    if code.code == 401 and request.header("Authorization"):
        found.append(("without Authorization", request.without("Authorization"), 401))
    return found


def run_snippet(snippet: Snippet, folder: Path, command: list[str]) -> None:
    code = SITE.by_code[snippet.code]
    item = example(code)
    want = expectation(code, item)
    label = f"{snippet.path} ({snippet.run})"
    with running(folder, command):
        bound = listen_addresses()
        assert bound == {"0100007F"}, f"{label}: listens on {sorted(bound)} (as /proc/net/tcp writes them), not 127.0.0.1 only"
        if want.status is None:
            closed, sent = closed_silently(wire(item))
            assert closed, f"{label}: {code.code} must close the connection with nothing sent, got {sent[:200]!r}"
            if code.code == 499:
                log = (folder / "server.log").read_text(errors="replace")
                assert re.search(r" 499$", log, re.MULTILINE), f"{label}: nginx did not log 499:\n{log[-400:]}"
            return
        response = exchange(wire(item), item.request.method, until=want.interim if want.stop_at_interim else None)
        check_response(code, item, response, label)
        if code.code == 405:
            allowed = [name.strip() for name in (response.header("Allow") or "").split(",") if name.strip() not in ("", "OPTIONS")]
            assert allowed, f"{label}: empty Allow"
            other = exchange(item.request.with_method(allowed[0]).wire(), allowed[0])
            assert other.status != 405, f"{label}: Allow lists {allowed[0]}, but {allowed[0]} also got 405"
        for change, request, expected in contrasts(code, item):
            other = exchange(wire(item, request), request.method)
            ok = expected(other.status) if callable(expected) else other.status == expected
            assert ok, f"{label}: {change}, the response was {other.status}:\n{other.raw[:400]!r}"
            _, conditional = required_fields(code, item)
            carried = [name for name in conditional if other.has(name) and not response.has(name)]
            assert not carried, f"{label}: the {other.status} response carries {carried}, so the {code.code} must too"


@contextmanager
def run_folder() -> Iterator[Path]:
    """An empty folder anyone may read: run as root, nginx's workers are `nobody` and must
    reach the files a snippet serves (pytest's own temp folders are private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="snippet-"))
    try:
        folder.chmod(0o755)
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def copy_into(folder: Path, snippet: Snippet) -> Path:
    """The snippet's exact bytes, under its own name, in an empty folder."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / snippet.file_name
    target.write_bytes(snippet.text.encode("utf-8"))
    assert target.read_bytes() == (ROOT / snippet.path).read_bytes()
    return target


@pytest.fixture(scope="session")
def go_binaries(tmp_path_factory) -> dict[int, Path]:
    """Every Go snippet compiled by one `go build` (what `go run` would do one by one)."""
    go = [item for item in SNIPPETS if item.framework == "go"]
    if not go:
        return {}
    root = tmp_path_factory.mktemp("go")
    for item in go:
        copy_into(root / f"s{item.code}", item)
    (root / "go.mod").write_text("module snippets\n\ngo 1.19\n")
    out = root / "bin"
    result = subprocess.run(["go", "build", "-o", str(out) + "/", "./..."], cwd=root, env=environment(), capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    return {item.code: out / f"s{item.code}" for item in go}


def go_command(snippet: Snippet, binary: Path) -> list[str]:
    """The run line with its `go run <file>` (last, as the page shows it) replaced by the binary
    the one `go build` made: what `go run` would compile and start, with whatever comes first
    (206's and 416's `truncate -s ... &&`) run as shown."""
    tail = f"go run {snippet.file_name}"
    assert snippet.run == tail or snippet.run.endswith(f" && {tail}"), f"{snippet.path}: the runner builds Go snippets as `go run <file>` does"
    if snippet.run == tail:
        return [str(binary)]
    return ["sh", "-c", snippet.run.removesuffix(tail) + shlex.quote(str(binary))]


@pytest.fixture(scope="module")
def runs() -> Once:
    """Every snippet's and probe's outcome, shared by their own tests and the count."""
    return Once()


def answers(snippet: Snippet, request: pytest.FixtureRequest) -> None:
    """Start the snippet as its page shows and hold it to the page's example."""
    with run_folder() as folder:
        copy_into(folder, snippet)
        command = start_command(folder, snippet.run)
        if snippet.framework == "go":
            command = go_command(snippet, request.getfixturevalue("go_binaries")[snippet.code])
        run_snippet(snippet, folder, command)


@pytest.mark.parametrize("snippet", SNIPPETS, ids=[f"{item.code}-{item.framework}" for item in SNIPPETS])
def test_snippet_answers_the_page_example(snippet: Snippet, request: pytest.FixtureRequest, runs: Once) -> None:
    runs.get(snippet_key(snippet), partial(answers, snippet, request))


@pytest.mark.parametrize("entry", CANNOT, ids=[f"{item.code}-{item.framework}" for item in CANNOT])
def test_framework_cannot_send(entry: CannotSend, runs: Once) -> None:
    """The probe tries to send the code the framework's own way; something else goes on the wire."""
    runs.get(cannot_key(entry), partial(probe_shows, entry))


def snippet_key(snippet: Snippet) -> tuple[str, int, str]:
    return ("snippet", snippet.code, snippet.framework)


def cannot_key(entry: CannotSend) -> tuple[str, int, str]:
    return ("cannot", entry.code, entry.framework)


def probe_shows(entry: CannotSend) -> str:
    """Run the probe of a cannot.yml entry: what it put on the wire instead (it fails if the code got there)."""
    framework = next(item for item in FRAMEWORKS if item.key == entry.framework)
    probe = PROBES / entry.framework / f"{entry.code}{framework.ext}"
    assert probe.is_file(), f"{entry.framework} cannot send {entry.code}: show it with a probe program, {probe.relative_to(ROOT)}"
    first = probe.read_text().split("\n")[1 if framework.preamble else 0]
    command = first.split(" run: ", 1)[1]
    code = SITE.by_code[entry.code]
    item = example(code)
    with run_folder() as folder:
        shutil.copy(probe, folder / probe.name)
        idle = 0.0
        with running(folder, start_command(folder, command)):
            if entry.code == 101:
                did, raw = switched(wire(item))
            else:
                idle = 6.0 if entry.code == 408 else 2.0  # nginx's 408 probe times the body out after 2 s
                raw = read_all(wire(item), idle=idle)
        log = (folder / "server.log").read_text(errors="replace")
    statuses = [int(status) for status in re.findall(rb"(?:^|\r\n\r\n)HTTP/\d\.\d (\d{3})", raw)]
    interim = entry.code < 200  # a 1xx counts as sent only if a final response follows it
    if entry.code == 101:
        sent = did  # a 101 counts as sent only if the connection then stops speaking HTTP/1.1
    elif interim:
        sent = any(status == entry.code for status in statuses[:-1]) and statuses[-1] >= 200
    else:
        sent = bool(statuses) and statuses[-1] == entry.code
    assert not sent, f"the probe did send {entry.code}: cannot.yml is wrong:\n{raw[:300]!r}"
    if statuses:
        shown = " then ".join(map(str, statuses))
    elif raw:
        shown = f"no status line ({raw[:40]!r})"
    else:
        shown = f"nothing within {idle:.0f} s" if entry.code != 101 else "nothing"
    if entry.code == 101:
        shown += ", then an HTTP/1.1 answer to a second request" if b" ... then HTTP/1." in raw else ", with Connection: close"
    if (entry.framework, entry.code) == ("nginx", 408):
        assert '" 408 ' in log, f"nginx's probe did not log 408 for the stalled body:\n{log[-400:]}"
        shown += ", 408 only in nginx's log"
    return f"on the wire: {shown}"


def test_every_code_has_a_snippet_or_a_reason_for_each_framework() -> None:
    """Registered codes 200-599 in use: for every framework whose set is written (more than the
    one 204 snippet that proves the runner), a snippet or a cannot.yml entry."""
    missing = []
    for key in FRAMEWORK_KEYS:
        written = {item.code for item in SNIPPETS if item.framework == key}
        if written <= {204}:
            continue
        covered = written | {item.code for item in CANNOT if item.framework == key}
        missing += [(code.code, key) for code in SITE.codes if in_contract(code) and code.code not in covered]
    assert missing == []


def test_page_shows_each_snippet_byte_for_byte_with_its_run_command_and_version(site: Path) -> None:
    versions = dict(SITE.snippets.versions)
    labels = dict(SITE.snippets.labels)
    for snippet in SNIPPETS:
        page = (site / str(snippet.code) / "index.html").read_text(encoding="utf-8")
        section = page.split('id="send"', 1)[1].split("</section>", 1)[0]
        block = section.split(f'id="send-{snippet.framework}"', 1)[1].split("</details>", 1)[0]
        shown = re.search(r"<pre[^>]*><code>(.*?)</code></pre>", block, re.DOTALL)
        assert shown and html.unescape(shown.group(1)).encode("utf-8") == (ROOT / snippet.path).read_bytes(), snippet.path
        assert f"<code>{html.escape(snippet.run, quote=False)}</code>" in block, snippet.path
        assert f"{labels[snippet.framework]} {versions[snippet.framework]}" in block, snippet.path
    for entry in CANNOT:
        page = (site / str(entry.code) / "index.html").read_text(encoding="utf-8")
        block = page.split(f'id="send-{entry.framework}"', 1)[1].split("</details>", 1)[0]
        assert f"cannot send {entry.code}" in block and entry.reason in html.unescape(block)


def test_versions_file_says_what_is_installed() -> None:
    assert tuple(MEASURES) == FRAMEWORK_KEYS
    recorded = yaml.safe_load((ROOT / "content/snippets/versions.yml").read_text(encoding="utf-8"))
    assert recorded == measured(), "content/snippets/versions.yml is not what is installed: run `make snippet-versions`"


@dataclass(frozen=True)
class Tally:
    """Every snippet and probe run this session: those passing, and each failure by name."""

    passed: tuple[tuple[int, str], ...]  # (code, framework)
    cannot: tuple[tuple[int, str, str], ...]  # (code, framework, what went on the wire)
    failed: tuple[str, ...]

    def lines(self) -> list[str]:
        codes = sorted({code for code, _ in self.passed})
        frameworks = sorted({key for _, key in self.passed}, key=FRAMEWORK_KEYS.index)
        lines = [
            f"snippets: {len(self.passed)} (code, framework) pairs run and passing, over {len(codes)} codes and {len(frameworks)} frameworks ({', '.join(frameworks)})"
        ]
        lines += [f"  {key}: {sum(1 for _, item in self.passed if item == key)}" for key in frameworks]
        lines.append(f"cannot send, each shown by a probe: {len(self.cannot)}")
        lines += [f"  {code} {key}: {what}" for code, key, what in sorted(self.cannot)]
        return lines + [f"failed: {len(self.failed)}"] + [f"  {item}" for item in self.failed]


def tally(
    runs: Once, snippets: Iterable[Snippet], cannot: Iterable[CannotSend], answer: Callable[[Snippet], None], probe: Callable[[CannotSend], str]
) -> Tally:
    """Every snippet and probe's outcome, running now those no test has run yet."""
    passed, shown, failed = [], [], []
    for snippet in snippets:
        try:
            runs.get(snippet_key(snippet), partial(answer, snippet))
            passed.append((snippet.code, snippet.framework))
        except FAILURES as error:
            failed.append(f"{snippet.framework} {snippet.code}: {first_line(error)}")
    for entry in cannot:
        try:
            shown.append((entry.code, entry.framework, runs.get(cannot_key(entry), partial(probe, entry))))
        except FAILURES as error:
            failed.append(f"cannot {entry.framework} {entry.code}: {first_line(error)}")
    return Tally(tuple(passed), tuple(shown), tuple(failed))


def first_line(error: BaseException) -> str:
    return str(error).strip().split("\n", 1)[0]


def snippet_files(root: Path) -> set[tuple[int, str]]:
    """(code, framework) of every program file under content/snippets/, as the folder holds them."""
    return {(int(path.stem), path.parent.name) for path in (root / "content/snippets").glob("*/*") if path.stem.isdigit()}


def test_zz_count(capsys: pytest.CaptureFixture[str], request: pytest.FixtureRequest, runs: Once) -> None:
    """The tally the issue asks for. It needs no order: whatever the selection, it runs every
    snippet and probe no other test ran this session, and fails on any that fails or is missing."""
    result = tally(runs, SNIPPETS, CANNOT, partial(answers, request=request), probe_shows)
    with capsys.disabled():
        print("\n" + "\n".join(result.lines()))
    assert result.failed == ()
    assert set(result.passed) == snippet_files(ROOT) and len(result.passed) == len(SNIPPETS), "a snippet file was not run"
    assert {(code, key) for code, key, _ in result.cannot} == {(entry.code, entry.framework) for entry in CANNOT}


# Loaded with -p by the test below: reverses the tests if asked, and logs each program started.
ORDER_AND_STARTS = """
import os
from contextlib import contextmanager


def pytest_collection_modifyitems(items):
    if os.environ.get("REVERSE"):
        items.reverse()
    import test_snippets

    started = test_snippets.running

    @contextmanager
    def logged(folder, command):
        with open(os.environ["STARTS"], "a") as log:
            log.write(command[-1] + "\\n")
        with started(folder, command) as process:
            yield process

    test_snippets.running = logged
"""


def test_the_count_needs_no_order_and_names_every_failure(tmp_path: Path) -> None:
    """This file, run by pytest on a copy of the project with two Flask snippets and one probe:
    in the file's order, reversed, or the count alone, the count passes and each program starts
    once; with one snippet broken and the probe gone, the count alone fails and names both."""
    fake = copy_project(tmp_path / "project")
    for path in (fake / "content/snippets").glob("*/*"):
        if path.name not in ("204.py", "404.py") or path.parent.name != "flask":
            path.unlink()
    (fake / "content/snippets/cannot.yml").write_text("cannot:\n  - code: 103\n    framework: flask\n    reason: One response per request.\n")
    (fake / "tests/snippet_probes/flask").mkdir(parents=True)
    for name in ("conftest.py", "test_snippets.py", "snippet_runner.py", "snippet_probes/flask/103.py"):
        shutil.copy(ROOT / "tests" / name, fake / "tests" / name)
    (fake / "tests/order_and_starts.py").write_text(ORDER_AND_STARTS)

    def count(selection: str, reverse: bool = False) -> tuple[subprocess.CompletedProcess[str], list[str]]:
        starts = tmp_path / "starts.log"
        starts.write_text("")
        env = environment() | {"PYTHONPATH": f"{fake / 'tests'}:{ROOT}", "STARTS": str(starts), "REVERSE": "1" if reverse else ""}
        command = [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "no:cacheprovider",
            "-p",
            "order_and_starts",
            "--rootdir",
            str(fake),
            "-k",
            selection,
            "tests/test_snippets.py",
        ]
        result = subprocess.run(command, cwd=fake, env=env, capture_output=True, text=True, timeout=300)
        return result, sorted(starts.read_text().split())

    everything = "answers_the_page_example or cannot_send or zz_count"
    for selection, reverse in ((everything, False), (everything, True), ("zz_count", False)):
        result, started = count(selection, reverse)
        assert result.returncode == 0, result.stdout[-3000:]
        assert started == ["103.py", "204.py", "404.py"], (selection, reverse, started)
        assert "snippets: 2 (code, framework) pairs run and passing" in result.stdout and "cannot send, each shown by a probe: 1" in result.stdout
    snippet = fake / "content/snippets/flask/404.py"
    snippet.write_text(snippet.read_text().replace("abort(404)", "abort(410)"))
    (fake / "tests/snippet_probes/flask/103.py").unlink()
    result, started = count("zz_count")
    assert result.returncode == 1 and started == ["204.py", "404.py"], result.stdout[-3000:]
    assert "flask 404: content/snippets/flask/404.py (python 404.py): sent 410, not 404" in result.stdout, result.stdout[-3000:]
    assert "cannot flask 103: flask cannot send 103: show it with a probe program, tests/snippet_probes/flask/103.py" in result.stdout


def test_json_files_carry_each_snippet_text_run_command_and_version(site: Path) -> None:
    versions = dict(SITE.snippets.versions)
    records = {record["code"]: record for record in json.loads((site / "codes.json").read_text(encoding="utf-8"))["codes"]}
    for snippet in SNIPPETS:
        own = json.loads((site / f"{snippet.code}.json").read_text(encoding="utf-8"))
        for record in (own, records[snippet.code]):
            entry = next(item for item in record["snippets"] if item["framework"] == snippet.framework)
            assert entry["text"].encode("utf-8") == (ROOT / snippet.path).read_bytes()
            assert (entry["run"], entry["version"], entry["file"]) == (snippet.run, versions[snippet.framework], snippet.file_name)
    for entry in CANNOT:
        assert {"framework": entry.framework, "label": dict(SITE.snippets.labels)[entry.framework], "reason": entry.reason} in records[entry.code][
            "cannot_send"
        ]


def test_the_page_examples_agree_with_what_the_snippets_send() -> None:
    """The example shows what the snippets are held to: the first response head has the
    expected status (the 1xx for 100-104; 207 for 208 and 424, whose body carries the code)
    and the required fields; for 444 and 499 no response at all."""
    disagree = []
    for number in sorted({item.code for item in SNIPPETS}):
        code = SITE.by_code[number]
        item = example(code)
        want = expectation(code, item)
        section = code.body[EXAMPLE_REQUEST.search(code.body).start() :].split("\n## ", 1)[0]
        if want.status is None:
            if item.statuses:
                disagree.append((number, item.statuses, "the connection closes with nothing sent"))
            continue
        status = re.match(r"HTTP/[\d.]+ (\d{3})", item.response_head)
        shown = {line.split(":", 1)[0].lower() for line in item.response_head.split("\n")[1:]}
        missing = [name for name in required_fields(code, item)[0] if name.lower() not in shown]
        first = want.interim or want.status
        inside = want.body_contains is None or want.body_contains in section
        if status is None or int(status[1]) != first or not inside or missing:
            disagree.append((number, status[1] if status else None, missing))
    assert disagree == []
