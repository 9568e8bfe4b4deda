"""Extraction on templates no family describes: the cases issue 10 names, one test each."""

import json
import unicodedata

import pytest

from archiver.extract.bylines import parse_byline
from archiver.extract.dates import find_date, is_date_labelled, with_time_line
from archiver.extract.listing import not_article_reason
from archiver.extract.page import ArticlePage, extract_article
from archiver.extract.structured import structured
from tests import generic_pages as g

URL = "http://127.0.0.1:8080/tin-tuc/chuyen-doi-so.html"


def extracted(html: str, hint: str | None = None, url: str = URL) -> tuple[dict, str | None]:
    page = ArticlePage(url, html, hint=hint)
    fields = page.fields()
    return fields, not_article_reason(page, fields, url_says_article=False)


# -- headline without a heading ---------------------------------------------------------------

@pytest.mark.parametrize("title_tag", [g.TITLE, f"{g.TITLE} - Cổng TTĐT tỉnh", "Cổng TTĐT"])
def test_sharepoint_headline_and_date_in_spans(title_tag: str) -> None:
    fields, reason = extracted(g.sharepoint_spans(title_tag=title_tag))
    assert reason is None
    assert fields["title"] == g.TITLE
    assert fields["published"] == "2019-03-14T08:30:00+07:00"
    assert fields["body"] == g.BODY + "\n\nTải về: Kế hoạch chuyển đổi số"


def test_sharepoint_tag_box_caption_attachment_and_closing_bold_name() -> None:
    fields, _ = extracted(g.sharepoint_spans())
    assert fields["tags"] == ["chuyển đổi số", "Tiên Yên"]
    assert [i["caption"] for i in fields["images"]] == [g.CAPTION]
    assert fields["attachments"] == [{"url": "http://127.0.0.1:8080/Lists/TinTuc/Attachments/5/"
                                      "ke-hoach.pdf", "title": "Kế hoạch chuyển đổi số"}]
    assert fields["authors"] == ["Minh Hà"]


@pytest.mark.parametrize("hint", [g.TITLE, g.TITLE[:40] + "…", None])
def test_table_portal_headline_in_a_div(hint: str | None) -> None:
    """`<title>` is the site's name: the link text that led to the page names the headline; with
    no link text, the line before the first date line is taken."""
    fields, reason = extracted(g.table_portal(), hint=hint)
    assert reason is None
    assert fields["title"] == g.TITLE
    assert fields["published"] == "2019-03-14T08:30:00+07:00"  # "Cập nhật lúc 08:30 ngày 14/3/2019"
    assert fields["body"].startswith(g.PARAGRAPHS[0])
    assert not any(t in fields["body"] for t, _ in g.TEASERS)


def test_paragraphs_in_font_tags_beside_an_image_block_are_the_body() -> None:
    """Text in inline children of a block that also holds blocks is running text (body.py's
    `_loose_text_chars`): without it the cell scores nothing and a whole-page reader takes the
    masthead and menu in and the first paragraph out."""
    fields, reason = extracted(g.font_paragraphs(), hint=g.TITLE)
    assert reason is None
    assert fields["body"] == g.BODY
    assert [i["caption"] for i in fields["images"]] == [g.CAPTION]


def test_a_file_box_under_the_text_lists_the_articles_documents() -> None:
    """`_file_box_links`: a panel of the article's files printed apart from its text; a long list
    of documents further on (a site's "Văn bản mới" box) is not the article's."""
    files = "".join(f"<li><a href='/files/vb-{i}.pdf'>Văn bản số {i} của Ủy ban nhân dân huyện</a></li>"
                    for i in range(30))
    html = titled(f"<div class='main'><div class='detail'><h1>{g.TITLE}</h1><div>14/03/2019 08:30</div>"
                  f"<div class='content'>{g.BODY_HTML}</div></div>"
                  "<div class='panel'><div class='panel-heading'>Tải tệp tin</div><ul><li><a href="
                  "'/files/ke-hoach.pdf'>Kế hoạch chuyển đổi số năm 2019 của huyện</a></li></ul></div>"
                  f"<div class='box'><div>Văn bản mới</div><ul>{files}</ul></div></div>")
    assert extract_article(URL, html)["attachments"] == [
        {"url": "http://127.0.0.1:8080/files/ke-hoach.pdf",
         "title": "Kế hoạch chuyển đổi số năm 2019 của huyện"}]


# -- bylines ----------------------------------------------------------------------------------

def test_labelled_byline_block_after_the_body() -> None:
    fields, _ = extracted(g.nukeviet_like())
    assert fields["authors"] == ["Nguyễn Thu Trang"]  # "Nguồn tin:" names a source, not a writer
    assert fields["body"] == g.BODY


def test_by_meta_line_under_the_headline() -> None:
    fields, _ = extracted(g.by_line_theme())
    assert fields["authors"] == ["Lê Văn Hùng"]
    assert fields["published"] == "2019-03-14T08:30:00+07:00"
    assert fields["body"] == g.BODY


@pytest.mark.parametrize(("line", "names"), [
    ("Tác giả: Nguyễn Văn An", ["Nguyễn Văn An"]),
    ("Nguồn: Báo Quảng Ninh", None),
    ("Nguồn tin: Văn phòng UBND huyện", None),
    ("PV", ["PV"]),
    ("T/h: Thùy Dương", ["Thùy Dương"]),
    ("Theo TTXVN", None),
    ("Đăng bởi Minh Hà | 22/09/2022", ["Minh Hà"]),
    ("bởi Minh Hà", ["Minh Hà"]),
    ("By Thu Trang", ["Thu Trang"]),
    ("Posted by Minh Hà on 22/09/2022", ["Minh Hà"]),
    ("by Minh Hà —", ["Minh Hà"]),            # Plone's byline, its date in the next span
    ("bởi Minh Hà — xuất bản 14/03/2019", ["Minh Hà"]),
    ("Người đăng: Lê Hoa", ["Lê Hoa"]),
    ("Bởi vì trời mưa, tỉnh đã hoãn lễ hội", None),
])
def test_labelled_bylines(line: str, names: list[str] | None) -> None:
    assert parse_byline(line) == names


def test_closing_right_aligned_bold_name_is_the_author() -> None:
    assert parse_byline("Hoàng Anh", closing=True) == ["Hoàng Anh"]


# -- WordPress-shaped pages -------------------------------------------------------------------

def test_classic_theme_entry_header_time_datetime_and_terms() -> None:
    fields, reason = extracted(g.wordpress_classic(), url=URL + "?replytocom=5")
    assert reason is None
    assert fields["title"] == g.TITLE
    # the <time datetime> to the minute, not the body's "ngày 02 tháng 6 năm 2005", not a comment's
    assert fields["published"] == "2019-03-14T08:30:00+07:00"
    assert fields["url"] == "http://127.0.0.1:8080/2019/03/14/chuyen-doi-so/"  # rel=canonical
    assert fields["authors"] == ["Nguyễn Thu Trang"]
    assert fields["category"] == "Tin tức"
    assert fields["tags"] == ["chuyển đổi số", "Tiên Yên"]
    assert [i["caption"] for i in fields["images"]] == [g.CAPTION]
    assert [a["url"] for a in fields["attachments"]] == [
        "http://127.0.0.1:8080/wp-content/uploads/ke-hoach.pdf"]
    assert "Rất hữu ích" not in fields["body"] and g.CAPTION not in fields["body"]


def test_comment_time_before_the_article_is_not_its_date() -> None:
    fields, _ = extracted(g.wordpress_classic(comment_date="2018-01-01T00:00:00+07:00"))
    assert fields["published"] == "2019-03-14T08:30:00+07:00"


def test_block_theme_date_after_the_body_and_category_apart_from_tags() -> None:
    fields, reason = extracted(g.block_theme())
    assert reason is None
    assert fields["published"] == "2019-03-14T08:30:00+07:00"
    assert fields["category"] == "Tin tức"
    assert fields["tags"] == ["chuyển đổi số"]
    assert fields["authors"] == ["Ban Biên tập"]  # marked as the author: a desk, kept whole


def test_block_theme_category_printed_with_a_typographic_dash_reads_as_named() -> None:
    """WordPress's block theme prints the post's terms through wptexturize ("Tin tức &#8211; Sự
    kiện"); the classic theme, the same category as named ("Tin tức - Sự kiện")."""
    html = g.block_theme().replace('rel="tag">Tin tức</a>', 'rel="tag">Tin tức &#8211; Sự kiện</a>')
    fields, _ = extracted(html)
    assert fields["category"] == "Tin tức - Sự kiện"
    assert fields["title"] == g.TITLE


def test_a_first_paragraph_the_editor_set_large_is_the_lead() -> None:
    """`LARGE_LEAD`: WordPress's block editor marks an enlarged paragraph `has-large-font-size`."""
    lead = "Huyện Tiên Yên đặt mục tiêu đến cuối năm có 80% hồ sơ thủ tục hành chính nộp trực tuyến."
    html = g.block_theme().replace('wp-block-post-content">',
                                   f'wp-block-post-content"><p class="has-large-font-size">{lead}</p>')
    fields, _ = extracted(html)
    assert fields["summary"] == lead
    assert fields["body"].startswith(g.PARAGRAPHS[0])


def test_a_comment_inside_the_first_paragraph_is_no_styled_element() -> None:
    """Plone 4's `<div class="visualClear"><!-- --></div>` and editors' conditional comments sit
    inside text blocks; a comment has no attributes (lxml's `get` returns None for one), and the
    lead rules read only elements."""
    first = "Huyện Tiên Yên đặt mục tiêu đến cuối năm có 80% hồ sơ nộp trực tuyến. <!-- -->"
    html = g.block_theme().replace('wp-block-post-content">',
                                   f'wp-block-post-content"><p>{first}</p>')
    fields, _ = extracted(html)
    assert fields["summary"] is None and fields["body"].startswith("Huyện Tiên Yên")


@pytest.mark.parametrize("body_class", ["archive category category-tin-tuc", "home blog",
                                        "archive author author-trang", "search search-results"])
def test_archives_and_home_are_not_articles(body_class: str) -> None:
    _, reason = extracted(g.wordpress_archive(body_class))
    assert reason is not None


def test_listing_without_a_body_class_is_recognised_by_its_repeated_teasers() -> None:
    _, reason = extracted(g.plain_listing())
    assert reason is not None and "teaser" in reason


@pytest.mark.parametrize("teasers", [1, 2, 4])
def test_a_listing_whose_body_is_its_footer_link_row_is_not_an_article(teasers: int) -> None:
    """Teaser rows too short for a body finder: it takes the footer's row of month, tag and
    writer links as the text, and the page carries a date (its first teaser's)."""
    fields, reason = extracted(g.listing_over_a_link_row(teasers),
                               url="http://127.0.0.1:8080/danh-muc/chi-dao-dieu-hanh")
    assert fields["published"] and "Tháng 02/2019" in fields["body"]
    assert reason is not None and "links" in reason


def test_an_article_with_links_in_its_sentences_is_no_link_row() -> None:
    html = g.wordpress_classic().replace("hội nghị triển khai",
                                         '<a href="/tag/hoi-nghi/">hội nghị</a> triển khai')
    _, reason = extracted(html)
    assert reason is None


def test_archive_with_a_neutral_body_class_is_recognised_by_teaser_headings() -> None:
    _, reason = extracted(g.wordpress_archive("wp-site-blocks"))
    assert reason is not None


