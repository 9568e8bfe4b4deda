"""Body rules that follow from documented conventions of real CMSes (archiver/extract/body.py,
boilerplate.py, page.py): download buttons are attachments, English "Related" boxes are not body,
a static generator's description repeats the text's opening rather than a sapo."""

from __future__ import annotations

import pytest

from archiver.extract.boilerplate import boilerplate_reason
from archiver.extract.page import extract_article
from tests import generic_pages as g

URL = "http://127.0.0.1:8080/tin-tuc/chuyen-doi-so/"
LEAD = "Sáng 14/3, huyện tổ chức hội nghị triển khai chuyển đổi số với sự tham dự của các xã."
FILE_TITLE = "Kế hoạch chuyển đổi số năm 2019 của huyện Tiên Yên"


def page(body: str, head: str = "") -> str:
    return (f"<html><head><title>{g.TITLE}</title>{head}</head><body><nav><a href='/'>Trang chủ"
            f"</a></nav><article><h1>{g.TITLE}</h1><p class='meta'>14/03/2019 08:30</p>"
            f"<div class='article-body'>{body}</div></article></body></html>")


@pytest.mark.parametrize("generator", ["Jekyll v4.3.1", "Docusaurus v3.10.2"])
def test_a_generator_written_description_keeps_the_first_paragraph_in_the_body(
        generator: str) -> None:
    """Jekyll (jekyll-seo-tag's `page.excerpt`) and Docusaurus write the description from the
    post's first paragraph: that paragraph is the text's opening, not a sapo to drop."""
    head = (f'<meta name="generator" content="{generator}"><meta name="description" '
            f'content="{LEAD}">')
    fields = extract_article(URL, page(f"<p>{LEAD}</p>{g.BODY_HTML}", head))
    assert fields["body"] == f"{LEAD}\n\n{g.BODY}"
    # without a generator the same repetition marks a CMS's sapo (see test_generic_extraction)
    plain = extract_article(URL, page(f"<p>{LEAD}</p>{g.BODY_HTML}",
                                      f'<meta name="description" content="{LEAD}">'))
    assert (plain["summary"], plain["body"]) == (LEAD, g.BODY)


@pytest.mark.parametrize("link", [
    f'<a class="btn btn-primary" href="/docs/4/ke-hoach.pdf">{FILE_TITLE}</a>',
    f'<a href="/docs/4/ke-hoach.pdf" download="/docs/4/ke-hoach.pdf" title="">{FILE_TITLE}</a>',
])
def test_a_download_button_is_an_attachment_not_body_text(link: str) -> None:
    """CodeRed CMS's document block: a `download` (or `btn`) link outside any paragraph."""
    fields = extract_article(URL, page(f"{g.BODY_HTML}{link}"))
    assert fields["body"] == g.BODY
    assert fields["attachments"] == [{"url": "http://127.0.0.1:8080/docs/4/ke-hoach.pdf",
                                      "title": FILE_TITLE}]


def test_a_file_linked_from_a_sentence_stays_in_the_body() -> None:
    sentence = (f'Ủy ban nhân dân huyện ban hành <a class="btn" href="/docs/4/ke-hoach.pdf">'
                f"{FILE_TITLE}</a> kèm theo thông báo này.")
    fields = extract_article(URL, page(f"{g.BODY_HTML}<p>{sentence}</p>"))
    assert fields["body"] == (f"{g.BODY}\n\nỦy ban nhân dân huyện ban hành {FILE_TITLE} kèm theo "
                              "thông báo này.")
    assert [a["title"] for a in fields["attachments"]] == [FILE_TITLE]


@pytest.mark.parametrize("heading", ["Related", "Related posts", "Recent Posts", "Latest news",
                                     "Read more", "You may also like"])
def test_english_related_headings(heading: str) -> None:
    assert boilerplate_reason(heading) == "is_related_heading"


