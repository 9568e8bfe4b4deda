"""Boilerplate, caption and lead-prefix heuristics (archiver/extract/boilerplate.py)."""

from __future__ import annotations

import json
import re

import lxml.html
import pytest

from archiver.extract.boilerplate import (
    boilerplate_reason,
    is_boilerplate,
    is_caption,
    strip_lead_prefix,
)
from archiver.extract.text import normalize_text
from tests.shared import real_page


@pytest.mark.parametrize(("text", "reason"), [
    ("Trang chủ", "is_navigation"),
    ("Về đầu trang", "is_navigation"),
    ("| Về đầu trang |", "is_navigation"),
    ("Sơ đồ cổng", "is_navigation"),
    ("Đăng nhập |", "is_navigation"),
    ("Xem tất cả", "is_navigation"),
    ("Xem thêm...", "is_navigation"),
    ("Tin nổi bật", "is_navigation"),
    ("TIN MỚI NHẤT", "is_navigation"),
    ("Lịch công tác", "is_navigation"),
    ("Trang chủ » Tin tức - Sự kiện » Chi tiết", "is_navigation"),
    ("Tin liên quan", "is_related_heading"),
    ("Tin khác:", "is_related_heading"),
    ("Các tin khác", "is_related_heading"),
    ("Ý kiến bạn đọc", "is_related_heading"),
    ("Chia sẻ", "is_share_buttons"),
    ("In bài", "is_share_buttons"),
    ("Chia sẻ | Facebook | Zalo | In bài", "is_share_buttons"),
    ("Website liên kết", "is_link_box"),
    ("LIÊN KẾT WEBSITE", "is_link_box"),
    ("-- Chọn liên kết --", "is_link_box"),
    ("Từ khóa: quy chế dân chủ, cơ sở", "is_link_list"),
    ("Từ khoá: hội nghị", "is_link_list"),
    ("Tags: Quảng Ninh", "is_link_list"),
    ("Đọc thêm: Quảng Ninh đón 1 triệu khách", "is_link_list"),
    ("Hiển thị 1 - 20 of 26 kết quả.", "is_pagination"),
    ("← Đầu tiên Trước 1 2 3 Tiếp Cuối cùng →", "is_pagination"),
    ("Trang 2/15", "is_pagination"),
    ("Hôm nay: 2470", "is_counter"),
    ("Đang truy cập: 125", "is_counter"),
    ("Tổng lượt truy cập: 12.345.678", "is_counter"),
    ("Thống kê truy cập", "is_counter"),
    ("Lượt xem: 120", "is_counter"),
    ("View count: 842", "is_counter"),
    ("Tin tức | 22/09/2022 15:15 | Lượt xem: 120", "is_counter"),
    ("Ngày đăng 09/09/2020 | 05:07 PM | View count: 842", "is_counter"),
    ("Bản quyền thuộc Cổng Thông tin điện tử Chính phủ.", "is_footer"),
    ("© 2008 - 2021 Báo Điện tử Thể thao & Văn hóa, TTXVN. All rights reserved.", "is_footer"),
    ("Giấy phép số 52/GP-TTĐT do Sở Thông tin và Truyền thông cấp ngày 20/4/2020", "is_footer"),
    ("Chịu trách nhiệm chính: Nguyễn Văn A", "is_footer"),
    ("Ghi rõ nguồn 'Cổng Thông tin điện tử Chính phủ' khi phát hành lại thông tin", "is_footer"),
    ("Địa chỉ: Số 185 Giảng Võ, Quận Đống Đa - Điện thoại: (024) 35123536; Fax: (025) 37366617",
     "is_footer"),
    ("Trụ sở: 12 Lê Lợi, TP Hạ Long. Điện thoại: 0203 3835 123", "is_footer"),
    ("* * *", "has_no_words"),
    ("", "has_no_words"),
])
def test_boilerplate(text: str, reason: str) -> None:
    assert boilerplate_reason(text) == reason
    assert is_boilerplate(text)


@pytest.mark.parametrize("text", [
    "Hôm nay, Ủy ban nhân dân tỉnh tổ chức hội nghị triển khai kế hoạch.",
    "Hôm nay: 5 ca mắc mới được ghi nhận tại các huyện miền núi của tỉnh",
    "Giấy phép xây dựng được cấp cho 12 công trình trong quý I.",
    "Giới thiệu sản phẩm OCOP của tỉnh tại hội chợ",
    "Trang trại của gia đình ông có 200 con bò.",
    "Trước 2020, huyện chưa có trường chuẩn quốc gia.",
    "Trước 2020",
    "Theo kế hoạch, tỉnh sẽ hoàn thành trong năm 2025.",
    "Quang cảnh hội nghị.",
    "Lê Phương",
    "Tất cả",
    # a single contact line belongs to an announcement's body
    "Điện thoại: 0203 3835 123",
    "Email: tiepnhan@quangninh.gov.vn",
    "Mọi chi tiết xin liên hệ Phòng Tổ chức, điện thoại: 0203 3835 123, email: a@b.vn.",
    "Tổng lượt truy cập cổng thông tin năm 2022 đạt 12 triệu lượt, tăng 20% so với năm trước.",
])
def test_body_text_is_not_boilerplate(text: str) -> None:
    assert boilerplate_reason(text) is None


