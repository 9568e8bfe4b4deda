"""Vietnamese date and byline conventions the generic extractor follows (issue 10): a publish
date is never the "Cập nhật" (update) time when the page also labels its publish date; clocks
written "08h30'" or "8 giờ 30 phút"; a byline's unit on the line under the names."""

from __future__ import annotations

import pytest

from archiver.extract.bylines import split_trailing_byline
from archiver.extract.dates import find_date, find_published, is_update_line
from archiver.extract.page import extract_article

URL = "http://127.0.0.1:8080/TinTuc/ChiTiet/1234"
TITLE = "Huyện Phú Lâm ra quân chuyển đổi số năm 2019"
TEXT = ("Sáng nay, Ban Chỉ đạo chuyển đổi số huyện Phú Lâm tổ chức lễ ra quân, với sự tham gia "
        "của hơn 300 đoàn viên thanh niên tại các xã, thị trấn trên địa bàn huyện.")
MORE = ("Các tổ công nghệ số cộng đồng sẽ hướng dẫn người dân cài đặt ứng dụng, thanh toán "
        "không dùng tiền mặt và nộp hồ sơ dịch vụ công trực tuyến ngay tại nhà văn hóa thôn.")


def page(header: str, closing: str = "") -> str:
    """An article page with `header` under its `h2` headline and `closing` after the text."""
    return f"""<html><head><meta charset="utf-8"><title>{TITLE}</title></head><body>
<div class="menu"><a href="/">Trang chủ</a> <a href="/TinTuc/DanhMuc/1">Tin tức</a></div>
<div class="chi-tiet"><h2>{TITLE}</h2>{header}
<div class="noi-dung"><p>{TEXT}</p><p>{MORE}</p>{closing}</div></div>
<div class="chan-trang">Bản quyền thuộc Ban Thường vụ Huyện ủy Phú Lâm.</div></body></html>"""


# -- clocks written the Vietnamese way ---------------------------------------------------------

@pytest.mark.parametrize(("raw", "expected"), [
    ("Cập nhật lúc 08h30' ngày 14/03/2019", "2019-03-14T08:30:00+07:00"),
    ("Cập nhật lúc 08h30’ ngày 14/03/2019", "2019-03-14T08:30:00+07:00"),
    ("14/03/2019 8h30′", "2019-03-14T08:30:00+07:00"),
    ("8 giờ 30 phút, ngày 14/03/2019", "2019-03-14T08:30:00+07:00"),
])
def test_a_minute_mark_after_the_clock_keeps_the_time(raw: str, expected: str) -> None:
    found = find_date(raw)
    assert found is not None and found[1].isoformat() == expected


# -- the publish label wins over an update time ------------------------------------------------

@pytest.mark.parametrize(("line", "expected"), [
    ("Cập nhật: 15/03/2019 10:02 Ngày xuất bản: 14/03/2019 08:30", "2019-03-14T08:30:00+07:00"),
    ("Ngày cập nhật 15/03/2019 | Ngày đăng: 14/03/2019 08:30", "2019-03-14T08:30:00+07:00"),
    ("Updated 15/03/2019 10:02 · Published on 14/03/2019 08:30", "2019-03-14T08:30:00+07:00"),
    ("Ngày đăng: 14/03/2019 08:30 | Cập nhật: 15/03/2019 10:02", "2019-03-14T08:30:00+07:00"),
    ("Cập nhật lúc 08h30' ngày 14/03/2019", "2019-03-14T08:30:00+07:00"),  # its only date
])
def test_a_line_is_dated_by_the_date_it_labels_published(line: str, expected: str) -> None:
    found = find_published(line)
    assert found is not None and found[1].isoformat() == expected


def test_an_update_line_is_one_that_labels_no_publish_date() -> None:
    assert is_update_line("Cập nhật: 15/03/2019 10:02")
    assert is_update_line("Sửa lần cuối 15/03/2019")
    assert not is_update_line("Cập nhật: 15/03/2019 10:02 Ngày xuất bản: 14/03/2019 08:30")
    assert not is_update_line("Ngày đăng: 14/03/2019")


