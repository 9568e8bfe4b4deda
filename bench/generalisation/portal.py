"""The one mechanism that turns a portal `Template` into a whole site and the truth of its articles.

A template only decides addresses and markup (`page`, `article`, `teaser`, …); `build` decides which
pages exist — home, paginated section listings, tag/author/month archives, search, contact, a work
calendar, the articles, `?replytocom=` duplicates, images and PDFs — so every template is judged on
the same site shape and no two templates share rendering code by copy. The site is an
`archiver.demo.site.Site`, so the demo's HTTP server serves it unchanged.
"""

from __future__ import annotations

import dataclasses
import unicodedata
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from html import escape
from typing import ClassVar

from bench.generalisation.api import JPEG, Attachment, Image, Page, SampleArticle, Site, slugify

VN = timezone(timedelta(hours=7))
WEEKDAYS = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")
SECTION_ORDER = ("Tin tức - Sự kiện", "Chỉ đạo điều hành", "Kinh tế", "Văn hóa - Xã hội", "Thông báo")
#: Readers' comments a template may print under an article (never article text).
COMMENTS = ("Cảm ơn Ban biên tập đã đưa tin kịp thời, người dân trong xã rất phấn khởi.",
            "Đề nghị huyện sớm công khai danh sách các hộ được hỗ trợ để bà con được biết.",
            "Mong các cấp chính quyền tiếp tục quan tâm đầu tư đường giao thông liên thôn.")
#: Sidebar and footer text every template prints somewhere; none of it may reach an article body.
BOX_TEXT = ("Thống kê truy cập", "Đang truy cập", "Tổng lượt truy cập", "Tin liên quan",
            "Tin đọc nhiều", "Bản quyền thuộc Ủy ban nhân dân huyện Phú Lâm", "Website liên kết",
            "Giấy phép số 45/GP-TTĐT")
#: Sidebar and footer boxes by name (BOX_TEXT's entries), for templates that print them one by one.
COUNTER, ONLINE, TOTAL, RELATED, MOST_READ, COPYRIGHT, LINKS, LICENCE = BOX_TEXT
#: Weekdays as portals that capitalise both words print them ("Thứ Hai, 14/03/2019 - 08:30").
WEEKDAYS_CAP = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
#: A body paragraph full of dates that are not the publish date (templates with `old_dates`).
OLD_DATES = ("Căn cứ Kế hoạch số 45/KH-UBND ngày 02 tháng 6 năm 2005 của UBND tỉnh và Công văn số "
             "112/UBND-VX ban hành 28 / 5 / 2008, các cơ quan, đơn vị tiếp tục rà soát kết quả "
             "thực hiện và báo cáo trước 16h30 ngày 15/12/2010.")
CALENDAR = (("07:30", "Họp giao ban Thường trực UBND huyện"), ("14:00", "Tiếp công dân định kỳ"),
            ("08:00", "Kiểm tra tiến độ xây dựng nông thôn mới tại xã Tân Lập"),
            ("15:30", "Làm việc với Phòng Tài nguyên và Môi trường"))
FILE_TYPES = {"pdf": "application/pdf", "doc": "application/msword"}
#: A portal's introduction pages (slug, title, text): the static pages several templates print.
INTRO_PAGES = (
    ("tong-quan", "Tổng quan",
     "Huyện Phú Lâm nằm ở phía tây tỉnh Hà Lâm, diện tích tự nhiên 425 km², dân số hơn 120.000 người."),
    ("co-cau-to-chuc", "Cơ cấu tổ chức",
     "UBND huyện gồm Chủ tịch, 03 Phó Chủ tịch và 12 phòng, ban chuyên môn."),
    ("lich-su", "Lịch sử hình thành",
     "Huyện được thành lập năm 1977 trên cơ sở hợp nhất hai huyện cũ."),
    ("van-ban", "Văn bản chỉ đạo điều hành",
     "Danh sách văn bản quy phạm pháp luật do HĐND, UBND huyện ban hành."),
    ("hoi-dap", "Hỏi đáp trực tuyến",
     "Công dân gửi câu hỏi về thủ tục hành chính; cán bộ chuyên môn trả lời trong 05 ngày làm việc."),
    ("thu-tuc", "Thủ tục hành chính",
     "Bộ thủ tục hành chính cấp huyện gồm 198 thủ tục thuộc 24 lĩnh vực."),
)


