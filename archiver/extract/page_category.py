"""The section (category) an `ArticlePage` was filed in.

A part of the page object (`archiver.extract.page`, whose docstring says how the parts compose).
Themes print the section in many places (a breadcrumb's last step, a link marked as the category,
a labelled link or text in the meta line, a kicker link above the headline, `article:section`);
the rules here take the most explicit first and keep a menu's, a wiki path's or an in-page link
out of the answer.
"""

from __future__ import annotations

import re
from itertools import chain, islice, takewhile
from urllib.parse import urljoin, urlsplit

from lxml import etree

from archiver.extract.body import link_dense
from archiver.extract.boilerplate import has_no_words, is_boilerplate, is_navigation, is_related_heading
from archiver.extract.dates import is_date_line
from archiver.extract.layout import element_text as _text
from archiver.extract.layout import lines_after, lines_before, links_a_category, links_of
from archiver.extract.page_dates import LABELLED_DATE_LINES
from archiver.extract.page_headline import LINES_BEFORE
from archiver.extract.text import label_text, normalize_text

#: A meta line naming the post's section after a label: "In" (Pelican), "Trong" (Vietnamese
#: "in"), "Chuyên mục:", "Danh mục:", "Posted in", "Filed under", "Category:", and Joomla K2's
#: item view, which prints its `K2_PUBLISHED_IN` string before the category link in
#: `div.itemCategory` ("Published in", Vietnamese "Đăng trong", "Đăng tại").
SECTION_LINE = re.compile(r"(?:posted in|filed under|published in|đăng trong|đăng tại|được đăng "
                          r"trong|in|trong|thuộc|chuyên mục|danh mục"
                          r"|categor(?:y|ies))\s*:?\s+(?P<name>.+?)\.?", re.IGNORECASE)
#: A header meta line naming the section as text: "Chuyên mục: Văn hóa - Xã hội - Đăng lúc 08:30",
#: "Danh mục: Tin tức | 14/03/2019"; the name ends at a bar, or at a dash before the date's facts.
SECTION_TEXT_LINE = re.compile(
    r"(?:chuyên mục|danh mục)\s*:\s*(?P<name>[^|•·]+?)\s*(?:$|[|•·]|[-–—,]\s*(?=(?:ngày|đăng"
    r"|cập nhật|lượt xem|lúc|thứ|chủ nhật|\d)))", re.IGNORECASE)
#: A section's label printed alone in its cell, its name in the next: a record's label/value
#: rows as ASP.NET's DetailsView and SharePoint's DispForm print a news item ("Lĩnh vực" |
#: "Chỉ đạo điều hành"; "Chuyên mục", "Danh mục", "Thể loại", "Loại tin"; its colon optional).
SECTION_LABEL_ALONE = re.compile(r"(?:chuyên mục|danh mục|lĩnh vực|thể loại|loại tin)\s*:?",
                                 re.IGNORECASE)
#: A section's name is this short at most.
SECTION_WORDS = 8
#: What themes print between breadcrumb steps, often inside a step's own `<li>`.
CRUMB_SEPARATORS = " »>/|›·→"
#: A run of at least this many links, mostly link text, is a menu or a link box (a breadcrumb
#: "Trang chủ › Tin tức › Kinh tế" has three).
LINK_ROW_LINKS = 4
#: A link text ending in a number in brackets: an item of a sidebar list that counts its posts
#: ("October (1)", "Tin tức (25)": archive and category widgets with post counts, Chronicle's
#: and Blogger's archive trees, WordPress's widgets with `show_post_count`).
POST_COUNT = re.compile(r"\(\s*\d+\s*\)$")


