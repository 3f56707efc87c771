"""`python -m checks SITE [--gate NAME ...]`: run the quality gates over a built site.

Prints one line per finding and each gate's figures, then a summary; exits 1 if any gate
found anything, 2 if a tool is missing.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

from .axe import check_accessibility
from .layout import check_layout
from .lighthouse import run_lighthouse
from .links import check_links
from .report import Report
from .tools import ToolMissing
from .validator import validate
from .weight import check_weight

GATES: dict[str, Callable[[Path], Report]] = {
    "weight": check_weight,
    "validator": validate,
    "links": check_links,
    "axe": check_accessibility,
    "layout": check_layout,
    "lighthouse": run_lighthouse,
}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m checks", description="Run the quality gates over a built site.")
    parser.add_argument("site", type=Path, help="the built site folder, e.g. _site")
    parser.add_argument("--gate", action="append", choices=list(GATES), help="run only this gate (repeatable; default: all)")
    args = parser.parse_args(argv)
    if not (args.site / "index.html").is_file():
        print(f"{args.site}: no index.html; build the site first (make build)", file=sys.stderr)
        return 2
    summary = []
    failed = False
    for name in args.gate or list(GATES):
        started = time.perf_counter()
        try:
            report = GATES[name](args.site)
        except ToolMissing as error:
            print(f"{name}: {error}", file=sys.stderr)
            return 2
        seconds = time.perf_counter() - started
        print(f"== {name}: {'passed' if report.passed else 'FAILED'} in {seconds:.1f} s", flush=True)
        for finding in report.findings:
            print(finding)
        print("\n".join(report.figures), flush=True)
        summary.append(f"{'ok  ' if report.passed else 'FAIL'} {report.figures[0]}")
        failed = failed or not report.passed
    print("== summary")
    print("\n".join(summary))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
