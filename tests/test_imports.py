"""No import cycle inside statussite/: every module's imports, read with ast, form a DAG.

Imports inside functions count too: a lazy import hides a cycle from Python, not from a reader.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "statussite"


def imports_of(path: Path, package: str = "statussite") -> set[str]:
    """The statussite modules one file imports (by module name, without the package prefix)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level == 1:
                base = node.module or ""
            elif node.level == 0 and node.module and (node.module == package or node.module.startswith(package + ".")):
                base = node.module.removeprefix(package).lstrip(".")
            else:
                continue
            if base:
                found.add(base.split(".")[0])
            else:  # `from . import x`: each name is a module
                found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith(package + "."):
                    found.add(alias.name.split(".")[1])
    return found


def graph(package_dir: Path) -> dict[str, set[str]]:
    modules = {path.stem: path for path in package_dir.glob("*.py")}
    return {name: {other for other in imports_of(path) if other in modules and other != name} for name, path in modules.items()}


def find_cycle(edges: dict[str, set[str]]) -> list[str] | None:
    """One cycle as a list of modules (first == last), or None; depth-first search."""
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for other in sorted(edges[node]):
            if state.get(other) == 1:
                return path[path.index(other) :] + [other]
            if other not in state and (cycle := visit(other)):
                return cycle
        path.pop()
        state[node] = 2
        return None

    for node in sorted(edges):
        if node not in state and (cycle := visit(node)):
            return cycle
    return None


def test_statussite_has_no_import_cycle() -> None:
    edges = graph(PACKAGE)
    assert "cli" in edges and "pipeline" in edges["cli"], "the import graph was not read"
    cycle = find_cycle(edges)
    assert cycle is None, "import cycle in statussite/: " + " -> ".join(f"{name}.py" for name in cycle or [])


def test_cli_and_serve_do_not_import_each_other() -> None:
    edges = graph(PACKAGE)
    assert "cli" not in edges["serve"] or "serve" not in edges["cli"]
    assert "problems" in edges["cli"] and "problems" in edges["serve"], "both report problems through statussite/problems.py"


def test_a_planted_cycle_is_found(tmp_path: Path) -> None:
    """The detector itself: a lazy import inside a function closes a three-module cycle."""
    (tmp_path / "a.py").write_text("from .b import thing\n", encoding="utf-8")
    (tmp_path / "b.py").write_text("from statussite.c import other\nthing = 1\n", encoding="utf-8")
    (tmp_path / "c.py").write_text("def other():\n    from . import a\n", encoding="utf-8")
    (tmp_path / "d.py").write_text("from .a import thing\n", encoding="utf-8")
    assert find_cycle(graph(tmp_path)) == ["a", "b", "c", "a"]
    (tmp_path / "c.py").write_text("def other():\n    return 1\n", encoding="utf-8")
    assert find_cycle(graph(tmp_path)) is None
