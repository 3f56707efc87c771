"""Adding a measured subject is one declaration (docs/measurement.md, "How to add a measured
subject"): a throwaway proxy of a few lines of Python and a throwaway client are declared here,
measured by the real harness on a few scenarios into a temp folder, and their results files pass
the build's own validators with the outcomes such software must give. The same start-up refuses a
subject that does not start (naming it and quoting its log), and runs a subject that the
unprivileged user cannot reach (a clone in a private 0700 folder) as the harness's own user."""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import measure.subject as subject_module
from measure import between
from measure.clients import Client
from measure.probes import all_probes
from measure.run import measure, write
from measure.scenarios import all_scenarios
from measure.server import TestServer
from measure.servers_run import measure_all
from measure.subject import StartError, User, reads, running, user_for
from measure.subjects import SOFTWARE, Software
from statussite.load import JsonFile
from statussite.problems import Problem
from statussite.results_format import CLIENT_RESULTS, SERVER_RESULTS, Format
from statussite.validate.clients import client_run
from statussite.validate.servers import server_run

FAKE_PROXY = """import http.client, sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PORT, UPSTREAM, DEAD = (int(arg) for arg in sys.argv[1:4])


class Proxy(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        upstream = http.client.HTTPConnection("127.0.0.1", DEAD if self.path.startswith("/dead/") else UPSTREAM, timeout=2)
        try:
            upstream.request("GET", self.path)
            answer = upstream.getresponse()
            status, reason, body = answer.status, answer.reason, answer.read()
        except TimeoutError:
            status, reason, body = 504, "Gateway Timeout", b"fake proxy: the upstream timed out\\n"
        except (OSError, http.client.HTTPException):
            status, reason, body = 502, "Bad Gateway", b"fake proxy: the upstream failed\\n"
        self.send_response(status, reason)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


ThreadingHTTPServer(("127.0.0.1", PORT), Proxy).serve_forever()
"""
FAKE_DRIVER = """import http.client, json, sys, urllib.parse
plan = json.load(open(sys.argv[1]))
print(json.dumps({"version": "0.1"}), flush=True)
for scenario in plan["scenarios"]:
    calls = []
    for c in scenario["calls"]:
        url = urllib.parse.urlsplit(c["url"])
        try:
            connection = http.client.HTTPConnection(url.hostname, url.port, timeout=scenario["timeout"])
            connection.request(c["method"], url.path, body=c["body"], headers=dict(c["headers"]))
            r = connection.getresponse()
            calls.append({"status": r.status, "reason": r.reason, "body": r.read()[:64].decode("latin-1"), "headers": r.getheaders(), "error": None})
        except Exception as error:
            calls.append({"status": None, "reason": None, "body": None, "headers": None, "error": f"{type(error).__name__}: {error}"})
    print(json.dumps({"id": scenario["id"], "calls": calls}), flush=True)
"""
PROXIED = {"pass-200": "200", "pass-404": "404", "upstream-refused": "502", "upstream-close": "502", "upstream-stall": "504"}
CLIENT_SAYS = {"reason-empty": "200; reason ''", "reason-missing": "200; reason ''", "basic-401-no-credentials": "401"}


def fake_proxy(program: str = sys.executable, script: Path | None = None) -> Software:
    """The whole declaration of a measured proxy: its files, its command line, its version
    (`program` and `script`: run from elsewhere than its temp folder, as an installed app is)."""
    return Software(
        "fake-proxy",
        "fake proxy",
        "proxy",
        "none (a test's own)",
        program,
        lambda s: {"proxy.py": FAKE_PROXY},
        lambda s: [program, str(script or s.folder / "proxy.py"), str(s.port), str(s.upstream), str(s.dead)],
        reported=lambda: "0.1",
    )


def validated(data: dict, folder: Path, form: Format, check) -> tuple[object, list[str]]:
    """The results file written as the harness writes it, read back by the build's validator."""
    path = write(data, folder, form)
    problems: list[Problem] = []
    text = path.read_text(encoding="utf-8")
    run = check(JsonFile(f"content/{folder.name}/{path.name}", json.loads(text), text), problems)
    return run, [str(p) for p in problems]


def test_a_throwaway_proxy_is_measured_and_its_results_file_validates(tmp_path: Path) -> None:
    probes = [p for p in all_probes() if p.id in PROXIED]
    done, errors = measure_all([fake_proxy()], probes, 1)
    assert errors == [] and len(done) == 1
    run, problems = validated(done[0], tmp_path / "servers", SERVER_RESULTS, server_run)
    assert problems == [] and run is not None
    assert {r.scenario: r.outcome for r in run.results} == PROXIED
    assert "proxy.py" in done[0]["config"] and done[0]["version"] == "0.1"


def test_a_throwaway_client_is_measured_and_its_results_file_validates(tmp_path: Path) -> None:
    scenarios = [s for s in all_scenarios() if s.id in CLIENT_SAYS]
    client = Client("fake-client", "fake client", "default", (sys.executable, "-c", FAKE_DRIVER, "{plan}"), sys.executable)
    assert client.startup is None  # a client needs no start-up: its driver is the client
    with TestServer(scenarios) as server:
        data = measure(client, scenarios, server)
    run, problems = validated(data, tmp_path / "clients", CLIENT_RESULTS, client_run)
    assert problems == [] and run is not None
    assert {r["scenario"]: r["outcome"] for r in data["results"]} == CLIENT_SAYS


