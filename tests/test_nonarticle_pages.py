"""Pages a government portal serves besides its news (introduction, documents, schedules, Q&A,
polls, print views): never archived as articles, and news around them never lost. One test per
rule of `archiver.extract.listing.other_page_reason`, each page dated and long enough that no
other rule rejects it."""

import pytest

from archiver.extract.listing import (
    answers_a_question,
    document_record_share,
    is_a_form,
    is_a_table_of_records,
    is_gallery,
    names_a_static_page,
    not_article_reason,
    prints_itself,
    shows_a_document_record,
)
from archiver.extract.page import ArticlePage
from tests import generic_pages as g

URL = "http://127.0.0.1:8080/index.php?mod=page&id=12"
DATE = '<div class="time">Thứ hai - 07/01/2019 09:15</div>'
INTRO = ("Huyện Phú Lâm nằm ở phía tây nam tỉnh Hà Lâm, có diện tích tự nhiên 452 km², gồm 18 xã "
         "và 2 thị trấn, dân số trên 120.000 người thuộc 5 dân tộc anh em cùng sinh sống đoàn kết.")


def portal(title: str, main: str, *, body_attrs: str = "", head: str = "") -> str:
    """A portal page around `main`: menu, a sidebar of dated teasers, the footer."""
    side = "".join(f'<li><a href="/tin/{i}.html">{t}</a> ({d})</li>'
                   for i, (t, d) in enumerate(g.TEASERS[:4]))
    return f"""<html><head><meta charset="utf-8"><title>{title}</title>{head}</head>
<body{body_attrs}><div class="menu"><a href="/">Trang chủ</a> <a href="/gioi-thieu">Giới thiệu</a></div>
<div class="main">{main}</div>
<div class="side"><div class="block-title">Tin mới</div><ul>{side}</ul></div>
<div class="footer"><p>Bản quyền thuộc Ủy ban nhân dân huyện Phú Lâm</p></div></body></html>"""


def article_page(title: str = g.TITLE, text: str = g.BODY_HTML, **kw: str) -> str:
    return portal(title, f'<h1 class="title">{title}</h1>{DATE}<div class="bodytext">{text}</div>', **kw)


def reason(html: str, url: str = URL) -> str | None:
    page = ArticlePage(url, html)
    return not_article_reason(page, page.fields(), url_says_article=False)


def test_the_article_shell_is_an_article() -> None:
    assert reason(article_page()) is None


# -- static pages by their names ----------------------------------------------------------------

@pytest.mark.parametrize("title", ["Giới thiệu chung", "Chức năng, nhiệm vụ", "Cơ cấu tổ chức",
                                   "Lãnh đạo UBND huyện", "Sơ đồ cổng thông tin", "Hỏi đáp",
                                   "Giới thiệu chung huyện Phú Lâm", "Kết quả thăm dò ý kiến",
                                   "Giới thiệu chung Sở Nội vụ",
                                   "Chức năng, nhiệm vụ Sở Tài nguyên và Môi trường"])
def test_a_page_headed_by_a_static_pages_name_is_not_news(title: str) -> None:
    assert names_a_static_page(title)
    assert "static page" in reason(article_page(title, f"<p>{INTRO}</p>" * 2))


@pytest.mark.parametrize("title", ["Lãnh đạo huyện thăm hỏi các gia đình chính sách dịp Tết",
                                   "Lãnh đạo Sở Y tế thăm bệnh viện huyện Phú Lâm",
                                   "Giới thiệu sản phẩm OCOP tại hội chợ thương mại tỉnh",
                                   "Liên hệ giữa chuyển đổi số và cải cách hành chính", g.TITLE])
def test_a_news_headline_opening_with_such_a_name_is_news(title: str) -> None:
    assert not names_a_static_page(title)
    assert reason(article_page(title)) is None


# -- print views ----------------------------------------------------------------------------------

@pytest.mark.parametrize("script", [None, "window.print();",
                                    "window.onload = function () { window.print(); };",
                                    "$(document).ready(function() {\n  window.print();\n});"])
