"""Pins the package layout: no import cycles, each module imports alone, modules stay small."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "simulator"
MAX_LINES = 500
LONG_ALLOWED: set[str] = set()
"""Modules that may run long: none (the move lexicons are a package of one table per module)."""


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {
    _module_name(p): p
    for p in sorted(PACKAGE.rglob("*.py"))
    if "migrations/versions" not in p.as_posix() and p.name != "env.py"
}


def _imports(path: Path, *, top_level_only: bool) -> set[str]:
    """Modules of ours that ``path`` imports (at import time only, if ``top_level_only``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes: list[ast.AST] = []
    if top_level_only:
        for node in tree.body:
            # `if TYPE_CHECKING:` blocks do not run; everything else at module level does.
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                continue
            nodes.extend(ast.walk(node))
    else:
        nodes = list(ast.walk(tree))
    found: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{a.name}" for a in node.names)
    return {m for m in found if m in MODULES}


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle in ``graph`` as a path, or ``None``."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt) :], nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def _package(module: str) -> str:
    parts = module.split(".")
    return (
        ".".join(parts[:2]) if len(parts) > 2 or (parts[1:] and parts[1] in _PACKAGES) else module
    )


_PACKAGES = {p.name for p in PACKAGE.iterdir() if (p / "__init__.py").exists()}


def test_no_import_cycles_between_modules() -> None:
    """No module imports, at import time, a module that imports it back (directly or not).

    Package ``__init__`` files re-export their modules, so edges into a package are edges to
    its ``__init__``; the modules inside import each other directly and never through it.
    """
    graph = {
        name: {m for m in _imports(path, top_level_only=True) if m != name}
        for name, path in MODULES.items()
        if path.name != "__init__.py"
    }
    assert _cycle(graph) is None, " -> ".join(_cycle(graph) or [])


def test_no_cycles_between_packages() -> None:
    """Concept packages form layers: counting deferred imports too, no package depends on a
    package that depends on it (e.g. batch <-> its engines, store <-> migrations)."""
    graph: dict[str, set[str]] = {}
    for name, path in MODULES.items():
        src = _package(name)
        for target in _imports(path, top_level_only=False):
            dst = _package(target)
            if dst != src and dst.count(".") == 1 and src.count(".") == 1:
                graph.setdefault(src, set()).add(dst)
    assert _cycle(graph) is None, " -> ".join(_cycle(graph) or [])


@pytest.mark.parametrize("module", sorted(MODULES))
def test_each_module_imports_alone(module: str) -> None:
    """Every module imports in a fresh interpreter, so no import works only by luck of order."""
    if module.startswith("simulator.batch.ray") or module == "simulator.app.ui":
        pytest.importorskip("gradio" if module.endswith("ui") else "ray")
    done = subprocess.run(
        [sys.executable, "-c", f"import {module}"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]


def test_modules_stay_small() -> None:
    """Modules are a few hundred lines, named for what they hold (the lexicons excepted)."""
    long = {
        path.relative_to(ROOT).as_posix(): n
        for path in MODULES.values()
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert {k: v for k, v in long.items() if k not in LONG_ALLOWED} == {}


def test_top_level_holds_only_shared_basics() -> None:
    """Only a handful of modules stay at the top of simulator/; everything else has a package."""
    top = sorted(p.name for p in PACKAGE.glob("*.py"))
    assert top == ["__init__.py", "_base.py", "_files.py", "errors.py", "settings.py"]
