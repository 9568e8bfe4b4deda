"""The lead (standfirst, sapo) of an `ArticlePage`.

A part of the page object (`archiver.extract.page`, whose docstring says how the parts compose).
A lead is marked (a class naming it, the family's selector) or set apart by its style (bold,
italic, large) at the opening of the body, or repeated word for word by the page's description.
The body (`archiver.extract.page_body`) leaves the lead out of its paragraphs.
"""

from __future__ import annotations

import re
from functools import cached_property

from lxml import etree

from archiver.extract.boilerplate import is_boilerplate, strip_lead_prefix
from archiver.extract.bylines import parse_byline
from archiver.extract.dates import is_date_line
from archiver.extract.layout import element_text as _text
from archiver.extract.text import normalize_text

#: Where a lead sits when the family says nothing: a class naming it, or schema.org's description.
GENERIC_SUMMARY = (", ".join(f"{tag}[class{op}{name}]" for tag in ("p", "div", "h2", "h3")
                             for name in ("sapo", "lead", "summary", "tomtat", "chapeau",
                                          "description", "intro", "excerpt", "abstract")
                             for op in ("~=", "$=")) + ", [itemprop=description]:not(meta)",)
#: Static site generators (`<meta name="generator">`) whose description defaults to the post's
#: own opening: Jekyll's jekyll-seo-tag writes `page.excerpt` (the first paragraph), Docusaurus's
#: blog the first paragraph of the Markdown, Hugo's themes `.Summary`, Hexo's `excerpt`.
EXCERPT_GENERATORS = re.compile(r"^\s*(?:jekyll|docusaurus|hugo|hexo)\b", re.I)
#: Inline styles that set a paragraph apart as the lead (bold or italic set by CSS).
STYLED_LEAD = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)|font-style\s*:\s*italic", re.I)
#: Italics set by an inline style, and the headings a page builder's lead may be printed as
#: (`ArticlePage._italic_heading_lead`).
ITALIC_STYLE = re.compile(r"font-style\s*:\s*italic", re.I)
LEAD_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
#: A paragraph class that sets it in a large size: WordPress's block editor writes
#: `has-large-font-size` (or x-large) on the paragraph an editor enlarges, which is the lead.
LARGE_LEAD = re.compile(r"(?<![\w-])has-(?:x{1,2}-)?large-font-size(?![\w-])")


class LeadParts:
    """`summary`: the marked lead, else a first paragraph or heading the page sets apart as one."""

    def summary(self) -> str | None:
        return self._summary

    @cached_property
    def _summary(self) -> str | None:
        for text in (self._first_text("summary", GENERIC_SUMMARY), self._bold_lead(),
                     self._italic_heading_lead(), self._described_lead()):
            text = strip_lead_prefix(text) if text else None
            if text and text != self.title() and not is_boilerplate(text) \
                    and not self._template_line(text):
                return text
        return None

    def _first_paragraph(self) -> etree._Element | None:
        """The body's first `p` or `div` with text after the headline, past the date, byline and
        tool lines a body holding the headline also holds: where an unmarked lead sits."""
        root = self._body_root
        if root is None:
            return None
        before = self._above_headline(root)
        for el in root.iterdescendants("p", "div"):
            text = normalize_text(_text(el))
            if el in before or not text or (el.getparent() in before):
                continue
            if is_date_line(text) or is_boilerplate(text) or parse_byline(text):
                continue
            return el
        return None

    def _described_lead(self) -> str | None:
        """A first body paragraph that the page's own description (og:description, `<meta
        name=description>`, JSON-LD) repeats word for word is the lead, however bare its markup:
        CMSs fill the description from the sapo field."""
        first, described = self._first_paragraph(), self.meta.description
        if first is None or not described or self._excerpt_description():
            return None
        text = normalize_text(_text(first))
        return text if len(text.split()) >= 8 and text == normalize_text(described) else None

    def _excerpt_description(self) -> bool:
        """The page's generator writes its description from the post's first paragraph
        (`EXCERPT_GENERATORS`): that paragraph repeats in the description because it is the
        text's opening, not a sapo the editor wrote apart, and stays in the body."""
        generator = self.sel.xpath("//meta[@name='generator']/@content").get()
        return bool(generator and EXCERPT_GENERATORS.match(generator))

    def _bold_lead(self) -> str | None:
        """A first body paragraph set wholly in bold (or italics) is the lead (a CMS habit), and so
        is one set in a large size by its class (`LARGE_LEAD`)."""
        first = self._first_paragraph()
        if first is None:
            return None
        text = normalize_text(_text(first))
        if len(text.split()) < 8:
            return None
        if STYLED_LEAD.search(first.get("style", "")) or LARGE_LEAD.search(first.get("class", "")):
            return text
        for marks in (("strong", "b", "hi"), ("em", "i")):
            styled = normalize_text(" ".join(_text(b) for b in first.iter(*marks)))
            if styled == text:
                return text
        by_style = [el for el in first.iterdescendants()
                    if isinstance(el.tag, str) and STYLED_LEAD.search(el.get("style", ""))]
        return text if by_style and normalize_text(" ".join(_text(e) for e in by_style)) == text \
            else None

    def _italic_heading_lead(self) -> str | None:
        """A heading that opens the body, a sentence or more set in italics by its inline style,
        is the lead: a page builder has no lead field, and the editor types the sapo into a
        heading element styled apart (WPBakery's "Custom Heading", `[vc_custom_heading]`, prints
        its font options as the heading's `style`: `h2.vc_custom_heading` with
        `font-style:italic`). A section heading is short and keeps the theme's style; a heading
        is bold by default, so only italics set one apart."""
        root = self._body_root
        if root is None:
            return None
        before = self._above_headline(root)
        for el in root.iterdescendants():
            if not isinstance(el.tag, str) or el in before or el.getparent() in before:
                continue
            if el.tag in LEAD_HEADINGS:
                text = normalize_text(_text(el))
                return text if ITALIC_STYLE.search(el.get("style", "")) \
                    and len(text.split()) >= 8 else None
            if (el.text or "").strip():
                return None  # the body opens with text that is no heading
        return None
