# ruff: noqa: E501 - page markup reads best one element per line, as a CMS prints it
"""How Vietnamese portals and CMSes credit the writer, convention by convention: the labels and
roles of a byline, the credits that name no writer, and where a template prints the writer after
the text (a box of the article's facts under a title, a signature in a cell of its own)
(archiver/extract/bylines.py, page.py)."""

from __future__ import annotations

import pytest

from archiver.extract.bylines import (
    credits_no_writer,
    links_an_author_archive,
    parse_byline,
    split_trailing_byline,
)
from archiver.extract.page import extract_article
from tests import generic_pages as g

URL = "http://127.0.0.1:8080/TinTuc/ChiTiet.aspx?MaTin=1234"


@pytest.mark.parametrize(("line", "authors"), [
    # text and photos credited together, in either order and with any joiner
    ("Tin/ảnh: Minh Hà", ["Minh Hà"]),
    ("Ảnh và bài: Thu Trang", ["Thu Trang"]),
    # collected (sưu tầm) or compiled (biên soạn) by, as "T/h" (tổng hợp) is
    ("Sưu tầm: Thùy Dương", ["Thùy Dương"]),
    ("Biên soạn: Hoàng Anh", ["Hoàng Anh"]),
    # a contributor (cộng tác viên) or a commune's correspondent, labelled as a reporter is
    ("CTV: Minh Hà", ["Minh Hà"]),
    ("Cộng tác viên: Minh Hà", ["Minh Hà"]),
    ("Thông tin viên: Đức Mạnh", ["Đức Mạnh"]),
    # the role before the name, no colon
    ("PV Minh Hà", ["Minh Hà"]),
    ("CTV Thu Trang", ["Thu Trang"]),
    ("Tin và ảnh: CTV Minh Hà - PV Thu Trang", ["Minh Hà", "Thu Trang"]),
    # the pen name (bút danh) a writer publishes under, a portal CMS's writer field
    ("Bút danh: Minh Hà", ["Minh Hà"]),
    ("Bút danh: PV", ["PV"]),
])
def test_labels_and_roles_before_the_writer(line: str, authors: list[str]) -> None:
    assert parse_byline(line) == authors


@pytest.mark.parametrize(("line", "authors"), [
    # the compiled mark after the name, with or without a dash
    ("Minh Hà - T/h", ["Minh Hà"]),
    ("Minh Hà tổng hợp", ["Minh Hà"]),
    ("Thu Trang - Hoàng Anh - sưu tầm", ["Thu Trang", "Hoàng Anh"]),
    # the office an official signing the article holds
    ("Nguyễn Văn An - Phó Chủ tịch UBND xã", ["Nguyễn Văn An"]),
    ("Trần Thị Hoa, Trưởng phòng Văn hóa - Thông tin", ["Trần Thị Hoa"]),
])
def test_what_follows_a_closing_name_names_nobody(line: str, authors: list[str]) -> None:
    assert parse_byline(line, closing=True) == authors


@pytest.mark.parametrize(("line", "authors"), [
    ("Tác giả: Minh Hà - Biên tập: Thu Trang", ["Minh Hà"]),
    ("Người viết: Minh Hà; Người duyệt: Hoàng Anh", ["Minh Hà"]),
    ("Tin, ảnh: Minh Hà - Trình bày: Đức Mạnh", ["Minh Hà"]),
])
def test_an_editors_credit_after_the_writer_is_no_writer(line: str, authors: list[str]) -> None:
    assert parse_byline(line) == authors


@pytest.mark.parametrize("line", ["Biên tập: Thu Trang", "BTV: Thu Trang", "Người duyệt: Hoàng Anh",
                                  "Kiểm duyệt: Hoàng Anh", "Trình bày: Đức Mạnh", "Ảnh: Thu Trang"])
def test_a_credit_of_another_role_names_no_writer(line: str) -> None:
    assert parse_byline(line) is None
    assert parse_byline(line, closing=True) is None
    assert credits_no_writer(line)


def test_an_editors_credit_closing_the_text_is_neither_body_nor_writer() -> None:
    body, authors = split_trailing_byline([g.PARAGRAPHS[0], "Minh Hà", "Biên tập: Thu Trang"])
    assert (body, authors) == ([g.PARAGRAPHS[0]], ["Minh Hà"])


