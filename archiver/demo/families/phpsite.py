# ruff: noqa: E501 - the HTML templates keep the long lines of the pages they imitate
"""The small-PHP sample family: `index.php?com=…` routing, table-ish boxes."""

from __future__ import annotations

from archiver.demo.families.base import (
    SEARCH_PATH,
    Family,
    Unit,
    body_blocks,
    clip,
    dmy,
    esc,
    link_select,
    local,
    share_links,
    tracked,
)


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
