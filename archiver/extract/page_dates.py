"""The publish and update times of an `ArticlePage`.

A part of the page object (`archiver.extract.page`, whose docstring says how the parts compose).
The rules run from the most to the least explicit evidence (`DateParts._published`): the source's
selector, structured data, a machine-readable time of the article, the family's selector, the date
line nearest the headline, a labelled or closing date line, a `<time>`'s text, the post's card, a
lone last-edit time, the day in the address. The line-level conventions (labels, formats) are
`archiver.extract.dates`'; what is here decides which of the page's lines and times is the
article's own: never a teaser's, a widget's or a comment's.
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import cached_property
from itertools import chain, islice, takewhile
from urllib.parse import urljoin

from lxml import etree

from archiver.extract.boilerplate import is_related_heading
from archiver.extract.dates import (
    LAST_EDIT,
    META_LINE_WORDS,
    calendar_leaf,
    ends_with_edit_label,
    find_date,
    find_published,
    is_date_labelled,
    is_date_line,
    is_edit_line,
    is_meta_line,
    is_update_line,
    is_view_day_line,
    names_another_date,
    parse_date,
    publish_labelled_date,
    url_day,
    with_time_line,
)
from archiver.extract.layout import INLINE_TAGS, card_lines, in_teaser_row, is_teaser_link, lines_after
from archiver.extract.layout import element_text as _text
from archiver.extract.microformats import UPDATED_CLASSES, has_class, is_rdfa_update, page_times
from archiver.extract.text import normalize_text
from archiver.record import clean_url

#: Lines after the body's last paragraph where a bare date line still closes the article.
CLOSING_LINES = 4
#: A card of another post (its title, lead, day and opening) holds this much text at most.
TEASER_CARD_CHARS = 800
#: Blocks that hold running text: a `<time>` in a long one is a date the text mentions.
TEXT_BLOCKS = {"p", "li", "td", "dd", "blockquote"}
#: How far after the headline a labelled date ("Ngày đăng: …") is looked for, past the body.
LABELLED_DATE_LINES = 400


class DateParts:
    """`published` (raw text beside the parsed time) and `modified`, with the rules that keep the
    dates of teasers, cards and running text out."""

    def published(self) -> tuple[str | None, datetime | None]:
        """(raw text as on the page, parsed time). In order: the source's selector, structured
        data, a `<time datetime>` of the article, the family's selector, the date line nearest
        the headline, a labelled date line ("Ngày đăng: …") further down."""
        return self._published

    @cached_property
    def _published(self) -> tuple[str | None, datetime | None]:
        if "published" in self.overrides:
            return self._date_from(self._first_text("published"))
        if self.meta.published and (parsed := parse_date(self.meta.published)):
            self.evidence["published"] = "structured data"
            return self.meta.published.strip(), parsed
        if found := self._article_time():
            return found
        raw, parsed = self._date_from(self._first_text("published"))
        if parsed:
            return raw, parsed
        self.evidence.pop("published", None)
        raw, parsed = self._date_near_title()
        if parsed:
            return raw, parsed
        for rule in (self._time_text, self._card_date):
            raw, parsed = rule()
            if parsed:
                return raw, parsed
        raw, parsed = self._last_edited()
        return (raw, parsed) if parsed else self._url_day()

    def _url_day(self) -> tuple[str | None, datetime | None]:
        """The day the article's address states (`dates.url_day`: WordPress's day-and-name
        permalinks, dated news paths), its canonical address's first: the last resort, for a
        page that prints no date of its own; the day only, at 00:00."""
        for url in dict.fromkeys((self.canonical_url(), self.url)):
            if found := url_day(url):
                self.evidence["published"] = "the day in the article's address"
                return found
        return None, None

    def _last_edited(self) -> tuple[str | None, datetime | None]:
        """The page's last-edit time ("Last edited <time datetime>" in its footer) when it is the
        page's only `<time datetime>` and nothing else on the page dates it. An edit time is no
        publish time in general, but a page that prints nothing else says when its text was
        last put up: a wiki or static generator without version history dates a page by its
        file, which for a post written once is its publish time, and an edited one is archived
        as of its edit (the text the archive holds). A listing prints many times, so one alone
        is the page's own; a time of a post's card or header was taken before this."""
        times = list(islice((t for t in self.sel.root.iter("time") if t.get("datetime")), 2))
        if len(times) != 1:
            return None, None
        time_el = times[0]
        before = time_el.getprevious()
        label = (before.tail if before is not None else time_el.getparent().text) or ""
        if not ends_with_edit_label(normalize_text(label)) or not (
                parsed := parse_date(time_el.get("datetime"))):
            return None, None
        self.evidence["published"] = LAST_EDIT
        self.elements["published"] = time_el
        return time_el.get("datetime").strip(), parsed

    def _time_text(self) -> tuple[str | None, datetime | None]:
        """The text of the article's `<time>` element that has no `datetime`: HTML's `time`
        element takes its value from its text when the attribute is missing ("the datetime value
        of a time element is … otherwise the child text content"), and themes print
        `<time class="entry-date">14/03/2019 08:30</time>` anywhere in the post, above a run of
        share buttons or in the entry footer after the tags, out of the header's reach. Not one
        of a widget, a comment, a teaser row or card, nor one inside running text."""
        times = [t for t in self.sel.root.iter("time") if t.get("datetime") is None]
        for t in self._ordered_from_title(times):
            block = next((a for a in t.iterancestors() if a.tag not in INLINE_TAGS), t)
            if self._outside_article(t) or in_teaser_row(t) or self._in_teaser_card(t) \
                    or block.tag in TEXT_BLOCKS and len(_text(block).split()) > META_LINE_WORDS:
                continue
            if found := find_date(normalize_text(_text(t))):
                self.evidence["published"] = "text of the article's <time>"
                self.elements["published"] = t
                return found
        return None, None

    def _card_date(self) -> tuple[str | None, datetime | None]:
        """The date line of the post's card in a sidebar (`layout.dated_card`): a theme that
        prints the date nowhere near the headline and nowhere machine-readable."""
        box = self._meta_box
        for line, el in card_lines(box) if box is not None else ():
            if is_date_line(line) and (found := find_date(line)):
                self.evidence["published"] = "date line of the post's card beside the text"
                self.elements["published"] = el
                return found
        return None, None

    def _date_from(self, text: str | None) -> tuple[str | None, datetime | None]:
        found = find_date(text) if text else None
        return found if found else (None, None)

    def _article_time(self) -> tuple[str, datetime] | None:
        """A machine-readable time of the article (`<time datetime>`, hAtom's or microformats2's:
        `microformats.page_times`), not of a comment, widget or teaser: one marked as the
        publish time, else the first after the headline, else the last before it; never one
        marked as the last update."""
        values = {el: value for el, value in self._page_times if not self._outside_article(el)}
        if not values:
            return None
        times = list(values)
        marked = [t for t in times if re.search(
            r"publish|datePublished|entry-date|post-date|dc:created",
            f"{t.get('class', '')} {t.get('itemprop', '')} {t.get('property', '')}")]
        unmarked_update = [t for t in times if not is_rdfa_update(t) and (
            not re.search(r"updated|modified", t.get("class", "")) or "publish" in t.get("class", ""))]
        ordered = marked + self._ordered_from_title(unmarked_update)
        for t in ordered:
            if parsed := parse_date(values[t]):
                self.evidence["published"] = "<time datetime> of the article" if t.tag == "time" \
                    else "hAtom / microformats2 time of the article"
                self.elements["published"] = t
                return values[t].strip(), parsed
        return None

    @cached_property
    def _page_times(self) -> list[tuple[etree._Element, str]]:
        """The page's machine-readable times (`microformats.page_times`)."""
        return page_times(self.sel.root, self.html)

    def _ordered_from_title(self, elements: list) -> list:
        """Elements after the headline first (in document order), then those before it."""
        if self.headline_element is None or len(elements) < 2:
            return elements
        order = {el: i for i, el in enumerate(self.sel.root.iter())}
        at = order.get(self.headline_element, 0)
        after = [e for e in elements if order.get(e, 0) > at]
        return after + [e for e in reversed(elements) if order.get(e, 0) <= at]

    def _repeats_headline(self, line: str) -> bool:
        """The line holds the headline's own text: a copy of the title printed near it (the
        Sphinx Book theme's print-only `<h1>`, a breadcrumb's last step). A date in it is the
        title's ("… các xã mới từ ngày 1/7/2025"), an event's, not the publish date."""
        return bool(self._title) and self._title in line

    def _not_the_publish_date(self, line: str) -> bool:
        """The line dates something else while the page labels its publish date: an update
        (`dates.is_update_line`), a document's issue or effect (`dates.names_another_date`)."""
        return (is_update_line(line) or names_another_date(line)) and self._labels_a_publish_date

    def _date_near_title(self) -> tuple[str | None, datetime | None]:
        lines = self._header_lines
        for i, (line, el) in enumerate(lines):
            if is_meta_line(line) and not is_edit_line(line) and not in_teaser_row(el) \
                    and not self._repeats_headline(line) and not is_view_day_line(line) \
                    and not self._not_the_publish_date(line) \
                    and (found := find_published(line)):
                self.evidence["published"] = "date line nearest the headline"
                self.elements["published"] = el
                # the time of day may sit on its own line below the date, or above it (the
                # lines after the headline and those before it are two runs: no neighbours)
                seam = self._lines_after_headline
                return with_time_line(found, *(lines[j][0] for j in (i + 1, i - 1)
                                               if 0 <= j < len(lines) and (j < seam) == (i < seam)))
        raw, parsed = self._calendar_leaf_date()
        return (raw, parsed) if parsed else self._labelled_date()

    def _calendar_leaf_date(self) -> tuple[str | None, datetime | None]:
        """The date of a calendar leaf by the headline (`dates.calendar_leaf`): the day, month and
        year in elements of their own, read as one date. The block is the element of a header
        line (its pieces run together: "14Tháng 32019") or its parent (each piece a line); never
        a teaser's."""
        for _line, el in self._header_lines:
            if in_teaser_row(el) or self._in_teaser_card(el):
                continue
            for block in (el, el.getparent()):
                if block is None:
                    continue
                parts = [t for t in (normalize_text(x) for x in block.itertext()) if t]
                if found := calendar_leaf(parts):
                    self.evidence["published"] = "calendar leaf by the headline"
                    self.elements["published"] = block
                    return found
        return None, None

    def _labelled_date(self) -> tuple[str | None, datetime | None]:
        """A date line with a label ("Ngày đăng: …", "Cập nhật: …") anywhere in the article after
        the headline, or a bare date line closing the text (among the few lines after its last
        paragraph: the byline, the source, the files): templates that print the date below the
        body. The post's tag row counts as one line, however many lines its links and commas
        split into (`_tag_row`)."""
        if self.headline_element is None:
            return None, None
        last = self.paragraphs()[-1] if self.paragraphs() else None
        past_text = None  # lines since the body's last paragraph
        row = None  # the tag row the previous line was in
        for line, el in islice(lines_after(self.headline_element), LABELLED_DATE_LINES):
            if is_related_heading(line):
                break
            if in_teaser_row(el) or self._in_teaser_card(el):
                continue
            if is_date_labelled(line) and not is_edit_line(line) \
                    and not self._not_the_publish_date(line) \
                    and not self._is_teaser_item(el) and (found := find_published(line)):
                self.evidence["published"] = "labelled date line"
                self.elements["published"] = el
                return found
            if past_text is not None:
                previous, row = row, self._tag_row(el)
                past_text += row is None or row is not previous
                if past_text <= CLOSING_LINES and is_date_line(line) \
                        and not self._is_teaser_item(el) and (found := find_date(line)):
                    self.evidence["published"] = "date line closing the text"
                    self.elements["published"] = el
                    return found
            elif last is not None and (line == last or last.endswith(line)):
                past_text = 0
        return None, None

    def _tag_row(self, el: etree._Element) -> etree._Element | None:
        """The outermost box the page marks as its tags (`parts`) that holds `el`, or None: a
        tag row is one line to a reader, which the line walker may cut at each link and comma
        ("Tags:", "dân vận", ",", "quy chế dân chủ ở cơ sở", "."), as Chronicle's themes print
        it between a post's text and its date."""
        marked = {id(box) for box in self.parts["tags"]}
        return next((box for box in reversed([el, *el.iterancestors()]) if id(box) in marked),
                    None)

    @cached_property
    def _labels_a_publish_date(self) -> bool:
        """A short line of the article's header, or after its headline before any related list
        (a teaser's excepted), labels a publish date ("Ngày xuất bản: …"): then a "Cập nhật: …"
        line gives the update time, not the publish time (`dates.is_update_line`)."""
        after = takewhile(lambda x: not is_related_heading(x[0]), islice(
            lines_after(self.headline_element), LABELLED_DATE_LINES)) \
            if self.headline_element is not None else ()
        return any(is_meta_line(line) and publish_labelled_date(line) and not in_teaser_row(el)
                   for line, el in chain(self._header_lines, after))

    def _in_teaser_card(self, el: etree._Element) -> bool:
        """`el` sits in a card of another post: a small box (`TEASER_CARD_CHARS`) whose heading
        links another page by its title. The "Related" or "Tin khác" cards after an article
        (Bootstrap's `.card` in CodeRed and other Wagtail themes, WordPress's related posts) each
        print their own post's day below the text: never the article's."""
        for box in islice(el.iterancestors("div", "li", "article", "section"), 3):
            if len(_text(box)) > TEASER_CARD_CHARS or self.headline_element in box.iter():
                return False
            if any(is_teaser_link(a) and not self._links_itself(a)
                   for h in box.iter("h2", "h3", "h4", "h5", "h6") for a in h.iter("a")):
                return True
        return False

    def _is_teaser_item(self, el: etree._Element) -> bool:
        """`el`, a line's element (or the block it is inline in), links another post by its
        title: an item of a list of posts with their dates (WordPress's Recent Posts widget prints
        `<li><a>title</a> <span class="post-date">date</span></li>`, portals' "Tin mới" boxes
        "title (14/03/2019)"), whose date is that post's, however near the end of the text. An
        item is small (`TEASER_CARD_CHARS`): a cell that holds the headline, the meta line and the
        text inline (old portals' print views) is no item, whatever it links. The post's own tag
        links name terms, not posts, however long ("quy chế dân chủ ở cơ sở"): BlazeBlogger's
        footer prints them on the date's line (`<span class="tags">`, blaze-make's
        `format_information`)."""
        item = next((a for a in chain((el,), el.iterancestors()) if a.tag not in INLINE_TAGS), el)
        tags = self._marked_links("tags")
        return len(_text(item)) <= TEASER_CARD_CHARS and any(
            is_teaser_link(a) and not self._links_itself(a) and normalize_text(_text(a)) not in tags
            for a in item.iter("a"))

    def _links_itself(self, link: etree._Element) -> bool:
        """The link leads to this page (a headline printed as a link to its own post)."""
        try:
            return clean_url(urljoin(self.url, link.get("href", ""))) == clean_url(self.url)
        except ValueError:
            return False

    def modified(self) -> datetime | None:
        """The last update: structured data's, else the article's own hAtom / microformats2
        `updated` time (`microformats.UPDATED_CLASSES`)."""
        if value := self.meta.modified:
            return parse_date(value)
        return next((parsed for el, value in self._page_times
                     if has_class(el, UPDATED_CLASSES) and not self._outside_article(el)
                     and (parsed := parse_date(value))), None)
