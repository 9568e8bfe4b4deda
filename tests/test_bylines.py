"""Bylines and source lines (archiver/extract/bylines.py)."""

from __future__ import annotations

import html
import json
import re

import pytest

from archiver.extract.bylines import (
    is_account_name,
    label_and_value,
    names_after_label,
    names_the_site,
    parse_byline,
    parse_source_line,
    split_trailing_byline,
)
from archiver.extract.text import normalize_text
from tests.shared import real_page

BODY = (
    "Sáng 22/6, Ủy ban nhân dân tỉnh tổ chức hội nghị triển khai nhiệm vụ phát triển kinh tế - "
    "xã hội sáu tháng cuối năm, với sự tham dự của lãnh đạo các sở, ngành và địa phương."
)


@pytest.mark.parametrize(("line", "authors"), [
    ("T/h: Thùy Dương", ["Thùy Dương"]),
    ("T/H: Thùy Dương", ["Thùy Dương"]),
    ("Tổng hợp: Thùy Dương", ["Thùy Dương"]),
    ("Tin, ảnh: Minh Hà", ["Minh Hà"]),
    ("Tin và ảnh: Minh Hà", ["Minh Hà"]),
    ("Bài, ảnh: Thu Trang", ["Thu Trang"]),
    ("Bài và ảnh: Thu Trang", ["Thu Trang"]),
    ("Tin: Minh Hà", ["Minh Hà"]),
    ("Bài: N.T.H", ["N.T.H"]),
    ("Tin bài: Minh Hà - Thu Trang", ["Minh Hà", "Thu Trang"]),  # the news text's writers
    ("Tin, bài: Minh Hà", ["Minh Hà"]),
    ("Tác giả: Nguyễn Văn An", ["Nguyễn Văn An"]),
    ("Tác giả: Phòng Văn hóa - Thông tin", ["Phòng Văn hóa - Thông tin"]),  # not a list of names
    ("Phóng viên Minh Hà", ["Minh Hà"]),
    ("Phóng viên: Minh Hà", ["Minh Hà"]),
    ("PV", ["PV"]),
    ("Nhóm PV", ["Nhóm PV"]),
    ("Nhóm phóng viên", ["Nhóm phóng viên"]),
    ("Tin: PV", ["PV"]),
    ("Tin, ảnh: Minh Hà - Thu Trang", ["Minh Hà", "Thu Trang"]),
    ("Tin, ảnh: Minh Hà, Thu Trang và Lan Anh", ["Minh Hà", "Thu Trang", "Lan Anh"]),
    ("Bài: Minh Hà/Thu Trang", ["Minh Hà", "Thu Trang"]),
    ("Tin, ảnh: Minh Hà/TTXVN", ["Minh Hà"]),  # the agency after a slash is dropped
    ("Tác giả: Lê Phương (TTXVN)", ["Lê Phương"]),  # and so is one in brackets
    ("(Tin, ảnh: Minh Hà)", ["Minh Hà"]),
    ("Tin, ảnh: Minh Hà.", ["Minh Hà"]),
    ("Tác giả bài viết: Minh Hà", ["Minh Hà"]),
    ("Người đăng tin: Minh Hà", ["Minh Hà"]),
    ("Người viết bài: Minh Hà", ["Minh Hà"]),  # an ASP print view's writer line
    ("Nhóm tác giả: Minh Hà - Thu Trang", ["Minh Hà", "Thu Trang"]),
    ("Tin: Minh Hà, ảnh: Thu Trang", ["Minh Hà"]),  # the photographer is credited, not an author
    ("Bài: Minh Hà - Ảnh: Thu Trang", ["Minh Hà"]),
])
def test_labelled_bylines(line: str, authors: list[str]) -> None:
    assert parse_byline(line) == authors
    assert parse_byline(line, closing=True) == authors


