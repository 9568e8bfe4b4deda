"""What a learned template carries beyond selectors (archiver.extract.template): each rule fails
without it. The pages are a commune portal's template no rule knows; only repetition reveals it."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from archiver.extract.listing import learned_reason
from archiver.extract.page import ArticlePage
from archiver.extract.template import (
    LearnedTemplate,
    TemplateLearner,
    before_repeated_heading,
    is_box_heading,
    repeated_boxes,
)

URL = "http://127.0.0.1/tin-tuc/bai-{}.html"
#: No list of "related" headings knows it: only its repetition across pages tells.
HEADING = "Bài viết cùng chủ đề"


def _paragraphs(i: int, n: int = 4) -> str:
    return "".join(
        f"<p>Đoạn {k} của bài {i}: UBND xã Hồng Phong tổ chức hội nghị triển khai nhiệm vụ phát "
        f"triển kinh tế xã hội năm {2000 + i}, với sự tham gia của đông đảo cán bộ và nhân dân "
        f"trên địa bàn xã số {i * 7 + k}.</p>" for k in range(n))


def _teasers(i: int, cards: bool) -> str:
    """Other articles' teasers, different on every page: no block of them repeats."""
    if cards:
        return "".join(
            f'<div class="item"><a href="/tin-tuc/bai-{j}.html"><img src="/a{j}.jpg"></a><p>Xã '
            f"Hồng Phong ra quân làm đường giao thông nông thôn đợt {j}, cán bộ và nhân dân cùng "
            f'tham gia <a href="/tin-tuc/bai-{j}.html">Chi tiết</a></p></div>'
            for j in range(i + 1, i + 4))
    return "".join(f'<p><a href="/tin-tuc/bai-{j}.html">Xã Hồng Phong ra quân làm đường giao '
                   f"thông nông thôn đợt {j}</a> - ngày {j}/3/2024, cán bộ và nhân dân cùng tham "
                   "gia làm đường.</p>" for j in range(i + 1, i + 4))


def boxed_article(i: int, cards: bool = False) -> str:
    return (f"<html><head><title>Bài số {i}</title></head><body><div class='khung'>"
            f"<h1>Bài số {i} về hội nghị xã Hồng Phong</h1>"
            f"<div class='ngay'>Ngày {1 + i % 27:02d}/03/2024 08:{10 + i:02d}</div>"
            f"<div class='noidung'>{_paragraphs(i)}<div class='more'><b>{HEADING}</b>"
            f"{_teasers(i, cards)}</div></div></div></body></html>")


def learned_from(pages: list[tuple[str, str]]) -> LearnedTemplate:
    learner = TemplateLearner("hp")
    for url, html in pages:
        page = ArticlePage(url, html)
        page.fields()
        learner.add(url, page.field_elements(), page.short_blocks(), page.body_lines(),
                    page.meta.keywords)
    return learner.result()


@pytest.mark.parametrize("cards", [False, True])
def test_a_box_a_repeated_heading_heads_is_no_body(cards: bool) -> None:
    pages = [(URL.format(i), boxed_article(i, cards)) for i in range(1, 7)]
    assert "ra quân" in ArticlePage(*pages[0]).fields()["body"]  # no rule knows the box
    learned = learned_from(pages)
    assert HEADING in learned.box_headings
    body = ArticlePage(*pages[0], template=learned).fields()["body"]
    assert "ra quân" not in body and HEADING not in body
    assert body.count("Đoạn ") == 4


def test_box_headings_are_short_lines_that_are_no_sentence() -> None:
    assert is_box_heading("Tin cùng chuyên mục") and is_box_heading("Các tin đã đưa:")
    assert not is_box_heading("Mời bạn đọc gửi ý kiến về Ban biên tập.")
    assert not is_box_heading("Ủy ban nhân dân xã Hồng Phong huyện Tiên Yên tỉnh Quảng Ninh chào")


def test_a_repeated_heading_over_most_of_the_text_cuts_nothing() -> None:
    """A heading the template prints above the article's own text ("Nội dung") heads the body."""
    root = lxml_html.fromstring(f"<div><b>Nội dung</b>{_paragraphs(1)}<p><a href='/a'>A</a> "
                                "<a href='/b'>B</a></p></div>")
    assert repeated_boxes(root, frozenset({"Nội dung"})) == set()


