"""Rules that read a page's structure where its class words say nothing (issue 10's class-blind
experiment: every class an opaque token, as a CSS-module build prints them): a tag archive of one
teaser whose date is the teaser's (`listing.dated_by_a_teaser`), and the page's description
printed as a line under the headline, above the date and byline (`_is_described_line`)."""

import pytest

from archiver.extract.listing import dated_by_a_teaser, not_article_reason
from archiver.extract.page import ArticlePage
from tests import generic_pages as g

SIDE = ('<div class="_9f1c2a"><div class="_0b7e44">Quỹ "Vì người nghèo"</div><p>Tổng số tiền '
        'vận động: 42,6 tỷ đồng, cập nhật đến ngày 25/11/2026.</p></div>'
        '<div class="_0b7e44">Đoàn kết, đoàn kết, đại đoàn kết - Thành công, thành công, đại '
        'thành công</div>')
SUMMARY = ("Trung tâm Y tế huyện phối hợp với UBND các xã, thị trấn tổ chức 12 điểm tiêm, ưu "
           "tiên người từ 65 tuổi trở lên và lực lượng tuyến đầu chống dịch.")


def shell(title: str, main: str, head: str = "") -> str:
    return f"""<html><head><meta charset="utf-8"><title>{title}</title>{head}</head><body>
<div class="_c3a1f0"><div class="_77e0b2">ỦY BAN MTTQ VIỆT NAM TỈNH HÀ LÂM</div></div>
<ul class="_8da4c4"><li><a href="/">Trang chủ</a></li><li><a href="/kinh-te-c74.html">Kinh tế</a></li></ul>
<div class="_76497d"><div class="_48b883">{main}</div><div class="_5e02aa">{SIDE}</div></div>
<div class="_2b9d31">Bản quyền thuộc Ủy ban MTTQ Việt Nam tỉnh Hà Lâm.</div></body></html>"""


def judged(html: str, url: str) -> tuple[ArticlePage, str | None]:
    p = ArticlePage(url, html)
    return p, not_article_reason(p, p.fields(), url_says_article=False)


@pytest.mark.parametrize("teasers", [1, 2])
def test_a_tag_archive_of_one_or_two_teasers_is_no_article(teasers: int) -> None:
    """A tag page headed by the tag's name, its teasers (thumbnail, title link, date, excerpt)
    in opaque classes: the date read is the first teaser's, so the page is no article."""
    items = "".join(
        f'<div class="_093555"><img class="_275d54" src="/thumb.jpg" alt=""><a class="_7a7160" '
        f'href="/bai-viet-so-{i}-a45{i}.html">{t}</a><div class="_4254e0">{d}</div>'
        f'<div class="_37e7d4">{SUMMARY}</div></div>' for i, (t, d) in enumerate(g.TEASERS[:teasers]))
    p, reason = judged(shell("tiêm chủng", f'<div class="_d7bd03">tiêm chủng</div>{items}'),
                       "http://127.0.0.1:8080/tu-khoa/tiem-chung.html")
    assert dated_by_a_teaser(p)
    assert reason is not None


def test_an_article_with_a_related_box_keeps_its_own_date() -> None:
    """An article in opaque classes: its date line under its headline, its text, then a
    "Tin liên quan" box of dated titles. The date is the article's, not a teaser's."""
    related = "".join(f'<li><a href="/bai-{i}-a9{i}.html">{t}</a> - {d}</li>'
                      for i, (t, d) in enumerate(g.TEASERS[:3]))
    main = (f'<div class="_1a2b3c"><a href="/">Trang chủ</a> » <a href="/kinh-te-c74.html">Kinh '
            f'tế</a></div><h2 class="_aa11bb">{g.TITLE}</h2><div class="_cc22dd">14/03/2019 08:30'
            f'</div><div class="_ee33ff">{g.BODY_HTML}</div><div class="_123456"><div>Tin liên '
            f'quan</div><ul>{related}</ul></div>')
    p, reason = judged(shell(g.TITLE, main), "http://127.0.0.1:8080/chuyen-doi-so-a12.html")
    assert p.fields()["published"].startswith("2019-03-14T08:30")
    assert not dated_by_a_teaser(p)
    assert reason is None


