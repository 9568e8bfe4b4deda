"""archiver/extract's modules need one another one way: none imports a module that imports it,
directly or around a circle, not even for type hints (a circle means two modules own one concept:
listing.py's article/listing decision was re-exported by page.py, which listing.py reads); and
listing.py reads a page only through what page.py makes public."""

from __future__ import annotations

import ast
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



def private_reads(source: str, of: str = "ArticlePage") -> list[str]:
    """`x._name` reads where `x` is a function's parameter annotated as `of`."""
    out = set()
    for fn in ast.walk(ast.parse(source)):
        if not isinstance(fn, ast.FunctionDef):
            continue
        typed = {a.arg for a in fn.args.args
                 if isinstance(a.annotation, ast.Name) and a.annotation.id == of}
        out |= {f"{node.value.id}.{node.attr}" for node in ast.walk(fn)
                if isinstance(node, ast.Attribute) and node.attr.startswith("_")
                and isinstance(node.value, ast.Name) and node.value.id in typed}
    return sorted(out)


def test_the_finder_sees_a_private_read() -> None:
    assert private_reads("def f(page: ArticlePage, el: etree._Element):\n"
                         "    return page._content[0], el._x, page.body()") == ["page._content"]


def test_listing_reads_a_page_through_its_public_methods() -> None:
    """listing.py judges an `ArticlePage` by its paragraphs, headline and body element: through
    `paragraphs()`, `headline_element` and `own_body_element`, which page.py owns, never its
    private caches (whose shape page.py may change)."""
    assert private_reads((EXTRACT / "listing.py").read_text(encoding="utf-8")) == []
