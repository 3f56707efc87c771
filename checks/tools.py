"""Where the pinned tools live: npm packages in the project's node_modules/, Debian's Chromium."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NODE_MODULES = ROOT / "node_modules"
CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
# Flags that keep Debian's Chromium quiet on a machine with no network (see the tooling guide).
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


class ToolMissing(RuntimeError):
    """A pinned tool is not installed: say how to install it instead of failing obscurely."""


def node_tool(relative: str) -> Path:
    """A file inside node_modules/, e.g. "vnu-jar/build/dist/vnu.jar"."""
    path = NODE_MODULES / relative
    if not path.exists():
        raise ToolMissing(f"{path} is missing: run `make node_modules/.installed` (npm ci)")
    return path