class CategoryParts:
    """`category`: the section's name, from the most explicit place a page prints it."""

    def category(self) -> str | None:
        """The family's or source's selector, the breadcrumb's last step before the headline, a
        link marked as the category, a link labelled as the section, a section link printed just
        above the headline, `article:section`."""
        selected = (normalize_text(_text(c.root)) if not isinstance(c.root, str) else c.root
                    for c in islice(self._candidates("category"), 5))
        later = (rule() for rule in (self._breadcrumb_leaf,
                                     lambda: next(iter(self._marked_links("category")), None),
                                     self._labelled_section, self._category_link_in_header,
                                     self._section_link_above_headline,
                                     self._section_label_text))
        for text in chain(selected, later):
            if text and text != self.title() and not is_boilerplate(text) \
                    and len(text.split()) <= 12:
                return label_text(text)
        section = label_text(normalize_text(self.meta.section or ""))
        return section or None

    def _category_link_in_header(self) -> str | None:
        """The first link to a category archive (`layout.links_a_category`) in the article's
        header, after the headline and before the text: the post meta of blog themes printing
        the post's category as a bare link behind a folder icon (Puput, WordPress and Django
        themes), with no class, rel or label. The sidebar's list of every category is no header
        line, so it never answers."""
        for _line, el in self._header_lines[:self._lines_after_headline]:
            for link in links_of(el):
                if links_a_category(link) and (text := normalize_text(_text(link))):
                    self.evidence["category"] = "category archive link under the headline"
                    return text
        return None

    def _section_link_above_headline(self) -> str | None:
        """A short link among the few lines above the headline (the section it was filed in);
        never a sidebar list's item that counts its posts ("October (1)", `POST_COUNT`), the
        last of an archive box that ends above the headline."""
        if self.headline_element is None:
            return None
        for line, el in islice(lines_before(self.headline_element), LINES_BEFORE):
            link = el if el.tag == "a" else next(el.iterancestors("a"), None)
            if link is None and len(el) == 1 and el[0].tag == "a":
                link = el[0]
                if _ends_a_text_trail(el, link):
                    line = normalize_text(_text(link))  # "Tin tức » <a>Kinh tế</a>": the leaf
            elif link is None and is_navigation(line) and len(steps := list(el.iter("a"))) > 1:
                link = steps[-1]  # an unmarked trail "Trang chủ / Tin tức": its last step
                line = normalize_text(_text(link))
            elif link is None and (link := _kicker_link(el)) is not None:
                line = normalize_text(_text(link))
            if link is not None and is_boilerplate(line):
                continue  # a tool link ("In trang", "Gửi email") above the headline: look on
            if link is not None and len(line.split()) <= SECTION_WORDS and not is_navigation(line) \
                    and not _in_page_link(link) and not _in_link_row(link) \
                    and not POST_COUNT.search(line) \
                    and not _names_its_path(link, line, self.url):
                self.evidence["category"] = "section link above the headline"
                return line
        return None

    def _labelled_section(self) -> str | None:
        """A short link that a section label alone precedes on its line, in the article's header,
        its meta box, or its footer (before any related box): "In <a>Kinh tế</a>." and
        "Category: <a>…</a>" (Pelican's themes), "Trong <a>Kinh tế</a>" (MkDocs Material's "in"),
        "Chuyên mục: <a>…</a>", "Filed under <a>…</a>"."""
        if self.headline_element is None:
            return None
        after = takewhile(lambda found: not is_related_heading(found[0]),
                          islice(lines_after(self.headline_element), LABELLED_DATE_LINES))
        boxed = ((normalize_text(_text(a.getparent())), a.getparent())
                 for a in (self._meta_box.iter("a") if self._meta_box is not None else ()))
        for line, el in chain(self._header_lines, after, boxed):
            if not (m := SECTION_LINE.fullmatch(line)) or len(m["name"].split()) > SECTION_WORDS:
                continue
            if any(normalize_text(_text(a)) == m["name"] and not _in_page_link(a)
                   for a in ([el] if el.tag == "a" else el.iter("a"))):
                self.evidence["category"] = "labelled section link"
                return m["name"]
        return None

    def _section_label_text(self) -> str | None:
        """The section a header meta line names as plain text after its label, up to the next
        fact (a bar, or a dash before the date, its label or the views): "Chuyên mục: Văn hóa -
        Xã hội - Đăng lúc 08:30, ngày 14-03-2019", the grey line of old ASP and PHP portals'
        print views that link nothing (portals.md: "Chuyên mục:", "Danh mục:"); or the name in
        the cell after its label printed alone (`SECTION_LABEL_ALONE`: "Lĩnh vực" | "Kinh tế")."""
        lines = self._header_lines[:self._lines_after_headline]
        for i, (line, _el) in enumerate(lines):
            if (m := SECTION_TEXT_LINE.match(line)) and len(m["name"].split()) <= SECTION_WORDS:
                self.evidence["category"] = "section named in the header's meta line"
                return m["name"]
            if SECTION_LABEL_ALONE.fullmatch(line) and i + 1 < len(lines) \
                    and _names_a_section(name := lines[i + 1][0]):
                self.evidence["category"] = "section in the cell after its label"
                return name
        return None

    def _breadcrumb_leaf(self) -> str | None:
        for trail in self.parts["breadcrumb"]:
            steps = list(trail.iter("li")) or [e for e in trail.iter("a", "span") if not len(e)]
            texts = [_crumb_step(step) for step in steps]
            texts = [t for t in texts if t and t != self.title() and not is_navigation(t)
                     and not has_no_words(t) and not is_date_line(t)]
            if texts:
                self.evidence["category"] = "breadcrumb"
                return texts[-1]
        return None


