"""The post meta of blog and site CMSes (WordPress, Ghost, Django/Wagtail themes such as Puput
and CodeRed): a lead printed above the meta line, a byline that is a link to the author archive
(whatever its text), a category that is a bare link to its archive. Small pages written here."""

import pytest

from archiver.extract.bylines import archive_link_author, links_an_author_archive
from archiver.extract.page import extract_article
from tests import generic_pages as g

URL = "http://127.0.0.1:8080/2019/03/14/chuyen-doi-so/"
#: A standfirst of more than 30 words: longer than any header line, shorter than nothing.
LEAD = ("Sáng ngày 14/3, huyện Tiên Yên tổ chức hội nghị triển khai kế hoạch chuyển đổi số năm "
        "2019 với sự tham dự của lãnh đạo các phòng, ban chuyên môn, chủ tịch ủy ban nhân dân các "
        "xã, thị trấn và đại diện nhiều doanh nghiệp trên địa bàn.")
#: A "Related" box after the text: cards of other posts, each with its own day.
RELATED = ('<h2>Related</h2><div class="card"><h3><a href="/tin-tuc/khac/">Xã Đông Ngũ ra quân '
           'làm đường giao thông nông thôn</a></h3><p><i>Ngày 20 tháng 8 năm 2025</i></p></div>')


def page(article: str, aside: str = "") -> str:
    return (f"<html><head><title>{g.TITLE}</title></head><body><div class='main'><article>"
            f"{article}</article></div><aside>{aside}</aside></body></html>")


def test_a_long_lead_between_the_headline_and_the_meta_line_does_not_end_the_header() -> None:
    """`ArticlePage._is_lead`: CodeRed's `p.lead`, then "author • day": the day is the post's,
    not the day of a related card after the text."""
    html = page(f'<h1>{g.TITLE}</h1><p class="lead">{LEAD}</p><p><span class="article-author">'
                f'Trần Thị Hoa</span> &bull; <span>Ngày 14 tháng 3 năm 2019</span></p>'
                f"<div>{g.BODY_HTML}</div>{RELATED}")
    fields = extract_article(URL, html)
    assert fields["published"] == "2019-03-14T00:00:00+07:00"
    assert fields["summary"] == LEAD
    assert fields["authors"] == ["Trần Thị Hoa"]


def meta_list(author: str, href: str = "/author/{}/") -> str:
    """Puput's entry header: the title as a link, then icons with the owner, day, category."""
    return (f'<header><h2><a href="{URL}">{g.TITLE}</a></h2></header><section><ul class="links">'
            f'<li><i class="fa fa-user"></i><a href="{href.format(author)}">{author}</a></li>'
            '<li><i class="fa fa-calendar"></i> Ngày 14 tháng 3 năm 2019</li>'
            '<li><i class="fa fa-folder-open"></i><ul><li><a href="/category/kinh-te/">Kinh tế</a>'
            f"</li></ul></li></ul></section><section><div>{g.BODY_HTML}</div></section>")


#: Puput's sidebar: every category, each a link to its archive.
SIDEBAR = ('<h4>Categories</h4><ul><li><a href="/category/y-te/">Y tế</a></li>'
           '<li><a href="/category/kinh-te/">Kinh tế</a></li></ul>')


@pytest.mark.parametrize(("author", "href"), [
    ("nguyenducphong", "/author/{}/"),      # Puput: the user name
    ("pv", "/author/{}/"),                  # a shared account, kept as printed
    ("Trần Thị Hoa", "/tac-gia/tran-thi-hoa/"),
    ("minhha", "/?author=1"),               # WordPress without pretty permalinks
])
def test_a_link_to_the_author_archive_under_the_headline_names_the_writer(author: str,
                                                                           href: str) -> None:
    """`ArticlePage._author_archive_links`: no class or rel says "author", only the address."""
    fields = extract_article(URL, page(meta_list(author, href), SIDEBAR))
    assert fields["authors"] == [author]
    assert fields["published"] == "2019-03-14T00:00:00+07:00"
    assert fields["body"] == g.BODY