@pytest.mark.parametrize(("line", "authors"), [
    ("Hoàng Anh", ["Hoàng Anh"]),
    ("Lê Phương", ["Lê Phương"]),
    ("Nguyễn Thị Thu Trang", ["Nguyễn Thị Thu Trang"]),
    ("Minh Hà - Thu Trang", ["Minh Hà", "Thu Trang"]),
    ("Minh Hà và Thu Trang", ["Minh Hà", "Thu Trang"]),
    ("Lê Phương (TTXVN)", ["Lê Phương"]),
    ("Thùy Dương (T/h)", ["Thùy Dương"]),
    ("N.T.H", ["N.T.H"]),
    ("Ng.Hà", ["Ng.Hà"]),
    ("— Minh Hà", ["Minh Hà"]),  # a dash-led signature
    ("Minh Hà -", ["Minh Hà"]),  # a dash that leads to nothing
    ("Minh Hà - Trung tâm VH-TT huyện", ["Minh Hà"]),  # the writer's office after the name
])
def test_a_bare_name_is_a_byline_only_on_the_closing_line(line: str, authors: list[str]) -> None:
    assert parse_byline(line, closing=True) == authors
    assert parse_byline(line) is None


@pytest.mark.parametrize("line", [
    "Ảnh: Minh Hà",  # credits a photo, not the article
    "Ảnh minh họa",
    "Video: Minh Hà",
    "Nguồn: Báo Quảng Ninh",
    "Nguồn tin: Sở Y tế",
    "Theo TTXVN",
    "Quang cảnh hội nghị.",
    "Phóng viên đã có mặt tại hiện trường.",
    "UBND TỈNH QUẢNG NINH",
    "Hết",
    "Xin trân trọng cảm ơn!",
    "Tác giả: bài này rất hay",
    BODY,
    "Hà Nội, ngày 22 tháng 6 năm 2022",
    "",
])
def test_not_bylines(line: str) -> None:
    assert parse_byline(line, closing=True) is None


@pytest.mark.parametrize(("line", "source"), [
    ("Nguồn: Báo Quảng Ninh", "Báo Quảng Ninh"),
    ("Nguồn tin: Sở Y tế", "Sở Y tế"),
    ("Nguồn : baochinhphu.vn", "baochinhphu.vn"),
    ("Theo TTXVN", "TTXVN"),
    ("(Theo TTXVN)", "TTXVN"),
    ("Theo Báo Quảng Ninh điện tử.", "Báo Quảng Ninh điện tử"),
])
def test_source_lines(line: str, source: str) -> None:
    assert parse_source_line(line) == source
    assert parse_byline(line, closing=True) is None


@pytest.mark.parametrize("line", [
    "Theo kế hoạch, tỉnh sẽ hoàn thành trong năm 2025.",  # a sentence that starts with "Theo"
    "Theo Quyết định số 12, các sở, ngành phải báo cáo trước ngày 30/6.",
    "Tin, ảnh: Minh Hà",
    "Ảnh: Minh Hà",
    BODY,
])
def test_not_source_lines(line: str) -> None:
    assert parse_source_line(line) is None


def test_split_trailing_byline_removes_closing_lines_and_keeps_order() -> None:
    paragraphs = [BODY, BODY, "Minh Hà - Thu Trang", "Ảnh: Lan Anh", "Nguồn: Báo Quảng Ninh"]
    assert split_trailing_byline(paragraphs) == ([BODY, BODY], ["Minh Hà", "Thu Trang"])


def test_split_trailing_byline_looks_at_three_lines_at_most() -> None:
    paragraphs = [BODY, "Lan Anh", "Tin: Minh Hà", "Ảnh: Thu Trang", "Theo TTXVN"]
    body, authors = split_trailing_byline(paragraphs)
    assert body == [BODY, "Lan Anh"]
    assert authors == ["Minh Hà"]


def test_split_trailing_byline_never_removes_body() -> None:
    closing = "Hội nghị kết thúc lúc 11 giờ cùng ngày với sự đồng thuận cao của các đại biểu dự."
    paragraphs = [BODY, closing]
    assert split_trailing_byline(paragraphs) == (paragraphs, [])
    # a long paragraph that happens to start like a source line is body too
    theo = "Theo Báo cáo của Sở Kế hoạch và Đầu tư tỉnh Quảng Ninh năm 2022 tổng sản phẩm tăng"
    assert split_trailing_byline([BODY, theo]) == ([BODY, theo], [])
    assert split_trailing_byline([]) == ([], [])


