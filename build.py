"""Entry point: `python build.py build|check|serve|bundle` (installed as `statussite`). See docs/."""

import os
import sys

from statussite.cli import main

if __name__ == "__main__":
    code = main(sys.argv[1:])
    # Leave without tearing the heap down object by object (30 ms after a 500-page build): the
    # files are written and closed, the workers joined; only the output buffers need flushing.
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except OSError:  # a closed pipe: nothing more can be said
        pass
    os._exit(code)