@pytest.mark.parametrize("href", ["/author/{}/", "/?author=1"])
def test_a_link_to_the_administrator_accounts_archive_names_no_writer(href: str) -> None:
    """`archive_link_author`: Mezzanine's "Gửi bởi: admin", a post saved under the superuser
    (docs/record.md: an administrator account is no writer)."""
    assert extract_article(URL, page(meta_list("admin", href), SIDEBAR))["authors"] == []


def test_a_bare_link_to_a_category_archive_under_the_headline_is_the_category() -> None:
    """`ArticlePage._category_link_in_header`: not the sidebar's first category."""
    assert extract_article(URL, page(meta_list("minhha"), SIDEBAR))["category"] == "Kinh tế"


def test_a_category_archive_linked_only_from_the_sidebar_is_no_category() -> None:
    html = page(meta_list("minhha").replace('<a href="/category/kinh-te/">Kinh tế</a>', ""), SIDEBAR)
    assert extract_article(URL, html)["category"] is None


@pytest.mark.parametrize(("href", "archive"), [
    ("/author/minhha/", True), ("https://example.vn/authors/minh-ha", True),
    ("/tac-gia/minh-ha.html", True), ("/?author=3", True), ("/index.php?p=5&author=12", True),
    ("/author/", False), ("/tin-tuc/author-meets-readers/", False), ("/authorization/x", False),
])
def test_links_an_author_archive(href: str, archive: bool) -> None:
    assert links_an_author_archive(href) is archive


@pytest.mark.parametrize(("text", "name"), [
    ("nguyenducphong", "nguyenducphong"), ("pv", "pv"), ("By Minh Hà", "Minh Hà"),
    ("bởi Trần Thị Hoa", "Trần Thị Hoa"), ("123", None), ("", None),
    ("Xem tất cả các bài viết của tác giả này trên trang", None),
])
def test_archive_link_author(text: str, name: str | None) -> None:
    assert archive_link_author(text) == name


def test_a_related_card_s_day_after_the_text_is_not_the_article_s() -> None:
    """`ArticlePage._in_teaser_card`: with no date in its header, the page's date is none of
    the days its "Related" cards print; a bare date line closing the text still is."""
    bare = page(f"<h1>{g.TITLE}</h1><div>{g.BODY_HTML}</div>{RELATED}")
    undated = URL.replace("/2019/03/14", "")  # the permalink's day would date it (`url_day`)
    assert extract_article(undated, bare)["published"] is None
    closing = bare.replace("<h2>Related", "<p>14/03/2019</p><h2>Related")
    assert extract_article(URL, closing)["published"] == "2019-03-14T00:00:00+07:00"


def test_a_footer_date_line_ending_in_long_tag_links_dates_the_post() -> None:
    """BlazeBlogger's `[post]` settings `bottom` (blaze-make's `format_information`) print the
    day, the author and the tags on one footer line after the text: a tag as long as a title
    ("quy chế dân chủ ở cơ sở") names a term, so the line is the post's, no teaser of another."""
    footer = ('<div class="post-footer">Đăng ngày <span class="date">2019-03-14</span> bởi '
              '<span class="author">Minh Hà</span>, thẻ <span class="tags">'
              '<a href="../../../tags/dn-vn">dân vận</a>, '
              '<a href="../../../tags/quy-ch-dn-ch-c-s">quy chế dân chủ ở cơ sở</a></span></div>')
    html = page(f'<h2 class="post">{g.TITLE}</h2>{g.BODY_HTML}{footer}')
    fields = extract_article(URL.replace("/14/", "/"), html)
    assert fields["published"] == "2019-03-14T00:00:00+07:00"
    assert fields["tags"] == ["dân vận", "quy chế dân chủ ở cơ sở"]
