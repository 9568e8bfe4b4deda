# ruff: noqa: E501 - page markup reads best one element per line, as a CMS prints it
"""Publish dates printed in less usual places, and the dates that are never the publish date
(archiver/extract/dates.py, the date rules of archiver/extract/page_dates.py)."""

from __future__ import annotations

import pytest

from archiver.extract.dates import (
    calendar_leaf,
    find_date,
    is_publish_line,
    is_view_day_line,
    url_day,
)
from archiver.extract.page import extract_article
from archiver.record import to_iso
from tests import generic_pages as g

URL = "http://127.0.0.1:8080/InTin.asp?ID=1234"


def print_view(meta: str = "Chuyên mục: Tin tức - Đăng lúc 08:30, ngày 14-03-2019") -> str:
    """An old ASP portal's print view (`InTin.asp`): the day of printing in the letterhead, the
    headline in a big `<font>`, the meta line inline after it, the text, the writer on the right."""
    paragraphs = "".join(f'<p align="justify"><font size="3">{p}</font></p>' for p in g.PARAGRAPHS)
    return f"""<html><head><title>{g.TITLE}</title></head><body>
<table width="640"><tr><td><b>ỦY BAN NHÂN DÂN HUYỆN TIÊN YÊN</b><br>CỔNG THÔNG TIN ĐIỆN TỬ</td>
<td align="right"><font size="1">Ngày in: 30/11/2026</font></td></tr></table><hr>
<table width="640"><tr><td><font size="4"><b>{g.TITLE}</b></font><br>
<font size="1" color="#808080">{meta}</font>
{paragraphs}
<p align="right"><font size="3">Người viết bài: <b>Minh Hà</b></font></p></td></tr></table>
<hr><font size="1">Địa chỉ bài viết: {URL}</font></body></html>"""


def test_print_view_is_dated_by_its_meta_line_not_the_day_it_is_printed() -> None:
    fields = extract_article(URL, print_view())
    assert fields["published"] == "2019-03-14T08:30:00+07:00"
    assert fields["body"] == g.BODY  # the meta line is the header's, not a paragraph
    assert fields["authors"] == ["Minh Hà"]


def test_print_view_without_a_publish_date_is_not_dated_by_its_printing() -> None:
    fields = extract_article(URL, print_view(meta="Chuyên mục: Tin tức"))
    assert fields["published"] is None


@pytest.mark.parametrize(("line", "expected"), [
    ("Chuyên mục: Tin tức - Đăng lúc 08:30, ngày 14-03-2019", True),
    ("Ngày đăng 09/09/2020 | 05:07 PM | View count: 842", True),
    ("14/03/2019", False),  # a date line with no publish label: `is_date_line`'s
    ("Ngày đăng ký hồ sơ là 14/03/2019", False),  # "đăng ký" (to register) is no label
    ("Theo kế hoạch, văn bản được đăng tải ngày 14/03/2019 trên cổng thông tin điện tử của tỉnh "
     "để người dân, doanh nghiệp biết và góp ý.", False),  # a body sentence
])
def test_is_publish_line(line: str, expected: bool) -> None:
    assert is_publish_line(line) is expected


@pytest.mark.parametrize(("line", "expected"), [
    ("Ngày in: 30/11/2026", True),
    ("Hôm nay, Thứ hai 30/11/2026", True),
    ("Printed on 30/11/2026", True),
    ("Ngày đăng: 14/03/2019", False),
    ("Thứ hai, 14/03/2019 08:30", False),
    # the label right before the date, after a tools row's buttons
    ("In bài | Ngày in: 30/11/2026", True),
    ("Chia sẻ Gửi email In bài Hôm nay: Thứ Hai, 30/11/2026", True),
    ("Ngày đăng: 14/03/2019 | Ngày in: 30/11/2026", False),
])
def test_is_view_day_line(line: str, expected: bool) -> None:
    assert is_view_day_line(line) is expected