@pytest.mark.parametrize(("line", "authors"), [
    ("bởi Minh Hà » T.Hai 14/03/2019 8:30", ["Minh Hà"]),   # phpBB's Vietnamese post line
    ("by Thu Trang » Mon Mar 14, 2019 8:30 am", ["Thu Trang"]),
])
def test_a_forum_post_line_ends_the_name_at_its_guillemet(line: str, authors: list[str]) -> None:
    assert parse_byline(line) == authors


@pytest.mark.parametrize(("line", "authors"), [
    # Moodle's forum and site news: `bynameondate`, "by {$a->name} - {$a->date}"
    ("bởi Minh Hà - Thứ Hai, 14 tháng 3 2019, 8:30 AM", ["Minh Hà"]),
    ("by Thu Trang - Monday, 14 March 2019, 8:30 AM", ["Thu Trang"]),
    ("bởi Admin User - Thứ Hai, 14 tháng 3 2019, 8:30 AM", []),  # Moodle's admin account
    ("bởi Minh Hà - Thu Trang", ["Minh Hà", "Thu Trang"]),       # a dash between two names stays
    # tagDiv Newspaper's meta row: the dash before the date, the date in the next box
    ("Bởi Minh Hà -", ["Minh Hà"]),
    ("Bởi PV -", ["PV"]),
    ("Bởi Nhóm PV -", ["Nhóm PV"]),
    # Drupal's node template: "Submitted by @username on @datetime"
    ("Submitted by Minh Hà on Mon, 03/14/2019 - 08:30", ["Minh Hà"]),
])
def test_a_by_line_ends_the_name_before_its_date(line: str, authors: list[str]) -> None:
    assert parse_byline(line) == authors


def newspaper_post(writers: str) -> str:
    """A post in WordPress's tagDiv Newspaper theme: the headline, then its meta row, the byline
    ending in the dash before the date, the date in a box of its own."""
    return f"""<html><head><meta charset="utf-8"><title>{g.TITLE}</title></head><body>
<article class="post"><div class="td-post-header"><header class="td-post-title"><h1 class="entry-title">{g.TITLE}</h1>
<div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">Bởi</div> {writers}<div class="td-author-line"> - </div></div>
<span class="td-post-date"><time class="entry-date" datetime="2019-03-14T08:30:00+07:00">14/03/2019</time></span></div></header></div>
<div class="td-post-content tagdiv-type">{g.BODY_HTML}</div></article></body></html>"""


@pytest.mark.parametrize(("writers", "authors"), [
    ('<a href="/author/minh-ha/">Minh Hà</a>', ["Minh Hà"]),
    ('<a href="/author/pv/">PV</a>', ["PV"]),
    ('<a href="/author/minh-ha/">Minh Hà</a>, <a href="/author/thu-trang/">Thu Trang</a>', ["Minh Hà", "Thu Trang"]),
])
def test_a_by_line_ending_in_the_dash_before_its_date_box(writers: str, authors: list[str]) -> None:
    fields = extract_article("http://127.0.0.1:8080/bai-viet-12/", newspaper_post(writers))
    assert fields["authors"] == authors


@pytest.mark.parametrize(("href", "archive"), [
    ("/user/3", True),                          # Drupal's account page
    ("/user/view.php?id=3&course=1", True),     # Moodle's profile
    ("/user/login", False),
    ("/user/3/edit", False),
])
def test_a_cms_profile_link_is_the_writers_page(href: str, archive: bool) -> None:
    assert links_an_author_archive(href) is archive


def moodle_news_post(author_href: str) -> str:
    """A Moodle site-news post as its forum prints it: the subject, then "bởi" and the poster's
    name linked to their profile, a dash and the date, then the message."""
    return f"""<html><head><meta charset="utf-8"><title>{g.TITLE}</title></head><body>
<div id="page"><div role="main"><h2>Tin tức của trường</h2>
<div class="forumpost"><div class="d-flex flex-column"><h3 class="h6 font-weight-bold mb-0">{g.TITLE}</h3>
<div class="text-muted">bởi <a href="{author_href}">Minh Hà</a> - Thứ Hai, 14 tháng 3 2019, 8:30 AM</div></div>
<div class="post-content-container">{g.BODY_HTML}</div></div></div></div></body></html>"""


