# ruff: noqa: E501 - the HTML templates keep the long lines of the pages they imitate
"""How each portal family lays out its pages (shared/docs/portals.md), one method per page kind.

A renderer gets an `Entry` (an article as one site publishes it) or a listing slice and returns
HTML text; `site.py` decides which pages exist and encodes them. Each field sits where the real
family puts it, among the boilerplate the extractor must leave out: menus, sidebars, counters,
footers, related-article boxes with tracking parameters.
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from html.entities import codepoint2name
from typing import ClassVar
from urllib.parse import quote

from archiver.demo.model import Image, SampleArticle

VN = timezone(timedelta(hours=7))
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
    return dt.astimezone(VN)


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


class SharePoint(Family):
    """SharePoint 2013 provincial portal: ASP.NET chrome, Word-pasted bodies, NCR-encoded fields."""

    name = "sharepoint"
    site_name = "Cổng thông tin điện tử tỉnh Hà Lâm"
    unit = Unit(owner="Ủy ban nhân dân tỉnh Hà Lâm",
                address="Số 1 đường Lê Lợi, phường Trần Phú, thành phố Hà Lâm, tỉnh Hà Lâm",
                phone="(0228) 3 852 123", fax="(0228) 3 852 456", email="congtt@halam.gov.vn",
                licence="Giấy phép số 45/GP-TTĐT do Cục Phát thanh, truyền hình và thông tin "
                        "điện tử cấp ngày 12/4/2018",
                editor="Chánh Văn phòng UBND tỉnh")
    id_range = (1000, 100_000)
    static_paths = {"contact": "/Trang/LienHe.aspx", "calendar": "/Trang/LichCongTac.aspx",
                    "sitemap": "/Trang/SoDoCong.aspx"}
    headers = {"X-Powered-By": "ASP.NET", "MicrosoftSharePointTeamServices": "15.0.0.4797",
               "X-AspNet-Version": "4.0.30319"}
    canonical = True

    def article_path(self, cat, slug, id, published):
        return f"/Trang/ChiTietTinTuc.aspx?nid={id}"

    def listing_path(self, cat, page):
        path = f"/Trang/Tin-tuc-su-kien.aspx?Cat={cat.key}"
        return path if page == 1 else f"{path}&Page={page}"

    def asset_path(self, url, id, published):
        name = url.rsplit("/", 1)[-1]
        if url.startswith("/media/"):
            return f"/PublishingImages/TinTuc/{local(published):%Y}/{name}"
        return f"/Lists/TinTuc/Attachments/{id}/{name}"

    def page(self, ctx, title, main, crumbs=(), head=""):
        crumb = "".join(f' &gt; <a href="{esc(p)}">{ncr(t)}</a>' for t, p in crumbs)
        viewstate = base64.b64encode(hashlib.sha256(title.encode()).digest() * 5).decode()
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN">
<head><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta name="GENERATOR" content="Microsoft SharePoint" />
<meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="Expires" content="0" />
<title>{ncr(title)}</title>{head}
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=2bpHeX9U8DH09TB5zpJcsQ%3D%3D"/>
<script type="text/javascript" src="/_layouts/15/init.js?rev=ZkM8cP7LSe%2FS5cODvkz2Bg%3D%3D"></script>
</head>
<body>
<form method="post" action="{esc(crumbs[-1][1] if crumbs else '/')}" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value="" />
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x{digest(title).upper()},22 Sep 2022 08:15:01 -0000" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTE4NjQ5{viewstate}" />
</div>
<div id="ms-designer-ribbon"><div id="s4-ribbonrow" class="s4-pr s4-ribbonrowhidetitle"><div id="s4-ribboncont"></div></div></div>
<div id="s4-workspace" class="ms-core-overlay"><div id="s4-bodyContainer">
{ctx.memo("sp-top", lambda: self._top(ctx))}
<div id="contentRow"><div id="contentBox" class="s4-ca">
<div class="col-left">
<div class="breadcrumb s4-notdlg"><a href="/">Trang chủ</a>{crumb}</div>
{main}
</div>
{ctx.memo("sp-side", lambda: self._side(ctx))}
</div></div>
{ctx.memo("sp-foot", lambda: self._foot(ctx))}
</div></div>
</form>
</body>
</html>
"""

    def _top(self, ctx):
        menu = "".join(f'<li class="static"><a class="static menu-item" href="{esc(ctx.listing(c))}">'
                       f'<span class="menu-item-text">{esc(c.name)}</span></a></li>'
                       for c in ctx.categories)
        return f"""<div id="s4-titlerow" class="s4-notdlg header">
<div class="banner"><a href="/"><img src="/Style%20Library/images/banner-halam.png" alt="{esc(ctx.name)}" /></a></div>
<div class="date-today" id="ctl00_lblDate"></div></div>
<div class="s4-notdlg topmenu"><div id="zz1_TopNavigationMenu" class="ms-core-listMenu-horizontalBox"><ul class="root ms-core-listMenu-root static">
<li class="static"><a class="static selected menu-item" href="/"><span class="menu-item-text">Trang chủ</span></a></li>{menu}
<li class="static"><a class="static menu-item" href="{ctx.static("calendar")}"><span class="menu-item-text">Lịch công tác</span></a></li>
<li class="static"><a class="static menu-item" href="{ctx.static("contact")}"><span class="menu-item-text">Liên hệ</span></a></li>
<li class="static"><a class="static menu-item" href="{ctx.static("sitemap")}"><span class="menu-item-text">Sơ đồ cổng</span></a></li>
</ul></div>
<div class="search-box"><input type="text" name="k" title="Tìm kiếm" /><a href="{SEARCH_PATH}">Tìm kiếm</a></div></div>"""

    def _side(self, ctx):
        def items(entries):
            return "".join(f'<li><a href="{esc(e.path)}">{ncr(e.article.title)}</a></li>'
                           for e in entries)
        schedule = "".join(f"<li><b>{esc(day)}</b> - {s}: {esc(item)}</li>"
                           for day, s, item in schedule_rows(ctx.week)[:3])
        counter = "".join(f"<li>{k}: <span>{v}</span></li>" for k, v in ctx.counter.items())
        return f"""<div class="col-right s4-notdlg">
<div class="box-right"><div class="box-title">Tin nổi bật</div><ul class="list-news">{items(ctx.featured)}</ul></div>
<div class="box-right"><div class="box-title">Tin đọc nhiều</div><ul class="list-news">{items(ctx.most_read)}</ul></div>
<div class="box-right"><div class="box-title">Lịch công tác</div><ul class="lich">{schedule}</ul><a href="{ctx.static("calendar")}">Xem tất cả</a></div>
<div class="box-right"><div class="box-title">Liên kết website</div>{link_select("ddlLienKet")}</div>
<div class="box-right thongke"><div class="box-title">Thống kê truy cập</div><ul>{counter}</ul></div>
</div>"""

    def _foot(self, ctx):
        u = ctx.unit
        rss = ' | <a href="/rss">RSS</a>' if ctx.feed else ""
        return f"""<div class="footer s4-notdlg">
<p><b>{esc(ctx.name.upper())}</b></p>
<p>Bản quyền thuộc {esc(u.owner)} - Chịu trách nhiệm chính: {esc(u.editor)}</p>
<p>Trụ sở: {esc(u.address)} - Điện thoại: {u.phone} - Fax: {u.fax} - Email: {u.email}</p>
<p>{esc(u.licence)}</p>
<p>Ghi rõ nguồn "{esc(ctx.name)}" khi phát hành lại thông tin từ website này.{rss}</p>
</div>"""

    def _item(self, ctx, e, summary=True):
        a = e.article
        img = (f'<a class="news-img" href="{esc(e.path)}"><img src="{esc(a.images[0].url)}?renditionID=3" '
               f'alt="" /></a>' if a.images else "")
        lead = f'<div class="news-sum">{ncr(a.summary)}</div>' if summary and a.summary else ""
        return (f'<div class="news-item">{img}<a class="news-title" href="{esc(e.path)}">'
                f'{ncr(a.title)}</a> <span class="news-date">({dmy(a.published)})</span>{lead}</div>')

    def _webpart(self, seed, inner):
        g = guid(seed)
        return (f'<div class="ms-webpart-zone ms-fullWidth"><div class="s4-wpcell-plain ms-webpartzone-cell">'
                f'<div class="ms-webpart-chrome ms-webpart-chrome-vertical"><div WebPartID="{g}" '
                f'class="ms-WPBody" id="WebPartWPQ2"><div id="ctl00_PlaceHolderMain_g_{g.replace("-", "_")}">'
                f"{inner}</div></div></div></div></div>")

    def home(self, ctx, home):
        latest = "".join(self._item(ctx, e) for e in home.latest)
        if home.draft:
            latest += self._item(ctx, home.draft, summary=False)
        boxes = "".join(f'<div class="box-cat"><h2><a href="{esc(ctx.listing(c))}">{ncr(c.name)}</a></h2>'
                        + "".join(self._item(ctx, e, summary=False) for e in entries) + "</div>"
                        for c, entries in home.boxes)
        return self._webpart("home", f'<div class="tin-moi"><h2>Tin mới</h2>{latest}</div>{boxes}')

    def listing(self, ctx, ls):
        items = "".join(self._item(ctx, e) for e in ls.entries)
        pager = "".join(f'<span class="current">{n}</span>' if n == ls.page else
                        f'<a href="{esc(ctx.listing(ls.category, n))}">{n}</a>'
                        for n in ls.window)
        if ls.page < ls.pages:
            pager += (f'<a class="next" href="{esc(ctx.listing(ls.category, ls.page + 1))}" '
                      f'title="Tiếp">Tiếp &raquo;</a>')
        return self._webpart(f"list{ls.category.key}",
                             f'<h1 class="cat-title">{ncr(ls.category.name)}</h1>'
                             f'<div class="list-news">{items}</div><div class="paging">{pager}</div>')

    def _body(self, a):
        p_style = ('class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;'
                   'text-indent:36.0pt;line-height:normal"')
        span = '<span lang="VI" style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,serif">'
        out = []
        for n, (kind, value) in enumerate(body_blocks(a)):
            if kind == "p":
                text = ncr(value).replace(". ", ".&nbsp; ", 1)
                out.append(f"<p {p_style}>{span}{text}</span><o:p></o:p></p>")
                if n == 0:
                    out.append('<p class="MsoNormal">&nbsp;</p>')
            else:
                out.append(f'<p class="MsoNormal" align="center" style="text-align:center">'
                           f'<img alt="" src="{esc(value.url)}" style="width:600px;height:400px" /></p>')
                if value.caption:
                    out.append(f'<p class="MsoNormal" align="center" style="text-align:center"><em>'
                               f'<span style="font-size:12.0pt">{ncr(value.caption)}</span></em></p>')
        if a.byline:
            out.append('<p class="MsoNormal">&nbsp;</p>')
            out.append(f'<p class="MsoNormal" align="right" style="text-align:right"><b>'
                       f'<span lang="VI">{ncr(a.byline)}</span></b><o:p></o:p></p>')
        return "\n".join(out)

    def article(self, ctx, entry, near):
        a = entry.article
        summary = f'<div class="SummaryNews"><strong>{ncr(a.summary)}</strong></div>' if a.summary else ""
        files = "".join(f'<li><a href="{esc(f.url)}" target="_blank">{ncr(f.title)}</a></li>'
                        for f in a.attachments)
        files = f'<div class="AttachNews"><span>Tài liệu đính kèm:</span><ul>{files}</ul></div>' if files else ""
        tags = ", ".join(f'<a href="{SEARCH_PATH}?k={esc(slugify(t))}">{ncr(t)}</a>' for t in a.tags)
        tags = f'<div class="TagNews">Từ khóa: {tags}</div>' if tags else ""
        detail = f"""<div class="news-detail">
<h1 class="TitleNews">{ncr(a.title)}</h1>
<div class="DateNews">{dmy_hm(a.published)}</div>
{summary}
<div class="ContentNews"><div class="ExternalClass{digest(a.slug).upper()}">
{self._body(a)}
</div></div>
{files}{tags}
<div class="ToolNews"><a href="javascript:window.print();" class="print">In bài viết</a> | <a href="mailto:?subject={esc(a.slug)}">Gửi email</a> | {share_links(ctx, entry.path)}</div>
</div>"""
        related = "".join(f'<li><a href="{esc(tracked(e.path))}">{ncr(e.article.title)}</a> '
                          f'<span>({dmy(e.article.published)})</span></li>' for e in near.related)
        others = "".join(f'<li><a href="{esc(e.path)}#comments">{ncr(e.article.title)}</a> '
                         f'<span>({dmy(e.article.published)})</span></li>' for e in near.others)
        boxes = (f'<div class="tin-lien-quan"><h3>Tin liên quan</h3><ul>{related}</ul></div>'
                 f'<div class="tin-khac"><h3>Tin khác</h3><ul>{others}</ul></div>')
        main = self._webpart(entry.path, detail) + self._webpart(entry.path + "#rel", boxes)
        crumbs = [(entry.category.name, ctx.listing(entry.category))]
        return self.page(ctx, a.title, main, crumbs, head=self.canonical_link(ctx, entry.path))


