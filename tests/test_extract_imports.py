"""archiver/extract's modules need one another one way: none imports a module that imports it,
directly or around a circle, not even for type hints (a circle means two modules own one concept:
listing.py's article/listing decision was re-exported by page.py, which listing.py reads)."""

from __future__ import annotations

from pathlib import Path

from import_graph import circles, imports

EXTRACT = Path(__file__).resolve().parent.parent / "archiver" / "extract"


def test_the_finder_sees_a_circle() -> None:
    assert circles({"page": {"listing"}, "listing": {"body", "page"}, "body": set()}) == [
        ["listing", "page", "listing"], ["page", "listing", "page"]]


def test_extract_modules_import_one_way() -> None:
    graph = imports(EXTRACT, "archiver.extract")
    assert {"page", "listing", "dates", "bylines"} <= set(graph)
    assert circles(graph) == []
