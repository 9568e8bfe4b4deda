"""Is a page an article, or a listing (category, tag, author, date archive, home, search)?

Judged by the page's structure, not by its URL alone: a listing repeats teasers — links with a
headline's length, in headings or beside dates — and its "body" is made of them; CMSs also say
which kind of page they render in the `<body>` class (`archive`, `category`, `home blog` against
`single`, `postid-…`). Each heuristic is a small named function; `not_article_reason` says which
one decided, for `archiver try` and the crawl log.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from lxml import etree

from archiver.extract.attachment_links import DOCUMENT_EXT
from archiver.extract.body import FOUND_BODY
from archiver.extract.boilerplate import is_link_list, is_navigation, is_related_heading
from archiver.extract.dates import LAST_EDIT, is_date_line
from archiver.extract.headline import is_home_link
from archiver.extract.layout import INLINE_TAGS, element_text, inside_not_content
from archiver.extract.template import dateless_refusal
from archiver.extract.text import normalize_text
from archiver.record import clean_url

if TYPE_CHECKING:
    from archiver.extract.page import ArticlePage

#: Why a page that passes every listing test is not taken: nothing on it says when it appeared.
NO_DATE = "no publish date and no structured data saying article"
#: Less body text than this is not an article (a stub, a menu page, an error page).
MIN_BODY_CHARS = 200
#: A page whose body is mostly teasers (link titles) is a listing, not an article.
MAX_TEASER_SHARE = 0.3
#: How a teaser's excerpt ends, by the generator that cuts it: WordPress's `the_excerpt()`
#: appends `excerpt_more`, "[…]" (older releases and themes "[...]"); Vietnamese portal products
#: close a teaser's lead with the words of a read-on link ("Xem tiếp", "Đọc tiếp", "Chi tiết",
#: an arrow after them). Two such paragraphs make a listing (`MIN_EXCERPTS`).
EXCERPT_ENDINGS = {
    "WordPress excerpt_more": (r"\[\s*…\s*\]", r"\[\.\.\.\]"),
    "portal read-on words": (r"(?i:xem tiếp|đọc tiếp|chi tiết)\s*»?",),
}
_EXCERPT_END = re.compile(
    "(" + "|".join(p for patterns in EXCERPT_ENDINGS.values() for p in patterns) + r")\s*$")
MIN_EXCERPTS = 2
#: A paragraph shorter than this is a label or a title, not a sentence of an article ...
SENTENCE_WORDS = 10
#: ... and a body mostly made of those is a menu or a list of titles.
MAX_SHORT_LINE_SHARE = 0.6
#: A paragraph is a teaser when a link's text is at least this share of it.
TEASER_COVER = 0.6
#: A link this many words long names an article (sections are shorter: "Văn hóa - Xã hội").
HEADLINE_LINK_WORDS = 6
_WORD = re.compile(r"[^\W\d_]+")
#: A link of this many words is a teaser title (menu items and buttons are shorter).
TEASER_WORDS = 4
#: This many teaser titles in headings, outside sidebars and related boxes, make a listing.
MIN_TEASER_HEADINGS = 3
#: A teaser block (link + date or lead) is found within this many levels above the link ...
TEASER_BLOCK_LEVELS = 3
#: ... and is short; a longer element is a column or the page.
MAX_TEASER_BLOCK_CHARS = 600
#: Blocks of one shape (tag and class) repeated this often are a list of teasers.
MIN_TEASER_BLOCKS = 3
#: A body this much made of teaser blocks' text is a listing's.
MAX_BODY_IN_TEASERS = 0.5
#: Elements that head a post (its title), in a listing or on its own page.
_HEADINGS = ("h1", "h2", "h3", "h4")
#: A body this much made of the texts of the page's links is a link row a body finder took (an
#: archive's months, a tag cloud, a footer's links), not an article's text.
MAX_LINK_TEXT_SHARE = 0.8
#: The first characters of the body's first paragraph looked for on the page.
TEASER_PROBE_CHARS = 30
#: `<body class>` words by which CMSs and themes say they render a list of posts, by the
#: convention that prints them: WordPress's `body_class()`; Drupal's taxonomy term pages and
#: front page (Drupal 7 `page-taxonomy`, 8+ `path-taxonomy`, `path-frontpage`); Joomla's `view-…`
#: of its category and featured (home) views; Hugo's page kinds as themes print `.Kind` (every
#: kind but `page` lists pages) and PaperMod's `list`, which it prints for every kind but `page`
#: (the most used Hugo theme: category, tag, author, section and home pages); Ghost's
#: `body_class` helper on its home, tag and author pages.
LISTING_BODY_CLASSES = {
    "WordPress": ("archive", "category", "tag", "author", "date", "search", "search-results",
                  "blog", "paged"),
    "Drupal": ("taxonomy", "term", "page-taxonomy", "path-taxonomy", "path-frontpage"),
    "Joomla": ("view-category", "view-featured", "page-category"),
    "Hugo": ("section", "list"),
    "Ghost": ("home-template", "tag-template", "author-template"),
}
_LISTING_WORDS = "|".join(sorted({re.escape(w) for words in LISTING_BODY_CLASSES.values()
                                 for w in words}, key=len, reverse=True))
_LISTING_BODY_CLASS = re.compile(rf"(?<![\w-])({_LISTING_WORDS})(?![\w-])")
#: `<body class>` word naming the front page: a listing there, but a theme that prints it on
#: every page (Pelican's notmyidea) says nothing of a page at another address.
_HOME_BODY_CLASS = re.compile(r"(?<![\w-])home(?![\w-])")
#: The path of a site's front page: its root or the root's index file.
_FRONT_PATH = re.compile(r"^/?(index\.\w+)?$")
#: `<body class>` words saying one post is rendered: WordPress's, Joomla's, Drupal's, Ghost's.
_SINGLE_BODY_CLASS = re.compile(r"(?<![\w-])(single|single-post|postid-\d+|view-article|"
                                r"page-node|node-type-article|post-template)(?![\w-])")


def teaser_share(page: ArticlePage) -> float:
    """Share of body paragraphs that are teasers: mostly the text of a link on the page (a teaser
    title; a tag or a link inside a sentence does not make its paragraph a teaser), or opening
    with a headline-long link (`is_teaser_paragraph`)."""
    paragraphs = page.paragraphs()
    if not paragraphs:
        return 0.0
    files = {f["title"] for f in page.attachments()}
    link_texts = {t for t in (normalize_text(element_text(a)) for a in page.sel.root.iter("a"))
                  if len(t.split()) >= TEASER_WORDS and t not in files}
    return sum(any(is_teaser_paragraph(p, t) for t in link_texts)
               for p in paragraphs) / len(paragraphs)


def is_teaser_paragraph(paragraph: str, link_text: str) -> bool:
    """Whether a link's text makes the paragraph a teaser: it is most of the paragraph, or it
    opens the paragraph with a headline's length — a table listing's row "Title (14/03/19) The
    excerpt…", read as one paragraph. An article's sentence never starts with a headline-long
    link (a document it links is an attachment, left out by the caller)."""
    if link_text not in paragraph:
        return False
    return len(link_text) >= TEASER_COVER * len(paragraph) or (
        paragraph.startswith(link_text)
        and len(_WORD.findall(link_text)) >= HEADLINE_LINK_WORDS)


def short_line_share(page: ArticlePage) -> float:
    """Share of body paragraphs shorter than a sentence (menu items, teaser titles, months)."""
    paragraphs = page.paragraphs()
    if not paragraphs:
        return 0.0
    return sum(len(p.split()) < SENTENCE_WORDS for p in paragraphs) / len(paragraphs)


def link_text_share(page: ArticlePage) -> float:
    """Share of the body's words that are the text of links on the page (document links aside:
    a notice's body may be its list of files). On a listing whose teasers a body finder passed
    over, the "body" is often the longest row of links left (the months of the archive, the tag
    cloud, the author list in the footer): text nobody wrote as sentences. An article's links
    are a few words inside its sentences. The headline, which a body finder may glue to such a
    row (a tag page of two posts: its heading, then the two dated titles), is no written text
    either: it is left out before counting."""
    title = page.title()
    paragraphs = [p.replace(title, " ") if title else p for p in page.paragraphs()]
    words = sum(len(_WORD.findall(p)) for p in paragraphs)
    if not words:
        return 0.0
    files = {f["title"] for f in page.attachments()}
    texts = sorted({t for a in page.sel.root.iter("a")
                    if (t := normalize_text(element_text(a))) and t not in files},
                   key=len, reverse=True)
    left = 0
    for p in paragraphs:
        for t in texts:
            if t in p:
                p = p.replace(t, " ")
        left += len(_WORD.findall(p))
    return 1 - left / words


def body_class_says(page: ArticlePage) -> str | None:
    """"listing" or "article" when the `<body>` class names the kind of page, else None."""
    body = page.sel.root.find(".//body")
    classes = body.get("class", "") if body is not None else ""
    if _SINGLE_BODY_CLASS.search(classes):
        return "article"
    if _LISTING_BODY_CLASS.search(classes):
        return "listing"
    if _HOME_BODY_CLASS.search(classes) and _FRONT_PATH.match(urlsplit(page.url).path):
        return "listing"
    return None


def opens_with_teaser_link(page: ArticlePage) -> bool:
    """Before its first sentence, the body's element holds a link of a headline's length to
    another page: a listing's first teaser (an article's text never opens with a link to another
    article; a section link is shorter; a headline made a link to the page itself is its own)."""
    body = page.own_body_element
    if body is None:
        return False
    own = {clean_url(page.url), page.canonical_url()}
    for el in body.iter():
        text = (el.text or "").strip() if isinstance(el.tag, str) else ""
        if not text:
            continue
        if (link := _headline_link(el, own)) is not None and not _in_labelled_box(link):
            return True
        if len(text.split()) >= SENTENCE_WORDS:
            return False
    return False


def _in_labelled_box(link: etree._Element) -> bool:
    """The link is an item of a box that opens with a label such as "Xem thêm:", "Tin liên
    quan", "Đọc thêm": other articles an article's text points to, not a listing's teaser."""
    for box in islice(link.iterancestors(), TEASER_BLOCK_LEVELS):
        first = next((t for t in (normalize_text(x) for x in box.itertext()) if t), "")
        if first and first != normalize_text(element_text(link)) and (
                is_related_heading(first) or is_link_list(first) or is_navigation(first)):
            return True
    return False


