"""Gate: every page fits a phone and a desktop, has tap targets a finger can hit, and shows no
Markdown backtick as text, at 360 and 1440 CSS px wide, in light and dark colour schemes.

Three rules, measured in one headless Chromium tab reused for every page: each page is loaded
once, then resized to each width and switched to each colour scheme without reloading.

- `width`: the document is no wider than the viewport (`scrollWidth` of the root element), so
  nothing makes the whole page scroll sideways; a table or code block that scrolls inside its
  own box is fine. The finding names the innermost box that reaches furthest.
- `target-size`: axe-core's rule for WCAG 2.2 success criterion 2.5.8: a link or control is at
  least 24 x 24 CSS px, or far enough from its neighbours; links inside running text are exempt,
  as the criterion says. It is most of the gate's time (about 0.1 s a page and width).
- `backtick`: no text node outside `code`, `pre`, `kbd` and `samp` contains "`": one means
  Markdown code was rendered as text (or escaped twice) somewhere.
"""

from __future__ import annotations

from contextlib import nullcontext
from pathlib import Path

from .browser import chromium
from .pages import html_pages, url_path
from .report import Report
from .server import serving
from .tools import node_tool

WIDTHS = (360, 1440)
HEIGHT = 800
SCHEMES = ("light", "dark")

MEASURE = """async () => {
    const root = document.documentElement;
    const problems = [];
    if (root.scrollWidth > root.clientWidth) {
        const clips = element => ["auto", "scroll", "hidden", "clip"].includes(getComputedStyle(element).overflowX);
        const inside = element => { for (let up = element.parentElement; up && up !== root; up = up.parentElement) if (clips(up)) return true; return false; };
        const end = element => { const box = element.getBoundingClientRect(); return clips(element) ? box.right : Math.max(box.right, box.left + element.scrollWidth); };
        const wide = Array.from(document.body.querySelectorAll("*")).filter(element => end(element) > root.clientWidth + 0.5 && !inside(element));
        const far = Math.max(...wide.map(end));
        const furthest = wide.filter(element => end(element) >= far - 0.5);
        let out = furthest[0];
        for (const element of furthest) if (out.contains(element)) out = element;  // the innermost box that reaches furthest
        const what = out ? ` (${out.tagName.toLowerCase()}${out.classList.length ? "." + Array.from(out.classList).join(".") : ""} ends at ${Math.round(end(out))} px)` : "";
        problems.push(["width", `the page is ${root.scrollWidth} px wide in a ${root.clientWidth} px viewport${what}`]);
    }
    // target-size is geometry only: when switching the colour scheme moved no box, axe's answer
    // for the previous scheme stands (this halves the gate's time).
    const layout = Array.from(document.body.querySelectorAll("*"), element => { const box = element.getBoundingClientRect(); return `${box.x},${box.y},${box.width},${box.height}`; }).join(" ");
    if (window.layoutGate === undefined || window.layoutGate.layout !== layout) {
        const result = await axe.run(document, {runOnly: {type: "rule", values: ["target-size"]}, resultTypes: ["violations"]});
        const targets = result.violations.flatMap(violation => violation.nodes.map(node =>
            ["target-size", `${node.target.join(" ")}: ${node.failureSummary.replace(/\\s+/g, " ").replace(/^Fix any of the following: /, "")}`]));
        window.layoutGate = {layout, targets};
    }
    problems.push(...window.layoutGate.targets);
    const walker = document.createTreeWalker(document, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
        const text = walker.currentNode;
        const parent = text.parentElement;
        if (text.data.includes("`") && parent && !parent.closest("code, pre, kbd, samp, script, style, template, noscript")) {
            const at = text.data.indexOf("`");
            problems.push(["backtick", `<${parent.tagName.toLowerCase()}> shows "${text.data.slice(Math.max(0, at - 30), at + 30).replace(/\\s+/g, " ").trim()}"`]);
        }
    }
    return problems;
}"""


def check_layout(site: Path, pages: list[Path] | None = None, browser=None) -> Report:
    """Every rule on `pages` (default: every HTML page) at each width and colour scheme.

    One finding per problem: `PAGE (WIDTH px, SCHEME): RULE: what`. `browser`: a Playwright
    browser already running in this thread (tests pass theirs); by default one is launched.
    """
    pages = html_pages(site) if pages is None else pages
    script = node_tool("axe-core/axe.min.js")
    findings: list[str] = []
    failing: set[str] = set()
    with serving(site) as root, nullcontext(browser) if browser else chromium() as browser:
        context = browser.new_context(viewport={"width": WIDTHS[0], "height": HEIGHT})
        context.add_init_script(path=script)
        tab = context.new_page()
        for page in pages:
            name = page.relative_to(site).as_posix()
            tab.goto(root + url_path(site, page))
            for width in WIDTHS:
                tab.set_viewport_size({"width": width, "height": HEIGHT})
                for scheme in SCHEMES:
                    tab.emulate_media(color_scheme=scheme)
                    for rule, what in tab.evaluate(MEASURE):
                        failing.add(name)
                        findings.append(f"{name} ({width} px, {scheme}): {rule}: {what}")
        context.close()
    figures = [
        f"layout: {len(findings)} problems on {len(failing)} of {len(pages)} pages x {len(WIDTHS)} widths ({', '.join(f'{width} px' for width in WIDTHS)}) x {len(SCHEMES)} colour schemes"
    ]
    figures += [f"  {rule}: {sum(f': {rule}: ' in finding for finding in findings)}" for rule in ("width", "target-size", "backtick")]
    return Report("layout", findings, figures)
