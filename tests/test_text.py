"""Normalisation, mojibake repair, tone placement and folding (archiver/extract/text.py)."""

from __future__ import annotations

import html
import re
import unicodedata
from pathlib import Path

import pytest

from archiver.extract.text import (
    canonical_tones,
    fold_diacritics,
    label_text,
    normalize_block,
    normalize_text,
    repair_mojibake,
)
from tests.shared import real_page


def as_mojibake(s: str) -> str:
    """What a page stored as UTF-8 and read as cp1252 shows."""
    return s.encode("utf-8").decode("sloppy-windows-1252")


def visible_lines(page: Path) -> list[str]:
    """The distinct text lines of a page that contain a non-ASCII letter."""
    text = re.sub(r"<(script|style)\b.*?</\1>", " ", page.read_text("utf-8"), flags=re.S | re.I)
    text = html.unescape(re.sub(r"<[^>]+>", "\n", text))
    lines = {line.strip() for line in text.splitlines()}
    return sorted(ln for ln in lines if any(c.isalpha() and not c.isascii() for c in ln))


# -- normalize_text / normalize_block --------------------------------------------------------------


@pytest.mark.parametrize(("raw", "expected"), [
    ("Qu&#xE1;n tri&#x1EC7;t", "Quán triệt"),
    ("&#xE1;", "á"),
    ("Ng&agrave;y 19/12/2019, Sở Th&ocirc;ng tin", "Ngày 19/12/2019, Sở Thông tin"),
    ("&amp;ocirc;", "ô"),  # double-escaped (Liferay summaries)
    ("&amp;#7899;", "ớ"),
    ("giai đoạn 2011 &amp;ndash; 2015", "giai đoạn 2011 – 2015"),
    ("&amp;amp;ocirc;", "ô"),
    ("Sở TT&amp;TT", "Sở TT&TT"),
    ("AT&T và R&D", "AT&T và R&D"),  # a bare ampersand is text
])
def test_entities_are_resolved_even_when_escaped_twice(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


@pytest.mark.parametrize(("raw", "expected"), [
    ("a\u00a0b", "a b"),  # no-break space
    ("&nbsp; &nbsp;Ngày 25/9", "Ngày 25/9"),
    ("xã\u200bhội", "xãhội"),  # zero-width space
    ("Quảng\u00adNinh", "QuảngNinh"),  # soft hyphen
    ("\ufeffTrang", "Trang"),  # byte order mark
    ("a\x00b\x07c", "abc"),  # control characters
    ("  Quy   chế\t\tdân \n chủ  ", "Quy chế dân chủ"),
])
def test_invisible_characters_and_whitespace(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


@pytest.mark.parametrize(("raw", "expected"), [
    ("Tin tức – Sự kiện", "Tin tức - Sự kiện"), ("Văn hóa — Xã hội", "Văn hóa - Xã hội"),
    ("Nhiệm kỳ 2025–2030", "Nhiệm kỳ 2025–2030"), ("Kinh tế", "Kinh tế")])
def test_label_text_writes_spaced_dashes_as_typed(raw: str, expected: str) -> None:
    assert label_text(raw) == expected


def test_nfd_input_comes_out_nfc() -> None:
    nfd = unicodedata.normalize("NFD", "Quy chế dân chủ ở cơ sở")
    assert nfd != "Quy chế dân chủ ở cơ sở"
    assert normalize_text(nfd) == "Quy chế dân chủ ở cơ sở"
    assert unicodedata.is_normalized("NFC", normalize_text(nfd))


def test_normalize_block_keeps_paragraphs() -> None:
    raw = "  Đoạn một  \r\n\r\n\r\n\r\n  Đoạn\u00a0 hai  \ndòng tiếp\n \n\t\n\nĐoạn ba&nbsp;"
    assert normalize_block(raw) == "Đoạn một\n\nĐoạn hai\ndòng tiếp\n\nĐoạn ba"


def test_normalize_block_repairs_like_normalize_text() -> None:
    assert normalize_block("Trang chá»§\n\nC&ocirc;ng khai") == "Trang chủ\n\nCông khai"


# -- mojibake -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("broken", "expected"), [
    ("Ä‘", "đ"),
    ("Ã¡", "á"),
    ("Trang chá»§", "Trang chủ"),  # too short for ftfy's own heuristics
    ("Há»’ SÆ\u00a0", "HỒ SƠ"),
    ("HÃ\u00a0 Ná»™i", "Hà Nội"),
    ("Cá»™ng hÃ²a xÃ£ há»™i chá»§ nghÄ©a Viá»‡t Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
    ("â€œCá»§a dÃ¢n, do dÃ¢n, vÃ¬ dÃ¢nâ€\x9d", "“Của dân, do dân, vì dân”"),
])
def test_mojibake_is_repaired(broken: str, expected: str) -> None:
    assert repair_mojibake(broken) == expected
    assert normalize_text(broken) == expected


def test_mojibake_of_nfd_text_is_repaired() -> None:
    text = "Thủ tướng Chính phủ làm việc với tỉnh Quảng Ninh"
    assert normalize_text(as_mojibake(unicodedata.normalize("NFD", text))) == text


@pytest.mark.parametrize("correct", [
    "“NGÃ” BA ĐỒNG LỘC”",  # ftfy alone turns NGÃ” into NGÔ
    "XÃ\u00a0HỘI",
    "Ô tô, Ơ hay, Ư",
    "ĐẢNG CỘNG SẢN VIỆT NAM",
    "Giá: 100.000đ – tăng 5%",
    "Sở TT&TT",
    "Zürich, Ærø, naïve, façade",
])
def test_correct_text_is_never_changed(correct: str) -> None:
    assert repair_mojibake(correct) == correct


def mojibake_pairs() -> list[tuple[Path, Path]]:
    folder = real_page("mojibake")
    pairs = [(p, p.with_name(p.name.replace(".mojibake.", ".utf8-repaired.")))
             for p in sorted(folder.glob("*.mojibake.html"))]
    assert pairs, f"no *.mojibake.html in {folder}"
    return pairs


def test_real_mojibake_pages_are_repaired_exactly() -> None:
    for broken, repaired in mojibake_pairs():
        expected = repaired.read_text("utf-8")
        assert repair_mojibake(broken.read_text("utf-8")) == expected, broken.name
        assert repair_mojibake(expected) == expected, repaired.name


def correct_pages() -> list[Path]:
    pages = [p for p in sorted(real_page(".").rglob("*.html")) if ".mojibake." not in p.name]
    assert pages
    return pages


def test_real_correct_pages_are_left_alone() -> None:
    for page in correct_pages():
        text = page.read_text("utf-8")
        assert repair_mojibake(text) == text, page.name


def test_every_real_line_survives_a_mojibake_round_trip() -> None:
    """Short strings (titles, menu items) are where ftfy's own heuristics give up."""
    lines = [line for page in correct_pages() for line in visible_lines(page)]
    assert len(lines) > 1000
    failures = [line for line in lines if repair_mojibake(as_mojibake(line)) != line]
    assert failures == []


# -- tone placement -------------------------------------------------------------------------------

TONE_PAIRS = [  # (new style, old style = canonical)
    ("hoà", "hòa"), ("hoá", "hóa"), ("hoả", "hỏa"), ("hoạ", "họa"), ("loã", "lõa"),
    ("thuỷ", "thủy"), ("thuý", "thúy"), ("tuỳ", "tùy"), ("luỹ", "lũy"), ("tuỵ", "tụy"),
    ("khoẻ", "khỏe"), ("xoè", "xòe"), ("khoé", "khóe"),
    ("Cộng hoà", "Cộng hòa"), ("uỷ ban", "ủy ban"), ("oà khóc", "òa khóc"),
    ("Hoà Bình", "Hòa Bình"), ("HOÀ BÌNH", "HÒA BÌNH"), ("Thuỵ Điển", "Thụy Điển"),
    ("ĐOÀN KẾT, HOÀ HỢP", "ĐOÀN KẾT, HÒA HỢP"), ("Khoẻ", "Khỏe"), ("KHOẺ", "KHỎE"),
    ("nghĩa vụ (hoà giải)", "nghĩa vụ (hòa giải)"), ("Uỷ", "Ủy"),
]


@pytest.mark.parametrize(("new", "old"), TONE_PAIRS)
def test_both_tone_conventions_meet_in_the_old_style(new: str, old: str) -> None:
    assert canonical_tones(new) == old
    assert canonical_tones(old) == old


@pytest.mark.parametrize("word", [
    "quý", "Quý", "QUÝ", "quỳ", "quá", "quà",  # `qu` is the onset; the tone is on the next vowel
    "hoàn", "hoạch", "khoảng", "toàn",  # closed syllables
    "thuyền", "khuyến", "ngoài", "xoáy", "khuya",  # longer vowel clusters
    "của", "mùa", "hòa", "thủy",
])
def test_other_syllables_are_not_touched(word: str) -> None:
    assert canonical_tones(word) == word


def test_canonical_tones_on_a_sentence() -> None:
    sentence = "Uỷ ban nhân dân tỉnh Hoà Bình quý I hoàn thành kế hoạch thuỷ lợi, sức khoẻ."
    assert canonical_tones(sentence) == (
        "Ủy ban nhân dân tỉnh Hòa Bình quý I hoàn thành kế hoạch thủy lợi, sức khỏe."
    )


# -- folding --------------------------------------------------------------------------------------

BASE_VOWELS = "aăâeêioôơuưy"
TONES = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
VIETNAMESE_LETTERS = [
    unicodedata.normalize("NFC", base + tone)
    for base in BASE_VOWELS + BASE_VOWELS.upper()
    for tone in TONES
] + ["đ", "Đ"]


@pytest.mark.parametrize("letter", VIETNAMESE_LETTERS)
def test_every_vietnamese_letter_folds_to_one_ascii_letter(letter: str) -> None:
    assert len(letter) == 1
    folded = fold_diacritics(letter)
    assert len(folded) == 1 and folded.isascii() and folded.isalpha()
    assert folded.isupper() == letter.isupper()


def test_fold_examples() -> None:
    assert fold_diacritics("Đảng Cộng sản Việt Nam") == "Dang Cong san Viet Nam"
    assert fold_diacritics("Quy chế dân chủ ở cơ sở") == "Quy che dan chu o co so"
    assert fold_diacritics("ĐƯỜNG HỒ CHÍ MINH") == "DUONG HO CHI MINH"
    assert fold_diacritics("2024 – “ổn định”") == "2024 – “on dinh”"


def test_fold_keeps_offsets_so_highlights_map_back() -> None:
    text = "Hội nghị triển khai Quy chế dân chủ ở cơ sở năm 2024, Đảng ủy xã chủ trì."
    folded = fold_diacritics(text)
    assert len(folded) == len(text)
    start = folded.index("Quy che dan chu")
    assert text[start:start + len("Quy chế dân chủ")] == "Quy chế dân chủ"
    start = folded.index("Dang uy")
    assert text[start:start + 7] == "Đảng ủy"