@dataclass(frozen=True)
class Section:
    name: str
    slug: str
    key: int


@dataclass(frozen=True)
class Story:
    """One article as one site publishes it: `article` is also its truth (assets at this site's
    paths, tags only when the template prints them)."""

    article: SampleArticle
    key: int
    path: str
    section: Section
    views: int


@dataclass
class Ctx:
    """What any page of a site may show: its sections and stories (newest first)."""

    template: Template
    base_url: str
    sections: list[Section]
    stories: list[Story]

    def abs(self, path: str) -> str:
        return self.base_url + path

    def latest(self, n: int, but: Story | None = None) -> list[Story]:
        return [s for s in self.stories if s is not but][:n]

    def most_read(self, n: int) -> list[Story]:
        return sorted(self.stories, key=lambda s: -s.views)[:n]

    def related(self, story: Story, n: int = 4) -> list[Story]:
        same = [s for s in self.stories if s.section == story.section and s is not story]
        return (same + [s for s in self.stories if s not in same and s is not story])[:n]

    def tags(self) -> list[str]:
        return sorted({t for s in self.stories for t in s.article.tags})

    def authors(self) -> list[str]:
        return sorted({a for s in self.stories for a in s.article.authors})

    def months(self) -> list[str]:
        return sorted({f"{local(s.article.published):%Y-%m}" for s in self.stories}, reverse=True)

    def archive_links(self) -> list[tuple[str, str]]:
        """(label, path) of every month, tag and author archive, for a template's link box."""
        t = self.template
        return ([(f"Tháng {m[5:]}/{m[:4]}", t.archive_path("month", m)) for m in self.months()]
                + [(tag, t.archive_path("tag", tag)) for tag in self.tags()]
                + [(name, t.archive_path("author", name)) for name in self.authors()])

    def nav(self) -> list[tuple[str, str]]:
        """(label, path) of the home page, every section's first page and the static pages."""
        t = self.template
        return ([("Trang chủ", "/")] + [(s.name, t.listing_path(s, 1)) for s in self.sections]
                + [("Lịch công tác", t.static_path("calendar")),
                   ("Tìm kiếm", t.static_path("search")), ("Liên hệ", t.static_path("contact"))])

    def comments(self, story: Story) -> list[tuple[int, datetime, str, str]]:
        """(id, time, reader, text) of the comments under a story, for templates that print them."""
        names = ("Nguyễn Văn Bình", "Lê Thị Lan", "Trần Quốc Hùng")
        return [(story.key * 10 + i, story.article.published + timedelta(hours=3 + 20 * i),
                 names[i], COMMENTS[i]) for i in range((story.key % 3) + 1)]