# -- dates --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("line", "iso"), [
    ("Cập nhật lúc 08:30 ngày 14/3/2019", "2019-03-14T08:30:00+07:00"),
    ("Ngày đăng: 14/03/2019 - 08:30", "2019-03-14T08:30:00+07:00"),
    ("Thứ năm - 14/03/2019 08:30", "2019-03-14T08:30:00+07:00"),
    ("14/03/2019 | 08:30 (GMT+7)", "2019-03-14T08:30:00+07:00"),
    ("8 giờ 30 phút, ngày 14/3/2019", "2019-03-14T08:30:00+07:00"),
    ("Ngày 14/03/2019, 8 giờ 30", "2019-03-14T08:30:00+07:00"),
    ("Ngày đăng 14/03/2019 | 08:05 PM | Lượt xem: 842", "2019-03-14T20:05:00+07:00"),
])
def test_date_lines(line: str, iso: str) -> None:
    assert find_date(line)[1].isoformat() == iso


def test_time_only_line_completes_a_date_line() -> None:
    assert with_time_line(find_date("14/03/2019"), "08:30")[1].isoformat() == \
        "2019-03-14T08:30:00+07:00"
    assert with_time_line(find_date("14/03/2019"), "Tin tức")[1].isoformat() == \
        "2019-03-14T00:00:00+07:00"


def test_date_labels() -> None:
    assert is_date_labelled("Ngày đăng: 14/03/2019") and is_date_labelled("Cập nhật lúc 08:30")
    assert not is_date_labelled("Sáng ngày 14/3/2019, huyện tổ chức hội nghị")


def test_time_only_line_beside_the_date_line() -> None:
    html = (f"<html><body><div class='x'><div class='t'>{g.TITLE}</div><div>14/03/2019</div>"
            f"<div>08:30</div><div>{g.BODY_HTML}</div></div></body></html>")
    fields = extract_article(URL, html)
    assert fields["published"] == "2019-03-14T08:30:00+07:00"
    assert fields["body"] == g.BODY  # the time line is the header's, not the text's


def test_date_in_a_related_teaser_is_not_the_article_date() -> None:
    html = (f"<html><head><title>{g.TITLE}</title></head><body><h1>{g.TITLE}</h1>"
            f"<div class='tin-lien-quan'><a href='/a'>{g.TEASERS[0][0]}</a> {g.TEASERS[0][1]}</div>"
            f"<div>{g.BODY_HTML}</div><p>Ngày đăng: 14/03/2019 08:30</p></body></html>")
    assert extract_article(URL, html)["published"] == "2019-03-14T08:30:00+07:00"


# -- structured data in every shape ---------------------------------------------------------------

def ld_page(data: object, *, raw: str | None = None) -> str:
    script = raw if raw is not None else json.dumps(data, ensure_ascii=False)
    return (f'<html><head><script type="application/ld+json">{script}</script></head><body>'
            f"<div><span>{g.TITLE}</span></div><div>{g.BODY_HTML}</div></body></html>")


ARTICLE = {"headline": g.TITLE, "datePublished": "2019-03-14T08:30:00+07:00",
           "author": {"@type": "Person", "name": "Minh Hà"}, "keywords": "a, b",
           "articleSection": "Tin tức"}


@pytest.mark.parametrize("data", [
    {"@type": ["NewsArticle"], **ARTICLE},
    {"@type": "NewsArticle", **ARTICLE},
    {"@type": "http://schema.org/BlogPosting", **ARTICLE},
    [{"@type": "Organization", "name": "UBND"}, {"@type": "NewsArticle", **ARTICLE}],
    {"@context": "https://schema.org", "@graph": [{"@type": "WebPage"},
                                                   {"@type": ["Article"], **ARTICLE}]},
    {"@type": "WebPage", "mainEntity": {"@type": "NewsArticle", **ARTICLE}},
])
def test_json_ld_article_in_any_shape(data: object) -> None:
    fields = extract_article(URL, ld_page(data))
    assert fields["title"] == g.TITLE
    assert fields["published"] == "2019-03-14T08:30:00+07:00"
    assert fields["category"] == "Tin tức"
    assert fields["tags"] == ["a", "b"]


def test_json_ld_with_a_raw_newline_inside_a_string() -> None:
    raw = '{"@type": "NewsArticle", "headline": "Dòng một\nDòng hai", "datePublished": "2019-03-14"}'
    from parsel import Selector
    assert structured(Selector(text=ld_page(None, raw=raw))).published == "2019-03-14"


def test_organisation_as_author_is_not_a_writer() -> None:
    data = {"@type": "NewsArticle", **ARTICLE, "author": {"@type": "Organization", "name": "Báo"}}
    assert extract_article(URL, ld_page(data))["authors"] == []


def test_microdata_article() -> None:
    html = (f'<html><body><div itemscope itemtype="http://schema.org/NewsArticle">'
            f'<h2 itemprop="headline">{g.TITLE}</h2><meta itemprop="datePublished" '
            f'content="2019-03-14T08:30:00+07:00"><span itemprop="author" itemscope>'
            f'<span itemprop="name">Minh Hà</span></span><div itemprop="articleBody">{g.BODY_HTML}'
            f"</div></div></body></html>")
    fields = extract_article(URL, html)
    assert (fields["title"], fields["published"], fields["authors"]) == (
        g.TITLE, "2019-03-14T08:30:00+07:00", ["Minh Hà"])


def test_opengraph_article() -> None:
    html = (f'<html><head><meta property="og:title" content="{g.TITLE}">'
            '<meta property="og:type" content="article">'
            '<meta property="article:published_time" content="2019-03-14T08:30:00+07:00">'
            '<meta property="article:section" content="Tin tức">'
            '<meta property="article:tag" content="chuyển đổi số"></head><body>'
            f"<div><b>{g.TITLE}</b></div><div>{g.BODY_HTML}</div></body></html>")
    fields = extract_article(URL, html)
    assert fields["title"] == g.TITLE and fields["published"] == "2019-03-14T08:30:00+07:00"
    assert fields["category"] == "Tin tức" and fields["tags"] == ["chuyển đổi số"]


# -- the body, found from the headline ------------------------------------------------------------

def test_sidebar_printed_before_the_article_stays_out_of_the_body() -> None:
    sidebar = "".join(f"<p>{p}</p>" for p in g.PARAGRAPHS[::-1])  # prose, but before the headline
    html = (f"<html><head><title>{g.TITLE}</title></head><body><table><tr>"
            f"<td><div>Giới thiệu</div>{sidebar}</td><td><div><b>{g.TITLE}</b></div>"
            f"<div>14/03/2019 08:30</div><div>{g.BODY_HTML}</div></td></tr></table></body></html>")
    fields, reason = extracted(html)
    assert reason is None
    assert fields["body"] == g.BODY


def test_teaser_list_inside_the_text_column_is_not_body() -> None:
    teasers = "".join(f'<div><a href="/t/{i}">{t}</a> ({d})</div>' for i, (t, d) in
                      enumerate(g.TEASERS))
    html = (f"<html><head><title>{g.TITLE}</title></head><body><div class='col'><h1>{g.TITLE}</h1>"
            f"<div>14/03/2019</div>{g.BODY_HTML}{teasers}</div></body></html>")
    fields, _ = extracted(html)
    assert fields["body"] == g.BODY


def test_date_as_the_breadcrumb_leaf_and_the_section_before_it() -> None:
    html = (f"<html><head><title>{g.TITLE}</title></head><body><ol class='breadcrumb'>"
            "<li><a href='/'>Trang chủ</a></li><li><a href='/c/tin-tuc'>Tin tức</a></li>"
            "<li class='active'>Thứ năm, 14/03/2019 08:30</li></ol>"
            f"<h3>{g.TITLE}</h3><div>{g.BODY_HTML}</div></body></html>")
    fields = extract_article(URL, html)
    assert fields["published"] == "2019-03-14T08:30:00+07:00"
    assert fields["category"] == "Tin tức"


def test_a_lead_citing_a_date_is_not_the_date_line() -> None:
    html = (f"<html><head><title>{g.TITLE}</title></head><body><div>Ngày đăng: 20/11/2023 10:10"
            f"</div><div><b>{g.TITLE}</b></div><div><b>Sáng 20/11, huyện tổ chức lễ kỷ niệm ngày "
            f"nhà giáo (20/11/1982 - 20/11/2023) và biểu dương các nhà giáo tiêu biểu của huyện.</b>"
            f"</div><div>{g.BODY_HTML}</div></body></html>")
    assert extract_article(URL, html)["published"] == "2023-11-20T10:10:00+07:00"


@pytest.mark.parametrize("lead_html", [
    "<p><strong>{}</strong></p>", "<p><em>{}</em></p>",
    '<p><span style="font-weight: bold">{}</span></p>', '<p style="font-style:italic">{}</p>'])
def test_a_lead_set_apart_by_bold_or_italics_is_the_summary(lead_html: str) -> None:
    lead = "Sáng 14/3, huyện tổ chức hội nghị triển khai chuyển đổi số với sự tham dự của các xã."
    html = (f"<html><head><title>{g.TITLE}</title></head><body><h1>{g.TITLE}</h1>"
            f"<div>14/03/2019</div><div class='x'>{lead_html.format(lead)}{g.BODY_HTML}</div>"
            "</body></html>")
    fields = extract_article(URL, html)
    assert (fields["summary"], fields["body"]) == (lead, g.BODY)


# -- OpenGraph-only pages: writers, leads and archives ----------------------------------------

OG_HEAD = ('<meta property="og:type" content="article">'
           '<meta property="article:published_time" content="2019-03-14T08:30:00+07:00">')


@pytest.mark.parametrize("metas", [
    '<meta property="article:author" content="Minh Hà"><meta property="article:author" '
    'content="Thu Trang"><meta name="author" content="Cổng thông tin điện tử huyện">',
    '<meta name="author" content="Tin, ảnh: Minh Hà/Thu Trang">',
    '<meta property="article:author" content="/tac-gia/minh-ha">'
    '<meta property="article:author" content="http://127.0.0.1:8080/tac-gia/thu-trang">'])
def test_writers_only_in_author_metas(metas: str) -> None:
    """One `article:author` per writer, a byline with a slash, or OpenGraph's profile URLs that
    the page's own links (the archive box) name."""
    box = ('<div class="box"><div>Lưu trữ</div><ul><li><a href="/tac-gia/le-lan">Lê Lan</a></li>'
           '<li><a href="/tac-gia/minh-ha">Minh Hà</a></li><li><a href="/tac-gia/thu-trang">'
           "Thu Trang</a></li></ul></div>")
    html = (f"<html><head><title>{g.TITLE}</title>{OG_HEAD}{metas}</head><body>"
            f"<div><b>{g.TITLE}</b></div><div>{g.BODY_HTML}</div>{box}</body></html>")
    assert extract_article(URL, html)["authors"] == ["Minh Hà", "Thu Trang"]


def test_a_bare_first_paragraph_the_description_repeats_is_the_lead() -> None:
    lead = "Sáng 14/3, huyện tổ chức hội nghị triển khai chuyển đổi số với sự tham dự của các xã."
    html = (f'<html><head><title>{g.TITLE}</title><meta property="og:description" '
            f'content="{lead}"></head><body><h1>{g.TITLE}</h1><div>14/03/2019</div>'
            f"<div class='x'><p>{lead}</p>{g.BODY_HTML}</div></body></html>")
    fields = extract_article(URL, html)
    assert (fields["summary"], fields["body"]) == (lead, g.BODY)


