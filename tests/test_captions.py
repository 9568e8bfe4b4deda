# ruff: noqa: E501 - page markup reads best one element per line, as a CMS prints it
"""Images and captions in every common markup (archiver.extract.captions): each convention is
one case that fails without its rule; and what is never a caption (a short body paragraph, the
lead, a byline) stays where it belongs."""

import pytest
from lxml import html as lxml_html

from archiver.extract.boilerplate import is_caption
from archiver.extract.captions import (
    block_marks,
    caption_near,
    image_source,
    inline_marks,
    is_image_table,
    picture_source,
    widest_candidate,
)
from archiver.extract.page import ArticlePage, extract_article
from tests import generic_pages as g

URL = "http://127.0.0.1:8080/tin-tuc/chuyen-doi-so.html"
P = g.PARAGRAPHS
CAPTION = g.CAPTION
#: A caption longer than a plain line under an image may be (`CAPTION_MAX_WORDS`): only its
#: markup or its type tells it from body text.
LONG = ("Đồng chí Chủ tịch Ủy ban nhân dân huyện Tiên Yên trao giấy khen cho các tập thể, cá nhân "
        "có thành tích xuất sắc trong công tác cải cách hành chính năm 2018 tại hội nghị.")
IMG = "http://127.0.0.1:8080/media/a.jpg"


def page(figure: str, *, lead: str = "", end: str = "", hero: str = "") -> str:
    """An article page with `figure` between its first and second paragraph."""
    return f"""<html><head><title>{g.TITLE}</title></head><body>
<div class="menu"><a href="/">Trang chủ</a> <a href="/tin-tuc">Tin tức</a></div>
<article><h1>{g.TITLE}</h1><div class="date">14/03/2019 08:30</div>{lead}
<div class="content">{hero}<p>{P[0]}</p>
{figure}
<p>{P[1]}</p><p>{P[2]}</p>{end}</div></article>
<div class="footer">Bản quyền thuộc Ủy ban nhân dân huyện Tiên Yên</div></body></html>"""


def extracted(figure: str, **kw: str) -> dict:
    return extract_article(URL, page(figure, **kw))


def assert_captioned(fields: dict, caption: str, urls: tuple[str, ...] = (IMG,)) -> None:
    assert [(i["url"], i["caption"]) for i in fields["images"]] == [(u, caption) for u in urls]
    assert caption not in fields["body"]
    assert fields["body"] == g.BODY


# -- how an image is on the page ----------------------------------------------------------------

@pytest.mark.parametrize("image", [
    '<p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/media/a.jpg"></p>',  # lazysizes
    '<p><img src="/media/blank.gif" data-original="/media/a.jpg"></p>',  # jQuery Lazy Load
    '<p><img data-lazy-src="/media/a.jpg"></p>',  # WP Rocket
    '<p><img srcset="/media/a-300x200.jpg 300w, /media/a.jpg 1024w" sizes="100vw"></p>',
    '<picture><source type="image/webp" srcset="/media/a.webp"><img src="/media/a.jpg"></picture>',
    '<amp-img src="/media/a.jpg" width="600" height="400" layout="responsive"></amp-img>',
    '<p><a href="/media/a-full.jpg"><img src="/media/a.jpg"></a></p>',
])
def test_every_image_markup_is_an_image_with_its_caption(image: str) -> None:
    assert_captioned(extracted(f'{image}<p style="text-align:center"><em>{CAPTION}</em></p>'), CAPTION)


def test_image_source_prefers_lazy_attributes_and_the_widest_srcset_candidate() -> None:
    el = lxml_html.fragment_fromstring('<img src="/blank.gif" data-src="/a.jpg">')
    assert image_source(el) == "/a.jpg"
    assert widest_candidate("/a-300.jpg 300w, /a-1024.jpg 1024w, /a-768.jpg 768w") == "/a-1024.jpg"
    assert widest_candidate("/a.jpg, /a@2x.jpg 2x") == "/a@2x.jpg"
    only_sources = lxml_html.fragment_fromstring('<picture><source srcset="/a.webp 1x"></picture>')
    assert picture_source(only_sources) == "/a.webp"


def test_figure_whose_image_is_a_css_background() -> None:
    figure = f'<figure class="post-thumb"><div class="thumb" style="background-image: url(\'/media/a.jpg\')"></div><figcaption>{CAPTION}</figcaption></figure>'
    assert_captioned(extracted(figure), CAPTION)


# -- boxes: figure, WordPress caption box, editor's image table ---------------------------------

def test_caption_above_its_image_in_a_figure() -> None:
    assert_captioned(extracted(f'<figure><figcaption>{CAPTION}</figcaption><img src="/media/a.jpg"></figure>'), CAPTION)