class Liferay(Family):
    """Liferay 6.2 department portal (Hà Nội style): asset publisher, `view_content` URLs."""

    name = "liferay"
    site_name = "Sở Thông tin và Truyền thông tỉnh Hà Lâm"
    unit = Unit(owner="Sở Thông tin và Truyền thông tỉnh Hà Lâm",
                address="Số 185 đường Giảng Võ, phường Ngọc Khánh, thành phố Hà Lâm",
                phone="(0228) 3 512 353", fax="(0228) 3 736 661", email="sotttt@halam.gov.vn",
                licence="Giấy phép số 12/GP-TTĐT do Sở Thông tin và Truyền thông cấp ngày 15/3/2019",
                editor="Giám đốc Sở Thông tin và Truyền thông")
    id_range = (3_500_000, 5_000_000)
    static_paths = {"contact": "/lien-he", "calendar": "/lich-cong-tac", "sitemap": "/so-do-website"}
    headers = {"Liferay-Portal": "Liferay Portal Community Edition 6.2 CE GA6 (Newton / Build 6205)"}
    quirks = ("double_escaped",)
    PAGER = ("p_p_id=101&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&p_p_col_id=column-1"
             "&p_p_col_pos=2&p_p_col_count=3&_101_delta={delta}&_101_keywords="
             "&_101_advancedSearch=false&_101_andOperator=true&p_r_p_564233524_resetCur=false"
             "&_101_cur={page}")

    def article_path(self, cat, slug, id, published):
        return f"/{cat.slug}/-/view_content/{id}-{slug}.html"

    def listing_path(self, cat, page):
        if page == 1:
            return f"/{cat.slug}"
        return f"/{cat.slug}?" + self.PAGER.format(delta=self.page_size, page=page)

    def _cur_path(self, cat, page):
        return f"/{cat.slug}?" + self.PAGER.format(delta=self.page_size, page=page)

    def listing_aliases(self, cat, page):
        return [self._cur_path(cat, 1)] if page == 1 else []

    def asset_path(self, url, id, published):
        if url.startswith("/media/"):
            return f"/documents/10197/{id}/{url.rsplit('/', 1)[-1]}"
        return url

    def page(self, ctx, title, main, crumbs=(), head=""):
        here = esc(crumbs[-1][0]) if crumbs else "Trang chủ"
        return f"""<!DOCTYPE html> <html class="aui ltr" dir="ltr" lang="vi-VN">
<head> <title>{esc(title)} - {esc(ctx.name)}</title> <meta content="text/html; charset=UTF-8" http-equiv="content-type" />{head}
<link class="lfr-css-file" href="/so4t-theme/css/aui.css?browserId=other&amp;themeId=so4t_WAR_so4ttheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6201" rel="stylesheet" type="text/css" />
<script type="text/javascript">var Liferay={{Browser:{{acceptsGzip:function(){{return true}}}},ThemeDisplay:{{getLayoutURL:function(){{return"{esc(ctx.base_url)}"}},getLanguageId:function(){{return"vi_VN"}}}}}};Liferay.authToken="p0nP3N37";</script>
</head>
<body class=" yui3-skin-sam controls-visible signed-out public-page site"> <a href="#main-content" id="skip-to-content">Truy cập nội dung luôn</a> <div class="body">
{ctx.memo("lr-top", lambda: self._top(ctx))}
<div id="main"><div class="so_4thn" id="main-content" role="main"><div class="portlet-layout row-fluid">
<div class="portlet-column portlet-column-first span9" id="column-1">
<div class="dd_chuyenmuc"> <span class="trangchu"><a href="/">Trang chủ</a></span> <span class="tintuc"><p>{here}</p></span> </div>
{main}
</div>
{ctx.memo("lr-side", lambda: self._side(ctx))}
</div></div></div>
{ctx.memo("lr-foot", lambda: self._foot(ctx))}
</div></body>
</html>
"""

    def _top(self, ctx):
        menu = "".join(f'<li class=""> <a href="{esc(ctx.listing(c))}" >{esc(c.name)}</a> </li>'
                       for c in ctx.categories)
        return f"""<div id="header"> <div class="boder_top1"> <div id="contentheader"> <a class="lang_vi" href="/"></a> <div class="egov_date"> <div id="point_portal_egov_date"></div> </div> </div> </div> </div>
<nav id="navigation" role="navigation"> <div id="menu"> <div class="center clearfix"> <ul class="navi"> <li class=" active" > <a href="/" >Trang chủ</a> </li> <li class=""> <a href="/" >Tin tức sự kiện</a> <ul class="child-menu"> {menu} </ul> </li> <li class=""> <a href="{ctx.static("calendar")}" >Lịch công tác</a> </li> <li class=""> <a href="{ctx.static("contact")}" >Liên hệ</a> </li> <li class=""> <a href="{ctx.static("sitemap")}" >Sơ đồ cổng</a> </li> </ul>
<div class="nav-search"> <input type="text" name="search" value="  ---Nhập từ tìm kiếm---  " class="txtTimKiem" id="txtTimKiem"/> <a href="{SEARCH_PATH}" class="search_button">Tìm</a> </div> </div> </div> </nav>"""

    def _side(self, ctx):
        def items(entries):
            return "".join(f'<li><a href="{esc(e.path)}" title="{esc(e.article.title)}"> {esc(e.article.title)} '
                           f'<span class="date_content_asset"> ({dmy(e.article.published)}) </span> </a></li>'
                           for e in entries)
        schedule = "".join(f"<p><strong>{esc(day)}</strong>: {s} - {esc(item)}</p>"
                           for day, s, item in schedule_rows(ctx.week)[:2])
        counter = "".join(f"<li>{k}: <b>{v}</b></li>" for k, v in ctx.counter.items())
        return f"""<div class="portlet-column portlet-column-last span3" id="column-2">
<section class="portlet"><header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">Tin nổi bật</span></h1></header><div class="portlet-content"><ul class="box_sub_hot_news">{items(ctx.featured)}</ul><a class="icon-xemthem" title="Xem tất cả" href="{esc(ctx.listing(ctx.categories[0])) if ctx.categories else "/"}"> Xem tất cả </a></div></section>
<section class="portlet"><header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">Tin đọc nhiều</span></h1></header><div class="portlet-content"><ul>{items(ctx.most_read)}</ul></div></section>
<section class="portlet"><header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">Lịch công tác</span></h1></header><div class="portlet-content">{schedule}</div></section>
<section class="portlet"><header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">Website liên kết</span></h1></header><div class="portlet-content">{link_select("lien-ket")}</div></section>
<section class="portlet"><header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">Thống kê truy cập</span></h1></header><div class="portlet-content"><ul class="thong-ke">{counter}</ul></div></section>
</div>"""

    def _foot(self, ctx):
        u = ctx.unit
        return f"""<div class="footer-wrapper"> <div id="footer" class="clearfix"> <p class="vetrang"><a href="#">| Về đầu trang |</a><a href="#"> Đăng nhập |</a></p> <div class="footleft"> <h3>{esc(ctx.name.upper())}</h3> <p>Địa chỉ: {esc(u.address)} - Điện thoại: {u.phone}; Fax: {u.fax};</p> <p>Email: {u.email}<br> {esc(u.licence)}.<br> Bản quyền thuộc {esc(u.owner)}.<br> ® Ghi rõ nguồn: “{esc(ctx.name)}” khi phát hành lại thông tin từ nguồn này.</p> </div> </div> </div>"""

    def _date_block(self, e):
        when = local(e.article.published)
        return (f'<div class="assetPublishDate block_timer"> Ngày đăng {when:%d/%m/%Y} | {when:%I:%M %p}'
                f' &nbsp;|&nbsp;View count: {e.views} </div>')

    def _abstract(self, ctx, e):
        a = e.article
        teaser = named(clip(a.summary or next(iter(a.paragraphs), ""), 30))
        if ctx.quirks.get("double_escaped") == a.slug:
            teaser = esc(teaser)
        image = (f'<div class="asset-image"> <a href="{esc(e.path)}"><img src="{esc(a.images[0].url)}" alt=""/></a> </div> '
                 if a.images else "")
        style = "" if a.images else ' style="margin-left: 0"'
        return (f'<div class="asset-bounddary"> <div class="asset-abstract "> <!-- <div class="asset_actions_custom_style"> </div> --> '
                f'<div class="asset-content normal-news"> {image}<div class="asset-content-custom"{style} > '
                f'<h3 class="asset-title"> <a href="{esc(e.path)}">{esc(a.title)}</a> </h3> {self._date_block(e)} '
                f'<div class="asset-summary"> {teaser} </div> </div> </div> <div class="asset-metadata"> </div> </div> </div> ')

    def _portlet(self, inner, title=""):
        return (f'<div class="portlet-boundary portlet-boundary_101_ portlet-static portlet-static-end portlet-asset-publisher " id="p_p_id_101_" > '
                f'<span id="p_101"></span> <section class="portlet" id="portlet_101"> <header class="portlet-topper"> '
                f'<h1 class="portlet-title"> <span class="portlet-title-icon"> &nbsp; </span> <span class="portlet-title-text">{title}</span> </h1> </header> '
                f'<div class="portlet-content"> <div class=" portlet-content-container" style=""> <div class="portlet-body"> '
                f"{inner} </div> </div> </div> </section> </div>")

    def home(self, ctx, home):
        first, rest = (home.latest[0], home.latest[1:]) if home.latest else (None, [])
        big = (f'<div class="block_news_big"><div class="title_news"><a href="{esc(first.path)}"> {esc(first.article.title)} </a></div>'
               f'<div class="news_lead"> {named(first.article.summary or "")} </div></div>' if first else "")
        subs = [f'<li><div class="title_news"><a href="{esc(e.path)}" title="{esc(e.article.title)}"> {esc(e.article.title)} '
                f'<span class="date_content_asset"> ({dmy(e.article.published)}) </span> </a></div></li>' for e in rest]
        if home.draft:
            subs.append(f'<li><div class="title_news"><a href="{esc(home.draft.path)}"> {esc(home.draft.article.title)} </a></div></li>')
        boxes = "".join(f'<div class="folderright"> <h3 class="tlecmh3"> <a class="hdCM" href="{esc(ctx.listing(c))}"><i class="tlecm"></i>{esc(c.name)}</a> </h3> <ul class="box_tp bgxam">'
                        + "".join(f'<li class="tin_tiep nobo"> <a href="{esc(e.path)}"> {esc(e.article.title)} </a> </li>' for e in entries)
                        + "</ul> </div>" for c, entries in home.boxes)
        return self._portlet(f'<div class="newsfocus3-wrapper"><div class="box_hot_news">{big}</div>'
                             f'<div class="box_sub_hot_news"><ul>{"".join(subs)}</ul></div></div><div class="k1">{boxes}</div>',
                             "Tin nổi bật")

    def listing(self, ctx, ls):
        cat, english = ls.category, ls.page > 1  # the real site's later pages fell back to English
        last = ls.first_index + len(ls.entries) - 1
        shown = (f"Showing {ls.first_index} - {last} of {ls.total} results." if english else
                 f"Hiển thị {ls.first_index} - {last} of {ls.total} kết quả.")
        labels = ("First", "Previous", "Next", "Last") if english else ("Đầu tiên", "Trước", "Tiếp", "Cuối cùng")

        def button(label, target, cls=""):
            if target is None:
                return f'<li class="disabled {cls}"> <a href="javascript:;" target="_self"> {label} </a> </li>'
            return f'<li class="{cls}"> <a href="{esc(self._cur_path(cat, target))}" target="_self"> {label} </a> </li>'
        on_first, on_last = ls.page == 1, ls.page == ls.pages
        buttons = (button(f"&larr; {labels[0]}", None if on_first else 1, "first")
                   + button(labels[1], None if on_first else ls.page - 1)
                   + button(labels[2], None if on_last else ls.page + 1)
                   + button(f"{labels[3]} &rarr;", None if on_last else ls.pages, "last"))
        menu = "".join(f'<li class="custom-paging" role="presentation"> <a href="{esc(self._cur_path(cat, n))}" class=" taglib-icon" role="menuitem" > '
                       f'<span class="taglib-text-icon">{n}</span> </a> </li>' for n in ls.window)
        pager = (f'<div class="taglib-page-iterator" id="_101_ocerSearchContainerPageIterator"> <div class="clearfix lfr-pagination"> '
                 f'<div class="lfr-pagination-config"> <div class="lfr-pagination-page-selector"> <div class="btn-group lfr-icon-menu current-page-menu custom-paging">'
                 f'<a class="dropdown-toggle direction-down max-display-items-15 btn" href="javascript:;" title=" {ls.page} "><span class="lfr-icon-menu-text"> {ls.page} </span><i class="caret"></i> </a>'
                 f'<ul class="dropdown-menu lfr-menu-list direction-down"> {menu} </ul></div> </div> '
                 f'<div class="lfr-pagination-delta-selector"> <div style="margin-right: 5px"> Trang </div> </div> </div> '
                 f'<small class="search-results"> {shown} </small> <ul class="pager lfr-pagination-buttons"> {buttons} </ul> </div> </div>')
        return self._portlet("".join(self._abstract(ctx, e) for e in ls.entries) + pager)

    def _content(self, a):
        out = [f'<p style="text-align: justify;"><strong>{named(a.summary)}</strong></p>'] if a.summary else []
        for kind, value in body_blocks(a):
            if kind == "p":
                out.append(f'<p style="text-align: justify;">{named(value)}</p>')
            else:
                out.append(f'<p style="text-align: center;"><img alt="" src="{esc(value.url)}" style="width: 600px; height: 400px;" /></p>')
                if value.caption:
                    out.append(f'<p style="text-align: center;"><em>{named(value.caption)}</em></p>')
        if a.byline:
            out.append(f'<p style="text-align: right;"><strong>{named(a.byline)}</strong></p>')
        return "\n".join(out)

    def article(self, ctx, entry, near):
        a = entry.article
        files = "".join(f'<li class="asset-links-list-item"><a class="asset-links-list-item-link" href="{esc(f.url)}">{esc(f.title)}</a></li>'
                        for f in a.attachments)
        files = f'<div class="taglib-asset-links"><h2 class="asset-links-title">Tài liệu đính kèm</h2><ul class="asset-links-list">{files}</ul></div>' if files else ""
        tags = " ".join(f'<a class="tag" href="{SEARCH_PATH}?tag={esc(slugify(t))}">{esc(t)}</a>' for t in a.tags)
        tags = f'<div class="taglib-asset-tags-summary"><span class="taglib-text">Từ khóa:</span> {tags}</div>' if tags else ""

        def rows(entries, suffix):
            return "".join(f'<li><a href="{esc(suffix(e.path))}">{esc(e.article.title)}</a> '
                           f'<span class="date_content_asset">({dmy(e.article.published)})</span></li>' for e in entries)
        full = f"""<div class="asset-full-content default-asset-publisher show-asset-title">
<h3 class="header-title"><span>{esc(a.title)}</span></h3>
{self._date_block(entry)}
<div class="asset-content" id="_101_{entry.id}"> <div class="journal-content-article">
{self._content(a)}
</div> </div>
{files}{tags}
<div class="taglib-social-bookmarks"><a href="javascript:print();" class="taglib-icon"><span class="taglib-text">In trang</span></a> {share_links(ctx, entry.path)}</div>
</div>
<div class="other-news"><h3 class="title-other">Tin liên quan</h3><ul>{rows(near.related, tracked)}</ul>
<h3 class="title-other">Tin khác</h3><ul>{rows(near.others, str)}</ul></div>"""
        return self.page(ctx, a.title, self._portlet(full), [(entry.category.name, ctx.listing(entry.category))])


