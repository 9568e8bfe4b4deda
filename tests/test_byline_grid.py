# ruff: noqa: E501 - a grid of bylines reads best one case a line
"""A grid of how Vietnamese portals and newspapers sign an article, each with the exact `authors`
the record wants (shared/docs/article-record.md: "names from the byline"; a photographer, an
editor, a source, a signatory, a site account or the agency itself is no writer).

Line cases test `parse_byline` (a labelled line anywhere; `closing=True` for a bare last line);
position cases test `extract_article` on small pages. Cases the reader cannot take safely are
xfail with the reason (archiver/extract/bylines.py, signatures.py, page_authors.py)."""

from __future__ import annotations

import json

import pytest

from archiver.extract.bylines import (
    parse_byline,
    signs_a_document,
    source_writer,
    split_trailing_byline,
)
from archiver.extract.page import extract_article
from tests import generic_pages as g

URL = "http://127.0.0.1:8080/tin-tuc/bai-viet-12.html"

LABELLED = [
    # the writer's labels
    ("Tác giả: Minh Hà", ["Minh Hà"]),
    ("Tác giả : Minh Hà", ["Minh Hà"]),
    ("Tác giả bài viết: Minh Hà", ["Minh Hà"]),
    ("Người viết: Thu Trang", ["Thu Trang"]),
    ("Người viết bài: Thu Trang", ["Thu Trang"]),
    ("Người đăng: Hoàng Anh", ["Hoàng Anh"]),
    ("Người đăng tin: Hoàng Anh", ["Hoàng Anh"]),
    ("Người đưa tin: Hoàng Anh", ["Hoàng Anh"]),
    ("Người tạo: Hoàng Anh", ["Hoàng Anh"]),
    ("Người soạn: Hoàng Anh", ["Hoàng Anh"]),
    ("Cán bộ đăng tin: Hoàng Anh", ["Hoàng Anh"]),
    ("Đăng bởi Minh Hà", ["Minh Hà"]),
    ("Đăng bởi: Minh Hà", ["Minh Hà"]),
    ("Thực hiện: Minh Hà", ["Minh Hà"]),
    ("Người thực hiện: Minh Hà", ["Minh Hà"]),
    ("Nội dung: Minh Hà", ["Minh Hà"]),
    ("Phóng viên: Thu Hà", ["Thu Hà"]),
    # the text and the photos credited together
    ("Bài và ảnh: Minh Hà", ["Minh Hà"]),
    ("Bài, ảnh: Minh Hà", ["Minh Hà"]),
    ("Tin, ảnh: Minh Hà", ["Minh Hà"]),
    ("Tin và ảnh: Minh Hà", ["Minh Hà"]),
    ("Tin - ảnh: Minh Hà", ["Minh Hà"]),
    ("Bài & ảnh: Minh Hà", ["Minh Hà"]),
    ("Tin bài, ảnh: Minh Hà", ["Minh Hà"]),
    ("Ảnh, bài: Minh Hà", ["Minh Hà"]),
    ("Tin: Minh Hà", ["Minh Hà"]),
    ("TIN, ẢNH: MINH HÀ", ["Minh Hà"]),                    # capitals are typography
    # the staff as the byline
    ("Nhóm phóng viên", ["Nhóm phóng viên"]),
    ("Nhóm PV", ["Nhóm PV"]),
    ("Thực hiện: Nhóm PV", ["Nhóm PV"]),
    ("Nhóm phóng viên: Minh Hà, Thu Trang", ["Minh Hà", "Thu Trang"]),
    # the writer, then another credit or fact on the same line
    ("Tin: Văn Toàn - Ảnh: Minh Đức", ["Văn Toàn"]),
    ("Bài: Minh Hà | Ảnh: Thu Trang", ["Minh Hà"]),
    ("Tin: Minh Hà. Ảnh: Thu Trang", ["Minh Hà"]),
    ("Nội dung: Minh Hà; Ảnh: Thu Trang; Trình bày: Hoàng Anh", ["Minh Hà"]),
    ("Tác giả: Minh Hà - Biên tập: Thu Trang", ["Minh Hà"]),
    ("Tác giả: Minh Hà - Nguồn: Báo Hà Lâm", ["Minh Hà"]),
    ("Tác giả: Minh Hà - Đăng ngày: 14/03/2019", ["Minh Hà"]),
    ("Người viết: Minh Hà - Ngày: 14/03/2019", ["Minh Hà"]),
    ("Tác giả: Minh Hà - Lượt xem: 120", ["Minh Hà"]),
    ("Tác giả: Minh Hà Lượt xem: 120", ["Minh Hà"]),
    ("Tác giả: Minh Hà | Lượt xem: 1.805", ["Minh Hà"]),
    # the writer after other facts, or after the photo credit
    ("Lượt xem: 120 - Tác giả: Minh Hà", ["Minh Hà"]),
    ("Cập nhật lúc 08:30 14/03/2019 - Tác giả: Minh Hà", ["Minh Hà"]),
    ("Ảnh: Thu Trang; Bài: Minh Hà", ["Minh Hà"]),
    ("Người đăng: Minh Hà - 14/03/2019 08:30", ["Minh Hà"]),
    # a role or title before the name, a unit or agency after it
    ("CTV Hồng Nhung", ["Hồng Nhung"]),
    ("PV Thu Hà", ["Thu Hà"]),
    ("Tin: CTV Hồng Nhung", ["Hồng Nhung"]),
    ("Tin, ảnh: Minh Anh (Trung tâm VH-TT xã)", ["Minh Anh"]),
    ("Người viết: ThS. Nguyễn Văn An", ["Nguyễn Văn An"]),
    ("Tác giả: TS. Nguyễn Văn An", ["Nguyễn Văn An"]),
    ("Tác giả: Thiếu tá Lê Văn Bình", ["Lê Văn Bình"]),
    ("Bài, ảnh: Đại úy Lê Văn Bình", ["Lê Văn Bình"]),
    ("Tác giả: Nguyễn Văn An - Phó Chủ tịch UBND xã", ["Nguyễn Văn An"]),
    ("Tin và ảnh: Minh Hà/TTXVN", ["Minh Hà"]),
    ("Bài và ảnh: Minh Hà (TTXVN)", ["Minh Hà"]),
    # two or more writers
    ("Tác giả: Minh Hà, Thu Trang và Hoàng Anh", ["Minh Hà", "Thu Trang", "Hoàng Anh"]),
    ("Bài và ảnh: Thu Hà – Minh Đức", ["Thu Hà", "Minh Đức"]),
    ("Thực hiện: Minh Hà - Thu Trang - Hoàng Anh", ["Minh Hà", "Thu Trang", "Hoàng Anh"]),
    # pen names and initials
    ("Tin: Đ.Minh", ["Đ.Minh"]),
    ("Tin: N.T.H", ["N.T.H"]),
    ("Bút danh: Hà Linh", ["Hà Linh"]),
    # English themes
    ("By Minh Ha", ["Minh Ha"]),
    ("Posted by Minh Ha", ["Minh Ha"]),
    ("Posted by Minh Ha on March 14, 2019", ["Minh Ha"]),
    ("Written by Minh Ha", ["Minh Ha"]),
    ("Author: Minh Ha", ["Minh Ha"]),
    # a desk or an office after a label is kept whole
    ("Đăng bởi: Ban Biên tập", ["Ban Biên tập"]),
    # a site account is no writer
    ("Posted by admin", []),
    ("Đăng bởi: quantri", []),
    ("Người đăng: Quản trị viên", []),
    ("Viết bởi Super User", []),
]


