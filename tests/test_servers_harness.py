"""The server and proxy harness itself: a subject that fails to start is an error naming it and
quoting its log (never a skipped row), a scenario it cannot serve is an error (never a silent
pass), the upstream faults are sent as declared, and nothing is left running."""

from __future__ import annotations

import dataclasses
import os
import shutil
import socket
import tempfile

import pytest

from measure.caller import Piece, call
from measure.probes import OK, Probe, all_probes, check, get
from measure.scenarios import Message, Reply, Route, ScenarioError
from measure.server import TestServer
from measure.servers_run import measure_all
from measure.subjects import SOFTWARE
from measure.subjects import nginx as nginx_module

NGINX = next(s for s in SOFTWARE if s.key == "nginx")
needs_nginx = pytest.mark.skipif(shutil.which("nginx") is None, reason="nginx is installed by make test (make servers)")


def broken_nginx(setup):
    files = nginx_module.proxy_files(setup)
    return {"nginx.conf": files["nginx.conf"].replace("proxy_cache cache;", "proxy_cache cache;\n            no_such_directive on;")}


@needs_nginx
def test_a_proxy_that_fails_to_start_is_an_error_naming_it_and_its_log() -> None:
    broken = dataclasses.replace(NGINX, files=broken_nginx)
    probes = [p for p in all_probes() if p.id == "pass-200"]
    done, errors = measure_all([broken], probes, 1)
    assert done == [] and len(errors) == 1
    assert errors[0].startswith("nginx: nginx (nginx) exited with status 1 at start; its log:")
    assert 'unknown directive "no_such_directive"' in errors[0]
    assert "output.log" in errors[0]


@needs_nginx
def test_a_scenario_the_upstream_cannot_serve_is_an_error_not_a_pass() -> None:
    lost = Probe("lost", "passthrough", "a route the proxy never asks for", (200,), ((get(), 0.0),), Route("elsewhere", OK.replies))
    done, errors = measure_all([NGINX], [lost], 1)
    assert done == [] and len(errors) == 1
    assert "requests no scenario could serve" in errors[0] and "/nginx/lost/0" in errors[0] and "no route '0'" in errors[0]


def test_a_scenario_set_that_cannot_be_served_as_written_is_refused() -> None:
    good = [p for p in all_probes() if p.id == "pass-200"][0]
    with pytest.raises(ScenarioError, match="declared twice"):
        check([good, good])
    with pytest.raises(ScenarioError, match="unknown upstream fault 'melt'"):
        check([dataclasses.replace(good, id="melt", route=Route("0", (Reply(Message(""), fault="melt"),)))])
    with pytest.raises(ScenarioError, match="must name the scenario's path"):
        check([dataclasses.replace(good, id="nowhere", pieces=(("GET / HTTP/1.1\r\n\r\n", 0.0),))])


def test_the_upstream_sends_each_fault_as_declared() -> None:
    faults = {p.id: p for p in all_probes() if p.topic == "failure" and not p.dead}
    with TestServer([p.scenario() for p in faults.values()]) as server:
        port = int(server.origins["A"].rsplit(":", 1)[1])

        def ask(sid: str, bound: float = 6.0):
            return call(port, (Piece(get().replace("{P}", f"/t/{sid}/0").encode()),), bound)

        assert ask("upstream-close").raw == b"" and ask("upstream-close").closed
        assert ask("upstream-reset").error == "reset"
        cut = ask("upstream-mid-body")
        assert cut.final is not None and cut.final.body == b"0123456789" and cut.closed
        assert ask("upstream-garbage").raw.startswith(b"SSH-2.0-")
        stalled = ask("upstream-stall", 1.0)
        assert stalled.raw == b"" and stalled.error == "timeout"
        big = ask("upstream-large-header")
        assert big.final is not None and any(name == "X-Large" and len(value) == 17 * 1024 for name, value in big.final.headers)


@needs_nginx
def test_every_process_is_stopped_and_only_loopback_is_used(monkeypatch) -> None:
    # this run's folders in a folder of its own, so that an nginx another test process runs at the
    # same time (make test runs the staleness tests beside the suite) is not taken for one left
    # over; readable by the unprivileged user the servers run as, like the system temp folder
    own = tempfile.mkdtemp(prefix="servers-harness-test-")
    os.chmod(own, 0o755)
    monkeypatch.setattr(tempfile, "tempdir", own)
    try:
        probes = [p for p in all_probes() if p.id in ("upstream-refused", "pass-200")]
        done, errors = measure_all([NGINX], probes, 1)
        assert errors == [] and [r["outcome"] for r in done[0]["results"]]
        assert "listen 127.0.0.1:PORT" in done[0]["config"] and "proxy_pass http://127.0.0.1:UPSTREAM" in done[0]["config"]
        left = [pid for pid in os.listdir("/proc") if pid.isdigit() and _command(pid).startswith("nginx: master")]
        assert [pid for pid in left if f"{own}/servers-nginx-" in _command(pid)] == []
    finally:
        shutil.rmtree(own, ignore_errors=True)
    with socket.socket() as sock:  # the harness's ports are free again
        sock.bind(("127.0.0.1", 0))


def _command(pid: str) -> str:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as handle:
            return handle.read().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""