def test_a_page_that_prints_itself_as_it_loads_is_a_print_view(script: str | None) -> None:
    attrs = ' onload="window.print()"' if script is None else ""
    html = article_page(body_attrs=attrs, head=f"<script>{script}</script>" if script else "")
    assert prints_itself(ArticlePage(URL, html))
    assert "print view" in reason(html)


def test_an_articles_print_button_does_not_make_it_a_print_view() -> None:
    button = '<a href="javascript:window.print()">In bài</a><button onclick="window.print()">In</button>'
    script = "<script>function inBai() {\n  window.print();\n  return false;\n}</script>"
    html = article_page(text=button + g.BODY_HTML, head=script)
    assert not prints_itself(ArticlePage(URL, html))
    assert reason(html) is None


# -- legal documents --------------------------------------------------------------------------------

DOCUMENT_ROWS = (("Số ký hiệu", "45/KH-UBND"), ("Ngày ban hành", "14/03/2019"),
                 ("Ngày có hiệu lực", "14/03/2019"), ("Loại văn bản", "Kế hoạch"),
                 ("Cơ quan ban hành", "UBND huyện Phú Lâm"), ("Người ký", "Nguyễn Đức Thắng"),
                 ("Trích yếu", "Kế hoạch triển khai thực hiện chuyển đổi số trên địa bàn huyện Phú "
                               "Lâm năm 2019, định hướng đến năm 2025 và tầm nhìn đến năm 2030"))
RECORD = "<table>" + "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in DOCUMENT_ROWS) + "</table>"
#: The record as an article quoting a document prints it: number, date and summary.
QUOTED = "<table>" + "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in DOCUMENT_ROWS[::3]) + "</table>"
NOTE = ("<p>Đề nghị các cơ quan, đơn vị, UBND các xã, thị trấn nghiêm túc triển khai thực hiện "
        "và báo cáo kết quả về UBND huyện theo quy định.</p>")


def test_a_legal_documents_record_is_not_an_article() -> None:
    html = portal("Kế hoạch 45/KH-UBND", f'<h1>Kế hoạch số 45/KH-UBND về chuyển đổi số năm 2019</h1>'
                                         f"{RECORD}{NOTE}")
    assert document_record_share(ArticlePage(URL, html)) >= 0.5
    assert "legal document" in reason(html)


def test_an_article_quoting_a_documents_record_is_an_article() -> None:
    html = article_page(text=g.BODY_HTML + QUOTED + g.BODY_HTML)
    assert reason(html) is None


def details_view(rows: tuple[tuple[str, str], ...]) -> str:
    """Rows of label and value cells, as ASP.NET's DetailsView renders a record."""
    cells = "".join(f'<tr><td class="dvNhan">{k}</td><td class="dvGiaTri">{v}</td></tr>' for k, v in rows)
    return f'<table class="dvChiTiet" rules="all" border="1">{cells}</table>'


#: A register of the newest documents beside the record, longer than the record itself.
REGISTER = ('<div class="register"><div>Văn bản mới</div><table>' + "".join(
    f"<tr><td>{d}</td><td><a href='/vb/{i}'>{i}/KH-UBND</a>: Kế hoạch triển khai thực hiện "
    f"nhiệm vụ số {i} trên địa bàn huyện Phú Lâm năm 2019</td></tr>"
    for i, (_, d) in enumerate(g.TEASERS[:4])) + "</table></div>")


def test_a_documents_record_in_label_and_value_rows_is_not_an_article() -> None:
    rows = (("Số/Ký hiệu", "45/KH-UBND"), *DOCUMENT_ROWS[1:])
    html = portal(DOCUMENT_ROWS[-1][1], f'<div class="record"><div>Chi tiết văn bản</div>'
                                        f"{details_view(rows)}</div>{REGISTER}")
    page = ArticlePage(URL, html)
    assert document_record_share(page) < 0.5  # the register outweighs the record
    assert shows_a_document_record(page)
    assert "legal document" in reason(html)