@pytest.mark.parametrize(("line", "authors"), LABELLED)
def test_a_labelled_byline(line: str, authors: list[str]) -> None:
    assert parse_byline(line) == authors
    assert parse_byline(line, closing=True) == authors


CLOSING = [
    ("Minh Hà", ["Minh Hà"]),
    ("Hoàng Anh.", ["Hoàng Anh"]),
    ("(Minh Hà)", ["Minh Hà"]),
    ("- Minh Hà -", ["Minh Hà"]),
    ("Nguyễn Thị Thu Hà", ["Nguyễn Thị Thu Hà"]),
    ("Minh Anh (Trung tâm VH-TT xã)", ["Minh Anh"]),
    ("Minh Hà (tổng hợp)", ["Minh Hà"]),
    ("Minh Hà - T/h", ["Minh Hà"]),
    ("Minh Hà - CTV", ["Minh Hà"]),
    ("Minh Hà (CTV)", ["Minh Hà"]),
    ("Minh Hà - Báo Hà Lâm", ["Minh Hà"]),
    ("Lê Văn Bình - Đồn Biên phòng Yên Sơn", ["Lê Văn Bình"]),
    ("Trần Thị Hoa - TTYT huyện", ["Trần Thị Hoa"]),
    ("Ths. Nguyễn Văn An", ["Nguyễn Văn An"]),
    ("PGS.TS Nguyễn Văn An", ["Nguyễn Văn An"]),
    ("BSCKII. Lê Văn Bình", ["Lê Văn Bình"]),
    ("BS. Lê Văn Bình", ["Lê Văn Bình"]),
    ("Bác sĩ Lê Văn Bình", ["Lê Văn Bình"]),
    ("Luật sư Lê Văn Bình", ["Lê Văn Bình"]),
    ("Đại úy Lê Văn Bình", ["Lê Văn Bình"]),
    ("Thượng tá Nguyễn Văn An", ["Nguyễn Văn An"]),
    ("Đ/c Nguyễn Văn An", ["Nguyễn Văn An"]),
    ("Thu Hà - Minh Đức", ["Thu Hà", "Minh Đức"]),
    ("Thu Hà, Minh Đức", ["Thu Hà", "Minh Đức"]),
    ("Thu Hà và Minh Đức", ["Thu Hà", "Minh Đức"]),
    ("Thu Hà & Minh Đức", ["Thu Hà", "Minh Đức"]),
    ("Văn Thanh - Hoàng Yến", ["Văn Thanh", "Hoàng Yến"]),
    ("Hoàng Anh - Minh Hà (CTV)", ["Hoàng Anh", "Minh Hà"]),
    ("14/03/2019 08:30 | Minh Hà", ["Minh Hà"]),
    ("Nguyễn Văn An | Trần Thị Bích", ["Nguyễn Văn An", "Trần Thị Bích"]),
]