def text_starts_a_teaser(page: ArticlePage) -> bool:
    """The body's first paragraph is on the page a headline-length link to another page, or
    follows one inside a small block (a thumbnail, a title link, an excerpt): a listing's first
    teaser, however few the teasers (an author archive of one post, a last page of two) and
    whichever body finder took it. An article's first paragraph sits in its text column, whose
    block is long, and a link to itself (a headline made a link) is no teaser. The first
    sentence-long paragraph is tried too: a tag page's name may head its teasers' text."""
    paragraphs = page.paragraphs()
    first = next((p for p in paragraphs if len(p[:TEASER_PROBE_CHARS].split()) >= TEASER_WORDS),
                 None)
    sentence = next((p for p in paragraphs if len(p.split()) >= SENTENCE_WORDS), None)
    return any(_paragraph_is_a_teasers(page, p) for p in dict.fromkeys((first, sentence)) if p)


def _paragraph_is_a_teasers(page: ArticlePage, paragraph: str) -> bool:
    """The paragraph is on the page a headline-length link to another page, or follows one
    inside a small block (see `text_starts_a_teaser`)."""
    probe = paragraph[:TEASER_PROBE_CHARS]
    own = {clean_url(page.url), page.canonical_url()}
    body = page.own_body_element
    mine = set(body.iter()) if body is not None else None
    held = [n for n in _holding(page.sel.root, probe) if mine is None or n in mine]
    # The same words elsewhere are a teaser of this very text in a box; but when only boxes the
    # page marks as not content hold them (a listing's item classed "teaser"), the body is that.
    node = next((n for n in held if not inside_not_content(n)), held[0] if held else None)
    if node is None:
        return False
    if _headline_link(node, own) is not None or _follows_a_title_link(node, own, len(paragraph)):
        return True
    return _heading_leads_away(node, own) or _in_overlaid_card(node, own)