def test_a_client_scenario_runs_with_the_subject_between_the_reference_caller_and_the_upstream(tmp_path: Path) -> None:
    scenario = next(s for s in all_scenarios() if s.id == "basic-401-no-credentials")
    with TestServer([scenario]) as server, running(fake_proxy(), between.setup_between(server, tmp_path)) as setup:
        answers = between.through(setup, scenario, "fake")
        seen = server.recorder.take("fake", scenario.id)
    assert [a.final.status if a.final else None for a in answers] == [401]
    assert [(r.method, r.target) for r in seen] == [("GET", "/fake/basic-401-no-credentials/0")]


def test_a_subject_that_does_not_start_is_an_error_naming_it_and_its_log(tmp_path: Path) -> None:
    broken = fake_proxy()
    broken = Software(**{**broken.__dict__, "argv": lambda s: [sys.executable, "-c", "import sys; print('no such upstream option'); sys.exit(3)"]})
    with pytest.raises(StartError) as error, running(broken, between.Setup(tmp_path, 1, 2, 3)):
        pass
    message = str(error.value)
    assert message.startswith("fake proxy (fake-proxy) exited with status 3 at start; its log:")
    assert "no such upstream option" in message and "output.log" in message


@pytest.fixture
def public_tmp() -> Iterator[Path]:
    """A folder everyone may enter (pytest's own is inside a private one), like the system temp folder."""
    folder = Path(tempfile.mkdtemp(prefix="harness-subject-test-"))
    os.chmod(folder, 0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def private_clone(root: Path, interpreter: str = os.path.realpath(sys.executable)) -> Path:
    """A clone's interpreter (a link to `interpreter`, as a virtual environment's is) and app inside
    a private folder, as `mktemp -d` makes it (mode 0700)."""
    private = root / "private"
    (private / "clone" / ".venv" / "bin").mkdir(parents=True)
    (private / "clone" / "proxy.py").write_text(FAKE_PROXY)
    (private / "clone" / ".venv" / "pyvenv.cfg").write_text(f"home = {Path(sys.executable).parent}\n")
    python = private / "clone" / ".venv" / "bin" / "python"
    python.symlink_to(interpreter)
    os.chmod(private, 0o700)
    return python


def test_in_a_private_folder_the_subject_runs_as_the_harness_user_and_says_why(public_tmp: Path) -> None:
    python = private_clone(public_tmp, "/usr/bin/env")  # an interpreter everyone may run, so that only the clone's folder decides
    needed = reads([str(python), str(python.parents[2] / "proxy.py")], public_tmp)
    assert python.parents[1] in needed and python.parents[2] / "proxy.py" in needed  # the environment and the app, not only the interpreter
    user = user_for(needed, euid=0)
    assert not user.nobody and f"{python.parents[3]} is mode 0700 (others may not enter)" in user.reason
    assert user_for(needed, euid=1000) == User(False)  # not root: nothing to drop
    os.chmod(python.parents[3], 0o755)
    assert user_for(needed, euid=0) == User(True)


@pytest.mark.skipif(sys.prefix == sys.base_prefix, reason="the tests run from a virtual environment (make test's .venv)")
def test_the_uvicorn_origin_is_judged_by_the_environment_it_runs_from(public_tmp: Path) -> None:
    uvicorn = next(s for s in SOFTWARE if s.key == "uvicorn")
    setup = between.Setup(public_tmp, 1, 2, 3)
    needed = reads(uvicorn.argv(setup), public_tmp)
    assert Path(sys.prefix) in needed and public_tmp in needed  # the .venv a private clone holds, and the app's folder


@pytest.mark.skipif(os.geteuid() != 0 or shutil.which("setpriv") is None, reason="the harness drops to nobody only as root")
def test_a_subject_from_a_private_folder_is_measured_and_would_not_start_as_nobody(public_tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    python = private_clone(public_tmp)
    proxy = fake_proxy(str(python), python.parents[2] / "proxy.py")
    probes = [p for p in all_probes() if p.id == "pass-200"]
    done, errors = measure_all([proxy], probes, 1)
    assert errors == [] and [r["outcome"] for r in done[0]["results"]] == ["200"]
    monkeypatch.setattr(subject_module, "user_for", lambda needed, euid: User(True))  # the old way: always nobody
    done, errors = measure_all([proxy], probes, 1)
    assert done == [] and len(errors) == 1 and "fake proxy (fake-proxy) exited with status" in errors[0] and "Permission denied" in errors[0]


def test_a_client_driver_and_everything_it_started_are_stopped_as_one_group() -> None:
    leaves = "import json, subprocess\nchild = subprocess.Popen(['sleep', '300'])\nprint(json.dumps({'version': str(child.pid)}), flush=True)\n"
    client = Client("leaves-a-child", "a driver that leaves a process behind", "default", (sys.executable, "-c", leaves), sys.executable)
    with TestServer([]) as server:
        data = measure(client, [], server)
    child = Path(f"/proc/{data['version']}/status")
    deadline = time.monotonic() + 5
    while child.exists() and "zombie" not in child.read_text() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not child.exists() or "zombie" in child.read_text()
