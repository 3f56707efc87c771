"""Turn a project folder into the equivalent Hugo site, so both generators build the same pages.

The Hugo site gets the same content files (front-matter kept as written, plus the title, order
and URL Hugo needs), the same static files (fingerprinted through Hugo Pipes), and templates in
bench/hugo/layouts that show what ours show: the same home, class and code pages, the same nav,
lists, facts, related links, previous/next links and heading anchors, a not-found page,
codes.json, sitemap.xml and robots.txt. Links are made relative (`relativeURLs`), as ours are,
and code blocks are not highlighted, as ours are not.

    python bench/hugo_site.py PROJECT TARGET
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LAYOUTS = Path(__file__).resolve().parent / "hugo" / "layouts"
sys.path.insert(0, str(ROOT))

from statussite.model import LIBRARIES  # noqa: E402  (one list of labels for both sites)
from statussite.render import STATUS_LABELS  # noqa: E402


SECTION_INDEX = "---\n_build:\n  render: never\n---\n"  # a section lists its pages but gets no page


def hugo_config(settings: dict) -> str:
    """Hugo's config.toml from site.toml: no taxonomies or feeds (we have none)."""
    params = {"description": settings["description"], "libraries": LIBRARIES, "status_labels": STATUS_LABELS}
    lines = [
        f"baseURL = {json.dumps(settings['base_url'])}",
        f"title = {json.dumps(settings['title'])}",
        f"languageCode = {json.dumps(settings['language'])}",
        "relativeURLs = true",
        "enableRobotsTXT = true",
        'disableKinds = ["taxonomy", "term", "RSS"]',
        "[outputs]",
        '  home = ["HTML", "JSON"]',
        "[outputFormats.JSON]",
        '  baseName = "codes"',
        "[markup.goldmark.renderer]",
        "  unsafe = true",
        "[markup.highlight]",
        "  codeFences = false",
        "[params]",
        f"  description = {json.dumps(params['description'])}",
        "[params.libraries]",
        *(f"  {key} = {json.dumps(value)}" for key, value in LIBRARIES.items()),
        "[params.status_labels]",
        *(f"  {key} = {json.dumps(value)}" for key, value in STATUS_LABELS.items()),
    ]
    return "\n".join(lines) + "\n"


def with_hugo_fields(text: str, title: str, weight: int, url: str) -> str:
    """A content file with Hugo's title, weight and url added at the end of its front-matter."""
    front_end = text.index("\n---", 3)
    extra = f"\ntitle: {json.dumps(title)}\nweight: {weight}\nurl: {json.dumps(url)}"
    return text[:front_end] + extra + text[front_end:]


def front_value(text: str, key: str) -> str:
    """The value of a one-line top-level front-matter field, as written."""
    for line in text.split("\n"):
        if line.startswith(f"{key}: "):
            return line[len(key) + 2 :].strip().strip('"')
    raise ValueError(f"no '{key}' line")


def make_hugo_site(project: Path, target: Path) -> Path:
    """Write a Hugo site into `target` with the pages of the project in `project`."""
    settings = tomllib.loads((project / "site.toml").read_text(encoding="utf-8"))
    target.mkdir(parents=True)
    (target / "config.toml").write_text(hugo_config(settings), encoding="utf-8")
    shutil.copytree(LAYOUTS, target / "layouts")
    shutil.copytree(project / "static", target / "assets" / "static")
    content = target / "content"
    (content / "codes").mkdir(parents=True)
    (content / "classes").mkdir()
    for section in ("codes", "classes"):
        (content / section / "_index.md").write_text(SECTION_INDEX, encoding="utf-8")
    (content / "_index.md").write_text(f"---\ntitle: {json.dumps(settings['title'])}\n---\n", encoding="utf-8")
    for path in sorted((project / "content/classes").glob("*.md")):
        text = path.read_text(encoding="utf-8")
        key, name = front_value(text, "class"), front_value(text, "name")
        page = with_hugo_fields(text, f"{key} {name}", int(key[0]), f"/{key}/")
        (content / "classes" / path.name).write_text(page, encoding="utf-8")
    for path in sorted((project / "content/codes").glob("*.md")):
        text = path.read_text(encoding="utf-8")
        code, name = int(front_value(text, "code")), front_value(text, "name")
        page = with_hugo_fields(text, f"{code} {name}", code, f"/{code}/")
        (content / "codes" / path.name).write_text(page, encoding="utf-8")
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("project", type=Path, help="project folder (content/, static/, site.toml)")
    parser.add_argument("target", type=Path, help="new folder to write the Hugo site into")
    args = parser.parse_args()
    make_hugo_site(args.project, args.target)


if __name__ == "__main__":
    main()
