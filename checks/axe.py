"""Gate: axe-core finds no violation (WCAG 2.1 A and AA, best practices) in light or dark.

Every page (home, class, code and not-found pages) is opened from a local server in headless
Chromium, then checked with `prefers-color-scheme` emulated as light and as dark, so colour
contrast is checked in both.
"""

from __future__ import annotations

from contextlib import nullcontext
from pathlib import Path

from .browser import chromium
from .pages import html_pages, url_path
from .report import Report
from .server import serving
from .tools import node_tool

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
SCHEMES = ("light", "dark")
RUN = "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})"


def check_accessibility(site: Path, pages: list[Path] | None = None, browser=None) -> Report:
    """axe on `pages` (default: every HTML page); one finding per failing element and scheme.

    `browser`: a Playwright browser already running in this thread (tests pass theirs, since
    a second sync Playwright cannot start inside the first); by default one is launched.
    """
    pages = html_pages(site) if pages is None else pages
    script = node_tool("axe-core/axe.min.js")
    findings: list[str] = []
    per_page = {url_path(site, page) or "/": 0 for page in pages}
    with serving(site) as root, nullcontext(browser) if browser else chromium() as browser:
        context = browser.new_context()
        context.add_init_script(path=script)
        tab = context.new_page()
        for page in pages:
            path = url_path(site, page)
            tab.goto(root + path)
            for scheme in SCHEMES:
                tab.emulate_media(color_scheme=scheme)
                for violation in tab.evaluate(RUN, TAGS)["violations"]:
                    for node in violation["nodes"]:
                        per_page[path or "/"] += 1
                        findings.append(
                            f"{page.relative_to(site).as_posix()} ({scheme}): {violation['id']}: {violation['help']}: {' '.join(map(str, node['target']))}"
                        )
        context.close()
    worst = max(per_page.values(), default=0)
    figures = [f"axe: {len(findings)} violations on {len(pages)} pages x {len(SCHEMES)} colour schemes; most on one page: {worst}"]
    figures += [f"  {count:3d}  {path}" for path, count in per_page.items() if count]
    return Report("axe", findings, figures)