def test_the_update_time_printed_before_the_publish_time_on_one_line() -> None:
    header = ('<div class="ngay"><span>Cập nhật: 15/03/2019 10:02</span> '
              '<span>Ngày xuất bản: 14/03/2019 08:30</span></div>')
    assert extract_article(URL, page(header))["published"] == "2019-03-14T08:30:00+07:00"


def test_an_update_line_above_the_publish_line() -> None:
    header = ('<div class="cap-nhat">Cập nhật: 15/03/2019 10:02</div>'
              '<div class="xuat-ban">Ngày xuất bản: 14/03/2019 08:30</div>')
    assert extract_article(URL, page(header))["published"] == "2019-03-14T08:30:00+07:00"


def test_cap_nhat_alone_is_the_publish_time() -> None:
    header = "<p><font size='1'>Cập nhật lúc 08h30' ngày 14/03/2019</font></p>"
    assert extract_article(URL, page(header))["published"] == "2019-03-14T08:30:00+07:00"


# -- the writers' unit under their names -------------------------------------------------------

@pytest.mark.parametrize(("closing", "authors"), [
    (["Bài và ảnh: Minh Hà, Thu Trang", "Đồn Biên phòng Cửa khẩu Tân Lập"], ["Minh Hà", "Thu Trang"]),
    (["Tin, ảnh: Thu Trang", "Phòng Chính trị BĐBP tỉnh"], ["Thu Trang"]),
    (["Bài, ảnh: Đức Mạnh", "(Ban Tuyên giáo Huyện ủy)"], ["Đức Mạnh"]),
    (["Nguyễn Văn An", "Trạm Kiểm soát Biên phòng Cửa khẩu"], ["Nguyễn Văn An"]),
])
def test_the_unit_under_a_byline_goes_with_it(closing: list[str], authors: list[str]) -> None:
    assert split_trailing_byline([TEXT, *closing]) == ([TEXT], authors)


def test_an_organisation_line_without_a_byline_above_stays_text() -> None:
    assert split_trailing_byline([TEXT, MORE, "Đồn Biên phòng Cửa khẩu Tân Lập"]) == (
        [TEXT, MORE, "Đồn Biên phòng Cửa khẩu Tân Lập"], [])


def test_a_page_signed_with_names_then_unit() -> None:
    closing = ('<p align="right"><b>Bài và ảnh: Minh Hà, Thu Trang</b><br>'
               '<i>Đồn Biên phòng Yên Sơn</i></p>')
    fields = extract_article(URL, page("<p>14/03/2019 08:30</p>", closing))
    assert fields["authors"] == ["Minh Hà", "Thu Trang"]
    assert fields["body"] == f"{TEXT}\n\n{MORE}"


# -- created (published) beside edited ---------------------------------------------------------

@pytest.mark.parametrize(("line", "expected"), [
    # Joomla's info block: "created" (dateCreated) beside "modified", in either order
    ("Ngày sửa: 15/03/2019 10:02 - Ngày tạo: 14/03/2019 08:30", "2019-03-14T08:30:00+07:00"),
    ("Cập nhật: 15/03/2019 10:02 | Được tạo ngày 14/03/2019 08:30", "2019-03-14T08:30:00+07:00"),
    ("Cập nhật: 15/03/2019 10:02 | Đăng: 14/03/2019 08:30", "2019-03-14T08:30:00+07:00"),
])
def test_the_created_date_is_the_publish_date(line: str, expected: str) -> None:
    found = find_published(line)
    assert found is not None and found[1].isoformat() == expected


def test_an_edited_date_is_an_update_line() -> None:
    assert is_update_line("Ngày sửa: 15/03/2019 10:02")
    assert is_update_line("Ngày chỉnh sửa: 15/03/2019 10:02")
    assert not is_update_line("Ngày tạo: 14/03/2019 08:30")


def test_an_update_line_above_the_created_line_is_not_the_publish_date() -> None:
    header = ('<div class="info"><div>Ngày cập nhật: 15/03/2019 10:02</div>'
              '<div>Ngày tạo: 14/03/2019 08:30</div></div>')
    fields = extract_article(URL, page(header))
    assert fields["published"] == "2019-03-14T08:30:00+07:00"
    assert fields["published_raw"] == "14/03/2019 08:30"