class NukeViet(Family):
    """NukeViet 4.5 district portal: news module, print views, `ul.counter`."""

    name = "nukeviet"
    site_name = "Cổng thông tin điện tử huyện Phú Lâm"
    unit = Unit(owner="Ủy ban nhân dân huyện Phú Lâm",
                address="Số 02 đường Trần Hưng Đạo, thị trấn Phú Lâm, huyện Phú Lâm, tỉnh Hà Lâm",
                phone="0228.3861.100", fax="0228.3861.101", email="ubnd@phulam.halam.gov.vn",
                licence="Giấy phép số 08/GP-STTTT do Sở Thông tin và Truyền thông tỉnh Hà Lâm cấp "
                        "ngày 20/5/2020",
                editor="Chánh Văn phòng HĐND và UBND huyện")
    id_range = (100, 100_000)
    static_paths = {"contact": "/vi/contact/", "calendar": "/vi/lich-cong-tac/",
                    "sitemap": "/vi/so-do-cong/"}
    headers = {"X-Powered-By": "PHP/7.4.33"}
    canonical = True
    home_aliases = ("/vi/news/",)  # news is the site's home module

    def article_path(self, cat, slug, id, published):
        return f"/vi/news/{cat.slug}/{slug}-{id}.html"

    def listing_path(self, cat, page):
        return f"/vi/news/{cat.slug}/" + (f"page-{page}/" if page > 1 else "")

    def print_path(self, entry):
        return entry.path.replace("/vi/news/", "/vi/news/print/", 1)

    def asset_path(self, url, id, published):
        return f"/uploads/news/{local(published):%Y_%m}/{url.rsplit('/', 1)[-1]}"

    def _head(self, ctx, title, extra=""):
        return f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{esc(title)}</title>
