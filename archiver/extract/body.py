"""Where the article's text is, on a template nobody described: found from the headline.

Shallow text features in boilerpipe's manner: every block of running text (an element holding
only inline content) scores its length without its link text; a block mostly made of links is a
teaser or a menu and scores nothing. Each block's score goes to itself and its parent, half to its
grandparent, and the best-scoring element that starts after the headline (or holds it) is the
body. Scoring stops at a "Tin liên quan" / "Tin khác" heading after the headline: what follows it
is other articles' teasers and leads. Anchoring on the headline keeps a sidebar printed before the
article out, whatever its markup, and working on the page's own elements keeps captions, files and
the byline where they are.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml import etree

from archiver.extract.boilerplate import is_related_heading
from archiver.extract.captions import has_image, holds_a_caption
from archiver.extract.layout import INLINE_TAGS, element_text, is_permalink, not_content
from archiver.extract.text import normalize_text

#: The evidence a page names for a body `find_body` found.
FOUND_BODY = "running text after the headline"
#: A block shorter than this (characters without links) is a label, a date, a button.
MIN_BLOCK_CHARS = 25
#: A block whose text is more than this share links is a teaser or a menu.
MAX_LINK_SHARE = 0.5
#: A child scoring this share of its parent's score, and holding this share of its text, is the
#: text's own block (paragraphs beside an inner block of more paragraphs are text too).
DOMINANT_CHILD_SCORE = 0.8
DOMINANT_CHILD_TEXT = 0.7
#: A body must hold at least this much running text, else the caller falls back.
MIN_BODY_SCORE = 200
#: A link's path that ends in a file's extension other than a web page's (`.pdf`, `.docx`, `.zip`).
FILE_PATH = re.compile(r"\.(?!html?$|php\d?$|aspx?$|jsp$|cfm$)[a-z0-9]{2,5}$", re.I)


def _is_leaf(el: etree._Element) -> bool:
    return all(isinstance(c.tag, str) and c.tag in INLINE_TAGS for c in el)


def _link_chars(el: etree._Element) -> int:
    return sum(len(element_text(a).strip()) for a in el.iter("a"))


def link_dense(el: etree._Element) -> bool:
    """A block whose text is mostly link text (a teaser, a menu, a tag list)."""
    text = len(element_text(el).strip())
    return bool(text) and _link_chars(el) > MAX_LINK_SHARE * text


def _loose_text_chars(el: etree._Element) -> int:
    """Characters of running text written straight into a block that also holds blocks: its own
    text, its children's tails and the text of its inline children, links left out.

    Old table templates write each paragraph as `<font>…</font><br><br>` in the cell that also
    holds an image's `<div>`: counting only the bare text and tails scores such a body nothing,
    and the page then falls back to a whole-page reader that takes in the masthead and menu."""
    chars = len((el.text or "").strip())
    for child in el:
        chars += len((child.tail or "").strip())
        if isinstance(child.tag, str) and child.tag in INLINE_TAGS and child.tag != "a":
            chars += len(element_text(child).strip()) - _link_chars(child)
    return chars


def find_body(root: etree._Element, headline: etree._Element | None) -> etree._Element | None:
    """The element holding the article's running text (see the module docstring), or None."""
    order: dict[etree._Element, int] = {}
    scores: dict[etree._Element, float] = {}
    skip_below: etree._Element | None = None
    start = None
    for i, el in enumerate(root.iter()):
        order[el] = i
        if el is headline:
            start = i
        if not isinstance(el.tag, str):
            continue
        if skip_below is not None:
            if any(a is skip_below for a in el.iterancestors()):
                continue
            skip_below = None
        if not_content(el) and el.tag != "a":
            skip_below = el
            continue
        if el.tag in INLINE_TAGS:
            continue
        if _is_leaf(el):
            text = element_text(el).strip()
            if start is not None and len(text) < MIN_BLOCK_CHARS and is_related_heading(
                    normalize_text(text)):
                break  # "Tin liên quan": what follows is other articles
            if len(text) < MIN_BLOCK_CHARS or link_dense(el):
                continue
            text_len = len(text) - _link_chars(el)
        else:  # running text directly in a block that also holds blocks
            text_len = _loose_text_chars(el)
            if text_len < MIN_BLOCK_CHARS:
                continue
        parent = el.getparent()
        grandparent = parent.getparent() if parent is not None else None
        for node, weight in ((el, 1.0), (parent, 1.0), (grandparent, 0.5)):
            if node is not None and node.tag != "html":
                scores[node] = scores.get(node, 0.0) + weight * text_len
    if not scores:
        return None
    start = start or 0

    def eligible(el: etree._Element) -> bool:
        if headline is None or order.get(el, 0) > start:
            return True
        return any(a is el for a in headline.iterancestors())

    best = max((el for el in scores if eligible(el) and el.tag != "body"),
               key=lambda el: (scores[el], -order.get(el, 0)), default=None)
    if best is None or scores[best] < MIN_BODY_SCORE:
        return None
    return _text_split_by_images(_text_holder(best, scores), scores)