class Template:
    """How one portal lays out its pages. Subclasses set `name` and override the page methods."""

    name: ClassVar[str]
    site_name: ClassVar[str] = "Cổng thông tin điện tử huyện Phú Lâm"
    charset: ClassVar[str] = "utf-8"
    shows_tags: ClassVar[bool] = True
    #: False for a template whose article pages print no section (no breadcrumb, label or link):
    #: the truth then wants no category, and a guessed one counts as wrong.
    shows_category: ClassVar[bool] = True
    #: False for a template that prints the lead as a bare first paragraph of the text (no class,
    #: style, bold or description sets it apart on the page): a reader sees it as the body's
    #: first paragraph, and so does the truth.
    marks_lead: ClassVar[bool] = True
    #: False for a template whose article pages print no publish date anywhere (no text, meta tag,
    #: `<time>` or structured data): the truth then wants no date, and a date taken from anything
    #: else on the page is not the article's.
    shows_date: ClassVar[bool] = True
    page_size: ClassVar[int] = 5
    old_dates: ClassVar[bool] = False   # every third article opens with OLD_DATES
    replytocom: ClassVar[bool] = False  # each comment's reply link is a duplicate of the article

    # -- addresses ---------------------------------------------------------------------------
    def article_path(self, key: int, slug: str, section: Section, published: datetime) -> str:
        raise NotImplementedError

    def listing_path(self, section: Section, n: int) -> str:
        raise NotImplementedError

    def archive_path(self, kind: str, value: str) -> str:
        """A tag, author or month (YYYY-MM) archive."""
        return f"/{kind}/{slugify(value)}/"

    def static_path(self, kind: str) -> str:
        """The contact, calendar and search pages."""
        return {"contact": "/lien-he", "calendar": "/lich-cong-tac", "search": "/tim?q=covid"}[kind]

    def asset_path(self, url: str) -> str:
        return url

    def other_pages(self, ctx: Ctx) -> list[tuple[str, str, str]]:
        """(path, title, main) of the site's pages that are neither articles nor the listings and
        static pages every site has (introduction, documents, galleries, …): none by default."""
        return []

    # -- markup ------------------------------------------------------------------------------
    def page(self, ctx: Ctx, title: str, main: str, *, canonical: str | None = None,
             story: Story | None = None) -> str:
        """A whole page around `main`; `story` is set on article pages."""
        raise NotImplementedError

    def article(self, ctx: Ctx, story: Story) -> str:
        raise NotImplementedError

    def teaser(self, ctx: Ctx, story: Story) -> str:
        raise NotImplementedError

    def listing(self, ctx: Ctx, heading: str, stories: Sequence[Story], pager: str) -> str:
        items = "\n".join(self.teaser(ctx, s) for s in stories)
        return f'<div class="list-title">{escape(heading)}</div>\n{items}\n{pager}'

    def pager(self, n: int, pages: int, path_of: Callable[[int], str]) -> str:
        links = [f'<a href="{escape(path_of(i))}">{i}</a>' if i != n else f"<b>{i}</b>"
                 for i in range(1, pages + 1)]
        if n < pages:
            links.append(f'<a href="{escape(path_of(n + 1))}">Trang sau »</a>')
        return f'<div class="paging">{" ".join(links)}</div>' if pages > 1 else ""

    def home(self, ctx: Ctx) -> str:
        latest = "\n".join(self.teaser(ctx, s) for s in ctx.latest(8))
        blocks = "".join(
            f'<div class="home-cat"><a href="{escape(self.listing_path(sec, 1))}">'
            f'{escape(sec.name)}</a>\n'
            + "\n".join(self.teaser(ctx, s) for s in [x for x in ctx.stories
                                                        if x.section == sec][:3]) + "</div>\n"
            for sec in ctx.sections[:3])
        return f"{latest}\n{blocks}"

    def static(self, ctx: Ctx, kind: str) -> str:
        if kind == "contact":
            return ("<p>Ủy ban nhân dân huyện Phú Lâm</p><p>Trụ sở: số 02 đường Trần Hưng Đạo, "
                    "thị trấn Phú Lâm, tỉnh Hà Lâm</p><p>Điện thoại: 0203.3850.123 - Fax: "
                    "0203.3850.124</p><form><input name='ten'><textarea name='noidung'></textarea>"
                    "<button>Gửi</button></form>")
        if kind == "calendar":
            monday = local(ctx.stories[0].article.published).date() if ctx.stories else None
            rows = "".join(f"<tr><td>{WEEKDAYS[i % 5]}, {monday + timedelta(days=i % 5):%d/%m/%Y}"
                           f"</td><td>{t}</td><td>{escape(what)}</td></tr>"
                           for i, (t, what) in enumerate(CALENDAR)) if monday else ""
            return (f"<p>Lịch công tác tuần của Thường trực HĐND, UBND huyện</p>"
                    f"<table class='lich'>{rows}</table>")
        return ("<p>Kết quả tìm kiếm cho từ khóa: covid</p>"
                + "\n".join(self.teaser(ctx, s) for s in ctx.stories if "covid" in s.article.slug))

    def encode(self, html: str) -> bytes:
        return html.encode(self.charset)


# -- what templates share: dates, bodies, files ----------------------------------------------------

def local(dt: datetime) -> datetime:
    return dt.astimezone(VN)


def dmy(dt: datetime, sep: str = "/") -> str:
    return f"{local(dt):%d}{sep}{local(dt):%m}{sep}{local(dt):%Y}"