def _in_overlaid_card(node: etree._Element, own: set[str]) -> bool:
    """`node` lies in a teaser card that an empty link to another page is laid over
    (`overlaid_card`, within `TEASER_BLOCK_LEVELS` above it): the card's heading and excerpt are
    a listing's item, clickable as a whole (Hugo PaperMod's list pages, Bootstrap's
    `.stretched-link`), whatever the card's class — a category's last page of one post too."""
    host = urlsplit(next(iter(own))).netloc
    for block in islice(node.iterancestors(), TEASER_BLOCK_LEVELS):
        if any(overlaid_card(a, own, host) is block for a in block.iterchildren("a")):
            return True
    return False


def _follows_a_title_link(node: etree._Element, own: set[str], chars: int, *,
                          unlabelled: bool = False) -> bool:
    """A headline-long link to another page comes before `node` inside a small block around it
    (`TEASER_BLOCK_LEVELS` up, no longer than `chars` and a teaser block's worth more): `node` is
    a part of that link's teaser (its date, its excerpt). With `unlabelled`, a link that is an
    item of a labelled box ("Tin liên quan", `_in_labelled_box`) does not count."""
    block, limit = node, chars + MAX_TEASER_BLOCK_CHARS
    for _ in range(TEASER_BLOCK_LEVELS):
        block = block.getparent()
        if block is None or block.tag in ("body", "html") \
                or len(normalize_text(element_text(block))) > limit:
            return False
        for el in block.iter():
            if el is node:
                break
            if el.tag == "a" and _headline_link(el, own) is not None \
                    and not (unlabelled and _in_labelled_box(el)):
                return True
    return False


def dated_by_a_teaser(page: ArticlePage) -> bool:
    """The line the publish date was read from follows, in a small block, a headline-long link to
    another page of the site (`_follows_a_title_link`): the date is a teaser's — a tag or author
    archive of one or two posts, whose heading is the tag's name and whose first date line is its
    first teaser's (title link, date, excerpt), whatever the teaser's markup or class. An
    article's date line sits in its own header, by its headline (no link, or one to itself) and a
    breadcrumb's short section links; a related box after the text is labelled."""
    el = page.elements.get("published")
    if el is None or not isinstance(el.tag, str):
        return False
    own = {clean_url(page.url), page.canonical_url()}
    return _follows_a_title_link(el, own, len(normalize_text(element_text(el))), unlabelled=True)


def _heading_leads_away(node: etree._Element, own: set[str]) -> bool:
    """The nearest heading or title line before `node` within a few levels above it (the post it
    belongs to, however long) is a headline-long link to another page: the text is another
    post's, shown whole or as a teaser on a listing (an article's own heading is no link, or links
    to itself). A title line is a block that is one link and nothing else (`_title_line`): old
    blog themes print a post's title as a link in a `div` or a `legend`, no heading."""
    block = node
    for _ in range(TEASER_BLOCK_LEVELS):
        block = block.getparent()
        if block is None or block.tag in ("body", "html"):
            return False
        heading = None
        for el in block.iter():
            if el is node:
                break
            if el.tag in _HEADINGS or _title_line(el):
                heading = el
        if heading is not None:
            link = next(heading.iter("a"), None)
            return link is not None and _headline_link(link, own) is not None \
                and not is_home_link(link) and not _in_labelled_box(link)
    return False


def _title_line(el: etree._Element) -> bool:
    """`el` is a block whose one child is a link of a headline's length and whose text is the
    link's alone, no list's item: a post's title printed as a link with no heading (Chronicle's
    `<div class="title"><a>…</a></div>` and `<legend><a>…</a></legend>`, old blog themes' title
    boxes). A line that is one shorter link (a dateline's permalink, Nikola's `p.dateline`, a
    section's name) is no title. Whether the link leads away is the caller's."""
    return isinstance(el.tag, str) and el.tag not in INLINE_TAGS and el.tag != "li" \
        and len(el) == 1 and el[0].tag == "a" and not (el.text or "").strip() \
        and not (el[0].tail or "").strip() and next(el.iterancestors("li"), None) is None \
        and len(_WORD.findall(element_text(el[0]))) >= HEADLINE_LINK_WORDS


def _holding(root: etree._Element, probe: str) -> list[etree._Element]:
    """Elements whose own text holds `probe`: found by XPath, or, when the page's text is not
    in the normal form `probe` is in (decomposed tone marks, odd spaces), by normalising each
    text node."""
    found = root.xpath("//text()[contains(., $s)]/..", s=probe)
    if found:
        return found
    return [t.getparent() for t in root.xpath("//text()")
            if probe in normalize_text(t) and t.getparent() is not None]


def _headline_link(el: etree._Element, own: set[str]) -> etree._Element | None:
    """The link `el` is in (or is) when its text has a headline's length and it leads to
    another page than the page itself (`own`: its URL and canonical URL)."""
    link = el if el.tag == "a" else next(el.iterancestors("a"), None)
    if link is None or len(_WORD.findall(element_text(link))) < HEADLINE_LINK_WORDS:
        return None
    href = (link.get("href") or "").strip()
    if not href or href.startswith("#"):
        return None
    base = next(iter(own))
    try:
        target = clean_url(urljoin(base, href))
    except ValueError:
        return None
    return link if target not in own else None


def teaser_between_headline_and_text(page: ArticlePage) -> bool:
    """Between the headline and the body's first paragraph sits a headline-long link to another
    page: the "headline" is a section's name and the text is its leading item's introduction (a
    blog layout, or whole posts one after another). An article's header holds its date, byline
    and lead, never another article (a related box printed there is a labelled list)."""
    headline, paragraphs = page.headline_element, page.paragraphs()
    if headline is None or not paragraphs or page.evidence.get("body") != FOUND_BODY:
        return False  # the text was not found after that headline: nothing lies between
    own = {clean_url(page.url), page.canonical_url()}
    text_starts = set(_holding(page.sel.root, paragraphs[0][:TEASER_PROBE_CHARS]))
    in_headline = set(headline.iter())
    after = False
    for el in page.sel.root.iter():
        if el is headline:
            after = True
        elif after and el not in in_headline:
            if el in text_starts:
                break
            if el.tag == "a" and not inside_not_content(el) and _headline_link(el, own) is not None \
                    and _stands_alone(el) and next(el.iterancestors("li"), None) is None \
                    and not _in_labelled_box(el):
                return True  # a title link, not an item of a "Xem thêm" / "Tin liên quan" list
            if el.tag != "a" and len((el.text or "").split()) >= SENTENCE_WORDS:
                break  # the text (or a lead sentence) has started
    return False


