"""Driver for command-line clients (curl, wget): one client process per scenario, as people run
them; several calls of a scenario go in one invocation so that they share a connection.
Usage: python cli_clients.py PLAN.json curl|curl-L|curl-retry|wget"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import Call, Result, emit, load_plan

STATUS = re.compile(r"^\s*(HTTP/\S+) (\S+)(?: (.*))?$")
FIELD = re.compile(r"^([!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \t]*(.*?)[ \t]*$")


def execute(argv: list[str], bound: float, cwd: str) -> tuple[int | None, str, str]:
    """Run one client process in a group of its own, killed at the bound."""
    process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=cwd, start_new_session=True, text=True, errors="replace")
    try:
        out, err = process.communicate(timeout=bound)
        return process.returncode, out, err
    except subprocess.TimeoutExpired:
        return None, "", ""
    finally:
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        process.wait()


def last_status(head: str) -> tuple[str | None, str | None]:
    found: tuple[str | None, str | None] = (None, None)
    for row in head.splitlines():
        match = STATUS.match(row)
        if match and match.group(1).startswith("HTTP/"):
            found = (match.group(2), match.group(3) or "")
    return found


def last_fields(head: str, indent: str = "") -> list[list[str]]:
    """The header fields of the last response in a header dump (curl -D: every block, interim and
    redirect responses included, one after the other; wget -S: the same, each line indented)."""
    fields: list[list[str]] = []
    inside = False
    for row in head.splitlines():
        match = STATUS.match(row)
        if match and match.group(1).startswith("HTTP/") and row.startswith(indent):
            fields, inside = [], True
            continue
        field = FIELD.match(row[len(indent) :]) if inside and row.startswith(indent) else None
        if field is None:
            inside = False
        elif len(fields) < 30:
            fields.append([field.group(1).lower(), field.group(2)[:200]])
    return fields


def curl_scenario(calls: list[Call], timeout: float, extra: list[str], folder: str) -> list[Result]:
    argv = ["curl", "-s", "-S"]
    for i, c in enumerate(calls):
        if i:
            argv.append("--next")
        argv += [*extra, "--max-time", str(timeout), "-o", f"body{i}", "-D", f"head{i}", "-w", "%{json}\n"]
        for name, value in c["headers"]:
            argv += ["-H", f"{name}: {value}"]
        data = b"x" * c["body_size"] if c["body_size"] else (c["body"].encode() if c["body"] is not None else None)
        if data is not None:
            Path(folder, f"data{i}").write_bytes(data)
            argv += ["--data-binary", f"@data{i}"]
        if c["method"] not in ("GET", "POST") or (c["method"] == "POST" and data is None):
            argv += ["-X", c["method"]]
        if c["auth"]:
            argv += ["-u", ":".join(c["auth"])]
        argv.append(c["url"])
    code, out, err = execute(argv, timeout * len(calls) + 2, folder)
    if code is None:
        return [{"error": f"TimeoutExpired: curl still running after {timeout * len(calls) + 2} s"}]
    results: list[Result] = []
    reports = [json.loads(row) for row in out.splitlines() if row.startswith("{")]
    for i, report in enumerate(reports):
        head = Path(folder, f"head{i}").read_text("latin-1") if Path(folder, f"head{i}").exists() else ""
        body = Path(folder, f"body{i}").read_bytes()[:64].decode("latin-1") if Path(folder, f"body{i}").exists() else None
        _, reason = last_status(head)
        status = report.get("response_code") or None
        result: Result = {
            "status": status,
            "reason": reason if status else None,
            "body": body if status else None,
            "headers": last_fields(head) if status else None,
        }
        if report.get("exitcode"):
            result["error"] = f"curl exit {report['exitcode']}: {report.get('errormsg', '')}"
        results.append(result)
    if not reports:
        results.append({"error": f"curl exit {code}: {err.strip()[:200]}"})
    return results


def wget_scenario(calls: list[Call], timeout: float, folder: str) -> list[Result]:
    first = calls[0]
    argv = ["wget", "-S", "-O", "body", f"--timeout={timeout}"]
    for name, value in first["headers"]:
        argv.append(f"--header={name}: {value}")
    data = b"x" * first["body_size"] if first["body_size"] else (first["body"].encode() if first["body"] is not None else None)
    if first["method"] != "GET" or data is not None:
        argv.append(f"--method={first['method']}")
    if data is not None:
        Path(folder, "data").write_bytes(data)
        argv.append("--body-file=data")
    if first["auth"]:
        argv += [f"--user={first['auth'][0]}", f"--password={first['auth'][1]}"]
    argv += [c["url"] for c in calls]
    bound = timeout * len(calls) + 2
    code, _, err = execute(argv, bound, folder)
    if code is None:
        return [{"error": f"TimeoutExpired: wget still running after {bound} s"}]
    # Responses per URL: wget prints "--<date>--  <url>" before each one it fetches.
    chunks = re.split(r"^--\d{4}-\d\d-\d\d \d\d:\d\d:\d\d--  (\S+)$", err, flags=re.M)
    per_url: dict[str, str] = {}
    for url, text in zip(chunks[1::2], chunks[2::2]):
        per_url[url] = per_url.get(url, "") + text
    body = Path(folder, "body").read_bytes()[:64].decode("latin-1") if Path(folder, "body").exists() else None
    results: list[Result] = []
    for i, c in enumerate(calls):
        text = err if len(calls) == 1 else per_url.get(c["url"], "")  # one call: the last response of its redirects
        status, reason = last_status(text)
        result: Result = {
            "status": int(status) if status and status.isdigit() else None,
            "reason": reason,
            "body": body if len(calls) == 1 and status else None,
            "headers": last_fields(text, "  ") if status else None,
        }
        if status is not None and not status.isdigit():
            result["status"] = None
        lines = [row.strip() for row in text.splitlines() if row.strip()]
        if code and i == len(calls) - 1:
            result["error"] = f"wget exit {code}: {lines[-1][:160] if lines else ''}"
        results.append(result)
    return results


def main() -> None:
    plan = load_plan()
    client = sys.argv[2]
    program = "wget" if client == "wget" else "curl"
    version = subprocess.run([program, "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    emit({"version": " ".join(version.split()[:3]) if program == "wget" else " ".join(version.split()[:2])})
    extra = {"curl": [], "curl-L": ["-L"], "curl-retry": ["-L", "--retry", "3"]}.get(client, [])
    for scenario in plan["scenarios"]:
        with tempfile.TemporaryDirectory() as folder:
            for c in scenario["calls"][:1]:
                if c["delay"]:
                    time.sleep(c["delay"])
            if program == "curl":
                results = curl_scenario(scenario["calls"], scenario["timeout"], extra, folder)
            else:
                results = wget_scenario(scenario["calls"], scenario["timeout"], folder)
        emit({"id": scenario["id"], "calls": results})


if __name__ == "__main__":
    main()