def test_a_label_over_its_value_is_no_box() -> None:
    root = lxml_html.fromstring(f"<div>{_paragraphs(1)}<div><b>Tác giả:</b> "
                                "<a href='/tac-gia/ha'>Minh Hà</a></div></div>")
    assert repeated_boxes(root, frozenset({"Tác giả:"})) == set()


def test_a_flat_box_in_a_rebuilt_body_ends_the_text() -> None:
    text = ["Đoạn một của bài viết, đủ dài để là phần lớn của bài." * 3, "Đoạn hai." * 20,
            HEADING, "Xã ra quân đợt 1", "Xã ra quân đợt 2"]
    assert before_repeated_heading(text, frozenset({HEADING})) == text[:2]
    assert before_repeated_heading(text[2:], frozenset({HEADING})) == text[2:]  # first: no cut


def _note_beside(i: int) -> str:
    """The article's text column beside a box of text as long as it, in one frame."""
    return (f"<html><body><div class='khung'><h1>Hội nghị xã Hồng Phong năm {2000 + i}</h1>"
            "<div class='ngay'>Ngày 01/03/2024 08:10</div>"
            f"<div class='noidung'>{_paragraphs(i, 1)}</div><div class='note'><p>Thông tin trên "
            "trang chỉ mang tính tham khảo, mọi thắc mắc xin liên hệ văn phòng Ủy ban nhân dân xã "
            "Hồng Phong qua số điện thoại đường dây nóng được niêm yết công khai tại trụ sở.</p>"
            "</div></div></body></html>")


def test_text_outside_the_learned_body_container_is_no_body() -> None:
    page = ArticlePage(URL.format(1), _note_beside(1))
    assert "tham khảo" in page.fields()["body"]  # the frame holding both was taken
    learned = LearnedTemplate("hp", pages=10, hits={"body": {"div.noidung": 7}})
    assert learned.body_container() == "div.noidung" and learned.settled() == {}
    body = ArticlePage(URL.format(1), _note_beside(1), template=learned).fields()["body"]
    assert "tham khảo" not in body and body.startswith("Đoạn 0")
    rare = LearnedTemplate("hp", pages=10, hits={"body": {"div.noidung": 4}})
    assert rare.body_container() is None


def test_repeated_lines_are_no_lead_and_no_caption() -> None:
    lead = ("Cổng thông tin điện tử xã Hồng Phong trân trọng giới thiệu tới bạn đọc bài viết "
            "sau đây của phóng viên")
    credit = "Ảnh: Ban biên tập Cổng thông tin xã"
    html = (f"<html><body><div class='khung'><h1>Hội nghị xã Hồng Phong năm 2024</h1>"
            f"<div class='ngay'>Ngày 01/03/2024 08:10</div><div class='noidung'><p><b>{lead}</b>"
            f"</p><p><img src='/a.jpg'></p><p><i>{credit}</i></p>{_paragraphs(1)}</div></div>"
            "</body></html>")
    fields = ArticlePage(URL.format(1), html).fields()
    assert fields["summary"] == lead and fields["images"][0]["caption"] == credit
    learned = LearnedTemplate("hp", pages=10, boilerplate=[lead, credit])
    fields = ArticlePage(URL.format(1), html, template=learned).fields()
    assert fields["summary"] != lead and fields["images"][0]["caption"] is None
    assert lead not in fields["body"] and credit not in fields["body"]


