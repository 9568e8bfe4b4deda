"""The writers (byline) of an `ArticlePage`.

A part of the page object (`archiver.extract.page`, whose docstring says how the parts compose).
`AuthorParts.authors` tries the places a byline is printed, most explicit first: the byline element,
author archive links under the headline, a closing byline the body split off, a byline in the
header, a labelled byline after the body, the post's card beside the text, its licence box, then
structured data's and the author metas' names. How a line is read as names is
`archiver.extract.bylines`'; what is here decides which lines are the article's own, and drops the
site's own name and administrator accounts.
"""

from __future__ import annotations

from functools import cached_property
from itertools import islice
from urllib.parse import urljoin

from lxml import etree

from archiver.extract.attachment_links import in_file_list, links_a_document
from archiver.extract.boilerplate import is_boilerplate, is_related_heading
from archiver.extract.bylines import (
    ACCESSIBLE_AUTHOR,
    archive_link_author,
    byline_in,
    credits_no_writer,
    is_account_name,
    label_and_value,
    links_an_author_archive,
    names_after_label,
    names_the_site,
    parse_byline,
    parse_source_line,
    person_icon_byline,
    source_writer,
    split_names,
)
from archiver.extract.dates import find_date
from archiver.extract.headline import is_home_link
from archiver.extract.layout import (
    as_facts,
    card_lines,
    in_page_footer,
    inside_box,
    inside_not_content,
    is_link_line,
    lines_after,
    links_of,
    subtree_lines,
)
from archiver.extract.layout import element_text as _text
from archiver.extract.page_dates import LABELLED_DATE_LINES
from archiver.extract.signatures import BOX_TITLE_WORDS, closing_signature, titles_a_box
from archiver.extract.text import normalize_text
from archiver.record import clean_url

#: Elements whose markup says they hold the byline (also in CamelCase, "NewsAuthor", and as an
#: ASP.NET label's id, "…_lblAuthor"; and as a BEM element, "post__author", "card__authors").
GENERIC_AUTHORS = ("[itemprop=author]:not(meta), [rel=author], [class~=byline], [class~=author], "
                   "[class$=-author], [class$=-by], [class~=tacgia], [class*=author__name], "
                   "[class*=__author], [class*=author-name], [class*=post-author], [class$=Author], "
                   "[id$=lblAuthor]", ACCESSIBLE_AUTHOR)
#: Byline elements tried before giving up on the markup (a page may mark dozens of "author" links).
MAX_BYLINE_ELEMENTS = 6
#: A post's licence or copyright notice, by its class or id ("license-box", "post-copyright",
#: "article-licensing", "ban-quyen"): where blog themes print the post's author.
LICENCE_BOX = ("//*[contains(@class,'license') or contains(@class,'licence') or "
               "contains(@class,'copyright') or contains(@class,'ban-quyen') or "
               "contains(@id,'license') or contains(@id,'copyright')]"
               "[not(ancestor::*[contains(@class,'license') or contains(@class,'licence') or "
               "contains(@class,'copyright')])]")
#: What `LICENCE_BOX`'s class and id words hold in either case ("License", "licence",
#: "Copyright", "ban-quyen"): a page without any of them has no licence box to search.
LICENCE_BOX_STEMS = ("icen", "opyright", "ban-quyen")
#: Lines right under the headline where a bare name ("Hoàng Anh") is taken as the byline.
BARE_NAME_LINES = 2


