"""Where on a page a text line sits: article header, sidebar, comments, teaser lists.

Dates, bylines and headlines are judged by their neighbourhood, whatever the template: the lines
right after (or before) the headline are the article's header; lines inside comments, sidebars,
widgets and "Tin liên quan" boxes belong to other articles or to readers and are never read for the
article's own fields. The walkers here are lazy, so reading the ten lines after a headline costs ten
lines, not the whole document.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from itertools import islice

from lxml import etree

from archiver.extract.dates import is_date_line
from archiver.extract.microformats import class_words_test
from archiver.extract.text import normalize_text

#: Tags whose text is never an article field (not `form`: ASP.NET portals wrap whole pages in one).
NOT_CONTENT_TAGS = {"script", "style", "noscript", "template", "select", "option", "button",
                    "nav", "aside", "iframe", "svg", "textarea"}

#: Class or id words of containers that hold other articles, readers' comments or site widgets.
NOT_CONTENT_CLASS = re.compile(
    r"comment|binh-?luan|respond|sidebar|widget|related|lien-?quan|tin-?khac|other-?news|"
    r"cung-?chuyen-?muc|same-?cat|more-?news|most-?view|xem-?nhieu|doc-?nhieu|menu|navbar|"
    r"share|social|site-footer|site-header|pagination|paging",
    re.IGNORECASE)
_WORD_RE = re.compile(r"[^\W\d_]+")
#: A link with this many words (dashes and numbers aside) is a teaser (another article's title),
#: not a date or a byline.
TEASER_LINK_WORDS = 5


#: Class words Elementor writes on the boxes it lays a page out with, whatever they hold: the
#: document (`elementor elementor-88`), sections and their inner container or row, columns and
#: the wrap inside them, flexbox containers (`e-con e-parent e-con-boxed`, `e-con-inner`), and
#: every widget's `elementor-element elementor-widget` with its `elementor-widget-container` and
#: sizing words (`elementor-widget__width-auto`). They say only that a builder placed the box.
_BUILDER_LAYOUT_WORD = re.compile(
    r"elementor(?:-\d+)?|elementor-(?:element(?:-[\w-]+)?|(?:top-|inner-)?(?:section|column)"
    r"(?:-[\w-]+)?|container|row|col-\d+|widget|widget-wrap|widget-container|widget__[\w-]+)"
    r"|e-con(?:-[\w-]+)?|e-(?:parent|child|flex|grid)")
#: An Elementor widget's own class word: `elementor-widget-<name>`, its name what the box is
#: (`theme-post-content`, `nav-menu`, `sidebar`, `share-buttons`, `post-comments`, a WordPress
#: widget as `wp-widget-recent-posts`).
_ELEMENTOR_WIDGET_WORD = re.compile(r"elementor-widget-(?P<name>\w[\w-]*)")
#: Elementor Pro's theme builder prints the site's header and footer as documents of these
#: locations (`<div data-elementor-type="header" class="elementor elementor-12
#: elementor-location-header">`), often as plain `div`s.
_BUILDER_LOCATIONS = {"elementor-location-header": "site-header",
                      "elementor-location-footer": "site-footer"}


def _builder_word(word: str) -> str:
    """What one class word says about its box once a page builder's own words are read:
    nothing for a layout word (`_BUILDER_LAYOUT_WORD`), the widget's name for an Elementor
    widget's word, the site's header or footer for a theme-builder location; any other word as
    it is."""
    if word in _BUILDER_LOCATIONS:
        return _BUILDER_LOCATIONS[word]
    if _BUILDER_LAYOUT_WORD.fullmatch(word):
        return ""
    if m := _ELEMENTOR_WIDGET_WORD.fullmatch(word):
        return m["name"]
    return word


def box_marks(el: etree._Element) -> str:
    """The class and id words of a box that say what it is (a sidebar, a widget, a menu, a
    footer), page builders' words read for what they say (`_builder_word`).

    A page builder wraps every part of a page in boxes of its own whose class words read as
    roles: Elementor marks each of its widgets, the post's title and text as much as the recent
    posts, `elementor-widget`, inside an `elementor-widget-wrap`, so a post built with its theme
    builder (a single-post template with no `entry-content`) would be a widget and no content at
    all. Its widget's name says what the box is; its layout words say nothing."""
    marks = f"{el.get('class', '')} {el.get('id', '')}"
    if "elementor" not in marks and "e-con" not in marks:
        return marks
    return " ".join(w for w in map(_builder_word, marks.split()) if w)