def dmy_short(dt: datetime) -> str:
    """14/3/2019: no leading zeros."""
    d = local(dt)
    return f"{d.day}/{d.month}/{d.year}"


def hm(dt: datetime) -> str:
    return f"{local(dt):%H:%M}"


def clock12(dt: datetime, pad: bool = False) -> str:
    """"8:30" for 08:30 and "4:45" for 16:45 ("08:30", "04:45" with `pad`): the 12-hour clock as a
    Vietnamese locale prints it, followed by `ampm`'s SA or CH."""
    d = local(dt)
    hour = d.hour % 12 or 12
    return f"{hour:02d}:{d.minute:02d}" if pad else f"{hour}:{d.minute:02d}"


def ampm(dt: datetime) -> str:
    """SA (sáng) before noon, CH (chiều) after: the Vietnamese AM/PM."""
    return "SA" if local(dt).hour < 12 else "CH"


def weekday(dt: datetime) -> str:
    return WEEKDAYS[local(dt).weekday()]


def iso(dt: datetime) -> str:
    return local(dt).isoformat()


def day_of(published: datetime) -> datetime:
    """The day of `published` in Vietnam at 00:00 +07:00: the truth of a page that shows the
    day only."""
    d = local(published)
    return datetime(d.year, d.month, d.day, tzinfo=VN)


def cap_weekday(dt: datetime) -> str:
    return WEEKDAYS_CAP[local(dt).weekday()]


def views_text(story: Story) -> str:
    """A view count with a thousands dot, as Vietnamese portals print it."""
    return f"{story.views:,}".replace(",", ".")


def file_name(url: str) -> str:
    return url.rsplit("/", 1)[-1]


def is_image(url: str) -> bool:
    return url.lower().endswith((".jpg", ".jpeg", ".png", ".gif"))

def body(story: Story, para: Callable[[str], str], figure: Callable[[Image], str]) -> str:
    """The article's paragraphs with its images after the first and third paragraphs."""
    a = story.article
    slots = {min(2 * i + 1, len(a.paragraphs)): image for i, image in enumerate(a.images)}
    out = []
    for i, text in enumerate(a.paragraphs):
        if i in slots and i:
            out.append(figure(slots.pop(i)))
        out.append(para(text))
    out += [figure(image) for image in slots.values()]
    return "\n".join(out)


def files(story: Story, link: Callable[[Attachment], str]) -> str:
    return "\n".join(link(f) for f in story.article.attachments)


def authors_text(story: Story) -> str:
    """The names alone, as a template that prints its own label shows them."""
    return " - ".join(story.article.authors)


# -- the site ---------------------------------------------------------------------------------------

@dataclass
class BenchSite(Site):
    """A served template site; `aliases` maps duplicate paths to the article path they copy, and
    `foreign` is text printed around articles that must never reach an article's body."""

    aliases: dict[str, str] = field(default_factory=dict)
    foreign: tuple[str, ...] = ()