def test_split_trailing_byline_does_not_touch_its_input() -> None:
    paragraphs = [BODY, "T/h: Thùy Dương"]
    split_trailing_byline(paragraphs)
    assert paragraphs == [BODY, "T/h: Thùy Dương"]


def test_split_trailing_byline_dedupes_authors() -> None:
    assert split_trailing_byline([BODY, "Minh Hà", "Tin, ảnh: Minh Hà"]) == ([BODY], ["Minh Hà"])


def test_real_vnexpress_article_ends_with_its_byline() -> None:
    page = real_page("vnexpress/VnExpress_2025_10_22.html").read_text("utf-8")
    expected = json.loads(real_page("vnexpress/VnExpress.json").read_text("utf-8"))["V1"]
    paragraphs = [
        normalize_text(html.unescape(re.sub(r"<[^>]+>", "", p)))
        for p in re.findall(r'<p class="Normal"[^>]*>(.*?)</p>', page, re.S)
    ]
    body, authors = split_trailing_byline(paragraphs)
    assert authors == expected["authors"] == ["Lê Phương"]
    expected_body = [p for p in expected["body"]["sections"][0]["paragraphs"] if "Ảnh:" not in p]
    assert body == expected_body


@pytest.mark.parametrize(("line", "authors"), [
    ("PV - CTV", ["PV"]),                       # the staff and their contributors
    ("PV và CTV", ["PV"]),
    ("Nhóm PV - CTV", ["Nhóm PV"]),
    ("Minh Hà - CTV", ["Minh Hà"]),
    ("Minh Hà - Thu Trang - CTV", ["Minh Hà", "Thu Trang"]),
    ("Thu Trang, cộng tác viên", ["Thu Trang"]),
    ("Minh Hà - CTV huyện Phú Lâm", ["Minh Hà"]),  # the role with the unit written for
    ("Tin: PV - CTV", ["PV"]),
])
def test_a_role_after_the_writers_names_nobody(line: str, authors: list[str]) -> None:
    """"… - CTV" (cộng tác viên), "PV" (phóng viên): a portal says what its writers are after
    their names; the names before the role are the authors, the staff stand-in "PV" among them."""
    assert parse_byline(line, closing=True) == authors


@pytest.mark.parametrize("line", ["CTV", "CTV - PV", "Cộng tác viên"])
def test_a_role_alone_names_nobody(line: str) -> None:
    assert parse_byline(line, closing=True) is None


@pytest.mark.parametrize("line", ["Đăng bởi Admin", "Posted by admin", "Người đăng: Quản trị viên",
                                  "Đăng bởi Super User"])
def test_a_byline_naming_the_administrator_account_names_no_writer(line: str) -> None:
    """[] (a credit naming nobody), not None: the line is a byline, of the account that posted."""
    assert parse_byline(line) == []


def test_a_writer_beside_the_account_is_kept() -> None:
    assert parse_byline("Đăng bởi Admin, Minh Hà") == ["Minh Hà"]


@pytest.mark.parametrize(("name", "account"), [
    ("quantri", True), ("quantrivien", True), ("superuser", True), ("Quản trị", True),
    ("tranminhha", False), ("Minh Hà", False), ("quan tri", False)])
def test_the_administrator_account_spelt_as_a_user_name_is_an_account(
        name: str, account: bool) -> None:
    """A login holds no accents or spaces (WordPress's `sanitize_user`): "Quản trị" posts as
    "quantri"; a person's user name ("tranminhha") stays a writer (docs/record.md)."""
    assert is_account_name(name) is account
    assert parse_byline(f"Bởi {name}") == ([] if account else parse_byline(f"Bởi {name}"))


@pytest.mark.parametrize(("name", "site"), [
    ("thuvien", True), ("thuvientinh", True), ("thuvientinhhalam", True),
    ("thu", False), ("tranminhha", False), ("Thư viện", False)])
def test_a_user_name_spelling_the_site_s_name_names_the_site(name: str, site: bool) -> None:
    """An institution's account named for itself ("thuvien" on "Thư viện tỉnh Hà Lâm") is the
    site speaking, not a writer; a person's login or one syllable of the name is not."""
    assert names_the_site(name, ["Trang chủ", "Thư viện tỉnh Hà Lâm"]) is site