@pytest.mark.parametrize(("text", "iso"), [
    # WordPress's Vietnamese translation (vi.mo): "F j, Y g:i a" is "d.m.Y @ H:i", the months
    # are named "Tháng Một" … "Tháng Mười Hai"; themes that hard-code "j F, Y" or "F j, Y"
    ("14.03.2019 @ 08:30", "2019-03-14T08:30:00+07:00"),
    ("14 Tháng Ba, 2019", "2019-03-14T00:00:00+07:00"),
    ("14 Tháng Mười Hai, 2019 @ 08:30", "2019-12-14T08:30:00+07:00"),
    ("Tháng Mười Một 5, 2020", "2020-11-05T00:00:00+07:00"),
    ("Tháng Năm 14, 2019", "2019-05-14T00:00:00+07:00"),
    ("14 Tháng Năm, 2019", "2019-05-14T00:00:00+07:00"),
    # CLDR's Vietnamese medium date (ICU, Intl.DateTimeFormat, Babel)
    ("14 thg 3, 2019", "2019-03-14T00:00:00+07:00"),
    ("Thứ Hai, ngày 14 tháng 3 năm 2019 - 08:30", "2019-03-14T08:30:00+07:00"),
])
def test_month_words_and_wordpress_vietnamese_formats(text: str, iso: str) -> None:
    found = find_date(text)
    assert found is not None and to_iso(found[1]) == iso


def test_year_word_is_no_month() -> None:
    """"năm" is May and "year": without a comma after it the month is missing, not May."""
    assert find_date("ngày 14 tháng năm 2019") is None


def dated_address_page(meta: str = "") -> str:
    """A WordPress-like post under a day-and-name permalink that prints no date of its own
    (a theme with the post date switched off), or prints `meta` under the headline."""
    return f"""<html><head><title>{g.TITLE}</title></head><body>
<header class="site-header"><a href="/">Trang chủ</a></header>
<main><article class="post"><h1 class="entry-title">{g.TITLE}</h1>
<div class="entry-meta">{meta}</div><div class="entry-content">{g.BODY_HTML}</div></article></main>
<footer>Bản quyền thuộc UBND huyện Tiên Yên</footer></body></html>"""


PERMALINK = "http://127.0.0.1:8080/2019/03/14/huyen-tien-yen-day-manh-chuyen-doi-so/"


def test_a_page_printing_no_date_is_dated_by_its_permalink_day() -> None:
    fields = extract_article(PERMALINK, dated_address_page())
    assert fields["published"] == "2019-03-14T00:00:00+07:00"
    assert fields["published_raw"] == "2019/03/14"


def test_a_printed_date_wins_over_the_permalink_day() -> None:
    fields = extract_article(PERMALINK, dated_address_page(meta="Ngày đăng: 15/03/2019 08:30"))
    assert fields["published"] == "2019-03-15T08:30:00+07:00"


@pytest.mark.parametrize(("url", "day"), [
    ("http://x.vn/2024/03/14/ten-bai-viet/", "2024/03/14"),
    ("http://x.vn/tin-tuc/2024/3/14/ten-bai.html", "2024/3/14"),
    ("http://x.vn/2024/03/14/", None),  # WordPress's day archive, a listing
    ("http://x.vn/2024/03/14/page/2/", None),
    ("http://x.vn/2019/02/30/ten-bai/", None),  # no such day
    ("http://x.vn/tin-tuc/ten-bai-2024.html", None),
])
def test_url_day(url: str, day: str | None) -> None:
    found = url_day(url)
    assert (found[0] if found else None) == day


def time_text_page(*, top: str = "", foot: str = "", text: str = "", comment: str = "") -> str:
    """A theme printing `<time>` with no `datetime` (HTML then takes the element's text as its
    value): above a row of post tools, or in the entry footer after the tags and share buttons,
    both out of the header's reach."""
    tools = "".join(f"<div>{x}</div>" for x in ("Chia sẻ", "In bài", "Cỡ chữ", "A+", "A-"))
    share = "".join(f"<div>{x}</div>" for x in ("Facebook", "Zalo", "Twitter", "In", "Email"))
    return f"""<html><head><title>{g.TITLE}</title></head><body>
<header class="site-header"><a href="/">Trang chủ</a> <a href="/tin-tuc/">Tin tức</a></header>
<main><article class="post">{top}{tools}<h1 class="entry-title">{g.TITLE}</h1>
<div class="entry-content">{g.BODY_HTML}{text}</div>
<div class="tags">Từ khóa: <a href="/tag/cds">chuyển đổi số</a></div>{share}
<footer class="entry-footer">{foot}</footer></article>
<div id="comments" class="comments-area"><ol class="comment-list"><li class="comment">{comment}
<p>Cảm ơn Ban biên tập đã đưa tin kịp thời.</p></li></ol></div></main>
<footer>Bản quyền thuộc UBND huyện Tiên Yên</footer></body></html>"""


TIME = '<time class="entry-date">14/03/2019 08:30</time>'


@pytest.mark.parametrize("where", ["top", "foot"])
def test_text_of_a_time_without_datetime_dates_the_article(where: str) -> None:
    fields = extract_article(URL, time_text_page(**{where: TIME}))
    assert fields["published"] == "2019-03-14T08:30:00+07:00"