def hugo_post(description: str, lead_line: str) -> str:
    """A Hugo post in opaque classes: headline, a line under it, then the meta line with the date,
    time and writer, then the text."""
    head = (f'<meta name="description" content="{description}"><meta name="generator" '
            f'content="Hugo 0.121.1">')
    main = (f'<article><header><h1 class="_2960f4">{g.TITLE}</h1>{lead_line}<div class="_f94aae">'
            f'<span>14/03/2019 08:30</span>&nbsp;·&nbsp;2 phút đọc&nbsp;·&nbsp;Minh Hà</div>'
            f'</header><div class="_407c5a">{g.BODY_HTML}</div></article>')
    return shell(g.TITLE, main, head)


def test_the_description_printed_under_the_headline_is_part_of_the_header() -> None:
    """The page's description printed as a line between the headline and the meta line, no class
    naming it: the date, time and writer below it are still the header's."""
    p = ArticlePage("http://127.0.0.1:8080/2019/03/14/chuyen-doi-so/",
                    hugo_post(SUMMARY, f'<div class="_0884b3">{SUMMARY}</div>'))
    fields = p.fields()
    assert fields["published"].startswith("2019-03-14T08:30")
    assert fields["authors"] == ["Minh Hà"]


def test_a_line_under_the_headline_the_description_does_not_repeat_is_no_lead() -> None:
    """The same line under the headline with a description that says something else: it is no
    lead by this rule (the header is read as before)."""
    p = ArticlePage("http://127.0.0.1:8080/2019/03/14/chuyen-doi-so/",
                    hugo_post("Một mô tả khác hẳn của trang, không phải dòng dưới tiêu đề này.",
                              f'<div class="_0884b3">{SUMMARY}</div>'))
    assert not p._is_described_line(SUMMARY)
    p = ArticlePage("http://127.0.0.1:8080/2019/03/14/chuyen-doi-so/",
                    hugo_post(SUMMARY, f'<div class="_0884b3">{SUMMARY}</div>'))
    assert p._is_described_line(SUMMARY)


def card(i: int, title: str, date: str, excerpt: str = SUMMARY) -> str:
    """A PaperMod-like card in opaque classes: a heading (no link), an excerpt, a date, and an
    empty link to the post laid over the card."""
    return (f'<article class="_d31cdb"><header class="_7a683e"><h2 class="_6aa68b">{title}</h2>'
            f'</header><div class="_dea920"><p>{excerpt}</p></div><footer class="_c9c2c2"><span>'
            f'{date}</span></footer><a class="_afd0f8" aria-label="post link to {title}" '
            f'href="/2019/03/{i:02d}/bai-{i}/"></a></article>')


def test_a_category_page_of_one_overlaid_card_is_no_article() -> None:
    """A category's last page holding one card, whole card clickable by an empty overlay link:
    its heading and excerpt are a teaser's, whatever the card's class."""
    title, date = g.TEASERS[0]
    html = f"""<html><head><meta charset="utf-8"><title>Văn hóa - Xã hội</title></head><body>
<header class="_5a387e"><nav><a href="/">Đoàn TNCS Hồ Chí Minh huyện Phú Lâm</a><ul>
<li><a href="/">Trang chủ</a></li><li><a href="/categories/kinh-te/">Kinh tế</a></li></ul></nav></header>
<main class="_cfb331"><header
class="_56c6aa"><h1>Văn hóa - Xã hội</h1></header>{card(1, title, date, g.PARAGRAPHS[0])}<footer><nav><a
href="/categories/van-hoa-xa-hoi/">« Trang trước</a></nav></footer></main>
<footer class="_2b9d31"><span>© 2026 <a href="/">Đoàn TNCS Hồ Chí Minh huyện Phú Lâm</a></span>
</footer></body></html>"""
    p, reason = judged(html, "http://127.0.0.1:8080/categories/van-hoa-xa-hoi/page/2/")
    assert p.fields()["published"] and reason is not None


def test_an_article_beside_a_sidebar_card_stays_an_article() -> None:
    """An article whose sidebar holds an overlaid card: the card is no part of its text."""
    title, date = g.TEASERS[0]
    main = (f'<h1 class="_2960f4">{g.TITLE}</h1><div class="_f94aae">14/03/2019 08:30</div>'
            f'<div class="_407c5a">{g.BODY_HTML}</div><aside>{card(1, title, date)}</aside>')
    p, reason = judged(shell(g.TITLE, main), "http://127.0.0.1:8080/2019/03/14/chuyen-doi-so/")
    assert reason is None
