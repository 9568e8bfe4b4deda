# ruff: noqa: E501 - the HTML templates keep the long lines of the pages they imitate
"""What every sample family shares: how portals write text, the page kinds, and the `Family` base
(one module per family beside this one lays out its pages).

A renderer gets an `Entry` (an article as one site publishes it) or a listing slice and returns
HTML text; `site.py` decides which pages exist and encodes them. Each field sits where the real
family puts it, among the boilerplate the extractor must leave out: menus, sidebars, counters,
footers, related-article boxes with tracking parameters.
"""

from __future__ import annotations

import hashlib
import html
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from html.entities import codepoint2name
from typing import ClassVar
from urllib.parse import quote

from archiver.demo.model import Image, SampleArticle
from archiver.record import VN_TZ

WEEKDAYS = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")
RELATED_TRACKING = "utm_source=tinlienquan&utm_medium=related"
SEARCH_PATH = "/tim-kiem/"


# --- how portals write text --------------------------------------------------------------------

def esc(text: str) -> str:
    return html.escape(text, quote=True)


class _HexRefs(dict):
    """str.translate table: non-ASCII → `&#x1EC7;`, filled on first use of each character."""

    def __missing__(self, cp: int) -> str:
        self[cp] = ref = chr(cp) if cp < 128 else f"&#x{cp:X};"
        return ref


_HEX_REFS = _HexRefs()
_LATIN1_NAMES = {chr(cp): f"&{name};" for cp, name in codepoint2name.items() if 0xA0 <= cp <= 0xFF}
_LATIN1 = re.compile("[\xa0-\xff]")


def ncr(text: str) -> str:
    """Escaped text with every non-ASCII character as a numeric reference, as SharePoint writes."""
    return esc(text).translate(_HEX_REFS)


def named(text: str) -> str:
    """Escaped text with Latin-1 letters as named entities (`Th&ocirc;ng`), as CKEditor writes."""
    return _LATIN1.sub(lambda m: _LATIN1_NAMES[m[0]], esc(text))


def slugify(text: str) -> str:
    """ASCII alias of a Vietnamese name: "Tin tức - Sự kiện" → "tin-tuc-su-kien"."""
    text = text.replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFD", text).encode("ascii", "ignore").decode().lower()
    return "-".join("".join(c if c.isalnum() else " " for c in text).split())


def local(dt: datetime) -> datetime:
    return dt.astimezone(VN_TZ)


def dmy(dt: datetime) -> str:
    return f"{local(dt):%d/%m/%Y}"


def dmy_hm(dt: datetime) -> str:
    return f"{local(dt):%d/%m/%Y %H:%M}"


def weekday_dmy_hm(dt: datetime) -> str:
    """NukeViet's `Thứ hai - 20/06/2022 19:38`."""
    return f"{WEEKDAYS[local(dt).weekday()]} - {dmy_hm(dt)}"


def thousands(n: int) -> str:
    """1234567 → "1.234.567"."""
    return f"{n:,}".replace(",", ".")


def clip(text: str, words: int) -> str:
    """A listing teaser: the first words, then "..." when cut."""
    parts = text.split()
    return text if len(parts) <= words else " ".join(parts[:words]) + "..."


def digest(seed: str) -> str:
    return hashlib.md5(seed.encode("utf-8")).hexdigest()


def guid(seed: str) -> str:
    h = digest(seed)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def tracked(path: str) -> str:
    return path + ("&" if "?" in path else "?") + RELATED_TRACKING


# --- what a renderer is given ------------------------------------------------------------------

@dataclass(frozen=True)
class Category:
    name: str
    slug: str
    key: int  # the number some families put in URLs (Cat=82, id_category=10)


@dataclass(frozen=True)
class Entry:
    """An article as one site publishes it: the text it shows, its id, its path, its section."""

    article: SampleArticle
    id: int
    path: str
    category: Category

    @property
    def views(self) -> int:
        return 57 + self.id * 7919 % 3907


@dataclass(frozen=True)
class Unit:
    """Who runs the portal: the footer and contact page text."""

    owner: str
    address: str
    phone: str
    fax: str
    email: str
    licence: str
    editor: str