def is_page_root(el: etree._Element) -> bool:
    """Whether the element is the page's `<html>` or `<body>`: their classes describe the whole
    page's layout, never a box of other articles (Joomla 4's Cassiopeia writes `has-sidebar-right`
    on `<body>` whenever a right-hand module position is filled; WordPress themes write
    `has-sidebar`), so a class word there must not hide the article inside them."""
    return el.tag in ("html", "body")


#: Marks of an entry's own text or of an entry holding the page's `<h1>`, outside readers'
#: comments: a box with a class word opening with "comment" (WordPress's `comment-list`,
#: `comments-area`, Blogger's `comments`) or microformats2's `p-comment` (see `_main_entry`).
_ENTRY_MARKS = etree.XPath(
    f"//*[{class_words_test('entry-content', 'e-content')}"
    " or contains(concat(' ', normalize-space(@itemprop), ' '), ' articleBody ')"
    f" or (self::article or {class_words_test('hentry', 'h-entry')}"
    "     or @itemscope and (contains(@itemtype, 'Article') or contains(@itemtype, 'BlogPosting')))"
    "    and .//h1]"
    "[not(ancestor-or-self::*[contains(concat(' ', normalize-space(@class)), ' comment')"
    f"                         or {class_words_test('p-comment', 'u-comment')}])]")


#: The page's main landmark: HTML's `<main>` ("the dominant contents of the body", one shown per
#: page) and ARIA's `role="main"`, which older themes put on their content column.
_MAIN_LANDMARKS = etree.XPath("//main | //*[@role='main']")


@lru_cache(maxsize=4)
def _entry_holders(root: etree._Element) -> frozenset[etree._Element]:
    """The elements around the page's own main entry (`_main_entry`) and around its main
    landmark (`_MAIN_LANDMARKS`), once per parsed page (the page's tree and a body finder's copy
    of it are the few asked about at a time)."""
    entry = _main_entry(root)
    held = set() if entry is None else {entry, *entry.iterancestors()}
    for landmark in _MAIN_LANDMARKS(root):
        held.update([landmark, *landmark.iterancestors()])
    return frozenset(held)


def _main_entry(root: etree._Element) -> etree._Element | None:
    """The page's own main entry, as the conventions CMSs print mark it: hAtom's and
    microformats2's entry text (`entry-content`, `e-content`), schema.org's `articleBody`, or an
    entry (`<article>`, `hentry`, `h-entry`, a schema.org `Article`/`BlogPosting` item) holding the
    page's `<h1>`. Of several (a listing, teasers marked as entries), the one holding the most
    text: a post's full text, not a widget's excerpt. Never one inside readers' comments
    (IndieWeb themes mark each comment an `h-entry` with its `e-content`)."""
    marked = _ENTRY_MARKS(root)
    return max(marked, key=lambda el: len("".join(el.itertext())), default=None)


def holds_main_entry(el: etree._Element) -> bool:
    """Whether the element is, or is around, the page's own main entry (`_main_entry`) or its
    main landmark (`<main>`, `role="main"`).

    Layouts built of boxes put the page's own post in a box whose class or tag otherwise marks a
    widget or a sidebar: Blogger renders the posts themselves as a widget (`<div class="widget
    Blog" id="Blog1">`), WordPress frameworks wrap the content column and the sidebar in one box
    (Genesis's `content-sidebar-wrap`, themes' `has-sidebar` / `with-sidebar` wrappers), and
    Joomla and WordPress page builders place the main component in a module or widget position;
    VitePress wraps its `<main>` in `div.VPContent.has-sidebar` and `div.VPDoc.has-aside`. Such a
    box is content; widgets beside the entry or the landmark stay not content."""
    return el in _entry_holders(el.getroottree().getroot())


#: Elements whose `not_content` answer is remembered: more than one page's worth (a page asks
#: about a few hundred), few enough that only the last pages' trees stay alive.
NOT_CONTENT_CACHE_SIZE = 4096


