"""Which modules of one package import which, read from the source (no module is run): for the tests
that fail on an import circle inside a package (a circle means two modules own one concept)."""

from __future__ import annotations

import ast
from pathlib import Path


class _Imports(ast.NodeVisitor):
    """The modules of `package` a module imports (`from package.x import …`, `from package import
    x`, `import package.x`): at load time, inside a function, or for type hints."""

    def __init__(self, package: str) -> None:
        self.package = package
        self.found: set[str] = set()

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        module = node.module or ""
        if module == self.package:
            self.found.update(alias.name for alias in node.names)
        elif module.startswith(self.package + "."):
            self.found.add(module.removeprefix(self.package + "."))

    def visit_Import(self, node: ast.Import) -> None:
        self.found.update(alias.name.removeprefix(self.package + ".") for alias in node.names
                          if alias.name.startswith(self.package + "."))


def imported(source: str, package: str) -> set[str]:
    """The modules of `package` that a module's source imports."""
    visitor = _Imports(package)
    visitor.visit(ast.parse(source))
    return visitor.found


def imports(folder: Path, package: str) -> dict[str, set[str]]:
    """Each module of the package in `folder` (dotted name `package`) → the modules it imports."""
    return {path.stem: imported(path.read_text(encoding="utf-8"), package)
            for path in folder.glob("*.py")}


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every module from which its own imports lead back to it, with the way back."""
    found = []
    for start in sorted(graph):
        stack = [(start, [start])]
        seen = set()
        while stack:
            node, way = stack.pop()
            for nxt in sorted(graph.get(node, ())):
                if nxt == start:
                    found.append([*way, start])
                    stack.clear()
                    break
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append((nxt, [*way, nxt]))
    return found
