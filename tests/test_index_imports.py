"""index/'s modules need one another one way: none imports a module that imports it, directly or
around a circle, not even inside a function (a circle means two modules own one concept: the Tantivy
engine reused the Whoosh modules' helpers while they handed calls to it). What both engines share is
in `index.incremental` and `index.searching`; `index.engines` alone chooses the engine."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.test_extract_imports import circles

INDEX = Path(__file__).resolve().parent.parent / "index"


class _Imports(ast.NodeVisitor):
    """The index modules a module imports (`from index.x import …`, `from index import x`,
    `import index.x`), at load time, inside a function, or for type hints."""

    def __init__(self) -> None:
        self.found: set[str] = set()

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        module = node.module or ""
        if module == "index":
            self.found.update(alias.name for alias in node.names)
        elif module.startswith("index."):
            self.found.add(module.removeprefix("index."))

    def visit_Import(self, node: ast.Import) -> None:
        self.found.update(alias.name.removeprefix("index.") for alias in node.names
                          if alias.name.startswith("index."))


def imports() -> dict[str, set[str]]:
    graph = {}
    for path in INDEX.glob("*.py"):
        visitor = _Imports()
        visitor.visit(ast.parse(path.read_text(encoding="utf-8")))
        graph[path.stem] = visitor.found
    return graph


def test_the_reader_sees_every_form_of_import() -> None:
    visitor = _Imports()
    visitor.visit(ast.parse("from index import tantivy_engine\nimport index.codec\n"
                            "def f():\n    from index.query import search\n"))
    assert visitor.found == {"tantivy_engine", "codec", "query"}


def test_index_modules_import_one_way() -> None:
    graph = imports()
    assert {"build", "query", "tantivy_engine", "engines", "incremental", "searching"} <= set(graph)
    assert "tantivy_engine" in graph["engines"]  # the one place that loads the other engine
    assert circles(graph) == []