<meta name="generator" content="NukeViet v4.5">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="author" content="{esc(ctx.name)}">
<meta name="copyright" content="{esc(ctx.name)} [{ctx.unit.email}]">{extra}
<link rel="StyleSheet" href="/themes/default/css/nukeviet.css">
<link rel="StyleSheet" href="/themes/default/css/news.css">
<script src="/assets/js/jquery/jquery.min.js"></script>
<script>var nv_base_siteurl="/",nv_lang_data="vi",nv_module_name="news",nv_my_ofs=7;</script>
</head>"""

    def page(self, ctx, title, main, crumbs=(), head=""):
        items = [("Trang nhất", "/"), *((t, p) for t, p in crumbs)]
        crumb = "".join(f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
                        f'<a href="{esc(p)}" itemprop="item" title="{esc(t)}"><span itemprop="name">{esc(t)}</span></a>'
                        f'<i class="hidden" itemprop="position" content="{n}"></i></li>' for n, (t, p) in enumerate(items, 1))
        return f"""{self._head(ctx, f"{title} - {ctx.name}", head)}
<body>
<div class="body-bg"><div class="wraper">
{ctx.memo("nv-top", lambda: self._top(ctx))}
<section><div class="container" id="body">
<nav class="third-nav"><div class="row"><div class="bg clearfix"><div class="col-xs-24 col-sm-18 col-md-18">
<div class="breadcrumbs-wrap"><ul class="breadcrumbs list-none" itemscope itemtype="https://schema.org/BreadcrumbList">{crumb}</ul></div>
</div></div></div></nav>
<div class="row"><div class="col-sm-16 col-md-18">
{main}
</div>
{ctx.memo("nv-side", lambda: self._side(ctx))}
</div></div></section>
{ctx.memo("nv-foot", lambda: self._foot(ctx))}
</div></div>
</body>
</html>
"""

    def _top(self, ctx):
        menu = "".join(f'<li><a href="{esc(ctx.listing(c))}" title="{esc(c.name)}">{esc(c.name)}</a></li>'
                       for c in ctx.categories)
        return f"""<header><div class="container"><div id="header" class="row"><div class="logo col-xs-24 col-sm-24 col-md-8">
