"""Gate: no broken link in the whole built site, #anchors included.

linkinator (npm) requests every page, stylesheet, icon and CSS url() over HTTP from a local
server, starting at every HTML file so no page is missed. It cannot be trusted with anchors:
7.6.1 checks a #fragment only when the link is seen before the target page is crawled, and
names the wrong linking page (measured), so anchors are checked from the files by
html_pages.broken_links, which resolves every href/src and #fragment from the page that has it.
Links to other sites are counted but not followed: the checks run without a network.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

from .html_pages import broken_links, is_external, read_page
from .pages import html_pages, url_path
from .report import Report
from .server import serving
from .tools import node_tool


def check_links(site: Path) -> Report:
    pages = html_pages(site)
    broken, checked = linkinator(site, pages)
    findings = broken + sorted(broken_links(site))
    external = {url for page in pages for _, url in read_page(page).links if is_external(url)}
    figure = (
        f"links: {len(findings)} broken; {checked} URLs answered over HTTP (linkinator), "
        f"every href/src and #anchor in {len(pages)} pages resolved; {len(external)} external URLs not followed (no network)"
    )
    return Report("links", findings, [figure])


def linkinator(site: Path, pages: list[Path]) -> tuple[list[str], int]:
    """Broken URLs as `page: url -> status`, and how many URLs linkinator checked."""
    cli = node_tool("linkinator/build/src/cli.js")
    with serving(site) as root:
        starts = [root + url_path(site, page) for page in pages]
        command = ["node", str(cli), *starts, "--recurse", "--check-css", "--format", "json", "--skip", f"^(?!{re.escape(root)})", "--timeout", "20000"]
        result = subprocess.run(command, capture_output=True, text=True, timeout=600)
    try:
        links = json.loads(result.stdout)["links"]
    except (json.JSONDecodeError, KeyError):
        return [f"{site}: linkinator gave no report (exit {result.returncode}): {result.stderr.strip()[:500]}"], 0
    broken = {
        f"{link.get('parent', '').removeprefix(root) or '(start)'}: {link['url'].removeprefix(root)} -> HTTP {link.get('status') or 'error'}"
        for link in links
        if link["state"] == "BROKEN"
    }
    checked = len({link["url"] for link in links if link["state"] == "OK"})
    return sorted(broken), checked
