# ruff: noqa: E501 - page markup reads best one element per line, as a CMS prints it
"""The section an article was filed in and the files it links, in the markup CMSes print them
with: K2's "Published in" line, a trail of links from the home page, a section link on the date
line above the headline; K2's download handler, a "Văn bản liên quan" box of files, a file's
download link with a long title. Each rule is one case that fails without it, beside what it
must leave alone."""

from __future__ import annotations

import pytest
from lxml.html import fragment_fromstring

from archiver.extract.attachment_links import linked_documents, links_only_documents
from archiver.extract.page import extract_article
from archiver.extract.page_category import _kicker_link
from tests import generic_pages as g

URL = "http://127.0.0.1:8080/tin-tuc/chuyen-doi-so.html"
SECTION = "Chỉ đạo điều hành"


def page(above: str = "", after: str = "", side: str = "") -> str:
    """An article page: `above` printed before the headline, `after` right after the text."""
    return f"""<html><head><title>{g.TITLE}</title></head><body>
<div class="menu"><a href="/">Trang chủ</a> <a href="/lien-he">Liên hệ</a></div>
<div class="main">{above}<div class="detail"><h1>{g.TITLE}</h1><div class="date">14/03/2019 08:30</div>
<div class="content">{g.BODY_HTML}</div>{after}</div></div>{side}
<div class="footer">Bản quyền thuộc Ủy ban nhân dân huyện Tiên Yên</div></body></html>"""


# -- the section -------------------------------------------------------------------------------

@pytest.mark.parametrize("label", ["Đăng trong", "Published in"])
def test_k2s_published_in_line_names_the_category(label: str) -> None:
    """K2's item.php prints `K2_PUBLISHED_IN` before the category link in `div.itemCategory`."""
    line = f'<div class="itemLinks"><div class="itemCategory"><span>{label}</span> <a href="/index.php/tin-tuc/itemlist/category/12-chi-dao">{SECTION}</a></div></div>'
    assert extract_article(URL, page(after=line))["category"] == SECTION


def test_a_trail_from_home_in_english_names_the_category() -> None:
    trail = f'<p class="crumbs" lang="en"><a href="/">Home</a> › <a href="/vi/news">News</a> › <a href="/vi/news/chi-dao">{SECTION}</a></p>'
    assert extract_article(URL, page(above=trail))["category"] == SECTION


def test_tool_links_above_the_headline_are_passed_over_for_the_trail() -> None:
    """"In trang" and "Gửi email" sit between the trail and the headline: no section."""
    above = (f'<div class="path"><a href="/">Trang chủ</a> &gt; <a href="/chuyen-muc/chi-dao.html">{SECTION}</a></div>'
             '<ul class="tools"><li class="views">Lượt xem: 1.204</li><li><a href="javascript:window.print()">In trang</a></li>'
             '<li><a href="/gui-email.html?id=5">Gửi email</a></li></ul>')
    assert extract_article(URL, page(above=above))["category"] == SECTION


def test_a_section_link_opening_the_date_line_above_the_headline() -> None:
    line = f'<div class="dong"><a href="/tin-tuc/chi-dao">{SECTION}</a><span class="ngay">14-03-2019 | 08:30</span></div>'
    assert extract_article(URL, page(above=line))["category"] == SECTION


@pytest.mark.parametrize("line", [
    '<div><a href="/tin-tuc/chi-dao">Kinh tế</a> các tin cùng chuyên mục</div>',  # words, no date
    '<div>Chuyên mục <a href="/tin-tuc/chi-dao">Kinh tế</a> 14-03-2019</div>',  # text before it
])
def test_a_link_on_a_line_that_is_not_link_then_date_is_no_kicker(line: str) -> None:
    assert _kicker_link(fragment_fromstring(line)) is None
    assert _kicker_link(fragment_fromstring('<div><a href="/x">Kinh tế</a> 14-03-2019 | 08:30</div>')) is not None


def test_an_archive_boxs_last_month_above_the_headline_is_no_section() -> None:
    """A column of archive links by year and month, with post counts, ends right above the post
    (Chronicle's blog.steve.org.uk theme, the column in the table cell before the post's): its
    last item, "October (1)", is no section; a section link alone above the headline still is."""
    archive = ('<ul class="archive"><li>2015<ul>'
               + "".join(f'<li><a href="/archive/2015/{m:02}/">{name} (1)</a></li>'
                         for m, name in ((3, "March"), (8, "August"), (10, "October")))
               + "</ul></li></ul>")
    assert extract_article(URL, page(above=archive))["category"] is None
    alone = f'<div class="section"><a href="/tin-tuc/chi-dao">{SECTION}</a></div>'
    assert extract_article(URL, page(above=archive + alone))["category"] == SECTION


