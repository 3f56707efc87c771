"""The clients measured: how to start each one's driver (one process for every scenario), and
which configuration it runs in. `key` names the results file."""

from __future__ import annotations

import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from .scenario_model import Scenario
from .subject import Startup

DRIVERS = Path(__file__).resolve().parent / "drivers"
ROOT = DRIVERS.parents[1]


@dataclass(frozen=True)
class Client:
    key: str
    name: str
    config: str  # "default", or the switch a user turns on, said plainly
    command: tuple[str, ...]  # "{plan}" is replaced by the plan file's path
    needs: str  # the program that must be on PATH (or a path) for this client to be measured
    warmup: float = 10.0  # seconds the driver may take before its first scenario (a build, a JVM, a browser)
    kind: str = ""  # a browser's configuration: "fetch" (a page's fetch()) or "navigation"; "" for the rest
    startup: Startup | None = None  # software the client needs running first (none do: the driver starts the client, or its browser)

    def runs(self, scenario: Scenario) -> bool:
        """Whether this client is measured on the scenario (browser-only ones name their kinds)."""
        return not scenario.only or self.kind in scenario.only

    def available(self) -> bool:
        return bool(shutil.which(self.needs)) or Path(self.needs).exists()

    def argv(self, plan: Path) -> list[str]:
        return [part.replace("{plan}", str(plan)) for part in self.command]


def py(client: str, driver: str = "python_clients.py") -> tuple[str, ...]:
    return (sys.executable, str(DRIVERS / driver), "{plan}", client)


NODE = ("node", str(DRIVERS / "node_driver.mjs"), "{plan}")
FIREFOX = ("node", str(DRIVERS / "firefox.mjs"), "{plan}")
WEBKIT = ("xvfb-run", "--auto-servernum", "--server-args=-screen 0 1024x768x24")  # MiniBrowser has no headless mode: a virtual display
CLIENTS = (
    Client("curl", "curl", "default", py("curl", "cli_clients.py"), "curl"),
    Client("curl-follow", "curl", "-L (follow redirects)", py("curl-L", "cli_clients.py"), "curl"),
    Client("curl-retry", "curl", "-L --retry 3", py("curl-retry", "cli_clients.py"), "curl"),
    Client("wget", "wget", "default", py("wget", "cli_clients.py"), "wget"),
    Client("urllib", "Python urllib.request", "default", py("urllib"), sys.executable),
    Client("requests", "requests", "default", py("requests"), sys.executable),
    Client(
        "requests-retry",
        "requests",
        "urllib3 Retry(total=3, backoff_factor=0.1, status_forcelist=429, 500, 502, 503, 504)",
        py("requests-retry"),
        sys.executable,
    ),
    Client("httpx", "httpx", "default", py("httpx"), sys.executable),
    Client("httpx-follow", "httpx", "follow_redirects=True", py("httpx-follow"), sys.executable),
    Client("aiohttp", "aiohttp", "default", py("aiohttp"), sys.executable),
    Client("node-fetch", "Node.js fetch", "default", (*NODE, "fetch"), "node"),
    Client("axios", "axios", "default", (*NODE, "axios"), "node"),
    Client("go", "Go net/http", "default (http.Client{})", ("go", "run", str(DRIVERS / "go" / "main.go"), "{plan}"), "go", 90.0),
    Client("java", "Java HttpClient", "default (Redirect.NEVER)", ("java", str(DRIVERS / "Driver.java"), "{plan}", "never"), "java", 40.0),
    Client("java-follow", "Java HttpClient", "followRedirects(Redirect.NORMAL)", ("java", str(DRIVERS / "Driver.java"), "{plan}", "normal"), "java", 40.0),
    Client("php-curl", "PHP curl", "default", ("php", str(DRIVERS / "driver.php"), "{plan}", "default"), "php"),
    Client("php-curl-follow", "PHP curl", "CURLOPT_FOLLOWLOCATION", ("php", str(DRIVERS / "driver.php"), "{plan}", "follow"), "php"),
    Client("ruby", "Ruby Net::HTTP", "default", ("ruby", str(DRIVERS / "driver.rb"), "{plan}"), "ruby"),
    Client("chromium-fetch", "Chromium", "page fetch() (defaults)", py("fetch", "chromium.py"), "chromium", 20.0, "fetch"),
    Client("chromium-navigation", "Chromium", "top-level navigation", py("navigation", "chromium.py"), "chromium", 20.0, "navigation"),
    Client("firefox-fetch", "Firefox", "page fetch() (defaults)", FIREFOX + ("fetch",), "firefox-esr", 30.0, "fetch"),
    Client("firefox-navigation", "Firefox", "top-level navigation", FIREFOX + ("navigation",), "firefox-esr", 30.0, "navigation"),
    Client("webkit-fetch", "WebKit", "page fetch() (defaults)", WEBKIT + py("fetch", "webkit.py"), "WebKitWebDriver", 40.0, "fetch"),
    Client("webkit-navigation", "WebKit", "top-level navigation", WEBKIT + py("navigation", "webkit.py"), "WebKitWebDriver", 40.0, "navigation"),
)
BROWSERS = {"Chromium", "Firefox", "WebKit"}
