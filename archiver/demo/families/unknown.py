# ruff: noqa: E501 - the HTML templates keep the long lines of the pages they imitate
"""A family no detector knows: what the generic heuristics must handle alone."""

from __future__ import annotations

from archiver.demo.families.base import (
    SEARCH_PATH,
    Family,
    Unit,
    body_blocks,
    esc,
    link_select,
    local,
    schedule_rows,
    share_links,
    slugify,
    thousands,
    tracked,
)


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
