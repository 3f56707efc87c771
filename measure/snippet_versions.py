"""Measure the version of every framework the snippets are tested with, from what is installed,
and write content/snippets/versions.yml, which the build reads for the page labels.

Run by `make snippet-versions`; tests/test_snippets.py fails when the file differs from what
this measures, so a label never names a version the tests did not run.
"""

from __future__ import annotations

import importlib.metadata
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VERSIONS = ROOT / "content/snippets/versions.yml"
NODE_MODULES = ROOT / "node_modules"


def _output(*command: str) -> str:
    result = subprocess.run(command, capture_output=True, text=True, timeout=60, env={**os.environ, "NODE_PATH": str(NODE_MODULES)})
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed: {result.stderr.strip()}")
    return result.stdout + result.stderr


def _search(pattern: str, text: str) -> str:
    match = re.search(pattern, text)
    if not match:
        raise RuntimeError(f"no version found in {text!r}")
    return match.group(1)


MEASURES: dict[str, Callable[[], str]] = {
    "flask": lambda: importlib.metadata.version("flask"),
    "django": lambda: importlib.metadata.version("django"),
    "fastapi": lambda: importlib.metadata.version("fastapi"),
    "express": lambda: _output("node", "-p", "require('express/package.json').version").strip(),
    "go": lambda: _search(r"go(\d+\.\d+(?:\.\d+)?)", _output("go", "env", "GOVERSION")),
    "nginx": lambda: _search(r"nginx/(\d+\.\d+\.\d+)", _output("nginx", "-v")),
    "php": lambda: _search(r"^(\d+\.\d+\.\d+)", _output("php", "-r", "echo PHP_VERSION;")),
}


def measured() -> dict[str, str]:
    """framework -> installed version, for every framework in the registry."""
    return {key: measure() for key, measure in MEASURES.items()}


def versions_text(versions: dict[str, str]) -> str:
    lines = ["# Written by `make snippet-versions` from what is installed; do not edit by hand.\n"]
    lines += [f'{key}: "{value}"\n' for key, value in versions.items()]
    return "".join(lines)


def main() -> int:
    try:
        versions = measured()
    except (RuntimeError, OSError, importlib.metadata.PackageNotFoundError) as error:
        print(f"snippet-versions: {error}", file=sys.stderr)
        return 1
    VERSIONS.write_text(versions_text(versions), encoding="utf-8")
    print(versions_text(versions), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