def _stands_alone(link: etree._Element) -> bool:
    """The link is the whole text of its block (a title), not a few words of a sentence ("Tiếp
    theo bài: <a>…</a>" in a lead)."""
    block = next((a for a in link.iterancestors() if a.tag not in INLINE_TAGS), None)
    return block is not None and normalize_text(element_text(block)) == normalize_text(
        element_text(link))


#: The whole text of a "read more" link: what a listing prints after (or before) an item it
#: shows, to open that item at its own address (portals' "Xem chi tiết", "Chi tiết »", Joomla
#: 1.5's blog layout "Đọc tiếp...", blog themes' "Continue reading", "Read more"). "Xem thêm" /
#: "Đọc thêm" are left out: they also head an article's related links and lead to a section.
#: "Permalink", the link blog themes print under each post of a listing to the post's own page
#: (Blosxom's and Chronicle's themes), says the same; on the post's page it links the page itself.
_READ_MORE = re.compile(r"^[\s»>(\[….]*(?:xem chi tiết|chi tiết|xem tiếp|đọc tiếp|xem toàn văn"
                        r"|đọc toàn văn|xem bài viết|đọc bài viết|read more|continue reading|permalink)"
                        r"[\s»>)\]….]*$", re.IGNORECASE)
#: WordPress's own "more" link, `the_content()`'s default text "(more…)": "more" only with the
#: ellipsis or arrow that makes it a link to the rest of a text. A bare "More" is a box's link to
#: more of a section, as "Xem thêm" is, which an article may print beside its text.
_MORE_LINK = re.compile(r"^[\s(\[]*more\s*(?:…|\.\.\.|»|›|>>)[\s)\]]*$", re.IGNORECASE)


def is_read_more(text: str) -> bool:
    """The link text opens an item shown on a listing at its own address (`_READ_MORE`, or
    WordPress's "(more…)", `_MORE_LINK`)."""
    return bool(_READ_MORE.match(text) or _MORE_LINK.match(text))


def reads_on_elsewhere(page: ArticlePage) -> bool:
    """A "read more" link (`is_read_more`) to another page of the site sits beside the text, in the
    small block around the text's element (`TEASER_BLOCK_LEVELS` up, no longer than the text and
    a teaser block's worth more) but outside it: the text is an item shown on a listing, whole or
    cut, which its "Xem chi tiết" opens at its own address — the section page of a portal product
    that prints its newest article whole above the older titles, Joomla 1.5's blog layout whose
    leading item ends in "Đọc tiếp...". An article is read where it is: its page sends no reader
    elsewhere to read it (its links out stand in sentences, or in labelled boxes after it).
    A "Permalink" counts too (`_READ_MORE`): beside a post shown on a listing it opens the post's
    own page (Chronicle's and Blosxom's themes print it under each post of the home page, tag and
    month pages); on the post's page it links that page itself, which is no other page."""
    body = page.own_body_element
    if body is None:
        return False
    own = {clean_url(page.url), page.canonical_url()}
    host = urlsplit(page.url).netloc
    inside = set(body.iter())
    limit = len(normalize_text(element_text(body))) + MAX_TEASER_BLOCK_CHARS
    block = body
    for _ in range(TEASER_BLOCK_LEVELS):
        block = block.getparent()
        if block is None or block.tag in ("body", "html") \
                or len(normalize_text(element_text(block))) > limit:
            return False
        if any(_leads_to_another_page(a, own, host) for a in block.iter("a")
               if a not in inside and is_read_more(normalize_text(element_text(a)))):
            return True
    return False


def _leads_to_another_page(link: etree._Element, own: set[str], host: str) -> bool:
    """The link opens another page of the same site, not a place on this page, the page itself,
    a file (a document, a picture) or a script."""
    href = (link.get("href") or "").strip()
    if not href or href.startswith(("#", "javascript:", "mailto:")):
        return False
    try:
        target = urljoin(next(iter(own)), href)
        parts = urlsplit(target)
    except ValueError:
        return False
    return parts.netloc == host and clean_url(target) not in own \
        and not DOCUMENT_EXT.search(href) and not _IMAGE_FILE.search(href)


def schedule_guess(page: ArticlePage) -> bool:
    """The headline is only a guess (the line before the first date) and no running text follows
    it (the body was rebuilt elsewhere): a work calendar or a table of dated rows, not an
    article, whose text always follows its headline."""
    return (page.evidence.get("title") == "line before the first date"
            and page.evidence.get("body") == "trafilatura")


def excerpts(page: ArticlePage) -> int:
    """Body paragraphs that end like a teaser's excerpt: "[…]", "[...]", "Xem tiếp", "Đọc tiếp"."""
    return sum(bool(_EXCERPT_END.search(p)) for p in page.paragraphs())


def _teasers(page: ArticlePage) -> tuple[int, list[str]]:
    """(teaser links in headings, texts of the repeated teaser blocks) in the main content.

    Teaser headings count inside the body the page yields (a related box after an article's text
    is not its body); with a body rebuilt elsewhere, anywhere outside widgets. A teaser block is
    the nearest element around a teaser link that holds more than the link (its date, its lead);
    blocks count when at least `MIN_TEASER_BLOCKS` share one tag and class."""
    in_headings = 0
    blocks: dict[tuple[str, str], list[str]] = {}
    body = page.own_body_element
    in_body = set(body.iter("a")) if body is not None else None
    own, host = {clean_url(page.url), page.canonical_url()}, urlsplit(page.url).netloc
    cards: set[etree._Element] = set()
    for a in page.sel.root.iter("a"):
        text = normalize_text(element_text(a))
        if not text and (card := overlaid_card(a, own, host)) is not None \
                and card not in cards and not inside_not_content(a):
            cards.add(card)
            in_headings += in_body is None or a in in_body
            blocks.setdefault((card.tag, card.get("class", "")), []).append(
                normalize_text(element_text(card)))
            continue
        if len(text.split()) < TEASER_WORDS or inside_not_content(a):
            continue
        parent = a.getparent()
        if parent is not None and parent.tag in ("h1", "h2", "h3", "h4", "h5") and (
                in_body is None or a in in_body):
            in_headings += 1
        node = parent
        for _ in range(TEASER_BLOCK_LEVELS):
            if node is None or node.tag in ("body", "html"):
                break
            block_text = normalize_text(element_text(node))
            if len(block_text) > MAX_TEASER_BLOCK_CHARS:
                break
            if len(block_text) > len(text) + 8:
                blocks.setdefault((node.tag, node.get("class", "")), []).append(block_text)
                break
            node = node.getparent()
    repeated = [t for texts in blocks.values() if len(texts) >= MIN_TEASER_BLOCKS for t in texts]
    return in_headings, repeated


