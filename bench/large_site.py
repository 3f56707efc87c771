"""Generate the largest site the domain allows: a page for every code from 100 to 599.

Each generated page is a real content file with only its `code` and `class` lines changed, so
its front-matter passes the project's checks and its body is as long as a real page's; a last
sentence naming its code makes every body different, since a build may convert the same
Markdown text once for all the pages that have it (pipeline.bodies), as no real site's pages would.
The real files are used in turn (100 from the first, 101 from the second, ...). A smaller
range (the test makes ten pages) moves related codes and links to codes outside it into it.
The guide and the comparisons are copied as they are when every code they name has a page,
which the whole 100-599 range always gives; a smaller range leaves out the others, and a link
to a comparison left out leads to the page of its first code instead.

    python bench/large_site.py TARGET [--first 100] [--last 599]

copies templates/, static/, site.toml and the class pages, guide and comparisons of this project
into TARGET and writes TARGET/content/codes/<code>.md for every code from --first to --last.
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
COMPARE_LINK = re.compile(r"\]\(/compare/((\d{3})(?:-vs-\d{3})+)/")
MEASURED_LINK = re.compile(r"(\]\(/|href=\"/)(?:clients|servers)/")  # no measured results are copied: no such pages
NAMED_CODE = re.compile(r"^\s*(?:- )?code: (\d+)$", re.MULTILINE)  # the codes a guide or comparison names


def renumbered(text: str, code: int, codes: range, comparisons: frozenset[str]) -> str:
    """A real content file's text, made into the page for `code` in a site of `codes`."""
    front_end = text.index("\n---", 3)
    front, body = text[:front_end], text[front_end:]
    original = int(CODE_LINE.search(front)[0].split()[1])  # type: ignore[index]
    if original != code and "\nexample_status:" not in front:  # its examples still show the original code
        front += f"\nexample_status:\n  code: {original}\n  reason: a copy of the {original} page, renumbered for the benchmark"
    front = CODE_LINE.sub(f"code: {code}", front, count=1)
    front = CLASS_LINE.sub(f"class: {code // 100}xx", front, count=1)
    front = RELATED_LINE.sub(lambda match: re.sub(r"\d+", lambda number: str(_inside(int(number[0]), codes)), match[0]), front)
    return front + relinked(body, codes, comparisons) + f"\nThis page stands for code {code} in the benchmark, a copy of the {original} page.\n"


def relinked(text: str, codes: range, comparisons: frozenset[str]) -> str:
    """`text` with every link to a code page pointing at a page of `codes`, and every link to a
    comparison that is not among `comparisons` (their slugs) at its first code's page, and every
    link to the client or server matrix (not built without their results) at the home page."""
    text = MEASURED_LINK.sub(lambda match: match[1], text)
    text = COMPARE_LINK.sub(lambda match: match[0] if match[1] in comparisons else f"](/{match[2]}/", text)
    return CODE_LINK.sub(lambda match: f"{match[1]}{_inside(int(match[2]), codes)}/", text)


def has_every_code(text: str, codes: range) -> bool:
    """Whether every code a guide or comparison file names has a page in `codes`."""
    return all(int(code) in codes for code in NAMED_CODE.findall(text))


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
    compared = {path.stem: path.read_text(encoding="utf-8") for path in sorted((source / "content/compare").glob("*.md"))}
    compared = {slug: text for slug, text in compared.items() if has_every_code(text, numbers)}
    kept = frozenset(compared)
    (target / "content/compare").mkdir(parents=True)
    for slug, text in compared.items():
        (target / "content/compare" / f"{slug}.md").write_text(relinked(text, numbers, kept), encoding="utf-8")
    guide = (source / "content/guide.md").read_text(encoding="utf-8")
    if has_every_code(guide, numbers):
        (target / "content/guide.md").write_text(relinked(guide, numbers, kept), encoding="utf-8")
    classes = target / "content/classes"
    classes.mkdir()
    for path in sorted((source / "content/classes").glob("*.md")):
        (classes / path.name).write_text(relinked(path.read_text(encoding="utf-8"), numbers, kept), encoding="utf-8")
    models = [path.read_text(encoding="utf-8") for path in sorted((source / "content/codes").glob("*.md"))]
    codes = target / "content/codes"
    codes.mkdir()
    for index, code in enumerate(numbers):
        (codes / f"{code}.md").write_text(renumbered(models[index % len(models)], code, numbers, kept), encoding="utf-8")
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