@dataclass
class Context:
    """What every page of one site shares: its names, menu, sidebars and counters."""

    family: Family
    base_url: str
    name: str
    unit: Unit
    categories: list[Category]
    featured: list[Entry]      # "Tin nổi bật": the newest
    most_read: list[Entry]     # "Tin đọc nhiều"
    notices: list[Entry]       # newest in "Thông báo"
    week: datetime             # the Monday the "Lịch công tác" shows
    feed: bool
    quirks: dict[str, str] = field(default_factory=dict)  # quirk name → slug of its article
    _memo: dict[str, str] = field(default_factory=dict)

    def abs(self, path: str) -> str:
        return self.base_url + path

    def listing(self, cat: Category, page: int = 1) -> str:
        return self.family.listing_path(cat, page)

    def static(self, kind: str) -> str:
        return SEARCH_PATH if kind == "search" else self.family.static_paths[kind]

    def memo(self, key: str, make) -> str:
        """Boilerplate built once per site: every page repeats it."""
        if key not in self._memo:
            self._memo[key] = make()
        return self._memo[key]

    @property
    def counter(self) -> dict[str, str]:
        seed = int(digest(self.name)[:8], 16)
        return {"Đang truy cập": str(12 + seed % 80),
                "Hôm nay": thousands(900 + seed % 4000),
                "Tháng hiện tại": thousands(40_000 + seed % 60_000),
                "Tổng lượt truy cập": thousands(1_000_000 + seed % 9_000_000)}


@dataclass(frozen=True)
class Home:
    latest: list[Entry]
    boxes: list[tuple[Category, list[Entry]]]
    draft: Entry | None  # the robots-disallowed page the home page leaks a link to


@dataclass(frozen=True)
class Listing:
    category: Category
    entries: list[Entry]
    page: int
    pages: int
    total: int
    first_index: int  # 1-based position of entries[0] in the whole listing

    @property
    def window(self) -> list[int]:
        """The page numbers a pager shows: the first, the last and up to four either side."""
        near = range(max(1, self.page - 4), min(self.pages, self.page + 4) + 1)
        return sorted({1, *near, self.pages})


@dataclass(frozen=True)
class Neighbours:
    related: list[Entry]  # "Tin liên quan": links carry tracking parameters
    others: list[Entry]   # "Tin khác"


def body_blocks(article: SampleArticle) -> Iterator[tuple[str, str | Image]]:
    """The body in reading order: ("p", text) and ("img", Image), images after paragraphs 1, 3, …"""
    last = max(len(article.paragraphs) - 1, 0)
    slots: dict[int, list[Image]] = {}
    for k, image in enumerate(article.images):
        slots.setdefault(min(2 * k, last), []).append(image)
    if not article.paragraphs:
        yield from (("img", image) for image in article.images)
    for i, text in enumerate(article.paragraphs):
        yield "p", text
        yield from (("img", image) for image in slots.get(i, ()))


LINK_BOX = (("https://chinhphu.vn", "Cổng TTĐT Chính phủ"),
            ("https://dichvucong.gov.vn", "Cổng Dịch vụ công quốc gia"),
            ("https://www.mic.gov.vn", "Bộ Thông tin và Truyền thông"),
            ("https://halam.gov.vn", "Cổng TTĐT tỉnh Hà Lâm"))

SCHEDULE = (("Sáng", "8h00: Chủ tịch UBND chủ trì giao ban công tác tuần."),
            ("Chiều", "14h00: Phó Chủ tịch UBND kiểm tra tiến độ giải phóng mặt bằng."),
            ("Sáng", "7h30: Tiếp công dân định kỳ tại Trụ sở tiếp công dân."),
            ("Chiều", "15h00: Họp Ban Chỉ đạo xây dựng nông thôn mới."),
            ("Sáng", "8h30: Hội nghị trực tuyến với UBND tỉnh."))


def schedule_rows(week: datetime) -> list[tuple[str, str, str]]:
    """(day label, session, item) for the five working days of the calendar's week."""
    return [(f"{WEEKDAYS[d]}, {dmy(week + timedelta(days=d))}", *SCHEDULE[d]) for d in range(5)]


def link_select(cls: str = "") -> str:
    options = "".join(f'<option value="{u}">{esc(t)}</option>' for u, t in LINK_BOX)
    return (f'<select class="{cls}" onchange="if(this.value)window.open(this.value)">'
            f'<option value="">-- Liên kết website --</option>{options}</select>')


def share_links(ctx: Context, path: str) -> str:
    url = quote(ctx.abs(path), safe="")
    return (f'<a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u={url}" '
            f'target="_blank" rel="nofollow">Facebook</a> '
            f'<a class="share-zalo" href="https://sp.zalo.me/share_inline?url={url}" '
            f'target="_blank" rel="nofollow">Zalo</a> '
            f'<a class="share-tw" href="https://twitter.com/intent/tweet?url={url}" '
            f'target="_blank" rel="nofollow">Twitter</a>')