@lru_cache(maxsize=NOT_CONTENT_CACHE_SIZE)
def not_content(el: etree._Element) -> bool:
    """Whether the element is a container of other articles, comments, navigation or widgets: an
    `<aside>` or a box whose class or id says so, unless it holds the page's own main entry
    (`holds_main_entry`).

    Remembered per element (`NOT_CONTENT_CACHE_SIZE`): the body finder, the line walkers and
    `inside_not_content` ask about the same boxes once per candidate headline, date and byline,
    and extraction never changes a parsed tree, so an element's answer cannot change."""
    tag = el.tag if isinstance(el.tag, str) else ""
    if not tag or tag in NOT_CONTENT_TAGS:
        return tag != "aside" or not holds_main_entry(el)
    if is_page_root(el):
        return False
    if tag == "footer":  # a site footer; an article's own footer (`entry-footer`, or any footer
        # inside an `<article>`, whose footer it is in HTML) holds its date and byline
        return not re.search(r"entry|post|article|meta", el.get("class", ""), re.IGNORECASE) \
            and next(el.iterancestors("article"), None) is None
    marks = box_marks(el)
    if marks.strip() and NOT_CONTENT_CLASS.search(marks):
        return not holds_main_entry(el)
    return tag == "a" and is_teaser_text(" ".join(el.itertext()))


def inside_not_content(el: etree._Element) -> bool:
    """Whether the element or an ancestor is `not_content` (`body`/`html` never are). A link asked
    about is judged by where it sits, not by its own length."""
    node = el if el.tag != "a" else el.getparent()
    while node is not None and node.tag not in ("body", "html"):
        if not_content(node):
            return True
        node = node.getparent()
    return False


#: A post's meta box beside its text shares an ancestor with the headline at most this far above it
#: (a site's sidebar of widgets sits beside the whole content column, further up).
META_BOX_LEVELS = 3


def meta_box(root: etree._Element, headline: etree._Element) -> etree._Element | None:
    """The column beside a post that holds its own date, writers and section (a blog theme's
    metadata sidebar, marked as a sidebar or a `<nav>`), else None.

    It is the box around the page's only `<time datetime>` when that box is not content and sits
    beside the headline: the two share an ancestor at most `META_BOX_LEVELS` above the headline,
    that ancestor is content, and the box links no other article (a widget of recent posts has
    their titles). Fields read there are the post's own; other boxes stay not content. A page
    with no `<time datetime>` at all may have a `dated_card` instead."""
    times = [t for t in root.iter("time") if t.get("datetime")]
    if not times:
        return dated_card(root, headline)
    if len(times) != 1 or not inside_not_content(times[0]):
        return None
    above = {id(a): a for a in islice(headline.iterancestors(), META_BOX_LEVELS)}
    box = times[0]
    for parent in box.iterancestors():
        if id(parent) in above:
            break
        box = parent
    else:
        return None
    if inside_not_content(box.getparent()) or any(is_teaser_link(a) for a in box.iter("a")):
        return None
    return box


#: A card's fact line: a short label, a colon, then link texts ("Author: <a>Minh Hà</a>",
#: "Chuyên mục: <a>Kinh tế</a>").
_LABELLED_LINE_RE = re.compile(r"[^\W\d_]+(?: [^\W\d_]+){0,2}\s*:\s*(?P<rest>\S.*)")
#: What a card prints between the links after a label, and the full stop that may close them
#: ("Tags: <a>a</a>, <a>b</a>." in Chronicle's themes).
_LINK_SEPARATORS_RE = re.compile(r"[\s,;|/·•.]*")


def is_teaser_link(link: etree._Element) -> bool:
    """A link whose text is as long as a post's title (`TEASER_LINK_WORDS`): a teaser's."""
    return is_teaser_text(" ".join(link.itertext()))


def is_teaser_text(text: str) -> bool:
    """Link text as long as a post's title (`TEASER_LINK_WORDS` words, numbers aside): a teaser's,
    not a section's, a date's or a byline's."""
    return len(_WORD_RE.findall(text)) >= TEASER_LINK_WORDS


def card_lines(box: etree._Element) -> Iterator[tuple[str, etree._Element]]:
    """Text lines of a card marked as a sidebar's, read as content (`subtree_lines`)."""
    return subtree_lines(box, card=True)


def _is_labelled_line(line: str, el: etree._Element) -> bool:
    """Whether the line (of element `el`) is a label followed by nothing but `el`'s links
    ("Category: <a>Kinh tế</a>", "Tags: <a>…</a>, <a>…</a>")."""
    if not (m := _LABELLED_LINE_RE.fullmatch(line)):
        return False
    rest = m["rest"]
    for text in (normalize_text(element_text(a)) for a in el.iter("a")):
        rest = rest.replace(text, " ") if text else rest
    return rest != m["rest"] and bool(_LINK_SEPARATORS_RE.fullmatch(rest))