@pytest.mark.parametrize(("line", "authors"), CLOSING)
def test_a_bare_closing_name(line: str, authors: list[str]) -> None:
    assert parse_byline(line, closing=True) == authors


@pytest.mark.parametrize("line", [
    "Minh Hà", "Đại úy Lê Văn Bình", "Thu Hà - Minh Đức",   # a bare name needs the closing position
])
def test_a_bare_name_is_no_byline_elsewhere(line: str) -> None:
    assert parse_byline(line) is None


NOT_A_WRITER = [
    "Ảnh: Minh Hà",                  # the photographer (record: the byline's writers)
    "Biên tập: Minh Hà",             # the editor
    "Trình bày: Minh Hà",
    "Nguồn: Báo Hà Lâm",             # a source
    "Theo TTXVN",
    "Theo Minh Hà",                  # a source line; its person is a writer only where no byline is
    "KT. CHỦ TỊCH",                  # a document's signature block
    "PHÓ CHỦ TỊCH",
    "Nơi nhận:",
    "Lượt xem: 120",
    "Lượt xem",
    "UBND xã Hà Lâm",                # the agency publishing
    "Ban Biên tập",                  # a desk is kept only after a label
    "Ông Nguyễn Văn An phát biểu tại hội nghị.",  # a quoted speaker
    "Theo kế hoạch, huyện sẽ tổ chức hội nghị vào tháng tới.",
]


@pytest.mark.parametrize("line", NOT_A_WRITER)
def test_a_line_naming_no_writer(line: str) -> None:
    assert not parse_byline(line)
    assert not parse_byline(line, closing=True)


@pytest.mark.parametrize(("line", "writers"), [
    ("Nguồn: Nguyễn Văn An, Trần Thị Bích", ["Nguyễn Văn An", "Trần Thị Bích"]),
    ("Theo Nguyễn Văn An, Trần Thị Bích", ["Nguyễn Văn An", "Trần Thị Bích"]),
    ("Theo: Nguyễn Văn An", ["Nguyễn Văn An"]),
    ("Nguồn tin: Nguyễn Văn An - Trung tâm VH-TT huyện", ["Nguyễn Văn An"]),
    ("Theo Nguyễn Văn An (Báo Hà Lâm)", ["Nguyễn Văn An"]),
    ("Nguồn: Báo Hà Lâm", None),
    ("Theo TTXVN", None),
    ("Theo: Báo Hà Lâm", None),
    ("Theo kế hoạch, huyện sẽ tổ chức hội nghị", None),
    ("Theo Nguyễn Văn An, Phó Chủ tịch UBND xã", None),   # a sentence's attribution, no list of names
])
def test_a_source_naming_people(line: str, writers: list[str] | None) -> None:
    """For a page with no byline, a source of people names its writers (`source_writer`)."""
    assert source_writer(line) == writers


def test_a_source_of_people_closing_the_text() -> None:
    paragraphs = [g.PARAGRAPHS[0], "Theo Nguyễn Văn An, Trần Thị Bích"]
    assert split_trailing_byline(paragraphs) == ([g.PARAGRAPHS[0]], ["Nguyễn Văn An", "Trần Thị Bích"])


