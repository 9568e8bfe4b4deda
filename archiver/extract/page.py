"""Extraction: a pure function from a fetched page (URL + decoded HTML) to the article's fields.

`ArticlePage` is a page object in web-poet's sense: it knows nothing of how the page was fetched. Each
field is a small method; a source's `selectors` override a family's, a family's override the generic
heuristics, and trafilatura finds the body on templates nobody described.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from functools import cached_property
from itertools import chain, islice, takewhile
from urllib.parse import urljoin, urlsplit

from cssselect import SelectorError
from lxml import etree
from parsel import Selector

from archiver.extract.attachment_links import (
    DOCUMENT_EXT,
    FILE_BOX_LINES,
    in_file_list,
    links_a_document,
    links_only_documents,
)
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
    icon_box,
    in_own_landmark,
    in_page_footer,
    inside_box,
    inside_not_content,
    is_link_line,
    lines_after,
    links_of,
    marked_parts,
    meta_box,
    not_content,
    subtree_lines,
)
from archiver.extract.layout import element_text as _text
from archiver.extract.page_body import BodyParts
from archiver.extract.page_category import CategoryParts
from archiver.extract.page_dates import LABELLED_DATE_LINES, DateParts
from archiver.extract.page_headline import HeadlineParts
from archiver.extract.page_lead import LeadParts
from archiver.extract.page_tags import TagParts
from archiver.extract.signatures import BOX_TITLE_WORDS, closing_signature, titles_a_box
from archiver.extract.structured import Structured, structured
from archiver.extract.template import LearnedTemplate, element_selector
from archiver.extract.text import normalize_text
from archiver.families import Family, detect
from archiver.families.base import select
from archiver.record import clean_url, to_iso

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


class ArticlePage(HeadlineParts, DateParts, LeadParts, CategoryParts, TagParts, BodyParts):
    """The fields of one article page.

    `hint` is the link text that led to the page (a listing's teaser title): evidence for which
    element is the headline. `template` is what was learned about the page's source
    (`archiver.extract.template`): its well-settled selectors (a source's own `selectors` win over
    them) and the text blocks its pages repeat, which are never body text.
    """

    def __init__(self, url: str, html: str, *, family: Family | None = None,
                 platform: str = "auto", selectors: dict[str, str] | None = None,
                 hint: str | None = None, template: LearnedTemplate | None = None):
        self.url = url
        # decomposed (NFD) text, as some Vietnamese input methods write it: composed once here,
        # so labels ("Từ khóa:") and names are found by the same comparisons as anywhere else
        self.html = html if unicodedata.is_normalized("NFC", html or "") else unicodedata.normalize(
            "NFC", html)
        # always the HTML parser, as a browser parses any page served as text/html (HTML
        # Standard, "parsing HTML documents"): parsel would read an XHTML page that opens with
        # `<?xml …?>` as XML, every element then in the XHTML namespace, out of reach of the
        # rules' plain names (`//h1`, `a[href]`)
        self.sel = Selector(text=self.html or "<html></html>", type="html")
        self.family = family or detect(self.sel, url, platform)
        self.template = template
        self.overrides = dict(selectors or {})  # pinned; a learned template's are offered, not applied
        self.hint = hint
        #: Which rule produced each field ("family", "structured data", "date line nearest the
        #: headline", …): what `archiver try` shows.
        self.evidence: dict[str, str] = {}
        #: The element each field was read from, where there is one: what template learning counts.
        self.elements: dict[str, etree._Element] = {}
        self._lines_after_headline = 0  # how many of `_header_lines` follow the headline

    # -- plumbing ---------------------------------------------------------------------------
    def _candidates(self, field: str, generic: tuple[str, ...] = ()) -> Iterator[Selector]:
        """Elements (or attribute strings) with text that the field's rules select, rule by rule:
        the source's or learned selector, the family's, then the generic ones."""
        exprs = ([("override", self.overrides[field])] if field in self.overrides else []) + [
            ("family", e) for e in getattr(self.family, field, ())] + [
            ("generic", e) for e in generic]
        for origin, expr in exprs:
            try:
                found_all = select(self.sel, expr)
            except (ValueError, SelectorError):  # a mistyped selector: the next rule decides
                continue
            for found in found_all:
                if origin == "generic" and not isinstance(found.root, str) \
                        and self._outside_article(found.root):
                    continue  # a widget's or a comment's author, date, lead
                if isinstance(found.root, str) or _text(found.root).strip():
                    self.evidence[field] = f"{origin}: {expr}" if origin != "generic" else (
                        "generic rule, matched "
                        + (element_selector(found.root) or str(found.root.tag)
                           if not isinstance(found.root, str) else "an attribute"))
                    if not isinstance(found.root, str):
                        self.elements[field] = found.root
                    yield found

    @cached_property
    def _meta_box(self) -> etree._Element | None:
        """The sidebar beside the post holding its own date, writers and section
        (`archiver.extract.layout.meta_box`)."""
        return None if self.headline_element is None else meta_box(self.sel.root, self.headline_element)

    def _outside_article(self, el: etree._Element) -> bool:
        """The element sits in a widget, a menu or comments (`inside_not_content`), not in the
        post's own meta box."""
        return inside_not_content(el) and not inside_box(el, self._meta_box)

    def _first(self, field: str, generic: tuple[str, ...] = ()) -> Selector | None:
        return next(self._candidates(field, generic), None)

    def _first_text(self, field: str, generic: tuple[str, ...] = ()) -> str | None:
        found = self._first(field, generic)
        if found is None:
            return None
        text = found.root if isinstance(found.root, str) else _text(found.root)
        return normalize_text(text) or None

    @cached_property
    def parts(self) -> dict[str, list]:
        """Tag and category links and breadcrumbs (`archiver.extract.layout.marked_parts`)."""
        return marked_parts(self.sel.root, self.html)

    @cached_property
    def meta(self) -> Structured:
        """What JSON-LD, microdata and OpenGraph say (`archiver.extract.structured`)."""
        return structured(self.sel, self.html)

    def _marked_links(self, role: str) -> list[str]:
        """Texts of the links marked as `role` ("tags", "category") outside widgets and
        comments, in page order, without repeats. Tags may also be printed as marked items
        without links (`<span class="x-tag">`, a theme whose tags lead nowhere), and in a
        `<nav>`/`<aside>` of the post's own `<article>` (`in_own_landmark`)."""
        texts: list[str] = []
        # a category printed in the tag row (the primary tag) is still the category
        others = {id(e) for r, found in self.parts.items() if r != role
                  and (role, r) != ("category", "tags") for e in found}
        for el in map(icon_box, self.parts[role]):
            if any(id(a) in others for a in el.iterancestors()):
                continue  # a `rel=tag` link inside the category box is the category
            chip = role == "tags" and not len(el)
            for a in ([el] if el.tag == "a" or chip else el.iter("a")):
                if any(id(x) in others for x in takewhile(lambda x, box=el: x is not box, chain(
                        [a], a.iterancestors()))):
                    continue  # the primary tag printed in the tag row is the category
                if (text := normalize_text(_text(a)).lstrip("#").strip()) and text not in texts \
                        and (not self._outside_article(a) or (
                            role == "tags" and self._own_article is not None
                            and in_own_landmark(a, self._own_article))):
                    texts.append(text)
        return texts

    @cached_property
    def _own_article(self) -> etree._Element | None:
        """The `<article>` element around the headline, when there is one."""
        return None if self.headline_element is None else next(self.headline_element.iterancestors("article"),
                                                         None)

    # -- identity ------------------------------------------------------------------------------
    def canonical_url(self) -> str:
        """`<link rel=canonical>` when it points at a page of the same site (scheme, host and port)
        other than the home page, else the URL. A malformed one (a bad port, a stray `[`) is
        ignored."""
        href = self.sel.css("link[rel=canonical]::attr(href)").get()
        if href:
            try:
                canon = urljoin(self.url, href.strip())
                mine, theirs = urlsplit(self.url), urlsplit(canon)
                same_site = (theirs.scheme, theirs.hostname, theirs.port) == (
                    mine.scheme, mine.hostname, mine.port)
                if same_site and theirs.path not in ("", "/"):
                    return clean_url(canon)
            except ValueError:
                pass
        return clean_url(self.url)

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
            if links_a_document(el) or in_file_list(el):
                continue  # "Tải về: Kế hoạch số 45/KH-UBND" between the text and its byline
            if credits_no_writer(line) or titles_a_box(el) and len(line.split()) <= BOX_TITLE_WORDS \
                    and self._beside_the_text(el) and i + 1 < len(lines) \
                    and lines[i + 1][0].endswith(":"):
                continue  # "Ảnh: …", "Biên tập: …"; "Thông tin bài viết" over the article's facts
            if len(line.split()) > 12 or find_date(line) is None and not is_boilerplate(line) \
                    and parse_byline(line, closing=True) is None and not line.endswith(":") \
                    and parse_source_line(line) is None:
                break
        return writers

    def attachments(self) -> list[dict]:
        """Documents linked from the body and from a file box right under it
        (`_file_box_links`); when a body finder rebuilt the body (and dropped file blocks), from
        the page outside sidebars, menus and comments."""
        root = self._body_root
        rebuilt = root is None or self.evidence.get("body") == "trafilatura"
        scope = self.sel if rebuilt else Selector(root=root)
        out: dict[str, dict] = {}
        for link in [*(a.root for a in scope.css("a[href]")), *self._file_box_links(),
                     *(a.root for a in self.sel.css("a[href*='/Attachments/']"))]:
            href = link.get("href", "")
            if DOCUMENT_EXT.search(href) and not (rebuilt and inside_not_content(link)):
                try:
                    url = urljoin(self.url, href.strip())
                except ValueError:
                    continue
                out.setdefault(url, {"url": url, "title": normalize_text(_text(link)) or None})
        return list(out.values())

    def _file_box_links(self) -> list[etree._Element]:
        """Document links in the blocks right after the page's own body, up to a related box or
        `FILE_BOX_LINES` lines: where templates print the article's files apart from its text
        (NukeViet's "Tải tệp tin" panel, a "Văn bản đính kèm" table). A sidebar's list of
        documents sits in a widget or further on; a block longer than a file box is not one."""
        body = self.own_body_element
        if body is None or not any(DOCUMENT_EXT.search(a.get("href", ""))
                                   for a in body.xpath("following::a[@href]")):
            return []
        links: list[etree._Element] = []
        seen, node = 0, body
        while node is not None and node.tag != "body" and not not_content(node):
            for block in node.itersiblings():
                if not isinstance(block.tag, str):
                    continue
                # a box of files alone is the article's, however its class, heading ("Văn bản
                # liên quan") or a file's long title make it look like related teasers
                files = links_only_documents(block)
                if not_content(block) and not files:
                    continue
                lines = [line for line, _ in subtree_lines(block)]
                seen += len(lines) + sum(1 for _ in block.iter("a"))  # teaser links have no lines
                if seen > FILE_BOX_LINES or any(is_related_heading(line) for line in lines) \
                        and not files:
                    return links
                links += [a for a in block.iter("a") if DOCUMENT_EXT.search(a.get("href", ""))
                          and (files or not inside_not_content(a))]
            node = node.getparent()
        return links

    def field_elements(self) -> dict[str, etree._Element]:
        """The page's own element each field was read from (after `fields()`): headline, date,
        byline, body; a body a body finder rebuilt has none."""
        out = dict(self.elements)
        if self.headline_element is not None:
            out["title"] = self.headline_element
        if self.own_body_element is not None:
            out["body"] = self.own_body_element
        return {k: v for k, v in out.items() if k in ("title", "published", "authors", "body")}

    def short_blocks(self) -> set[str]:
        """The page's short text lines: what template learning counts across pages."""
        return {line for line, _el in subtree_lines(self.sel.root) if len(line) <= 200}

    def body_lines(self) -> set[str]:
        """The short text lines inside the body's own element (the body's paragraphs where a body
        finder rebuilt it): which of the repeated lines a template prints in its bodies."""
        root = self.own_body_element
        lines = (line for line, _el in subtree_lines(root)) if root is not None else iter(
            self.paragraphs())
        return {line for line in lines if len(line) <= 200}

    def fields(self) -> dict:
        """Everything the page says about the article, as record fields (no crawl metadata)."""
        raw, published = self.published()
        modified = self.modified()
        return {
            "url": self.canonical_url(),
            "title": self.title(),
            "summary": self.summary(),
            "body": self.body(),
            "authors": self.authors(),
            "published": to_iso(published) if published else None,
            "published_raw": raw if published else None,
            "modified": to_iso(modified) if modified else None,
            "category": self.category(),
            "tags": self.tags(),
            "images": self.images(),
            "attachments": self.attachments(),
            "language": "vi",
            "family": self.family.name,
        }


def extract_article(url: str, html: str, *, platform: str = "auto",
                    selectors: dict[str, str] | None = None) -> dict:
    """The article fields of a page: the function the spider, the tests and the benchmarks call."""
    return ArticlePage(url, html, platform=platform, selectors=selectors).fields()