<a title="{esc(ctx.name)}" href="/"><img src="/uploads/logo.png" alt="{esc(ctx.name)}"></a><span class="site_name">{esc(ctx.name)}</span>
<span class="site_description">Cơ quan của Đảng bộ, chính quyền và Nhân dân huyện Phú Lâm</span></div></div></div></header>
<nav class="second-nav" id="menusite"><div class="container"><div class="row"><div class="bg box-shadow">
<ul class="nav navbar-nav"><li><a class="home" title="Trang nhất" href="/"><em class="fa fa-lg fa-home">&nbsp;</em><span class="hidden-sm"> Trang nhất </span></a></li>
<li class="dropdown"><a title="Tin Tức" href="/vi/news/">Tin Tức</a><ul class="dropdown-menu">{menu}</ul></li>
<li><a href="{ctx.static("calendar")}" title="Lịch công tác">Lịch công tác</a></li>
<li><a href="{ctx.static("contact")}" title="Liên hệ">Liên hệ</a></li>
<li><a href="{ctx.static("sitemap")}" title="Sơ đồ cổng">Sơ đồ cổng</a></li>
<li><a href="{SEARCH_PATH}" title="Tìm kiếm"><em class="fa fa-search"></em></a></li></ul>
</div></div></div></nav>"""

    def _side(self, ctx):
        def items(entries):
            return "".join(f'<li class="clearfix"><a href="{esc(e.path)}" title="{esc(e.article.title)}">{esc(e.article.title)}</a></li>'
                           for e in entries)
        c = ctx.counter
        counter = "".join(f'<li><span><em class="fa fa-bolt fa-lg fa-horizon"></em>{k}</span><span>{v}</span></li>'
                          for k, v in c.items())
        schedule = "".join(f"<li><strong>{esc(day)}</strong><br>{s}: {esc(item)}</li>" for day, s, item in schedule_rows(ctx.week)[:3])
        return f"""<div class="col-sm-8 col-md-6">
<div class="panel panel-primary"><div class="panel-heading">Tin nổi bật</div><div class="panel-body"><ul class="block_tophits list-none list-items">{items(ctx.featured)}</ul></div></div>
<div class="panel panel-primary"><div class="panel-heading">Tin đọc nhiều</div><div class="panel-body"><ul class="list-none list-items">{items(ctx.most_read)}</ul></div></div>
<div class="panel panel-primary"><div class="panel-heading">Lịch công tác</div><div class="panel-body"><ul class="list-none">{schedule}</ul></div></div>
<div class="panel panel-primary"><div class="panel-heading">Liên kết website</div><div class="panel-body">{link_select("form-control")}</div></div>
<div class="panel panel-primary"><div class="panel-heading">Thống kê truy cập</div><div class="panel-body"><ul class="counter list-none display-table">{counter}</ul></div></div>
</div>"""

    def _foot(self, ctx):
        u = ctx.unit
        return f"""<footer id="footer"><div class="wraper"><div class="container"><div class="row"><div class="col-xs-24 col-sm-24 col-md-12">
<div class="copyright"><span>&copy;&nbsp;Bản quyền thuộc về <a href="/">{esc(u.owner)}</a>.</span></div>
<p>Chịu trách nhiệm chính: {esc(u.editor)}</p>
<p>Địa chỉ: {esc(u.address)}</p><p>Điện thoại: {u.phone} - Fax: {u.fax} - Email: {u.email}</p>
<p>{esc(u.licence)}</p></div>
<div class="col-xs-24 col-sm-24 col-md-12"><div class="bttop"><a class="pointer" href="#">Về đầu trang</a></div>
<p class="powered">Powered by <a href="https://nukeviet.vn/" target="_blank">NukeViet CMS</a></p></div>
</div></div></div></footer>"""

    def _teaser(self, e, tag="h3"):
        a = e.article
        img = (f'<a href="{esc(e.path)}" title="{esc(a.title)}"><img alt="{esc(a.title)}" src="{esc(a.images[0].url)}" '
               f'width="100" class="img-thumbnail pull-left imghome" /></a>' if a.images else "")
        return f"""<div class="news_column"><div class="panel panel-default"><div class="panel-body">{img}
<{tag}><a href="{esc(e.path)}" title="{esc(a.title)}">{esc(a.title)}</a></{tag}>
<div class="text-muted"><ul class="list-unstyled list-inline"><li><em class="fa fa-clock-o">&nbsp;</em> {local(a.published):%d/%m/%Y %H:%M:%S}</li>
<li><em class="fa fa-eye">&nbsp;</em> Lượt xem: {e.views}</li></ul></div>
<p>{esc(a.summary or "")}</p></div></div></div>"""

    def home(self, ctx, home):
        latest = "".join(self._teaser(e) for e in home.latest)
        if home.draft:
            latest += self._teaser(home.draft)
        boxes = "".join(f'<div class="panel panel-default"><div class="panel-heading"><a href="{esc(ctx.listing(c))}">{esc(c.name)}</a></div>'
                        f'<ul class="related">' + "".join(f'<li><a href="{esc(e.path)}">{esc(e.article.title)}</a></li>' for e in entries)
                        + "</ul></div>" for c, entries in home.boxes)
        return f'<div class="news_column">{latest}</div>{boxes}'

    def listing(self, ctx, ls):
        items = "".join(self._teaser(e) for e in ls.entries)
        cat = ls.category
        nums = "".join(f'<li class="active"><a href="#">{n}</a></li>' if n == ls.page else
                       f'<li><a href="{esc(ctx.listing(cat, n))}" title="Trang {n}">{n}</a></li>'
                       for n in ls.window)
        if ls.page < ls.pages:
            nums += f'<li><a rel="next" href="{esc(ctx.listing(cat, ls.page + 1))}" title="Trang sau">Sau</a></li>'
        return (f'<div class="news_column"><div class="alert alert-info clearfix"><h1>{esc(cat.name)}</h1></div></div>'
                f'{items}<div class="clearfix"></div><div class="text-center"><ul class="pagination">{nums}</ul></div>')

    def _bodyhtml(self, a):
        out = []
        for kind, value in body_blocks(a):
            if kind == "p":
                out.append(f'<p style="text-align: justify;">{esc(value)}</p>')
            elif value.caption:
                out.append(f'<figure class="image"><img alt="" height="400" src="{esc(value.url)}" width="600" />'
                           f"<figcaption>{esc(value.caption)}</figcaption></figure>")
            else:
                out.append(f'<p style="text-align: center;"><img alt="" height="400" src="{esc(value.url)}" width="600" /></p>')
        # a credit with a role prefix is typed into the body; the author field holds the names
        if a.byline and ":" in a.byline and not a.byline.startswith("Tác giả"):
            out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
        return "\n".join(out)

    def _detail(self, ctx, entry):
        a = entry.article
        author = ", ".join(a.authors)
        schema_author = (f'<div class="hidden hide d-none" itemprop="author" itemtype="http://schema.org/Person" itemscope>'
                         f'<span itemprop="name">{esc(author)}</span></div>' if author else "")
        lead = f'<div class="hometext m-bottom" itemprop="description">{esc(a.summary)}</div>' if a.summary else ""
        files = "".join(f'<div class="list-group-item"><a href="{esc(f.url)}" title="Tải về {esc(f.title)}" download>'
                        f"Tải về: <strong>{esc(f.title)}</strong></a></div>" for f in a.attachments)
        files = (f'<div class="panel panel-default"><div class="panel-heading"><i class="fa fa-download"></i> <strong>Tập tin đính kèm</strong></div>'
                 f'<div class="list-group news-download-file">{files}</div></div>' if files else "")
        byline = f'<p class="h5 text-right"><strong>Tác giả: </strong>{esc(author)}</p>' if author else ""
        printed = esc(self.print_path(entry))
        return f"""<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>