@pytest.mark.parametrize("teasers", [1, 2])
def test_an_archive_of_one_or_two_teasers_with_article_metadata_is_not_an_article(
        teasers: int) -> None:
    """og:type=article and a time on every page, a title link then a long excerpt: a listing,
    however few its teasers; the same text opening an article's own column is its body."""
    items = "".join(f'<div class="it"><a href="/t/{i}.html"><img src="/a/{i}.jpg"></a>'
                    f'<a href="/t/{i}.html">{g.TEASERS[i][0]}</a><div>{g.PARAGRAPHS[i]}'
                    f"{g.PARAGRAPHS[2]}</div></div>" for i in range(teasers))
    html = (f"<html><head><title>Minh Hà</title>{OG_HEAD}<meta property='og:title' "
            f"content='Minh Hà'></head><body><div class='list-title'>Minh Hà</div>{items}"
            "</body></html>")
    fields, reason = extracted(html, url="http://127.0.0.1:8080/tac-gia/minh-ha.html")
    assert reason is not None and "teaser" in reason
    article = (f"<html><head><title>{g.TITLE}</title>{OG_HEAD}</head><body><div><b>{g.TITLE}</b>"
               f"</div><div>{g.BODY_HTML}</div></body></html>")
    assert extracted(article)[1] is None


# -- phenomena of the second round of dev templates (nfdportal, ansiheader, assetpub, joomla15) ----

def titled(body: str) -> str:
    """A page whose `<title>` is the headline, around `body`."""
    return f"<html><head><title>{g.TITLE}</title></head><body>{body}</body></html>"


def test_time_only_line_above_the_date_line() -> None:
    html = titled(f"<div class='x'><div class='t'>"
                  f"<span><strong>{g.TITLE}</strong></span>"
                  f"</div><div>08:30</div><div>Thứ năm, 14/03/2019</div><div>{g.BODY_HTML}</div></div>")
    fields = extract_article(URL, html)
    assert fields["published"] == "2019-03-14T08:30:00+07:00"
    assert fields["body"] == g.BODY


def test_time_line_on_the_other_side_of_the_headline_does_not_complete_a_date() -> None:
    """A time line just above the headline is not beside a date line printed under it."""
    html = titled(f"<div><div>08:30</div>"
                  f"<div class='t'>{g.TITLE}</div><div>14/03/2019</div><div>{g.BODY_HTML}</div></div>")
    assert extract_article(URL, html)["published"] == "2019-03-14T00:00:00+07:00"


@pytest.mark.parametrize(("line", "names"), [
    ("Tác giả: Minh Hà | Lượt xem: 1.805", ["Minh Hà"]),
    ("Lượt xem: 120 • Tác giả: Minh Hà - Thu Trang", ["Minh Hà", "Thu Trang"]),
    ("Ngày đăng: 14/03/2019 08:30 | Tác giả: Nguyễn Văn An | Lượt xem: 1.234 | Chuyên mục: Tin tức",
     ["Nguyễn Văn An"]),
    ("PV | Lượt xem: 12", ["PV"]),
    ("Tin tức | 14/03/2019 | Lượt xem: 12", None),
])
def test_a_byline_among_the_facts_of_a_meta_line(line: str, names: list[str] | None) -> None:
    assert parse_byline(line) == names


def test_byline_sharing_a_line_with_the_view_count_under_the_headline() -> None:
    html = (f"<html><body><div><div class='tde'><strong>{g.TITLE}</strong></div>"
            f"<div>14/03/2019 08:30</div><div>Tác giả: Minh Hà | Lượt xem: 1.805</div>"
            f"<div class='nd'>{g.BODY_HTML}</div></div></body></html>")
    assert extract_article(URL, html)["authors"] == ["Minh Hà"]


@pytest.mark.parametrize(("closing", "authors"), [
    ("Theo Minh Hà", ["Minh Hà"]),                 # a source line naming a person: the writer
    ("Nguồn: Thu Trang - Hoàng Anh", ["Thu Trang", "Hoàng Anh"]),
    ("Theo TTXVN", []),                            # an agency
    ("Nguồn: Sở Y tế", []),                        # an office
    ("Theo Báo Hà Lâm", []),                       # an outlet, however capitalised
    ("Theo Dân Trí", []),
])
def test_closing_source_line_names_the_writer_only_when_it_is_a_person(
        closing: str, authors: list[str]) -> None:
    html = titled(f"<h1>{g.TITLE}</h1>"
                  f"<div>14/03/2019 08:30</div><div class='content'>{g.BODY_HTML}"
                  f"<p style='text-align:right'><strong>{closing}</strong></p></div>")
    fields = extract_article(URL, html)
    assert fields["authors"] == authors
    assert fields["body"] == g.BODY


def test_a_byline_wins_over_a_writer_named_by_the_source_line() -> None:
    html = titled(f"<h1>{g.TITLE}</h1>"
                  f"<div>14/03/2019 08:30</div><div class='content'>{g.BODY_HTML}<p>Minh Hà</p>"
                  f"<p>Theo Thu Trang</p></div>")
    assert extract_article(URL, html)["authors"] == ["Minh Hà"]


def headerless_portal(*, closing_date: str = "14/03/2019 08:30") -> str:
    """An old portal: the headline a link to the page itself, a lead block beside one div of
    `<br>`-separated text, then "Nguồn: NAME", an attachment line and the date alone."""
    text = "<br><br>".join(g.PARAGRAPHS)
    return (f"<html><head><title>{g.TITLE}</title></head><body><table><tr><td>"
            f"<div class='news-detail'><div class='title'><a href='{URL}'>{g.TITLE}</a></div>"
            "<div class='short'>Huyện đặt mục tiêu đến cuối năm 2019 có 100% thủ tục hành chính "
            "được tiếp nhận qua dịch vụ công trực tuyến mức độ 3 và 4.</div>"
            f"<div class='content'>{text}<div style='text-align:right'><b>Nguồn: Minh Hà</b></div>"
            "<div>Tải về: <a href='/files/ke-hoach.pdf'>Kế hoạch chuyển đổi số</a></div>"
            f"<div align='right'><i>{closing_date}</i></div></div></div>"
            f"<div class='other'><b>Các tin đã đưa</b><ul>"
            f"<li><a href='/tin/1.html'>{g.TEASERS[0][0]}</a> - {g.TEASERS[0][1]}</li></ul></div>"
            "</td></tr></table></body></html>")


def test_headline_linking_to_its_own_page_and_a_date_closing_the_text() -> None:
    fields, reason = extracted(headerless_portal())
    assert reason is None
    assert fields["title"] == g.TITLE
    assert fields["published"] == "2019-03-14T08:30:00+07:00"
    # the lead block beside the text's own div is not body text
    assert fields["body"] == g.BODY


def test_a_teaser_date_after_the_related_heading_is_not_a_closing_date() -> None:
    html = headerless_portal(closing_date="")
    fields, _ = extracted(html)
    assert fields["published"] is None


def test_joomla_month_word_dates() -> None:
    assert find_date("Thứ năm, 14 Tháng 3 2019 08:30")[1].isoformat() == \
        "2019-03-14T08:30:00+07:00"
    assert find_date("ngày 2 tháng 6 năm 2005")[1].isoformat() == "2005-06-02T00:00:00+07:00"


def joomla_page(*, leading_item: bool) -> str:
    """Joomla 1.5 `contentpaneopen` tables: an article, or a blog-layout section page whose leading
    item prints its title link, date and whole introduction under the section's name."""
    if leading_item:
        head = (f"<div class='componentheading'>Tin tức - Sự kiện</div><table class='contentpaneopen'>"
                f"<tr><td class='contentheading'><a href='/index.php?id=7' class='contentpagetitle'>"
                f"{g.TITLE}</a></td></tr></table>")
        title = "Tin tức - Sự kiện"
    else:
        head = (f"<table class='contentpaneopen'><tr><td class='contentheading'>{g.TITLE}</td>"
                "</tr></table>")
        title = g.TITLE
    return (f"<html><head><title>{title}</title></head><body><table><tr><td class='left'><ul>"
            "<li><a href='/index.php?option=com_author&q=pv'>PV</a></li></ul></td><td>"
            f"{head}<table class='contentpaneopen'><tr><td class='createdate'>Thứ năm, 14 Tháng 3 "
            f"2019 08:30</td></tr><tr><td valign='top'>{g.BODY_HTML}</td></tr>"
            "<tr><td class='modifydate'>Cập nhật lần cuối ngày Thứ năm, 14 Tháng 3 2019 10:47</td>"
            "</tr></table></td></tr></table></body></html>")


def test_joomla_article_and_no_byline_from_the_archive_box_above_it() -> None:
    fields, reason = extracted(joomla_page(leading_item=False), hint=g.TITLE)
    assert reason is None
    assert fields["published"] == "2019-03-14T08:30:00+07:00"  # created, not last updated
    assert fields["authors"] == []  # "PV" above the headline is an author archive's link
    assert fields["body"] == g.BODY


def test_blog_layout_section_page_is_not_an_article() -> None:
    _, reason = extracted(joomla_page(leading_item=True), hint="Tin tức - Sự kiện")
    assert reason is not None and "between the headline and the text" in reason


def test_work_calendar_under_a_guessed_headline_is_not_an_article() -> None:
    rows = "".join(f"<tr><td>Thứ {d}, {10 + i}/03/2025</td><td>0{7 + i}:30</td><td>{what}</td></tr>"
                   for i, (d, what) in enumerate((("hai", "Họp giao ban Thường trực UBND huyện"),
                                                   ("ba", "Tiếp công dân định kỳ tại trụ sở"),
                                                   ("tư", "Kiểm tra tiến độ xây dựng nông thôn mới"),
                                                   ("năm", "Làm việc với Phòng Tài nguyên"))))
    html = ("<html><head><title>Lịch công tác</title></head><body><div><p>Lịch công tác tuần của "
            f"Thường trực HĐND, UBND huyện</p><table>{rows}</table></div></body></html>")
    _, reason = extracted(html)
    assert reason is not None


def test_a_sidebar_box_around_a_link_to_the_page_is_not_its_headline() -> None:
    html = titled(f"<div class='left'>"
                  f"<div class='tit' style='font-weight:700'>{g.TITLE}</div><div class='nd'>{g.BODY_HTML}"
                  f"</div></div><div class='right'><div class='mini'><a href='{URL}'>{g.TITLE}</a></div>"
                  "</div>")
    page = ArticlePage(URL, html)
    assert page.field_elements()["title"].get("class") == "tit"


def test_decomposed_text_is_read_as_composed() -> None:
    html = unicodedata.normalize("NFD", headerless_portal())
    fields, reason = extracted(html)
    assert reason is None
    assert (fields["title"], fields["body"], fields["authors"]) == (g.TITLE, g.BODY, ["Minh Hà"])



@pytest.mark.parametrize(("line", "names"), [
    ("14/03/2019 08:30 | Minh Hà | Lượt xem: 842", ["Minh Hà"]),
    ("Minh Hà · 08:30 14/03/2019", ["Minh Hà"]),
    ("Kinh tế | 14/03/2019 | Lượt xem: 5", None),  # a section is no name
])
def test_a_bare_name_beside_a_date_on_the_meta_line(line: str, names: list[str] | None) -> None:
    assert parse_byline(line, closing=True) == names
    assert parse_byline(line) is None  # away from the headline a bare name is no byline


