"""The tags (keywords) of an `ArticlePage`.

A part of the page object (`archiver.extract.page`, whose docstring says how the parts compose).
Tags come from the source's or family's selector, links marked as tags (`ArticlePage._marked_links`),
a "Từ khóa:" / "Tags:" block, then structured data's keywords.
"""

from __future__ import annotations

import re

from cssselect import SelectorError

from archiver.extract.boilerplate import is_link_list
from archiver.extract.layout import element_text as _text
from archiver.extract.template import own_keywords
from archiver.extract.text import normalize_text
from archiver.families.base import select

#: Text nodes that may be a "Từ khóa:" / "Tags:" / "Thẻ" label (Drupal's field label gets its colon
#: from CSS; XPath `contains` is fast; the label itself is then checked by `is_link_list`).
TAG_LABEL_WORDS = ("ừ khóa", "ừ khoá", "Ừ KHÓA", "Ừ KHOÁ", "ags:", "AGS:", "ags :", "&#7915; kh",
                   "&#x1eeb; kh", "&#x1EEB; kh", "Thẻ", "THẺ")
TAG_LABEL = ("//text()[contains(.,'ừ khóa') or contains(.,'ừ khoá') or contains(.,'Ừ KHÓA') or "
             "contains(.,'Ừ KHOÁ') or contains(.,'ags:') or contains(.,'AGS:') or "
             "contains(.,'ags :') or contains(.,'Thẻ') or contains(.,'THẺ')]/..")


class TagParts:
    """`tags`: the article's tags in page order, without repeats."""

    def tags(self) -> list[str]:
        exprs = ([self.overrides["tags"]] if "tags" in self.overrides else []) + [
            *self.family.tags]
        for expr in exprs:
            try:
                found = select(self.sel, expr)
            except (ValueError, SelectorError):
                continue
            tags = [normalize_text(_text(t.root)) for t in found if not isinstance(t.root, str)]
            if tags := [t for t in dict.fromkeys(tags) if t]:
                return tags
        if tags := self._marked_links("tags") or self._labelled_tags():
            return tags
        for found in (self.meta.tags, own_keywords(self.template, self.meta.keywords),
                      self.meta.og_tags):
            if tags := [t for t in dict.fromkeys(normalize_text(k) for k in found) if t]:
                return tags
        return []

    def _labelled_tags(self) -> list[str]:
        """A "Từ khóa:" / "Tags:" block: the links after the label, or its comma-separated text.
        A "Thẻ" that is itself a link is no label: it is a menu's link to the site's tag index
        (Jekyll's minima lists its pages in the header)."""
        if not any(word in self.html for word in TAG_LABEL_WORDS):
            return []
        for label in self.sel.xpath(TAG_LABEL):
            if label.root.tag in ("script", "style", "title", "a") or not is_link_list(
                    normalize_text(_text(label.root)) or "x") or next(
                    label.root.iterancestors("a"), None) is not None:
                continue
            container = label.root
            for _ in range(3):  # the label's element, or the box around label and links
                links = [normalize_text(_text(a)) for a in container.iter("a")]
                if links := [t for t in links if t]:
                    return list(dict.fromkeys(links))
                if container.getparent() is None:
                    break
                container = container.getparent()
            rest = normalize_text(_text(label.root)).split(":", 1)[-1]
            if tags := [t for t in dict.fromkeys(normalize_text(k) for k in re.split(r"[,;]", rest))
                        if t]:
                return tags
        return []