def static_main(ctx: Context, kind: str) -> tuple[str, str]:
    """Title and main HTML of a non-article page: contact, calendar, search, portal map."""
    u = ctx.unit
    if kind == "contact":
        return "Liên hệ", (
            f"<h2>{esc(u.owner)}</h2><p>Địa chỉ: {esc(u.address)}</p>"
            f"<p>Điện thoại: {u.phone} - Fax: {u.fax}</p><p>Email: {u.email}</p>"
            f'<form method="post" action="{esc(ctx.static("contact"))}" class="contact-form">'
            '<label>Họ và tên <input name="hoten"></label><label>Email <input name="email"></label>'
            '<label>Nội dung <textarea name="noidung" rows="6"></textarea></label>'
            '<button type="submit">Gửi liên hệ</button></form>')
    if kind == "calendar":
        rows = "".join(f"<tr><td>{esc(day)}</td><td>{esc(s)}</td><td>{esc(item)}</td></tr>"
                       for day, s, item in schedule_rows(ctx.week))
        title = f"Lịch công tác tuần từ ngày {dmy(ctx.week)}"
        return "Lịch công tác", (
            f"<h2>{esc(title)}</h2><table class=\"lich-cong-tac\" border=\"1\">"
            f"<tr><th>Ngày</th><th>Buổi</th><th>Nội dung</th></tr>{rows}</table>"
            "<p><em>Lịch có thể thay đổi, đề nghị các đơn vị theo dõi thường xuyên.</em></p>")
    if kind == "search":
        return "Tìm kiếm", (
            f'<form method="get" action="{SEARCH_PATH}" class="search-form">'
            '<input type="text" name="q" placeholder="Nhập từ khóa"> '
            '<button type="submit">Tìm kiếm</button></form>'
            "<p>Nhập từ khóa để tìm kiếm tin bài, văn bản trên cổng thông tin.</p>")
    links = "".join(f'<li><a href="{esc(ctx.listing(c))}">{esc(c.name)}</a></li>'
                    for c in ctx.categories)
    statics = "".join(f'<li><a href="{esc(ctx.static(k))}">{label}</a></li>'
                      for k, label in (("contact", "Liên hệ"), ("calendar", "Lịch công tác")))
    return "Sơ đồ cổng", f'<ul class="so-do-cong"><li><a href="/">Trang chủ</a></li>{links}{statics}</ul>'


# --- the families ------------------------------------------------------------------------------

class Family:
    """URL shapes and page layouts of one portal family; subclasses fill in the markup."""

    name: ClassVar[str]
    site_name: ClassVar[str]
    unit: ClassVar[Unit]
    id_range: ClassVar[tuple[int, int]]
    static_paths: ClassVar[dict[str, str]]
    content_type: ClassVar[str] = "text/html; charset=utf-8"
    headers: ClassVar[dict[str, str]] = {}
    shows_tags: ClassVar[bool] = True
    quirks: ClassVar[tuple[str, ...]] = ()
    canonical: ClassVar[bool] = False
    home_aliases: ClassVar[tuple[str, ...]] = ()

    def __init__(self, page_size: int = 5) -> None:
        self.page_size = page_size  # some families print it in their pager URLs

    def article_path(self, cat: Category, slug: str, id: int, published: datetime) -> str:
        raise NotImplementedError

    def listing_path(self, cat: Category, page: int) -> str:
        raise NotImplementedError

    def listing_aliases(self, cat: Category, page: int) -> list[str]:
        """Other URLs the same listing page answers at (Liferay's `_101_cur=1`)."""
        return []

    def asset_path(self, url: str, id: int, published: datetime) -> str:
        """Where this family stores an article's image or attachment."""
        return url

    def print_path(self, entry: Entry) -> str | None:
        return None

    def page(self, ctx: Context, title: str, main: str, crumbs: Sequence[tuple[str, str]] = (),
             head: str = "") -> str:
        raise NotImplementedError

    def home(self, ctx: Context, home: Home) -> str:
        raise NotImplementedError

    def listing(self, ctx: Context, listing: Listing) -> str:
        raise NotImplementedError

    def article(self, ctx: Context, entry: Entry, near: Neighbours) -> str:
        raise NotImplementedError

    def print_view(self, ctx: Context, entry: Entry) -> str:
        raise NotImplementedError

    def static(self, ctx: Context, kind: str) -> str:
        title, main = static_main(ctx, kind)
        return self.page(ctx, title, main, crumbs=[(title, ctx.static(kind))])

    def canonical_link(self, ctx: Context, path: str) -> str:
        return f'<link rel="canonical" href="{esc(ctx.abs(path))}" />' if self.canonical else ""