<div class="panel-body">
<h1 class="title margin-bottom-lg" itemprop="headline">{esc(a.title)}</h1>
{schema_author}<span class="hidden hide d-none" itemprop="datePublished">{local(a.published).isoformat()}</span>
<span class="hidden hide d-none" itemprop="mainEntityOfPage">{esc(ctx.abs(entry.path))}</span>
<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">{weekday_dmy_hm(a.published)}</span></div>
<div class="col-md-12"><ul class="list-inline text-right">
<li><a class="dimgray" rel="nofollow" title="In ra" href="{printed}" onclick="nv_open_browse('{printed}','',840,500,'resizable=yes,scrollbars=yes');return false"><em class="fa fa-print fa-lg">&nbsp;</em></a></li>
</ul></div></div>
<div class="clearfix">{lead}</div>
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{self._bodyhtml(a)}
</div>
{files}
<div class="margin-bottom-lg">{byline}
<p class="h5 text-right"><strong>Nguồn tin: </strong>{esc(ctx.unit.owner)}</p>
</div>
</div></div>"""

    def article(self, ctx, entry, near):
        a = entry.article
        tags = ", ".join(f'<a title="{esc(t)}" href="{SEARCH_PATH}?q={esc(slugify(t))}"><em>{esc(t)}</em></a>' for t in a.tags)
        tags = (f'<div class="news_column panel panel-default"><div class="panel-body"><div class="h5"><em class="fa fa-tags">&nbsp;</em>'
                f"<strong>Từ khóa: </strong>{tags}</div></div></div>" if tags else "")

        def rows(entries, link):
            return "".join(f'<li><em class="fa fa-angle-right">&nbsp;</em><h4><a href="{esc(link(e.path))}" title="{esc(e.article.title)}">'
                           f"{esc(e.article.title)}</a></h4><em>({dmy(e.article.published)})</em></li>" for e in entries)
        others = (f'<div class="news_column panel panel-default"><div class="panel-body other-news">'
                  f'<p class="h3"><strong>Tin liên quan</strong></p><div class="clearfix"><ul class="detail-related related list-none list-items">{rows(near.related, tracked)}</ul></div>'
                  f'<p class="h3"><strong>Tin khác</strong></p><div class="clearfix"><ul class="detail-related related list-none list-items">{rows(near.others, str)}</ul></div>'
                  f"</div></div>")
        social = (f'<div class="news_column panel panel-default"><div class="panel-body"><div class="socialicon clearfix">'
                  f"{share_links(ctx, entry.path)}</div></div></div>")
        meta = (f'\n<meta name="description" content="{esc(clip(a.summary or "", 40))}">'
                f'\n<meta name="keywords" content="{esc(", ".join(a.tags))}">'
                f'\n<meta property="og:title" content="{esc(a.title)}">\n<meta property="og:type" content="article">'
                f'\n<meta property="og:url" content="{esc(ctx.abs(entry.path))}">'
                f'\n<meta property="og:site_name" content="{esc(ctx.name)}">\n{self.canonical_link(ctx, entry.path)}')
        crumbs = [("Tin Tức", "/vi/news/"), (entry.category.name, ctx.listing(entry.category))]
        return self.page(ctx, a.title, self._detail(ctx, entry) + tags + social + others, crumbs, head=meta)

    def print_view(self, ctx, entry):
        a = entry.article
        lead = f'<div id="hometext">{esc(a.summary)}</div>' if a.summary else ""
        author = f'<div id="author"><p><strong>Tác giả:</strong> {esc(", ".join(a.authors))}</p></div>' if a.authors else ""
        return f"""{self._head(ctx, f"{a.title} - {ctx.name}", '<meta name="robots" content="noindex, nofollow">')}