class AuthorParts:
    """`authors`: the article's writers, from the most explicit place the page names them."""

    def authors(self) -> list[str]:
        """The byline element, a closing byline, a byline in the article's header, a labelled
        byline after the body ("Tác giả: …"), then structured data's authors."""
        for found in islice(self._candidates("authors", GENERIC_AUTHORS), MAX_BYLINE_ELEMENTS):
            if names := self._writers(byline_in(found)):
                return names
        self.evidence.pop("authors", None)
        self.elements.pop("authors", None)
        if names := self._writers(self._author_archive_links()):
            self.evidence["authors"] = "links to the author archive under the headline"
            return names
        if self._content[2]:
            self.evidence["authors"] = "closing byline"
            return self._content[2]
        lines = self._header_lines[:12]
        for i, (line, el) in enumerate(lines):
            # a bare name is a byline only right under the headline ("Hoàng Anh"), or as the
            # kicker right above it when it is no link (a section's label above it is one)
            seam = self._lines_after_headline
            bare = i < min(BARE_NAME_LINES, seam) or i == seam and not is_link_line(line, el)
            if i >= self._lines_after_headline and (
                    next(el.iterancestors("li"), el).tag == "li" or is_link_line(line, el)):
                continue  # above the headline, a list item or a link is a menu's or a box's
            if i < seam and (names := names_after_label(line, [x for x, _ in lines[i + 1:seam]])):
                self.evidence["authors"] = "labelled names near the headline"
                self.elements["authors"] = el
                return names
            if 0 < i < self._lines_after_headline and lines[i - 1][0].endswith(":"):
                line = f"{lines[i - 1][0]} {line}"  # "Tác giả:" in its own cell, the name in the next
            else:
                line = as_facts(line, el)
            if names := parse_byline(line) or (bare and parse_byline(line, closing=True)) or (
                    i < seam and person_icon_byline(el)):
                self.evidence["authors"] = "byline near the headline"
                self.elements["authors"] = el
                return names
        if names := self._byline_after_body():
            self.evidence["authors"] = "labelled byline after the body"
            return names
        card = list(card_lines(self._meta_box)) if self._meta_box is not None else []
        for line, el in card:
            if names := parse_byline(line):
                self.evidence["authors"] = "labelled byline in the post's card beside the text"
                self.elements["authors"] = el
                return names
        if names := self._writers(self._author_archive_links(card)):
            self.evidence["authors"] = "links to the author archive in the post's card"
            return names
        if names := self._licence_box_authors():
            self.evidence["authors"] = "author in the post's licence box"
            return names
        if names := self._credited(split_names(self.meta.authors)):
            self.evidence["authors"] = "structured data"
            return names
        if names := self._credited(self._meta_authors()):
            self.evidence["authors"] = "author metas (a profile URL named by the page's link)"
            return names
        self.evidence.pop("authors", None)
        return []

    def _writers(self, names: list[str]) -> list[str]:
        """The names a byline gives but an account named for the site itself (`names_the_site`)."""
        return [n for n in names if not names_the_site(n, self._site_names)]

    @cached_property
    def _site_names(self) -> list[str]:
        """The site's name as the page prints it: the text (or a logo's `alt`) of the links to its
        home page, where every theme puts the site's title (WordPress's `bloginfo('name')` in a
        link with `rel="home"`, a brand link beside the logo)."""
        names = []
        for link in self.sel.root.iter("a"):
            if is_home_link(link):
                names += [normalize_text(_text(link)), *(normalize_text(img.get("alt") or "")
                                                         for img in link.iter("img"))]
        return [n for n in dict.fromkeys(names) if n]

    def _credited(self, names: list[str]) -> list[str]:
        """The names structured data gives as authors that the page does not declare as the
        site's owner (`Structured.owners`) and that are no administrator account
        (`is_account_name`): a theme that prints no byline still writes the site's owner, or
        the account that posted, as every post's author."""
        return [n for n in names if n not in self.meta.owners and not is_account_name(n)]

    def _licence_box_authors(self) -> list[str]:
        """The author a post's licence box names: Creative Commons' attribution asks for the
        title, author, source and licence of the work (its "TASL" best practice), and blog
        themes print them in a box under each post, marked as the licence or copyright notice
        (Hexo's Fluid `license-box`: an "Author" cell, the name in the next; NexT's and
        Butterfly's `post-copyright`: "Post author: …", "Author: …"; Vietnamese "Tác giả bài
        viết", "Bản quyền"). The box names the post's own author, or the site's where the post
        names none, as the byline the theme prints. The site footer's copyright line is not
        content and never read here."""
        if self.headline_element is None or not any(s in self.html for s in LICENCE_BOX_STEMS):
            return []
        for box in self.sel.root.xpath(LICENCE_BOX):
            if inside_not_content(box) or in_page_footer(box, self.headline_element):
                continue
            lines = [line for line, _ in subtree_lines(box)]
            for i, line in enumerate(lines):
                if names := names_after_label(line, lines[i + 1:]) or parse_byline(line) or (
                        i + 1 < len(lines) and label_and_value(line, lines[i + 1])):
                    return names
        return []

    def _author_archive_links(self, lines: list[tuple[str, etree._Element]] | None = None,
                              ) -> list[str]:
        """The writers named by links to their author archive (`links_an_author_archive`) in the
        article's header, after the headline and before the text (or in the given `lines`, the
        post's card): the byline of blog themes that mark it by an icon only (Puput's `fa-user`,
        ABlog's postcard with Font Awesome), with no class or rel saying "author". A CMS links
        its author field to that archive, so the link names the writer whatever its text looks
        like (a user name in lower case is still the name the site publishes)."""
        names: list[str] = []
        for _line, el in self._header_lines[:self._lines_after_headline] if lines is None else lines:
            for link in links_of(el):
                if links_an_author_archive(link.get("href", "")) and (
                        name := archive_link_author(normalize_text(_text(link)))) \
                        and name not in names:
                    self.elements.setdefault("authors", link)
                    names.append(name)
        return names

    def _meta_authors(self) -> list[str]:
        """Every name the author metas give: a CMS writes one `article:author` per writer, and
        `<meta name=author>` may hold them all or only the site's name (which is no person)."""
        return split_names([*self.meta.meta_authors, *self._profile_link_texts()], whole=False)

    def _profile_link_texts(self) -> list[str]:
        """The texts of the page's links to the writers' profile URLs (`article:author` as
        OpenGraph defines it): the profile is the author archive the page links by name."""
        wanted: dict[str, str | None] = {}
        for value in self.meta.author_urls:
            try:
                wanted[clean_url(urljoin(self.url, value))] = None
            except ValueError:
                continue
        if not wanted:
            return []
        for link in self.sel.root.iter("a"):
            href = (link.get("href") or "").strip()
            try:
                target = clean_url(urljoin(self.url, href)) if href else None
            except ValueError:
                continue
            if target in wanted and wanted[target] is None:
                wanted[target] = normalize_text(_text(link)) or None
        return [t for t in wanted.values() if t]

    def _beside_the_text(self, el: etree._Element) -> bool:
        """The element sits in the article's own box: under the parent or grandparent of the
        element holding the text (a cell of the article's table, a block of its column), not in a
        sidebar or a footer printed after the article (a sidebar's box of author archive links,
        titled in a cell spanning its table, lists every writer of the site)."""
        box = self.own_body_element
        for _ in range(2):
            if box is not None and box.getparent() is not None and box.getparent().tag != "body":
                box = box.getparent()
        return box is not None and box is not self.own_body_element and inside_box(el, box)

    def _byline_after_body(self) -> list[str]:
        """A labelled byline ("Tác giả: …", "PV", "T/h: …"), a signature set apart right under
        the text (`closing_signature`) or a closing name line after the body's last paragraph,
        before any related-links box; photo and editors' credits and the title of a box of the
        article's facts (`titles_a_box`) may come between."""
        paragraphs = self.paragraphs()
        if not paragraphs or self.headline_element is None:
            return []
        last, passed, writers, previous, seen = paragraphs[-1], False, [], "", 0
        lines = list(islice(lines_after(self.headline_element), LABELLED_DATE_LINES + 1))
        for i, (line, el) in enumerate(lines):
            if is_related_heading(line):
                break
            if not passed:
                passed = line == last or last.endswith(line)
                continue
            seen += 1
            if seen == 1 and self._beside_the_text(el) and (names := closing_signature(line, el)):
                return names
            # a label in its own cell or block ("Tác giả:" | "Minh Hà") reads with the next line;
            # a line labelled itself reads alone after another box's label ("Tệp đính kèm:")
            line, alone, previous = (f"{previous} {line}" if previous.endswith(":") else line), \
                line, line
            if self._beside_the_text(el) and not in_page_footer(el, self.headline_element) and (
                    names := names_after_label(
                        alone, [x for x, _ in lines[i + 1:i + 1 + MAX_BYLINE_ELEMENTS]])):
                return names  # "Tác giả" (its colon added by CSS) over the names, one a line
            if names := parse_byline(line) or line != alone and parse_byline(alone):
                # the byline's element may print one writer per line ("By <a>…</a> <a>…</a>")
                for more, more_el in lines[i + 1:i + 1 + MAX_BYLINE_ELEMENTS]:
                    if more_el is not el or not (found := parse_byline(more, closing=True)):
                        break
                    names += found
                return names
            writers = writers or source_writer(line) or []
            # a box of files or a credit between the text and its signature is passed over: the
            # signature is still the first line of the writer's own after the text
            if links_a_document(el) or in_file_list(el):
                seen -= 1
                continue  # "Tải về: Kế hoạch số 45/KH-UBND" between the text and its byline
            if credits_no_writer(line) or titles_a_box(el) and len(line.split()) <= BOX_TITLE_WORDS \
                    and self._beside_the_text(el) and i + 1 < len(lines) \
                    and lines[i + 1][0].endswith(":"):
                if credits_no_writer(line):
                    seen -= 1
                continue  # "Ảnh: …", "Biên tập: …"; "Thông tin bài viết" over the article's facts
            if len(line.split()) > 12 or find_date(line) is None and not is_boilerplate(line) \
                    and parse_byline(line, closing=True) is None and not line.endswith(":") \
                    and parse_source_line(line) is None:
                break
        return writers