def _is_glyph(el: etree._Element) -> bool:
    """An icon font's glyph: an empty `<i>` or `<span>` whose class names the icon (Font
    Awesome's `<i class="fa fa-user">`, Bootstrap Icons' `<i class="bi bi-tags">`)."""
    return el.tag in ("i", "span") and not len(el) and not (el.text or "").strip() \
        and bool((el.get("class") or "").strip())


def _icon_labels_links(el: etree._Element) -> bool:
    """Whether the line's element opens with an icon glyph (`_is_glyph`) and says nothing but
    its links: the glyph stands for the label. ABlog's postcard prints `<i class="fa-fw fa
    fa-user">` where it prints "Author:" once its `fontawesome` option is on (as the PyData and
    Book themes' sites have it), and many blog themes print a folder or tags glyph before the
    post's category and tag links."""
    first_link = next(el.iter("a"), None)
    if first_link is None:
        return False
    glyph = False
    for node in el.iterdescendants():
        if node is first_link:
            break
        glyph = glyph or _is_glyph(node)
    rest = normalize_text(element_text(el))
    for text in (normalize_text(element_text(a)) for a in el.iter("a")):
        rest = rest.replace(text, " ") if text else rest
    return glyph and bool(_LINK_SEPARATORS_RE.fullmatch(rest))


def _labels_a_link(box: etree._Element) -> bool:
    """Whether a line of the box is a label, in words or as an icon, followed by links."""
    return any(_is_labelled_line(line, el) or _icon_labels_links(el)
               for line, el in card_lines(box))


def _is_other_post(link: etree._Element) -> bool:
    """A teaser link (another post's title), unless a label announces it: a long tag or section
    name after "Tags:" (or after a tags glyph, `_icon_labels_links`) is the post's own fact."""
    if not is_teaser_link(link):
        return False
    holder = link.getparent() if link.getparent() is not None else link
    return not _is_labelled_line(" ".join(element_text(holder).split()), holder) \
        and not _icon_labels_links(holder)


#: A table row of at most this much text is one entry of a table (a date and a title), not a
#: layout row holding a whole column of the page.
TEASER_ROW_CHARS = 200


def in_teaser_row(el: etree._Element) -> bool:
    """Whether `el` sits in a short table row that links another post by its title: a "date |
    title" row of an author's or archive's table, whose date is that post's, not the page's."""
    row = el if el.tag == "tr" else next(el.iterancestors("tr"), None)
    return row is not None and len(normalize_text(element_text(row))) <= TEASER_ROW_CHARS \
        and any(_is_other_post(a) for a in row.iter("a"))


#: Text nodes that may be a date line: short (a date and a few words), with a date's separator.
_SHORT_DATE_TEXTS = ("//body//text()[string-length(normalize-space(.)) <= 80]"
                     "[contains(., '/') or contains(., '-') or contains(., '.')]")


def dated_card(root: etree._Element, headline: etree._Element) -> etree._Element | None:
    """The post's card in a sidebar, printed by themes with no machine-readable date (a Sphinx
    blog's postcard): the box around the one date line of the page's sidebars and widgets that
    is no teaser's, grown while it holds no other post's title and not the headline, with a
    line labelling its links ("Author: <a>…</a>", "Tags: <a>…</a>"). A widget of recent posts
    prints other posts' dates inside their title links: those are not counted. A card with no
    labelled links (today's date in a site's top bar, a visitor counter) is not the post's."""
    found = None
    for text in root.xpath(_SHORT_DATE_TEXTS):
        holder = text.getparent() if text.is_text else text.getparent().getparent()
        if holder is None or not is_date_line(normalize_text(str(text))) \
                or not inside_not_content(holder) \
                or any(a.tag == "a" and is_teaser_link(a) for a in holder.iterancestors("a")) \
                or holder.tag == "a" and is_teaser_link(holder):
            continue
        if found is not None:
            return None  # two dates: a list of other posts or events, not one post's card
        found = holder
    if found is None:
        return None
    box = found
    while (parent := box.getparent()) is not None and parent.tag not in ("body", "html") \
            and not inside_box(headline, parent) \
            and not any(_is_other_post(a) for a in parent.iter("a")):
        box = parent
    return box if inside_not_content(box) and _labels_a_link(box) else None


