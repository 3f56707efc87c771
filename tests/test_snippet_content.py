"""Snippet files, cannot.yml and versions.yml go through the same checks as every content file:
each mistake is one `path:line:col: message` line, all of them in one run, exit 1, no
traceback, nothing written."""

from __future__ import annotations

from pathlib import Path

from conftest import run
from test_content_errors import assert_reported

SNIPPETS = "content/snippets"


def write(project: Path, relative: str, text: str | bytes) -> None:
    path = project / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))


def test_every_snippet_mistake_is_reported_in_one_run(project: Path) -> None:
    flask = (project / f"{SNIPPETS}/flask/404.py").read_text(encoding="utf-8")
    write(project, f"{SNIPPETS}/rails/404.rb", "# run: ruby 404.rb\n")
    write(project, f"{SNIPPETS}/flask/404.js", "// run: node 404.js\n")
    write(project, f"{SNIPPETS}/flask/299.py", "# run: python 299.py\n")
    write(project, f"{SNIPPETS}/go/404.go", "package main\n// run: go run 404.go\n")
    write(project, f"{SNIPPETS}/php/404.php", "// run: php -S 127.0.0.1:8000 404.php\n")
    write(project, f"{SNIPPETS}/fastapi/404.py", "# run: python 404.py\n" + "#" * 3000 + "\n")
    write(project, f"{SNIPPETS}/django/404.py", b"# run: python 404.py\nx = '\xff'\n")
    page = project / "content/codes/200.md"
    page.write_text(page.read_text(encoding="utf-8").replace("## Example", "## Sample"), encoding="utf-8")
    write(project, f"{SNIPPETS}/flask/200.py", flask)
    result = run(project, "check")
    assert_reported(result, f"{SNIPPETS}/rails/404.rb", 1, "unknown framework folder 'rails'")
    assert_reported(result, f"{SNIPPETS}/flask/404.js", 1, "must end in .py")
    assert_reported(result, f"{SNIPPETS}/flask/299.py", 1, "code 299, which has no page")
    assert_reported(result, f"{SNIPPETS}/flask/200.py", 1, "whose page has no example request")
    assert_reported(result, f"{SNIPPETS}/go/404.go", 1, "missing run comment")
    assert_reported(result, f"{SNIPPETS}/php/404.php", 1, "missing run comment")
    assert_reported(result, f"{SNIPPETS}/fastapi/404.py", 1, "at most 2048 fit on the page")
    assert_reported(result, f"{SNIPPETS}/django/404.py", 2, "not valid UTF-8")


def test_cannot_and_versions_files_are_checked(project: Path) -> None:
    write(
        project,
        f"{SNIPPETS}/cannot.yml",
        "cannot:\n  - code: 404\n    framework: flask\n    reason: no\n  - code: 299\n    framework: flask\n    reason: x\n"
        "  - code: 404\n    framework: cobol\n    reason: x\n",
    )
    versions = (project / f"{SNIPPETS}/versions.yml").read_text(encoding="utf-8")
    write(project, f"{SNIPPETS}/versions.yml", versions.replace("flask:", "flsk:"))
    result = run(project, "check")
    assert_reported(result, f"{SNIPPETS}/cannot.yml", 2, "flask is said not to send 404, but content/snippets/flask/404.py sends it")
    assert_reported(result, f"{SNIPPETS}/cannot.yml", 4, "'cannot[0].reason' must be text, but YAML read a boolean")
    assert_reported(result, f"{SNIPPETS}/cannot.yml", 5, "code 299 has no page")
    assert_reported(result, f"{SNIPPETS}/cannot.yml", 9, "'cannot[2].framework' must be one of")
    assert_reported(result, f"{SNIPPETS}/versions.yml", None, "unknown field 'flsk'")
    assert_reported(result, f"{SNIPPETS}/versions.yml", 1, "no tested version for flask")
