# ruff: noqa: E501 - the HTML templates keep the long lines of the pages they imitate
"""The SharePoint sample family: spans and web parts, `ChiTietTinTuc.aspx?nid=` articles."""

from __future__ import annotations

import base64
import hashlib

from archiver.demo.families.base import (
    SEARCH_PATH,
    Family,
    Unit,
    body_blocks,
    digest,
    dmy,
    dmy_hm,
    esc,
    guid,
    link_select,
    local,
    ncr,
    schedule_rows,
    share_links,
    slugify,
    tracked,
)


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
