"""`python -m checks.screenshots SITE OUT`: full-page screenshots for review, not a gate.

The home page, the 4xx class page, the 404 code page and the not-found page, at a phone's
360 px and a desktop's 1440 px, in light and dark colour schemes: OUT/<page>-<width>-<scheme>.png.
"""

from __future__ import annotations

import sys
from pathlib import Path

from .browser import chromium
from .server import serving

PAGES = {"home": "", "class-4xx": "4xx/", "code-404": "404/", "not-found": "not-found.html"}
WIDTHS = {360: 740, 1440: 900}  # width -> height of the first screen
SCHEMES = ("light", "dark")


def take_screenshots(site: Path, out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    with serving(site) as root, chromium() as browser:
        for width, height in WIDTHS.items():
            for scheme in SCHEMES:
                context = browser.new_context(viewport={"width": width, "height": height}, color_scheme=scheme)
                tab = context.new_page()
                for name, path in PAGES.items():
                    tab.goto(root + path)
                    file = out / f"{name}-{width}-{scheme}.png"
                    tab.screenshot(path=str(file), full_page=True)
                    written.append(file)
                context.close()
    return written


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: python -m checks.screenshots SITE OUT")
    files = take_screenshots(Path(sys.argv[1]), Path(sys.argv[2]))
    print(f"{len(files)} screenshots in {sys.argv[2]}/")
