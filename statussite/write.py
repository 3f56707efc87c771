"""Write a finished site so that a reader never sees a half-written folder (or zip).

The whole site goes into a temporary folder beside the target, which is then swapped in with
renames. If anything fails before the swap, the existing output stays exactly as it was.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType

# Every entry gets this date and mode, so the same files always give the same zip bytes.
ZIP_DATE = (1980, 1, 1, 0, 0, 0)


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
    with Staging(out) as staging:
        staging.write(files)
        staging.swap()


class Staging:
    """The temporary folder beside `out` that a site is written into, then swapped in for `out`.

    Files may be written in several goes and by forked workers (each writes the pages it
    renders, at the same time as this process); leaving the block before `swap` removes the
    folder and leaves `out` as it was.
    """

    def __init__(self, out: Path) -> None:
        self.out = out.resolve()
        self.out.parent.mkdir(parents=True, exist_ok=True)
        self.folder = Path(tempfile.mkdtemp(prefix=f".{self.out.name}.new-", dir=self.out.parent))
        self._made = {self.folder}
        self._swapped = False

    def write(self, files: Mapping[str, bytes]) -> None:
        for path, data in files.items():
            target = self.folder / path
            if target.parent not in self._made:  # each folder once, not once a file
                target.parent.mkdir(parents=True, exist_ok=True)  # exist_ok: a worker may have made it
                self._made.add(target.parent)
            target.write_bytes(data)

    def swap(self) -> None:
        os.chmod(self.folder, 0o755)
        _swap(self.folder, self.out)
        self._swapped = True

    def __enter__(self) -> Staging:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None) -> None:
        if not self._swapped:
            shutil.rmtree(self.folder, ignore_errors=True)


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


def write_zip(files: dict[str, bytes], out: Path) -> None:
    """Replace the file `out` with a zip of `files`, byte-identical for identical files."""
    import zipfile  # here: only the bundle is a zip, and a build need not import it

    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix=f".{out.name}.new-", dir=out.parent)
    os.close(handle)
    try:
        with zipfile.ZipFile(temp, "w") as archive:
            for path in sorted(files):
                entry = zipfile.ZipInfo(path, ZIP_DATE)
                entry.external_attr = 0o644 << 16
                archive.writestr(entry, files[path], compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
        os.chmod(temp, 0o644)
        os.replace(temp, out)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