@pytest.mark.parametrize("href", ["http://127.0.0.1:8080/user/view.php?id=3&course=1", "#"])
def test_a_moodle_news_post_names_its_poster(href: str) -> None:
    fields = extract_article("http://127.0.0.1:8080/mod/forum/discuss.php?d=12", moodle_news_post(href))
    assert fields["authors"] == ["Minh Hà"]


def article(after_text: str, footer: str = "") -> str:
    """A table-layout portal's article: the headline, the date, the text in a cell, then what
    the template prints after the text; a sidebar column and a footer."""
    return f"""<html><head><meta charset="utf-8"><title>{g.TITLE}</title></head><body>
<table class="khung"><tr><td class="giua">
<div class="tin"><div class="tin-tieude">{g.TITLE}</div>
<div class="tin-ngay">Ngày đăng: 14/03/2019 08:30</div>
<table class="tin-bang"><tr><td class="tin-noidung">{g.BODY_HTML}</td></tr>
{after_text}</table></div>
<div class="khac"><div class="khac-ten">Các tin khác</div><ul><li><a href="/TinTuc/ChiTiet.aspx?MaTin=7">{g.TEASERS[0]}</a></li></ul></div></td>
<td class="ben"><table><tr><td class="ben-ten"><b>Thông Báo</b></td></tr><tr><td><a href="/ThongBao/1.aspx">Lịch tiếp công dân tháng 3</a></td></tr></table></td></tr></table>
<div class="chan">{footer or "Bản quyền thuộc UBND huyện Tiên Yên."}</div></body></html>"""


@pytest.mark.parametrize(("after_text", "authors"), [
    # a box of the article's facts under a title row: "Tác giả:" | name, "Nguồn:" | station
    ('<tr><td><table class="tt"><tr><td colspan="2">Thông tin bài viết</td></tr><tr><td>Tác giả:</td><td>Nguyễn Văn An</td></tr><tr><td>Nguồn:</td><td>Đài KTTV tỉnh</td></tr><tr><td>Lượt xem:</td><td>1.204</td></tr></table></td></tr>', ["Nguyễn Văn An"]),
    ('<tr><td><table class="tt"><caption>Thông tin bài viết</caption><tr><td>Tác giả:</td><td>Minh Hà, Thu Trang</td></tr></table></td></tr>', ["Minh Hà", "Thu Trang"]),
    # a CMS field printed as its label (the colon added by CSS, as Drupal's `field--label-inline`
    # does) over one value a line
    ('<tr><td><div class="field field--label-inline"><div class="field__label">Tác giả</div><div class="field__items"><div class="field__item">Minh Hà</div><div class="field__item">Thu Trang</div></div></div></td></tr>', ["Minh Hà", "Thu Trang"]),
    # a pen name field (bút danh), each value linked to the pen name's page
    ('<tr><td><div class="field field--label-inline"><h3 class="field__label inline">Bút danh</h3><div class="field__items"><div class="field__item"><a href="/but-danh/minh-ha">Minh Hà</a></div><div class="field__item"><a href="/but-danh/thu-trang">Thu Trang</a></div></div></div></td></tr>', ["Minh Hà", "Thu Trang"]),
    # the staff's byline as the field's value: a byline, no label of its own
    ('<tr><td><div class="field field--label-inline"><h3 class="field__label inline">Bút danh</h3><div class="field__items"><div class="field__item"><a href="/but-danh/pv">PV</a></div></div></div></td></tr>', ["PV"]),
    ('<tr><td><div class="field field--label-inline"><div class="field__label">Tác giả</div><div class="field__items"><div class="field__item">Nhóm PV</div></div></div></td></tr>', ["Nhóm PV"]),
    # the signature in a cell of its own under the text: right-aligned, bold
    ('<tr><td class="tin-tacgia" align="right"><b>Hoàng Anh</b></td></tr>', ["Hoàng Anh"]),
    ('<tr><td class="tin-ky" style="text-align:right">Minh Hà - Thu Trang</td></tr>', ["Minh Hà", "Thu Trang"]),
    ('<tr><td><strong>Đức Mạnh</strong></td></tr>', ["Đức Mạnh"]),
    # a photo or an editor's credit between the text and the writer's line
    ('<tr><td><i>Ảnh: Thu Trang</i></td></tr><tr><td>Tác giả: Minh Hà</td></tr>', ["Minh Hà"]),
    ('<tr><td>Biên tập: Thu Trang</td></tr><tr><td>Người viết: Minh Hà</td></tr>', ["Minh Hà"]),
    # a name set apart but not right under the text, or a plain one: no signature
    ('<tr><td>Lượt xem: 1.204</td></tr><tr><td align="right"><b>Hoàng Anh</b></td></tr>', []),
    ('<tr><td>Hoàng Anh</td></tr>', []),
    # nothing after the text: the sidebar's bold heading is no signature
    ("", []),
])
def test_the_writer_printed_after_the_text(after_text: str, authors: list[str]) -> None:
    fields = extract_article(URL, article(after_text))
    assert fields["authors"] == authors
    assert fields["body"] == g.BODY


