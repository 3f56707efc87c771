"""Read the reference RFC texts in ../shared/reference/rfc and find a section's words.

Used by the content tests to prove that every spec quote is verbatim. Run it directly to see
a section, `python tests/rfc_text.py 9110 15.5.5`, or to check the quotes in content files,
`python tests/rfc_text.py --check content/codes/*.md`.
"""

from __future__ import annotations

import re
import sys
from functools import cache
from pathlib import Path

RFC_DIR = Path(__file__).resolve().parents[2] / "shared" / "reference" / "rfc"
PAGE_BREAK = re.compile(r"\n[^\n]*\[Page \d+\]\n\f\nRFC \d+[^\n]*\n")


@cache
def rfc_text(number: str) -> str:
    """The RFC's text without page footers, form feeds and running headers."""
    text = (RFC_DIR / f"rfc{number}.txt").read_text(encoding="utf-8")
    return PAGE_BREAK.sub("\n", text).replace("\f", "")


def available(number: str) -> bool:
    return (RFC_DIR / f"rfc{number}.txt").is_file()


def section_text(number: str, section: str) -> str | None:
    """The words of one section, from its heading up to the next heading of any level.

    Headings are the only lines that start at column 0 once page breaks are gone, in both the
    official layout (`10.1 102 Processing`, `11.2.  422 ...`) and the rendered RFC 9110.
    """
    lines = rfc_text(number).split("\n")
    heading = re.compile(rf"{re.escape(section)}\.?\s+\S")
    for start, line in enumerate(lines):  # noqa: B007 - `start` is read after the loop
        if heading.match(line):
            break
    else:
        return None
    end = start + 1
    while end < len(lines) and not (lines[end][:1].strip()):
        end += 1
    return "\n".join(lines[start + 1 : end])


def normalize(text: str) -> str:
    """Fold white space, and join words the RFC split at a hyphen at the end of a line."""
    text = re.sub(r"-\n\s+", "-", text)
    return " ".join(text.split())


def quote_problem(document: str, section: str, quote: str) -> str | None:
    """Why `quote` is not verbatim in `document` section `section`, or None when it is.

    Each paragraph of the quote (separated by blank lines) must appear word for word, and in
    the RFC's order, so a quote may skip an example message between two paragraphs.
    """
    number = document.removeprefix("RFC ").strip()
    if not available(number):
        return f"no text of {document} in {RFC_DIR}"
    words = section_text(number, section)
    if words is None:
        return f"{document} has no section {section}"
    text, position = normalize(words), 0
    for paragraph in re.split(r"\n\s*\n", quote.strip()):
        found = text.find(normalize(paragraph), position)
        if found < 0:
            return f"not word for word in {document} section {section} (or out of order): {normalize(paragraph)[:70]}..."
        position = found + len(normalize(paragraph))
    return None


def _check(paths: list[str]) -> int:
    import yaml

    failures = 0
    for path in paths:
        meta = yaml.safe_load(Path(path).read_text(encoding="utf-8").split("\n---", 1)[0])
        if not meta.get("spec_text"):
            continue
        source = meta["source"]
        problem = quote_problem(source["document"], str(source["section"]), meta["spec_text"])
        if problem:
            failures += 1
            print(f"{path}: {problem}")
    print(f"{len(paths) - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    if sys.argv[1] == "--check":
        sys.exit(_check(sys.argv[2:]))
    print(section_text(sys.argv[1], sys.argv[2]))