def test_meta_line_with_a_bare_name_under_the_headline() -> None:
    html = titled(f"<h1>{g.TITLE}</h1>"
                  f"<div class='meta'>14/03/2019 08:30 | Minh Hà | Lượt xem: 842</div>"
                  f"<div class='txt'>{g.BODY_HTML}</div>")
    fields = extract_article(URL, html)
    assert (fields["published"], fields["authors"]) == ("2019-03-14T08:30:00+07:00", ["Minh Hà"])



def test_a_site_name_longer_than_the_headline_is_not_the_headline() -> None:
    title = "Cử tri nô nức đi bầu cử"
    html = (f"<html><head><title>{title} | Cổng thông tin điện tử phường Hòa Bình</title></head>"
            "<body><div class='top-bar'><a href='/'>Cổng thông tin điện tử phường Hòa Bình</a></div>"
            f"<h1>{title}</h1><div>14/03/2019 08:30</div><div>{g.BODY_HTML}</div></body></html>")
    assert extract_article(URL, html)["title"] == title


def test_a_menu_link_named_like_a_tag_label_is_no_tag_block() -> None:
    """A "Thẻ" link in the header menu leads to the tag index: the post has no tags."""
    html = titled("<header><div class='trigger'><a href='/gioi-thieu/'>Giới thiệu</a>"
                  "<a href='/the/'>Thẻ</a></div></header>"
                  f"<h1>{g.TITLE}</h1><div>14/03/2019 08:30</div><div>{g.BODY_HTML}</div>")
    assert extract_article(URL, html)["tags"] == []


def test_decomposed_tag_block_is_read() -> None:
    html = unicodedata.normalize("NFD", (
        f"<html><head><title>{g.TITLE}</title></head><body><h1>{g.TITLE}</h1>"
        f"<div>14/03/2019 08:30</div><div>{g.BODY_HTML}</div><div class='tk'>Từ khóa: "
        "<a href='/tag/a'>chuyển đổi số</a>, <a href='/tag/b'>Tiên Yên</a></div></body></html>"))
    assert extract_article(URL, html)["tags"] == ["chuyển đổi số", "Tiên Yên"]


def test_an_unmarked_breadcrumb_line_names_the_section() -> None:
    html = titled(f"<div class='dd'><a href='/'>Trang "
                  f"chủ</a> / <a href='/chuyen-muc/tin-tuc'>Tin tức - Sự kiện</a></div><h1>{g.TITLE}</h1>"
                  f"<div>14/03/2019 08:30</div><div>{g.BODY_HTML}</div>")
    assert extract_article(URL, html)["category"] == "Tin tức - Sự kiện"


SECTIONS = ["Tin tức - Sự kiện", "Chỉ đạo điều hành", "Kinh tế", "Văn hóa - Xã hội", "Thông báo"]


@pytest.mark.parametrize("menu", [
    "<table><tr>" + "".join(f"<td><a href='/?cat={i}'>{s}</a></td>" for i, s in enumerate(SECTIONS))
    + "</tr></table>",
    "<ul>" + "".join(f"<li><a href='/?cat={i}'>{s}</a></li>" for i, s in enumerate(SECTIONS)) + "</ul>"])
def test_the_last_item_of_a_menu_above_the_headline_is_no_section(menu: str) -> None:
    """`_in_link_row`: a page that prints no section, under a menu of section links, has none."""
    html = titled(f"{menu}<div class='news'><div class='t'>{g.TITLE}</div>"
                  f"<div>14/03/2019 08:30</div><div>{g.BODY_HTML}</div></div>")
    assert extract_article(URL, html)["category"] is None


def test_a_section_link_on_its_own_row_above_the_headline_is_the_section() -> None:
    html = titled(f"<table><tr><td><a href='/?cat=2'>Kinh tế</a></td></tr><tr><td>{g.TITLE}</td></tr>"
                  f"<tr><td>14/03/2019 08:30</td></tr><tr><td>{g.BODY_HTML}</td></tr></table>")
    assert extract_article(URL, html)["category"] == "Kinh tế"


def test_a_breadcrumb_step_is_named_without_the_separator_inside_it() -> None:
    """`_crumb_step`: Joomla prints each step's divider inside the step's `<li>`."""
    html = titled(
        '<ul class="breadcrumb"><li><a href="/" class="pathway">Trang chủ</a><span class="divider"> / '
        '</span></li><li><a href="/index.php/kinh-te" class="pathway">Kinh tế</a><span class="divider">'
        f' / </span></li><li class="active"><span>{g.TITLE}</span></li></ul><h2>{g.TITLE}</h2>'
        f"<div>14/03/2019 08:30</div><div>{g.BODY_HTML}</div>")
    assert extract_article(URL, html)["category"] == "Kinh tế"


def test_a_term_marked_as_a_tag_that_leads_to_a_category_archive_is_the_category() -> None:
    """`links_a_category`: a block theme's post-terms without the `taxonomy-category` class."""
    html = g.block_theme().replace('class="taxonomy-category wp-block-post-terms"',
                                   'class="wp-block-post-terms"')
    fields, _ = extracted(html)
    assert fields["category"] == "Tin tức"
    assert fields["tags"] == ["chuyển đổi số"]


@pytest.mark.parametrize("where", ["header", "after"])
def test_a_byline_label_and_its_name_in_separate_cells(where: str) -> None:
    cells = "<table><tr><td>Tác giả:</td><td>Trần Thị Hoa</td></tr></table>"
    html = titled(f"<h1>{g.TITLE}</h1>"
                  f"<div>14/03/2019 08:30</div>{cells if where == 'header' else ''}"
                  f"<div class='nd'>{g.BODY_HTML}</div>{cells if where == 'after' else ''}")
    fields = extract_article(URL, html)
    assert fields["authors"] == ["Trần Thị Hoa"]
    assert fields["body"] == g.BODY


@pytest.mark.parametrize("meta", [
    '<meta name="DC.date.issued" content="2019-03-14T08:30:00+07:00">',
    '<meta name="dcterms.created" content="2019-03-14T08:30:00+07:00">',
    '<meta name="pubdate" content="2019-03-14T08:30:00+07:00">',
    '<meta itemprop="datePublished" content="2019-03-14T08:30:00+07:00">',
])
def test_publish_time_only_in_a_meta_tag(meta: str) -> None:
    html = (f"<html><head><title>{g.TITLE}</title>{meta}</head><body><h1>{g.TITLE}</h1>"
            f"<div>{g.BODY_HTML}</div></body></html>")
    assert extract_article(URL, html)["published"] == "2019-03-14T08:30:00+07:00"


@pytest.mark.parametrize(("line", "names"), [
    ("14/03/2019 08:30 - Minh Hà - Thu Trang", ["Minh Hà", "Thu Trang"]),
    ("Chủ nhật, 14/03/2019 - PV", ["PV"]),
    ("Hà Nội, 14/03/2019", None),  # a dateline's place
    ("Thứ Năm, 14/03/2019, 08:30 (GMT+7)", None),
])
def test_names_beside_the_date_on_a_meta_line(line: str, names: list[str] | None) -> None:
    assert parse_byline(line, closing=True) == names


def test_date_after_a_labelled_name_is_not_part_of_it() -> None:
    assert parse_byline("Tác giả: Minh Hà - 14/03/2019") == ["Minh Hà"]


def full_post(i: int, *, linked: bool) -> str:
    title = g.TITLE if i == 0 else g.TEASERS[i][0]
    head = f"<a href='/bai-viet/{i}'>{title}</a>" if linked else title
    return (f"<div class='bv'><h2>{head}</h2><div>14/03/2019 08:30 - <a href='/nguoi-viet/ha'>"
            f"Minh Hà</a></div><div class='bv-n'>{g.BODY_HTML}</div><div>Thẻ: <a href='/the/cds'>"
            "chuyển đổi số</a>, <a href='/the/ty'>Tiên Yên</a></div></div>")


def test_a_whole_post_page_reads_its_meta_line_and_tag_line() -> None:
    html = titled(f"<div class='c1'>"
                  f"{full_post(0, linked=False)}</div>")
    fields, reason = extracted(html, hint=g.TITLE)
    assert reason is None
    assert (fields["authors"], fields["tags"]) == (["Minh Hà"], ["chuyển đổi số", "Tiên Yên"])
    assert fields["body"] == g.BODY


@pytest.mark.parametrize(("heading", "posts"), [("Tin tức - Sự kiện", 3), ("Minh Hà", 1),
                                                ("chuyển đổi số", 1)])
def test_an_archive_printing_whole_posts_is_not_an_article(heading: str, posts: int) -> None:
    html = (f"<html><head><title>{heading}</title></head><body><div class='c1'><div>{heading}</div>"
            + "".join(full_post(i, linked=True) for i in range(posts)) + "</div></body></html>")
    _, reason = extracted(html, hint=heading)
    assert reason is not None



def test_paragraphs_beside_an_inner_block_of_more_paragraphs_stay_in_the_body() -> None:
    """Mixed markup: two paragraphs, then the rest wrapped in a div: all of it is the text."""
    first, rest = g.PARAGRAPHS[:2], g.PARAGRAPHS[2:] * 3
    html = titled(f"<h1>{g.TITLE}</h1><div>14/03/2019 08:30</div><div class='nd'>"
                  + "".join(f"<p>{p}</p>" for p in first)
                  + "<div>" + "".join(f"<p>{p}</p>" for p in rest) + "</div></div>")
    assert extract_article(URL, html)["body"] == "\n\n".join(first + rest)


def test_a_published_and_by_line_names_only_the_writer() -> None:
    """twentytwentyone's `div.posted-by`: "Published <time> By <a>NAME</a>"."""
    line = "Published 10/12/2025 08:30 By Mai Hữu Thảo"
    assert parse_byline(line, closing=True) == ["Mai Hữu Thảo"]
    html = titled(f"<article><h1>{g.TITLE}</h1><div class='entry-content'>{g.BODY_HTML}</div>"
                  "<footer class='entry-footer'><div class='posted-by'><span class='posted-on'>"
                  "Published <time class='entry-date published' datetime='2025-12-10T08:30:00+07:00'>"
                  "10/12/2025 08:30</time></span><span class='byline'>By <a class='url fn n' "
                  "href='/author/thao/'>Mai Hữu Thảo</a></span></div></footer></article>")
    assert extract_article(URL, html)["authors"] == ["Mai Hữu Thảo"]


@pytest.mark.parametrize(("author", "names"), [
    ("Minh Hà, Thu Trang", ["Minh Hà", "Thu Trang"]),
    (["Minh Hà", "Thu Trang"], ["Minh Hà", "Thu Trang"]),
    ({"@type": "Person", "name": "Ban Biên tập"}, ["Ban Biên tập"]),  # a desk, kept whole
])
def test_json_ld_author_strings_naming_several_writers(author: object, names: list[str]) -> None:
    assert extract_article(URL, ld_page({**ARTICLE, "@type": "NewsArticle", "author": author}))[
        "authors"] == names


def kicker_page(kicker: str) -> str:
    """One block holds a kicker line, the headline, the date, a tool line, a bold lead and the text."""
    return titled(f"<div class='bai'><p class='kicker'><i>{kicker}</i></p><p class='tieu-de'><font "
                  f"size='4'><b>{g.TITLE}</b></font></p><p>Ngày 14/03/2019 lúc 8 giờ 30</p><p><a "
                  "href='#'>In bài</a> | <a href='#'>Gửi email</a></p><p><b>Huyện đặt mục tiêu đến "
                  "cuối năm có toàn bộ thủ tục hành chính được tiếp nhận trực tuyến.</b></p>"
                  f"{g.BODY_HTML}</div>")