def test_a_news_item_in_label_and_value_rows_with_a_documents_fields_is_an_article() -> None:
    rows = (("Tiêu đề", g.TITLE), ("Ngày đăng", "14/03/2019 08:30"), *DOCUMENT_ROWS[:3],
            ("Nội dung", g.BODY_HTML), ("Người viết", "Minh Hà"))
    html = portal(g.TITLE, f'<div class="record"><div>Chi tiết tin</div>{details_view(rows)}</div>{REGISTER}')
    assert not shows_a_document_record(ArticlePage(URL, html))
    assert reason(html) is None


# -- tables of records -----------------------------------------------------------------------------

SCHEDULE = ("<table><tr><th>Thời gian</th><th>Nội dung</th><th>Địa điểm, thành phần</th></tr>"
            + "".join(f"<tr><td>Thứ {d + 2}, ngày {11 + d}/03/2019, buổi sáng từ 07 giờ 30 đến 11 giờ"
                      f"</td><td>Chủ tịch UBND huyện chủ trì họp giao ban, làm việc với các phòng "
                      f"chuyên môn về nhiệm vụ số {d}</td><td>Phòng họp số {d}, trụ sở Ủy ban nhân "
                      f"dân huyện, thành phần: lãnh đạo các phòng, ban</td></tr>"
                      for d in range(5)) + "</table>")


def test_a_table_of_records_is_not_an_article() -> None:
    html = portal("Lịch tuần 11", f"<h1>Lịch làm việc tuần 11 năm 2019</h1>{DATE}{SCHEDULE}")
    assert is_a_table_of_records(ArticlePage(URL, html))
    assert "table of records" in reason(html)


@pytest.mark.parametrize("text", [g.BODY_HTML + SCHEDULE + g.BODY_HTML,
                                  f"<p>{g.PARAGRAPHS[0]}</p><p>{g.PARAGRAPHS[1]}</p>{SCHEDULE}"
                                  f"<p>{g.PARAGRAPHS[2]}</p>"])
def test_an_article_with_a_table_of_figures_is_an_article(text: str) -> None:
    """Its sentences are most of its text, or at least an article's length beside the table."""
    assert reason(article_page(text=text)) is None


def test_a_layout_table_holding_the_article_is_no_table_of_records() -> None:
    cells = "".join(f"<tr><td>{p}</td><td>&nbsp;</td><td>&nbsp;</td></tr>" for p in g.PARAGRAPHS)
    html = portal(g.TITLE, f"<h1>{g.TITLE}</h1>{DATE}<table>{cells}</table>")
    assert reason(html) is None


# -- questions and answers -------------------------------------------------------------------------

def test_a_question_and_its_answer_is_not_an_article() -> None:
    qa = (f"<p><b>Người hỏi:</b> Nguyễn Thị Hòa - xã Tân Lập</p><p><b>Câu hỏi:</b> {INTRO}</p>"
          f"<p><b>Trả lời:</b></p><p>{g.PARAGRAPHS[1]}</p>")
    html = portal("Hỏi về khai sinh", f"<h1>Thủ tục đăng ký khai sinh cho con như thế nào?</h1>"
                                      f"{DATE}<div class='answer'>{qa}</div>")
    assert answers_a_question(ArticlePage(URL, html))
    assert "question" in reason(html)


def test_an_interview_is_an_article() -> None:
    text = f"<p>PV: {g.PARAGRAPHS[0]}</p><p>Ông Nguyễn Văn A: {g.PARAGRAPHS[1]}</p>"
    assert reason(article_page(text=text + g.BODY_HTML)) is None


# -- forms -------------------------------------------------------------------------------------------

FORM = ('<form method="post"><p><label>Họ và tên</label><input type="text" name="ten"></p>'
        '<p><label>Email</label><input type="email" name="email"></p><p><label>Nội dung</label>'
        '<textarea name="noidung"></textarea></p><input type="submit" value="Gửi"></form>')


