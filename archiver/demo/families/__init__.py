"""How each sample portal family lays out its pages (shared/docs/portals.md): one module per family,
one method per page kind, on the shared ground of `base`.

A renderer gets an `Entry` (an article as one site publishes it) or a listing slice and returns
HTML text; `site.py` decides which pages exist and encodes them. Each field sits where the real
family puts it, among the boilerplate the extractor must leave out: menus, sidebars, counters,
footers, related-article boxes with tracking parameters.
"""

from __future__ import annotations

from archiver.demo.families.base import (
    Category,
    Context,
    Entry,
    Family,
    Home,
    Listing,
    Neighbours,
)
from archiver.demo.families.liferay import Liferay
from archiver.demo.families.nukeviet import NukeViet
from archiver.demo.families.phpsite import PhpSite
from archiver.demo.families.sharepoint import SharePoint
from archiver.demo.families.unknown import Unknown

FAMILIES: dict[str, type[Family]] = {f.name: f for f in (SharePoint, Liferay, NukeViet, PhpSite, Unknown)}


def renderer(name: str, page_size: int = 5) -> Family:
    """A renderer for the named family (a ValueError names the known ones)."""
    try:
        return FAMILIES[name](page_size)
    except KeyError:
        raise ValueError(f"unknown family {name!r}; known: {', '.join(FAMILIES)}") from None


__all__ = ["FAMILIES", "Category", "Context", "Entry", "Family", "Home", "Listing", "Neighbours",
           "renderer"]
