"""The build, step by step: load content -> validate into a model -> render -> write."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from .assets import Asset, load_assets, make_asset
from .config import load_config
from .docset import Docset, make_docset
from .hosting import REDIRECTS_FILE
from .kinds import KINDS, Kind
from .load import Content, Parsed, load_content
from .markup import convert_ahead
from .model import Site, SiteConfig
from .pages import content_sources, site_entries, site_files, site_pages
from .problems import BuildError, Problem
from .remembered import Remembered
from .render import NOT_FOUND_PAGE, Kept, Page, make_environment, render_pages
from .search_index import search_index_script
from .template_cache import use_disk_cache
from .validate.site import validate
from .write import Staging, check_target, write_site, write_zip


@dataclass(frozen=True)
class Project:
    """The folders a site is made from, all inside one project folder."""

    root: Path

    @property
    def content(self) -> Path:
        return self.root / "content"

    @property
    def templates(self) -> Path:
        return self.root / "templates"

    @property
    def static(self) -> Path:
        return self.root / "static"


def load_site(
    project: Project, base_url: str | None = None, parsed: Parsed | None = None, remembered: Remembered | None = None, kinds: Sequence[Kind] = KINDS
) -> Site:
    """Read and validate everything; raise BuildError listing every problem found.
    `parsed` and `remembered`: what the dev server keeps from one build to the next;
    `kinds`: the kinds of content and page (kinds.py), more for a kind declared outside the package."""
    config = load_config(project.root, base_url)
    content, problems = load_content(project.root, content_sources(kinds), parsed)
    return checked_site(content, problems, config, remembered, kinds)


def checked_site(content: Content, problems: list[Problem], config: SiteConfig, remembered: Remembered | None = None, kinds: Sequence[Kind] = KINDS) -> Site:
    """The validated site of loaded `content`; raise BuildError listing every problem found."""
    site, invalid = validate(content, config, remembered, kinds)
    problems += invalid
    if problems or site is None:
        raise BuildError(problems)
    return site


def site_assets(site: Site, project: Project, directory_urls: bool = True, kept: Kept | None = None, kinds: Sequence[Kind] = KINDS) -> dict[str, Asset]:
    """The static files, fingerprinted, and the search index made from the site."""
    assets = load_assets(project.static)
    script = search_index_script(site, site_entries(site, kinds), directory_urls, kept.terms if kept else None)
    index = make_asset("search-index.js", script.encode("utf-8"))
    assets[index.name] = index
    return assets


def other_files(site: Site, assets: dict[str, Asset], pages: Sequence[Page], kinds: Sequence[Kind] = KINDS) -> dict[str, bytes]:
    """Every file but the pages: the assets, the data files and the host's files (pages.site_files)."""
    files = {asset.path: asset.data for asset in assets.values()}
    files.update({path: text.encode("utf-8") for path, text in site_files(site, pages, assets["favicon.svg"].path, kinds).items()})
    return files


def render_site(
    site: Site,
    project: Project,
    directory_urls: bool = True,
    kept: Kept | None = None,
    in_viewer: bool = False,
    kinds: Sequence[Kind] = KINDS,
    converted: Callable[[], Mapping[str, str]] = dict,
    write: Callable[[dict[str, bytes]], None] | None = None,
) -> dict[str, bytes]:
    """Every file of the finished site: site path -> bytes. `kept`: see build; `in_viewer`: see render_pages.
    `converted`: the Markdown bodies made into HTML, asked for only once everything else is made
    (a worker converts them meanwhile: see build). `write`: every file is written with it as
    soon as it is made (the pages by the process that renders them), and none is returned."""
    assets = site_assets(site, project, directory_urls, kept, kinds)
    env = make_environment(project.templates, kept.templates if kept else None)
    if kept is None:
        use_disk_cache(env, project.root)
    pages = site_pages(site, kinds)
    others = other_files(site, assets, pages, kinds)
    if write is not None:  # now, while the worker still converts bodies
        write(others)
        others = {}
    rendered = render_pages(site, env, assets, pages, directory_urls, kept.bodies if kept else None, in_viewer, converted(), write)
    files = {path: html.encode("utf-8") for path, html in rendered.items()}
    files.update(others)
    return files


def build(project: Project, out: Path, base_url: str | None = None, kept: Kept | None = None, kinds: Sequence[Kind] = KINDS) -> Site:
    """Build the site into `out`, replacing it only once the whole site is ready.

    The dev server passes the same `kept` to every build, so that only the Markdown bodies and
    templates that changed are rendered and compiled again. `kinds`: see load_site.
    """
    refusal = check_target(out, project.root)
    if refusal:
        raise BuildError([Problem(str(out), 1, 1, refusal)])
    config = load_config(project.root, base_url)
    content, problems = load_content(project.root, content_sources(kinds))
    texts = bodies(content, kinds)
    with convert_ahead(texts) as ahead:  # converted on the second core while this one validates
        site = checked_site(content, problems, config, kinds=kinds)
        with Staging(out) as staging:
            render_site(site, project, kept=kept, kinds=kinds, converted=lambda: dict(zip(texts, ahead.finish())), write=staging.write)
            staging.swap()
    return site


def bodies(content: Content, kinds: Sequence[Kind] = KINDS) -> list[str]:
    """Every Markdown body, longest first, so that the last one converted is short."""
    return sorted({doc.body for kind in kinds if kind.has_bodies for doc in content.documents(kind.key)}, key=len, reverse=True)


# Served-site files that mean nothing on disk: the not-found page links from the server root.
SERVER_ONLY = (NOT_FOUND_PAGE, "robots.txt", "sitemap.xml", REDIRECTS_FILE)


def bundle(project: Project, out: Path, base_url: str | None = None) -> Site:
    """Write the site as one zip for reading from disk: every link names its file."""
    if out.is_dir():
        raise BuildError([Problem(str(out), 1, 1, f"{out} is a folder; give the zip file to write, such as dist/site.zip")])
    site = load_site(project, base_url)
    files = render_site(site, project, directory_urls=False)
    write_zip({path: data for path, data in files.items() if path not in SERVER_ONLY}, out)
    return site


def docset(project: Project, out: Path, base_url: str | None = None) -> tuple[Site, Docset]:
    """Write the Dash/Zeal docset, its .tgz and contribution files into the folder `out`, swapped in whole."""
    refusal = check_target(out, project.root)
    if refusal:
        raise BuildError([Problem(str(out), 1, 1, refusal)])
    site = load_site(project, base_url)
    files = render_site(site, project, directory_urls=False, in_viewer=True)
    made = make_docset(site, {path: data for path, data in files.items() if path not in SERVER_ONLY})
    write_site(made.files, out)
    return site, made
