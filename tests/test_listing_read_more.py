"""A listing that prints its newest item whole, with a "read more" link to the item's own page
(`archiver.extract.listing.reads_on_elsewhere`), is no article; an article whose links out stand
in its sentences, in a labelled box or lead to files stays one."""

import pytest

from archiver.extract.listing import not_article_reason, reads_on_elsewhere
from archiver.extract.page import ArticlePage
from tests import generic_pages as g

URL = "http://127.0.0.1:8080/chuyen-muc/van-hoa"
SECTION = "Văn hóa - Xã hội"
DATE = "14/03/2019 08:30"


def page(main: str, title: str = g.TITLE) -> str:
    """A portal page titled `title` around `main`: a menu, a sidebar of dated teasers, a
    footer."""
    side = "".join(f'<div class="item"><a href="/bai/{i}">{t}</a> {d}</div>'
                   for i, (t, d) in enumerate(g.TEASERS[:4]))
    return f"""<html><head><meta charset="utf-8"><title>{title}</title></head><body>
<div class="menu"><a href="/">Trang chủ</a> <a href="/chuyen-muc/van-hoa">{SECTION}</a></div>
<div class="main">{main}</div><div class="side"><div class="head">Tin mới</div>{side}</div>
<div class="footer">Bản quyền thuộc Ủy ban nhân dân huyện Tiên Yên</div></body></html>"""


def post(link: str = "", after: str = "") -> str:
    """One whole post: its headline (no link), its text, its date, a link beside them."""
    return (f'<div class="post">{link}<span class="post-title">{g.TITLE}</span>'
            f'<div class="post-text">{g.BODY_HTML}</div><div class="post-date">{DATE}</div>'
            f'{after}</div>')


def judged(html: str, url: str = URL) -> tuple[ArticlePage, str | None]:
    p = ArticlePage(url, html)
    return p, not_article_reason(p, p.fields(), url_says_article=False)


@pytest.mark.parametrize("link", [
    '<a href="/bai/99">Xem chi tiết</a>',  # a portal product's section page, link above the item
    '<a class="more-link" href="/2019/03/14/chuyen-doi-so/#more-12">Continue reading »</a>',
    '<a href="/bai/99">Chi tiết »</a>',
    '<a class="readon" href="/bai/99">Đọc tiếp...</a>',  # Joomla 1.5's blog layout
    '<a href="/bai/99">Permalink</a>',  # Chronicle's and Blosxom's themes, under each post
])
@pytest.mark.parametrize("where", ["before", "after"])
def test_a_listing_printing_its_first_item_whole_is_not_an_article(link: str, where: str) -> None:
    """A section page whose newest item is printed whole, with the older items' titles below
    it: the "read more" link opens the item at its own address, so the page is no article
    (headed by the section's name, which `<title>` repeats, it passes every other rule)."""
    titles = "".join(f'<div class="row">» <a href="/bai/{i}">{t}</a> ({d})</div>'
                     for i, (t, d) in enumerate(g.TEASERS[1:3]))
    item = post(link=link) if where == "before" else post(after=link)
    p, reason = judged(page(f'<div class="list-head">{SECTION}</div>{item}{titles}', SECTION))
    assert reads_on_elsewhere(p)
    assert reason is not None


@pytest.mark.parametrize("link", [
    '<a href="/files/ke-hoach-45.pdf">Xem chi tiết</a>',  # the document it announces
    '<a href="#binh-luan">Xem chi tiết</a>',              # a place on the page itself
    '<a href="https://vbpl.vn/van-ban/45">Xem chi tiết</a>',  # another site
    '<a href="/chuyen-muc/van-hoa">Xem thêm</a>',           # more of its section
])
def test_an_article_with_a_link_beside_its_text_is_an_article(link: str) -> None:
    p, reason = judged(page(post(after=link)), url="http://127.0.0.1:8080/bai/99")
    assert not reads_on_elsewhere(p)
    assert reason is None


def test_a_read_more_link_to_the_page_itself_says_nothing() -> None:
    """A headline block that links "Chi tiết" to the page's own address (its permalink)."""
    p, reason = judged(page(post(link='<a href="/bai/99">Chi tiết</a>')),
                       url="http://127.0.0.1:8080/bai/99")
    assert not reads_on_elsewhere(p)
    assert reason is None


def test_a_read_more_link_far_from_the_text_says_nothing() -> None:
    """A "Chi tiết" link in a box the text's block does not hold (a sidebar's notice) is the
    box's, not the text's."""
    box = '<div class="notice">Lịch tiếp công dân tháng 3 <a href="/bai/7">Chi tiết</a></div>'
    html = page(post()).replace('<div class="side">', f'<div class="side">{box}')
    p, reason = judged(html, url="http://127.0.0.1:8080/bai/99")
    assert not reads_on_elsewhere(p)
    assert reason is None
