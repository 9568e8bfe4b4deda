# ruff: noqa: E501 - the HTML templates keep the long lines of the pages they imitate
"""The NukeViet sample family: `/vi/news/<cat>/<alias>-<id>.html`, print views, counters."""

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
    schedule_rows,
    share_links,
    slugify,
    tracked,
    weekday_dmy_hm,
)


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
