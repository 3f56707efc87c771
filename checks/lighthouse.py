"""Gate: Lighthouse (mobile) scores 100 in performance, accessibility, best practices and SEO.

Run on three pages (home, a class page, a code page) served over http://127.0.0.1, with
Debian's Chromium. Lighthouse exits 0 whatever it finds, so the gate reads the scores from its
JSON report and lists the audits that cost points.
"""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
from pathlib import Path

from .pages import class_pages, code_pages, home_page, url_path
from .report import Report
from .server import serving
from .tools import CHROMIUM, CHROMIUM_ARGS, node_tool

CATEGORIES = ("performance", "accessibility", "best-practices", "seo")


def lighthouse_pages(site: Path) -> list[Path]:
    """The home page, the 4xx class page and the 404 code page (or the first of each kind)."""
    return [home_page(site), _named(class_pages(site), "4xx"), _named(code_pages(site), "404")]


def _named(pages: list[Path], folder: str) -> Path:
    return next((page for page in pages if page.parent.name == folder), pages[0])


def run_lighthouse(site: Path, pages: list[Path] | None = None) -> Report:
    pages = lighthouse_pages(site) if pages is None else pages
    cli = node_tool("lighthouse/cli/index.js")
    findings, figures = [], []
    with serving(site) as root, tempfile.TemporaryDirectory(prefix="lighthouse-") as work:
        for page in pages:
            path = url_path(site, page)
            output = Path(work) / "report.json"
            command = ["node", str(cli), root + path, "--quiet", "--output=json", f"--output-path={output}",
                       f"--only-categories={','.join(CATEGORIES)}",
                       f"--chrome-flags=--headless=new {' '.join(CHROMIUM_ARGS)}"]
            result = subprocess.run(command, capture_output=True, text=True, timeout=300,
                                    env={**os.environ, "CHROME_PATH": CHROMIUM})
            if not output.is_file():
                findings.append(f"{path or '/'}: Lighthouse gave no report (exit {result.returncode}): {result.stderr.strip()[-500:]}")
                continue
            report = json.loads(output.read_text(encoding="utf-8"))
            output.unlink()
            page_findings, scores = judge(path or "/", report)
            findings += page_findings
            settings = report["configSettings"]
            figures.append(f"  {path or '/':<8} " + "  ".join(f"{name} {scores[name]}" for name in CATEGORIES)
                           + f"  ({settings['formFactor']}, {settings['throttlingMethod']} throttling)")
    summary = f"lighthouse: {len(findings)} categories below 100 on {len(pages)} pages"
    return Report("lighthouse", findings, [summary, *figures])


def judge(path: str, report: dict) -> tuple[list[str], dict[str, int | None]]:
    """Every category below 100, with the audits that lost points; and the four scores."""
    findings, scores = [], {}
    for name in CATEGORIES:
        category = report["categories"][name]
        score = None if category["score"] is None else round(category["score"] * 100)
        scores[name] = score
        if score != 100:
            failing = [ref["id"] for ref in category["auditRefs"]
                       if ref["weight"] > 0 and (report["audits"][ref["id"]].get("score") or 0) < 1]
            findings.append(f"{path}: {name} {score}: {', '.join(failing) or 'no audit named'}")
    return findings, scores