@pytest.mark.parametrize(("kicker", "authors"), [("Hoàng Anh", ["Hoàng Anh"]),
                                                 ("Tin, ảnh: Minh Hà", ["Minh Hà"])])
def test_a_kicker_byline_above_the_headline_inside_the_text_block(
        kicker: str, authors: list[str]) -> None:
    fields, reason = extracted(kicker_page(kicker))
    assert reason is None
    assert fields["authors"] == authors
    assert fields["published"] == "2019-03-14T08:30:00+07:00"
    assert fields["summary"].startswith("Huyện đặt mục tiêu")  # past the date and tool lines
    assert fields["body"] == g.BODY  # nothing above the headline, nor the lead


def test_a_section_link_above_the_headline_is_no_kicker_byline() -> None:
    html = titled(f"<div><p><a href='/muc/phu-lam'>Phú Lâm</a></p><h1>{g.TITLE}</h1>"
                  f"<p>14/03/2019 08:30</p>{g.BODY_HTML}</div>")
    assert extract_article(URL, html)["authors"] == []


_LINKS = "".join(f"<li><a href='/tin/{i}.html'>{t}</a></li>" for i, (t, _) in enumerate(g.TEASERS[:3]))


@pytest.mark.parametrize("middle", [
    # a related list in its own box between the header and the text
    f"<div class='box'><ul>{_LINKS}</ul></div><div>{g.BODY_HTML}</div>",
    # a "Xem thêm:" box floated at the top of the text column
    f"<div class='txt'><div style='float:right'><b>Xem thêm:</b><ul>{_LINKS}</ul></div>"
    f"{g.BODY_HTML}</div>",
    # a lead citing the previous article of a series by its link
    f"<p><b>(Tiếp theo bài: <a href='/tin/1.html'>{g.TEASERS[1][0]}</a>) Huyện tiếp tục đẩy mạnh "
    f"cải cách.</b></p><div class='nd'>{g.BODY_HTML}</div>",
])
def test_links_to_other_articles_before_the_text_keep_the_article(middle: str) -> None:
    fields, reason = extracted(titled(f"<h1>{g.TITLE}</h1><div>14/03/2019 08:30</div>{middle}"))
    assert reason is None and fields["body"] == g.BODY


# -- a static blog's post page (Pelican), a listing of one post (Drupal) -------------------------

BLOG_URL = "http://127.0.0.1:8080/2019/03/hoi-nghi-quy-che-dan-chu.html"
BLOG_TITLE = "Hội nghị triển khai thực hiện Quy chế dân chủ ở cơ sở năm 2019"


def blog_post(*, body_class: str = "home", url: str = BLOG_URL) -> str:
    """A post as Pelican's themes print it: the headline a permalink to the page itself, the date
    and the tag line (a tag of a headline's length) in the article's own footer."""
    return f"""<html><head><title>{BLOG_TITLE}</title></head>
<body id="index" class="{body_class}"><header><h1><a href="/">Xã Tân Lập</a></h1></header>
<section id="content"><article><header><h1 class="entry-title">
<a href="{url}" rel="bookmark">{BLOG_TITLE}</a></h1></header>
<p>{g.BODY}</p>
<footer><p>Published: <time datetime="2019-03-14T08:30:00+07:00">14/03/2019 08:30</time></p>
<address>By <a href="/tac-gia/minh-ha/">Minh Hà</a></address>
<p>tags: <a href="/the/quy-che/">Quy chế dân chủ ở cơ sở huyện</a></p></footer>
</article></section></body></html>"""


@pytest.mark.parametrize("body_class", ["home", ""])
def test_a_blog_post_whose_theme_classes_every_page_home(body_class: str) -> None:
    fields, reason = extracted(blog_post(body_class=body_class), url=BLOG_URL)
    assert reason is None
    assert fields["published"] == "2019-03-14T08:30:00+07:00"
    assert fields["authors"] == ["Minh Hà"]


def test_the_front_page_classed_home_is_a_listing() -> None:
    _, reason = extracted(blog_post(url="http://127.0.0.1:8080/2019/03/other.html"),
                          url="http://127.0.0.1:8080/")
    assert reason is not None


def one_post_listing(*, whole: bool) -> str:
    """A tag page listing one post: its heading a link to the post, then the post's trimmed
    summary and "Xem thêm" in a box classed teaser (Drupal), or the whole post (Pelican)."""
    text = f"<p>{g.BODY}</p><p>{g.BODY}</p>" if whole else f"<p>{g.BODY[:160]}</p>"
    more = "" if whole else ('<ul class="links inline"><li class="node-readmore">'
                             '<a href="/tin-tuc/hoi-nghi" rel="tag">Xem thêm</a></li></ul>')
    box = '<aside id="featured">' if whole else '<div class="view-content"><div class="views-row">'
    return f"""<html><head><title>dân vận | Xã Tân Lập</title></head>
<body class="path-taxonomy"><main><h1 class="page-title"><span>dân vận</span></h1>{box}
<article class="node node--view-mode-teaser"><h2><a href="/tin-tuc/hoi-nghi" rel="bookmark">
<span class="field--name-title">{BLOG_TITLE}</span></a></h2><footer class="node__meta">
<div class="node__submitted">Gửi bởi <span>quantri</span> vào
<span class="field--name-created">T5, 14/03/2019 - 08:30</span></div></footer>
<div class="node__content"><div class="field--name-body">{text}</div>{more}</div></article>
{"</aside>" if whole else "</div></div>"}</main>
<aside class="sidebar"><h2>Tin mới</h2><ul><li><a href="/tin-tuc/a">Xã Phú Lâm vận hành ổn định
mô hình chính quyền địa phương hai cấp</a> 19/08/2025</li></ul></aside></body></html>"""


@pytest.mark.parametrize("whole", [False, True])
def test_a_listing_of_one_post_is_not_an_article(whole: bool) -> None:
    _, reason = extracted(one_post_listing(whole=whole), url="http://127.0.0.1:8080/the/dan-van")
    assert reason is not None


def drupal_node(reporters: list[str]) -> str:
    """A Drupal node: the editor's account in "Gửi bởi … vào …", the reporters in a "Tác giả"
    field (label without its colon, one name per item), then the text."""
    items = "".join(f'<div class="field__item">{n}</div>' for n in reporters)
    field = (f'<div class="field--name-field-tac-gia field--label-inline"><div class="field__label">'
             f'Tác giả</div><div class="field__items">{items}</div></div>') if reporters else ""
    return f"""<html><head><title>{BLOG_TITLE} | Xã Tân Lập</title></head><body>
<main><h1 class="page-title"><span>{BLOG_TITLE}</span></h1><article class="node node--view-mode-full">
<footer class="node__meta"><div class="node__submitted">Gửi bởi <span>bientap</span> vào
<span>T5, 14/03/2019 - 08:30</span></div></footer><div class="node__content">{field}
<div class="field--name-body"><p>{g.BODY}</p><p>{g.BODY}</p></div></div></article></main></body></html>"""


@pytest.mark.parametrize("reporters", [["Minh Hà"], ["Minh Hà", "Thu Trang"], []])
def test_a_reporters_field_names_the_writers_not_the_posting_account(reporters: list[str]) -> None:
    fields, reason = extracted(drupal_node(reporters))
    assert reason is None
    assert fields["authors"] == reporters


def webforms_news(author: str) -> str:
    """An ASP.NET WebForms news page: a left column listing the writers as links (one of them
    "PV"), the headline, date and author in `ctl00_…` label spans, the author after the text."""
    ids = "ctl00_ContentPlaceHolder1_ucNewsDetail"
    writers = "".join(f'<tr><td class="CatItem"><a href="/NewsByAuthor.aspx?Name={i}">{n}</a></td></tr>'
                      for i, n in enumerate(["Minh Hà", "Nhóm PV", "PV"]))
    return f"""<html><head><title>{BLOG_TITLE}</title></head><body>
<form id="aspnetForm"><table><tr><td class="ColLeft"><table>{writers}</table></td>
<td class="ColCenter"><table class="tblDetail"><tr><td><span id="{ids}_lblTitle" class="NewsTitle">
{BLOG_TITLE}</span></td></tr><tr><td class="NewsInfo">Ngày đăng: <span id="{ids}_lblDate">
14/03/2019 8:30:00 SA</span>&nbsp;|&nbsp;Lượt xem: <span>3003</span></td></tr>
<tr><td><div id="{ids}_pnlContent" class="NewsContent"><p>{g.BODY}</p><p>{g.BODY}</p></div></td></tr>
<tr><td align="right"><span id="{ids}_lblAuthor" class="NewsAuthor"><b>{author}</b></span></td></tr>
</table></td></tr></table></form></body></html>"""


@pytest.mark.parametrize(("author", "names"), [("Minh Hà - Thu Trang", ["Minh Hà", "Thu Trang"]),
                                               ("", [])])
def test_a_webforms_author_label_after_the_text_not_the_writers_box(
        author: str, names: list[str]) -> None:
    fields, reason = extracted(webforms_news(author))
    assert reason is None
    assert fields["authors"] == names


@pytest.mark.parametrize("address_class", ["", "vcard author"])
def test_a_byline_of_several_author_links_names_each_writer(address_class: str) -> None:
    links = "\n".join(f'<a class="url fn" href="/tac-gia/{i}/">{n}</a>'
                      for i, n in enumerate(["Minh Hà", "Thu Trang"]))
    html = blog_post().replace('<address>By <a href="/tac-gia/minh-ha/">Minh Hà</a></address>',
                               f'<address class="{address_class}">By {links}\n</address>')
    fields, _ = extracted(html, url=BLOG_URL)
    assert fields["authors"] == ["Minh Hà", "Thu Trang"]


def test_a_tags_field_labelled_without_its_colon() -> None:
    tags = ('<div class="field--name-field-tags"><h3 class="field__label">Thẻ</h3><ul><li>'
            '<a href="/the/sap-nhap">sáp nhập</a></li><li><a href="/the/dan-van">dân vận</a></li>'
            '</ul></div>')
    fields, _ = extracted(drupal_node([]).replace("</article>", f"{tags}</article>"))
    assert fields["tags"] == ["sáp nhập", "dân vận"]


# -- a blog theme's own boxes: a metadata sidebar, tag rows in landmarks ---------------------------

def meta_sidebar_post(*, sidebar: str | None = None, extra: str = "") -> str:
    """A post whose date, writer and section sit in a sidebar `<nav>` beside its text (as
    Material for MkDocs' blog prints them), after a "skip to content" link."""
    sidebar = (sidebar if sidebar is not None else (
        '<a href="/">Quay lại</a><div class="post__authors"><strong><a href="/tac-gia/minh-ha/">'
        'Minh Hà</a></strong><br>Cộng tác viên</div><time datetime="2019-03-14 08:30:00+07:00">'
        "14/03/2019 08:30</time>")) + extra
    return f"""<html><head><title>{BLOG_TITLE}</title></head><body>
<div><a href="#noi-dung" class="skip">Bỏ qua</a></div><header><nav><a href="/">Trang chủ</a></nav>
</header><main><div class="content"><div class="sidebar"><nav>{sidebar}</nav></div>
<article><h1 id="noi-dung">{BLOG_TITLE}</h1>{g.BODY_HTML}</article></div></main></body></html>"""