@pytest.mark.parametrize("table", [
    f'<table class="image" align="center"><tbody><tr><td><img src="/media/a.jpg"></td></tr><tr><td>{LONG}</td></tr></tbody></table>',
    f'<table border="0" cellpadding="3" cellspacing="0" align="center"><tr><td><img src="/media/a.jpg"><br>{LONG}</td></tr></table>',
    f'<table><tr><td><img src="/media/a.jpg"></td><td>{LONG}</td></tr></table>',
])
def test_ckeditor_image_table_caption_row_at_any_length(table: str) -> None:
    assert_captioned(extracted(table), LONG)


def test_a_layout_or_data_table_is_no_image_table() -> None:
    rows = "".join(f"<tr><td>{p}</td></tr>" for p in P)
    table = lxml_html.fragment_fromstring(f'<table><tr><td><img src="/a.jpg"></td></tr>{rows}</table>')
    assert not is_image_table(table)
    small = lxml_html.fragment_fromstring(f'<table><tr><td><img src="/a.jpg"></td></tr><tr><td>{CAPTION}</td></tr></table>')
    assert is_image_table(small)


@pytest.mark.parametrize("caption_markup", [
    '<p class="wp-caption-text">{}</p>',  # WordPress classic [caption]
    '<figcaption class="wp-element-caption">{}</figcaption>',  # WordPress block editor
    '<div class="field field--name-field-caption">{}</div>',  # Drupal 8+ caption field
    '<p class="MsoCaption">{}</p>',  # Word's Caption style, pasted
    '<div class="chu-thich">{}</div>',
])
def test_text_the_markup_names_a_caption_at_any_length(caption_markup: str) -> None:
    image = '<p><img src="/media/a.jpg"></p>'
    assert_captioned(extracted(image + caption_markup.format(LONG)), LONG)


def test_caption_above_its_image_where_its_class_says_so() -> None:
    assert_captioned(extracted(f'<p class="image-caption">{CAPTION}</p><p><img src="/media/a.jpg"></p>'), CAPTION)


# -- a caption set in a caption's type --------------------------------------------------------

@pytest.mark.parametrize("caption", [
    f'<p><span style="font-style: italic;">{LONG}</span></p>',  # italic on an inner span
    f'<p><em><span style="font-size:10pt">{LONG}</span></em></p>',
    f'<p align="center">{LONG}</p>',
    f'<p><font size="2">{LONG}</font></p>',
    f'<p class="text-center">{LONG}</p>',  # Bootstrap
])
def test_long_caption_set_apart_under_an_image(caption: str) -> None:
    assert_captioned(extracted(f'<p><img src="/media/a.jpg"></p>{caption}'), LONG)


def test_centred_by_a_parent_div() -> None:
    figure = f'<div style="text-align:center"><p><img src="/media/a.jpg"></p><p>{LONG}</p></div>'
    assert_captioned(extracted(figure), LONG)


def test_marks_come_from_the_element_and_its_style() -> None:
    frag = lxml_html.fragment_fromstring
    assert block_marks(frag('<td align="middle">x</td>')) == {"centred"}
    assert block_marks(frag('<p style="text-align: right">x</p>')) == {"right"}
    assert inline_marks(frag('<span style="font-size: 11px">x</span>')) == {"small"}
    assert inline_marks(frag('<span style="font-size: 16px">x</span>')) == set()


def test_one_caption_under_a_row_of_images_is_theirs_all() -> None:
    row = f'<p><img src="/media/a.jpg"> <img src="/media/b.jpg"></p><p><em>{CAPTION}</em></p>'
    assert_captioned(extracted(row), CAPTION, (IMG, "http://127.0.0.1:8080/media/b.jpg"))


@pytest.mark.parametrize("credit", [
    f"Ảnh 1: {LONG}",  # a numbered photo in a report
    f"Hình 2: {LONG}",
    "(Ảnh minh họa: Internet)",
])
def test_captions_labelled_as_photos(credit: str) -> None:
    assert is_caption(credit)
    assert_captioned(extracted(f'<p><img src="/media/a.jpg"></p><p>{credit}</p>'), credit)


# -- never a caption ----------------------------------------------------------------------------

def test_a_short_body_paragraph_after_an_image_stays_body_where_captions_are_set_apart() -> None:
    short = "Hội nghị kết thúc vào cuối buổi sáng cùng ngày."
    figures = (f'<p><img src="/media/a.jpg"></p><p><em>{CAPTION}</em></p>'
               f'<p><img src="/media/b.jpg"></p><p>{short}</p>')
    fields = extracted(figures)
    assert [i["caption"] for i in fields["images"]] == [CAPTION, None]
    assert short in fields["body"].split("\n\n")


