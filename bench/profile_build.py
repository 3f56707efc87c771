"""Where a full build's time goes, step by step, in one process: `python bench/profile_build.py`.

Each step is timed on its own (CPU seconds of this process, the best of several runs, so that
other work on the machine counts as little as possible), for the real site and the 500-page
site. Interpreter start and imports are timed as separate processes.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from large_site import make_large_site

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from statussite.assets import load_assets, make_asset  # noqa: E402
from statussite.config import load_config  # noqa: E402
from statussite.load import load_content  # noqa: E402
from statussite.markup import MarkdownRenderer  # noqa: E402
from statussite.model import Comparison, Guide, StatusClass, StatusCode  # noqa: E402
from statussite.pages import content_sources, site_entries, site_files, site_pages  # noqa: E402
from statussite.pipeline import Project, render_site  # noqa: E402
from statussite.render import make_environment, render_pages  # noqa: E402
from statussite.search_index import search_index_script  # noqa: E402
from statussite.urls import Links  # noqa: E402
from statussite.validate.site import validate  # noqa: E402
from statussite.write import write_site  # noqa: E402

# Python keeps each module's compiled bytecode beside it (__pycache__) unless told not to; this
# machine's environment says not to, which would time compiling our sources at every start.
# A normal install keeps bytecode (pip compiles the libraries' at install), so the timed processes do too.
PYTHON_ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def best(step, runs: int) -> float:
    """The least CPU time `step()` took in `runs` runs."""
    times = []
    for _ in range(runs):
        started = time.process_time()
        step()
        times.append(time.process_time() - started)
    return min(times)


def process_seconds(code: str, runs: int) -> float:
    """The least wall time of a fresh interpreter running `code`."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, env=PYTHON_ENV)
        times.append(time.perf_counter() - started)
    return min(times)


def profile(project: Project, out: Path, runs: int) -> dict[str, float]:
    """The steps of pipeline.build, each timed on its own."""
    config = load_config(project.root)
    content, _ = load_content(project.root, content_sources())
    site, _ = validate(content, config)
    assert site is not None, "the project has content problems: run python build.py check"
    items: list[StatusClass | StatusCode | Comparison | Guide] = [*site.classes, *site.codes, *site.comparisons, *filter(None, [site.guide])]
    assets = load_assets(project.static)
    index = make_asset("search-index.js", search_index_script(site, site_entries(site), True).encode("utf-8"))
    assets[index.name] = index
    bodies: dict = {}
    env = make_environment(project.templates)
    pages = site_pages(site)
    render_pages(site, env, assets, pages, bodies=bodies)  # env now holds every template compiled
    files = render_site(site, project)

    def compile_templates() -> None:
        fresh = make_environment(project.templates)
        for name in fresh.list_templates():
            fresh.get_template(name)

    def markdown() -> None:
        renderer = MarkdownRenderer()
        for item in items:
            renderer.render(item.body, Links(item.url))

    return {
        "read and parse content files": best(lambda: load_content(project.root, content_sources()), runs),
        "validate into the model": best(lambda: validate(content, config), runs),
        "search index": best(lambda: search_index_script(site, site_entries(site), True), runs),
        "Markdown bodies (Python-Markdown)": best(markdown, runs),
        "templates: compile (Jinja)": best(compile_templates, runs),
        "templates: render every page (Jinja)": best(lambda: render_pages(site, env, assets, pages, bodies=dict(bodies)), runs),
        "data files: JSON, CSV, schemas, sitemap": best(lambda: site_files(site, pages, assets["favicon.svg"].path), runs),
        "write the files and swap the folder": best(lambda: write_site(files, out), runs),
    }


def print_profile(runs: int) -> None:
    import statussite.parallel

    statussite.parallel.MIN_SHARE = 10**9  # one process: each step's own cost
    start = process_seconds("pass", runs)
    imports = process_seconds("import statussite.cli, statussite.pipeline", runs) - start
    with tempfile.TemporaryDirectory(prefix="statussite-profile-") as temp:
        sites = {
            "real site": Project(ROOT),
            "500-page site": Project(make_large_site(Path(temp) / "large")),
        }
        steps = {name: profile(project, Path(temp) / "out", runs) for name, project in sites.items()}
    names = list(steps)
    rows = {"interpreter start (wall)": [start] * len(names), "imports (wall)": [imports] * len(names)}
    rows.update({step: [steps[name][step] for name in names] for step in steps[names[0]]})
    rows["total"] = [sum(values[index] for values in rows.values()) for index in range(len(names))]
    print(f"  {'step (seconds, best of ' + str(runs) + ')':<42}" + "".join(f"{name:>15}" for name in names))
    for step, values in rows.items():
        print(f"  {step:<42}" + "".join(f"{value:>15.3f}" for value in values), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    print_profile(parser.parse_args().runs)


if __name__ == "__main__":
    main()