def overlaid_card(link: etree._Element, own: set[str], host: str) -> etree._Element | None:
    """The card an empty link (no text, no element: no picture, no icon) is laid over, when the
    card is a teaser: the link's parent, short, holding a heading of a teaser title's length.
    Card layouts make the whole card clickable with an empty link stretched over it by CSS, its
    name in `aria-label` only (Hugo PaperMod's `a.entry-link` on every list page, Bootstrap's
    `.stretched-link`, themes' "card link" overlays); the card's heading, then, is no link, and
    names the post the link leads to (another page of the site: `own` is the page's URLs). An
    icon link (a font icon, a picture) is a button, not an overlay."""
    if len(link) or (link.text or "").strip() or not _leads_to_another_page(link, own, host) \
            or _IMAGE_FILE.search(link.get("href") or ""):
        return None
    card = link.getparent()
    if card is None or card.tag in ("body", "html") \
            or len(normalize_text(element_text(card))) > MAX_TEASER_BLOCK_CHARS:
        return None
    heading = next((h for h in card.iter(*_HEADINGS)
                    if len(_WORD.findall(element_text(h))) >= TEASER_WORDS), None)
    return card if heading is not None else None


def _share_in(paragraphs: list[str], blocks: list[str]) -> float:
    """Share of the body's paragraphs that sit inside teaser blocks."""
    if not paragraphs or not blocks:
        return 0.0
    return sum(any(p in b for b in blocks) for p in paragraphs) / len(paragraphs)


# -- pages a portal serves besides its news ---------------------------------------------------

#: Names of the pages every Vietnamese government portal carries besides its news (the menu of
#: NukeViet's `about`, `contact`, `siteinfo`, `faq`, `photos`, `videos`, `voting` modules and of
#: SharePoint/Liferay portals' "Giới thiệu" sites; shared/docs/portals.md): a page headed by one
#: of them, alone or followed by the name of the body it describes, is that page, not news.
#: Case-folded, punctuation dropped.
STATIC_PAGE_NAMES = frozenset({
    "giới thiệu", "giới thiệu chung", "tổng quan", "lịch sử hình thành", "lịch sử phát triển",
    "chức năng nhiệm vụ", "chức năng nhiệm vụ quyền hạn", "vị trí chức năng",
    "cơ cấu tổ chức", "sơ đồ tổ chức", "tổ chức bộ máy", "lãnh đạo", "ban lãnh đạo",
    "lãnh đạo đương nhiệm", "danh bạ", "danh bạ điện thoại", "liên hệ", "thông tin liên hệ",
    "góp ý", "gửi ý kiến", "sơ đồ cổng", "sơ đồ cổng thông tin", "sơ đồ trang", "sơ đồ site",
    "sơ đồ website", "tìm kiếm", "tìm kiếm nâng cao", "kết quả tìm kiếm", "đăng nhập",
    "thành viên", "hỏi đáp", "hỏi đáp trực tuyến", "thư viện ảnh", "thư viện video",
    "video", "hình ảnh", "thăm dò ý kiến", "kết quả thăm dò", "kết quả thăm dò ý kiến",
    "tài liệu tải về", "tải về", "văn bản", "văn bản pháp luật", "văn bản chỉ đạo điều hành",
    "lịch công tác", "lịch làm việc", "rss"})
#: Words naming the body a static page describes ("Lãnh đạo UBND huyện", "Giới thiệu chung
#: huyện Phú Lâm"); any other word after a page's name makes the headline a sentence (news).
_ORGAN_WORDS = frozenset({
    "ubnd", "hđnd", "ủy", "uỷ", "ban", "nhân", "dân", "hội", "đồng", "huyện", "xã", "phường",
    "thị", "trấn", "tỉnh", "thành", "phố", "quận", "sở", "phòng", "cơ", "quan", "đơn", "vị",
    "đảng", "chung", "của", "về", "và", "cổng", "thông", "tin", "điện", "tử", "trang"})
_PUNCT = re.compile(r"[^\w\s]+")


def names_a_static_page(title: str | None) -> bool:
    """The headline is the name of a portal's static page (`STATIC_PAGE_NAMES`), alone or
    followed by words naming the body it describes and proper names ("Lãnh đạo UBND huyện",
    "Cơ cấu tổ chức Sở Y tế"): an introduction, leaders', contact, site-map, search, login,
    Q&A, gallery, poll, download, document or schedule page. A news headline is a sentence:
    "Lãnh đạo huyện thăm hỏi gia đình chính sách" goes on with a verb, which is neither."""
    words = _PUNCT.sub(" ", normalize_text(title or "")).split()
    for n in range(len(words), 0, -1):
        if " ".join(words[:n]).casefold() in STATIC_PAGE_NAMES:
            return names_a_body(words[n:])
    return False


def names_a_body(words: list[str]) -> bool:
    """The words name an authority or a place, as Vietnamese writes such names: organ words
    (`_ORGAN_WORDS`: "UBND", "huyện", "Sở", "và") and proper names, whose first word is
    capitalised and whose next may not be ("Sở Nội vụ", "Sở Y tế", "Tài nguyên và Môi trường",
    the capitalisation rule for agency names). A lowercase word after an organ word or after
    another lowercase word starts a predicate ("huyện chúc Tết", "Sở Y tế thăm …"): a sentence."""
    after_capital = False
    for w in words:
        if w[:1].isupper() and w.casefold() not in _ORGAN_WORDS or w.isdigit():
            after_capital = True
        elif w.casefold() in _ORGAN_WORDS or after_capital:
            after_capital = False
        else:
            return False
    return True


