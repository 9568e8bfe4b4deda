"""Text that is never article body: navigation, related links, counters, footers, share buttons.

Each heuristic is a small named function over one block of text (a paragraph, a list item, a line),
in the manner of trafilatura; `boilerplate_reason` says which one fired, so a wrong call is easy to
trace and a heuristic easy to switch off. The phrases come from real portals (portals.md).

A single contact line ("Điện thoại: 0203 3835 123") is deliberately not boilerplate: announcements
carry such lines in their body, and losing them loses data. The site footer is a block that starts
with a contact label and holds more than one contact detail, or carries a copyright or licence line.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

#: Separators between menu items, breadcrumb steps and buttons.
_SEPARATORS = " \t|•·/»«›‹<>:-–—.,;*#®→←↑"


def _phrases_re(phrases: Iterable[str]) -> re.Pattern[str]:
    alternatives = "|".join(map(re.escape, sorted(phrases, key=len, reverse=True)))
    return re.compile(rf"(?<![^\W_])(?:{alternatives})(?![^\W_])")


def _made_of(text: str, phrases: re.Pattern[str]) -> bool:
    """Whether `text` is nothing but these phrases and separators ("Chia sẻ | Facebook")."""
    key = text.casefold()
    return bool(phrases.search(key)) and not phrases.sub("", key).strip(_SEPARATORS)


def _key(text: str) -> str:
    """Case-folded, without the separators and symbols pages put around labels."""
    return text.casefold().strip(_SEPARATORS)


_NAVIGATION = _phrases_re({
    "trang chủ", "home", "giới thiệu", "liên hệ", "sơ đồ cổng", "sơ đồ site", "sơ đồ trang",
    "sơ đồ website", "site map", "sitemap", "về đầu trang", "lên đầu trang", "đầu trang",
    "quay lại", "trở về", "trở lại", "đăng nhập", "đăng ký", "đăng xuất", "tìm kiếm", "xem tất cả",
    "xem thêm", "xem tiếp", "chi tiết", "tin nổi bật", "tin tiêu điểm", "tin nóng", "tin đọc nhiều",
    "tin xem nhiều", "tin mới nhận", "tin mới", "tin mới nhất", "tin mới cập nhật", "lịch công tác",
    "hỏi đáp", "góp ý", "english", "tiếng việt", "rss",
})
#: Headings of the link lists that follow an article.
_RELATED_HEADINGS = _phrases_re({
    "tin liên quan", "bài liên quan", "bài viết liên quan", "tin khác", "các tin khác",
    "tin cùng chuyên mục", "tin cùng loại", "các tin đã đưa", "tin đã đưa", "ý kiến bạn đọc",
    "bình luận", "gửi bình luận", "gửi ý kiến", "đọc thêm", "đọc tiếp", "các bài khác",
    "tin mới hơn", "tin cũ hơn", "những tin mới hơn", "những tin cũ hơn", "bài viết khác",
    "tin bài khác", "xem thêm tin khác", "có thể bạn quan tâm",
    # the English headings of blog themes and bilingual portals' boxes of other posts
    "related", "related posts", "related articles", "related news", "related stories",
    "recent posts", "recent news", "recent articles", "latest posts", "latest news",
    "latest articles", "read more", "more news", "other news", "you may also like",
})
_SHARE_BUTTONS = _phrases_re({
    "chia sẻ", "share", "facebook", "zalo", "twitter", "tweet", "linkedin", "like", "thích",
    "in bài", "in trang", "bản in", "in", "print", "gửi email", "gửi bài", "email", "lưu bài",
    "lưu", "gửi cho bạn bè", "cỡ chữ", "a-", "a+", "nghe đọc bài", "nghe",
})
_LINK_BOXES = _phrases_re({
    "website liên kết", "liên kết website", "liên kết web", "chọn liên kết", "liên kết",
    "-- chọn liên kết --", "các trang liên kết",
})
_PAGINATION_WORDS = _phrases_re({
    "đầu tiên", "trước", "tiếp", "sau", "cuối cùng", "cuối", "trang đầu", "trang cuối",
    "trang trước", "trang sau", "trang tiếp", "first", "last", "next", "previous", "prev", "trang",
    "…", "...",
})
#: Page numbers run to hundreds at most; "Trước 2020" is a year, not a page switcher.
_PAGE_NUMBER_RE = re.compile(r"(?<!\d)\d{1,3}(?!\d)")
_RESULT_COUNT_RE = re.compile(r"^hiển thị \d+\s*-\s*\d+\s*(?:of|trên|/|trong)\s*\d+ kết quả\.?$")

#: Labels that start a list of links or keywords, not a sentence.
_LINK_LIST_LABEL_RE = re.compile(
    r"^(?:từ khóa|từ khoá|thẻ|tags?|keywords?|đọc thêm|xem thêm|tin liên quan|bài liên quan|chia sẻ"
    r"|share)\s*(?::|$)",
)

_COUNT = r"\s*:?\s*\d[\d.,\s]*$"
#: A visit-counter widget line. Labels that also start sentences ("Hôm nay, …") or name tabs
#: ("Tất cả") count only with their number; the others are counter labels even alone.
_WIDGET_COUNTER_RE = re.compile(
    r"^(?:(?:hôm nay|hôm qua|tuần này|tuần trước|tháng này|tháng trước|tháng hiện tại|năm nay"
    rf"|tất cả|tổng cộng|online|đang online|đang trực tuyến|visitors?|views?){_COUNT}"
    r"|(?:thống kê truy cập|đang truy cập|tổng lượt truy cập|tổng số lượt truy cập|lượt truy cập"
    rf"|đã truy cập|truy cập hiện tại|lượt xem|lượt đọc|số lượt xem|view count)(?:{_COUNT}|\s*:?$))"
)
#: A view count inside a short header line: "Tin tức | 22/09/2022 15:15 | Lượt xem: 120".
_VIEW_COUNT_RE = re.compile(
    r"(?<![^\W_])(?:lượt xem|lượt đọc|số lượt xem|lượt truy cập|view count|views?)\s*:\s*\d"
)
_MAX_META_LINE_WORDS = 15

#: Footer lines that open with their label ("Chịu trách nhiệm chính: …", "Giấy phép số
#: 52/GP-TTĐT …"). Sentences can start with the same words, hence the colon or `/GP`.
_FOOTER_START_RE = re.compile(
    r"^(?:bản quyền (?:thuộc|©|\d)|copyright|©|giấy phép\b.*/gp|ghi rõ nguồn"
    r"|chịu trách nhiệm(?: chính| nội dung| xuất bản| quản lý)?\s*:"
    r"|cơ quan chủ quản\s*:|(?:cơ quan|đơn vị) quản lý\s*:|thiết kế bởi|phát triển bởi"
    r"|thiết kế và phát triển)",
)
_COPYRIGHT_RE = re.compile(r"©|copyright|ghi rõ nguồn.*khi phát hành lại")
_CONTACT_LABEL_RE = re.compile(
    r"(?<![^\W_])(?:địa chỉ|trụ sở|điện thoại|đt|fax|e-?mail|hotline|đường dây nóng)\s*:"
)
#: A footer is a short block; a long paragraph that mentions a licence is body.
_MAX_FOOTER_WORDS = 60
#: A trail's first step, the site's home, and the separator after it ("Trang chủ » …", the
#: English "Home › …" of bilingual portals, "Trang nhất > …").
_BREADCRUMB_RE = re.compile(r"^(?:trang chủ|trang nhất|home)\s*[»>/|›→]")


def is_navigation(text: str) -> bool:
    """Menu items and breadcrumbs: "Trang chủ", "Về đầu trang", "Trang chủ » Tin tức"."""
    return _made_of(text, _NAVIGATION) or bool(_BREADCRUMB_RE.match(_key(text)))


def is_related_heading(text: str) -> bool:
    """Headings of the link lists after an article: "Tin liên quan", "Tin khác", and their
    English forms ("Related", "Recent posts", "Latest news") that blog themes (CodeRed's
    "Related" cards, WordPress's "Recent Posts" widget) and bilingual portals print. "See also"
    is left out: Sphinx and MkDocs print it as an admonition inside the article's own text."""
    return _made_of(text, _RELATED_HEADINGS)


def is_share_buttons(text: str) -> bool:
    """Share, print and font-size buttons: "Chia sẻ | Facebook | Zalo | In bài"."""
    return _made_of(text, _SHARE_BUTTONS)


def is_link_box(text: str) -> bool:
    """Boxes of links to other sites: "Website liên kết", "Chọn liên kết"."""
    return _made_of(text, _LINK_BOXES)


def is_link_list(text: str) -> bool:
    """A labelled list of keywords or links: "Từ khóa: …", "Đọc thêm: …", "Tags: …"."""
    return bool(_LINK_LIST_LABEL_RE.match(_key(text)))


def is_pagination(text: str) -> bool:
    """Page switchers: "« Trước 1 2 3 Tiếp »", "Hiển thị 1 - 20 of 26 kết quả"."""
    key = text.casefold().strip()
    if _RESULT_COUNT_RE.match(key):
        return True
    rest = _PAGINATION_WORDS.sub("", key)
    return rest != key and not _PAGE_NUMBER_RE.sub("", rest).strip(_SEPARATORS)


def is_counter(text: str) -> bool:
    """Visit counters and view counts: "Hôm nay: 2470", "Lượt xem: 120", "View count: 842"."""
    key = _key(text)
    if _WIDGET_COUNTER_RE.match(key):
        return True
    return len(key.split()) <= _MAX_META_LINE_WORDS and bool(_VIEW_COUNT_RE.search(key))


def is_footer(text: str) -> bool:
    """Site footer: copyright and licence lines, or an address block with several contacts."""
    key = _key(text)
    if len(key.split()) > _MAX_FOOTER_WORDS:
        return False
    if _FOOTER_START_RE.match(key) or _COPYRIGHT_RE.search(key):
        return True
    return bool(_CONTACT_LABEL_RE.match(key)) and len(_CONTACT_LABEL_RE.findall(key)) >= 2


def has_no_words(text: str) -> bool:
    """Decoration only: separators, bullets, "* * *", an empty block."""
    return not any(ch.isalnum() for ch in text)


#: In the order they are tried; the first that fires names the reason.
HEURISTICS: tuple[Callable[[str], bool], ...] = (
    has_no_words, is_navigation, is_related_heading, is_share_buttons, is_link_box, is_link_list,
    is_pagination, is_counter, is_footer,
)


def boilerplate_reason(text: str) -> str | None:
    """The name of the first heuristic that calls `text` boilerplate, or None."""
    return next((h.__name__ for h in HEURISTICS if h(text)), None)


def is_boilerplate(text: str) -> bool:
    """True for a block that is never article body (see the heuristics above)."""
    return boilerplate_reason(text) is not None


# -- captions -------------------------------------------------------------------------------------

#: A photo credit closing the text: "(Ảnh: Thanh Vân/TTXVN)", ". Ảnh: Bệnh viện cung cấp",
#: "(Ảnh minh họa)". The credit must follow a sentence end, an opening bracket or nothing.
_PHOTO_CREDIT_END_RE = re.compile(
    r"(?:^|[.!?…:]\s*|[(\[]\s*|\s[-–]\s*)"
    r"(?:(?:ảnh|nguồn ảnh)\s*:\s*(?:[^.!?()\[\]]|\.(?!\s)){1,80}"
    r"|ảnh minh (?:họa|hoạ)(?:\s*:\s*[^.!?()\[\]]{1,40})?|ảnh tư liệu|ảnh chụp màn hình|ảnh internet)"
    r"\s*[)\]]?\s*\.?$",
    re.IGNORECASE,
)
#: A caption's own label opening it: "Ảnh: …", "Ảnh 1: …", "Hình 2: …", "Hình ảnh: …", "(Ảnh
#: minh họa: …)": how Vietnamese editors number and label the photos of a report, the caption
#: following the label at any length.
_PHOTO_LABEL_START_RE = re.compile(
    r"^[(\[]?\s*(?:ảnh|hình(?: ảnh)?)(?:\s*\d{1,2})?(?: minh (?:họa|hoạ))?\s*:", re.IGNORECASE)
#: Longer than this, a text is a paragraph that happens to mention a photo.
_MAX_CAPTION_WORDS = 80
#: Under an image, a text this short with no credit is still a caption ("Quang cảnh hội nghị.").
_MAX_UNCREDITED_CAPTION_WORDS = 30


def is_caption(text: str, *, under_image: bool = False) -> bool:
    """Whether `text` reads as an image caption rather than body text.

    Looks at the text only: a photo credit at its end (`(Ảnh: X/TTXVN)`, `Ảnh: …`, `(Ảnh minh
    họa)`) or a photo's label opening it (`Ảnh 1: …`, `Hình 2: …`) makes it a caption when it
    is no longer than a caption can be. The caller knows the
    layout: with `under_image=True` (the block sits right under an `<img>` or in a figure), any
    short text that does not end in a colon is a caption too.
    """
    text = text.strip()
    words = len(text.split())
    if not text or words > _MAX_CAPTION_WORDS:
        return False
    if _PHOTO_CREDIT_END_RE.search(text) or _PHOTO_LABEL_START_RE.match(text):
        return True
    return under_image and words <= _MAX_UNCREDITED_CAPTION_WORDS and not text.endswith(":")


# -- lead prefixes --------------------------------------------------------------------------------

#: Agencies and portals whose bare acronym opens a lead ("CTTĐT - "); any other acronym could be
#: the subject of the sentence ("HĐND - UBND tỉnh …"), so only these are stripped.
_LEAD_ACRONYMS = ("CTTĐT", "TTĐT", "TTXVN", "VOV", "VTV", "VNA", "ĐCSVN", "QĐND", "HNP", "PLVN")
#: "(Chinhphu.vn) - ", "CTTĐT - ", "(Baoquangninh.vn) -", "(PLVN) -", "VOV.VN – ": a source in
#: brackets, a domain or a known acronym, then a dash.
_LEAD_PREFIX_RE = re.compile(
    r"^\s*(?:[(\[][^()\[\]]{1,40}[)\]]"
    r"|(?i:[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org))"
    rf"|{'|'.join(_LEAD_ACRONYMS)})"
    r"\s*[-–—]+\s*",
)


def strip_lead_prefix(summary: str) -> str:
    """The lead without its opening source tag: "(Chinhphu.vn) - Sáng nay, …" → "Sáng nay, …"."""
    return _LEAD_PREFIX_RE.sub("", summary, count=1)


def before_related(paragraphs: list[str]) -> list[str]:
    """The paragraphs before a "Tin liên quan" / "Các tin khác" heading: what follows it is other
    articles' titles (a body finder sometimes takes them in)."""
    for i, text in enumerate(paragraphs):
        if i and is_related_heading(text):
            return paragraphs[:i]
    return paragraphs
