"""The headline of an `ArticlePage`, and the article's header around it.

A part of the page object (`archiver.extract.page`): `ArticlePage` inherits `HeadlineParts` with the
other field parts, each in its module, so each concept reads in one place while every part shares the
page's parsed tree, structured data and evidence (`self.sel`, `self.meta`, `self.evidence`). The
header lines (after the headline until the body starts, then a few before it) live here because the
date, the byline and the section are all looked for in them.
"""

from __future__ import annotations

from functools import cached_property
from itertools import islice

from lxml import etree
from parsel import Selector

from archiver.extract.boilerplate import is_related_heading
from archiver.extract.headline import (
    blogger_post_names,
    find_named,
    headline_text,
    in_masthead,
    is_trailing_date,
    line_before_date,
    matches_name,
    names,
    title_after_colons,
)
from archiver.extract.layout import element_text as _text
from archiver.extract.layout import inside_not_content, lines_after, lines_before
from archiver.extract.text import normalize_text

#: Lines after the headline that still belong to the article's header (date, byline, lead).
HEADER_LINES = 25
#: A line this long is body text: the article's header has ended.
BODY_LINE_WORDS = 30
#: A description this many words long, printed as a line under the headline, is a lead.
DESCRIBED_LEAD_WORDS = 8
#: Lines before the headline looked at (a date printed above it, or in the breadcrumb row).
LINES_BEFORE = 6


class HeadlineParts:
    """The headline (`title`, `headline_element`) and the header lines around it (`_header_lines`)."""

    @cached_property
    def headline_element(self) -> etree._Element | None:
        """The headline's element; None when there is none or it came from metadata (a string)."""
        title = self._title_el
        return None if title is None or isinstance(title.root, str) else title.root

    @cached_property
    def _title_el(self) -> Selector | None:
        found = self._first("title")
        if found is not None and not isinstance(found.root, str) and in_masthead(found.root) \
                and self.evidence.get("title", "").startswith("family: h1"):
            found = None  # a family's bare `h1` fallback met the site's logo
        if found is not None and self.evidence["title"].startswith("family") \
                and not isinstance(found.root, str) and self._evidence_disagrees(found.root):
            found = None  # the family's selector met another heading than the page names
        if found is not None:
            return found
        el = self._headline_guess()
        return Selector(root=el) if el is not None else None

    @cached_property
    def _names(self) -> set[str]:
        """Comparison keys of what the page says its headline is (`archiver.extract.headline`)."""
        return names(self.hint, self.meta.headline,
                     self.sel.css("meta[property='og:title']::attr(content)").get(),
                     self.sel.css("title::text").get(), *blogger_post_names(self.sel.root))

    def _evidence_disagrees(self, el: etree._Element) -> bool:
        """The page names a headline, the element's text is none of those names, and an element
        with one of those names exists: a family's guess to overrule."""
        wanted = self._names
        if not wanted or matches_name(_text(el), wanted):
            return False
        return find_named(self.sel.root, wanted) is not None

    def _headline_guess(self):  # noqa: ANN202 - an lxml element or None
        """The element the evidence names (link text, structured headline, og:title, `<title>`),
        else the first `<h1>` outside the masthead, else the element `<title>` names after a
        colon ("Blog: Post title", `title_after_colons`: a fallback only, as many headlines hold
        a colon), else the line before the first date line."""
        root = self.sel.root
        if (el := find_named(root, self._names)) is not None:
            self.evidence["title"] = "named by link text / og:title / <title>"
            return el
        for h1 in root.iter("h1"):
            if normalize_text(_text(h1)) and not in_masthead(h1) and not inside_not_content(h1):
                self.evidence["title"] = "first <h1>"
                return h1
        if (el := find_named(root, names(*title_after_colons(root)))) is not None:
            self.evidence["title"] = "named by <title> after its colon"
            return el
        if (el := line_before_date(root)) is not None:
            self.evidence["title"] = "line before the first date"
            return el
        return None

    def title(self) -> str | None:
        return self._title

    def names_its_headline(self) -> bool:
        """Whether the page itself names the headline it was read with (the link text that led
        to it, a structured headline, og:title, `<title>`): a fact about the page, whichever rule
        found the headline, so a pinned headline selector weighs the same as the rules' own find."""
        return bool(self._title) and bool(self._names) and matches_name(self._title, self._names)

    @cached_property
    def _title(self) -> str | None:
        if self._title_el is not None:
            root = self._title_el.root
            text = normalize_text(root if isinstance(root, str) else headline_text(root))
            if text:
                return text
        for fallback in (self.meta.headline,
                         self.sel.css("meta[property='og:title']::attr(content)").get()):
            if isinstance(fallback, str) and normalize_text(fallback):
                self.evidence["title"] = "structured data only"
                return normalize_text(fallback)
        return None

    @cached_property
    def _header_lines(self) -> list[tuple[str, etree._Element]]:
        """(line, element) of the article's header: after the headline until the body starts,
        then the few lines before the headline (nearest first). Body paragraphs are left out."""
        if self.headline_element is None:
            return []
        body = set(self.paragraphs())
        # a date closing the heading, inside it (`headline.is_trailing_date`), is its first line
        after = [(normalize_text(_text(el)), el) for el in self.headline_element.iter()
                 if el is not self.headline_element and is_trailing_date(el)][:1]
        for i, (line, el) in enumerate(lines_after(self.headline_element)):
            if self._is_lead(line):
                continue  # a long standfirst between the headline and the meta line
            if i >= HEADER_LINES or len(line.split()) >= BODY_LINE_WORDS or is_related_heading(line):
                break
            if line not in body:
                after.append((line, el))
        self._lines_after_headline = len(after)
        return after + list(islice(lines_before(self.headline_element), LINES_BEFORE))

    def _is_lead(self, line: str) -> bool:
        """The line is the article's lead (standfirst, sapo: `summary`). Themes print it right
        under the headline and the meta line (byline, date) after it: Bootstrap's `p.lead` in
        CodeRed and other Wagtail/Django themes, a news portal's sapo above "Tác giả | Ngày
        đăng". However long, it is part of the header, not the start of the body."""
        lead = self.summary()
        return bool(lead) and (line == lead or line.endswith(lead)) or self._is_described_line(line)

    def _is_described_line(self, line: str) -> bool:
        """The line is the page's own description (og:description, `<meta name=description>`,
        JSON-LD) word for word, a sentence long, and no paragraph of the body: the post's
        description printed under its headline, above the meta line (Hugo PaperMod's front-matter
        `description`, a portal's sapo), whatever its markup or class. A generator that writes the
        description from the text's opening repeats a body paragraph, which stays the body's."""
        described = self.meta.description
        return bool(described) and len(line.split()) >= DESCRIBED_LEAD_WORDS \
            and line == normalize_text(described) and line not in set(self.paragraphs())