def test_a_plain_line_is_the_caption_where_the_page_sets_none_apart() -> None:
    assert_captioned(extracted(f'<p><img src="/media/a.jpg"></p><p>{CAPTION}</p>'), CAPTION)


def test_the_lead_after_a_hero_image_is_no_caption() -> None:
    lead = "Huyện Tiên Yên đặt mục tiêu số hóa toàn bộ hồ sơ thủ tục hành chính."
    fields = extract_article(URL, page("", hero=f'<p><img src="/media/a.jpg"></p><p class="sapo">{lead}</p>'))
    assert fields["summary"] == lead
    assert fields["images"] == [{"url": IMG, "caption": None}]


@pytest.mark.parametrize("byline", [
    '<p style="text-align:right"><strong>Minh Hà</strong></p>',
    "<p>Tác giả: Minh Hà</p>",
])
def test_a_byline_under_the_last_image_is_no_caption(byline: str) -> None:
    fields = extracted("", end=f'<p><img src="/media/a.jpg"></p>{byline}')
    assert fields["authors"] == ["Minh Hà"]
    assert fields["images"] == [{"url": IMG, "caption": None}]


def test_caption_near_reads_boxes_and_set_apart_lines_on_the_page() -> None:
    doc = lxml_html.document_fromstring(
        f'<div><table><tr><td><img id="a" src="/a.jpg"></td></tr><tr><td>{CAPTION}</td></tr></table>'
        f'<p><img id="b" src="/b.jpg"></p><p><span style="font-style:italic">{LONG}</span></p>'
        f'<p><img id="c" src="/c.jpg"></p><p>{P[0]}</p></div>')
    assert caption_near(doc.get_element_by_id("a")) == CAPTION
    assert caption_near(doc.get_element_by_id("b")) == LONG
    assert caption_near(doc.get_element_by_id("c")) is None


def test_an_image_a_body_finder_dropped_is_found_by_the_caption_it_kept() -> None:
    """trafilatura keeps a figure's caption as a paragraph but drops an `amp-img` it does not
    know: the page around the image gives both back, and the caption leaves the body."""
    html = page(f'<p><amp-img src="/media/a.jpg" width="600" height="400"></amp-img></p><p><em>{CAPTION}</em></p>')
    found = ArticlePage(URL, html)
    found.evidence["body"] = "trafilatura"
    images: list[dict] = []
    assert found._caption_from_page(images, [P[0], CAPTION, P[1]]) == {CAPTION}
    assert images == [{"url": IMG, "caption": CAPTION}]


def test_an_inline_caption_span_in_the_images_paragraph() -> None:
    figure = f'<p><img src="/media/a.jpg"><br><span class="image-caption">{LONG}</span></p>'
    assert_captioned(extracted(figure), LONG)


def test_a_subheading_after_an_image_stays_body() -> None:
    fields = extracted('<p><img src="/media/a.jpg"></p><h3>Kết quả năm 2018</h3>')
    assert fields["images"] == [{"url": IMG, "caption": None}]
    assert "Kết quả năm 2018" in fields["body"]


def test_an_aspnet_label_whose_id_names_a_caption() -> None:
    label = f'<span id="ctl00_ContentPlaceHolder1_lblChuThich">{LONG}</span>'
    assert_captioned(extracted(f'<p><img src="/media/a.jpg"></p>{label}'), LONG)


def test_a_gallery_of_figures_each_with_its_caption_and_one_for_all() -> None:
    gallery = ('<figure class="wp-block-gallery has-nested-images">'
               '<figure class="wp-block-image"><img src="/media/a.jpg"><figcaption>Ảnh thứ nhất.</figcaption></figure>'
               '<figure class="wp-block-image"><img src="/media/b.jpg"><figcaption>Ảnh thứ hai.</figcaption></figure>'
               f'<figcaption class="blocks-gallery-caption">{CAPTION}</figcaption></figure>')
    fields = extracted(gallery)
    assert [i["caption"] for i in fields["images"]] == [f"Ảnh thứ nhất. {CAPTION}", f"Ảnh thứ hai. {CAPTION}"]
    assert fields["body"] == g.BODY


def test_a_box_around_body_text_is_no_image_box() -> None:
    """Nor does a wrapper's class ("image" in it) make the text under an image a caption."""
    wrapper = f'<div class="image-box news-image-content"><p>{P[0]}</p>\n<p><img src="/media/a.jpg"></p>\n<p>{P[1]}</p><p>{P[2]}</p></div>'
    fields = extract_article(URL, page("").replace(f"<p>{P[0]}</p>\n\n<p>{P[1]}</p><p>{P[2]}</p>", wrapper))
    assert fields["body"] == g.BODY
    assert fields["images"] == [{"url": IMG, "caption": None}]


