"""Publish dates as Vietnamese pages print them (archiver/extract/dates.py)."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta

import pytest

from archiver.extract.dates import (
    find_date,
    is_meta_line,
    only_date_words,
    parse_date,
    states_a_date,
    without_date_words,
)
from archiver.extract.text import normalize_text
from archiver.record import VN_TZ, to_iso
from tests.shared import real_page

FORMS = [
    # the forms in portals.md and vietnamese-text.md
    ("22/09/2022 15:15", "2022-09-22T15:15:00+07:00"),
    ("Thứ hai - 20/06/2022 19:38", "2022-06-20T19:38:00+07:00"),
    ("Ngày đăng 09/09/2020 | 05:07 PM | View count: 842", "2020-09-09T17:07:00+07:00"),
    ("Thứ tư, 22/10/2025, 19:25 (GMT+7)", "2025-10-22T19:25:00+07:00"),
    ("15:15, 22/09/2022", "2022-09-22T15:15:00+07:00"),
    ("22/09/2022, 15:15", "2022-09-22T15:15:00+07:00"),
    ("ngày 21 tháng 09 năm 2025", "2025-09-21T00:00:00+07:00"),
    ("ngày 22 tháng 6 năm 2022", "2022-06-22T00:00:00+07:00"),
    ("Hà Nội, ngày 22 tháng 6, năm 2022", "2022-06-22T00:00:00+07:00"),
    ("NGÀY 22 THÁNG 6 NĂM 2022", "2022-06-22T00:00:00+07:00"),
    ("Cập nhật: 08:15 | 22/06/2022", "2022-06-22T08:15:00+07:00"),
    ("Cập nhật lúc 08:15 ngày 22/06/2022", "2022-06-22T08:15:00+07:00"),
    ("22-6-2022", "2022-06-22T00:00:00+07:00"),
    ("22.06.2022", "2022-06-22T00:00:00+07:00"),
    ("2/6/2022", "2022-06-02T00:00:00+07:00"),
    ("20/6/2022 19:38:05", "2022-06-20T19:38:05+07:00"),  # NukeViet listings: d/m/Y H:i:s
    ("22/06/2022 15h30", "2022-06-22T15:30:00+07:00"),
    ("22/06/2022 lúc 8:05", "2022-06-22T08:05:00+07:00"),
    ("(22/06/2022)", "2022-06-22T00:00:00+07:00"),
    # old ASP/PHP portals: a two-digit year is in 1990–2089
    ("(14/03/19 - 08:30)", "2019-03-14T08:30:00+07:00"),
    ("12.05.98", "1998-05-12T00:00:00+07:00"),
    # ISO 8601 (meta tags, JSON-LD): never day-first
    ("2025-10-22T19:25:52+07:00", "2025-10-22T19:25:52+07:00"),
    ("2022-06-05", "2022-06-05T00:00:00+07:00"),
    ("2022-06-05T08:00:00", "2022-06-05T08:00:00+07:00"),
    ("2022-06-05 08:00:00", "2022-06-05T08:00:00+07:00"),
    ("2025-10-22T12:25:52Z", "2025-10-22T19:25:52+07:00"),
    ("2025-10-22T12:25:52.123456+00:00", "2025-10-22T19:25:52+07:00"),
    ("2022/06/05", "2022-06-05T00:00:00+07:00"),
    # time zones: GMT+7 is seven hours ahead of UTC
    ("22/06/2022 15:15 (GMT+7)", "2022-06-22T15:15:00+07:00"),
    ("22/06/2022 08:15 GMT+0", "2022-06-22T15:15:00+07:00"),
    ("22/06/2022 15:15 UTC+07:00", "2022-06-22T15:15:00+07:00"),
    # last resort (dateutil): English forms and RSS dates
    ("June 22, 2022", "2022-06-22T00:00:00+07:00"),
    ("22 Jun 2022 15:15 GMT+7", "2022-06-22T15:15:00+07:00"),
    ("Wed, 22 Jun 2022 08:15:00 GMT", "2022-06-22T15:15:00+07:00"),
    ("Wed, 22 Jun 2022 15:15:00 +0700", "2022-06-22T15:15:00+07:00"),
]

# 20/06/2022 was a Monday: each spelling of each weekday in front of its own date.
WEEKDAYS = [
    ("Thứ hai", 20), ("Thứ Hai", 20), ("Thứ 2", 20), ("T2", 20),
    ("Thứ ba", 21), ("Thứ 3", 21), ("Thứ tư", 22), ("Thứ Tư", 22), ("Thứ 4", 22),
    ("Thứ năm", 23), ("Thứ 5", 23), ("Thứ sáu", 24), ("Thứ 6", 24),
    ("Thứ bảy", 25), ("Thứ Bảy", 25), ("Thứ 7", 25),
    ("Chủ nhật", 26), ("Chủ Nhật", 26), ("CN", 26),
]

TWELVE_HOUR = [
    ("12:00 AM", "00:00"), ("12:59 AM", "00:59"), ("01:00 AM", "01:00"), ("11:59 AM", "11:59"),
    ("12:00 PM", "12:00"), ("12:30 PM", "12:30"), ("01:00 PM", "13:00"), ("11:59 PM", "23:59"),
    ("05:07 pm", "17:07"), ("5:07 P.M.", "17:07"), ("15:30 PM", "15:30"),
    ("08:15 SA", "08:15"), ("12:10 SA", "00:10"), ("08:15 CH", "20:15"), ("12:10 CH", "12:10"),
    ("08:15 sáng", "08:15"), ("03:30 chiều", "15:30"), ("7:30 tối", "19:30"),
]

MALFORMED = [
    "", "   ", "hôm qua", "Chiều ngày 22/6", "Sáng 14/7", "22/6", "22/06", "tháng 6 năm 2022",
    "31/02/2022", "29/02/2023", "99/99/9999", "00/01/2022", "ngày 32 tháng 13 năm 2022",
    "22/09/2022 25:61", "22/09/2022 13:15 AM", "22/09/2022 00:30 PM", "2022-13-45",
    "22/06/2099", "01/01/1989", "1989-12-31T23:00:00+07:00", "Số 15/2022/NĐ-CP",
    "lorem ipsum dolor", "12:30", "12/05/85",
]


@pytest.mark.parametrize(("raw", "expected"), FORMS)
def test_known_forms(raw: str, expected: str) -> None:
    parsed = parse_date(raw)
    assert parsed is not None, raw
    assert to_iso(parsed) == expected


@pytest.mark.parametrize(("weekday", "day"), WEEKDAYS)
def test_every_weekday_spelling(weekday: str, day: int) -> None:
    for raw in (f"{weekday}, {day}/06/2022 10:05", f"{weekday} - {day}/06/2022 10:05"):
        assert to_iso(parse_date(raw)) == f"2022-06-{day}T10:05:00+07:00"


@pytest.mark.parametrize(("clock", "expected"), TWELVE_HOUR)
def test_twelve_hour_clocks(clock: str, expected: str) -> None:
    assert to_iso(parse_date(f"09/09/2020 | {clock}")) == f"2020-09-09T{expected}:00+07:00"
    assert to_iso(parse_date(f"{clock} | 09/09/2020")) == f"2020-09-09T{expected}:00+07:00"


@pytest.mark.parametrize("raw", MALFORMED)
def test_malformed_impossible_or_implausible_is_none(raw: str) -> None:
    assert parse_date(raw) is None


def test_future_dates_are_refused_but_today_is_fine() -> None:
    today = datetime.now(VN_TZ)
    assert parse_date(today.strftime("%d/%m/%Y")) is not None
    assert parse_date((today + timedelta(days=3)).strftime("%d/%m/%Y")) is None


def test_a_two_digit_year_reads_the_same_whatever_the_clock_says(monkeypatch) -> None:
    """A saved page must extract the same on any day: "14/03/19" is 2019 in 2026 and in 2099."""
    import archiver.extract.dates as dates

    class Later(datetime):
        @classmethod
        def now(cls, tz=None):  # noqa: ANN001, ANN206 - datetime's signature
            return datetime(2099, 1, 1, tzinfo=tz)

    monkeypatch.setattr(dates, "datetime", Later)
    assert parse_date("14/03/19").year == 2019
    assert parse_date("12.05.98").year == 1998


def test_results_are_aware_and_in_vietnam_time() -> None:
    for raw, _ in FORMS:
        assert parse_date(raw).utcoffset() == timedelta(hours=7), raw


def test_gmt_plus_seven_is_not_inverted() -> None:
    """dateutil reads `GMT+7` as UTC−07:00; both paths here must not."""
    explicit = parse_date("Thứ tư, 22/10/2025, 19:25 (GMT+7)")
    fallback = parse_date("22 Oct 2025 19:25 GMT+7")
    expected = datetime(2025, 10, 22, 12, 25, tzinfo=UTC)
    assert explicit == expected and fallback == expected


@pytest.mark.parametrize(("text", "raw", "expected"), [
    ("Tin tức | 22/09/2022 15:15 | Lượt xem: 120", "22/09/2022 15:15",
     "2022-09-22T15:15:00+07:00"),
    ("Thứ tư, 22/10/2025, 19:25 (GMT+7)", "22/10/2025, 19:25 (GMT+7)",
     "2025-10-22T19:25:00+07:00"),
    ("Ngày đăng 09/09/2020 | 05:07 PM | View count: 842", "09/09/2020 | 05:07 PM",
     "2020-09-09T17:07:00+07:00"),
    ("Cập nhật: 08:15 | 22/06/2022", "08:15 | 22/06/2022", "2022-06-22T08:15:00+07:00"),
    ("Văn bản ban hành ngày 21 tháng 09 năm 2025.", "ngày 21 tháng 09 năm 2025",
     "2025-09-21T00:00:00+07:00"),
    ("<meta content=\"2025-10-22T19:25:52+07:00\">", "2025-10-22T19:25:52+07:00",
     "2025-10-22T19:25:52+07:00"),
    # no-year dates are never matched; impossible ones are skipped for the next
    ("Chiều ngày 22/6, tại hội nghị (đăng 23/06/2022 10:00)", "23/06/2022 10:00",
     "2022-06-23T10:00:00+07:00"),
    ("31/02/2022 sai, đúng là 28/02/2022", "28/02/2022", "2022-02-28T00:00:00+07:00"),
    # the time an aside in brackets after the date; a bracket it does not close is no aside
    ("Ngày 14 tháng 03 năm 2019 (08 giờ 30 phút)", "Ngày 14 tháng 03 năm 2019 (08 giờ 30 phút)",
     "2019-03-14T08:30:00+07:00"),
    ("Đăng ngày 14/03/2019 (08:30) | Lượt xem: 12", "14/03/2019 (08:30)",
     "2019-03-14T08:30:00+07:00"),
    ("14/03/2019 (08:30 đến 11:00", "14/03/2019", "2019-03-14T00:00:00+07:00"),
])
def test_find_date_returns_the_raw_text_and_value(text: str, raw: str, expected: str) -> None:
    found = find_date(text)
    assert found is not None
    assert found[0] == raw and raw in text
    assert to_iso(found[1]) == expected


@pytest.mark.parametrize("text", [
    "", "Sáng 14/7, đoàn công tác đến thăm.", "Quyết định số 1234/QĐ-UBND", "Hôm nay: 2470",
    "Nghị định 15/2022/NĐ-CP", "Wed Jun 22",  # find_date never guesses with dateutil (no year)
    "Bootstrap 5.3.2, icons 1.11.1", "/vendor/05.03.02/x.css", "127.0.0.1", "ĐT: 0203.3861.020",
])
def test_find_date_without_a_full_date(text: str) -> None:
    assert find_date(text) is None


def test_to_iso() -> None:
    dt = datetime(2022, 9, 22, 15, 15, 7, 123456, tzinfo=VN_TZ)
    assert to_iso(dt) == "2022-09-22T15:15:07+07:00"
    with pytest.raises(ValueError, match="naive"):
        to_iso(datetime(2022, 9, 22, 15, 15))


# -- real pages -----------------------------------------------------------------------------------


def test_vnexpress_visible_date_and_json_ld_agree_with_the_expected_record() -> None:
    page = real_page("vnexpress/VnExpress_2025_10_22.html").read_text("utf-8")
    expected = json.loads(real_page("vnexpress/VnExpress.json").read_text("utf-8"))
    expected_published = datetime.fromisoformat(expected["V1"]["publishing_date"])

    visible = re.search(r'<span class="date">([^<]*)', page)[1]
    json_ld = re.search(r'"datePublished":"([^"]*)"', page)[1]
    assert parse_date(json_ld) == expected_published
    assert parse_date(visible) == expected_published.replace(second=0)


def test_every_liferay_listing_date_parses() -> None:
    page = real_page("liferay-hanoi/phong-chong-dich-benh-covid-19.html").read_text("utf-8")
    blocks = [normalize_text(b) for b in re.findall(r"Ngày đăng[^<]*", page)]
    assert len(blocks) >= 10
    parsed = [parse_date(b) for b in blocks]
    assert all(parsed), [b for b, p in zip(blocks, parsed, strict=True) if p is None]
    assert to_iso(parse_date("Ngày đăng 09/09/2020 | 05:07 PM | View count: 842")) in {
        to_iso(p) for p in parsed
    }


# -- what a meta line says of the time (bylines read the rest) ---------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Minh Hà - 14/03/2019", True), ("(14/03/19)", True), ("Lượt xem: 08:30", True), ("15h20", True),
    ("Minh Hà", False), ("Lượt xem: 1.805", False), ("Nghị định 15/2019", False)])
def test_states_a_date(text: str, expected: bool) -> None:
    assert states_a_date(text) is expected


def test_without_date_words_leaves_what_else_a_meta_line_says() -> None:
    assert " ".join(without_date_words("Thứ hai, ngày 14/03/2019 lúc 08:30 (GMT+7) - Minh Hà")
                    .split()) == ", - Minh Hà"


@pytest.mark.parametrize(("text", "expected"), [("Thứ hai", True), ("Ngày", True),
                                                ("Hà Nội", False), ("Thứ hai Hà Nội", False)])
def test_only_date_words(text: str, expected: bool) -> None:
    assert only_date_words(text) is expected


@pytest.mark.parametrize(("text", "raw", "expected"), [
    # the time printed before the weekday that opens the date (NukeViet's `l, d/m/Y`, moment's
    # `dddd, DD/MM/YYYY` after an "HH:mm |"): the time is the article's, not lost
    ("08:30 | Thứ Hai, 14/03/2019", "08:30 | Thứ Hai, 14/03/2019", "2019-03-14T08:30:00+07:00"),
    ("Cập nhật 08:30:15, Thứ hai, ngày 14/03/2019", "08:30:15, Thứ hai, ngày 14/03/2019",
     "2019-03-14T08:30:15+07:00"),
    ("15:30 CN, 17/03/2019", "15:30 CN, 17/03/2019", "2019-03-17T15:30:00+07:00"),
    ("8:30 CH - T5, 14/03/2019", "8:30 CH - T5, 14/03/2019", "2019-03-14T20:30:00+07:00"),
    # a weekday with no time before it changes nothing
    ("Thứ Hai, 14/03/2019", "14/03/2019", "2019-03-14T00:00:00+07:00"),
])
def test_a_time_before_the_weekday_is_the_dates(text: str, raw: str, expected: str) -> None:
    found = find_date(text)
    assert found is not None and found[0] == raw and to_iso(found[1]) == expected


@pytest.mark.parametrize(("text", "raw", "expected"), [
    # WordPress's default date_format "F j, Y" and time_format "g:i a" (en_US), "M j, Y", and
    # the comment form "F j, Y \a\t g:i a"; en_GB's and Drupal's "j F Y"
    ("Posted on March 14, 2019 by Minh Hà", "March 14, 2019", "2019-03-14T00:00:00+07:00"),
    ("March 14, 2019 at 8:30 pm", "March 14, 2019 at 8:30 pm", "2019-03-14T20:30:00+07:00"),
    ("Mar 14, 2019, 8:30 AM", "Mar 14, 2019, 8:30 AM", "2019-03-14T08:30:00+07:00"),
    ("Sept. 5, 2020, 10:02 a.m.", "Sept. 5, 2020, 10:02 a.m.", "2020-09-05T10:02:00+07:00"),
    ("14 March 2019 08:30", "14 March 2019 08:30", "2019-03-14T08:30:00+07:00"),
    ("December 1st, 2020", "December 1st, 2020", "2020-12-01T00:00:00+07:00"),
])
def test_english_month_names(text: str, raw: str, expected: str) -> None:
    found = find_date(text)
    assert found is not None and found[0] == raw and to_iso(found[1]) == expected


@pytest.mark.parametrize("text", ["May 2019", "Jun 31, 2019", "14 Mayor 2019", "March 14",
                                  "Marching 14, 2019"])
def test_english_month_names_without_a_whole_date(text: str) -> None:
    assert find_date(text) is None


@pytest.mark.parametrize(("line", "meta"), [
    # Plone 4's byline viewlet (document_byline.pt) with several creators: long, still the header's
    ("bởi Minh Hà, Thu Trang, Nguyễn Văn An — đăng lúc 25/01/2022 14:20 — cập nhật lần cuối "
     "26/01/2022 21:52", True),
    ("Tác giả: Ban Biên tập Cổng thông tin điện tử huyện Phú Lâm tỉnh Hà Lâm | Ngày đăng: "
     "14/03/2019 08:30 | Lượt xem: 120", True),
    # a lead sentence citing a date: no field of it is a labelled date alone
    ("Ngày 14/03/2019, UBND huyện Phú Lâm đã tổ chức hội nghị tổng kết công tác năm 2018 và "
     "triển khai nhiệm vụ năm 2019 — đăng lúc các đại biểu đã có mặt đầy đủ tại hội trường", False),
])
def test_a_row_of_fields_with_a_labelled_date_is_a_meta_line(line: str, meta: bool) -> None:
    assert is_meta_line(line) is meta
