"""The installed `statussite` command (pyproject.toml [project.scripts]) is the same command line as build.py."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from conftest import ROOT, copy_project

SCRIPT = Path(sys.executable).parent / "statussite"


def statussite(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    assert SCRIPT.is_file(), f"{SCRIPT} is not installed: `make build` reinstalls the project when pyproject.toml changes"
    return subprocess.run([str(SCRIPT), *args], cwd=cwd, capture_output=True, text=True, timeout=120)


def test_pyproject_declares_the_script() -> None:
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert scripts == {"statussite": "statussite.cli:main"}


def test_help_names_every_command() -> None:
    result = statussite(ROOT, "--help")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("usage: statussite ")
    for command in ("build", "check", "serve", "bundle"):
        assert command in result.stdout


def test_check_build_and_bundle(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    checked = statussite(project, "check")
    codes = len(list((project / "content/codes").glob("*.md")))
    assert checked.returncode == 0 and checked.stdout.startswith(f"ok: {codes} codes and 5 classes"), checked.stdout + checked.stderr
    built = statussite(project, "build", "--out", "out", "--base-url", "https://example.org/docs/")
    assert built.returncode == 0, built.stderr
    assert 'href="https://example.org/docs/404/"' in (project / "out" / "404" / "index.html").read_text(encoding="utf-8")
    bundled = statussite(project, "bundle", "--out", "offline.zip")
    assert bundled.returncode == 0 and (project / "offline.zip").stat().st_size > 10_000, bundled.stderr


def test_problems_are_reported_like_build_py(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    page = project / "content" / "codes" / "418.md"
    page.write_text(page.read_text(encoding="utf-8").replace("cacheable: false", "cacheable: maybe", 1), encoding="utf-8")
    result = statussite(project, "build", "--out", "out")
    assert result.returncode == 1 and not (project / "out").exists()
    assert result.stderr.startswith("content/codes/418.md:"), result.stderr
    assert "'cacheable' must be true or false" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (["serve", "--port", "not-a-number"], "error: argument --port: invalid int value: 'not-a-number'"),
        (["no-such-command"], "error: argument COMMAND: invalid choice: 'no-such-command'"),
    ],
)
def test_a_wrong_command_line_exits_2_saying_what_is_wrong(args: list[str], error: str) -> None:
    result = statussite(ROOT, *args)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.startswith("usage: ") and error in result.stderr and "Traceback" not in result.stderr, result.stderr