def test_a_metadata_sidebar_beside_the_post_gives_its_date_and_writer() -> None:
    fields, reason = extracted(meta_sidebar_post(), url=BLOG_URL)
    assert reason is None
    assert fields["published"] == "2019-03-14T08:30:00+07:00"
    assert fields["authors"] == ["Minh Hà"]


def test_a_sidebar_widget_of_a_recent_post_gives_no_date() -> None:
    """The lone `<time>` of a box that links another article is that article's: a static page
    with a "recent post" widget has no date of its own."""
    widget = ('<a href="/2019/03/hop-ban-chi-dao-quy-che-dan-chu.html">Họp Ban Chỉ đạo thực hiện '
              'Quy chế dân chủ</a><time datetime="2019-03-14 08:30:00+07:00">14/03/2019</time>')
    fields, reason = extracted(meta_sidebar_post(sidebar=widget), url=BLOG_URL)
    assert fields["published"] is None
    assert reason == "no publish date and no structured data saying article"


def test_a_bem_author_element_names_the_writer() -> None:
    """`block__author` (BEM naming: `post__author`, `card__authors`) marks the byline as plainly
    as `author` does; here a link above the headline, where a bare link is a menu's."""
    byline = ('<div class="post__author"><a href="/tac-gia/minh-ha/">Minh Hà</a></div>'
              '<time datetime="2019-03-14 08:30:00+07:00">14/03/2019 08:30</time>')
    html = meta_sidebar_post(sidebar="").replace("<article>", f"<article>{byline}")
    fields, reason = extracted(html, url=BLOG_URL)
    assert reason is None
    assert fields["authors"] == ["Minh Hà"]


def test_a_skip_link_above_the_headline_is_no_section() -> None:
    fields, _ = extracted(meta_sidebar_post(), url=BLOG_URL)
    assert fields["category"] is None  # not "Bỏ qua", the skip link to the text


SECTION_LINK = '<a href="/chuyen-muc/kinh-te/">Kinh tế</a>'


@pytest.mark.parametrize("html", [
    meta_sidebar_post(extra=f"<span>Trong {SECTION_LINK}</span>"),
    blog_post().replace("</h1></header>\n<p>", f"</h1></header>\n<p>In {SECTION_LINK}.</p><p>"),
    blog_post().replace("<address>", f"<p>Category: {SECTION_LINK}</p><address>")])
def test_a_section_link_after_a_label_on_the_meta_line(html: str) -> None:
    """"Trong <a>Kinh tế</a>" in a metadata sidebar, "In <a>Kinh tế</a>." above a post's text,
    "Category: <a>Kinh tế</a>" in its footer after the text."""
    fields, _ = extracted(html, url=BLOG_URL)
    assert fields["category"] == "Kinh tế"


def test_tags_printed_as_chips_in_the_posts_own_nav() -> None:
    """Unlinked tag chips (`<span class="c-tag">`) in a `<nav>` of the post's `<article>`."""
    chips = ('<nav class="c-tags"><span class="c-tag">Quy chế dân chủ ở cơ sở</span>'
             '<span class="c-tag">dân vận</span></nav>')
    html = meta_sidebar_post().replace("<article>", f"<article>{chips}")
    fields, _ = extracted(html, url=BLOG_URL)
    assert fields["tags"] == ["Quy chế dân chủ ở cơ sở", "dân vận"]


def test_tags_in_a_related_box_of_the_article_are_not_its_own() -> None:
    related = ('<aside class="related"><nav class="c-tags"><span class="c-tag">giáo dục</span>'
               '<span class="c-tag">khai giảng</span></nav></aside>')
    html = meta_sidebar_post().replace("</article>", f"{related}</article>")
    fields, _ = extracted(html, url=BLOG_URL)
    assert fields["tags"] == []


def test_microdata_keywords_on_a_list_of_tag_links_are_each_a_tag() -> None:
    """`itemprop=keywords` on a `<ul>`: its text runs the tags together, with no comma."""
    from parsel import Selector
    html = ('<html><body><article itemscope itemtype="http://schema.org/Article"><ul '
            'itemprop="keywords"><li><a href="/the/mttq/">Mặt trận Tổ quốc</a></li><li><a '
            'href="/the/ddk/">đại đoàn kết</a></li></ul></article></body></html>')
    assert structured(Selector(text=html)).tags == ["Mặt trận Tổ quốc", "đại đoàn kết"]


def test_a_tag_page_of_two_dated_titles_is_no_article() -> None:
    """A tag's page listing two posts (its heading, a feed link, then two dated titles): a body
    finder glues the heading to the titles, which is no written text either."""
    items = "".join(
        f'<li><time datetime="{d}T10:50:00+07:00">{d}</time><a href="/tin-tuc/{i}/">{t}</a></li>'
        for i, (d, t) in enumerate([
            ("2025-08-19", "Xã Phú Lâm vận hành ổn định mô hình chính quyền địa phương hai cấp"),
            ("2025-06-30", "Công bố nghị quyết sáp nhập, thành lập các xã mới từ ngày 1/7/2025")]))
    html = f"""<html><head><title>Bài viết về chính quyền địa phương hai cấp</title></head><body>
<header><a href="/">Trang chủ</a></header><main><article class="tagpage"><header>
<h1>Bài viết về chính quyền địa phương hai cấp</h1><p><a href="../x.xml">Nguồn cung cấp dữ liệu
RSS</a></p></header><ul class="postlist">{items}</ul></article></main></body></html>"""
    _, reason = extracted(html, url="http://127.0.0.1:8080/the/chinh-quyen-dia-phuong-hai-cap/")
    assert reason is not None


def test_a_source_line_marked_as_author_is_no_writers_name() -> None:
    """`<p class="detail__author">Theo Minh Hà</p>` credits a source: the writer is the one the
    page names elsewhere (its structured data), not "Theo Minh Hà" kept whole as a desk's name."""
    html = ld_page({"@type": "NewsArticle", **ARTICLE}).replace(
        "</body>", '<p class="detail__author">Theo Minh Hà</p></body>')
    assert 'class="detail__author"' in html
    fields, _ = extracted(html)
    assert fields["authors"] == ["Minh Hà"]


# -- a post's card in the site's sidebar: the only place its date is printed ------------------------

RECENT_POSTS = """<div class="widget recent"><h3>Recent Posts</h3><ul>
<li><a href="/bai-viet/2025/hop-ban-chi-dao/">
  19/08/2025 - Họp Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở</a></li>
<li><a href="/bai-viet/2025/khai-giang/">
  05/09/2025 - Các trường học trên địa bàn xã tổ chức lễ khai giảng</a></li></ul></div>"""
POSTCARD = """<div class="card"><h2><span>14/03/2019 08:30</span></h2><ul>
  <li>
    <span>
       Author:
    </span>
    <a href="/blog/author/minh-ha/">Minh Hà</a>
     ,
    <a href="/blog/author/thu-trang/">Thu Trang</a>
  </li>
  <li><span>Category:</span>
    <a href="/blog/category/kinh-te/">Kinh tế</a></li>
  <li><span>Tags:</span> <a href="/blog/tag/sap-nhap/">sáp nhập</a>
    <a href="/blog/tag/chinh-quyen/">chính quyền địa phương hai cấp</a></li></ul></div>"""


def sidebar_card_post(card: str = POSTCARD) -> str:
    """A post whose date (local time, nothing machine-readable), writers, section and tags are
    printed only in a card in the site's sidebar, beside a widget of other posts' dates and titles
    (as a Sphinx blog in Alabaster prints them); the heading carries a "¶" permalink."""
    return f"""<html><head><title>{BLOG_TITLE} — Trang tin xã</title></head><body>
<div class="document"><div class="documentwrapper"><div class="bodywrapper"><div class="body">
<section id="bai"><h1>{BLOG_TITLE}<a class="headerlink" href="#bai" title="Link">¶</a></h1>
{g.BODY_HTML}</section></div></div></div>
<div class="sphinxsidebar"><div class="sphinxsidebarwrapper">{card}{RECENT_POSTS}</div></div>
</div></body></html>"""


def test_a_dated_card_in_the_sidebar_gives_the_posts_date_and_writers() -> None:
    fields, reason = extracted(sidebar_card_post(), url=BLOG_URL)
    assert reason is None
    assert fields["published"] == "2019-03-14T08:30:00+07:00"
    assert fields["authors"] == ["Minh Hà", "Thu Trang"]
    assert fields["category"] == "Kinh tế"
    # a tag as long as a teaser's title is still the card's own (a label announces it)
    assert fields["tags"] == ["sáp nhập", "chính quyền địa phương hai cấp"]
    assert fields["title"] == BLOG_TITLE  # without the heading's "¶"


@pytest.mark.parametrize("card", [
    # today's date in a box with no labelled links: the site's, not the post's
    '<div class="today"><span>Hôm nay: 14/03/2019 08:30</span> <a href="/lien-he/">Liên hệ</a></div>',
    # two dated cards: a list of events, neither of them the post's
    POSTCARD + POSTCARD.replace("14/03/2019", "15/03/2019")])
def test_a_sidebar_date_that_is_no_posts_card_gives_no_date(card: str) -> None:
    fields, reason = extracted(sidebar_card_post(card), url=BLOG_URL)
    assert fields["published"] is None
    assert reason == "no publish date and no structured data saying article"


def test_a_headings_permalink_symbol_is_no_part_of_the_title() -> None:
    html = blog_post().replace("</h1>", '<a class="anchor" href="#top">#</a></h1>')
    assert "#top" in html
    fields, _ = extracted(html, url=BLOG_URL)
    assert fields["title"] == BLOG_TITLE


# -- the same card with Font Awesome glyphs for labels, in PyData's primary sidebar ---------------

#: ABlog's postcard once its `fontawesome` option is on: a glyph where "Author:", "Category:" and
#: "Tags:" were (ablog/templates/ablog/postcard2.html), writers linked to their author archive.
ICON_POSTCARD = """<div class="ablog-sidebar-item ablog__postcard"><h2>
  <i class="fa fa-calendar"></i> <span>14/03/2019 08:30</span></h2><ul>
  <li id="ablog-sidebar-item author ablog__author"><span><i class="fa-fw fa fa-user"></i></span>
    <a href="/blog/author/minh-ha/">Minh Hà</a> , <a href="/blog/author/thu-trang/">Thu Trang</a></li>
  <li id="ablog-sidebar-item category ablog__category">
    <span><i class="fa-fw fa fa-folder-open"></i></span>
    <a href="/blog/category/kinh-te/">Kinh tế</a></li>
  <li id="ablog-sidebar-item tags ablog__tags"><span><i class="fa-fw fa fa-tags"></i></span>
    <a href="/blog/tag/sap-nhap/">sáp nhập</a>
    <a href="/blog/tag/chinh-quyen/">chính quyền địa phương hai cấp</a></li></ul></div>"""