<body><div id="print">
<div id="hd_print"><h2 class="pull-left">{esc(ctx.name)}</h2><p class="pull-right"><a href="/">{esc(ctx.base_url)}</a></p></div>
<div class="clear"></div><hr />
<div id="content"><h1>{esc(a.title)}</h1>
<ul class="list-inline"><li>{weekday_dmy_hm(a.published)}</li>
<li class="hidden-print txtrequired"><a title="In ra" href="javascript:;" onclick="window.print()">In ra</a></li>
<li class="hidden-print txtrequired"><a title="Đóng cửa sổ này" href="javascript:;" onclick="window.close()">Đóng cửa sổ này</a></li></ul>
<div class="clear"></div>{lead}
<div id="bodytext" class="clearfix">{self._bodyhtml(a)}</div>{author}
</div>
<div id="footer" class="clearfix"><div id="url"><strong>URL của bản tin này: </strong>{esc(ctx.abs(entry.path))}</div>
<div class="clear"></div><div class="copyright">&copy; {esc(ctx.name)}</div>
<div id="contact"><a href="mailto:{ctx.unit.email}">{ctx.unit.email}</a></div></div>
</div></body>
</html>
"""


class PhpSite(Family):
    """A small hand-made PHP department site: query routing, tables, a marquee of notices."""

    name = "phpsite"
    site_name = "Trung tâm Văn hóa - Thông tin và Thể thao huyện Phú Lâm"
    unit = Unit(owner="Trung tâm Văn hóa - Thông tin và Thể thao huyện Phú Lâm",
                address="Số 15 đường Lý Thường Kiệt, thị trấn Phú Lâm, huyện Phú Lâm, tỉnh Hà Lâm",
                phone="0228.3862.345", fax="0228.3862.346", email="ttvhtt.phulam@gmail.com",
                licence="Giấy phép số 03/GP-STTTT do Sở Thông tin và Truyền thông tỉnh Hà Lâm cấp "
                        "ngày 02/10/2017",
                editor="Giám đốc Trung tâm")
    id_range = (10, 100_000)
    static_paths = {"contact": "/index.php?com=lienhe", "calendar": "/index.php?com=lichcongtac",
                    "sitemap": "/index.php?com=sodo"}
    content_type = "text/html"  # the charset is only in the page's <meta http-equiv>
    headers = {"X-Powered-By": "PHP/5.6.40"}
    shows_tags = False
    quirks = ("nfd",)
    NOTICES = "Thông báo"

    def article_path(self, cat, slug, id, published):
        if cat.name == self.NOTICES:
            return f"/index.php?com=thongbao_ct&id_tb={id}"
        return f"/index.php?com=tin_ct&id={id}"

    def listing_path(self, cat, page):
        path = ("/index.php?com=thongbao" if cat.name == self.NOTICES else
                f"/index.php?com=danhmuc_tin&id_category={cat.key}")
        return path if page == 1 else f"{path}&page={page}"

    def asset_path(self, url, id, published):
        return "/upload/" + ("hinhanh/" if url.startswith("/media/") else "files/") + url.rsplit("/", 1)[-1]

    def page(self, ctx, title, main, crumbs=(), head=""):
        crumb = "".join(f' &raquo; <a href="{esc(p)}">{esc(t)}</a>' for t, p in crumbs)
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)} - {esc(ctx.name)}</title>{head}
<link href="/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery-1.4.2.min.js"></script>
</head>
<body>
<div id="wrapper">
{ctx.memo("php-top", lambda: self._top(ctx))}
<table width="1000" border="0" cellspacing="0" cellpadding="0" align="center" id="main"><tr>
<td valign="top" width="720"><div class="Content_Left">
<div class="link_dan"><a href="/">Trang chủ</a>{crumb}</div>
{main}
</div></td>
<td valign="top" width="280">{ctx.memo("php-side", lambda: self._side(ctx))}</td>
</tr></table>
{ctx.memo("php-foot", lambda: self._foot(ctx))}
</div>
</body>
</html>
"""

    def _top(self, ctx):
        menu = "".join(f'<li><a href="{esc(ctx.listing(c))}">{esc(c.name)}</a></li>' for c in ctx.categories)
        return f"""<div id="header"><img src="/images/banner.jpg" width="1000" height="150" alt="{esc(ctx.name)}" /></div>
<div id="menu"><ul><li><a href="/">Trang chủ</a></li>{menu}
<li><a href="{esc(ctx.static("calendar"))}">Lịch công tác</a></li><li><a href="{esc(ctx.static("contact"))}">Liên hệ</a></li>
<li><a href="{esc(ctx.static("sitemap"))}">Sơ đồ cổng</a></li><li><a href="{SEARCH_PATH}">Tìm kiếm</a></li></ul></div>"""

    def _side(self, ctx):
        notices = "".join(f'<p><a href="{esc(e.path)}">{esc(e.article.title)}</a> <span class="ngay">({dmy(e.article.published)})</span></p>'
                          for e in ctx.notices)
        read = "".join(f'<li><a href="{esc(e.path)}">{esc(e.article.title)}</a></li>' for e in ctx.most_read)
        counter = "".join(f"<tr><td>{k}:</td><td align=\"right\">{v}</td></tr>" for k, v in ctx.counter.items())
        return f"""<div class="box_right"><div class="tieude_box">THÔNG BÁO MỚI</div>
<div class="noidung_box"><marquee direction="up" scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()" height="180">{notices}</marquee></div></div>
<div class="box_right"><div class="tieude_box">VIDEO</div><div class="noidung_box">
<iframe width="260" height="180" src="https://www.youtube.com/embed/dQw4w9WgXcQ" frameborder="0" allowfullscreen></iframe></div></div>
<div class="box_right"><div class="tieude_box">TIN ĐỌC NHIỀU</div><div class="noidung_box"><ul>{read}</ul></div></div>
<div class="box_right"><div class="tieude_box">LIÊN KẾT WEBSITE</div><div class="noidung_box">{link_select()}</div></div>
<div class="box_right"><div class="tieude_box">THỐNG KÊ TRUY CẬP</div><div class="noidung_box"><table width="100%">{counter}</table></div></div>"""

    def _foot(self, ctx):
        u = ctx.unit
        return f"""<div id="footer"><p><b>{esc(ctx.name.upper())}</b></p>
<p>Địa chỉ: {esc(u.address)}</p><p>Điện thoại: {u.phone} - Fax: {u.fax} - Email: {u.email}</p>
<p>{esc(u.licence)}. Chịu trách nhiệm: {esc(u.editor)}</p>
<p>Bản quyền thuộc {esc(u.owner)}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
<p>Thiết kế bởi <a href="http://webphulam.vn" target="_blank">WebPhuLam</a></p></div>"""

    def _row(self, e):
        a = e.article
        img = f'<img src="{esc(a.images[0].url)}" width="120" align="left" class="hinh_tin" />' if a.images else ""
        return (f'<div class="tin_item">{img}<a class="tieude" href="{esc(e.path)}">{esc(a.title)}</a> '
                f'<span class="ngay">({dmy(a.published)})</span><div class="mota">{esc(clip(a.summary or "", 35))}</div>'
                f'<div class="clear"></div></div>')

    def home(self, ctx, home):
        latest = "".join(self._row(e) for e in home.latest)
        if home.draft:
            latest += self._row(home.draft)
        boxes = "".join(f'<div class="khung_tin"><div class="tieude_khung"><a href="{esc(ctx.listing(c))}">{esc(c.name.upper())}</a></div><ul>'
                        + "".join(f'<li><a href="{esc(e.path)}">{esc(e.article.title)}</a></li>' for e in entries)
                        + "</ul></div>" for c, entries in home.boxes)
        return f'<div class="khung_tin"><div class="tieude_khung">TIN MỚI NHẤT</div>{latest}</div>{boxes}'

    def listing(self, ctx, ls):
        cat = ls.category
        pages = " ".join(f"<b>[{n}]</b>" if n == ls.page else f'<a href="{esc(ctx.listing(cat, n))}">{n}</a>'
                         for n in ls.window)
        if ls.page < ls.pages:
            pages += f' <a href="{esc(ctx.listing(cat, ls.page + 1))}">Trang sau &gt;&gt;</a>'
        return (f'<div class="khung_tin"><div class="tieude_khung">{esc(cat.name.upper())}</div>'
                f'{"".join(self._row(e) for e in ls.entries)}<div class="phantrang">Trang: {pages}</div></div>')

    def article(self, ctx, entry, near):
        a = entry.article
        blocks = []
        for kind, value in body_blocks(a):
            if kind == "p":
                blocks.append(f'<p style="text-align: justify;">{esc(value)}</p>')
            else:
                caption = (f'<tr><td align="center"><em>{esc(value.caption)}</em></td></tr>' if value.caption else "")
                blocks.append(f'<table align="center" border="0" cellpadding="3" cellspacing="0" width="500"><tr><td>'
                              f'<img src="{esc(value.url)}" width="500" border="0" /></td></tr>{caption}</table>')
        if a.byline:
            blocks.append(f'<p align="right"><b>{esc(a.byline)}</b></p>')
        files = "".join(f'<li><a href="{esc(f.url)}">{esc(f.title)}</a></li>' for f in a.attachments)
        files = f'<div class="file_dinhkem"><b>Tài liệu đính kèm:</b><ul>{files}</ul></div>' if files else ""
        summary = f'<div class="tomtat"><b>{esc(a.summary)}</b></div>' if a.summary else ""

        def rows(entries, link):
            return "".join(f'<li><a href="{esc(link(e.path))}">{esc(e.article.title)}</a> <span class="ngay">({dmy(e.article.published)})</span></li>'
                           for e in entries)
        main = f"""<div class="chitiet_tin">
<h1 class="tieude_tin">{esc(a.title)}</h1>
<div class="ngaydang">Ngày đăng: {local(a.published):%d/%m/%Y, %H:%M} | Lượt xem: {entry.views}</div>
{summary}
<div class="noidung">
{"".join(blocks)}
</div>
{files}
<div class="congcu"><a href="javascript:window.print()">In trang</a> | <a href="javascript:history.back()">Quay lại</a> | {share_links(ctx, entry.path)}</div>
<div class="tinlienquan"><div class="tieude_khac">Tin liên quan</div><ul>{rows(near.related, tracked)}</ul></div>
<div class="tinkhac"><div class="tieude_khac">Các tin khác</div><ul>{rows(near.others, str)}</ul></div>
</div>"""
        return self.page(ctx, a.title, main, [(entry.category.name, ctx.listing(entry.category))])


