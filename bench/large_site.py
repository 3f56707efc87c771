"""Generate the largest site the domain allows: a page for every code from 100 to 599.

Each generated page is a real content file with only its `code` and `class` lines changed, so
its front-matter passes the project's checks and its body is exactly as long as a real page's.
The real files are used in turn (100 from the first, 101 from the second, ...). A smaller
range (the test makes ten pages) moves related codes and links to codes outside it into it.

    python bench/large_site.py TARGET [--first 100] [--last 599]

copies templates/, static/, site.toml and the class pages of this project into TARGET and
writes TARGET/content/codes/<code>.md for every code from --first to --last.
"""

from __future__ import annotations

import argparse
import re
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CODE_LINE = re.compile(r"^code: \d+$", re.MULTILINE)
CLASS_LINE = re.compile(r"^class: \dxx$", re.MULTILINE)
RELATED_LINE = re.compile(r"^related: \[.*\]$", re.MULTILINE)
CODE_LINK = re.compile(r"(\]\(/|href=\"/)(\d{3})/")


def renumbered(text: str, code: int, codes: range) -> str:
    """A real content file's text, made into the page for `code` in a site of `codes`."""
    front_end = text.index("\n---", 3)
    front, body = text[:front_end], text[front_end:]
    front = CODE_LINE.sub(f"code: {code}", front, count=1)
    front = CLASS_LINE.sub(f"class: {code // 100}xx", front, count=1)
    front = RELATED_LINE.sub(lambda match: re.sub(r"\d+", lambda number: str(_inside(int(number[0]), codes)), match[0]), front)
    return front + relinked(body, codes)


def relinked(text: str, codes: range) -> str:
    """`text` with every link to a code page pointing at a page of `codes`."""
    return CODE_LINK.sub(lambda match: f"{match[1]}{_inside(int(match[2]), codes)}/", text)


def _inside(code: int, codes: range) -> int:
    """`code` itself if it has a page in `codes`, else one that does."""
    return code if code in codes else codes[code % len(codes)]


def make_large_site(target: Path, first: int = 100, last: int = 599, source: Path = ROOT) -> Path:
    """Write a project folder with a page for every code from `first` to `last`."""
    target.mkdir(parents=True)
    for folder in ("templates", "static"):
        shutil.copytree(source / folder, target / folder)
    shutil.copy2(source / "site.toml", target / "site.toml")
    numbers = range(first, last + 1)
    classes = target / "content/classes"
    classes.mkdir(parents=True)
    for path in sorted((source / "content/classes").glob("*.md")):
        (classes / path.name).write_text(relinked(path.read_text(encoding="utf-8"), numbers), encoding="utf-8")
    models = [path.read_text(encoding="utf-8") for path in sorted((source / "content/codes").glob("*.md"))]
    codes = target / "content/codes"
    codes.mkdir()
    for index, code in enumerate(numbers):
        (codes / f"{code}.md").write_text(renumbered(models[index % len(models)], code, numbers), encoding="utf-8")
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("target", type=Path, help="new folder to write the project into")
    parser.add_argument("--first", type=int, default=100)
    parser.add_argument("--last", type=int, default=599)
    args = parser.parse_args()
    make_large_site(args.target, args.first, args.last)


if __name__ == "__main__":
    main()