def pydata_post(card: str = ICON_POSTCARD, *, print_copy: str = "",
                title: str = BLOG_TITLE) -> str:
    """A post as the PyData Sphinx theme lays out an ABlog site: the primary sidebar (the card,
    other posts' dates and titles) before the article, a breadcrumb whose last step is the title,
    `print_copy` (the Book theme's print-only `<h1>`) and the heading and the figure's caption
    each with a "#" permalink."""
    return f"""<html><head><title>{title} — Trang tin xã</title></head><body>
<div class="bd-container"><div class="bd-sidebar-primary bd-sidebar">{card}{RECENT_POSTS}</div>
<main class="bd-main"><div class="bd-content"><div class="bd-article-container">
<div class="bd-header-article"><nav aria-label="Breadcrumb"><ul class="bd-breadcrumbs">
<li class="breadcrumb-item breadcrumb-home"><a href="/"><i class="fa-solid fa-home"></i></a></li>
<li class="breadcrumb-item active"><span class="ellipsis">{title}</span></li></ul></nav></div>
{print_copy}<article class="bd-article"><section id="bai">
<h1>{title}<a class="headerlink" href="#bai" title="Link to this heading">#</a></h1>
{g.BODY_HTML}<figure id="id1"><img src="/_images/hoi-nghi.jpg" alt=""/><figcaption><p>
<span class="caption-text">{g.CAPTION}</span><a class="headerlink" href="#id1">#</a></p>
</figcaption></figure></section></article></div></div></main></div></body></html>"""


def test_an_icon_labelled_card_gives_the_posts_date_writers_and_section() -> None:
    fields, reason = extracted(pydata_post(), url=BLOG_URL)
    assert reason is None
    assert fields["published"] == "2019-03-14T08:30:00+07:00"
    assert fields["authors"] == ["Minh Hà", "Thu Trang"]
    assert fields["category"] == "Kinh tế"
    # a tag as long as a teaser's title is still the card's own (a glyph labels it)
    assert fields["tags"] == ["sáp nhập", "chính quyền địa phương hai cấp"]


def test_a_glyph_beside_no_links_labels_nothing() -> None:
    """A glyph before plain text (a clock before today's date) makes no card of the post's."""
    card = '<div class="today"><span><i class="fa fa-clock"></i> 14/03/2019 08:30</span></div>'
    fields, reason = extracted(pydata_post(card), url=BLOG_URL)
    assert fields["published"] is None
    assert reason == "no publish date and no structured data saying article"


def test_the_heading_with_a_permalink_wins_over_the_breadcrumbs_last_step() -> None:
    page = ArticlePage(BLOG_URL, pydata_post())
    fields = page.fields()
    assert page.headline_element.tag == "h1"
    assert fields["title"] == BLOG_TITLE
    assert fields["body"] == g.BODY  # the text after the heading, without the title nor a "#"
    assert [i["caption"] for i in fields["images"]] == [g.CAPTION]  # without the caption's "#"


def test_a_date_in_a_copy_of_the_headline_is_the_titles_not_the_posts() -> None:
    title = "Công bố nghị quyết thành lập các xã mới từ ngày 1/7/2025"
    html = pydata_post(print_copy=f'<div class="onlyprint"><h1>{title}</h1></div>', title=title)
    fields, reason = extracted(html, url=BLOG_URL)
    assert reason is None
    assert fields["published"] == "2019-03-14T08:30:00+07:00"


# -- a meta line a template writes over several source lines ----------------------------------

def written_by_post(writers: str) -> str:
    """A post whose template writes its byline over three source lines (the label, the author
    field as typed, the date as Python prints a datetime), which a browser shows as one line."""
    return f"""<html><head><title>{BLOG_TITLE}</title></head><body>
<header><h1><a href="/">Xã Tân Lập</a></h1></header><div class="page"><div class="blog-post">
<h2>{BLOG_TITLE}</h2>
<p class="meta">
    written by

      {writers}

    on 2019-03-14 08:30:00+07:00
  </p>
{g.BODY_HTML}</div></div></body></html>"""


@pytest.mark.parametrize(("writers", "names"), [("Minh Hà, Thu Trang", ["Minh Hà", "Thu Trang"]),
                                                ("", [])])
def test_a_byline_over_several_source_lines_is_one_meta_line(writers: str,
                                                             names: list[str]) -> None:
    fields, reason = extracted(written_by_post(writers), url=BLOG_URL)
    assert reason is None
    assert fields["authors"] == names
    assert fields["published"] == "2019-03-14T08:30:00+07:00"
    assert "written by" not in fields["body"]
    assert fields["body"].startswith(g.PARAGRAPHS[0])


# -- a page dated only by its last edit ---------------------------------------------------------

def wiki_page(title: str, *, times: int = 1, label: str = "Last edited") -> str:
    """A page as a wiki or a static generator without version history prints it: the title in
    the header, no byline or date there, and the footer's last-edit time (UTC in the attribute,
    local time in the text) as the page's only `<time datetime>`; the tags as footer links."""
    more = '<p>Xem: <time datetime="2019-01-02T01:00:00Z">02/01/2019</time></p>' * (times - 1)
    return f"""<html><head><title>{title}</title>
<meta name="author" content="Minh Hà, Thu Trang" /></head><body>
<article class="page"><section class="pageheader"><header class="header"><span>
<span class="parentlinks"><a href="/">Xã Tân Lập</a>/ <a href="/posts/">posts</a>/ </span>
<span class="title">{title}</span></span></header></section>
<aside class="sidebar"><ul><li><a href="/tags/a/">OCOP</a></li></ul></aside>
<div id="pagebody"><section id="content" role="main">{g.BODY_HTML}{more}</section></div>
<footer id="footer" class="pagefooter" role="contentinfo"><nav id="pageinfo">
<nav class="tags">Tags: <a href="/tags/a/" rel="tag">OCOP</a></nav>
<div class="pagedate">
{label} <time datetime="2019-03-14T01:30:00Z">14/03/2019 08:30</time>
<!-- Created <time datetime="2019-03-14T01:30:00Z" pubdate="pubdate">14/03/2019 08:30</time> -->
</div></nav></footer></article></body></html>"""


def test_a_page_dated_only_by_its_last_edit_is_a_post_of_that_time() -> None:
    fields, reason = extracted(wiki_page(BLOG_TITLE), url="http://127.0.0.1:8080/posts/hoi-nghi/")
    assert reason is None
    assert fields["published"] == "2019-03-14T08:30:00+07:00"
    assert fields["authors"] == ["Minh Hà", "Thu Trang"]


@pytest.mark.parametrize("page", [wiki_page(BLOG_TITLE, times=2),
                                  wiki_page(BLOG_TITLE, label="Xem")])
def test_a_footer_time_is_no_publish_date_unless_the_only_one_and_an_edit(page: str) -> None:
    fields, reason = extracted(page, url="http://127.0.0.1:8080/posts/hoi-nghi/")
    assert fields["published"] != "2019-03-14T08:30:00+07:00"


def test_a_wiki_page_named_by_its_file_and_dated_by_its_edit_is_no_article() -> None:
    _, reason = extracted(wiki_page("attachment"), url="http://127.0.0.1:8080/pagespec/attachment/")
    assert reason is not None and "wiki" in reason
    _, reason = extracted(wiki_page("Attachments"), url="http://127.0.0.1:8080/pagespec/attachment/")
    assert reason is None


def test_a_table_listing_whose_rows_open_with_their_title_links_is_not_an_article() -> None:
    """Each row reads as one paragraph "Title (12/03/19 - 08:30) The lead…": the title link
    opens it but is less than most of it."""
    _, reason = extracted(g.table_listing(), url="http://127.0.0.1:8080/tin/danhsach.asp?cid=1")
    assert reason is not None and "teaser" in reason


def test_a_tag_page_headed_by_its_name_is_not_an_article() -> None:
    """The first paragraph is the tag's name; the first sentence is a card's lead."""
    fields, reason = extracted(g.two_post_tag_page(), url="http://127.0.0.1:8080/tu-khoa/cds")
    assert fields["published"]
    assert reason is not None and "teaser" in reason


@pytest.mark.parametrize(("byline", "authors"), [("Tác giả: Minh Hà", ["Minh Hà"]),
                                                 ("Minh Hà", ["Minh Hà"]),
                                                 ("Thu Trang - Hoàng Anh", ["Thu Trang", "Hoàng Anh"])])
def test_a_meta_row_of_icon_spans_is_read_fact_by_fact(byline: str, authors: list[str]) -> None:
    """Joined by spaces, the byline's name runs into the view count ("Minh Hà 1.204")."""
    fields, reason = extracted(g.icon_meta_row(byline))
    assert reason is None
    assert fields["published"] == "2019-03-14T08:30:00+07:00"
    assert fields["authors"] == authors


def test_a_byline_after_a_file_box_is_not_read_with_the_box_label() -> None:
    """"Tệp đính kèm:" ends with a colon like a byline's label in its own cell; the labelled
    line after the files reads alone."""
    fields, reason = extracted(g.byline_after_a_file_box())
    assert reason is None
    assert fields["authors"] == ["Minh Hà"]
    assert len(fields["attachments"]) == 1


def test_a_document_library_link_ending_in_its_uuid_is_an_attachment() -> None:
    """Liferay's Documents and Media serve a file at `/documents/GROUP/FOLDER/NAME.pdf/UUID`."""
    href = "/documents/20182/40740/ke-hoach.pdf/610f6c64-5d1e-4c3a-9f0b-7e21fba10c79?version=1.0"
    html = g.sharepoint_spans().replace("/Lists/TinTuc/Attachments/5/ke-hoach.pdf", href)
    fields, _ = extracted(html)
    assert fields["attachments"] == [{"url": f"http://127.0.0.1:8080{href}",
                                      "title": "Kế hoạch chuyển đổi số"}]


def test_hashtag_badges_after_an_icon_font_glyph_are_tags() -> None:
    """Only the glyph `<i class="bi bi-tags">` marks the row; the links print "#tag"."""
    badges = ('<div class="mt-4"><i class="bi bi-tags"></i> '
              '<a href="/tu-khoa/cds" class="badge">#chuyển đổi số</a>'
              '<a href="/tu-khoa/ty" class="badge">#Tiên Yên</a></div>')
    html = g.icon_meta_row().replace("</div></div></main>", f"{badges}</div></div></main>")
    fields, _ = extracted(html)
    assert fields["tags"] == ["chuyển đổi số", "Tiên Yên"]


def test_an_empty_tag_row_closing_a_post_holds_no_tags() -> None:
    """A post with no tags under a theme that prints its tag row anyway, empty, last in the
    post's box after the text (Chronicle's copyrighteous: `<span class="tags"> </span>`): the
    row is no glyph labelling the box, whose links (a file the text links) are no tags."""
    file = '<a href="/files/2019/lich-tiep-cong-dan-2020.pdf">Lịch tiếp công dân định kỳ năm 2020</a>'
    html = f"""<html><head><title>Blog: {g.TITLE}</title></head><body>
<div class="storybox"><span class="blosxomTitle">{g.TITLE}</span><span class="date">14/03/2019 08:30</span>
<div class="story">{g.BODY_HTML}<p>{file}</p></div>
Permalink <span class="tags"> </span> </div></body></html>"""
    fields, _ = extracted(html)
    assert fields["tags"] == []


def test_the_site_name_above_the_nav_is_no_headline() -> None:
    """`<title>` names the site, printed in the top bar above the menu: a page that names
    nothing else is no article (here a work calendar of dated rows)."""
    fields, reason = extracted(g.calendar_under_a_top_bar(), url="http://127.0.0.1:8080/lich-cong-tac")
    assert fields["title"] != "Cổng thông tin điện tử huyện Tiên Yên"
    assert reason is not None


