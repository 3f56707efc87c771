"""Gate: the Nu HTML Checker (npm vnu-jar) finds no error in any page, stylesheet or SVG."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from urllib.parse import unquote, urlsplit

from .report import Report
from .tools import node_tool

CHECKED = ("*.html", "*.css", "*.svg")


def validate(site: Path) -> Report:
    """Run vnu over the whole folder; every error is a finding `path:line:col: message`."""
    jar = node_tool("vnu-jar/build/dist/vnu.jar")
    command = ["java", "-jar", str(jar), "--skip-non-html", "--also-check-css", "--also-check-svg", "--errors-only", "--format", "json", str(site)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=600)
    try:
        output = json.loads(result.stderr)
        messages = output["messages"]
    except (json.JSONDecodeError, KeyError):
        return Report("validator", [f"{site}: the checker gave no report (exit {result.returncode}): {result.stderr.strip()[:500]}"])
    findings = [finding(site, message) for message in messages if message.get("type") != "info"]
    counts = {pattern: len(list(site.rglob(pattern))) for pattern in CHECKED}
    files = ", ".join(f"{count} {pattern.removeprefix('*.')}" for pattern, count in counts.items())
    return Report("validator", findings, [f"validator (vnu {output.get('version', '?')}): {len(findings)} errors in {files} files"])


def finding(site: Path, message: dict) -> str:
    path = unquote(urlsplit(message.get("url", "")).path)
    shown = Path(path).relative_to(site.resolve()).as_posix() if path.startswith(str(site.resolve())) else path or str(site)
    line = message.get("lastLine", message.get("firstLine", 1))
    column = message.get("firstColumn", 1)
    return f"{shown}:{line}:{column}: {message.get('message', 'error').strip()}"