def test_a_lazy_placeholder_whose_image_is_in_noscript() -> None:
    lazy = '<p><img class="lazyload" src="data:image/gif;base64,R0lGOD"><noscript><img src="/media/a.jpg"></noscript></p>'
    assert_captioned(extracted(f'{lazy}<p style="text-align:center"><em>{CAPTION}</em></p>'), CAPTION)
    both = '<p><img data-src="/media/a.jpg" src="data:image/gif;base64,R0lGOD"><noscript><img src="/media/a.jpg"></noscript></p>'
    assert_captioned(extracted(f'{both}<p><em>{CAPTION}</em></p>'), CAPTION)
    pixel = '<noscript><img height="1" width="1" src="https://www.facebook.com/tr?id=1&ev=PageView"></noscript>'
    assert extracted(pixel)["images"] == []


def test_a_lazy_flag_is_no_image_url() -> None:
    assert image_source(lxml_html.fragment_fromstring('<img data-lazy="true" src="/a.jpg">')) == "/a.jpg"


# -- captions an editor or a script puts somewhere else -------------------------------------------

@pytest.mark.parametrize("image", [
    f'<p><img class="caption" src="/media/a.jpg" alt="" title="{LONG}" /></p>',  # Joomla JCaption
    f'<p><img data-caption="{LONG}" data-align="center" src="/media/a.jpg" /></p>',  # Drupal 8+
])
def test_a_caption_stored_on_the_image_for_a_script_or_filter(image: str) -> None:
    assert_captioned(extracted(image), LONG)


def test_an_image_title_without_the_caption_class_is_no_caption() -> None:
    assert extracted(f'<p><img src="/media/a.jpg" title="{LONG}"></p>')["images"] == [
        {"url": IMG, "caption": None}]


def test_a_photo_inside_an_in_page_link_keeps_its_caption() -> None:
    """NukeViet 4's news detail: `<a href="#" id="pop">` opens the photo in a modal; a link with
    no words is no permalink when it holds the photo."""
    photo = (f'<div class="imghome text-center"><a href="#" id="pop" title="x"><img id="imageresource" src="/media/a.jpg" class="img-thumbnail"></a>'
             f'<em class="show">{LONG}</em></div>')
    assert_captioned(extracted(photo), LONG)


@pytest.mark.parametrize("caption", [
    f'<p class="small">{LONG}</p>',  # Bootstrap's .small
    f'<p style="font-size:85%">{LONG}</p>',
])
def test_a_caption_in_small_type_by_class_or_percentage(caption: str) -> None:
    assert_captioned(extracted(f'<p><img src="/media/a.jpg"></p>{caption}'), LONG)


@pytest.mark.parametrize("box", [
    f'<div class="photo"><img src="/media/a.jpg"><div class="note">{LONG}</div></div>',
    f'<div class="khung-anh"><img src="/media/a.jpg"><p>{LONG}</p></div>',
    f'<div class="news-photo"><a href="/media/a.jpg"><img src="/media/a.jpg"></a><br>{LONG}</div>',
])
def test_a_box_whose_class_names_a_photo_holds_its_caption(box: str) -> None:
    assert_captioned(extracted(box), LONG)


def test_a_photo_box_with_text_before_its_image_is_no_photo_box() -> None:
    fields = extracted(f'<div class="photo"><p>{LONG}</p><img src="/media/a.jpg"></div>')
    assert LONG in fields["body"]


# -- a video's caption ----------------------------------------------------------------------------

VIDEO = ('<figure class="wp-block-embed is-type-video is-provider-youtube"><div class="wp-block-embed__wrapper">'
         '<iframe src="https://www.youtube.com/embed/abc" allowfullscreen></iframe></div>'
         '<figcaption class="wp-element-caption">Video: Bản tin Quốc phòng - An ninh số 12</figcaption></figure>')


@pytest.mark.parametrize("player", [VIDEO, '<figure><video src="/media/a.mp4"></video><figcaption>Video: Bản tin số 12</figcaption></figure>'])
def test_a_videos_caption_is_no_images_caption(player: str) -> None:
    """`captions_a_player`: WordPress's embed block captions its video; the next image has its own."""
    fields = extract_article(URL, page(f'<figure><img src="/media/a.jpg"><figcaption>{CAPTION}</figcaption></figure>',
                                       hero=player))
    assert [(i["url"], i["caption"]) for i in fields["images"]] == [(IMG, CAPTION)]
    assert "Bản tin" not in fields["body"]


def test_a_figure_of_an_image_beside_an_iframe_keeps_its_caption() -> None:
    """A figure holding an image is the image's, whatever else it holds."""
    fields = extracted(f'<figure><img src="/media/a.jpg"><iframe src="/map"></iframe><figcaption>{CAPTION}</figcaption></figure>')
    assert [(i["url"], i["caption"]) for i in fields["images"]] == [(IMG, CAPTION)]