@pytest.mark.parametrize("text", [
    "Quang cảnh hội nghị. (Ảnh: Thanh Vân/TTXVN)",
    "Đồng chí Bí thư Tỉnh ủy phát biểu tại hội nghị (Ảnh: Thanh Vân/TTXVN).",
    "Y bác sĩ nội soi cho bệnh nhân. Ảnh: Bệnh viện cung cấp",
    "Lãnh đạo tỉnh thăm gia đình chính sách. Ảnh: N.T.H",
    "Ảnh: Minh Hà",
    "(Ảnh minh họa)",
    "Người dân làm thủ tục tại bộ phận một cửa - Ảnh minh hoạ",
    "Nguồn ảnh: Internet",
])
def test_captions_by_their_photo_credit(text: str) -> None:
    assert is_caption(text)


@pytest.mark.parametrize("text", [
    "Quang cảnh hội nghị.",  # a caption only the layout can tell
    "Hội nghị triển khai nhiệm vụ sáu tháng cuối năm 2022 được tổ chức tại Hạ Long.",
    "Bức ảnh: khoảnh khắc đẹp",  # "ảnh" inside a word is not a credit
    "Ông nghĩ bị rối loạn tiêu hóa thông thường, song uống thuốc không khỏi.",
    "",
])
def test_not_captions_without_layout(text: str) -> None:
    assert not is_caption(text)


def test_under_an_image_a_short_line_is_a_caption_but_a_paragraph_is_not() -> None:
    assert is_caption("Quang cảnh hội nghị.", under_image=True)
    assert not is_caption("Các đại biểu tham dự hội nghị:", under_image=True)
    paragraph = " ".join(["Hội nghị triển khai nhiệm vụ sáu tháng cuối năm."] * 5)
    assert not is_caption(paragraph, under_image=True)


@pytest.mark.parametrize(("summary", "expected"), [
    ("(Chinhphu.vn) - Sáng nay, Thủ tướng chủ trì.", "Sáng nay, Thủ tướng chủ trì."),
    ("CTTĐT - Ngày 22/6, UBND tỉnh tổ chức hội nghị.", "Ngày 22/6, UBND tỉnh tổ chức hội nghị."),
    ("(Baoquangninh.vn) -Chiều 22/6, đoàn công tác", "Chiều 22/6, đoàn công tác"),
    ("(PLVN) - Ngày 22/6, tòa án xét xử", "Ngày 22/6, tòa án xét xử"),
    ("(QNO) – Sáng 22/6, tỉnh tổ chức", "Sáng 22/6, tỉnh tổ chức"),
    ("VOV.VN - Sáng nay, Quốc hội thảo luận", "Sáng nay, Quốc hội thảo luận"),
    ("Baotintuc.vn — Sáng nay", "Sáng nay"),
])
def test_strip_lead_prefix(summary: str, expected: str) -> None:
    assert strip_lead_prefix(summary) == expected


@pytest.mark.parametrize("summary", [
    "HĐND - UBND tỉnh tổ chức hội nghị tổng kết năm.",  # an acronym that is the subject
    "Sáng 22/6 - tối 23/6, tỉnh tổ chức lễ hội.",
    "Ngày 19/12/2019, Sở Thông tin và Truyền thông ban hành Quyết định số 288/QĐ-STTTT.",
    "Người đàn ông 63 tuổi đau bụng kéo dài, bác sĩ chẩn đoán ung thư lymphoma ruột non - căn "
    "bệnh ít gặp trong hệ tiêu hóa.",
])
def test_lead_without_prefix_is_unchanged(summary: str) -> None:
    assert strip_lead_prefix(summary) == summary


# -- real pages -----------------------------------------------------------------------------------


def real_doc(relative: str) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(real_page(relative).read_bytes())


def texts(doc: lxml.html.HtmlElement, xpath: str) -> list[str]:
    found = [normalize_text(el.text_content()) for el in doc.xpath(xpath)]
    assert found, xpath
    return found


def test_real_liferay_listing_chrome_is_boilerplate_and_its_articles_are_not() -> None:
    doc = real_doc("liferay-hanoi/phong-chong-dich-benh-covid-19.html")
    chrome = [
        *texts(doc, "//ul[contains(@class, 'lfr-pagination-buttons')]/li/a"),
        *texts(doc, "//small[@class='search-results']"),
        *texts(doc, "//p[@class='vetrang']/a"),
        *texts(doc, "//div[@class='footleft']/p"),
        *texts(doc, "//div[contains(@class, 'assetPublishDate')]"),
    ]
    assert [t for t in chrome if not is_boilerplate(t)] == []
    content = [
        *texts(doc, "//h3[@class='asset-title']"),
        *texts(doc, "//div[@class='asset-summary']"),
    ]
    assert len(content) >= 20
    assert [t for t in content if is_boilerplate(t) or is_caption(t)] == []


def test_real_vnexpress_caption_body_and_lead() -> None:
    doc = real_doc("vnexpress/VnExpress_2025_10_22.html")
    expected = json.loads(real_page("vnexpress/VnExpress.json").read_text("utf-8"))["V1"]
    captions = texts(doc, "//p[@class='Image']")
    assert all(is_caption(c) for c in captions)
    body = [p for p in texts(doc, "//p[@class='Normal']") if len(p.split()) > 12]
    assert body and not any(is_boilerplate(p) or is_caption(p) for p in body)
    summary = expected["body"]["summary"][0]
    assert strip_lead_prefix(summary) == summary
    assert re.search(r"Ảnh: Bệnh viện cung cấp$", captions[0])