def test_see_also_is_not_a_related_heading() -> None:
    """Sphinx's and MkDocs's "See also" admonitions sit inside the article's text."""
    assert boilerplate_reason("See also") is None


def test_the_cards_after_an_english_related_heading_are_not_body() -> None:
    """A theme's "Related" cards printed inside the post's content: each a teaser's title, lead
    and day, no body text however long the lead."""
    cards = "".join(f"<div class='card'><h3><a href='/tin-tuc/{i}/'>{title}</a></h3>"
                    f"<p class='lead'>{g.PARAGRAPHS[(i + 1) % len(g.PARAGRAPHS)][::-1]}</p>"
                    f"<p>{date}</p></div>" for i, (title, date) in enumerate(g.TEASERS[:2]))
    html = (f"<html><head><title>{g.TITLE}</title></head><body><article><h1>{g.TITLE}</h1>"
            f"<p class='meta'>14/03/2019 08:30</p><div class='article-body'>{g.BODY_HTML}"
            f"<h2>Related</h2><div class='row'>{cards}</div></div></article></body></html>")
    assert extract_article(URL, html)["body"] == g.BODY


def _builder_post(lead: str = "") -> str:
    """A post composed in WPBakery: a custom heading, text elements cut by image elements, the
    writer's signature in a last text element."""
    def text(inner: str) -> str:
        return (f'<div class="wpb_text_column wpb_content_element"><div class="wpb_wrapper">'
                f"{inner}</div></div>")
    image = ('<div class="wpb_single_image wpb_content_element vc_align_center"><figure class="'
             'wpb_wrapper vc_figure"><div class="vc_single_image-wrapper"><img src="/anh/1.jpg" '
             'class="vc_single_image-img"></div><figcaption class="vc_figure-caption">Quang cảnh '
             'hội nghị triển khai chuyển đổi số.</figcaption></figure></div>')
    first, *rest = g.PARAGRAPHS
    column = (lead + text(f"<p>{first}</p>") + image + text("".join(f"<p>{p}</p>" for p in rest))
              + text('<p style="text-align: right;"><em>Tin, ảnh: Minh Hà</em></p>'))
    return (f"<html><head><title>{g.TITLE}</title></head><body><nav><a href='/'>Trang chủ</a>"
            f"</nav><h1 class='entry-title'>{g.TITLE}</h1><article><div class='entry-meta'>"
            f"14/03/2019 08:30</div><div class='entry-content'><div class='vc_row wpb_row'>"
            f"<div class='wpb_column vc_column_container'><div class='vc_column-inner'>"
            f"<div class='wpb_wrapper'>{column}</div></div></div></div></div></article>"
            f"<aside><p>Thứ Hai - Thứ Sáu: 7h30 - 17h00, nghỉ ngày lễ, Tết theo quy định</p>"
            f"</aside></body></html>")


def test_a_page_builder_s_text_cut_by_an_image_is_one_body() -> None:
    """WPBakery prints each run of paragraphs as its own text element and each picture as an
    image element between them: the body is all the runs, not the longest."""
    fields = extract_article(URL, _builder_post())
    assert fields["body"] == g.BODY
    assert fields["authors"] == ["Minh Hà"]
    assert [i["caption"] for i in fields["images"]] == [
        "Quang cảnh hội nghị triển khai chuyển đổi số."]


def test_a_heading_set_in_italics_at_the_top_of_the_text_is_the_lead() -> None:
    """WPBakery's "Custom Heading" styled in italics is where a page builder's editor types the
    sapo; a plain section heading stays in the body."""
    lead = f'<h2 style="font-size: 18px;font-style:italic" class="vc_custom_heading">{LEAD}</h2>'
    fields = extract_article(URL, _builder_post(lead))
    assert (fields["summary"], fields["body"]) == (LEAD, g.BODY)
    plain = extract_article(URL, _builder_post(f'<h2 class="vc_custom_heading">{LEAD}</h2>'))
    assert plain["summary"] is None and LEAD in plain["body"]
