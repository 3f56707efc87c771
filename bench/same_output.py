"""Does a speed change keep every output byte? `python bench/same_output.py [COMMIT]`.

Builds the real site and a generated 500-page site from COMMIT's sources (default: HEAD, so
uncommitted work is compared with the last commit) and from the working tree, both with the
same content, and compares the two output folders file by file (tests/conftest.py's
tree_digest). Exits 1 and names each differing file if any byte differs.
"""

from __future__ import annotations

import argparse
import io
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from large_site import make_large_site

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from conftest import copy_project, tree_digest  # noqa: E402


def export(commit: str, target: Path) -> Path:
    """The generator of `commit` (build.py and statussite/) unpacked into `target`."""
    archive = subprocess.run(["git", "archive", commit, "build.py", "statussite"], cwd=ROOT, capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(target, filter="data")
    return target


def build_with(generator: Path, project: Path, out: Path) -> dict[str, str]:
    """Build `project` with the generator in `generator` (its own statussite package first on the path)."""
    code = f"import sys; sys.path.insert(0, {str(generator)!r}); sys.argv = ['build.py', 'build', '--out', {str(out)!r}]; import runpy; runpy.run_path({str(generator / 'build.py')!r}, run_name='__main__')"
    result = subprocess.run([sys.executable, "-c", code], cwd=project, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"build with {generator} failed:\n{result.stderr}")
    return tree_digest(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("commit", nargs="?", default="HEAD")
    commit = parser.parse_args().commit
    differing: list[str] = []
    with tempfile.TemporaryDirectory(prefix="statussite-same-") as temp:
        work = Path(temp)
        before = export(commit, work / "before")
        sites = {"real site": copy_project(work / "real"), "500-page site": make_large_site(work / "large")}
        for name, project in sites.items():
            old = build_with(before, project, work / f"{name}-before")
            new = build_with(ROOT, project, work / f"{name}-after")
            changed = sorted(path for path in old.keys() | new.keys() if old.get(path) != new.get(path))
            differing += [f"{name}: {path}" for path in changed]
            print(f"{name}: {len(new)} files, {len(changed)} differ from {commit}")
    for line in differing:
        print(f"  differs: {line}")
    raise SystemExit(1 if differing else 0)


if __name__ == "__main__":
    main()