def test_a_form_to_fill_in_is_not_an_article() -> None:
    text = f"<p>{INTRO}</p>{FORM}<p>{g.PARAGRAPHS[2]}</p>"
    html = portal("Phản ánh", f"<h1>Phản ánh, kiến nghị của tổ chức và công dân</h1>{DATE}"
                              f"<div class='bodytext'>{text}</div>")
    assert is_a_form(ArticlePage(URL, html))
    assert "form" in reason(html)


def test_an_article_in_a_page_wide_form_with_a_comment_form_after_it_is_an_article() -> None:
    """SharePoint and ASP.NET wrap the whole page in a form; WordPress prints a comment form
    after the text: neither is a form in the text."""
    search = '<input type="text" name="k"><input type="submit" value="Tìm">'
    html = article_page().replace("<body>", f'<body><form id="aspnetForm">{search}', 1)
    html = html.replace('</div>\n<div class="side">', f'{FORM}</div>\n<div class="side">', 1)
    html = html.replace("</body>", "</form></body>")
    assert not is_a_form(ArticlePage(URL, html))
    assert reason(html) is None


# -- galleries -----------------------------------------------------------------------------------

def test_a_gallery_of_linked_thumbnails_is_not_an_article() -> None:
    shots = "".join(f'<div class="photo"><a href="/uploads/album/{k}.jpg"><img src="/uploads/album/'
                    f't{k}.jpg"></a><p>Ảnh {k}: các đại biểu dự hội nghị.</p></div>' for k in range(6))
    html = portal("Album", f"<h1>Hội nghị tổng kết công tác năm 2018 của huyện</h1>{DATE}"
                           f"<div class='album'>{shots}<p>{INTRO}</p><p>{g.PARAGRAPHS[1]}</p></div>")
    assert is_gallery(ArticlePage(URL, html))
    assert "gallery" in reason(html)


def test_an_article_with_pictures_linked_to_their_files_is_an_article() -> None:
    pictures = "".join(f'<p><a href="/wp-content/uploads/{k}.jpg"><img src="/wp-content/uploads/'
                       f'{k}-300x200.jpg"></a></p><p>{p}</p>' for k, p in enumerate(g.PARAGRAPHS))
    html = article_page(text=pictures + g.BODY_HTML)
    assert not is_gallery(ArticlePage(URL, html))
    assert reason(html) is None


# -- listings of the shapes portals print -----------------------------------------------------------

def _teaser_card(i: int, title: str, date: str) -> str:
    return (f'<div class="card"><a href="/tin/{i}.html"><img src="/thumb/{i}.jpg"></a>'
            f'<h3><a href="/tin/{i}.html">{title}</a></h3><span class="date">{date}</span></div>')


@pytest.mark.parametrize("shape", ["featured lead and a grid of cards", "one row in a table",
                                   "one card and Xem thêm"])
def test_listings_of_every_shape_are_not_articles(shape: str) -> None:
    """A section's page whose first teaser carries its whole lead, then cards; an archive of a
    single post as a table row; a box of one card and its "Xem thêm" link."""
    title, date = g.TEASERS[0]
    if shape.startswith("featured"):
        main = (f'<h1>Tin tức - Sự kiện</h1><div class="featured"><h2><a href="/tin/0.html">{title}'
                f'</a></h2><div class="time">{date} 08:30</div><p>{g.PARAGRAPHS[0]} {g.PARAGRAPHS[1]}'
                f'</p></div><div class="grid">'
                + "".join(_teaser_card(i, t, d) for i, (t, d) in enumerate(g.TEASERS[1:], 1))
                + "</div>")
    elif shape.startswith("one row"):
        main = (f'<h1>Tác giả: Minh Hà</h1><table><tr><td>1</td><td><a href="/tin/0.html">{title}'
                f'</a><p>{g.PARAGRAPHS[0]}</p></td><td>{date}</td></tr></table>')
    else:
        main = (f'<h1>Thông báo</h1>{_teaser_card(0, title, date)}<p>{g.PARAGRAPHS[0]}</p>'
                f'<a href="/thong-bao?page=2">Xem thêm</a>')
    assert reason(portal("Danh sách", main)) is not None