def _names_a_section(text: str) -> bool:
    """A value cell that can be a section's name: short, no date, no label of its own."""
    return bool(text) and len(text.split()) <= SECTION_WORDS and not is_date_line(text) \
        and not text.endswith(":") and not any(ch.isdigit() for ch in text)


def _crumb_step(step: etree._Element) -> str:
    """A breadcrumb step's name without the separator a theme prints inside the step's element
    (Joomla's `<li><a>Kinh tế</a><span class="divider"> / </span></li>`): the separator is
    layout, and a category read with it would differ from the same section read elsewhere."""
    return normalize_text(_text(step)).strip(CRUMB_SEPARATORS)


def _ends_a_text_trail(el: etree._Element, link: etree._Element) -> bool:
    """The line is a breadcrumb whose steps before the last are plain text and whose last step is
    `link`, the line's only link: "Tin tức » <a>Chỉ đạo điều hành</a>" (a portal's "đường dẫn",
    its path, where the module's name is no link and the section is). The text before the link
    ends with a crumb separator (`CRUMB_SEPARATORS`) and nothing follows the link: the section
    is the link's text, not the whole trail."""
    before = normalize_text(el.text or "")
    return bool(before) and before[-1] in CRUMB_SEPARATORS.strip() \
        and not normalize_text(link.tail or "")


def _in_link_row(link: etree._Element) -> bool:
    """Whether `link` is one item of a menu or link box: the nearest element around it that holds
    another link holds `LINK_ROW_LINKS` or more and is mostly link text.

    A portal's main menu (a table row or list of section links) often ends right above the
    headline; its last section is not the article's section, whichever it is. Nor is the last
    name in a sidebar box of archive and author links. A section link printed alone on its line
    (or in a breadcrumb) sits in an element holding the article's text, which is not link-dense."""
    node = link.getparent()
    while node is not None and next(islice(node.iter("a"), 1, None), None) is None:
        node = node.getparent()
    return node is not None and len(list(islice(node.iter("a"), LINK_ROW_LINKS))) >= \
        LINK_ROW_LINKS and link_dense(node)


def _kicker_link(el: etree._Element) -> etree._Element | None:
    """The link a meta line above the headline opens with when the rest of the line is its date
    ("<a>Thời sự</a> 14-03-2019 | 08:30"): the section a news template prints as the kicker
    beside the date (IBM WebSphere Portal's WCM news, and the "category | time" line of
    Vietnamese news CMSes). A link after other text, or before anything but a date, is not one."""
    children = [c for c in el if isinstance(c.tag, str)]
    if not children or children[0].tag != "a" or (el.text or "").strip():
        return None
    rest = normalize_text(" ".join([children[0].tail or ""] + [_text(c) + (c.tail or "")
                                                              for c in children[1:]]))
    return children[0] if rest and is_date_line(rest) else None


def _in_page_link(link: etree._Element) -> bool:
    """The link leads to a place on the page itself (`href="#…"`): a "skip to content" or "back
    to top" link, never the section the article was filed in."""
    return (link.get("href") or "").strip().startswith("#")


def _names_its_path(link: etree._Element, text: str, base: str) -> bool:
    """The link's text is the last path segment of its target (resolved against the page's URL
    `base`), letter for letter ("posts" for `../` from `/posts/a-post/`): a step of a wiki's path
    of pages (ikiwiki's `PARENTLINKS` prints each parent page by its file's name), a directory,
    not a section an editor titled ("Tin tức", "Video", written with a capital)."""
    try:
        target = urlsplit(urljoin(base, (link.get("href") or "").strip()))
    except ValueError:
        return False
    segment = target.path.rstrip("/").rsplit("/", 1)[-1]
    return bool(segment) and text == segment
