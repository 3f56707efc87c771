"""Driver for Debian's WebKitGTK through WebKitWebDriver (W3C WebDriver, plain HTTP calls with the
stdlib): a page's fetch(), and top-level navigation, in MiniBrowser under a virtual display (the
client's command starts it in xvfb-run). One session runs every scenario; each scenario starts
from cleared cookies, and its URLs are its own, so nothing cached carries over.
Usage: python webkit.py PLAN.json fetch|navigation"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

from browser_common import run_scenarios
from common import Result, emit

WEBDRIVER = os.environ.get("WEBKIT_WEBDRIVER", "/usr/bin/WebKitWebDriver")
MINIBROWSER = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser"
START_BOUND = 60.0  # seconds: without a display the new-session request hangs instead of failing


class WebDriverError(RuntimeError):
    """An error WebDriver answered with (its `error` and `message`)."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class WebKit:
    """The engine adapter: plain WebDriver commands to one session."""

    def __init__(self, base: str, session: str) -> None:
        self.base, self.session, self.stuck = base, session, False

    def command(self, method: str, path: str, body: dict[str, Any] | None = None, timeout: float = 30.0) -> Any:
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(f"{self.base}/session/{self.session}{path}", data=data, method=method, headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                return json.load(response).get("value")
        except urllib.error.HTTPError as error:
            value = json.load(error).get("value", {})
            self.stuck = self.stuck or value.get("error") == "timeout"
            raise WebDriverError(f"{value.get('error')}: {str(value.get('message'))[:200]}") from None
        except TimeoutError:
            self.stuck = True
            raise

    def scope(self, auth: list[str] | None) -> None:
        # WebDriver has no way to give credentials: a scenario with them gets none (its outcome says so)
        pass

    def end_scope(self) -> None:
        """Clear cookies; after a page that never finished loading (MiniBrowser waiting on a
        prompt WebDriver cannot answer, such as an authentication dialog), a new session."""
        if self.stuck:
            self.close()
            self.session, self.stuck = new_session(self.base, time.monotonic() + START_BOUND)[0], False
            return
        try:
            self.command("DELETE", "/cookie")
        except (WebDriverError, OSError):
            pass

    def close(self) -> None:
        try:
            urllib.request.urlopen(urllib.request.Request(f"{self.base}/session/{self.session}", method="DELETE"), timeout=10).close()
        except OSError:
            pass

    def load(self, url: str, timeout: float) -> Result:
        self.command("POST", "/timeouts", {"pageLoad": int(timeout * 1000), "script": int((timeout + 1) * 1000)})
        self.command("POST", "/url", {"url": url}, timeout + 5)
        return self.load_state()

    def evaluate(self, expression: str) -> Any:
        return self.command("POST", "/execute/sync", {"script": f"return {expression};", "args": []})

    def submit(self, expression: str, timeout: float) -> Result:
        before = self.evaluate("location.href")
        self.evaluate(expression)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            time.sleep(0.1)
            try:
                if self.evaluate("location.href") != before and self.evaluate("document.readyState") == "complete":
                    return self.load_state()
            except WebDriverError:
                continue
        return {"error": "Timeout: the form's navigation did not finish"}

    def load_state(self) -> Result:
        """WebDriver reports no status: the page's own Navigation Timing does, where the engine has it."""
        status = self.evaluate("(() => { const e = performance.getEntriesByType('navigation')[0]; return e && e.responseStatus ? e.responseStatus : null; })()")
        body = self.evaluate("document.body ? document.body.innerText.slice(0, 64) : null")
        return {"status": status, "reason": None, "body": body, "headers": None}


def new_session(base: str, deadline: float) -> tuple[str, str]:
    """A new MiniBrowser session: its id and the engine's version."""
    capabilities = {"capabilities": {"alwaysMatch": {"webkitgtk:browserOptions": {"binary": MINIBROWSER, "args": ["--automation"]}}}}
    request = urllib.request.Request(f"{base}/session", json.dumps(capabilities).encode(), {"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=max(1.0, deadline - time.monotonic())) as response:
        value = json.load(response)["value"]
    return value["sessionId"], value["capabilities"].get("browserVersion", "?")


def start(log: Path) -> tuple[subprocess.Popen[bytes], WebKit, str]:
    port = free_port()
    try:
        driver = subprocess.Popen([WEBDRIVER, f"--port={port}", "--host=127.0.0.1"], stdout=log.open("wb"), stderr=subprocess.STDOUT)
    except OSError as error:
        raise RuntimeError(f"WebKit ({WEBDRIVER}) did not start: {error}; its log: {log}") from None
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + START_BOUND
    while True:
        try:
            session, version = new_session(base, deadline)
            return driver, WebKit(base, session), version
        except (ConnectionError, urllib.error.URLError, TimeoutError, OSError) as error:
            if time.monotonic() > deadline or driver.poll() is not None:
                driver.kill()
                raise RuntimeError(
                    f"WebKit ({WEBDRIVER}, {MINIBROWSER}) did not start a session within {START_BOUND:.0f} s: {error}; its log:\n{log.read_text(errors='replace')[-1500:]}"
                ) from None
            time.sleep(0.3)


def main() -> None:
    mode = sys.argv[2]
    log = Path(tempfile.mkdtemp()) / "webkitwebdriver.log"
    try:
        driver, engine, version = start(log)
    except RuntimeError as error:
        sys.exit(str(error))
    try:
        emit({"version": f"WebKitGTK {version}"})
        run_scenarios(engine, mode)
    finally:
        engine.close()
        driver.kill()


if __name__ == "__main__":
    main()