def test_the_learned_url_shape_and_selectors_are_evidence_for_the_page_kind() -> None:
    learned = learned_from([(URL.format(i), boxed_article(i, True)) for i in range(1, 7)])
    assert learned.article_pattern and learned.settled().keys() >= {"title", "published"}
    page = ArticlePage(URL.format(9), boxed_article(9, True))
    assert learned_reason(page, page.fields(), url_says_article=False) is not None  # a listing?
    page = ArticlePage(URL.format(9), boxed_article(9, True), template=learned)
    assert learned.fits(page.url, page.sel.root) is True
    assert learned_reason(page, page.fields(), url_says_article=False) is None
    # a page of another shape whose headline and date no learned selector finds: no article
    about = ("<html><head><title>Hội nghị tổng kết công tác năm của xã Hồng Phong</title></head><body><div "
             "class='content'><h2>Hội nghị tổng kết công tác năm của xã Hồng Phong</h2><div>Cập nhật ngày "
             f"01/03/2024 08:00</div><div>{_paragraphs(1)}</div></div></body></html>")
    page = ArticlePage("http://127.0.0.1/trang/tong-ket.aspx", about)
    assert learned_reason(page, page.fields(), url_says_article=False) is None
    page = ArticlePage("http://127.0.0.1/trang/tong-ket.aspx", about, template=learned)
    assert learned_reason(page, page.fields(), url_says_article=False) == (
        "neither its URL nor its headline and date fit the source's learned article template")


def test_a_writer_who_signs_every_article_stays_its_author() -> None:
    """A commune portal with one writer: the closing name repeats on every page, yet is a byline."""
    def signed(i: int) -> str:
        return (f"<html><body><div class='khung'><h1>Bài số {i} về hội nghị xã Hồng Phong</h1>"
                f"<div class='ngay'>Ngày {1 + i:02d}/03/2024 08:10</div><div class='noidung'>"
                f"{_paragraphs(i)}<p style='text-align:right'><strong>Minh Hà</strong></p>"
                "</div></div></body></html>")
    learned = learned_from([(URL.format(i), signed(i)) for i in range(1, 7)])
    assert "Minh Hà" in learned.boilerplate
    fields = ArticlePage(URL.format(9), signed(9), template=learned).fields()
    assert fields["authors"] == ["Minh Hà"] and "Minh Hà" not in fields["body"]


def test_a_featured_lead_every_page_quotes_stays_in_its_own_body() -> None:
    """A box of the template ("Tin nổi bật") quotes a featured article's lead on every other page:
    the line repeats across the site, but inside a body on one page only, its own."""
    lead = ("Chiều 30/6, tại Trung tâm Hội nghị huyện, tỉnh tổ chức hội nghị công bố các nghị "
            "quyết về sắp xếp đơn vị hành chính.")

    def page(i: int) -> str:
        box = "" if i == 1 else f"<div class='noibat'><b>Tin nổi bật</b><p>{lead}</p></div>"
        own = f"<p>{lead}</p>" if i == 1 else ""
        return (f"<html><body>{box}<div class='khung'><h1>Bài số {i} về hội nghị xã Hồng Phong"
                f"</h1><div class='ngay'>Ngày {1 + i:02d}/03/2024 08:10</div><div class='noidung'>"
                f"{own}{_paragraphs(i)}</div></div></body></html>")
    learned = learned_from([(URL.format(i), page(i)) for i in range(1, 8)])
    assert lead in learned.boilerplate and lead not in (learned.body_boilerplate or [])
    body = ArticlePage(URL.format(1), page(1), template=learned).fields()["body"]
    assert body.startswith(lead)


def test_keywords_every_page_prints_are_the_sites_not_the_articles_tags() -> None:
    """BlazeBlogger writes its `blog.keywords` into every page's `<meta name="keywords">`, after a
    post's own `--keywords` (blaze-make's `%keywords%`): the values most pages share are the
    site's, no tags; a value of one page alone is that article's."""
    site = "xã Hồng Phong, tin tức, thông báo"

    def keyed(i: int, own: str = "") -> str:
        return boxed_article(i).replace(
            "</title>", f'</title><meta name="keywords" content="{own}{site}">')
    learned = learned_from([(URL.format(i), keyed(i)) for i in range(1, 7)])
    assert ArticlePage(URL.format(1), keyed(1)).fields()["tags"] == [
        "xã Hồng Phong", "tin tức", "thông báo"]  # one page alone cannot tell
    assert ArticlePage(URL.format(9), keyed(9), template=learned).fields()["tags"] == []
    assert ArticlePage(URL.format(9), keyed(9, "nông thôn mới, "),
                       template=learned).fields()["tags"] == ["nông thôn mới"]