def test_a_time_in_running_text_or_a_comment_is_not_the_articles() -> None:
    mention = ("<p>Hội nghị sơ kết sẽ được tổ chức vào ngày <time>20/06/2019 08:00</time> tại hội "
               "trường Ủy ban nhân dân huyện với sự tham dự của các phòng, ban và các xã.</p>")
    fields = extract_article(URL, time_text_page(text=mention, comment=TIME))
    assert fields["published"] is None


@pytest.mark.parametrize(("meta", "section"), [
    ("Chuyên mục: Văn hóa - Xã hội - Đăng lúc 08:30, ngày 14-03-2019", "Văn hóa - Xã hội"),
    ("Danh mục: Tin tức | 14/03/2019 08:30", "Tin tức"),
])
def test_print_view_meta_line_names_the_section_as_text(meta: str, section: str) -> None:
    """`ArticlePage._section_label_text`: the section a meta line names without a link."""
    assert extract_article(URL, print_view(meta=meta))["category"] == section


# -- a calendar leaf: day, month and year in elements of their own -----------------------------

@pytest.mark.parametrize(("parts", "raw", "iso"), [
    (["14", "Tháng 3", "2019"], "14 Tháng 3 2019", "2019-03-14T00:00:00+07:00"),
    (["14", "Tháng 03", "2019", "08:30"], "14 Tháng 03 2019 08:30", "2019-03-14T08:30:00+07:00"),
    (["Thứ Hai", "14", "Th3", "2019"], "Thứ Hai 14 Th3 2019", "2019-03-14T00:00:00+07:00"),
    (["14/03", "2019"], "14/03 2019", "2019-03-14T00:00:00+07:00"),
    (["14", "03/2019"], "14 03/2019", "2019-03-14T00:00:00+07:00"),
    (["Mar", "14", "2019"], "Mar 14 2019", "2019-03-14T00:00:00+07:00"),
])
def test_calendar_leaf(parts: list[str], raw: str, iso: str) -> None:
    found = calendar_leaf(parts)
    assert found is not None and found[0] == raw and to_iso(found[1]) == iso


@pytest.mark.parametrize("parts", [
    ["14", "2019"],  # no month
    ["14", "15", "03", "2019"],  # two days
    ["2019", "14", "3"],  # a year first: not day-first
    ["1", "2", "3"],
    ["Lượt xem", "14", "2019"],  # not a piece of a date
    ["14", "Tháng 3", "2019", "08:30", "09:15"],  # two times
])
def test_not_a_calendar_leaf(parts: list[str]) -> None:
    assert calendar_leaf(parts) is None


def leaf_page(leaf: str) -> str:
    """A theme's date badge beside the headline, and a related list of dated teasers."""
    teasers = "".join(f'<li><a href="/tin-tuc/{i}.html">{title}</a> <span class="d">{day}</span></li>'
                      for i, (title, day) in enumerate(g.TEASERS[:3]))
    return f"""<html><head><title>{g.TITLE}</title></head><body>
<div class="top">Hôm nay, Thứ hai 30/11/2026</div>
<div class="post"><div class="post-head">{leaf}<h1 class="post-title">{g.TITLE}</h1></div>
<div class="post-content">{g.BODY_HTML}</div>
<div class="related"><h3>Tin liên quan</h3><ul>{teasers}</ul></div></div></body></html>"""


@pytest.mark.parametrize(("leaf", "iso"), [
    # inline pieces that run together read whole ("14Tháng 32019")
    ('<div class="date"><span class="day">14</span><span class="month">Tháng 3</span>'
     '<span class="year">2019</span></div>', "2019-03-14T00:00:00+07:00"),
    # pieces as blocks, each on a line of its own, the time below
    ('<div class="calendar"><div class="d">14</div><div class="m">Tháng 03</div>'
     '<div class="y">2019</div><div class="t">08:30</div></div>', "2019-03-14T08:30:00+07:00"),
])
def test_a_calendar_leaf_by_the_headline_dates_the_article(leaf: str, iso: str) -> None:
    fields = extract_article("http://127.0.0.1:8080/tin-tuc/chuyen-doi-so-1234.html", leaf_page(leaf))
    assert fields["published"] == iso
    assert fields["body"] == g.BODY


def test_a_time_printed_before_the_weekday_is_read_on_the_page() -> None:
    html = leaf_page('<div class="meta">08:30 | Thứ Hai, 14/03/2019</div>')
    fields = extract_article("http://127.0.0.1:8080/tin-tuc/chuyen-doi-so-1234.html", html)
    assert fields["published"] == "2019-03-14T08:30:00+07:00"
    assert fields["published_raw"] == "08:30 | Thứ Hai, 14/03/2019"