def prints_itself(page: ArticlePage) -> bool:
    """The page calls the browser's print dialog as it loads (`<body onload="window.print()">`,
    a script statement `window.print();` outside any function, or one inside a load handler):
    an article's print view (NukeViet's `news/print`, Joomla's `print=1` pop-up), a copy of an
    article at its own address. An article's "In bài" button calls print() on click, from a
    link or a function, never on load."""
    body = page.sel.root.find(".//body")
    if body is not None and "print(" in (body.get("onload") or ""):
        return True
    return any(_prints_on_load(script.text or "") for script in page.sel.root.iter("script"))


#: A call of the print dialog, and a load handler whose body calls it.
_PRINT_CALL = re.compile(r"(?<![\w.])(?:window\.)?print\(\s*\)")
_ONLOAD_PRINT = re.compile(r"(?:\bonload\s*=|addEventListener\(\s*['\"](?:load|DOMContentLoaded)['\"]"
                           r"|\.ready\(|\$\(\s*function)[^{}]*\{[^{}]*\bprint\(\s*\)")


def _prints_on_load(script: str) -> bool:
    """The script calls print() at its top level (no `{` open before the call) or in a load
    handler."""
    if _ONLOAD_PRINT.search(script):
        return True
    return any(script.count("{", 0, m.start()) == script.count("}", 0, m.start())
               for m in _PRINT_CALL.finditer(script))


#: The fields of a legal-document register (vbpl.vn, SharePoint's VanBan lists, NukeViet's `laws`
#: module): a page whose text is these fields is a document's record or the register itself.
DOCUMENT_FIELDS = ("Số ký hiệu", "Số hiệu", "Ngày ban hành", "Ngày có hiệu lực", "Ngày hiệu lực",
                   "Ngày hết hiệu lực", "Trích yếu", "Cơ quan ban hành", "Người ký",
                   "Loại văn bản", "Hình thức văn bản", "Lĩnh vực", "Tình trạng hiệu lực")
#: This many distinct fields make a document's record ...
MIN_DOCUMENT_FIELDS = 3
#: ... and a body this much made of the record's paragraphs is the record, not an article that
#: quotes one.
MIN_RECORD_SHARE = 0.5


def document_record_share(page: ArticlePage) -> float:
    """Share of the body's characters in paragraphs that carry a legal document's fields
    (`DOCUMENT_FIELDS`, at least `MIN_DOCUMENT_FIELDS` of them in the body): a document's
    detail page ("Số ký hiệu", "Ngày ban hành", "Trích yếu" …) or the register. An article that
    announces a document names it in sentences around a record, never mostly by one."""
    paragraphs = page.paragraphs()
    text = "\n".join(paragraphs)
    if sum(label in text for label in DOCUMENT_FIELDS) < MIN_DOCUMENT_FIELDS:
        return 0.0
    record = sum(len(p) for p in paragraphs if any(label in p for label in DOCUMENT_FIELDS))
    return record / max(1, len(text))


#: `DOCUMENT_FIELDS` as a record's label cell reads, casefolded ("Số/Ký hiệu" is "Số ký hiệu").
_DOCUMENT_LABELS = frozenset(label.casefold() for label in DOCUMENT_FIELDS)


def shows_a_document_record(page: ArticlePage) -> bool:
    """The page's content is one legal document's record laid out as a table of label/value rows
    (ASP.NET's DetailsView, SharePoint's DispForm `ms-formtable`): its label cells are at least
    `MIN_DOCUMENT_FIELDS` of `DOCUMENT_FIELDS`, no value cell holds an article's text (a news
    item in the same layout has a "Nội dung" row of running text) and the record's container
    holds no running text beside it (an article that quotes a record sits among its sentences).
    `document_record_share` misses such a page when the sidebar's text outweighs the record."""
    for table in page.sel.root.iter("table"):
        pairs = [cells for row in table.xpath("./tr|./tbody/tr")
                 if len(cells := [c for c in row if c.tag in ("td", "th")]) == 2]
        labels = {" ".join(normalize_text(element_text(label)).rstrip(":").replace("/", " ")
                           .split()).casefold() for label, _ in pairs}
        if len(labels & _DOCUMENT_LABELS) < MIN_DOCUMENT_FIELDS \
                or any(len(normalize_text(element_text(value))) >= MIN_BODY_CHARS
                       for _, value in pairs):
            continue
        parent = table.getparent()
        beside = len(normalize_text(element_text(parent))) - len(normalize_text(element_text(table)))
        if beside < MIN_BODY_CHARS:
            return True
    return False


#: A table is a register of records (a schedule, a list of units, a poll's answers, documents)
#: when this many of its rows have at least `RECORD_CELLS` cells ...
MIN_RECORD_ROWS = 3
RECORD_CELLS = 3
#: ... and a body this much made of such tables' rows is the table, not an article with one.
MAX_BODY_IN_RECORDS = 0.5
_SPACE = re.compile(r"\s+")


def is_a_table_of_records(page: ArticlePage) -> bool:
    """The body is mostly rows of record tables — innermost tables with `MIN_RECORD_ROWS` rows of
    `RECORD_CELLS` cells or more (a work schedule's day, time, task and place; a unit list; a
    poll's answers; a register) — and the text beside them is shorter than an article's: a
    schedule, register or result page. Layout tables hold tables or one column of text per row
    and never count; an article may carry a table of figures, with its sentences around it."""
    tables = []
    for table in page.sel.root.iter("table"):
        rows = [row for row in table.iter("tr") if len(row) >= RECORD_CELLS]
        if len(rows) >= MIN_RECORD_ROWS and next(table.iterdescendants("table"), None) is None \
                and sum(_filled_cells(row) >= RECORD_CELLS for row in rows) >= MIN_RECORD_ROWS:
            tables.append(table)
    if not tables:
        return False
    held = "".join(_SPACE.sub("", normalize_text("".join(t.itertext()))) for t in tables)
    paragraphs = page.paragraphs()
    total = sum(len(p) for p in paragraphs)
    inside = sum(len(p) for p in paragraphs if _SPACE.sub("", p) in held)
    return bool(total) and inside / total >= MAX_BODY_IN_RECORDS and total - inside < MIN_BODY_CHARS