def _static_page(byline: str, title: str = "Giới thiệu") -> str:
    """A CMS page (Plone's Document) whose byline gives only what it is asked to."""
    return (f"<html><head><title>{title}</title></head><body><article><header>"
            f"<h1>{title}</h1><section class=byline>{byline}</section></header>"
            f"<div id=content-core>{g.BODY_HTML}</div></article></body></html>")


@pytest.mark.parametrize("label", ["cập nhật lần cuối", "Cập nhật lần cuối:", "Last modified"])
def test_a_page_dated_only_by_its_last_edit_line_is_no_article(label: str) -> None:
    fields, reason = extracted(_static_page(f"<span>{label}</span> <span>30/11/2026</span>"),
                               url="http://127.0.0.1:8080/gioi-thieu")
    assert fields["published"] is None
    assert reason == "no publish date and no structured data saying article"


def test_a_publish_date_beside_a_last_edit_line_dates_the_post() -> None:
    fields, reason = extracted(_static_page(
        "<div>cập nhật lần cuối 30/11/2026</div><div>xuất bản 14/03/2019</div>", g.TITLE))
    assert fields["published"].startswith("2019-03-14")
    assert reason is None


def test_a_table_of_dated_titles_dates_no_page() -> None:
    """An author's page (Plone's): a name, a sentence, then "date | title" rows of the posts."""
    rows = "".join(f'<tr><th>0{d}/10/2020</th><td><a href="/tin-tuc/bai-{d}">Hội nghị triển '
                   f'khai quy chế dân chủ số {d}</a></td></tr>' for d in (9, 8))
    html = (f"<html><body><article><h1>Hồ Thanh Nga</h1><p>{g.PARAGRAPHS[0]}</p>"
            f"<h2>Nội dung mới nhất</h2><table><tr><th>Date</th><th>Content</th></tr>{rows}"
            f"</table></article></body></html>")
    fields, reason = extracted(html, url="http://127.0.0.1:8080/author/bientap8")
    assert fields["published"] is None
    assert reason is not None


def test_a_layout_class_on_body_hides_no_article() -> None:
    """`is_page_root`: Cassiopeia's `has-sidebar-right` on `<body>` names the page's layout; the
    text is still found inside it, and its bold first paragraph is the lead, not body text."""
    lead = "Huyện Tiên Yên đặt mục tiêu đến cuối năm có 80% hồ sơ thủ tục hành chính nộp trực tuyến."
    fields, reason = extracted(g.sidebar_body_class(lead))
    assert reason is None
    assert fields["summary"] == lead
    assert fields["body"] == g.BODY


def test_a_byline_after_a_table_of_files_with_no_colon_label() -> None:
    """A file table between the text and the right-aligned "Nguồn tin:" line, headed by a row
    "Tài liệu đính kèm" (no colon) and giving each file's size: every line of the table is
    passed over on the way to the byline."""
    rows = "".join(f'<tr><td><img src="/icons/pdf.gif" alt=""></td><td><a href="/files/{n}.pdf">'
                   f'{t}</a></td><td>{k} KB</td></tr>'
                   for n, t, k in [("ke-hoach", "Kế hoạch chuyển đổi số", 152),
                                   ("phu-luc", "Phụ lục kèm theo kế hoạch", 48)])
    html = f"""<html><head><title>{g.TITLE}</title></head><body>
<div class="menu"><a href="/">Trang chủ</a> <a href="/tin-tuc">Tin tức</a></div>
<table class="view"><tr><td><span class="Head">{g.TITLE}</span></td></tr>
<tr><td><span class="date">Cập nhật lúc 08:30 ngày 14/3/2019</span></td></tr>
<tr><td><div class="content">{g.BODY_HTML}</div><table class="files"><tr><td colspan="3">Tài liệu
 đính kèm</td></tr>{rows}</table><div align="right"><b>Nguồn tin: Minh Hà</b></div></td></tr>
</table>{g._teaser_list("Các tin khác")}</body></html>"""
    fields, reason = extracted(html)
    assert reason is None
    assert fields["authors"] == ["Minh Hà"]
    assert len(fields["attachments"]) == 2


def test_a_layout_table_linking_documents_is_no_file_box() -> None:
    """A table-layout page whose sidebar cell, after the text, lists documents and then a poem
    signed "Tác giả: …": the layout table holds tables and is no file box, so the search for a
    byline ends at the sidebar's first line and the poet is no author of the article."""
    html = f"""<html><head><title>{g.TITLE}</title></head><body><table class="layout"><tr>
<td class="main"><div class="tieude">{g.TITLE}</div><div class="ngay">Cập nhật lúc 08:30 ngày
 14/3/2019</div><div class="noidung">{g.BODY_HTML}</div></td>
<td class="side"><div class="box">Văn bản mới</div><table><tr><td><a href="/vb/qd-12.pdf">Quyết
 định số 12/QĐ-UBND</a></td></tr></table><div class="box">Góc thơ</div><p>Tháp Mười đẹp nhất
 bông sen</p><p>Tác giả: Bảo Định Giang</p></td></tr></table></body></html>"""
    fields, reason = extracted(html)
    assert reason is None
    assert fields["authors"] == []


# -- whose name is the article's author: hidden microdata, the site's owner, licence boxes -----

def hexo_post(inside: str = "", head: str = "", footer: str = "", after: str = "") -> str:
    """A Hexo theme's post page: a schema.org Article whose header prints the date and no byline,
    `inside` the article before its header, `after` the text, `footer` in the site's footer."""
    return (f"<html><head><title>{g.TITLE}</title>{head}</head><body><main>"
            f'<article itemscope itemtype="http://schema.org/Article">{inside}'
            f'<header><h1 itemprop="headline">{g.TITLE}</h1><time itemprop="datePublished" '
            f'datetime="2019-03-14T08:30:00+07:00">14/03/2019</time></header>'
            f'<div itemprop="articleBody">{g.BODY_HTML}</div>{after}</article></main>'
            f'<footer class="footer">{footer}</footer></body></html>')


@pytest.mark.parametrize("hiding", ["hidden", 'style="display: none"'])
def test_a_hidden_microdata_author_names_no_writer(hiding: str) -> None:
    """NexT (Hexo) writes `<span hidden itemprop="author">` with the site's author on every post
    and prints no byline: what the page hides is no byline."""
    hidden = (f'<span {hiding} itemprop="author" itemscope itemtype="http://schema.org/Person">'
              '<meta itemprop="name" content="Nguyễn Văn An"></span>')
    assert extract_article(URL, hexo_post(hidden))["authors"] == []
    shown = hidden.replace(hiding, 'class="x"')  # a visible item gives its name by a meta
    assert extract_article(URL, hexo_post(shown))["authors"] == ["Nguyễn Văn An"]


@pytest.mark.parametrize(("head", "footer"), [
    ("", '© 2026 <span class="author" itemprop="copyrightHolder">Nguyễn Văn An</span>'),
    ('<meta name="copyright" content="Nguyễn Văn An">', "© 2026 Nguyễn Văn An")])
def test_the_sites_owner_in_the_author_metas_is_no_writer(head: str, footer: str) -> None:
    """Hexo's `open_graph` writes the site's `author` setting as every post's `article:author`;
    the page declares the same name the site's copyright holder: the owner, not a writer."""
    metas = f'<meta property="article:author" content="Nguyễn Văn An">{head}'
    assert extract_article(URL, hexo_post(head=metas, footer=footer))["authors"] == []
    other = metas.replace('content="Nguyễn Văn An">', 'content="Minh Hà">', 1)
    assert extract_article(URL, hexo_post(head=other, footer=footer))["authors"] == ["Minh Hà"]


@pytest.mark.parametrize(("cells", "authors"), [
    ("<div>Author</div><div>Ban Biên tập</div>", ["Ban Biên tập"]),       # Fluid, English
    ("<div>Author</div><div>Minh Hà</div>", ["Minh Hà"]),
    ("<strong>Người viết: </strong>Thu Trang", ["Thu Trang"]),             # NexT, Vietnamese
    ("<strong>Post author: </strong>Minh Hà", ["Minh Hà"]),                # NexT, English
    ("<span>Tác giả bài viết:</span> <span>Minh Hà, Thu Trang</span>", ["Minh Hà", "Thu Trang"])])
def test_the_post_licence_box_names_the_author(cells: str, authors: list[str]) -> None:
    """A Creative Commons notice under the post names its title, author, link and licence (Fluid's
    `license-box`, NexT's `post-copyright`): the author it names is the post's."""
    box = (f'<div class="license-box"><div class="license-title"><div>{g.TITLE}</div>'
           f"<div>{URL}</div></div><div class='license-meta'><div class='license-meta-item'>"
           f"{cells}</div><div class='license-meta-item'><div>Licensed under</div><div><a "
           "href='https://creativecommons.org/licenses/by/4.0/'>CC BY 4.0</a></div></div></div>"
           "</div>")
    site = '<meta name="author" content="Cổng thông tin điện tử xã Hòa Bình">'
    assert extract_article(URL, hexo_post(head=site, after=box))["authors"] == authors


def test_the_sites_copyright_line_in_the_footer_names_no_writer() -> None:
    footer = '<div class="copyright">Author: Nguyễn Văn An</div>'
    assert extract_article(URL, hexo_post(footer=footer))["authors"] == []


@pytest.mark.parametrize("author", ["Admin", "admin", "Administrator", "Quản trị viên"])
def test_the_account_that_posted_is_no_writer(author: str) -> None:
    """Blogger's post footer prints "Đăng bởi Admin", the account, marked as schema.org's author;
    the writers, if any, sign the text."""
    footer = ("<div class='post-footer'><span class='post-author vcard'>Đăng bởi <span class='fn' "
              "itemprop='author' itemscope itemtype='http://schema.org/Person'><a "
              "href='https://www.blogger.com/profile/1' rel='author'><span itemprop='name'>"
              f"{author}</span></a></span></span></div>")
    assert extract_article(URL, hexo_post(after=footer))["authors"] == []
    signed = hexo_post(after=footer).replace(
        g.BODY_HTML, f'{g.BODY_HTML}<div style="text-align: right;"><b>Minh Hà</b></div>')
    assert extract_article(URL, signed)["authors"] == ["Minh Hà"]


def test_a_copyright_box_in_a_div_footer_names_no_writer() -> None:
    """An old portal's footer is a `<div id="footer">`, not a `<footer>`; its copyright box is
    the site's, whatever it says."""
    footer = ('<div id="footer"><div class="copyright"><div>Author</div><div>Nguyễn Văn An</div>'
              "</div></div>")
    html = hexo_post().replace("</main>", f"</main>{footer}")
    assert extract_article(URL, html)["authors"] == []


# -- XHTML served as text/html ----------------------------------------------------------------

def _as_xhtml(html: str) -> str:
    """The page as an XHTML 1.0 template writes it: an XML declaration first, the XHTML namespace
    on the root."""
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            + html.replace("<html", '<html xmlns="http://www.w3.org/1999/xhtml"', 1))


@pytest.mark.parametrize("page", [g.sharepoint_spans, g.table_portal, g.nukeviet_like,
                                  g.wordpress_classic, g.plain_listing])
def test_an_xhtml_page_with_an_xml_declaration_reads_as_html(page) -> None:
    """A browser parses any page served as text/html with the HTML parser, XML declaration or
    not; read as XML, every element would be in the XHTML namespace and no rule would match."""
    html = page()
    assert "xmlns=" in _as_xhtml(html)
    assert extracted(_as_xhtml(html), hint=g.TITLE) == extracted(html, hint=g.TITLE)