@pytest.mark.parametrize(("paragraph", "signs"), [
    ("KT. CHỦ TỊCH", True), ("TM. ỦY BAN NHÂN DÂN", True), ("(Đã ký)", True),
    ("PHÓ CHỦ TỊCH", True), ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", True),
    ("Phó Chủ tịch UBND xã", False), ("Tin, ảnh: Minh Hà", False), (g.PARAGRAPHS[0], False),
])
def test_a_document_signature_block(paragraph: str, signs: bool) -> None:
    assert signs_a_document(paragraph) is signs


def test_the_official_under_a_signature_block_is_no_writer() -> None:
    paragraphs = [g.PARAGRAPHS[0], "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Nguyễn Văn Cường"]
    assert split_trailing_byline(paragraphs) == (paragraphs, [])


def test_a_writer_labelled_under_a_signature_block_is_still_read() -> None:
    assert split_trailing_byline([g.PARAGRAPHS[0], "PHÓ CHỦ TỊCH", "Tin: Minh Hà"])[1] == ["Minh Hà"]


def page(after_body: str = "", head: str = "", meta: str = "", tail: str = "") -> str:
    """A portal's article: the site's name linked home, the headline, what the template prints
    under it (`head`), the date, the text and what it prints after the text, then a sidebar."""
    return f"""<html><head><meta charset="utf-8"><title>{g.TITLE}</title>{meta}</head><body>
<div class="header"><a href="/" rel="home">UBND huyện Tiên Yên</a></div>
<div class="main"><div class="article"><h1>{g.TITLE}</h1>{head}
<div class="date">14/03/2019 08:30</div>
<div class="content">{g.BODY_HTML}{after_body}</div>{tail}</div>
<div class="sidebar"><h3>Tin khác</h3><ul><li><a href="/a/7">{g.TEASERS[0]}</a></li></ul></div></div></body></html>"""


RIGHT = '<p style="text-align:right"><strong>{}</strong></p>'
LD = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": g.TITLE,
                 "author": {"@type": "Person", "name": "Thu Trang"}}, ensure_ascii=False)
SIGNATURE = ('<table><tr><td><b>Nơi nhận:</b><br>- Như trên;<br>- Lưu: VT.</td>'
             '<td align="center"><b>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH</b><br><br><i>(Đã ký)</i><br><br>'
             '<b>Nguyễn Văn Cường</b></td></tr></table>')

