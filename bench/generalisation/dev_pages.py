# ruff: noqa: E501 - markup keeps the long lines of the pages it imitates
"""Development material for issue 10's "non-articles archived ≤ 1%": two portals whose sites carry
the page types a government portal serves besides its news (written 2026-11-30 by the tuner of
`archiver.extract.listing`, so they are tuning material, never a held-out figure). `govpages`
was tuned on; `sppages` was written after its rules to try them on other markup, and showed one
gap (an agency's name such as "Sở Nội vụ" after a page's name), since fixed: tuned on too.

Every page type follows a convention of the CMSes Vietnamese portals run on (shared/docs/
portals.md): NukeViet's modules (`about`, `laws`, `download`, `faq`, `photos`, `videos`, `voting`,
`feeds`, `siteinfo`, `users`, `seek`, `contact`, `news/print`), SharePoint's document registers,
Liferay's asset publisher; the addresses use a module router (`index.php?mod=…`) whose words tell
the crawler nothing, so each page must be known by what it shows:
introduction, functions and organisation pages, leaders' profiles, a feedback form, a site map, a
search form, a login form, a legal-document register and its detail pages, a download page, a
week's work schedule, questions and answers, photo and video galleries, poll results, the RSS index
and an article's print view; section listings as a grid of cards whose first card carries a long
summary, archives of a single item, and a home page of boxes.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from html import escape as e

from bench.generalisation.api import Image, slugify
from bench.generalisation.portal import (
    Ctx,
    Section,
    Story,
    Template,
    authors_text,
    body,
    dmy,
    files,
    hm,
    local,
    weekday,
)

INTRO = ("Huyện Phú Lâm nằm ở phía tây nam tỉnh Hà Lâm, có diện tích tự nhiên 452 km², gồm 18 xã "
         "và 2 thị trấn, dân số trên 120.000 người thuộc 5 dân tộc anh em cùng sinh sống đoàn kết.",
         "Trong những năm qua, Đảng bộ và nhân dân huyện đã phát huy truyền thống cách mạng, tập trung "
         "phát triển kinh tế nông nghiệp hàng hóa, dịch vụ du lịch sinh thái và xây dựng nông thôn mới.",
         "Hệ thống giao thông được đầu tư đồng bộ, 100% các xã có đường ô tô đến trung tâm, mạng lưới "
         "trường học, trạm y tế được kiên cố hóa, đời sống vật chất và tinh thần của nhân dân không ngừng "
         "được nâng lên.")
DUTIES = ("Ủy ban nhân dân huyện là cơ quan chấp hành của Hội đồng nhân dân huyện, cơ quan hành chính "
          "nhà nước ở địa phương, chịu trách nhiệm trước Hội đồng nhân dân huyện và Ủy ban nhân dân tỉnh.",
          "Xây dựng, trình Hội đồng nhân dân huyện quyết định các nội dung thuộc thẩm quyền và tổ chức "
          "thực hiện các nghị quyết của Hội đồng nhân dân huyện.",
          "Quản lý nhà nước về kinh tế, văn hóa, xã hội, quốc phòng, an ninh trên địa bàn huyện theo "
          "quy định của pháp luật, thực hiện các nhiệm vụ do cơ quan nhà nước cấp trên phân cấp, ủy quyền.",
          "Tổ chức thực hiện ngân sách huyện, thực hiện các biện pháp phát triển kinh tế, xã hội, kiểm tra "
          "việc chấp hành pháp luật của các cơ quan, tổ chức và công dân trên địa bàn.")
UNITS = (("Văn phòng HĐND và UBND huyện", "Nguyễn Văn Thành", "0203.3850.111"),
         ("Phòng Nội vụ", "Lê Thị Hương", "0203.3850.112"),
         ("Phòng Tài chính - Kế hoạch", "Trần Minh Quân", "0203.3850.113"),
         ("Phòng Tài nguyên và Môi trường", "Phạm Văn Long", "0203.3850.114"),
         ("Phòng Giáo dục và Đào tạo", "Hoàng Thị Mai", "0203.3850.115"),
         ("Phòng Văn hóa và Thông tin", "Đỗ Quang Huy", "0203.3850.116"))
LEADERS = (("Nguyễn Đức Thắng", "Chủ tịch UBND huyện", "Sinh năm 1972, quê quán xã Tân Lập, trình độ thạc sĩ quản lý kinh tế, phụ trách chung và trực tiếp chỉ đạo công tác tổ chức cán bộ, tài chính, quy hoạch của huyện."),
           ("Lê Văn Hải", "Phó Chủ tịch UBND huyện", "Sinh năm 1975, quê quán thị trấn Phú Lâm, kỹ sư nông nghiệp, phụ trách lĩnh vực kinh tế, nông nghiệp, xây dựng nông thôn mới và tài nguyên môi trường."),
           ("Trần Thị Thu", "Phó Chủ tịch UBND huyện", "Sinh năm 1978, quê quán xã Đông Sơn, cử nhân luật, phụ trách lĩnh vực văn hóa, xã hội, giáo dục, y tế, lao động và chính sách xã hội."))
DOCUMENTS = (("45/KH-UBND", "Kế hoạch", "Kế hoạch triển khai thực hiện chuyển đổi số trên địa bàn huyện Phú Lâm năm 2019, định hướng đến năm 2025", "Nguyễn Đức Thắng"),
             ("112/QĐ-UBND", "Quyết định", "Quyết định về việc phê duyệt danh sách hộ nghèo, hộ cận nghèo trên địa bàn huyện năm 2019 theo chuẩn nghèo tiếp cận đa chiều", "Lê Văn Hải"),
             ("28/CV-UBND", "Công văn", "Công văn về việc tăng cường công tác phòng, chống cháy rừng trong mùa khô hanh năm 2019 trên địa bàn các xã vùng cao", "Lê Văn Hải"),
             ("09/TB-UBND", "Thông báo", "Thông báo kết luận của Chủ tịch UBND huyện tại buổi làm việc với các phòng, ban về tiến độ giải ngân vốn đầu tư công", "Nguyễn Đức Thắng"),
             ("15/CT-UBND", "Chỉ thị", "Chỉ thị về việc tăng cường công tác quản lý nhà nước về đất đai, trật tự xây dựng và bảo vệ môi trường trên địa bàn huyện", "Trần Thị Thu"),
             ("77/BC-UBND", "Báo cáo", "Báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội quý I và phương hướng nhiệm vụ quý II năm 2019", "Trần Thị Thu"))
DOWNLOADS = (("Mẫu đơn đề nghị cấp giấy phép xây dựng nhà ở riêng lẻ", "Biểu mẫu dùng cho hộ gia đình, cá nhân đề nghị cấp phép xây dựng nhà ở riêng lẻ tại đô thị và nông thôn.", "45 KB", 312),
             ("Bộ thủ tục hành chính cấp huyện năm 2019", "Danh mục và nội dung chi tiết các thủ tục hành chính thuộc thẩm quyền giải quyết của UBND huyện.", "1,2 MB", 1204),
             ("Phần mềm ký số dành cho cán bộ, công chức", "Bộ cài đặt phần mềm ký số và hướng dẫn sử dụng chữ ký số trong trao đổi văn bản điện tử.", "18 MB", 87),
             ("Tài liệu tuyên truyền phòng, chống dịch bệnh", "Tờ rơi, áp phích tuyên truyền các biện pháp phòng, chống dịch bệnh trong cộng đồng dân cư.", "3,4 MB", 560))
QUESTIONS = (("Thủ tục đăng ký khai sinh cho con khi cha mẹ chưa đăng ký kết hôn như thế nào?", "Nguyễn Thị Hòa", "Thôn Đông, xã Tân Lập",
              "Trường hợp cha mẹ chưa đăng ký kết hôn, việc đăng ký khai sinh cho con được thực hiện tại UBND cấp xã nơi cư trú của người cha hoặc người mẹ. Nếu có người nhận cha thì kết hợp giải quyết việc nhận cha, con và đăng ký khai sinh theo quy định của Luật Hộ tịch năm 2014."),
             ("Hộ gia đình tôi muốn chuyển mục đích sử dụng đất vườn sang đất ở thì cần những giấy tờ gì?", "Trần Văn Bình", "Khu 3, thị trấn Phú Lâm",
              "Hồ sơ gồm đơn xin phép chuyển mục đích sử dụng đất theo mẫu và bản gốc giấy chứng nhận quyền sử dụng đất. Hồ sơ nộp tại Bộ phận tiếp nhận và trả kết quả của UBND huyện, thời gian giải quyết không quá 15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ."),
             ("Người có công với cách mạng được hỗ trợ cải thiện nhà ở theo chính sách nào?", "Lê Văn Tâm", "Thôn Bắc, xã Đông Sơn",
              "Người có công với cách mạng có khó khăn về nhà ở được hỗ trợ theo Quyết định số 22/2013/QĐ-TTg của Thủ tướng Chính phủ. Mức hỗ trợ là 40 triệu đồng đối với trường hợp xây mới và 20 triệu đồng đối với trường hợp sửa chữa nhà ở."))
ALBUMS = (("Hội nghị tổng kết công tác năm 2018", 12), ("Lễ ra quân huấn luyện quân sự năm 2019", 8),
          ("Ngày hội đại đoàn kết toàn dân tộc tại xã Tân Lập", 15), ("Hội xuân truyền thống thị trấn Phú Lâm", 20))
PHOTO_CAPTIONS = ("Quang cảnh hội nghị.", "Đồng chí Chủ tịch UBND huyện phát biểu chỉ đạo.",
                  "Các đại biểu tham quan gian hàng trưng bày sản phẩm.", "Lãnh đạo huyện trao giấy khen cho các tập thể.")
POLL = (("Rất hài lòng", 512), ("Hài lòng", 803), ("Bình thường", 146), ("Chưa hài lòng", 37))


class _WithPrintViews(Template):
    """A portal whose other pages include whole documents of their own (print views), served as
    they are; every other page is framed by `frame`."""

    def page(self, ctx: Ctx, title: str, main: str, *, canonical: str | None = None,
             story: Story | None = None) -> str:
        if main.startswith("<!DOCTYPE"):
            return main  # a print view: a page of its own, no portal around it
        return self.frame(ctx, title, main, canonical=canonical, story=story)

    def frame(self, ctx: Ctx, title: str, main: str, *, canonical: str | None,
              story: Story | None) -> str:
        raise NotImplementedError


class GovPages(_WithPrintViews):
    """A district portal on a module router (`index.php?mod=…`), NukeViet-4-like markup: `h1`
    headline, "Thứ năm - 14/03/2019 08:30" dates, "Tác giả:" lines; the site carries every other
    page type a government portal has (see the module docstring). Section listings are grids of
    cards, the first with its whole lead."""

    name = "govpages"
    site_name = "Cổng thông tin điện tử huyện Phú Lâm"

    def article_path(self, key: int, slug: str, section: Section, published: datetime) -> str:
        return f"/index.php?mod=news&op={section.slug}/{slug}-{key}"

    def listing_path(self, section: Section, n: int) -> str:
        return f"/index.php?mod=news&op={section.slug}" + (f"&p={n}" if n > 1 else "")

    def archive_path(self, kind: str, value: str) -> str:
        return f"/index.php?mod=news&op={ {'tag': 'topic', 'author': 'writer', 'month': 'ngay'}[kind]}/{slugify(value)}"

    def static_path(self, kind: str) -> str:
        return {"contact": "/index.php?mod=contact", "calendar": "/index.php?mod=lich",
                "search": "/index.php?mod=seek&q=covid"}[kind]

    def frame(self, ctx: Ctx, title: str, main: str, *, canonical: str | None,
              story: Story | None) -> str:
        menu = "".join(f'<li><a href="{e(p)}">{e(t)}</a></li>' for t, p in ctx.nav())
        menu += "".join(f'<li><a href="{e(p)}">{e(t)}</a></li>' for t, p in MENU)
        news = "".join(f'<li><a href="{e(s.path)}">{e(s.article.title)}</a> <span class="date">{dmy(s.article.published)}</span></li>' for s in ctx.latest(5, story))
        arch = "".join(f'<li><a href="{e(p)}">{e(t)}</a></li>' for t, p in ctx.archive_links())
        canon = f'<link rel="canonical" href="{e(canonical)}">' if canonical else ""
        return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{e(title)} - {e(self.site_name)}</title>{canon}
<link rel="alternate" type="application/rss+xml" title="Tin tức" href="/rss/news.rss"></head>
<body><div id="wrapper"><div id="header"><a href="/" class="logo">{e(self.site_name)}</a></div>
<div id="menu"><ul class="menu">{menu}</ul></div>
<div id="container"><div class="main-column">{main}</div>
<div class="side-column"><div class="block"><div class="block-title">Tin mới nhất</div><ul>{news}</ul></div>
<div class="block"><div class="block-title">Lưu trữ</div><ul>{arch}</ul></div>
<div class="block"><div class="block-title">Thống kê truy cập</div><p>Đang truy cập: 12</p><p>Tổng lượt truy cập: 845.120</p></div></div></div>
<div id="footer"><p>Bản quyền thuộc Ủy ban nhân dân huyện Phú Lâm</p><p>Giấy phép số 45/GP-TTĐT</p></div></div></body></html>"""

    def article(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        lead = f'<div class="hometext"><b>{e(a.summary)}</b></div>' if a.summary else ""
        text = body(story, lambda p: f"<p>{e(p)}</p>", _figure)
        doc = files(story, lambda f: f'<li><a href="{e(f.url)}">{e(f.title)}</a></li>')
        doc = f'<div class="files"><b>Tệp đính kèm:</b><ul>{doc}</ul></div>' if doc else ""
        author = f'<p class="text-right"><b>Tác giả:</b> {e(authors_text(story))}</p>' if a.authors else ""
        tags = ('<div class="keywords"><b>Từ khóa:</b> ' + ", ".join(f'<a href="{e(self.archive_path("tag", x))}">{e(x)}</a>' for x in a.tags) + "</div>") if a.tags else ""
        others = "".join(f'<li><a href="{e(s.path)}">{e(s.article.title)}</a> ({dmy(s.article.published)})</li>' for s in ctx.related(story))
        tools = f'<div class="tools"><a href="{e(_print_path(story))}">In bài viết</a> | <a href="javascript:window.print()">In trang</a></div>'
        return f"""<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="{e(self.listing_path(story.section, 1))}">{e(story.section.name)}</a></div>
<div class="news-detail"><h1 class="title">{e(a.title)}</h1>
<div class="time">{weekday(a.published)} - {dmy(a.published)} {hm(a.published)}</div>{tools}
{lead}<div class="bodytext">{text}</div>{doc}{author}{tags}</div>
<div class="related"><div class="block-title">Tin liên quan</div><ul>{others}</ul></div>"""

    def teaser(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        return f'<div class="card"><a href="{e(story.path)}"><img src="/thumb/{story.key}.jpg" alt=""></a><h3><a href="{e(story.path)}">{e(a.title)}</a></h3><span class="date">{dmy(a.published)}</span></div>'

    def listing(self, ctx: Ctx, heading: str, stories: list[Story], pager: str) -> str:
        if not stories:
            return f"<h1>{e(heading)}</h1>"
        first, rest = stories[0], stories[1:]
        a = first.article
        lead = " ".join([a.summary or "", *a.paragraphs[:1]])
        featured = f'<div class="featured"><a href="{e(first.path)}"><img src="/thumb/{first.key}.jpg" alt=""></a><h2><a href="{e(first.path)}">{e(a.title)}</a></h2><div class="time">{weekday(a.published)} - {dmy(a.published)} {hm(a.published)}</div><p>{e(lead)}</p></div>'
        cards = "".join(self.teaser(ctx, s) for s in rest)
        more = f'<a class="more" href="{e(self.listing_path(first.section, 1))}">Xem thêm</a>'
        return f'<h1 class="cat-title">{e(heading)}</h1>{featured}<div class="grid">{cards}</div>{more}{pager}'

    def other_pages(self, ctx: Ctx) -> list[tuple[str, str, str]]:
        pages = [(p, t, make(self, ctx)) for t, p, make in _PAGES]
        pages += [(f"/index.php?mod=laws&op=detail&id={i}", number, _document(i)) for i, (number, *_) in enumerate(DOCUMENTS)]
        pages += [(f"/index.php?mod=faq&id={i}", q, _question(i)) for i, (q, *_) in enumerate(QUESTIONS)]
        pages += [(f"/index.php?mod=photos&op=album&id={i}", name, _album(i)) for i, (name, _) in enumerate(ALBUMS)]
        pages += [(f"/index.php?mod=videos&id={i}", name, _video(i)) for i, (name, _) in enumerate(ALBUMS[:2])]
        pages += [(_print_path(s), s.article.title, _print_view(s)) for s in ctx.stories]
        return pages


def _print_path(story: Story) -> str:
    return f"/index.php?mod=news&op=inbai&id={story.key}"


def _print_view(story: Story) -> str:
    """An article's print view (NukeViet's `news/print`): the article alone, printed as it loads,
    with no canonical link."""
    a = story.article
    text = "".join(f"<p>{e(p)}</p>" for p in a.paragraphs)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{e(a.title)}</title></head>
<body onload="window.print()"><div id="print"><div class="logo">Cổng thông tin điện tử huyện Phú Lâm</div>
<h1>{e(a.title)}</h1><p class="time">{weekday(a.published)} - {dmy(a.published)} {hm(a.published)}</p>
<p><b>{e(a.summary or "")}</b></p>{text}<p class="text-right"><b>{e(authors_text(story))}</b></p>
<p class="url">Địa chỉ bài viết: {e(story.path)}</p><a href="javascript:window.print()">In trang</a> <a href="javascript:window.close()">Đóng cửa sổ</a></div></body></html>"""


def _figure(image: Image) -> str:
    caption = f"<figcaption>{e(image.caption)}</figcaption>" if image.caption else ""
    return f'<figure><img src="{e(image.url)}" alt="">{caption}</figure>'


def _updated(days: int) -> str:
    when = datetime(2019, 1, 7, 9, 15) + timedelta(days=days)
    return f'<div class="time">Cập nhật: {when:%d/%m/%Y %H:%M}</div>'


def _intro(t: GovPages, ctx: Ctx) -> str:
    return f'<h1 class="title">Giới thiệu chung</h1>{_updated(0)}<div class="bodytext">' + "".join(f"<p>{e(p)}</p>" for p in INTRO) + "</div>"


def _duties(t: GovPages, ctx: Ctx) -> str:
    items = "".join(f"<li>{e(p)}</li>" for p in DUTIES[1:])
    return f'<h1 class="title">Chức năng, nhiệm vụ</h1>{_updated(3)}<div class="bodytext"><p>{e(DUTIES[0])}</p><ol>{items}</ol></div>'


def _organisation(t: GovPages, ctx: Ctx) -> str:
    rows = "".join(f"<tr><td>{i + 1}</td><td>{e(u)}</td><td>{e(head)}</td><td>{e(tel)}</td></tr>" for i, (u, head, tel) in enumerate(UNITS))
    return f'<h1 class="title">Cơ cấu tổ chức</h1>{_updated(5)}<p>Cơ cấu tổ chức của Ủy ban nhân dân huyện gồm Chủ tịch, các Phó Chủ tịch, các Ủy viên và 12 cơ quan chuyên môn trực thuộc.</p><table class="table"><tr><th>STT</th><th>Đơn vị</th><th>Trưởng phòng</th><th>Điện thoại</th></tr>{rows}</table>'


def _leaders(t: GovPages, ctx: Ctx) -> str:
    cards = "".join(f'<div class="leader"><img src="/uploads/lanhdao/{i}.jpg" alt="{e(n)}"><div class="info"><p class="name"><b>{e(n)}</b></p><p>Chức vụ: {e(role)}</p><p>Điện thoại: 0203.3850.{120 + i}</p><p>Email: lanhdao{i}@phulam.gov.vn</p><p>{e(bio)}</p></div></div>' for i, (n, role, bio) in enumerate(LEADERS))
    return f'<h1 class="title">Lãnh đạo UBND huyện</h1>{cards}'


def _feedback(t: GovPages, ctx: Ctx) -> str:
    return ('<h1 class="title">Gửi ý kiến</h1><p>Mọi ý kiến đóng góp, phản ánh, kiến nghị của tổ chức, công dân xin gửi về Ban biên tập Cổng thông tin điện tử huyện theo mẫu dưới đây. Ban biên tập sẽ chuyển đến cơ quan có thẩm quyền xem xét, trả lời trong thời gian sớm nhất.</p><p>Ý kiến gửi đến phải ghi rõ họ tên, địa chỉ, số điện thoại liên hệ của người gửi; nội dung rõ ràng, không vi phạm quy định của pháp luật. Những ý kiến không đủ thông tin sẽ không được xem xét, trả lời.</p>'
            '<form method="post" action="/index.php?mod=feedback"><p><label>Họ và tên (*)</label><input type="text" name="fname"></p><p><label>Địa chỉ</label><input type="text" name="address"></p>'
            '<p><label>Email (*)</label><input type="email" name="email"></p><p><label>Điện thoại</label><input type="text" name="phone"></p><p><label>Tiêu đề (*)</label><input type="text" name="subject"></p>'
            '<p><label>Nội dung (*)</label><textarea name="content" rows="8"></textarea></p><p><label>Mã xác nhận</label><input type="text" name="captcha"> <img src="/captcha.php" alt=""></p><p><input type="submit" value="Gửi ý kiến"> <input type="reset" value="Nhập lại"></p></form>')


def _sitemap(t: GovPages, ctx: Ctx) -> str:
    items = "".join(f'<li><a href="{e(p)}">{e(n)}</a></li>' for n, p in ctx.nav())
    items += "".join(f'<li><a href="{e(p)}">{e(n)}</a></li>' for n, p in MENU)
    return f'<h1 class="title">Sơ đồ cổng thông tin</h1><ul class="sitemap">{items}</ul>'


def _find(t: GovPages, ctx: Ctx) -> str:
    options = "".join(f"<option>{e(s.name)}</option>" for s in ctx.sections)
    return (f'<h1 class="title">Tìm kiếm nâng cao</h1><form action="/index.php" method="get"><input type="hidden" name="mod" value="seek">'
            f'<p><label>Từ khóa</label><input type="text" name="q"></p><p><label>Chuyên mục</label><select name="cat"><option>Tất cả</option>{options}</select></p>'
            '<p><label>Từ ngày</label><input type="text" name="from" placeholder="dd/mm/yyyy"> <label>Đến ngày</label><input type="text" name="to" placeholder="dd/mm/yyyy"></p><p><input type="submit" value="Tìm kiếm"></p></form>'
            '<p>Nhập từ khóa cần tìm, có thể gõ tiếng Việt có dấu hoặc không dấu. Để tìm chính xác một cụm từ, hãy đặt cụm từ đó trong dấu ngoặc kép.</p>')


def _login(t: GovPages, ctx: Ctx) -> str:
    return ('<h1 class="title">Thành viên</h1><form method="post" action="/index.php?mod=users"><p><label>Tên đăng nhập</label><input type="text" name="nv_login"></p>'
            '<p><label>Mật khẩu</label><input type="password" name="nv_password"></p><p><input type="checkbox" name="remember"> Ghi nhớ</p><p><input type="submit" value="Đăng nhập"></p></form>'
            '<p><a href="/index.php?mod=users&op=lostpass">Quên mật khẩu?</a> | <a href="/index.php?mod=users&op=register">Đăng ký thành viên</a></p>')


def _register(t: GovPages, ctx: Ctx) -> str:
    rows = "".join(f'<tr><td>{i + 1}</td><td><a href="/index.php?mod=laws&op=detail&id={i}">{e(number)}</a></td><td>{14 - i:02d}/03/2019</td><td><a href="/index.php?mod=laws&op=detail&id={i}">{e(summary)}</a></td><td><a href="/uploads/vanban/{slugify(number)}.pdf">Tải về</a></td></tr>' for i, (number, _, summary, _) in enumerate(DOCUMENTS))
    return f'<h1 class="title">Văn bản chỉ đạo điều hành</h1><table class="table"><tr><th>STT</th><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tệp</th></tr>{rows}</table>'


def _document(i: int) -> str:
    number, kind, summary, signer = DOCUMENTS[i]
    rows = (("Số ký hiệu", number), ("Ngày ban hành", f"{14 - i:02d}/03/2019"), ("Ngày có hiệu lực", f"{14 - i:02d}/03/2019"),
            ("Loại văn bản", kind), ("Cơ quan ban hành", "UBND huyện Phú Lâm"), ("Người ký", signer), ("Trích yếu", summary))
    cells = "".join(f"<tr><td class='label'>{e(k)}</td><td>{e(v)}</td></tr>" for k, v in rows)
    return (f'<h1 class="title">{e(kind)} số {e(number)}</h1><table class="table">{cells}'
            f'<tr><td class="label">Tệp đính kèm</td><td><a href="/uploads/vanban/{slugify(number)}.pdf">{e(slugify(number))}.pdf</a></td></tr></table>'
            '<p>Đây là văn bản có hiệu lực. Đề nghị các cơ quan, đơn vị, UBND các xã, thị trấn nghiêm túc triển khai thực hiện và báo cáo kết quả về UBND huyện (qua Văn phòng HĐND và UBND huyện) theo quy định.</p>')


def _downloads(t: GovPages, ctx: Ctx) -> str:
    items = "".join(f'<div class="download-item"><h3><a href="/index.php?mod=download&id={i}">{e(name)}</a></h3><p>{e(desc)}</p><p>Dung lượng: {size} | Lượt tải: {n} | Cập nhật: {10 + i:02d}/03/2019</p><a class="btn" href="/uploads/download/{i}.zip">Tải về</a></div>' for i, (name, desc, size, n) in enumerate(DOWNLOADS))
    return f'<h1 class="title">Tài liệu tải về</h1>{items}'


def _schedule(t: GovPages, ctx: Ctx) -> str:
    monday = local(ctx.stories[0].article.published).date() if ctx.stories else datetime(2019, 3, 11).date()
    monday -= timedelta(days=monday.weekday())
    jobs = (("07:30", "Chủ tịch UBND huyện chủ trì họp giao ban Thường trực UBND huyện", "Phòng họp số 1"),
            ("14:00", "Phó Chủ tịch UBND huyện Lê Văn Hải kiểm tra tiến độ xây dựng nông thôn mới tại xã Tân Lập", "Xã Tân Lập"),
            ("08:00", "Phó Chủ tịch UBND huyện Trần Thị Thu dự hội nghị tổng kết công tác y tế năm 2018", "Trung tâm Y tế huyện"),
            ("15:30", "Chủ tịch UBND huyện tiếp công dân định kỳ theo quy định", "Trụ sở tiếp công dân"))
    rows = "".join(f"<tr><td>{weekday(datetime(monday.year, monday.month, monday.day, tzinfo=local(ctx.stories[0].article.published).tzinfo) + timedelta(days=d)) if ctx.stories else ''}<br>{monday + timedelta(days=d):%d/%m/%Y}</td><td>{when}</td><td>{e(what)}</td><td>{e(where)}</td></tr>" for d, (when, what, where) in enumerate(jobs))
    return f'<h1 class="title">Lịch làm việc tuần {monday:%W} năm {monday:%Y}</h1><table class="table"><tr><th>Ngày</th><th>Giờ</th><th>Nội dung</th><th>Địa điểm</th></tr>{rows}</table>'


def _faq(t: GovPages, ctx: Ctx) -> str:
    items = "".join(f'<div class="faq-item"><h3><a href="/index.php?mod=faq&id={i}">{e(q)}</a></h3><p class="asker">Người hỏi: {e(who)} - {e(where)} | Ngày gửi: {12 - i:02d}/03/2019</p><p><b>Trả lời:</b> {e(answer[:160])}…</p></div>' for i, (q, who, where, answer) in enumerate(QUESTIONS))
    return f'<h1 class="title">Hỏi đáp</h1>{items}<p><a href="/index.php?mod=faq&op=send">Gửi câu hỏi</a></p>'


def _question(i: int) -> str:
    q, who, where, answer = QUESTIONS[i]
    return (f'<h1 class="title">{e(q)}</h1><div class="question"><p><b>Người hỏi:</b> {e(who)} - {e(where)}</p><p><b>Ngày gửi:</b> {12 - i:02d}/03/2019 09:{10 + i}</p>'
            f'<p><b>Câu hỏi:</b> {e(q)} Kính mong cơ quan chức năng hướng dẫn cụ thể để gia đình tôi thực hiện đúng quy định của pháp luật.</p></div>'
            f'<div class="answer"><p><b>Trả lời:</b></p><p>{e(answer)}</p><p>Cơ quan trả lời: Văn phòng HĐND và UBND huyện</p></div>')


def _photos(t: GovPages, ctx: Ctx) -> str:
    cards = "".join(f'<div class="album"><a href="/index.php?mod=photos&op=album&id={i}"><img src="/uploads/album/{i}/cover.jpg" alt=""></a><h3><a href="/index.php?mod=photos&op=album&id={i}">{e(name)}</a></h3><span>{n} ảnh | {10 + i:02d}/03/2019</span></div>' for i, (name, n) in enumerate(ALBUMS))
    return f'<h1 class="title">Thư viện ảnh</h1><div class="albums">{cards}</div>'


def _album(i: int) -> str:
    name, n = ALBUMS[i]
    shots = "".join(f'<div class="photo"><a href="/uploads/album/{i}/{k}.jpg"><img src="/uploads/album/{i}/thumb{k}.jpg" alt=""></a><p class="caption">{e(c)}</p></div>' for k, c in enumerate(PHOTO_CAPTIONS + PHOTO_CAPTIONS[:i]))
    return f'<h1 class="title">{e(name)}</h1><p class="time">Ngày đăng: {10 + i:02d}/03/2019 | {n} ảnh</p><div class="photos">{shots}</div><p>Một số hình ảnh tại {e(name[0].lower() + name[1:])} do phóng viên Trung tâm Văn hóa - Thông tin huyện ghi lại. Bạn đọc có thể bấm vào từng ảnh để xem ở kích thước đầy đủ, hoặc tải về để sử dụng cho mục đích tuyên truyền, ghi rõ nguồn Cổng thông tin điện tử huyện.</p>'


def _videos(t: GovPages, ctx: Ctx) -> str:
    cards = "".join(f'<div class="video-item"><a href="/index.php?mod=videos&id={i}"><img src="/uploads/video/{i}.jpg" alt=""><span class="play">▶</span></a><h3><a href="/index.php?mod=videos&id={i}">{e(name)}</a></h3><span>{10 + i:02d}/03/2019</span></div>' for i, (name, _) in enumerate(ALBUMS[:2]))
    return f'<h1 class="title">Video</h1><div class="videos">{cards}</div>'


def _video(i: int) -> str:
    name, _ = ALBUMS[i]
    return (f'<h1 class="title">{e(name)}</h1><p class="time">{10 + i:02d}/03/2019 10:00 | Lượt xem: 1.{200 + i}</p><div class="player"><video controls width="640" poster="/uploads/video/{i}.jpg"><source src="/uploads/video/{i}.mp4" type="video/mp4"></video></div>'
            f'<p>Phóng sự của Trung tâm Văn hóa - Thông tin và Thể thao huyện về {e(name[0].lower() + name[1:])}, với sự tham gia của đông đảo cán bộ và nhân dân trên địa bàn huyện.</p>')


def _poll(t: GovPages, ctx: Ctx) -> str:
    total = sum(n for _, n in POLL)
    rows = "".join(f'<tr><td>{e(answer)}</td><td><div class="bar" style="width:{100 * n // total}%"></div></td><td>{n} phiếu ({100 * n / total:.1f}%)</td></tr>' for answer, n in POLL)
    return f'<h1 class="title">Kết quả thăm dò ý kiến</h1><p class="question">Bạn đánh giá thế nào về chất lượng giải quyết thủ tục hành chính tại Bộ phận một cửa của huyện?</p><table class="poll">{rows}</table><p>Tổng số phiếu: {total:,}</p>'.replace(",", ".")


def _feeds(t: GovPages, ctx: Ctx) -> str:
    items = "".join(f'<li><img src="/images/rss.png" alt="RSS"> <a href="/rss/{s.slug}.rss">{e(s.name)}</a></li>' for s in ctx.sections)
    return ('<h1 class="title">RSS</h1><p>RSS (Really Simple Syndication) là định dạng dữ liệu dựa theo chuẩn XML được sử dụng để chia sẻ và phát tán nội dung Web. Bạn có thể dùng các phần mềm đọc tin để nhận tin mới nhất từ Cổng thông tin điện tử huyện mà không cần truy cập trang web.</p>'
            f'<ul class="feeds">{items}</ul>')


class SharePointPages(_WithPrintViews):
    """A provincial department portal on SharePoint (the whole page inside ASP.NET's form, spans
    and `div` label/value pairs, `/Pages/*.aspx` addresses), written after `GovPages` to check
    its rules on markup they were not tuned on: the same page types, none in a `<table>` except
    the schedule, documents and Q&A as `div` rows with classes, a print view printing itself
    from a script."""

    name = "sppages"
    site_name = "Cổng thông tin điện tử Sở Nội vụ tỉnh Hà Lâm"
    shows_tags = False

    def article_path(self, key: int, slug: str, section: Section, published: datetime) -> str:
        return f"/Pages/ChiTiet.aspx?ItemID={key}&CateID={section.key}"

    def listing_path(self, section: Section, n: int) -> str:
        return f"/Pages/DanhSach.aspx?CateID={section.key}" + (f"&PageIndex={n}" if n > 1 else "")

    def archive_path(self, kind: str, value: str) -> str:
        return f"/Pages/LuuTru.aspx?{kind}={slugify(value)}"

    def static_path(self, kind: str) -> str:
        return {"contact": "/Pages/LienHe.aspx", "calendar": "/Pages/LichCongTac.aspx",
                "search": "/Pages/TimKiem.aspx?k=covid"}[kind]

    def frame(self, ctx: Ctx, title: str, main: str, *, canonical: str | None,
              story: Story | None) -> str:
        nav = "".join(f'<li class="static"><a class="static menu-item" href="{e(p)}"><span class="menu-item-text">{e(t)}</span></a></li>' for t, p in (*ctx.nav(), *SP_MENU))
        news = "".join(f'<div class="item-news"><a href="{e(s.path)}">{e(s.article.title)}</a><span class="date-news">({dmy(s.article.published)})</span></div>' for s in ctx.latest(5, story))
        return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="GENERATOR" content="Microsoft SharePoint"><title>{e(title)}</title></head>
<body><form method="post" action="./" id="aspnetForm"><input type="hidden" name="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIBD2QWBAIBD2QWAg">
<div id="s4-workspace"><div class="header-top"><span class="site-name">{e(self.site_name)}</span><span class="search-box"><input type="text" name="k" title="Tìm kiếm"><input type="submit" value="Tìm"></span></div>
<div class="ms-topNavContainer"><ul class="root static">{nav}</ul></div>
<div class="row-content"><div class="col-left" id="ctl00_PlaceHolderMain_g_5d2e">{main}</div>
<div class="col-right"><div class="box-right"><div class="title-box">Tin mới cập nhật</div>{news}</div>
<div class="box-right"><div class="title-box">Thống kê truy cập</div><span>Đang truy cập: 31</span> <span>Tổng lượt truy cập: 1.203.554</span></div></div></div>
<div class="footer"><span>Bản quyền thuộc Sở Nội vụ tỉnh Hà Lâm</span> <span>Giấy phép số 45/GP-TTĐT</span></div></div></form></body></html>"""

    def article(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        lead = f'<div class="news-summary"><strong>{e(a.summary)}</strong></div>' if a.summary else ""
        text = body(story, lambda p: f'<p class="MsoNormal" style="text-align:justify">{e(p)}</p>', _figure)
        doc = files(story, lambda f: f'<div class="file-item"><a href="{e(f.url)}">{e(f.title)}</a></div>')
        doc = f'<div class="news-files"><span class="lbl">Văn bản đính kèm:</span>{doc}</div>' if doc else ""
        sign = f'<p class="MsoNormal" style="text-align:right"><b>{e(a.byline)}</b></p>' if a.byline else ""
        others = "".join(f'<div class="item-news"><a href="{e(s.path)}">{e(s.article.title)}</a><span class="date-news">({dmy(s.article.published)})</span></div>' for s in ctx.related(story))
        return f"""<div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="{e(self.listing_path(story.section, 1))}">{e(story.section.name)}</a></div>
<div class="news-detail"><span class="news-title">{e(a.title)}</span>
<div class="news-date">Ngày đăng: {dmy(a.published)} {hm(a.published)} <a href="{e(_sp_print_path(story))}" target="_blank">In bài</a></div>
{lead}<div class="ExternalClass3F2A9C1B">{text}{sign}</div>{doc}</div>
<div class="other-news"><div class="title-box">Tin khác</div>{others}</div>"""

    def teaser(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        return f'<div class="list-item"><a class="title-item" href="{e(story.path)}">{e(a.title)}</a><span class="date-item">{dmy(a.published)} {hm(a.published)}</span><div class="sum-item">{e(a.summary or "")}</div></div>'

    def listing(self, ctx: Ctx, heading: str, stories: list[Story], pager: str) -> str:
        rows = "".join(f'<tr><td class="stt">{i + 1}</td><td><a href="{e(s.path)}">{e(s.article.title)}</a></td><td>{dmy(s.article.published)}</td></tr>' for i, s in enumerate(stories))
        return f'<div class="list-title">{e(heading)}</div><table class="list-news">{rows}</table>{pager}'

    def other_pages(self, ctx: Ctx) -> list[tuple[str, str, str]]:
        pages = [(p, t, make(self, ctx)) for t, p, make in _SP_PAGES]
        pages += [(f"/Pages/VanBan.aspx?ItemID={i}", number, _sp_document(i)) for i, (number, *_) in enumerate(DOCUMENTS)]
        pages += [(f"/Pages/HoiDap.aspx?ItemID={i}", q, _sp_question(i)) for i, (q, *_) in enumerate(QUESTIONS)]
        pages += [(f"/Pages/Album.aspx?ItemID={i}", name, _sp_album(i)) for i, (name, _) in enumerate(ALBUMS)]
        pages += [(_sp_print_path(s), s.article.title, _sp_print(s)) for s in ctx.stories]
        return pages


def _sp_print_path(story: Story) -> str:
    return f"/Pages/BanIn.aspx?ItemID={story.key}"


def _sp_print(story: Story) -> str:
    a = story.article
    text = "".join(f"<p>{e(p)}</p>" for p in a.paragraphs)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{e(a.title)}</title>
<script type="text/javascript">window.onload = function () {{ window.print(); }};</script></head>
<body><div class="print-page"><span class="news-title">{e(a.title)}</span><div class="news-date">Ngày đăng: {dmy(a.published)} {hm(a.published)}</div>
<div class="news-summary"><strong>{e(a.summary or "")}</strong></div>{text}<p style="text-align:right"><b>{e(a.byline or "")}</b></p></div></body></html>"""


def _sp_static(title: str, dated: bool, inner: str) -> str:
    date = '<div class="news-date">Ngày đăng: 07/01/2019 09:15</div>' if dated else ""
    return f'<div class="news-detail"><span class="news-title">{e(title)}</span>{date}<div class="ExternalClass77AB">{inner}</div></div>'


def _sp_intro(t: Template, ctx: Ctx) -> str:
    return _sp_static("Giới thiệu chung Sở Nội vụ", True, "".join(f'<p class="MsoNormal">{e(p)}</p>' for p in INTRO))


def _sp_duties(t: Template, ctx: Ctx) -> str:
    return _sp_static("Chức năng, nhiệm vụ, quyền hạn", True, "".join(f'<p class="MsoNormal">{e(p)}</p>' for p in DUTIES))


def _sp_leaders(t: Template, ctx: Ctx) -> str:
    cards = "".join(f'<div class="leader-item"><img src="/PublishingImages/lanhdao{i}.jpg" alt=""><span class="leader-name">{e(n)}</span><span class="leader-role">{e(role)}</span><p class="MsoNormal">{e(bio)}</p></div>' for i, (n, role, bio) in enumerate(LEADERS))
    return _sp_static("Ban lãnh đạo", True, cards)


def _sp_contact(t: Template, ctx: Ctx) -> str:
    fields = "".join(f'<div class="form-row"><span class="lbl">{lbl}</span><input type="text" name="ctl00$txt{k}"></div>' for k, lbl in enumerate(("Họ tên", "Email", "Điện thoại", "Tiêu đề")))
    return _sp_static("Góp ý, phản ánh của công dân", True, f'<p class="MsoNormal">{e(INTRO[0])}</p><p class="MsoNormal">Ban biên tập tiếp nhận mọi ý kiến đóng góp của tổ chức, công dân gửi qua biểu mẫu dưới đây và chuyển đến cơ quan có thẩm quyền để trả lời theo quy định.</p>{fields}<div class="form-row"><span class="lbl">Nội dung</span><textarea name="ctl00$txtND"></textarea></div><input type="submit" name="ctl00$btnGui" value="Gửi">')


def _sp_schedule(t: Template, ctx: Ctx) -> str:
    rows = "".join(f"<tr><td>Thứ {d + 2}, ngày {11 + d}/03/2019, buổi sáng từ 07 giờ 30</td><td>{e(LEADERS[d % 3][0])} - {e(LEADERS[d % 3][1])} chủ trì họp giao ban với các phòng chuyên môn của Sở về công tác tháng {d + 3}</td><td>Phòng họp tầng {d + 1}, trụ sở Sở Nội vụ, thành phần: lãnh đạo các phòng</td></tr>" for d in range(5))
    return _sp_static("Lịch làm việc của Ban Giám đốc Sở tuần 11", False, f'<table class="ms-rteTable-default">{rows}</table>')


def _sp_poll(t: Template, ctx: Ctx) -> str:
    total = sum(n for _, n in POLL)
    rows = "".join(f'<div class="poll-row"><span>{e(answer)}</span> <span>{n} phiếu</span> <span>{100 * n / total:.1f}%</span></div>' for answer, n in POLL)
    return _sp_static("Kết quả thăm dò", True, f'<p class="MsoNormal">Bạn đánh giá thế nào về chất lượng giải quyết thủ tục hành chính tại Bộ phận một cửa của Sở Nội vụ tỉnh Hà Lâm trong năm 2018 vừa qua?</p>{rows}<p class="MsoNormal">Tổng số phiếu: {total}. Cảm ơn bạn đọc đã tham gia bình chọn, ý kiến của bạn giúp chúng tôi cải thiện chất lượng phục vụ.</p>')


def _sp_document(i: int) -> str:
    number, kind, summary, signer = DOCUMENTS[i]
    rows = (("Số hiệu", number), ("Ngày ban hành", f"{14 - i:02d}/03/2019"), ("Loại văn bản", kind),
            ("Lĩnh vực", "Tổ chức bộ máy"), ("Cơ quan ban hành", "Sở Nội vụ tỉnh Hà Lâm"), ("Người ký", signer), ("Trích yếu", summary))
    cells = "".join(f'<div class="vb-row"><span class="vb-label">{e(k)}:</span> <span class="vb-value">{e(v)}</span></div>' for k, v in rows)
    return _sp_static(f"{kind} {number}", True, f'{cells}<div class="vb-row"><span class="vb-label">Tệp đính kèm:</span> <a href="/VanBan/{slugify(number)}.pdf">{e(slugify(number))}.pdf</a></div>')


def _sp_question(i: int) -> str:
    q, who, where, answer = QUESTIONS[i]
    return _sp_static(q, True, f'<div class="hd-row"><span class="hd-label">Người gửi:</span> {e(who)}, {e(where)}</div><div class="hd-row"><span class="hd-label">Câu hỏi:</span> {e(q)} Xin cơ quan chức năng giải đáp giúp.</div><div class="hd-row"><span class="hd-label">Trả lời:</span> {e(answer)}</div>')


def _sp_album(i: int) -> str:
    name, _ = ALBUMS[i]
    shots = "".join(f'<a class="fancybox" rel="album" href="/PublishingImages/Album/{i}/{k}.jpg" title="{e(c)}"><img src="/PublishingImages/Album/{i}/{k}_thumb.jpg" alt="{e(c)}"></a>' for k, c in enumerate(PHOTO_CAPTIONS * 2))
    return _sp_static(name, True, f'<p class="MsoNormal">Một số hình ảnh tại {e(name[0].lower() + name[1:])}, do Văn phòng Sở ghi lại. Bấm vào ảnh để xem kích thước đầy đủ; ảnh được phép sử dụng cho mục đích tuyên truyền khi ghi rõ nguồn.</p><div class="album-photos">{shots}</div>')


_SP_PAGES = (("Giới thiệu chung Sở Nội vụ", "/Pages/GioiThieu.aspx", _sp_intro),
             ("Chức năng, nhiệm vụ, quyền hạn", "/Pages/ChucNang.aspx", _sp_duties),
             ("Ban lãnh đạo", "/Pages/LanhDao.aspx", _sp_leaders),
             ("Góp ý", "/Pages/YKien.aspx", _sp_contact),
             ("Lịch làm việc", "/Pages/LichLamViec.aspx", _sp_schedule),
             ("Thăm dò", "/Pages/BinhChon.aspx", _sp_poll))
SP_MENU = tuple((t, p) for t, p, _ in _SP_PAGES)

#: (title, path, builder) of every other page, in the site's menu order.
_PAGES = (("Giới thiệu chung", "/index.php?mod=about&op=gioi-thieu-chung", _intro),
          ("Chức năng, nhiệm vụ", "/index.php?mod=about&op=chuc-nang-nhiem-vu", _duties),
          ("Cơ cấu tổ chức", "/index.php?mod=about&op=co-cau-to-chuc", _organisation),
          ("Lãnh đạo UBND huyện", "/index.php?mod=leaders", _leaders),
          ("Gửi ý kiến", "/index.php?mod=feedback", _feedback),
          ("Sơ đồ cổng thông tin", "/index.php?mod=siteinfo", _sitemap),
          ("Tìm kiếm nâng cao", "/index.php?mod=find", _find),
          ("Thành viên", "/index.php?mod=users", _login),
          ("Văn bản chỉ đạo điều hành", "/index.php?mod=laws", _register),
          ("Tài liệu tải về", "/index.php?mod=download", _downloads),
          ("Lịch làm việc", "/index.php?mod=week", _schedule),
          ("Hỏi đáp", "/index.php?mod=faq", _faq),
          ("Thư viện ảnh", "/index.php?mod=photos", _photos),
          ("Video", "/index.php?mod=videos", _videos),
          ("Thăm dò ý kiến", "/index.php?mod=voting", _poll),
          ("RSS", "/index.php?mod=feeds", _feeds))
MENU = tuple((t, p) for t, p, _ in _PAGES)

TEMPLATES: tuple[Template, ...] = (GovPages(), SharePointPages())
