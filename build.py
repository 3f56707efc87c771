"""Entry point: `python build.py build|check|serve|bundle` (installed as `statussite`). See docs/."""

import sys

from statussite.cli import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
