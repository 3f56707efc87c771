"""Run every Express, Go, nginx and PHP snippet exactly as its page shows it and check the answer.

A plain program, not a pytest file: it needs port 8000, so run it in a private network namespace
(as root) so that it cannot clash with anything else on the machine:

    unshare -n sh -c 'ip link set lo up; exec .venv/bin/python tests/snippet_check_other.py [FILTER...]'

For each content/snippets/<framework>/<code>.<ext> it copies the file alone into an empty temp
folder, runs the file's own `run:` command there through the shell, waits for 127.0.0.1:8000,
sends the page's example request (the first http block under `## Example`) over a raw socket and
checks the status code, the header fields the page requires and the body rule. Then it runs a
probe for every content/snippets/cannot.yml entry of these frameworks and checks that the
framework really does not send the code (see PROBES). Exits 1 if anything fails.

The few places where the request sent differs from the page's text are in `request_bytes`.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Self, cast

import yaml

ROOT = Path(__file__).resolve().parent.parent
SNIPPETS = ROOT / "content" / "snippets"
CODES = ROOT / "content" / "codes"
FRAMEWORKS = {"express": "js", "go": "go", "nginx": "conf", "php": "php"}
PORT = 8000
RUN_LINE = re.compile(r"^\s*(?://|#)\s*run:\s*(.+?)\s*$")
FILLER_COOKIE_BYTES = 20000  # a header shown ending in "..." is this long on the wire


@dataclass
class Response:
    status: int
    reason: str
    headers: list[tuple[str, str]]
    body: bytes

    def header(self, name: str) -> str | None:
        for key, value in self.headers:
            if key.lower() == name.lower():
                return value
        return None


@dataclass
class Exchange:
    """What came back on one connection: interim (1xx) responses, a final one, or nothing."""

    interim: list[Response] = field(default_factory=list)
    final: Response | None = None
    raw: bytes = b""
    closed_silently: bool = False


@dataclass
class Page:
    code: int
    front: dict[str, object]
    request: str
    response: str


def load_page(code: int) -> Page:
    text = (CODES / f"{code}.md").read_text(encoding="utf-8")
    _, front, body = text.split("---\n", 2)
    example = body.split("## Example", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```http\n(.*?)```", example, re.DOTALL)
    return Page(code, yaml.safe_load(front), blocks[0], blocks[1] if len(blocks) > 1 else "")


def request_bytes(page_request: str) -> bytes:
    """The page's request as bytes; a body shown only in part is sent as far as it is shown.

    Deviations from the text, each because the text cannot go on the wire as it is:
    an `HTTP/2` request line is sent as HTTP/1.1 (the snippets serve cleartext HTTP/1.1);
    a header value shown ending in `...` is sent that long (the 431 example elides it);
    a Content-Length that miscounts a body shown in full is corrected.
    """
    text = page_request.removesuffix("\n")
    head, _, body = text.partition("\n\n")
    lines = head.split("\n")
    lines[0] = re.sub(r" HTTP/2$", " HTTP/1.1", lines[0])
    for i, line in enumerate(lines[1:], start=1):
        if line.endswith("..."):
            base = line[: -len("...")]
            filler = "; ".join(f"c{n}={'x' * 40}" for n in range(FILLER_COOKIE_BYTES // 45))
            lines[i] = base + filler
    body_bytes = body.encode("utf-8")
    at = next((i for i, l in enumerate(lines) if l.lower().startswith("content-length:")), None)
    if at is not None and body_bytes and int(lines[at].split(":", 1)[1]) != len(body_bytes):
        # A page that miscounts the body it shows in full (207 and 208 count one byte more):
        # send the true count, or the server would wait for a byte that never comes.
        lines[at] = f"Content-Length: {len(body_bytes)}"
    return ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8") + body_bytes


def read_exchange(
    sock: socket.socket, method: str, wait: float, head_only: bool = False, until: int | None = None
) -> Exchange:
    """Read interim responses and the final one (framed by Content-Length, chunked or close)."""
    sock.settimeout(wait)
    ex = Exchange()
    buf = bytearray()

    def more() -> bool:
        nonlocal buf
        try:
            data = sock.recv(65536)
        except (TimeoutError, ConnectionResetError):
            return False
        if not data:
            return False
        buf += data
        if len(ex.raw) < 4096:
            ex.raw += data[:4096]
        return True

    while True:
        while b"\r\n\r\n" not in buf:
            if not more():
                ex.closed_silently = not ex.raw
                return ex
        head, rest = bytes(buf).split(b"\r\n\r\n", 1)
        buf = bytearray(rest)
        status_line, *header_lines = head.decode("latin-1").split("\r\n")
        parts = status_line.split(" ", 2)
        headers = [tuple(p.strip() for p in h.split(":", 1)) for h in header_lines if ":" in h]
        resp = Response(int(parts[1]), parts[2] if len(parts) > 2 else "", headers, b"")  # type: ignore[arg-type]
        if 100 <= resp.status < 200 and resp.status != 101:
            ex.interim.append(resp)
            if resp.status == until:
                return ex
            continue
        if head_only:
            ex.final = resp
            return ex
        if method == "HEAD" or resp.status in (101, 204, 304):
            length = 0
        elif resp.header("Content-Length") is not None:
            length = int(resp.header("Content-Length") or 0)
        elif (resp.header("Transfer-Encoding") or "").lower() == "chunked":
            while not buf.endswith(b"0\r\n\r\n") and more():
                pass
            resp.body = dechunk(bytes(buf))
            ex.final = resp
            return ex
        else:
            while more():
                pass
            length = len(buf)
        while len(buf) < length and more():
            pass
        resp.body = bytes(buf[:length])
        # Anything after the framed body is a protocol error for these checks.
        if resp.status in (204, 304) or method == "HEAD":
            sock.settimeout(0.3)
            more()
            resp.body = bytes(buf)
        ex.final = resp
        return ex


def dechunk(data: bytes) -> bytes:
    out = b""
    while data:
        size_line, _, data = data.partition(b"\r\n")
        size = int(size_line.split(b";")[0] or b"0", 16)
        if size == 0:
            break
        out, data = out + data[:size], data[size + 2 :]
    return out


def send(
    req: bytes, method: str, wait: float = 5.0, head_only: bool = False, until: int | None = None
) -> Exchange:
    with socket.create_connection(("127.0.0.1", PORT), timeout=5) as sock:
        sock.sendall(req)
        return read_exchange(sock, method, wait, head_only, until)


def port_open() -> bool:
    try:
        socket.create_connection(("127.0.0.1", PORT), timeout=0.2).close()
        return True
    except OSError:
        return False


def listen_addresses() -> set[str]:
    """Local addresses of sockets listening on PORT, from /proc (this network namespace's)."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            addr, port = local.split(":")
            if state == "0A" and int(port, 16) == PORT:
                found.add(addr)
    return found


def run_line(path: Path) -> str:
    for line in path.read_text(encoding="utf-8").splitlines()[:3]:
        m = RUN_LINE.match(line)
        if m:
            return m.group(1)
    raise ValueError(f"{path}: no `run:` comment in the first lines")


def environment(cache: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        NODE_PATH=str(ROOT / "node_modules"),
        GOCACHE=str(cache / "gocache"),
        GOPATH=str(cache / "gopath"),
        GOFLAGS="-mod=mod",
        GO111MODULE="auto",
        HOME=str(cache),
    )
    return env


class Server:
    """The snippet's own run command, started in an empty folder and stopped with its group."""

    def __init__(self, file_text: str, name: str, cache: Path, command: str | None = None) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="snippet-"))
        self.dir.chmod(0o755)  # run as root, nginx's workers are nobody and read files here
        (self.dir / name).write_text(file_text, encoding="utf-8")
        self.command = command or run_line(self.dir / name)
        self.log = self.dir.parent / (self.dir.name + ".log")
        self.cache = cache
        self.proc: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> Self:
        with open(self.log, "wb") as log:
            self.proc = subprocess.Popen(
                self.command, shell=True, cwd=self.dir, env=environment(self.cache),
                stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
            )
        deadline = time.monotonic() + 90
        while not port_open():
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"did not listen on {PORT}: {self.output()[-600:]}")
            time.sleep(0.05)
        return self

    def output(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""

    def __exit__(self, *exc: object) -> None:
        if self.proc is not None:
            try:
                os.killpg(self.proc.pid, signal.SIGTERM)
                self.proc.wait(5)
            except ProcessLookupError:
                pass
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
        deadline = time.monotonic() + 5
        while port_open() and time.monotonic() < deadline:
            time.sleep(0.05)
        shutil.rmtree(self.dir, ignore_errors=True)


# Header fields the contract names as essential beyond the front-matter's MUST list.
ESSENTIAL = {201: ["Location"], 401: ["WWW-Authenticate"], 405: ["Allow"],
             407: ["Proxy-Authenticate"], 206: ["Content-Range"], 416: ["Content-Range"]}


def required_headers(page: Page) -> list[str]:
    """MUST fields, except those required only 'if a 200 would have carried it' and not shown."""
    shown = {h.split(":", 1)[0].lower() for h in page.response.split("\n\n")[0].split("\n")[1:]}
    fields = []
    for h in cast("list[dict[str, str]]", page.front.get("headers") or []):
        if h.get("requirement") != "MUST":
            continue
        conditional = str(h.get("note", "")).startswith("if a 200")
        if not conditional or h["field"].lower() in shown:
            fields.append(h["field"])
    fields += ESSENTIAL.get(page.code, [])
    if 300 <= page.code < 400 and page.code != 304:
        fields.append("Location")
    if "retry-after" in shown:
        fields.append("Retry-After")
    return sorted(set(fields), key=str.lower)


@dataclass
class Expect:
    status: int | None  # None: the connection closes with nothing sent
    interim: int | None = None  # a 1xx that must arrive first
    stop_after_interim: bool = False  # 100: the check ends once 100 Continue arrived
    body_contains: str | None = None


def expectation(page: Page) -> Expect:
    if page.code in (444, 499):
        return Expect(None)
    if page.code == 100:
        return Expect(100, interim=100, stop_after_interim=True)
    if page.code == 101:
        return Expect(101)
    if page.code == 104:  # the final answer comes after the whole upload, so stop at 104
        return Expect(201, interim=104, stop_after_interim=True)
    if page.code in (102, 103):
        final = int(re.findall(r"^HTTP/\S+ (\d{3})", page.response, re.MULTILINE)[-1])
        return Expect(final, interim=page.code)
    if page.code == 208:  # the page's own example: 208 lives inside a 207 body
        return Expect(207, body_contains="208 Already Reported")
    return Expect(page.code)


def check_exchange(ex: Exchange, page: Page, want: Expect, headers: list[str]) -> list[str]:
    problems: list[str] = []
    if want.status is None:
        if not ex.closed_silently:
            problems.append(f"expected the connection to close with nothing sent, got {ex.raw[:80]!r}")
        return problems
    if want.interim is not None:
        codes = [r.status for r in ex.interim]
        if want.interim not in codes:
            problems.append(f"no interim {want.interim} (got {codes}, raw {ex.raw[:120]!r})")
            return problems
        if want.interim != 100:  # the headers checked are the interim response's own
            r = ex.interim[codes.index(want.interim)]
            for name in headers:
                if r.header(name) is None:
                    problems.append(f"{want.interim} lacks {name}")
            headers = []
        if want.stop_after_interim:
            return problems
    final = ex.final
    if final is None:
        problems.append(f"no final response (raw {ex.raw[:120]!r})")
        return problems
    if final.status != want.status:
        problems.append(f"status {final.status}, expected {want.status}")
    for name in headers:
        if final.header(name) is None:
            problems.append(f"missing header {name}")
    no_body = page.front.get("content_allowed") is False and page.code >= 200
    if no_body and (final.body or final.header("Transfer-Encoding")
                    or (final.header("Content-Length") not in (None, "0"))):
        problems.append(f"a body where none is allowed: {final.body[:60]!r}")
    if want.body_contains and want.body_contains not in final.body.decode("utf-8", "replace"):
        problems.append(f"body lacks {want.body_contains!r}")
    return problems


# Extra requests that show a snippet depends on the request: (change to the example, status).
def variants(code: int, req: bytes) -> list[tuple[str, bytes, int]]:
    def drop(name: str) -> bytes:
        return re.sub(rb"(?im)^" + name.encode() + rb":[^\r\n]*\r\n", b"", req)

    def with_header(name: str, value: str) -> bytes:
        return drop(name).replace(b"\r\n", f"\r\n{name}: {value}\r\n".encode(), 1)

    if code == 304:
        plain = re.sub(rb"(?im)^If-Modified-Since:[^\r\n]*\r\n", b"", drop("If-None-Match"))
        return [("without validators", plain, 200),
                ("with another If-None-Match", with_header("If-None-Match", '"other"'), 200)]
    if code in (206, 416):
        return [("without Range", drop("Range"), 200)]
    if code == 412:
        return [("If-Match of the current tag", with_header("If-Match", '"v42"'), 204)]
    if code == 401:
        return [("without Authorization", drop("Authorization"), 401)]
    if code == 405:
        return [("GET instead", re.sub(rb"^DELETE", b"GET", req), 200)]
    return []


def check_snippet(path: Path, cache: Path) -> list[str]:
    code = int(path.stem)
    page = load_page(code)
    req = request_bytes(page.request)
    method = page.request.split(" ", 1)[0]
    want = expectation(page)
    headers = required_headers(page)
    with Server(path.read_text(encoding="utf-8"), path.name, cache) as server:
        bound = listen_addresses()
        wrong = bound - {"0100007F"}  # 127.0.0.1, as /proc/net/tcp writes it
        problems_bind = [f"listens on {sorted(wrong)}, not 127.0.0.1 only"] if wrong else []
        wait = 12.0 if code == 408 else 5.0
        ex = send(req, method, wait, until=want.interim if want.stop_after_interim else None)
        problems = problems_bind + check_exchange(ex, page, want, headers)
        for label, variant, status in variants(code, req):
            vex = send(variant, method, head_only=True)
            got = vex.final.status if vex.final else None
            if got != status:
                problems.append(f"{label}: status {got}, expected {status}")
        if code == 499 and not re.search(r"(?m) 499$", server.output()):
            problems.append("nginx did not log 499")
    return problems


# -- cannot.yml: each entry is shown by a probe that tries the natural way and looks at the wire --

NGINX_PROBE = """daemon off;
pid nginx.pid;
events {{}}
http {{
    access_log /dev/stderr;
    client_body_temp_path tmp;
    proxy_temp_path tmp;
    fastcgi_temp_path tmp;
    uwsgi_temp_path tmp;
    scgi_temp_path tmp;
    client_body_timeout 2s;
    server {{
        listen 127.0.0.1:8000;
        root .;
        {body}
    }}
}}
"""


@dataclass
class Probe:
    name: str
    text: str
    command: str
    request: bytes
    verdict: str  # 'interim-only C', 'no-switch', 'silent-close', 'no-answer' or 'status C'
    wait: float = 3.0


def probe_for(code: int, framework: str) -> Probe | None:
    """The natural attempt at sending `code` in `framework`, and what the wire must show."""
    page = load_page(code)
    req = request_bytes(page.request)
    if framework == "nginx":
        name = f"probe{code}.conf"
        cmd = f"nginx -p . -c {name} -e stderr"
        if code == 101:
            loc = "location / { add_header Upgrade websocket always; return 101; }"
            return Probe(name, NGINX_PROBE.format(body=loc), cmd, req, "no-switch")
        if code in (102, 103, 104):
            loc = f"location / {{ client_max_body_size 0; return {code}; }}"
            return Probe(name, NGINX_PROBE.format(body=loc), cmd, req, f"interim-only {code}")
        if code == 408:
            loc = "location / { dav_methods PUT; create_full_put_path on; client_max_body_size 0; }"
            return Probe(name, NGINX_PROBE.format(body=loc), cmd, req, "silent-close log408", wait=6)
        if code == 226:
            loc = "location = /feeds/changelog.xml { }"
            cmd = f"mkdir -p feeds && echo '<feed/>' > feeds/changelog.xml && {cmd}"
            return Probe(name, NGINX_PROBE.format(body=loc), cmd, req, "status 200")
        if code == 407:
            loc = "location / { return 407; }"
            return Probe(name, NGINX_PROBE.format(body=loc), cmd, req, "status 400")
    if framework == "php":
        name = f"probe{code}.php"
        cmd = f"php -S 127.0.0.1:{PORT} {name}"
        if code in (101, 102, 103):
            text = f"<?php\nhttp_response_code({code});\nheader('Link: </a.css>; rel=preload');\necho 'final';\n"
            verdict = "no-switch" if code == 101 else f"interim-only {code}"
            return Probe(name, text, cmd, req, verdict)
        if code in (100, 104, 408, 413, 417, 507):
            text = f"<?php\nhttp_response_code({201 if code in (100, 104) else code});\n"
            return Probe(name, text, cmd, req, "no-answer", wait=10)
    if framework == "express" and code == 104:
        name = f"probe{code}.js"
        text = ("const app = require('express')();\n"
                "app.post('*', (req, res) => {\n"
                "  res.writeHead(104, { Location: '/uploads/1', 'Upload-Draft-Interop-Version': '6' });\n"
                "  res.status(201).end();\n"
                "});\n"
                f"app.listen({PORT}, '127.0.0.1');\n")
        return Probe(name, text, f"node {name}", req, "interim-only 104")
    return None


def check_probe(code: int, framework: str, cache: Path) -> list[str]:
    probe = probe_for(code, framework)
    if probe is None:
        return ["no probe written for this entry"]
    method = load_page(code).request.split(" ", 1)[0]
    with Server(probe.text, probe.name, cache, probe.command) as server:
        with socket.create_connection(("127.0.0.1", PORT), timeout=5) as sock:
            sock.sendall(probe.request)
            ex = read_exchange(sock, method, probe.wait)
            second = b""
            if probe.verdict == "no-switch" and ex.final is not None:
                # after a real 101 the connection no longer speaks HTTP/1.1
                try:
                    sock.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
                    sock.settimeout(2)
                    second = sock.recv(200)
                except OSError:
                    second = b""
        out = server.output()
    v = probe.verdict
    if v.startswith("interim-only"):
        c = int(v.split()[1])
        ok = [r.status for r in ex.interim] == [c] and ex.final is None
        return [] if ok else [f"expected a lone {c} with no final response, got {ex.raw[:160]!r}"]
    if v == "no-switch":
        closes = ex.final is not None and "close" in (ex.final.header("Connection") or "").lower()
        ok = ex.final is not None and ex.final.status == 101 and (
            closes or second.startswith(b"HTTP/1.1 "))
        return [] if ok else [f"expected a 101 and then HTTP or a close, got {ex.raw[:120]!r} {second[:60]!r}"]
    if v.startswith("silent-close"):
        problems = [] if ex.closed_silently else [f"expected a silent close, got {ex.raw[:120]!r}"]
        if "log408" in v and '" 408 ' not in out:
            problems.append("nginx did not log 408")
        return problems
    if v == "no-answer":
        return [] if not ex.raw else [f"expected no answer before the body, got {ex.raw[:120]!r}"]
    if v.startswith("status"):
        c = int(v.split()[1])
        got = ex.final.status if ex.final else None
        return [] if got == c else [f"expected status {c}, got {ex.raw[:160]!r}"]
    return [f"unknown verdict {v}"]


def main(filters: list[str]) -> int:
    cache = Path(tempfile.gettempdir()) / "snippet-check-cache"
    cache.mkdir(exist_ok=True)
    failures = passed = 0
    started = time.monotonic()
    for framework, ext in FRAMEWORKS.items():
        for path in sorted((SNIPPETS / framework).glob(f"*.{ext}"), key=lambda p: int(p.stem)):
            label = f"{framework}/{path.name}"
            if filters and not any(f in label for f in filters):
                continue
            t0 = time.monotonic()
            try:
                problems = check_snippet(path, cache)
            except Exception as exc:  # noqa: BLE001 - one broken snippet must not hide the others
                problems = [f"{type(exc).__name__}: {exc}"]
            took = time.monotonic() - t0
            if problems:
                failures += 1
                print(f"FAIL {label} ({took:.1f} s): " + "; ".join(problems), flush=True)
            else:
                passed += 1
                print(f"ok   {label} ({took:.1f} s)", flush=True)
    cannot_path = SNIPPETS / "cannot.yml"
    entries = yaml.safe_load(cannot_path.read_text(encoding="utf-8")) if cannot_path.exists() else []
    shown = 0
    for entry in entries or []:
        code, framework = int(entry["code"]), str(entry["framework"])
        label = f"cannot {code} {framework}"
        if framework not in FRAMEWORKS or (filters and not any(f in label for f in filters)):
            continue
        if (SNIPPETS / framework / f"{code}.{FRAMEWORKS[framework]}").exists():
            problems = ["a snippet exists for an entry that says it cannot"]
        else:
            try:
                problems = check_probe(code, framework, cache)
            except Exception as exc:  # noqa: BLE001 - nor one broken probe
                problems = [f"{type(exc).__name__}: {exc}"]
        if problems:
            failures += 1
            print(f"FAIL {label}: " + "; ".join(problems), flush=True)
        else:
            shown += 1
            print(f"ok   {label}", flush=True)
    print(f"{passed} snippets passed, {shown} cannot entries shown, {failures} failures "
          f"in {time.monotonic() - started:.0f} s")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
