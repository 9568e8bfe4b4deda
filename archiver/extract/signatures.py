"""How a writer signs an article after its text: a bare name set apart as a signature (set
right, in bold or italics, in an `address` or the article's `footer`), and the title row of a box
of the article's facts ("Thông tin bài viết" over "Tác giả:" | name), which the search for a
byline after the text passes over. The labelled byline itself is `bylines`'; where these are
looked for is `page_authors.AuthorParts._byline_after_body`'s."""

from __future__ import annotations

import re

from lxml import etree

from archiver.extract.boilerplate import is_boilerplate
from archiver.extract.bylines import parse_byline
from archiver.extract.captions import block_marks

#: A box's title is this short at most ("Thông tin bài viết", "Article details").
BOX_TITLE_WORDS = 6
#: The tags that title a box: a table's caption, a fieldset's legend, a header cell, a heading.
BOX_TITLE_TAGS = frozenset({"caption", "legend", "th", "h2", "h3", "h4", "h5", "h6"})


def titles_a_box(el: etree._Element) -> bool:
    """The element titles the box under it: a table's `caption`, a `legend`, a header cell, a
    heading, or a cell spanning the row above the label and value cells ("Thông tin bài viết"
    over rows of "Tác giả:" | name, "Nguồn:" | …, "Lượt xem:" | …: a box of the article's facts
    as WebForms and PHP portals print their record's fields after the text). The box's rows
    come next: a label cell ("Tác giả:") under the title says the box is one of facts, not of
    links."""
    if el.tag in BOX_TITLE_TAGS:
        return True
    span = (el.get("colspan") or "").strip()
    return el.tag == "td" and span.isdigit() and int(span) > 1


#: Class words that set a block right: Bootstrap 4's `text-right`, Bootstrap 5's `text-end`,
#: the block editor's `has-text-align-right`, Foundation's and Tailwind's `text-right`.
RIGHT_CLASS = re.compile(r"(?<![\w-])(?:text-right|text-end|has-text-align-right|align-right)(?![\w-])",
                         re.IGNORECASE)
#: Inline tags a signature is set in: bold, italic, a citation.
SIGNATURE_INLINE = ("b", "strong", "em", "i", "cite")
#: Blocks that hold who wrote the article by their meaning: HTML's `address` ("the contact
#: information for its nearest article") and an article's own `footer` ("who wrote it").
SIGNATURE_BLOCKS = ("address", "footer")


def _set_apart(el: etree._Element) -> bool:
    """The line's block is set apart as a signature: set right (`align=right`, `text-align:right`
    as `block_marks` reads them, or a framework's `RIGHT_CLASS`), wholly in bold or italics, or
    an `address` or the article's `footer` (`SIGNATURE_BLOCKS`)."""
    parent = el.getparent()
    for block in (el, parent):
        if block is not None and ("right" in block_marks(block) or block.tag in SIGNATURE_BLOCKS
                                  or RIGHT_CLASS.search(block.get("class") or "")):
            return True
    if el.tag in SIGNATURE_INLINE:
        return True
    children = [c for c in el if isinstance(c.tag, str)]
    return len(children) == 1 and children[0].tag in SIGNATURE_INLINE \
        and not (el.text or "").strip() and not (children[0].tail or "").strip()


def closing_signature(line: str, el: etree._Element) -> list[str] | None:
    """The writers a bare name right after the text names when it is set apart as a signature
    (`_set_apart`: set right, in bold or italics, in an `address`): Vietnamese papers and
    portals sign an article with the writer's name on its own line at the end, bold and set
    right (VnExpress's `<p class="Normal" style="text-align:right;"><strong>Lê
    Phương</strong></p>`; shared/docs/portals.md: "a short bold line at the end"), and a
    template may print that line in a cell of its own after the text's element. None for a
    line that is no such signature (a heading, a link, a button's or a box's words: "Chia Sẻ",
    "Lượt Xem")."""
    if el.tag in BOX_TITLE_TAGS or next(el.iter("a"), None) is not None \
            or next(el.iterancestors("a"), None) is not None or is_boilerplate(line) \
            or not _set_apart(el):
        return None
    return parse_byline(line, closing=True) or None
