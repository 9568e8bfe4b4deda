"""index/'s modules need one another one way: none imports a module that imports it, directly or
around a circle, not even inside a function (a circle means two modules own one concept: the Tantivy
engine reused the Whoosh modules' helpers while they handed calls to it). What both engines share is
in `index.incremental` and `index.searching`; `index.engines` alone loads the other engine."""

from __future__ import annotations

from pathlib import Path

from import_graph import circles, imported, imports

INDEX = Path(__file__).resolve().parent.parent / "index"


def test_the_reader_sees_every_form_of_import() -> None:
    source = ("from index import tantivy_engine\nimport index.codec\n"
              "def f():\n    from index.query import search\n")
    assert imported(source, "index") == {"tantivy_engine", "codec", "query"}


def test_index_modules_import_one_way() -> None:
    graph = imports(INDEX, "index")
    assert {"build", "query", "tantivy_engine", "engines", "incremental", "searching"} <= set(graph)
    assert "tantivy_engine" in graph["engines"]  # the one place that loads the other engine
    assert circles(graph) == []
