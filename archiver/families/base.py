"""A portal family: how to recognise its pages and where its fields sit. Data, not code.

A family lists selectors tried in order; the page object (`archiver.extract.page`) falls back to its generic
heuristics for any field a family leaves empty, so a family only says what it knows for sure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsel import Selector


@dataclass(frozen=True)
class Family:
    name: str
    #: CSS/XPath expressions whose presence marks a page of this family.
    markers: tuple[str, ...] = ()
    #: Regex on the page URL that marks the family on its own.
    url_marker: re.Pattern[str] | None = None
    #: URL shapes of article pages, listing pages and duplicates never to fetch (print views).
    article_url: re.Pattern[str] | None = None
    listing_url: re.Pattern[str] | None = None
    duplicate_url: re.Pattern[str] | None = None
    # Field selectors, tried in order (CSS, or XPath when they start with "/").
    title: tuple[str, ...] = ()
    published: tuple[str, ...] = ()
    summary: tuple[str, ...] = ()
    body: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()
    category: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    #: Elements inside the body that are never body text (share bars, related boxes).
    body_exclude: tuple[str, ...] = ()

    def matches(self, sel: Selector, url: str) -> bool:
        if self.url_marker is not None and self.url_marker.search(url):
            return True
        return any(select(sel, m) for m in self.markers)


def is_xpath(expr: str) -> bool:
    """Selectors starting like a path are XPath; everything else is CSS."""
    return expr.lstrip().startswith(("/", "./", "(", "descendant", "//"))


def select(sel: Selector, expr: str):  # noqa: ANN201 - parsel's SelectorList
    """Run a CSS or XPath expression (XPath when it starts like a path)."""
    return sel.xpath(expr) if is_xpath(expr) else sel.css(expr)


def rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)