def _text_holder(best: etree._Element, scores: dict[etree._Element, float]) -> etree._Element:
    """The child of `best` that holds nearly all its text, if one does (and its child, …): text
    written straight into a block (lines broken by `<br>`) gives its parent as much as itself,
    and the parent then also holds the lead or a note printed beside the text."""
    while True:
        child = max((c for c in best if c in scores), key=lambda c: scores[c], default=None)
        if child is None or scores[child] < DOMINANT_CHILD_SCORE * scores[best] or len(
                element_text(child).strip()) < DOMINANT_CHILD_TEXT * len(element_text(best).strip()):
            return best
        best = child


#: How far above the best block the text's other blocks may be joined (`_text_split_by_images`):
#: a builder's text element wraps its paragraphs once or twice.
SPLIT_TEXT_LEVELS = 3


def _text_split_by_images(best: etree._Element, scores: dict[etree._Element, float],
                          ) -> etree._Element:
    """The element holding `best` and the blocks of the same text it was cut into around the
    pictures: a page builder composes a post of content elements, one text element for each run
    of paragraphs and an image element for each picture between them (WPBakery's `[vc_column_text]`
    and `[vc_single_image]`, printed as sibling `div.wpb_text_column` and `div.wpb_single_image`;
    Elementor's `elementor-widget-text-editor` and `elementor-widget-image`). The best block is
    then only the longest run. Its ancestor (up to `SPLIT_TEXT_LEVELS` up) is the body when that
    ancestor's children include another block of running text of the same markup (tag and
    class) as the one on the way up, and only such blocks and images with no more than a caption
    stand between them: a list of teasers has no picture-only block between its items, and a
    block of other markup (a sidebar, a related box) is never joined."""
    node = best
    for _ in range(SPLIT_TEXT_LEVELS):
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        kids = [c for c in parent if isinstance(c.tag, str)]
        runs = [i for i, c in enumerate(kids) if c in scores and c.tag == node.tag
                and c.get("class") == node.get("class")]
        if len(runs) > 1 and all(i in runs or has_image(c) and holds_a_caption(c)
                                 for i, c in enumerate(kids[runs[0]:runs[-1] + 1], runs[0])) \
                and any(i not in runs for i in range(runs[0], runs[-1] + 1)):
            return parent
        node = parent
    return best


def is_download_button(el: etree._Element) -> bool:
    """A link marked as a file download, standing outside any paragraph: HTML's `download`
    attribute, or a button-styled link (Bootstrap's `btn`) to a file. CodeRed CMS's document
    block and Bootstrap themes' "Tải về" buttons print the file's title this way: the link is an
    attachment (`ArticlePage.attachments` reads it from the same element), not a line of text.
    A file linked from a sentence or a paragraph of its own stays in the text."""
    if el.tag != "a" or any(a.tag == "p" for a in el.iterancestors()):
        return False
    if el.get("download") is not None:
        return True
    path = urlsplit(el.get("href", "").strip()).path
    return "btn" in el.get("class", "").split() and bool(FILE_PATH.search(path))


def lightbox_trigger(el: etree._Element) -> bool:
    """An in-page link around an image (`<a href="#" id="pop"><img></a>`): the trigger a
    lightbox or modal script opens the photo from (NukeViet 4's news `detail.tpl` prints the
    article's photo so, its caption in the `<em>` under it). It has no words, as a permalink's
    symbol has none, but it is the photo, and the line under it is the photo's caption."""
    return has_image(el)


def excluded_parts(body: etree._Element) -> set[etree._Element]:
    """Elements inside a found body that are never its text: widgets, related boxes, comments
    (by their markup), link-dense blocks (teaser lists), download buttons and permalink anchors
    (`is_permalink`: Sphinx's "#" after every section heading and figure caption; not one that
    holds an image, `lightbox_trigger`)."""
    out: set[etree._Element] = set()
    for el in body.iterdescendants():
        if isinstance(el.tag, str) and (is_download_button(el) or is_permalink(el)
                                        and not lightbox_trigger(el)):
            out.add(el)
        if not isinstance(el.tag, str) or el.tag in INLINE_TAGS:
            continue
        if not_content(el) or (_is_leaf(el) and link_dense(el)
                               and len(element_text(el).split()) >= 4):
            out.add(el)
    return out
