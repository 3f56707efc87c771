"""`make lint` (the first step of `make test`) fails on a planted lint error or type error.

Each test copies the Python sources and their configuration into a temporary folder, plants one
defect, and runs the real `make lint` recipe there with this project's environment: the same
ruff, mypy and settings that CI runs. A clean copy must pass, so a failure is the defect's.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

COPIED = ("Makefile", "pyproject.toml", "build.py", "statussite", "checks", "bench", "measure", "tests")


def lint_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "project"
    copy.mkdir()
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, copy / name, ignore=shutil.ignore_patterns("__pycache__", ".mypy_cache"))
        else:
            shutil.copy2(source, copy / name)
    stamp = copy / ".venv" / ".installed"  # the Makefile's "installed" mark, newer than pyproject.toml
    stamp.parent.mkdir()
    stamp.touch()
    return copy


def make_lint(copy: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MYPY_CACHE_DIR": str(copy / ".mypy_cache")}
    return subprocess.run(["make", "--no-print-directory", "lint", f"PY={sys.executable}"], cwd=copy, capture_output=True, text=True, timeout=300, env=env)


@pytest.fixture(scope="module")
def clean(tmp_path_factory: pytest.TempPathFactory) -> subprocess.CompletedProcess[str]:
    return make_lint(lint_copy(tmp_path_factory.mktemp("clean")))


def test_the_project_as_committed_passes(clean: subprocess.CompletedProcess[str]) -> None:
    assert clean.returncode == 0, clean.stdout + clean.stderr
    for tool in ("ruff check .", "ruff format --check .", "mypy statussite checks bench"):
        assert f"-m {tool}" in clean.stdout, f"make lint no longer runs {tool}"


@pytest.mark.parametrize(
    ("module", "planted", "expected"),
    [
        # mypy --strict: a str returned where the signature says int.
        ("statussite/urls.py", "\n\ndef planted_type_error(count: int) -> int:\n    return str(count)\n", "Incompatible return value type"),
        # mypy --strict: a function without annotations.
        ("statussite/problems.py", "\n\ndef planted_untyped(value):\n    return value\n", "Function is missing a type annotation"),
        # ruff: an unused import.
        ("statussite/config.py", "\nimport fnmatch\n", "F401"),
        # ruff format: a file that is formatted, then is not (statussite/problems.py is formatted).
        ("statussite/problems.py", "\nPLANTED = {  'a':1}\n", "would be reformatted"),
        # mypy on checks/: a call with the wrong number of arguments.
        ("checks/report.py", "\n\ndef planted() -> None:\n    len(1, 2)\n", "checks/report.py"),
    ],
)
def test_a_planted_error_fails_make_lint(tmp_path: Path, clean: subprocess.CompletedProcess[str], module: str, planted: str, expected: str) -> None:
    assert clean.returncode == 0, "the clean copy must pass before a planted error can prove anything"
    copy = lint_copy(tmp_path)
    with (copy / module).open("a", encoding="utf-8") as file:
        file.write(planted)
    result = make_lint(copy)
    output = result.stdout + result.stderr
    assert result.returncode != 0, f"make lint passed with a planted error in {module}:\n{output}"
    assert expected in output and module.split("/")[-1] in output, output