def build(template: Template, articles: Iterable[SampleArticle], base_url: str) -> BenchSite:
    """Every page of `template`'s site built from `articles`, and the truth of each article."""
    t, base = template, base_url.rstrip("/")
    newest = sorted(articles, key=lambda a: (a.published, a.slug), reverse=True)
    names = sorted({a.category for a in newest},
                   key=lambda c: (SECTION_ORDER.index(c) if c in SECTION_ORDER else 99, c))
    sections = {n: Section(n, slugify(n), 10 + zlib.crc32(n.encode()) % 90) for n in names}
    stories = []
    for i, a in enumerate(newest):
        key = 1000 + zlib.crc32(a.slug.encode()) % 9000
        sec = sections[a.category]
        shown = dataclasses.replace(
            a, paragraphs=([OLD_DATES] if t.old_dates and i % 3 == 0 else []) + list(a.paragraphs),
            images=[Image(t.asset_path(x.url), x.caption) for x in a.images],
            attachments=[Attachment(t.asset_path(f.url), f.title) for f in a.attachments],
            tags=list(a.tags) if t.shows_tags else [],
            category=a.category if t.shows_category else "")
        stories.append(Story(shown, key, t.article_path(key, a.slug, sec, a.published), sec,
                             views=zlib.crc32(a.title.encode()) % 5000))
    if len({s.path for s in stories}) != len(stories):
        raise ValueError(f"{t.name}: two articles share a path")
    ctx = Ctx(t, base, list(sections.values()), stories)
    pages: dict[str, Page] = {}
    aliases: dict[str, str] = {}
    html_type = f"text/html; charset={t.charset}"

    def add(path: str, title: str, main: str, **kw: object) -> None:
        pages[path] = Page(200, html_type, t.encode(t.page(ctx, title, main, **kw)))

    for s in stories:
        add(s.path, s.article.title, t.article(ctx, s), canonical=ctx.abs(s.path), story=s)
        if t.replytocom:
            for cid, *_ in ctx.comments(s):
                dup = f"{s.path}?replytocom={cid}"
                pages[dup], aliases[dup] = pages[s.path], s.path
    for sec in sections.values():
        _paginate(t, ctx, add, sec.name, [s for s in stories if s.section == sec],
                  lambda n, sec=sec: t.listing_path(sec, n))
    for kind, values, has in (
            ("tag", ctx.tags(), lambda s, v: v in s.article.tags),
            ("author", ctx.authors(), lambda s, v: v in s.article.authors),
            ("month", ctx.months(), lambda s, v: f"{local(s.article.published):%Y-%m}" == v)):
        for v in values:
            path = t.archive_path(kind, v)
            add(path, v, t.listing(ctx, v, [s for s in stories if has(s, v)], ""))
    add("/", t.site_name, t.home(ctx))
    for kind, title in (("contact", "Liên hệ"), ("calendar", "Lịch công tác"),
                        ("search", "Tìm kiếm")):
        add(t.static_path(kind), title, t.static(ctx, kind))
    for path, title, main in t.other_pages(ctx):
        add(path, title, main)
    article_paths = {s.path for s in stories}
    non_articles = sorted(p for p in pages if p not in article_paths and p not in aliases)
    pages["/robots.txt"] = Page(200, "text/plain; charset=utf-8", b"User-agent: *\nDisallow:\n")
    for s in stories:
        for image in s.article.images:
            pages.setdefault(image.url, Page(200, "image/jpeg", JPEG))
        for f in s.article.attachments:
            ext = f.url.rsplit(".", 1)[-1].lower()
            pages.setdefault(f.url, Page(200, FILE_TYPES.get(ext, "application/octet-stream"),
                                         f"%PDF-1.4\n% {f.title}\n%%EOF\n".encode()))
    foreign = (*BOX_TEXT, *COMMENTS)
    return BenchSite(t.name, t.site_name, base, pages,
                     {ctx.abs(s.path): _as_read(t, s.article) for s in stories},
                     set(), non_articles, aliases=aliases, foreign=foreign)


def _as_read(t: Template, a: SampleArticle) -> SampleArticle:
    """The truth of an article as its page shows it: no date where the page prints none
    (`Template.shows_date`), and an unmarked lead is the body's first paragraph
    (`Template.marks_lead`)."""
    if not t.shows_date:
        a = dataclasses.replace(a, published=None)
    if t.marks_lead or not a.summary:
        return a
    return dataclasses.replace(a, summary=None, paragraphs=[a.summary, *a.paragraphs])


def _paginate(t: Template, ctx: Ctx, add: Callable[..., None], heading: str,
              stories: list[Story], path_of: Callable[[int], str]) -> None:
    pages = max(1, -(-len(stories) // t.page_size))
    for n in range(1, pages + 1):
        chunk = stories[(n - 1) * t.page_size:n * t.page_size]
        add(path_of(n), heading, t.listing(ctx, heading, chunk, t.pager(n, pages, path_of)))


def to_cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese Windows software writes it: base letters precomposed where the
    code page has them, tone marks as combining characters; anything else as a character reference."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        marks = "".join(c for c in parts if c in tones)
        out += (base + marks).encode("cp1258", errors="xmlcharrefreplace")
    return bytes(out)


def modified(story: Story) -> datetime:
    """When the editor last touched a story: a day and some hours after it went out (for the
    templates that print an update time beside or after the publish time)."""
    return story.article.published + timedelta(days=1, hours=7, minutes=32)