def page_with(header: str = "", side: str = "") -> str:
    """An article page: `header` under the headline, `side` in a column after the text."""
    return f"""<html><head><title>{g.TITLE}</title></head><body>
<div class="main"><div class="detail"><h1 class="title">{g.TITLE}</h1>{header}
<div class="content">{g.BODY_HTML}</div></div>{side}</div>
<div class="footer">Bản quyền thuộc UBND huyện Tiên Yên.</div></body></html>"""


def test_a_tools_row_printing_the_day_is_no_publish_date() -> None:
    html = page_with('<div class="tools"><a href="#">In bài</a> Ngày in: 30/11/2026</div>')
    assert extract_article("http://127.0.0.1:8080/tin-tuc/a-1234.html", html)["published"] is None


def test_a_list_of_dated_posts_after_the_text_is_no_closing_date_line() -> None:
    """A page dated only "2 ngày trước" ("2 days ago": null, not guessed), then a box of recent
    posts, each with its date after its title link (WordPress's Recent Posts widget)."""
    items = "".join(f'<li><a href="/tin-tuc/{i}.html">{title}</a> <span class="post-date">{day} '
                    f'08:00</span></li>' for i, (title, day) in enumerate(g.TEASERS[:2]))
    html = page_with('<div class="date">2 ngày trước</div>',
                     f'<div class="side"><h3>Tin mới</h3><ul>{items}</ul></div>')
    assert extract_article("http://127.0.0.1:8080/tin-tuc/a-1234.html", html)["published"] is None


# -- RDFa: the time for machines in a `content` attribute -----------------------------------------

@pytest.mark.parametrize(("meta", "iso"), [
    # Drupal 7's core RDF module around its default "medium" date, which is month-first
    ('<div class="submitted"><span property="dc:date dc:created" content="2019-04-03T08:30:00+07:00" '
     'datatype="xsd:dateTime">Submitted by admin on Wed, 04/03/2019 - 08:30</span></div>',
     "2019-04-03T08:30:00+07:00"),
    # schema.org in RDFa, the visible date the day only
    ('<div class="meta"><span property="schema:datePublished" content="2019-03-14T08:30:00+07:00">'
     '14/03/2019</span></div>', "2019-03-14T08:30:00+07:00"),
    # an update time first is not the publish time
    ('<div class="meta"><span property="dc:modified" content="2019-03-20T10:00:00+07:00"></span>'
     '<span property="dc:date dc:created" content="2019-03-14T08:30:00+07:00">14/03/2019</span></div>',
     "2019-03-14T08:30:00+07:00"),
])
def test_an_rdfa_time_property_is_read_from_its_content(meta: str, iso: str) -> None:
    fields = extract_article("http://127.0.0.1:8080/node/1234", page_with(meta))
    assert fields["published"] == iso


@pytest.mark.parametrize("tags", [
    # a tag as long as a post's title, after "Tags:", the row closed by a full stop
    '<a href="/tags/dân vận">dân vận</a>, <a href="/tags/quy chế">quy chế dân chủ ở cơ sở</a>.',
    # a long tag among short ones: the row, cut at each link and comma, is one line still
    ", ".join(f'<a href="/tags/{t}">{t}</a>' for t in (
        "chính quyền địa phương hai cấp", "sáp nhập", "đơn vị hành chính")) + ".",
])
def test_a_date_after_the_tag_row_closes_the_text(tags: str) -> None:
    """Chronicle's blocky theme: the post in a fieldset, its title the legend, then the text,
    then a table row of the tags and, beside them, the date. The post's own tags are no other
    posts' titles, and its tag row one line, however many links it holds."""
    html = f"""<html><head><title>{g.TITLE}</title></head><body>
<div class="title"><h1><a href="/">Trang thông tin điện tử xã Hòa Thuận</a></h1></div>
<table width="100%"><tr><td valign="top"><fieldset><legend>{g.TITLE}</legend>
<div class="body">{g.BODY_HTML}</div>
<table width="100%"><tr><td><div class="tags">Tags: {tags}</div></td>
<td align="right">14/03/2019 08:30</td></tr></table></fieldset></td></tr></table></body></html>"""
    fields = extract_article("http://127.0.0.1:8080/archive/2019/03/huyen_tien_yen.html", html)
    assert fields["published"] == "2019-03-14T08:30:00+07:00"