def in_own_landmark(el: etree._Element, article: etree._Element) -> bool:
    """Whether the element sits in `article` (the post's own `<article>`) with nothing but bare
    `<nav>`/`<aside>` landmarks between them: a theme prints the post's own tag row in one
    (Nikola's `<aside><nav>`, Material's `<nav>`); a widget, comment or related box between
    them (marked by its class) keeps it not content."""
    for node in el.iterancestors():
        if node is article:
            return True
        if not_content(node) and node.tag not in ("nav", "aside"):
            return False
        if node.tag in ("nav", "aside") and NOT_CONTENT_CLASS.search(box_marks(node)):
            return False
    return False


def inside_box(el: etree._Element, box: etree._Element | None) -> bool:
    """Whether the element is `box` or inside it."""
    return box is not None and (el is box or any(a is box for a in el.iterancestors()))


#: Tags that flow inside a line; an element holding only these (and `<br>`) prints one or more
#: whole lines, so "Tác giả: <b>Minh Hà</b>" is read as one line, not two.
INLINE_TAGS = {"a", "span", "strong", "b", "em", "i", "u", "font", "small", "big", "time", "abbr",
               "sub", "sup", "label", "mark", "cite", "q", "s", "strike", "img", "br", "wbr"}


def _own_lines(el: etree._Element, text: str | None) -> Iterator[tuple[str, etree._Element]]:
    if text and text.strip():
        for line in text.split("\n"):
            if line := normalize_text(line):
                yield line, el


def _is_line_unit(el: etree._Element, card: bool = False) -> bool:
    return all(isinstance(d.tag, str) and d.tag in INLINE_TAGS and (card or not not_content(d))
               for d in el.iterdescendants())


#: Tags whose text is never printed.
_SCRIPT_TAGS = ("script", "style", "noscript", "template")


def element_text(el: etree._Element,
                 skip: Callable[[etree._Element], bool] | None = None) -> str:
    """Visible text of an element, `<br>` as a line break, scripts and styles left out, and the
    elements `skip` says are no part of it (their tails are)."""
    parts: list[str] = []

    def walk(node: etree._Element) -> None:
        if not isinstance(node.tag, str) or node.tag in ("script", "style", "noscript") \
                or skip is not None and skip(node):
            pass
        elif node.tag == "br":
            parts.append("\n")
        else:
            parts.append(node.text or "")
            for child in node:
                walk(child)
                parts.append(child.tail or "")
    walk(el)
    return "".join(parts)


#: What a permalink anchor prints beside a heading ("¶", "#", "§", "🔗"): no letter, no digit.
_NO_WORD_RE = re.compile(r"\W*")


def is_permalink(el: etree._Element) -> bool:
    """An in-page link of a symbol (`<a class="headerlink" href="#…">¶</a>`): what Sphinx,
    MkDocs and Hugo themes print inside every heading and figure caption to link to it, no
    part of the heading's or caption's text."""
    return el.tag == "a" and (el.get("href") or "").strip().startswith("#") \
        and bool(_NO_WORD_RE.fullmatch(element_text(el)))


#: What may stand between the facts of a meta line besides spaces: bars, dots, dashes.
_FACT_GAP_RE = re.compile(r"[\s|•·,;/–—-]*")


def as_facts(line: str, el: etree._Element) -> str:
    """A meta line whose facts are boxes of their own, printed side by side with no separator
    ("<span>14/03/2019</span><span>08:30</span><span>Tác giả: Minh Hà</span><span>1.204</span>",
    each behind an icon), as its facts parted by " | ": joined by spaces they run into one
    another, and the byline's name into the view count. Any other line is returned unchanged."""
    children = [c for c in el if isinstance(c.tag, str) and c.tag != "br"]
    if len(children) < 2 or not _FACT_GAP_RE.fullmatch(el.text or "") or any(
            not _FACT_GAP_RE.fullmatch(c.tail or "") for c in children):
        return line
    facts = [t for c in children if (t := normalize_text(element_text(c)))]
    return " | ".join(facts) if len(facts) >= 2 else line


#: An inline-only unit of fewer words than this is one line whatever its source line breaks: a
#: meta line (a byline and its date), shorter than any paragraph of running text.
ONE_LINE_WORDS = 30


