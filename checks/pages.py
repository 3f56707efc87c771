"""Which built files are which pages, and the URL path each one is served at."""

from __future__ import annotations

from pathlib import Path


def home_page(site: Path) -> Path:
    return site / "index.html"


def class_pages(site: Path) -> list[Path]:
    return sorted(site.glob("[1-5]xx/index.html"))


def code_pages(site: Path) -> list[Path]:
    return sorted(site.glob("[1-5][0-9][0-9]/index.html"))


def html_pages(site: Path) -> list[Path]:
    """Every HTML file of the site, the not-found page included."""
    return sorted(site.rglob("*.html"))


def url_path(site: Path, page: Path) -> str:
    """The path a server answers with this file: "404/index.html" -> "404/", "index.html" -> ""."""
    path = page.relative_to(site).as_posix()
    return path.removesuffix("index.html") if path.endswith("index.html") else path