def test_a_book_review_s_presenter_is_its_writer() -> None:
    """A library's "Giới thiệu sách" column is signed "Người giới thiệu: …"."""
    assert parse_byline("Người giới thiệu: Nguyễn Văn An", closing=True) == ["Nguyễn Văn An"]
    assert split_trailing_byline([BODY, "Người giới thiệu: Minh Hà - Thu Trang"]) == (
        [BODY], ["Minh Hà", "Thu Trang"])


@pytest.mark.parametrize(("label", "value", "authors"), [
    ("Author", "Ban Biên tập", ["Ban Biên tập"]),
    ("Author:", "Minh Hà, Thu Trang", ["Minh Hà", "Thu Trang"]),
    ("Tác giả bài viết", "Minh Hà", ["Minh Hà"]),
    ("Post author:", "Minh Hà", ["Minh Hà"]),
    ("Tin", "Minh Hà", None),          # a section's name, alone
    ("Licensed under", "CC BY 4.0", None)])
def test_a_label_cell_and_its_value_cell_read_as_one_byline(
        label: str, value: str, authors: list[str] | None) -> None:
    assert label_and_value(label, value) == authors


@pytest.mark.parametrize(("label", "lines", "authors"), [
    ("Bút danh", ["PV"], ["PV"]),                                   # the staff's byline as a value
    ("Tác giả", ["Minh Hà", "Nhóm PV", "Chuyên mục"], ["Minh Hà", "Nhóm PV"]),
    ("Tác giả", ["Minh Hà", "Người viết:", "Thu Trang"], ["Minh Hà"]),  # another label ends them
    ("Nhóm PV", ["Minh Hà"], None),                                 # a byline, no label
    ("PV", ["Minh Hà"], None)])
def test_a_label_alone_names_the_lines_after_it(
        label: str, lines: list[str], authors: list[str] | None) -> None:
    assert names_after_label(label, lines) == authors


@pytest.mark.parametrize(("line", "authors"), [
    ("Trần Thị Hoa - TTYT huyện", ["Trần Thị Hoa"]),         # Trung tâm Y tế
    ("Minh Hà - MTTQ xã Hòa Bình", ["Minh Hà"]),              # Mặt trận Tổ quốc
    ("Minh Hà, Thu Trang - TTVHTT huyện Phú Lâm", ["Minh Hà", "Thu Trang"]),
    ("BS. Nguyễn Thị Mai - Khoa Nội", ["Nguyễn Thị Mai"]),     # a hospital's department; a degree is no name
    ("Minh Hà - Đăng Khoa", ["Minh Hà", "Đăng Khoa"]),        # "Khoa" closing a name is a name
])
def test_the_writers_unit_after_the_names_names_nobody(line: str, authors: list[str]) -> None:
    """`_is_abbreviated_unit` and `_ORGANISATION_RE`: the unit a writer works for, abbreviated in
    capitals or a department, after the names on a closing line."""
    assert parse_byline(line, closing=True) == authors


@pytest.mark.parametrize("line", ["Tác giả: Minh Hà - Nguồn: Báo Hà Lâm",
                                  "Tác giả: Minh Hà, Nguồn tin: Sở Y tế",
                                  "Tin: Minh Hà - Nguồn ảnh: Internet"])
def test_a_source_typed_on_the_bylines_line_is_no_part_of_the_name(line: str) -> None:
    """NukeViet's "Tác giả" and "Nguồn tin" fields typed on one line by hand."""
    assert parse_byline(line) == ["Minh Hà"]


@pytest.mark.parametrize(("line", "authors"), [
    ("Gửi bởi: Nguyễn Văn An", ["Nguyễn Văn An"]),   # Mezzanine's and Drupal's "Posted by:"
    ("Người gửi: Minh Hà", ["Minh Hà"]),
    ("Posted by: Minh Hà", ["Minh Hà"]),
    ("Written by: Minh Hà", ["Minh Hà"]),
    ("Gửi bởi: admin", []),                           # the superuser's user name, in lower case
    ("Người đăng: admin", []),
])
def test_posted_by_labels(line: str, authors: list[str]) -> None:
    assert parse_byline(line) == authors
