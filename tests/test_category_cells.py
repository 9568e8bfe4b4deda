# ruff: noqa: E501 - page markup reads best one element per line, as a CMS prints it
"""Where a portal prints the section as something other than a marked breadcrumb: a text trail
whose only link is the section ("Tin tức » <a>Kinh tế</a>"), and a record's label cell with the
section in the next cell ("Lĩnh vực" | "Kinh tế") (archiver/extract/page_category.py)."""

from __future__ import annotations

import pytest

from archiver.extract.page import extract_article
from tests import generic_pages as g

URL = "http://127.0.0.1:8080/portal/tintuc.do?method=view&id=12"


def trail_page(trail: str) -> str:
    """A Struts e-Office portal's news view: tabs, the path above the headline, then the text."""
    return f"""<html><head><meta charset="utf-8"><title>{g.TITLE}</title></head><body>
<table><tr><td class="cotgiua"><div class="tabs"><a href="/portal/tintuc.do?method=list">Tin tức</a><a href="/portal/vanban.do">Văn bản</a></div>
<div class="duongdan">{trail}</div>
<table class="chitiet"><tr><td class="tieude">{g.TITLE}</td></tr><tr><td class="ngay">Ngày đăng: 14/03/2019 - 08:30:00</td></tr>
<tr><td class="noidung">{g.BODY_HTML}</td></tr></table></td></tr></table></body></html>"""


@pytest.mark.parametrize(("trail", "category"), [
    ('Tin tức » <a href="/portal/tintuc.do?method=list&amp;cat=82">Chỉ đạo điều hành</a>', "Chỉ đạo điều hành"),
    ('Tin tức &gt; <a href="/portal/tintuc.do?method=list&amp;cat=74">Kinh tế</a>', "Kinh tế"),
    ('<a href="/portal/tintuc.do?method=list&amp;cat=74">Kinh tế</a>', "Kinh tế"),   # a link alone, as before
])
def test_a_text_trail_ending_in_the_sections_link(trail: str, category: str) -> None:
    assert extract_article(URL, trail_page(trail))["category"] == category


def test_text_before_a_link_without_a_separator_is_no_trail() -> None:
    fields = extract_article(URL, trail_page('Xem thêm <a href="/portal/tintuc.do?method=list&amp;cat=74">Kinh tế</a>'))
    assert fields["category"] != "Kinh tế"


def record_page(label: str, value: str) -> str:
    """An ASP.NET DetailsView of a news item: label and value cells, one field a row."""
    return f"""<html><head><meta charset="utf-8"><title>{g.TITLE}</title></head><body>
<div id="noidung"><table class="dvTin"><tr><td class="dvNhan">Tiêu đề</td><td class="dvGiaTri"><h1>{g.TITLE}</h1></td></tr>
<tr><td class="dvNhan">Ngày đăng</td><td class="dvGiaTri">14/03/2019 08:30</td></tr>
<tr><td class="dvNhan">{label}</td><td class="dvGiaTri">{value}</td></tr>
<tr><td class="dvNhan">Nội dung</td><td class="dvGiaTri">{g.BODY_HTML}</td></tr></table></div></body></html>"""


@pytest.mark.parametrize(("label", "value", "category"), [
    ("Lĩnh vực", "Chỉ đạo điều hành", "Chỉ đạo điều hành"),
    ("Chuyên mục", "Kinh tế", "Kinh tế"),
    ("Danh mục:", "Tin tức - Sự kiện", "Tin tức - Sự kiện"),
    ("Lượt xem", "1.234", None),                 # no section label
    ("Lĩnh vực", "Số 45/KH-UBND", None),         # a number is no section's name
])
def test_a_section_in_the_cell_after_its_label(label: str, value: str, category: str | None) -> None:
    assert extract_article(URL, record_page(label, value))["category"] == category