def shown_as_one_line(text: str, links: int) -> bool:
    """Whether an inline run with no `<br>` holding `text` and `links` links is one line whatever
    its source line breaks: a short one (`ONE_LINE_WORDS`) of at most one link."""
    return links < 2 and len(text.split()) < ONE_LINE_WORDS


def subtree_lines(el: etree._Element, *, card: bool = False) -> Iterator[tuple[str, etree._Element]]:
    """Text lines of an element in document order, skipping not-content subtrees; an element
    holding inline content only is one unit (its lines carry it as their element).

    `card=True` reads a box the page marks as a sidebar's (a post's card) as content: only
    scripts and styles are skipped, and a unit's lines break at its `<br>`s alone (a template's
    own line breaks between a label and its link are layout, not lines). So does any short
    inline-only unit outside `<pre>` (`ONE_LINE_WORDS`): a browser shows the source's line
    breaks as spaces, and a template that writes "written by", the names and "on DATE" on three
    source lines prints one meta line. A longer unit keeps them (text written as paragraphs
    parted by blank lines in one element is read as those paragraphs), and so does one of several
    links: each link on its own source line is an item (a writer, a tag)."""
    if not_content(el) if not card else (not isinstance(el.tag, str) or el.tag in _SCRIPT_TAGS):
        return
    if _is_line_unit(el, card):
        text = element_text(el)
        breaks = next(el.iter("br"), None) is not None
        one_line = not breaks and (card or el.tag != "pre" and shown_as_one_line(
            text, len(list(islice(el.iter("a"), 2)))))
        yield from _own_lines(el, " ".join(text.split()) if one_line else text)
        return
    yield from _own_lines(el, el.text)
    for child in el:
        yield from subtree_lines(child, card=card)
        yield from _own_lines(el, child.tail)


def lines_after(el: etree._Element) -> Iterator[tuple[str, etree._Element]]:
    """(line, element holding it) for the text after `el` in document order, lazily."""
    node = el
    while node is not None:
        yield from _own_lines(node.getparent(), node.tail)
        for sib in node.itersiblings():
            yield from subtree_lines(sib)
            yield from _own_lines(node.getparent(), sib.tail)
        node = node.getparent()
        if node is not None and not_content(node):
            return


def lines_before(el: etree._Element) -> Iterator[tuple[str, etree._Element]]:
    """(line, element) for the text before `el`, nearest first, lazily."""
    node = el
    while node is not None:
        for sib in node.itersiblings(preceding=True):
            yield from _own_lines(node.getparent(), sib.tail)
            yield from reversed(list(subtree_lines(sib)))
        parent = node.getparent()
        if parent is None or parent.tag == "body":
            return
        yield from _own_lines(parent, parent.text)
        node = parent


#: Class/id/rel words that mark a page's parts, by role: one pass over the page finds them all.
#: A post's *primary* tag is its category: Ghost's `{{primary_tag}}` (its first tag, which
#: Casper prints above the headline as `span.post-card-primary-tag`), Yoast's primary category.
_MARK_RE = re.compile(
    r"(?P<primary>primary[-_]?(?:tag|categor(?:y|ies))(?![\w-]))|(?P<tags>tags-links|post-tags|taxonomy-post_tag|tag-?list|tagnews|keyword|(?<![\w-])tags?(?![\w-])"
    r"|(?<=\w-)tags?(?![\w-])|__tags?(?![\w-]))"
    r"|(?P<category>cat-links|post-categories|taxonomy-category|(?<![\w-])category(?![\w-]))"
    r"|(?P<breadcrumb>breadcrumb|duong-dan)", re.IGNORECASE)


#: Words of the attribute values that may mark a part, searched in the lower-cased raw HTML first:
#: looping over every element in Python, or `contains()` in XPath, costs ten times more (and
#: IGNORECASE or character classes make this search itself six times slower).
_MARK_WORD_RE = re.compile(r"tag|categor|readcrumb|duong-dan|keyword")
_ATTR_BEFORE_RE = re.compile(r"\b(class|id|rel)\s*=\s*$", re.IGNORECASE)