PAGES = [
    # a bare name at the end: right-aligned, bold, italic, its own paragraph or cell
    ("right, bold", page(RIGHT.format("Minh Hà")), ["Minh Hà"]),
    ("two writers", page(RIGHT.format("Thu Hà - Minh Đức")), ["Thu Hà", "Minh Đức"]),
    ("italic", page("<p><em>Minh Hà</em></p>"), ["Minh Hà"]),
    ("plain paragraph", page("<p>Minh Hà</p>"), ["Minh Hà"]),
    ("a cell set right", page('<table><tr><td align="right"><b>Minh Hà</b></td></tr></table>'), ["Minh Hà"]),
    ("the unit under the name", page(RIGHT.format("Minh Anh") + '<p style="text-align:right"><em>(Trung tâm VH-TT xã)</em></p>'), ["Minh Anh"]),
    ("a rank", page(RIGHT.format("Đại úy Lê Văn Bình")), ["Lê Văn Bình"]),
    ("a degree", page(RIGHT.format("ThS. Nguyễn Văn An")), ["Nguyễn Văn An"]),
    ("a contributor", page(RIGHT.format("CTV Hồng Nhung")), ["Hồng Nhung"]),
    ("the staff", page(RIGHT.format("Nhóm PV")), ["Nhóm PV"]),
    ("labelled at the end", page("<p><strong>Thực hiện: Thu Hà - Minh Đức</strong></p>"), ["Thu Hà", "Minh Đức"]),
    # after the text's box, past a box of files or a photo credit
    ("set right after a file box", page(tail='<div class="files">Tệp đính kèm: <a href="/f/kh.pdf">Kế hoạch số 45</a></div>' + RIGHT.format("Minh Hà")), ["Minh Hà"]),
    ("set right after a photo credit", page(tail="<p>Ảnh: Thu Trang</p>" + RIGHT.format("Minh Hà")), ["Minh Hà"]),
    ("a facts table", page(tail='<table class="info"><tr><td>Tác giả:</td><td>Minh Hà</td></tr><tr><td>Lượt xem:</td><td>120</td></tr></table>'), ["Minh Hà"]),
    ("a definition list", page(tail='<dl class="info"><dt>Người viết</dt><dd>Minh Hà</dd><dt>Lượt xem</dt><dd>120</dd></dl>'), ["Minh Hà"]),
    ("an address", page(tail="<address>Minh Hà</address>"), ["Minh Hà"]),
    # credits around the writer
    ("the photo credit first", page("<p>Ảnh: Thu Trang</p>" + RIGHT.format("Minh Hà")), ["Minh Hà"]),
    ("the source after", page(RIGHT.format("Minh Hà") + '<p style="text-align:right"><em>Nguồn: Báo Hà Lâm</em></p>'), ["Minh Hà"]),
    ("the editor after", page(RIGHT.format("Minh Hà") + "<p>Biên tập: Thu Trang</p>"), ["Minh Hà"]),
    # in the header
    ("a labelled meta line", page(head='<div class="info">Tác giả: Minh Hà | Lượt xem: 120</div>'), ["Minh Hà"]),
    ("a bare name under the headline", page(head='<div class="info"><b>Minh Hà</b></div>'), ["Minh Hà"]),
    ("the views before the writer", page(head='<div class="info">Lượt xem: 120 - Tác giả: Minh Hà</div>'), ["Minh Hà"]),
    # the metas beside a visible byline: the page's own byline wins
    ("meta author beside a byline", page(RIGHT.format("Minh Hà"), meta='<meta name="author" content="Thu Trang">'), ["Minh Hà"]),
    ("JSON-LD beside a byline", page(RIGHT.format("Minh Hà"), meta=f'<script type="application/ld+json">{LD}</script>'), ["Minh Hà"]),
    ("meta author alone", page(meta='<meta name="author" content="Thu Trang">'), ["Thu Trang"]),
    ("JSON-LD alone", page(meta=f'<script type="application/ld+json">{LD}</script>'), ["Thu Trang"]),
    # no writer
    ("a signatory", page(RIGHT.format("KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH") + RIGHT.format("Nguyễn Văn Cường")), []),
    ("a signature table", page(SIGNATURE), []),
    ("a quoted speaker", page("<p>“Chúng tôi sẽ tiếp tục đẩy mạnh chuyển đổi số,” ông Nguyễn Văn An nói.</p>"), []),
    ("a caption's photo credit", page(f'<figure><img src="/a.jpg"><figcaption>{g.CAPTION} (Ảnh: Thu Trang)</figcaption></figure>'), []),
    ("a photo credit alone", page('<p style="text-align:right">Ảnh: Thu Trang</p>'), []),
    ("an editor alone", page("<p>Biên tập: Thu Trang</p>"), []),
    ("a source alone", page('<p style="text-align:right"><em>Theo Báo Hà Lâm</em></p>'), []),
    ("the agency", page(RIGHT.format("UBND huyện Tiên Yên")), []),
    ("a site account", page("<p>Người đăng: admin</p>"), []),
    ("a meta admin", page(meta='<meta name="author" content="admin">'), []),
    ("the views", page("<p>Lượt xem: 120</p>"), []),
    ("a plain line after a file box", page(tail='<div class="files">Tệp đính kèm: <a href="/f/kh.pdf">Kế hoạch số 45</a></div><p>Các tin khác</p>'), []),
]


@pytest.mark.parametrize(("html", "authors"), [p[1:] for p in PAGES], ids=[p[0] for p in PAGES])
def test_where_a_page_signs(html: str, authors: list[str]) -> None:
    assert extract_article(URL, html)["authors"] == authors


@pytest.mark.xfail(reason="a bare name in capitals cannot be told from a heading or an office in "
                          "capitals ('TIN LIÊN QUAN', 'BAN BIÊN TẬP') without a list of Vietnamese "
                          "names; taken only after a label", strict=True)
def test_a_bare_name_in_capitals() -> None:
    assert parse_byline("HOÀNG ANH", closing=True) == ["Hoàng Anh"]


@pytest.mark.xfail(reason="a translator ('Lược dịch:', 'Biên dịch:') is neither writer nor "
                          "credited role in the record; left unread", strict=True)
def test_a_translator() -> None:
    assert parse_byline("Lược dịch: Minh Hà") == ["Minh Hà"]


@pytest.mark.xfail(reason="the staff followed by their unit without a separator ('Nhóm PV Ban "
                          "Tuyên giáo') reads as one phrase; a separator is needed", strict=True)
def test_the_staff_followed_by_their_unit() -> None:
    assert parse_byline("Nhóm PV Ban Tuyên giáo", closing=True) == ["Nhóm PV"]
