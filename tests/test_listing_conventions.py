# ruff: noqa: E501 - page markup reads best one element per line, as a CMS prints it
"""Listings recognised by conventions many CMSs and generators share (archiver.extract.listing)."""

import pytest

from archiver.extract.listing import (
    LISTING_BODY_CLASSES,
    _teasers,
    body_class_says,
    excerpts,
    is_read_more,
    not_article_reason,
)
from archiver.extract.page import ArticlePage
from tests import generic_pages as g

LIST_URL = "http://127.0.0.1:8080/authors/minh-ha/"


def card_listing(body_class: str) -> str:
    """An author page of cards as Hugo's PaperMod prints them: each card's title an `h2` that is
    no link, its excerpt, its date, and a link with no text laid over the whole card."""
    cards = "".join(
        f'<article class="post-entry"><header class="entry-header"><h2>{t}</h2></header>'
        f'<div class="entry-content"><p>{g.PARAGRAPHS[i % 3]}</p></div><footer class="entry-footer">'
        f'<span>{d}</span></footer><a class="entry-link" aria-label="post link to {t}" '
        f'href="/2019/03/{i:02d}/p{i}/"></a></article>' for i, (t, d) in enumerate(g.TEASERS))
    return f"""<html><head><title>Minh Hà | Đoàn TNCS huyện Tiên Yên</title></head>
<body class="{body_class}" id="top"><header class="header"><nav class="nav"><div class="logo"><a href="/">Đoàn TNCS huyện Tiên Yên</a></div></nav></header>
<main class="main"><header class="page-header"><h1>Minh Hà</h1></header>{cards}</main></body></html>"""


def reason_for(html: str, url: str = LIST_URL) -> str | None:
    page = ArticlePage(url, html)
    return not_article_reason(page, page.fields(), url_says_article=False)


@pytest.mark.parametrize("word", sorted({w for words in LISTING_BODY_CLASSES.values() for w in words}))
def test_a_body_class_naming_a_listing_makes_the_card_page_one(word: str) -> None:
    assert reason_for(card_listing(f"{word} dark")) == "the <body> class names a listing or archive"


def test_cards_under_empty_overlay_links_make_a_listing() -> None:
    """PaperMod's cards with no body class to go by: each card's title is no link, an empty link
    (named by `aria-label` only) is laid over the card; the cards are teasers all the same."""
    reason = reason_for(card_listing(""))
    assert reason is not None and "teaser" in reason


def test_an_empty_link_over_a_card_to_the_page_itself_is_no_teaser() -> None:
    """The same cards with their empty links to the page itself (a permalink overlay on the
    page's own sections) are no teasers of other pages."""
    html = card_listing("").replace('href="/2019/03/', 'href="/authors/minh-ha/#')
    page = ArticlePage(LIST_URL, html)
    page.fields()
    assert _teasers(page) == (0, [])


def test_an_icon_link_in_a_card_is_a_button_not_an_overlay() -> None:
    """A link holding a font icon ("share", "edit") beside a heading lays over no card."""
    html = card_listing("").replace('"></a></article>', '"><i class="fa fa-share"></i></a></article>')
    page = ArticlePage(LIST_URL, html)
    page.fields()
    assert _teasers(page) == (0, [])


@pytest.mark.parametrize("word", ["post-template", "single"])
def test_a_body_class_naming_one_post_wins(word: str) -> None:
    assert body_class_says(ArticlePage(LIST_URL, card_listing(f"{word} list"))) == "article"


@pytest.mark.parametrize(("text", "opens_elsewhere"), [
    ("(more…)", True),        # WordPress's `the_content()` default
    ("More...", True),
    ("Read more »", True),
    ("Xem chi tiết", True),
    ("Permalink", True),
    ("More", False),          # a box's link to more of a section, like "Xem thêm"
    ("Xem thêm", False),
])
def test_which_link_texts_read_on_elsewhere(text: str, opens_elsewhere: bool) -> None:
    assert is_read_more(text) is opens_elsewhere


def test_an_article_with_a_bare_more_link_beside_its_text_stays_an_article() -> None:
    """"More" beside the text leads to more of the section, not to the rest of this text."""
    html = (f'<html><head><title>{g.TITLE}</title></head><body><div class="post">'
            f'<h1>{g.TITLE}</h1><div class="date">14/03/2019 08:30</div>'
            f'<div class="text">{g.BODY_HTML}</div><a href="/chuyen-muc/tin-tuc/">More</a></div>'
            f'</body></html>')
    assert reason_for(html, url="http://127.0.0.1:8080/2019/03/14/bai/") is None


@pytest.mark.parametrize("ending", ["[…]", "[...]", "[ … ]", "Xem tiếp »", "Đọc tiếp", "chi tiết"])
def test_excerpts_cut_by_a_generator_are_counted(ending: str) -> None:
    """Leads cut by WordPress's `excerpt_more` or closed by a portal's read-on words."""
    text = "".join(f"<p>{para} {ending}</p>" for para in g.PARAGRAPHS)
    html = (f"<html><head><title>Tin tức</title></head><body><h1>Tin tức</h1>"
            f'<div class="list">{text}</div></body></html>')
    page = ArticlePage("http://127.0.0.1:8080/tin-tuc/", html)
    assert excerpts(page) == len(g.PARAGRAPHS)