def _marked_values(html: str) -> set[tuple[str, str]]:
    """(attribute, value) pairs of the page's class/id/rel values that hold a mark word."""
    found: set[tuple[str, str]] = set()
    end = 0
    lowered = html.lower()
    for m in _MARK_WORD_RE.finditer(lowered if len(lowered) == len(html) else html):
        if m.start() < end:
            continue
        start = max(html.rfind('"', max(0, m.start() - 200), m.start()),
                    html.rfind("'", max(0, m.start() - 200), m.start()))
        if start < 0 or not (attr := _ATTR_BEFORE_RE.search(html, max(0, start - 12), start)):
            continue
        end = html.find(html[start], m.end())
        value = html[start + 1:end] if end > 0 else ""
        if value and "<" not in value and "'" not in value and '"' not in value:
            found.add((attr[1].lower(), value))
    return found


def icon_box(el: etree._Element) -> etree._Element:
    """The box a marked element stands for: an empty one is an icon font's glyph (`<i class="bi
    bi-tags">`, `fa-tags`) printed at the head of the row it labels, so that row; any other
    element is itself. An empty one with nothing after it labels nothing: it is a row left empty
    (Chronicle's copyrighteous prints `<span class="tags"> </span>` last in a post that has no
    tags, after the text and its links to files)."""
    parent = el.getparent()
    if len(el) or (el.text or "").strip() or parent is None or parent.tag in ("a", "body"):
        return el
    if el.getnext() is None and not (el.tail or "").strip():
        return el
    return parent


def marked_parts(root: etree._Element, html: str) -> dict[str, list[etree._Element]]:
    """Elements by role, in document order: "tags" and "category" boxes and links (`rel=tag`,
    `rel=category` or a class saying so, `is_category_archive_link`) and "breadcrumb" trails."""
    out: dict[str, list[etree._Element]] = {"tags": [], "category": [], "breadcrumb": []}
    values = {(attr, value) for attr, value in _marked_values(html)
              if _MARK_RE.search(value) or attr == "class" and _CATEGORY_WORD_RE.search(value)}
    if not values:
        return out
    query = "//*[" + " or ".join(f"@{attr}='{value}'" for attr, value in values) + "]"
    for el in root.xpath(query):
        marks = f"{el.get('class', '')} {el.get('id', '')} {el.get('rel', '')}"
        if m := _MARK_RE.search(marks):
            out["category" if m.lastgroup == "primary" or m.lastgroup == "tags" and links_a_category(el)
                else m.lastgroup].append(el)
        elif is_category_archive_link(el):
            out["category"].append(el)
    return out


#: A class word that names a category inside a longer word: Hexo Fluid's `category-chain-item`,
#: Butterfly's `post-meta-categories`, Plone's `link-category`.
_CATEGORY_WORD_RE = re.compile(r"categor(?:y|ies)", re.IGNORECASE)


def is_category_archive_link(el: etree._Element) -> bool:
    """A link whose class names a category in a longer word and which leads to a category
    archive (`links_a_category`): the post's category as Hexo themes print it, Fluid's
    `<a class="category-chain-item" href="/categories/…/">` (layout/_partials/category-chains.ejs)
    and Butterfly's `<a class="post-meta-categories" href="/categories/…/">`
    (layout/includes/header/post-info.pug), both `url_for(category.path)` under Hexo's
    `category_dir`. The class alone is no proof: Plone's `link-category` marks its keyword
    links (plone.app.querystring's results.pt), which lead to a search
    (`search?Subject%3Alist=…`): they are the post's tags."""
    return el.tag == "a" and bool(_CATEGORY_WORD_RE.search(el.get("class", ""))) \
        and links_a_category(el)


#: A category archive's address: WordPress's `/category/…/`, Vietnamese "chuyên mục" / "danh mục".
_CATEGORY_PATH_RE = re.compile(r"/(?:category|categories|chuyen-muc|danh-muc)/", re.IGNORECASE)


def links_a_category(el: etree._Element) -> bool:
    """Whether a link marked as a tag leads to a category archive. WordPress's post-terms block
    writes `rel="tag"` on every term's link, categories included; a theme that drops the block's
    `taxonomy-category` class leaves the archive's address as the one sign the term is the post's
    category, not one of its tags."""
    return el.tag == "a" and bool(_CATEGORY_PATH_RE.search(el.get("href", "")))


def same_document(a: etree._Element, b: etree._Element) -> bool:
    """Whether two elements belong to one parsed page (a body finder may return another tree)."""
    return a.getroottree().getroot() is b.getroottree().getroot()