class Unknown(Family):
    """A modern theme no extractor was told about: made-up class names, title in an h2."""

    name = "unknown"
    site_name = "Trang thông tin điện tử thị xã An Lạc"
    unit = Unit(owner="Ủy ban nhân dân thị xã An Lạc",
                address="Số 8 đại lộ Hùng Vương, phường An Lạc, thị xã An Lạc, tỉnh Hà Lâm",
                phone="0228.3555.888", fax="0228.3555.889", email="vanphong@anlac.halam.gov.vn",
                licence="Giấy phép số 21/GP-STTTT do Sở Thông tin và Truyền thông tỉnh Hà Lâm cấp "
                        "ngày 09/8/2021",
                editor="Chánh Văn phòng HĐND và UBND thị xã")
    id_range = (100_000, 1_000_000)
    static_paths = {"contact": "/lien-he", "calendar": "/lich-cong-tac", "sitemap": "/so-do-cong"}
    headers = {"X-Frame-Options": "SAMEORIGIN", "X-Content-Type-Options": "nosniff"}

    def article_path(self, cat, slug, id, published):
        return f"/bai-viet/{slug}-{id}"

    def listing_path(self, cat, page):
        return f"/chuyen-muc/{cat.slug}" + (f"?trang={page}" if page > 1 else "")

    def page(self, ctx, title, main, crumbs=(), head=""):
        crumb = "".join(f' <span>/</span> <a href="{esc(p)}">{esc(t)}</a>' for t, p in crumbs)
        return f"""<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | {esc(ctx.name)}</title>{head}
<link rel="stylesheet" href="/static/np/app.8f3c1e.css">
<script defer src="/static/np/app.8f3c1e.js"></script>
</head>
<body class="np-body">
{ctx.memo("np-top", lambda: self._top(ctx))}
<div class="np-wrap">
<main class="np-main">
<nav class="np-crumbs" aria-label="breadcrumb"><a href="/">Trang chủ</a>{crumb}</nav>
{main}
</main>
{ctx.memo("np-side", lambda: self._side(ctx))}
</div>
{ctx.memo("np-foot", lambda: self._foot(ctx))}
</body>
</html>
"""

    def _top(self, ctx):
        menu = "".join(f'<li><a href="{esc(ctx.listing(c))}">{esc(c.name)}</a></li>' for c in ctx.categories)
        return f"""<header class="np-top"><h1 class="np-brand"><a href="/">{esc(ctx.name)}</a></h1>
<nav class="np-nav"><ul><li><a href="/">Trang chủ</a></li>{menu}<li><a href="{ctx.static("calendar")}">Lịch công tác</a></li>
<li><a href="{ctx.static("contact")}">Liên hệ</a></li><li><a href="{ctx.static("sitemap")}">Sơ đồ cổng</a></li>
<li><a class="np-search-link" href="{SEARCH_PATH}">Tìm kiếm</a></li></ul></nav>
<form class="np-search" action="{SEARCH_PATH}" method="get"><input name="q" placeholder="Tìm kiếm..."><button>Tìm</button></form></header>"""

    def _side(self, ctx):
        def items(entries):
            return "".join(f'<li><a href="{esc(e.path)}">{esc(e.article.title)}</a></li>' for e in entries)
        counter = "".join(f"<div><dt>{k}</dt><dd>{v}</dd></div>" for k, v in ctx.counter.items())
        schedule = "".join(f"<li><b>{esc(day)}</b> {esc(item)}</li>" for day, _, item in schedule_rows(ctx.week)[:2])
        return f"""<aside class="np-side">
<section class="np-box"><h3>Tin nổi bật</h3><ol>{items(ctx.featured)}</ol></section>
<section class="np-box"><h3>Tin đọc nhiều</h3><ol>{items(ctx.most_read)}</ol></section>
<section class="np-box"><h3>Lịch công tác</h3><ul>{schedule}</ul></section>
<section class="np-box"><h3>Liên kết website</h3>{link_select("np-select")}</section>
<section class="np-box np-stats"><h3>Thống kê truy cập</h3><dl>{counter}</dl></section>
</aside>"""

    def _foot(self, ctx):
        u = ctx.unit
        return f"""<footer class="np-foot"><p>© Bản quyền thuộc {esc(u.owner)}</p>
<p>Trụ sở: {esc(u.address)} · Điện thoại: {u.phone} · Email: {u.email}</p>
<p>{esc(u.licence)} · Người chịu trách nhiệm: {esc(u.editor)}</p></footer>"""

    def _card(self, e):
        a = e.article
        img = f'<img src="{esc(a.images[0].url)}" alt="" loading="lazy">' if a.images else ""
        return (f'<div class="np-card"><a class="np-card-link" href="{esc(e.path)}">{img}<span class="np-card-title">{esc(a.title)}</span></a>'
                f'<span class="np-card-when">{local(a.published):%H:%M | %d/%m/%Y}</span></div>')

    def home(self, ctx, home):
        cards = "".join(self._card(e) for e in home.latest)
        if home.draft:
            cards += self._card(home.draft)
        boxes = "".join(f'<section class="np-section"><h2><a href="{esc(ctx.listing(c))}">{esc(c.name)}</a></h2>'
                        + "".join(self._card(e) for e in entries) + "</section>" for c, entries in home.boxes)
        return f'<section class="np-section np-latest"><h2>Tin mới</h2>{cards}</section>{boxes}'

    def listing(self, ctx, ls):
        cat = ls.category
        nav = []
        if ls.page > 1:
            nav.append(f'<a class="np-prev" href="{esc(ctx.listing(cat, ls.page - 1))}">Trang trước</a>')
        nav.append(f"<span>Trang {ls.page}/{ls.pages}</span>")
        if ls.page < ls.pages:
            nav.append(f'<a class="np-more" href="{esc(ctx.listing(cat, ls.page + 1))}">Xem thêm</a>')
        return (f'<section class="np-section"><h2 class="np-cat">{esc(cat.name)}</h2>'
                f'{"".join(self._card(e) for e in ls.entries)}<nav class="np-pages">{" ".join(nav)}</nav></section>')

    def article(self, ctx, entry, near):
        a = entry.article
        blocks = []
        for kind, value in body_blocks(a):
            if kind == "p":
                blocks.append(f"<p>{esc(value)}</p>")
            else:
                caption = f"<figcaption>{esc(value.caption)}</figcaption>" if value.caption else ""
                blocks.append(f'<figure class="np-figure"><img src="{esc(value.url)}" alt="" loading="lazy">{caption}</figure>')
        by = f'<span class="np-by">{esc(a.byline)}</span> · ' if a.byline else ""
        lead = f'<p class="np-lead">{esc(a.summary)}</p>' if a.summary else ""
        files = "".join(f'<li><a href="{esc(f.url)}">{esc(f.title)}</a></li>' for f in a.attachments)
        files = f'<ul class="np-files">{files}</ul>' if files else ""
        tags = " ".join(f'<a href="{SEARCH_PATH}?q={esc(slugify(t))}">#{esc(t)}</a>' for t in a.tags)
        tags = f'<div class="np-tags">Từ khóa: {tags}</div>' if tags else ""

        def rows(entries, link):
            return "".join(f'<li><a href="{esc(link(e.path))}">{esc(e.article.title)}</a></li>' for e in entries)
        main = f"""<div class="np-post">
<h2 class="np-heading">{esc(a.title)}</h2>
<div class="np-meta">{by}<time class="np-when">{local(a.published):%H:%M | %d/%m/%Y}</time> · <span class="np-views">{thousands(entry.views)} lượt xem</span></div>
{lead}
<section class="np-text">
{"".join(blocks)}
</section>
{files}{tags}
<div class="np-share">{share_links(ctx, entry.path)} <a class="np-print" href="javascript:window.print()">In bài</a></div>
</div>
<aside class="np-related"><h3>Tin liên quan</h3><ul>{rows(near.related, tracked)}</ul>
<h3>Tin khác</h3><ul>{rows(near.others, lambda p: p + "#comments")}</ul></aside>"""
        head = (f'\n<meta property="og:title" content="{esc(a.title)}">'
                f'\n<meta property="og:description" content="{esc(a.summary or "")}">')
        return self.page(ctx, a.title, main, [(entry.category.name, ctx.listing(entry.category))], head)


FAMILIES: dict[str, type[Family]] = {f.name: f for f in (SharePoint, Liferay, NukeViet, PhpSite, Unknown)}


def family(name: str, page_size: int = 5) -> Family:
    """A renderer for the named family (a ValueError names the known ones)."""
    try:
        return FAMILIES[name](page_size)
    except KeyError:
        raise ValueError(f"unknown family {name!r}; known: {', '.join(FAMILIES)}") from None