def test_the_editor_in_chief_in_the_footer_is_no_writer() -> None:
    footer = "Chịu trách nhiệm chính: Tổng biên tập Nguyễn Văn Bình<br>Ban Biên tập"
    assert extract_article(URL, article("", footer))["authors"] == []


def column_article(after_text: str) -> str:
    """A Bootstrap portal's article: the headline, the date, the text in its own block, then
    what the template prints after the text inside the article; a sidebar column after it."""
    return f"""<html><head><meta charset="utf-8"><title>{g.TITLE}</title></head><body>
<div class="container"><div class="row"><div class="col-md-8"><article class="news-detail"><h1 class="title">{g.TITLE}</h1>
<div class="meta">14/03/2019 08:30</div><div class="content">{g.BODY_HTML}</div>{after_text}</article>
<div class="other"><h3>Tin khác</h3><ul><li><a href="/tin-tuc/7.html">{g.TEASERS[0]}</a></li></ul></div></div>
<div class="col-md-4"><div class="box"><b>Thông Báo</b><ul><li><a href="/tb/1.html">Lịch tiếp công dân</a></li></ul></div></div></div></div>
<footer>Bản quyền thuộc UBND huyện Tiên Yên.</footer></body></html>"""


@pytest.mark.parametrize(("after_text", "authors"), [
    ('<p class="text-right">Minh Hà</p>', ["Minh Hà"]),              # Bootstrap 4
    ('<div class="text-end">Minh Hà - Thu Trang</div>', ["Minh Hà", "Thu Trang"]),  # Bootstrap 5
    ('<p class="has-text-align-right">Hoàng Anh</p>', ["Hoàng Anh"]),  # the block editor
    ('<p><em>Minh Hà</em></p>', ["Minh Hà"]),                         # in italics
    ("<address>Thu Trang</address>", ["Thu Trang"]),                   # HTML's contact of the article
    ('<footer class="entry-footer">Đức Mạnh</footer>', ["Đức Mạnh"]),  # the article's own footer
    ('<p><strong>Chia Sẻ</strong></p>', []),                           # a button's words
    ('<p class="text-right"><a href="/tin-tuc/7.html">Xem Thêm Tin</a></p>', []),  # a link
    ('<p>Minh Hà</p>', []),                                             # not set apart
])
def test_a_signature_set_apart_right_under_the_text(after_text: str, authors: list[str]) -> None:
    fields = extract_article("http://127.0.0.1:8080/tin-tuc/bai-viet-12.html", column_article(after_text))
    assert fields["authors"] == authors
    assert fields["body"] == g.BODY


def test_a_sidebar_box_of_writers_after_an_unsigned_article_names_no_writer() -> None:
    """A box's title row is passed over only in the article's own box: a sidebar's table of
    author archive links under a title spanning its columns lists every writer of the site."""
    side = ('<table class="ben"><tr><td colspan="2">TÁC GIẢ</td></tr>'
            '<tr><td colspan="2"><a href="/?mod=news&amp;act=author&amp;v=minh-ha">Minh Hà</a></td></tr>'
            '<tr><td colspan="2">Nhóm PV</td></tr><tr><td colspan="2">Tác giả: Thu Trang</td></tr></table>')
    page = (f'<html><head><meta charset="utf-8"><title>{g.TITLE}</title></head><body><table><tr>'
            f'<td class="giua"><div class="tin"><div class="tin-tieude">{g.TITLE}</div>'
            f'<div class="tin-ngay">Ngày đăng: 14/03/2019 08:30</div><div class="tin-noidung">'
            f'{g.BODY_HTML}</div></div></td><td class="ben">{side}</td></tr></table></body></html>')
    assert extract_article(URL, page)["authors"] == []
