"""Command line: build, check, serve, bundle, docset and the claims report. Problems print as `path:line:col: message`, exit 1."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from .docset import ARCHIVE, BUNDLE
from .pipeline import Project, build, bundle, docset, load_site
from .problems import BuildError, report

DEFAULT_OUT = "_site"
DEFAULT_BUNDLE = "dist/http-status-codes-offline.zip"
DEFAULT_DOCSET = "dist/docset"


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(description="Build the HTTP status code reference from content/, templates/ and static/ in the current folder.")
    commands = main.add_subparsers(dest="command", required=True, metavar="COMMAND")
    build_cmd = commands.add_parser("build", help="build the site into a folder")
    build_cmd.add_argument("--out", default=DEFAULT_OUT, help=f"output folder (default: {DEFAULT_OUT})")
    build_cmd.add_argument("--base-url", help="absolute URL the site is served from, for canonical links and the sitemap (default: base_url in site.toml)")
    bundle_cmd = commands.add_parser("bundle", help="write the site as one zip to read offline, opened from disk")
    bundle_cmd.add_argument("--out", default=DEFAULT_BUNDLE, help=f"zip file to write (default: {DEFAULT_BUNDLE})")
    bundle_cmd.add_argument("--base-url", help="where the hosted site lives, for canonical links (default: base_url in site.toml)")
    docset_cmd = commands.add_parser("docset", help="write the Dash/Zeal docset, its .tgz and docset.json into a folder")
    docset_cmd.add_argument("--out", default=DEFAULT_DOCSET, help=f"folder to write, replaced whole (default: {DEFAULT_DOCSET})")
    docset_cmd.add_argument("--base-url", help="where the hosted site lives, for canonical links and the fallback URL (default: base_url in site.toml)")
    commands.add_parser("check", help="validate the content without writing anything")
    commands.add_parser("claims", help="list sentences that name a product with no source (a report: exits 0)")
    serve_cmd = commands.add_parser("serve", help="serve the site with live reload at http://127.0.0.1:PORT/")
    serve_cmd.add_argument("--port", type=int, default=8000, help="port to listen on (default: 8000)")
    return main


def main(argv: list[str] | None = None) -> int:
    """`python build.py ...` and the installed `statussite ...`; argv defaults to sys.argv[1:]."""
    args = parser().parse_args(argv)
    project = Project(Path.cwd())
    try:
        if args.command == "build":
            started = time.perf_counter()
            site = build(project, Path(args.out), args.base_url)
            seconds = time.perf_counter() - started
            print(f"built {len(site.codes)} codes and {len(site.classes)} classes into {args.out}/ in {seconds:.2f} s")
        elif args.command == "bundle":
            site = bundle(project, Path(args.out), args.base_url)
            print(f"bundled {len(site.codes)} codes and {len(site.classes)} classes into {args.out}; unzip it and open index.html")
        elif args.command == "docset":
            started = time.perf_counter()
            site, made = docset(project, Path(args.out), args.base_url)
            seconds = time.perf_counter() - started
            print(f"wrote {args.out}/{BUNDLE} and {args.out}/{ARCHIVE}: {len(site.codes)} codes, {len(made.entries)} index entries, in {seconds:.2f} s")
        elif args.command == "check":
            site = load_site(project)
            print(f"ok: {len(site.codes)} codes and {len(site.classes)} classes")
        elif args.command == "claims":
            from .claims import claims
            from .claims import report as claims_report  # its patterns take a few milliseconds to compile; only this command uses them

            print("\n".join(claims_report(claims(project.root))))
        elif args.command == "serve":
            from .serve import serve

            serve(project, args.port)
    except BuildError as error:
        report(error)
        return 1
    return 0
