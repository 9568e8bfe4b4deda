"""The body text and images of an `ArticlePage`.

A part of the page object (`archiver.extract.page`, whose docstring says how the parts compose).
The body's element is the source's or family's selector, else `archiver.extract.body.find_body`
(narrowed to a learned template's container), else trafilatura's rebuilt tree. Its paragraphs
lose the headline, lead, dates, captions, boilerplate and the lines the source's template repeats;
a closing byline split off them is handed to the byline part (`archiver.extract.page_authors`).
"""

from __future__ import annotations

from collections import Counter
from functools import cached_property
from urllib.parse import urljoin

import trafilatura
from cssselect import SelectorError
from lxml import etree
from parsel import Selector

from archiver.extract.body import FOUND_BODY, excluded_parts, find_body
from archiver.extract.boilerplate import before_related, is_boilerplate
from archiver.extract.bylines import parse_byline, split_trailing_byline
from archiver.extract.captions import (
    IMAGE_TAGS,
    body_blocks,
    caption_near,
    clean_image_url,
    image_source,
    picture_source,
    split_captions,
)
from archiver.extract.dates import is_date_line, is_publish_line
from archiver.extract.layout import element_text as _text
from archiver.extract.layout import post_furniture, same_document, subtree_lines
from archiver.extract.template import LearnedTemplate, before_repeated_heading, repeated_boxes
from archiver.families.base import select


class BodyParts:
    """`body`, `paragraphs`, `images` and `own_body_element`: the text and pictures of the article."""

    def _above_headline(self, root: etree._Element) -> set[etree._Element]:
        """The elements of `root` that are the headline or come before it (a kicker, a byline
        printed above it), when the body found holds the headline: never body text."""
        headline = self.headline_element
        if headline is None or not any(a is root for a in headline.iterancestors()):
            return set()
        out, node = {headline}, headline
        while node is not root:
            out.update(node.itersiblings(preceding=True))
            node = node.getparent()
        return out

    @cached_property
    def _body_root(self) -> etree._Element | None:
        found = self._first("body")
        if found is not None and not isinstance(found.root, str):
            return found.root
        if (el := find_body(self.sel.root, self.headline_element)) is not None:
            self.evidence["body"] = FOUND_BODY
            return self._learned_container(el)
        self.evidence["body"] = "trafilatura"
        doc = trafilatura.bare_extraction(self.html, url=self.url, include_images=True,
                                          include_comments=False, include_tables=True,
                                          with_metadata=False, output_format="python")
        return getattr(doc, "body", None) if doc is not None else None

    def _learned_container(self, found: etree._Element) -> etree._Element:
        """The learned body container (`LearnedTemplate.body_container`) when the page has it
        with text and the body found is not within it: text outside the element the source's
        pages keep their text in is a box around it or beside it, not body."""
        selector = self.template.body_container() if self.template else None
        if not selector or "body" in self.overrides:
            return found
        try:
            matches = select(self.sel, selector)
        except (ValueError, SelectorError):
            return found
        if len(matches) == 1 and not isinstance(el := matches[0].root, str) and el is not found \
                and not any(a is el for a in found.iterancestors()) and _text(el).strip():
            return el
        return found

    @cached_property
    def _content(self) -> tuple[list[str], list[dict], list[str]]:
        """(body paragraphs, images with captions, authors from a closing byline)."""
        root = self._body_root
        if root is None:
            return [], [], []
        # the elements themselves, not their ids: lxml's proxies die and their ids are reused
        excluded = {e.root for expr in self.family.body_exclude
                    for e in Selector(root=root).css(expr)}
        if self.evidence.get("body") == FOUND_BODY:
            excluded |= excluded_parts(root) | self._above_headline(root) \
                | post_furniture(root, self.parts["tags"])
        template = self.template or LearnedTemplate("")
        own = same_document(root, self.sel.root)
        if own:
            excluded |= repeated_boxes(root, template.box_headings)
        title, summary = self.title(), self.summary()
        paragraphs, images = split_captions(body_blocks(root, excluded), self.url, summary)
        paragraphs = before_related(paragraphs)
        if not own:
            paragraphs = before_repeated_heading(paragraphs, template.box_headings)
        captions = self._caption_from_page(images, paragraphs)
        for image in images:  # a line every page prints under its pictures is the template's
            if self._template_line(image["caption"]):
                image["caption"] = None
        # a writer who signs every article repeats too: the line is read as a byline, never body
        paragraphs = [p for p in paragraphs
                      if p not in (title, summary) and not is_boilerplate(p)
                      and not is_date_line(p) and not is_publish_line(p) and p not in captions
                      and (not self._template_line(p, body=True) or parse_byline(p, closing=True))]
        paragraphs, authors = split_trailing_byline(paragraphs)
        paragraphs = [p for p in paragraphs if not self._template_line(p, body=True)]
        # a byline or "by …" line printed above the text belongs to the header, not the body
        while paragraphs and len(paragraphs[0].split()) <= 12 and (names := parse_byline(
                paragraphs[0])):
            authors = authors or names
            paragraphs = paragraphs[1:]
        return paragraphs, images, authors

    @cached_property
    def _line_counts(self) -> Counter[str]:
        return Counter(line for line, _ in subtree_lines(self.sel.root))

    def _template_line(self, text: str | None, *, body: bool = False) -> bool:
        """The text is a block the source's pages repeat (`LearnedTemplate.repeats`; in their
        bodies, for a body's paragraph) and this page prints once: printed twice, it is this
        article's own text that a box of the template quotes on every page (the lead of a
        featured article in "Tin nổi bật")."""
        t = self.template
        return t is not None and (t.repeats_in_body(text) if body else t.repeats(text)) \
            and self._line_counts[text] < 2

    def _caption_from_page(self, images: list[dict], paragraphs: list[str]) -> set[str]:
        """Captions a body finder (trafilatura) dropped, read from the page around each image
        (`captions.caption_near`); an image it dropped whose caption it kept as a paragraph is
        the body's image too. Returns the captions: text no paragraph may be."""
        if self.evidence.get("body") != "trafilatura":
            return set()
        known = {image["url"]: image for image in images}
        kept = set(paragraphs)
        for el in self.sel.root.iter(*IMAGE_TAGS, "picture"):
            if el.getparent() is not None and el.getparent().tag == "picture":
                continue  # read with its <picture>
            if not (src := picture_source(el) if el.tag == "picture" else image_source(el)):
                continue
            url = clean_image_url(urljoin(self.url, src))
            if (image := known.get(url)) is not None:
                image["caption"] = image["caption"] or caption_near(el)
            elif (caption := caption_near(el)) in kept:
                known[url] = {"url": url, "caption": caption}
                images.append(known[url])
        return {image["caption"] for image in images if image["caption"]}

    def paragraphs(self) -> list[str]:
        """The body's paragraphs in reading order, as `body` joins them: what the listing tests
        (`archiver.extract.listing`) judge a page by."""
        return self._content[0]

    @cached_property
    def own_body_element(self) -> etree._Element | None:
        """The page's own element holding the body; None when no body was found or a body finder
        rebuilt it in another tree (trafilatura), whose elements are not the page's."""
        root = self._body_root
        return root if root is not None and same_document(root, self.sel.root) else None

    def body(self) -> str | None:
        return "\n\n".join(self.paragraphs()) or None

    def images(self) -> list[dict]:
        return self._content[1]