#: Class words of a post's rating widget and share buttons (Mezzanine's `rating` panel and
#: `share-twitter` links, Joomla's `content_rating`, WordPress's `post-ratings`, `sharedaddy`,
#: `share-buttons`): whole words, or a word's dash-joined prefix or suffix.
_FURNITURE_CLASS = re.compile(
    r"(?<![\w-])(?:[\w-]+[-_])?(?:rating|ratings|share|sharing|sharedaddy)(?:[-_][\w-]+)?(?![\w-])",
    re.IGNORECASE)
#: A rating widget or a row of share buttons is a few words ("Chưa được đánh giá 1 2 3 4 5 Đánh
#: giá", "Chia sẻ lên Twitter"): a box marked so that holds more is a wrapper around the post.
MAX_FURNITURE_WORDS = 20
#: An in-page link to a post's comments: the comment count a post's header prints ("(0 nhận
#: xét)", "3 Comments": Mezzanine's and WordPress's `comments_popup_link` link `#comments`,
#: `#respond`; Disqus's count script fills `#disqus_thread`).
_COMMENTS_ANCHOR = re.compile(r"^#(?:comments?|respond|disqus_thread|binh-?luan)$", re.IGNORECASE)


def post_furniture(body: etree._Element, tag_boxes: list[etree._Element]) -> set[etree._Element]:
    """Elements inside a found body that are the post's furniture, not its text: its tag row (an
    element `marked_parts` marks as tags whose text is mostly its links: "Các thẻ: OCOP, hợp tác
    xã"; not a lone tag link, which may sit in a sentence), its rating widget and its share
    buttons (by their class words, bare links included: Mezzanine's `<a class="btn
    share-twitter">`), and its comment count (a link to the page's own comments,
    `_COMMENTS_ANCHOR`). Blog and CMS post templates (Mezzanine's blog_post_detail, WordPress's
    entry-footer, Joomla's tags and rating, Drupal's field_tags) print them around the content,
    inside the column a body finder takes; their short lines are no sentence of the post, and a
    body with them reads as a menu."""
    inside = {id(el) for el in body.iterdescendants()}
    out = {box for el in tag_boxes if id(box := icon_box(el)) in inside and box.tag != "a"
           and _links_most(box)}
    return out | {el for el in body.iterdescendants()
                  if isinstance(el.tag, str) and (_counts_comments(el) or _is_widget(el))}


def _counts_comments(el: etree._Element) -> bool:
    """A link to the page's own comments (`_COMMENTS_ANCHOR`): the post's comment count."""
    return el.tag == "a" and bool(_COMMENTS_ANCHOR.match((el.get("href") or "").strip()))


def _is_widget(el: etree._Element) -> bool:
    """A short box or link whose class names a rating widget or share buttons."""
    return bool(_FURNITURE_CLASS.search(el.get("class", ""))) \
        and len(element_text(el).split()) <= MAX_FURNITURE_WORDS


def _links_most(el: etree._Element) -> bool:
    """Whether most of the element's words are the text of its links (a tag row, not a
    sentence that happens to sit in a tag-marked box)."""
    words = len(element_text(el).split())
    return bool(words) and 2 * sum(len(element_text(a).split()) for a in el.iter("a")) > words


#: Class or id words of a page's footer, whatever its tag (`<div id="footer">`).
PAGE_FOOTER = re.compile(r"foot", re.IGNORECASE)


def in_page_footer(el: etree._Element, headline: etree._Element) -> bool:
    """The element sits in a footer (a `<footer>`, or an element whose class or id says so) that
    does not hold the headline: the site's footer, whose copyright line names the site's owner,
    not an article's footer."""
    return any((a.tag == "footer" or PAGE_FOOTER.search(box_marks(a)))
               and not inside_box(headline, a) for a in el.iterancestors())


def is_link_line(line: str, el: etree._Element) -> bool:
    """The line is a link's whole text (a menu item, a box's entry, a section's label), not a
    byline printed as text."""
    return next(el.iterancestors("a"), None) is not None or any(
        normalize_text(element_text(a)) == line for a in el.iter("a"))


def links_of(el: etree._Element) -> list[etree._Element]:
    """The links a line's element stands for: itself, the link around it, or those inside it."""
    if el.tag == "a":
        return [el]
    return list(el.iterancestors("a")) or list(el.iter("a"))