def _is_dated_link_row(row: etree._Element, own: set[str], host: str) -> bool:
    """A table row with a cell that is a date ("14/03/2019", "14/03/2019 08:30") and another that
    links another page of the site: a row of a list of posts or documents laid out as a grid."""
    cells = [c for c in row if c.tag in ("td", "th")]
    dated = [c for c in cells if is_date_line(normalize_text(element_text(c)))]
    return bool(dated) and any(_leads_to_another_page(a, own, host)
                               for c in cells if c not in dated for a in c.iter("a"))


def dated_grid_share(page: ArticlePage) -> float:
    """Share of the body's text (spaces aside) made of the rows of grids of dated links: tables
    with `MIN_TEASER_BLOCKS` rows or more of their own each holding a date in one cell and a link
    to another page in another (`_is_dated_link_row`). That is how ASP.NET WebForms portals list
    news and documents (a GridView "STT | Tiêu đề | Ngày đăng", its rows alternating `RowStyle`
    and `AlternatingRowStyle` classes, its pager a table nested in its last row; Drupal Views'
    tables, rows "odd"/"even"), and what a body finder reads on such a listing is the grid run
    together. Only those rows count, so a layout table that holds an article beside them does
    not; an article's own text is never a dated link row, and its "Các tin khác" grid follows
    its text: no source's learned shape is needed to tell the two apart."""
    paragraphs = [_SPACE.sub("", p) for p in page.paragraphs()]
    total = sum(len(p) for p in paragraphs)
    if not total:
        return 0.0
    own, host = {clean_url(page.url), page.canonical_url()}, urlsplit(page.url).netloc
    rows: list[str] = []
    for table in page.sel.root.iter("table"):
        dated = [r for r in table.iter("tr") if next(r.iterancestors("table"), None) is table
                 and _is_dated_link_row(r, own, host)]
        if len(dated) >= MIN_TEASER_BLOCKS:
            rows += [_SPACE.sub("", normalize_text(element_text(r))) for r in dated]
    covered = 0
    for p in paragraphs:
        left = p
        for row in rows:
            left = left.replace(row, "") if row else left
        covered += len(p) - len(left)
    return covered / total


def _filled_cells(row: etree._Element) -> int:
    """Cells of a table row that hold text (a layout row's spacer cells hold none)."""
    return sum(bool(normalize_text(element_text(cell))) for cell in row if cell.tag in ("td", "th"))


#: Labels of a question sent to the portal and of the answer (NukeViet's `faq` module, the
#: "Hỏi đáp" pages of public-service portals), each alone as a label.
ASKER_LABELS = ("Người hỏi", "Người gửi", "Ngày gửi", "Ngày hỏi", "Câu hỏi")
ANSWER_LABELS = ("Trả lời", "Nội dung trả lời", "Cơ quan trả lời", "Đơn vị trả lời")


def answers_a_question(page: ArticlePage) -> bool:
    """The body is a reader's question and the answer: a line opens with an asker's label
    ("Người hỏi:", "Câu hỏi:", "Ngày gửi:") and another with an answer's ("Trả lời:"). A Q&A page
    is not news; an interview article says "PV:" and the speaker's name instead."""
    paragraphs = page.paragraphs()
    return any(p.startswith(ASKER_LABELS) for p in paragraphs) and any(
        p.startswith(ANSWER_LABELS) for p in paragraphs)


def content_region(page: ArticlePage) -> etree._Element | None:
    """The page's element that holds its text: the body's own element, or (a body rebuilt by
    trafilatura) the nearest ancestor of the headline that holds the body's first paragraph.
    Sidebars and footers lie outside it, whatever their markup."""
    if (body := page.own_body_element) is not None:
        return body
    headline, paragraphs = page.headline_element, page.paragraphs()
    if headline is None or not paragraphs:
        return None
    holders = set(_holding(page.sel.root, paragraphs[0][:TEASER_PROBE_CHARS]))
    for block in headline.iterancestors():
        if block.tag in ("body", "html"):
            return None
        if any(n in holders for n in block.iter()):
            return block
    return None


#: Links to image files around thumbnails: a gallery's convention (a lightbox opens the full
#: picture; NukeViet's `photos`, Joomla's and WordPress's gallery blocks set to link to files).
_IMAGE_FILE = re.compile(r"\.(jpe?g|png|gif|webp)(\?|$)", re.IGNORECASE)
#: This many linked thumbnails, more than the text's sentences, make the page a gallery.
MIN_GALLERY_PICTURES = 4


def is_gallery(page: ArticlePage) -> bool:
    """The text's region shows `MIN_GALLERY_PICTURES` or more thumbnails that link to their image
    files, and more of them than paragraphs of running text: a photo album, whose words are its
    captions and a line about the event. An article's pictures illustrate its sentences, which
    outnumber them."""
    region = content_region(page)
    if region is None:
        return False
    pictures = sum(1 for a in region.iter("a") if _IMAGE_FILE.search(a.get("href") or "")
                   and next(a.iter("img"), None) is not None)
    sentences = sum(len(p.split()) >= SENTENCE_WORDS for p in page.paragraphs())
    return pictures >= MIN_GALLERY_PICTURES and pictures > sentences


#: Form controls a reader types into (a search box is one; a contact, feedback or login form
#: has several, or a text area, or a password).
_TYPED_INPUTS = {"text", "email", "tel", "password", "number", ""}
MIN_FORM_CONTROLS = 2


def is_a_form(page: ArticlePage) -> bool:
    """The text's region holds a form to fill in: a text area, a password, or
    `MIN_FORM_CONTROLS` typed inputs (a contact or feedback page, a login, an advanced search,
    "Gửi câu hỏi"). An article's comment form follows its text, outside the text's element or in
    a box marked as comments (`inside_not_content`: Mezzanine's and WordPress's `#comments`,
    inside the post's column); a search box sits in the header; SharePoint's page-wide `<form>`
    wraps no control in the text."""
    region = content_region(page)
    if region is None:
        return False
    typed = 0
    for el in region.iter("textarea", "input"):
        if inside_not_content(el.getparent()):
            continue
        kind = (el.get("type") or "").lower()
        if el.tag == "textarea" or kind == "password":
            return True
        typed += kind in _TYPED_INPUTS
    return typed >= MIN_FORM_CONTROLS


