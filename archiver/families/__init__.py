"""Portal families: one module each; `detect` picks the family a page belongs to."""

from __future__ import annotations

from parsel import Selector

from archiver.families.base import Family
from archiver.families.generic import GENERIC
from archiver.families.liferay import LIFERAY
from archiver.families.newspaper import NEWSPAPER
from archiver.families.nukeviet import NUKEVIET
from archiver.families.phpsite import PHPSITE
from archiver.families.sharepoint import SHAREPOINT

#: Tried in this order; the most specific markers first, the generic fallback last.
FAMILIES: dict[str, Family] = {f.name: f for f in (
    NUKEVIET, LIFERAY, SHAREPOINT, PHPSITE, NEWSPAPER, GENERIC)}


def detect(sel: Selector, url: str, platform: str = "auto") -> Family:
    """The family a page belongs to: the source's `platform` when named, else by markers."""
    if platform != "auto":
        return FAMILIES[platform]
    return next((f for f in FAMILIES.values() if f.matches(sel, url)), GENERIC)


__all__ = ["FAMILIES", "Family", "detect"]
