"""The clients measured: how to start each one's driver (one process for every scenario), and
which configuration it runs in. `key` names the results file."""

from __future__ import annotations

import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

DRIVERS = Path(__file__).resolve().parent / "drivers"
ROOT = DRIVERS.parents[1]


@dataclass(frozen=True)
class Client:
    key: str
    name: str
    config: str  # "default", or the switch a user turns on, said plainly
    command: tuple[str, ...]  # "{plan}" is replaced by the plan file's path
    needs: str  # the program that must be on PATH (or a path) for this client to be measured
    startup: float = 10.0  # seconds the driver may take before its first scenario (a build, a JVM)

    def available(self) -> bool:
        return bool(shutil.which(self.needs)) or Path(self.needs).exists()

    def argv(self, plan: Path) -> list[str]:
        return [part.replace("{plan}", str(plan)) for part in self.command]


def py(client: str, driver: str = "python_clients.py") -> tuple[str, ...]:
    return (sys.executable, str(DRIVERS / driver), "{plan}", client)


NODE = ("node", str(DRIVERS / "node_driver.mjs"), "{plan}")
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
    Client("chromium-fetch", "Chromium", "page fetch() (defaults)", py("fetch", "chromium.py"), "chromium", 20.0),
    Client("chromium-navigation", "Chromium", "top-level navigation", py("navigation", "chromium.py"), "chromium", 20.0),
)