def other_page_reason(page: ArticlePage, title: str | None) -> str | None:
    """Why a page is one of the pages a portal serves besides its news, or None."""
    if prints_itself(page):
        return "the page prints itself as it loads: an article's print view"
    if names_a_static_page(title):
        return f"headed {title!r}: a portal's static page, not news"
    if document_record_share(page) >= MIN_RECORD_SHARE or shows_a_document_record(page):
        return "the body is a legal document's record (Số ký hiệu, Ngày ban hành, Trích yếu)"
    if is_a_table_of_records(page):
        return "the body is a table of records (a schedule, a register, a poll): not an article"
    if answers_a_question(page):
        return "the body is a question and its answer (Hỏi đáp): not an article"
    if is_a_form(page):
        return "the text is a form to fill in (contact, feedback, login, search)"
    if is_gallery(page):
        return "the text is a gallery of pictures linked to their files: an album"
    return None


def not_article_reason(page: ArticlePage, fields: dict, *, url_says_article: bool,
                       url_says_listing: bool = False) -> str | None:
    """Why the page is not taken as an article, or None when it is one.

    An article has a title and a body. When its URL does not say "article", the page must not
    look like a listing (body class, teaser headings, dated teasers, a body of teaser titles) and
    must carry a date or declare itself an article in its structured data. When a family's URL
    rule says "listing", the page must also name its headline (link text, `<title>`, og:title) or
    declare itself an article: a family's URL guess never loses an article outright."""
    if url_says_listing and not (page.meta.is_article or page.names_its_headline()):
        return "its URL is a listing's, and the page names no headline of its own"
    if not fields["title"]:
        return "no headline found"
    if len(fields["body"] or "") < MIN_BODY_CHARS:
        return f"body shorter than {MIN_BODY_CHARS} characters"
    if url_says_article:
        return None
    if body_class_says(page) == "listing":
        return "the <body> class names a listing or archive"
    if link_text_share(page) >= MAX_LINK_TEXT_SHARE:
        return "the body is the texts of the page's links (an archive's or a footer's row)"
    share = teaser_share(page)
    if share >= MAX_TEASER_SHARE:
        return "the body is mostly teaser titles: a listing"
    if short_line_share(page) >= MAX_SHORT_LINE_SHARE:
        return "the body is mostly short lines (menus, titles): not an article"
    if opens_with_teaser_link(page):
        return "the text opens with a link to another page: a listing's teaser"
    if text_starts_a_teaser(page):
        return "the text is a teaser's: a link to another page's headline opens it"
    if teaser_between_headline_and_text(page):
        return "a link to another page's headline sits between the headline and the text"
    if reads_on_elsewhere(page):
        return "a \"read more\" link beside the text opens it at another address: a listing's item"
    if schedule_guess(page):
        return "no running text follows the line taken for a headline: a calendar or a table"
    if excerpts(page) >= MIN_EXCERPTS:
        return "the body is excerpts ending in […] / Xem tiếp: a listing"
    headings, blocks = _teasers(page)
    if headings >= MIN_TEASER_HEADINGS:
        return f"{headings} teaser links in headings around the text: a listing"
    if _share_in(page.paragraphs(), blocks) >= MAX_BODY_IN_TEASERS:
        return f"the body is the text of {len(blocks)} repeated teaser blocks: a listing"
    if not fields["published"] and not page.meta.is_article:
        return NO_DATE
    if dated_by_a_teaser(page):
        return "its date is a teaser's: it follows a link to another page's headline (an archive)"
    return _reason_besides_the_date(page, fields)


def _reason_besides_the_date(page: ArticlePage, fields: dict) -> str | None:
    """The last of `not_article_reason`'s tests, those that follow the date's."""
    if reason := other_page_reason(page, fields["title"]):
        return reason
    if dated_grid_share(page) >= MAX_BODY_IN_TEASERS:
        return "the body is a grid of dated links to other pages (a GridView's rows): a listing"
    if page.evidence.get("published") == LAST_EDIT and names_its_file(page.url, fields["title"]):
        return "dated only by its last edit and titled by its file's name: a wiki's page"
    return None


def learned_reason(page: ArticlePage, fields: dict, *, url_says_article: bool,
                   url_says_listing: bool = False) -> str | None:
    """`not_article_reason`, with the source's learned template (`page.template`) as site-level
    evidence: a page with the article URL shape whose headline and date the learned selectors
    found is an article as its URL would say; one with neither is none. A page that is an
    article in all but its date is one on the template's article shape (`dateless_refusal`)."""
    fits = page.template.fits(page.url, page.sel.root) if page.template is not None else None
    if fits is False and fields["title"] is not None:
        return "neither its URL nor its headline and date fit the source's learned article template"
    reason = not_article_reason(page, fields, url_says_article=url_says_article or bool(fits),
                                url_says_listing=url_says_listing and not fits)
    if reason == NO_DATE and _reason_besides_the_date(page, fields) is None:
        return dateless_refusal(page.template, page.url, headline=page.headline_element,
                                body=page.own_body_element, title=fields["title"], hint=page.hint)
    return reason


def names_its_file(url: str, title: str) -> bool:
    """Whether the title is one word that is the URL's last segment ("attachment" at
    `/pagespec/attachment/`, "RecentChanges" at `/recentchanges/`): a wiki names its pages by
    their files, while a post's headline is words of its own (a slug made from it drops the
    diacritics and joins several words). With only a last-edit time to date it, such a page is a
    wiki's help or tool page, not a post."""
    segment = urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1]
    segment = segment.removesuffix(".html")
    return " " not in title and title.casefold() == segment.casefold()


def looks_like_article(page: ArticlePage, fields: dict, *, url_says_article: bool) -> bool:
    """Whether the page is archived as an article (see `not_article_reason`)."""
    return not_article_reason(page, fields, url_says_article=url_says_article) is None
