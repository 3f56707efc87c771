"""Write a finished site so that a reader never sees a half-written folder.

The whole site goes into a temporary folder beside the target, which is then swapped in with
renames. If anything fails before the swap, the existing output stays exactly as it was.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path


def check_target(out: Path, project: Path) -> str | None:
    """Why `out` must not be replaced (it would wipe the project), or None if it is safe."""
    out, project = out.resolve(), project.resolve()
    if out == project or out in project.parents:
        return f"refusing to replace {out}: it holds the project itself; choose a new folder such as _site"
    if out.exists() and not out.is_dir():
        return f"{out} exists and is not a folder"
    return None


def write_site(files: dict[str, bytes], out: Path) -> None:
    """Replace `out` with a folder holding exactly `files` (site path -> bytes)."""
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.new-", dir=out.parent))
    try:
        for path, data in files.items():
            target = staging / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        os.chmod(staging, 0o755)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    _swap(staging, out)


def _swap(staging: Path, out: Path) -> None:
    if not out.exists():
        staging.rename(out)
        return
    retired = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
    retired.rmdir()
    out.rename(retired)
    try:
        staging.rename(out)
    except BaseException:
        retired.rename(out)
        shutil.rmtree(staging, ignore_errors=True)
        raise
    shutil.rmtree(retired, ignore_errors=True)