def test_the_primary_tag_is_the_category_and_the_tags_come_from_the_metadata() -> None:
    """Ghost's Casper prints the post's `{{primary_tag}}` above the headline, in its tag row, and
    every tag only in `article:tag`: the primary tag is the category, the metadata the tags."""
    row = f'<div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/chi-dao/">{SECTION}</a></span></div>'
    html = page(above=row).replace("</head>", f'<meta property="article:tag" content="{SECTION}"><meta property="article:tag" content="OCOP"></head>')
    fields = extract_article(URL, html)
    assert (fields["category"], fields["tags"]) == (SECTION, [SECTION, "OCOP"])


def test_wordpress_post_class_category_slug_marks_no_category_box() -> None:
    """`post_class()` writes `category-<slug>` on the whole post: its links are not the section."""
    html = page().replace('<div class="detail">', '<div class="detail post type-post category-chi-dao tag-ocop">')
    html = html.replace('<div class="date">', '<p><a href="/gioi-thieu">Giới thiệu chung</a></p><div class="date">')
    assert extract_article(URL, html)["category"] is None



def test_hexo_fluids_category_chain_after_the_text_is_the_category() -> None:
    """Fluid's meta-bottom (layout/_partials/category-chains.ejs) links the category by class
    `category-chain-item` into Hexo's `category_dir`, behind an icon, with no label."""
    meta = (f'<div class="post-metas"><div class="post-meta"><i class="iconfont icon-category"></i>'
            f'<span class="category-chains"><span class="category-chain"><a href="/categories/chi-dao/" class="category-chain-item">{SECTION}</a></span></span></div>'
            '<div class="post-meta"><i class="iconfont icon-tags"></i><a href="/tags/ocop/" class="print-no-link">#OCOP</a></div></div>')
    fields = extract_article(URL, page(after=meta))
    assert (fields["category"], fields["tags"]) == (SECTION, ["OCOP"])


def test_hexo_butterflys_post_meta_category_link_is_the_category() -> None:
    """Butterfly's post-info.pug: `a.post-meta-categories` into the category archive."""
    meta = f'<span class="post-meta-categories"><i class="fas fa-inbox"></i><a class="post-meta-categories" href="/chuyen-muc/chi-dao/">{SECTION}</a></span>'
    assert extract_article(URL, page(after=meta))["category"] == SECTION


def test_a_category_class_on_a_link_to_a_search_is_no_category() -> None:
    """Plone's keywords (plone.app.querystring's results.pt): `a.link-category[rel=tag]` leading
    to `search?Subject%3Alist=…` are the post's tags, whatever the class says."""
    meta = ('<div class="documentByLine"><span>— filed under: <span>'
            '<a class="link-category" rel="tag" href="http://127.0.0.1:8080/search?Subject%3Alist=OCOP">OCOP</a></span></span></div>')
    fields = extract_article(URL, page(after=meta))
    assert fields["category"] is None and fields["tags"] == ["OCOP"]

# -- the files -----------------------------------------------------------------------------------

def test_k2s_attachment_block_links_its_download_handler() -> None:
    """K2 serves an item's attachment at `/item/download/<id>_<hash>`, with no file name."""
    block = ('<div class="itemAttachmentsBlock"><span>Tải về tập tin đính kèm</span><ul class="itemAttachments">'
             '<li><a title="Kế hoạch" href="/index.php/tin-tuc/item/download/579_81309580">Kế hoạch số 45</a></li></ul></div>')
    html = page(after=block, side='<div class="menu"><a href="/download/">Tải phần mềm</a></div>')
    links = linked_documents(extract_article(URL, html)["attachments"], html, URL)
    assert [a["url"] for a in links] == ["http://127.0.0.1:8080/index.php/tin-tuc/item/download/579_81309580"]


def test_a_related_documents_box_after_the_text_is_the_articles_files() -> None:
    box = ('<div class="van-ban-lien-quan"><b>Văn bản liên quan:</b><ul>'
           '<li><a href="/Upload/files/de-an.pdf">Đề án sắp xếp đơn vị hành chính cấp xã huyện Phú Lâm</a></li>'
           '<li><a href="/Upload/files/mau-phieu.docx">Mẫu phiếu lấy ý kiến cử tri</a></li></ul></div>')
    urls = [a["url"] for a in extract_article(URL, page(after=box))["attachments"]]
    assert urls == ["http://127.0.0.1:8080/Upload/files/de-an.pdf", "http://127.0.0.1:8080/Upload/files/mau-phieu.docx"]


def test_a_download_link_with_a_long_title_is_a_file_not_a_teaser() -> None:
    button = '<a class="btn-download" href="/files/de-an.pdf" download>Đề án sắp xếp đơn vị hành chính cấp xã huyện Phú Lâm</a>'
    urls = [a["url"] for a in extract_article(URL, page(after=button))["attachments"]]
    assert urls == ["http://127.0.0.1:8080/files/de-an.pdf"]


def test_a_sidebar_of_new_documents_is_not_the_articles() -> None:
    side = ('<div class="sidebar"><div class="side-title">Văn bản mới</div><ul>'
            '<li><a href="/van-ban/qd-12.pdf">Quyết định số 12/QĐ-UBND</a></li></ul></div>')
    assert extract_article(URL, page(after=side))["attachments"] == []
    assert not links_only_documents(fragment_fromstring(side))
