# ruff: noqa: E501 - the HTML templates keep the long lines of the pages they imitate
"""The Liferay sample family: asset publishers, `/-/view_content/` articles, `_101_cur` pages."""

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
    named,
    schedule_rows,
    share_links,
    slugify,
    tracked,
)


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
