# ruff: noqa: E501 - markup keeps the long lines of the pages it imitates
"""Development templates: the extractor's developer may read these and tune against them.

Each imitates a kind of Vietnamese portal seen in the wild (shared/docs/portals.md); their scores
are useful while developing, but the honest figures come from the held-out templates.
"""

from __future__ import annotations

import json
import unicodedata
import zlib
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
    dmy_short,
    files,
    hm,
    iso,
    local,
    to_cp1258,
    weekday,
)


class OldTown(Template):
    """An old town portal built with tables: no headings anywhere, the headline a bold cell,
    "Cập nhật lúc 08:30 ngày 14/3/2019", a bare right-aligned name closing the article."""

    name = "oldtown"
    site_name = "Cổng thông tin điện tử thị trấn Phú Lâm"
    old_dates = True

    def article_path(self, key: int, slug: str, section: Section, published: datetime) -> str:
        return f"/index.php?option=tin&task=view&id={key}"

    def listing_path(self, section: Section, n: int) -> str:
        return f"/index.php?option=tin&cat={section.key}" + (f"&page={n}" if n > 1 else "")

    def archive_path(self, kind: str, value: str) -> str:
        return f"/index.php?option={kind}&q={slugify(value)}"

    def static_path(self, kind: str) -> str:
        return f"/index.php?option={kind}" + ("&q=covid" if kind == "search" else "")

    def page(self, ctx: Ctx, title: str, main: str, *, canonical: str | None = None,
             story: Story | None = None) -> str:
        menu = " | ".join(f'<a href="{e(p)}" class="menu">{e(t)}</a>' for t, p in ctx.nav())
        hot = "".join(f'<tr><td><img src="/images/bullet.gif"> <a href="{e(s.path)}">{e(s.article.title)}</a> <font color="#999">({dmy(s.article.published)})</font></td></tr>' for s in ctx.latest(6, story))
        links = "".join(f'<option value="{e(p)}">{e(t)}</option>' for t, p in ctx.archive_links())
        return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{e(title)} - {e(self.site_name)}</title></head>
<body bgcolor="#ffffff"><table width="980" align="center" border="0" cellpadding="0" cellspacing="0">
<tr><td colspan="3"><img src="/images/banner.jpg" width="980" height="150"></td></tr>
<tr><td colspan="3" bgcolor="#0b5394">{menu}</td></tr>
<tr><td width="220" valign="top"><table width="100%"><tr><td bgcolor="#c00"><font color="#fff"><b>Tin Nóng</b></font></td></tr>{hot}</table>
<table width="100%"><tr><td><b>Lưu trữ</b></td></tr><tr><td><select onchange="location=this.value">{links}</select></td></tr></table></td>
<td width="540" valign="top">{main}</td>
<td width="220" valign="top"><table width="100%"><tr><td><b>Thống kê truy cập</b></td></tr><tr><td>Đang truy cập: 27</td></tr><tr><td>Hôm nay: 2.470</td></tr><tr><td>Tổng lượt truy cập: 1.204.331</td></tr></table>
<table><tr><td><b>Website liên kết</b></td></tr><tr><td><a href="http://example.gov.vn/">UBND tỉnh Hà Lâm</a></td></tr></table></td></tr>
<tr><td colspan="3" align="center"><font size="1">Bản quyền thuộc Ủy ban nhân dân huyện Phú Lâm<br>Giấy phép số 45/GP-TTĐT</font></td></tr>
</table></body></html>"""

    def article(self, ctx: Ctx, story: Story) -> str:
        a, t = story.article, story.article.published
        lead = f'<tr><td><b>{e(a.summary)}</b></td></tr>' if a.summary else ""
        text = body(story, lambda p: f'<p align="justify">{e(p)}</p>', _centred_italic)
        doc = files(story, lambda f: f'<p>Tải văn bản: <a href="{e(f.url)}">{e(f.title)}</a></p>')
        sign = f'<p align="right"><b>{e(authors_text(story))}</b></p>' if a.authors else ""
        tags = ("<p>Từ khóa: " + ", ".join(f'<a href="{e(self.archive_path("tag", x))}">{e(x)}</a>' for x in a.tags) + "</p>") if a.tags else ""
        others = "".join(f'<tr><td>- <a href="{e(s.path)}">{e(s.article.title)}</a> ({dmy(s.article.published)})</td></tr>' for s in ctx.related(story))
        return f"""<table width="100%" cellpadding="4"><tr><td><a href="{e(self.listing_path(story.section, 1))}" class="chuyenmuc">{e(story.section.name)}</a></td></tr><tr><td class="tieude"><strong>{e(a.title)}</strong></td></tr>
<tr><td class="ngay"><font color="#777">Cập nhật lúc {hm(t)} ngày {dmy_short(t)}</font></td></tr>{lead}
<tr><td class="noidung">{text}{doc}{sign}{tags}</td></tr></table>
<table width="100%"><tr><td><b>Các tin khác</b></td></tr>{others}</table>"""

    def teaser(self, ctx: Ctx, story: Story) -> str:
        return f'<tr><td><a href="{e(story.path)}"><b>{e(story.article.title)}</b></a> <i>({dmy(story.article.published)})</i></td></tr>'

    def listing(self, ctx: Ctx, heading: str, stories: list[Story], pager: str) -> str:
        return f'<table width="100%"><tr><td bgcolor="#eee"><b>{e(heading)}</b></td></tr>{"".join(self.teaser(ctx, s) for s in stories)}<tr><td>{pager}</td></tr></table>'


def _centred_italic(image: Image) -> str:
    caption = f'<p align="center"><em>{e(image.caption)}</em></p>' if image.caption else ""
    return f'<p align="center"><img src="{e(image.url)}" width="500"></p>{caption}'


class SharePointSpans(Template):
    """A SharePoint portal: title and date in spans (no h1), Word paragraphs, captions as centred
    italic paragraphs, the byline a bold right-aligned line, attachments under Lists/…/Attachments."""

    name = "spspans"
    site_name = "Cổng thông tin điện tử huyện Phú Lâm"
    shows_tags = False

    def article_path(self, key: int, slug: str, section: Section, published: datetime) -> str:
        return f"/Pages/chi-tiet-tin.aspx?ItemID={key}&CatID={section.key}"

    def listing_path(self, section: Section, n: int) -> str:
        return f"/Pages/danh-sach-tin.aspx?CatID={section.key}" + (f"&Page={n}" if n > 1 else "")

    def archive_path(self, kind: str, value: str) -> str:
        return f"/Pages/luu-tru.aspx?{kind}={slugify(value)}"

    def static_path(self, kind: str) -> str:
        return {"contact": "/Pages/lien-he.aspx", "calendar": "/Pages/lich-cong-tac.aspx",
                "search": "/Pages/tim-kiem.aspx?k=covid"}[kind]

    def asset_path(self, url: str) -> str:
        name = url.rsplit("/", 1)[-1]
        if url.endswith(".jpg"):
            return f"/PublishingImages/HinhAnhBaiViet/{name}?RenditionID=6"
        return f"/Lists/TinTuc/Attachments/{zlib.crc32(name.encode()) % 900 + 100}/{name}"

    def page(self, ctx: Ctx, title: str, main: str, *, canonical: str | None = None,
             story: Story | None = None) -> str:
        nav = "".join(f'<li class="static"><a class="static menu-item" href="{e(p)}"><span class="menu-item-text">{e(t)}</span></a></li>' for t, p in ctx.nav())
        most = "".join(f'<div class="item"><a href="{e(s.path)}"><span>{e(s.article.title)}</span></a><span class="date">{dmy(s.article.published)} {hm(s.article.published)}</span></div>' for s in ctx.most_read(5))
        arch = "".join(f'<a href="{e(p)}">{e(t)}</a> ' for t, p in ctx.archive_links())
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN"><head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><title>{e(title)}</title></head>
<body class="v4master"><form method="post" action="./" id="aspnetForm"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2QWAgIFD2QWAmYPZBYCAgEPFgIeE1ByZXZpb3VzQ29udHJvbE1vZGULKYgBTWljcm9zb2Z0" />
<div id="s4-workspace"><div id="s4-bodyContainer"><div id="s4-titlerow"><span class="site-title">{e(self.site_name)}</span></div>
<div class="ms-topNavContainer"><ul class="root static">{nav}</ul></div>
<div id="MSO_ContentTable"><table class="layout"><tr><td class="col-main" valign="top">{main}</td>
<td class="col-right" valign="top"><div class="box"><span class="box-title">Tin đọc nhiều</span>{most}</div>
<div class="box"><span class="box-title">Thống kê truy cập</span><span>Đang truy cập: 41</span><span>Tổng lượt truy cập: 3.120.556</span></div>
<div class="box"><span class="box-title">Lưu trữ</span>{arch}</div></td></tr></table></div>
<div class="footer"><span>Bản quyền thuộc Ủy ban nhân dân huyện Phú Lâm</span> <span>Giấy phép số 45/GP-TTĐT</span></div>
</div></div></form></body></html>"""

    def article(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        pid = "ctl00_ctl36_g_7e0f8c21_5b0a_4d4e_9a6f_2b1d3c4e5f60_ctl00"
        lead = f'<span id="{pid}_lblSummary" class="tomtat"><b>{e(a.summary)}</b></span>' if a.summary else ""
        text = body(story, lambda p: f'<p class="MsoNormal" style="text-align:justify">{e(p)}</p>\n<p class="MsoNormal">&nbsp;</p>', _word_picture)
        doc = files(story, lambda f: f'<li><a href="{e(f.url)}" target="_blank">{e(f.title)}</a> ({e(f.url.rsplit("/", 1)[-1])})</li>')
        doc = f'<div class="attachments"><span>Tệp đính kèm:</span><ul>{doc}</ul></div>' if doc else ""
        sign = f'<p class="MsoNormal" style="text-align:right"><b>{e(a.byline)}</b></p>' if a.byline else ""
        others = "".join(f'<li><a href="{e(s.path)}">{e(s.article.title)}</a> <span class="date">({dmy(s.article.published)})</span></li>' for s in ctx.related(story))
        return f"""<div class="breadcrumb"><span><a href="/">Trang chủ</a></span> &gt; <span><a href="{e(self.listing_path(story.section, 1))}">{e(story.section.name)}</a></span></div>
<div id="{pid}_pnlDetail" class="news-detail">
<span id="{pid}_lblTitle" class="news-title">{e(a.title)}</span><br />
<span id="{pid}_lblDate" class="news-date">{dmy(a.published)} {hm(a.published)}</span><br />
{lead}
<div id="{pid}_divContent" class="ExternalClass5B9A7E3F0C2D4E1A8B6C9D0E1F2A3B4C">{text}{sign}</div>{doc}
<div class="other-news"><span class="box-title">Tin liên quan</span><ul>{others}</ul></div></div>"""

    def teaser(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        return f'<div class="news-item"><a href="{e(story.path)}"><span class="title">{e(a.title)}</span></a><span class="date">{dmy(a.published)} {hm(a.published)}</span><span class="sum">{e(a.summary or "")}</span></div>'


def _word_picture(image: Image) -> str:
    caption = f'<p class="MsoNormal" style="text-align:center"><i>{e(image.caption)}</i></p>' if image.caption else ""
    return f'<p class="MsoNormal" style="text-align:center"><img src="{e(image.url)}" alt="" /></p>{caption}'


class NukeVietLike(Template):
    """A NukeViet 4 news module without URL rewriting: "Thứ năm - 14/03/2019 08:30", a lead, the
    body, then "Tác giả:" and "Nguồn tin:" lines, a "Từ khóa:" block and the visitor counter."""

    name = "nukeviet4"
    site_name = "Cổng thông tin điện tử xã Hòa Bình"

    def article_path(self, key: int, slug: str, section: Section, published: datetime) -> str:
        return f"/index.php?language=vi&nv=news&op={section.slug}/{slug}-{key}.html"

    def listing_path(self, section: Section, n: int) -> str:
        return f"/index.php?language=vi&nv=news&op={section.slug}" + (f"/page-{n}" if n > 1 else "")

    def archive_path(self, kind: str, value: str) -> str:
        op = {"tag": "tag", "author": "author", "month": "archive"}[kind]
        return f"/index.php?language=vi&nv=news&op={op}/{slugify(value)}"

    def static_path(self, kind: str) -> str:
        return {"contact": "/index.php?language=vi&nv=contact", "calendar": "/index.php?language=vi&nv=lich-cong-tac",
                "search": "/index.php?language=vi&nv=seek&q=covid"}[kind]

    def page(self, ctx: Ctx, title: str, main: str, *, canonical: str | None = None,
             story: Story | None = None) -> str:
        menu = "".join(f'<li><a title="{e(t)}" href="{e(p)}">{e(t)}</a></li>' for t, p in ctx.nav())
        news = "".join(f'<li class="clearfix"><a href="{e(s.path)}">{e(s.article.title)}</a><span class="text-muted">{local(s.article.published):%d/%m/%Y %H:%M:%S}</span></li>' for s in ctx.latest(6, story))
        arch = "".join(f'<li><a href="{e(p)}">{e(t)}</a></li>' for t, p in ctx.archive_links())
        canon = f'<link rel="canonical" href="{e(canonical)}" />' if canonical else ""
        return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{e(title)} - {e(self.site_name)}</title>
<meta name="generator" content="NukeViet v4.5">{canon}</head>
<body><div class="wraper"><header><div class="logo"><a href="/"><span class="site_name">{e(self.site_name)}</span></a></div></header>
<nav class="second-nav"><ul class="nav navbar-nav">{menu}</ul></nav>
<section><div class="row"><div class="col-md-16">{main}</div>
<div class="col-md-8"><div class="panel panel-default"><div class="panel-heading">Tin mới nhận</div><div class="panel-body"><ul class="block_news">{news}</ul></div></div>
<div class="panel panel-default"><div class="panel-heading">Thống kê truy cập</div><div class="panel-body"><ul class="counter list-none display-table"><li><span>Đang truy cập</span><span>18</span></li><li><span>Hôm nay</span><span>1.502</span></li><li><span>Tháng hiện tại</span><span>40.336</span></li><li><span>Tổng lượt truy cập</span><span>2.337.104</span></li></ul></div></div>
<div class="panel panel-default"><div class="panel-heading">Lưu trữ</div><ul>{arch}</ul></div></div></div></section>
<footer><p>Bản quyền thuộc Ủy ban nhân dân huyện Phú Lâm</p><p>Giấy phép số 45/GP-TTĐT</p></footer></div></body></html>"""

    def article(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        lead = f'<div class="hometext m-bottom">{e(a.summary)}</div>' if a.summary else ""
        text = body(story, lambda p: f"<p>{e(p)}</p>", _ck_figure)
        doc = files(story, lambda f: f'<li><em class="fa fa-file-pdf-o"></em> <a href="{e(f.url)}" title="{e(f.title)}">{e(f.title)}</a></li>')
        doc = f'<div class="news_column panel panel-default"><div class="panel-heading">Tải tệp tin</div><ul>{doc}</ul></div>' if doc else ""
        author = f'<p class="h5 text-right"><strong>Tác giả: </strong>{e(authors_text(story))}</p>' if a.authors else ""
        tags = ("<div class=\"keywords\"><em class=\"fa fa-tags\"></em> <strong>Từ khóa: </strong>" + ", ".join(f'<a title="{e(x)}" href="{e(self.archive_path("tag", x))}"><em>{e(x)}</em></a>' for x in a.tags) + "</div>") if a.tags else ""
        newer = "".join(f'<li><a href="{e(s.path)}">{e(s.article.title)}</a> <em>({dmy(s.article.published)})</em></li>' for s in ctx.related(story))
        return f"""<ul class="breadcrumbs list-none"><li><a href="/"><em class="fa fa-home"></em></a></li><li><a href="{e(self.listing_path(story.section, 1))}"><span>{e(story.section.name)}</span></a></li></ul>
<div class="news_column panel panel-default"><div class="panel-body">
<h2 class="title margin-bottom-lg">{e(a.title)}</h2>
<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">{weekday(a.published)} - {dmy(a.published)} {hm(a.published)}</span></div></div>
{lead}<div id="news-bodyhtml" class="bodytext margin-bottom-lg">{text}</div>
{author}<p class="h5 text-right"><strong>Nguồn tin: </strong>Văn phòng HĐND và UBND huyện</p></div></div>
{doc}{tags}
<div class="news_column panel panel-default"><div class="panel-body"><p class="h3"><strong>Những tin cũ hơn</strong></p><ul class="related">{newer}</ul></div></div>"""

    def teaser(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        return f'<div class="news_column"><h3><a href="{e(story.path)}">{e(a.title)}</a></h3><ul class="list-inline"><li>{local(a.published):%d/%m/%Y %H:%M:%S}</li></ul><p>{e(a.summary or "")}</p></div>'


def _ck_figure(image: Image) -> str:
    caption = f"<figcaption>{e(image.caption)}</figcaption>" if image.caption else ""
    return f'<figure class="image"><img alt="" src="{e(image.url)}" />{caption}</figure>'


class ByLine(Template):
    """An old WordPress-style theme: "by NAME | 14/03/2019" under the title (the time only in
    `<time datetime>`), the lead bold inside the content, `.wp-caption-text` captions, rel=tag,
    comments with timestamps whose reply links are `?replytocom=` copies of the article."""

    name = "byline"
    site_name = "Trang thông tin điện tử Đoàn Thanh niên huyện Phú Lâm"
    replytocom = True

    def article_path(self, key: int, slug: str, section: Section, published: datetime) -> str:
        return f"/{local(published):%Y/%m}/{slug}/"

    def listing_path(self, section: Section, n: int) -> str:
        return f"/chuyen-muc/{section.slug}/" + (f"page/{n}/" if n > 1 else "")

    def archive_path(self, kind: str, value: str) -> str:
        return f"/{value.replace('-', '/')}/" if kind == "month" else f"/{kind}/{slugify(value)}/"

    def page(self, ctx: Ctx, title: str, main: str, *, canonical: str | None = None,
             story: Story | None = None) -> str:
        menu = "".join(f'<li class="menu-item"><a href="{e(p)}">{e(t)}</a></li>' for t, p in ctx.nav())
        recent = "".join(f'<li><a href="{e(s.path)}">{e(s.article.title)}</a> <span class="post-date">{dmy(s.article.published)}</span></li>' for s in ctx.latest(5, story))
        arch = "".join(f'<li><a href="{e(p)}">{e(t)}</a></li>' for t, p in ctx.archive_links())
        canon = f'<link rel="canonical" href="{e(canonical)}" />' if canonical else ""
        return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><title>{e(title)} | {e(self.site_name)}</title>{canon}
<meta name="generator" content="WordPress 4.9.8"></head>
<body class="single"><div id="page"><div id="header"><div id="logo"><a href="/">{e(self.site_name)}</a></div><ul id="nav">{menu}</ul></div>
<div id="main"><div id="content">{main}</div>
<div id="sidebar"><div class="widget widget_recent_entries"><h3 class="widget-title">Bài viết mới</h3><ul>{recent}</ul></div>
<div class="widget"><h3 class="widget-title">Thống kê truy cập</h3><p>Đang truy cập: 9 - Tổng lượt truy cập: 88.120</p></div>
<div class="widget widget_archive"><h3 class="widget-title">Lưu trữ</h3><ul>{arch}</ul></div></div></div>
<div id="footer">Bản quyền thuộc Ủy ban nhân dân huyện Phú Lâm - Giấy phép số 45/GP-TTĐT</div></div></body></html>"""

    def article(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        who = (" by " + ", ".join(f'<a href="{e(self.archive_path("author", n))}" rel="author">{e(n)}</a>' for n in a.authors) + " |") if a.authors else ""
        cat = f'<a href="{e(self.listing_path(story.section, 1))}" rel="category tag">{e(story.section.name)}</a>'
        lead = f"<p><strong>{e(a.summary)}</strong></p>" if a.summary else ""
        text = body(story, lambda p: f"<p>{e(p)}</p>", _wp_caption)
        doc = files(story, lambda f: f'<p><a href="{e(f.url)}">{e(f.title)}</a></p>')
        tags = ('<div class="post-tags">Thẻ: ' + ", ".join(f'<a href="{e(self.archive_path("tag", x))}" rel="tag">{e(x)}</a>' for x in a.tags) + "</div>") if a.tags else ""
        comments = "".join(f'<li class="comment" id="comment-{cid}"><div class="comment-author vcard"><cite class="fn">{e(who_)}</cite> nói:</div><div class="comment-meta commentmetadata"><a href="#comment-{cid}">{dmy(when)} lúc {hm(when)}</a></div><p>{e(text_)}</p><div class="reply"><a class="comment-reply-link" href="{e(story.path)}?replytocom={cid}#respond">Trả lời</a></div></li>' for cid, when, who_, text_ in ctx.comments(story))
        return f"""<div class="post type-post hentry"><h2 class="post-title entry-title">{e(a.title)}</h2>
<div class="post-meta">{who} <time class="entry-date published" datetime="{iso(a.published)}">{dmy(a.published)}</time> | {cat}</div>
<div class="entry-content">{lead}{text}{doc}</div>{tags}</div>
<div id="comments"><h3>{len(ctx.comments(story))} bình luận</h3><ol class="commentlist">{comments}</ol>
<div id="respond"><h3>Gửi bình luận</h3><form action="/wp-comments-post.php" method="post"><textarea name="comment"></textarea></form></div></div>"""

    def teaser(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        return f'<div class="post"><h2 class="post-title"><a href="{e(story.path)}" rel="bookmark">{e(a.title)}</a></h2><div class="post-meta">{dmy(a.published)}</div><p>{e(a.summary or a.paragraphs[0][:160])} […]</p></div>'


def _wp_caption(image: Image) -> str:
    if not image.caption:
        return f'<p><img class="aligncenter" src="{e(image.url)}" /></p>'
    return f'<div class="wp-caption aligncenter" style="width: 610px"><img src="{e(image.url)}" width="600" /><p class="wp-caption-text">{e(image.caption)}</p></div>'


class JsonLdList(Template):
    """A newspaper-style portal whose page shows only the day; the time sits in JSON-LD whose
    "@type" is a list. Bylines close the article as "Theo NAME"; captions are figcaptions."""

    name = "jsonld"
    site_name = "Báo điện tử Phú Lâm"

    def article_path(self, key: int, slug: str, section: Section, published: datetime) -> str:
        return f"/{section.slug}/{slug}-post{key}.html"

    def listing_path(self, section: Section, n: int) -> str:
        return f"/{section.slug}" + (f"?trang={n}" if n > 1 else "")

    def page(self, ctx: Ctx, title: str, main: str, *, canonical: str | None = None,
             story: Story | None = None) -> str:
        ld = ""
        if story:
            a = story.article
            ld = json.dumps({"@context": "https://schema.org", "@type": ["NewsArticle"],
                             "headline": a.title, "datePublished": iso(a.published),
                             "author": [{"@type": "Person", "name": n} for n in a.authors],
                             "mainEntityOfPage": canonical}, ensure_ascii=False)
            ld = f'<script type="application/ld+json">{ld}</script>'
        menu = "".join(f'<a class="menu__item" href="{e(p)}">{e(t)}</a>' for t, p in ctx.nav())
        hot = "".join(f'<article class="story story--small"><a class="story__title" href="{e(s.path)}">{e(s.article.title)}</a><time class="story__time">{dmy(s.article.published)} {hm(s.article.published)}</time></article>' for s in ctx.most_read(5))
        arch = "".join(f'<a class="tag" href="{e(p)}">{e(t)}</a>' for t, p in ctx.archive_links())
        return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{e(title)}</title>{ld}</head>
<body><header class="header"><a class="logo" href="/"><img src="/images/logo.png" alt="{e(self.site_name)}"></a><nav class="menu">{menu}</nav></header>
<main class="main"><div class="container"><div class="col-left">{main}</div>
<aside class="col-right"><section class="box"><h2 class="box__title">Tin đọc nhiều</h2>{hot}</section>
<section class="box"><h2 class="box__title">Chủ đề</h2>{arch}</section></aside></div></main>
<footer class="footer"><p>Bản quyền thuộc Ủy ban nhân dân huyện Phú Lâm</p><p>Giấy phép số 45/GP-TTĐT</p><p>Thống kê truy cập: 5.021.338</p></footer></body></html>"""

    def article(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        lead = f'<h2 class="detail__sapo">{e(a.summary)}</h2>' if a.summary else ""
        text = body(story, lambda p: f"<p>{e(p)}</p>", _ck_figure)
        doc = files(story, lambda f: f'<p>Xem toàn văn: <a href="{e(f.url)}">{e(f.title)}</a></p>')
        sign = f'<p class="detail__author"><strong>Theo {e(authors_text(story))}</strong></p>' if a.authors else ""
        tags = ('<div class="detail__tags">' + "".join(f'<a href="{e(self.archive_path("tag", x))}">#{e(x)}</a>' for x in a.tags) + "</div>") if a.tags else ""
        related = "".join(f'<article class="story"><a class="story__title" href="{e(s.path)}">{e(s.article.title)}</a><p class="story__summary">{e(s.article.summary or "")}</p><time>{dmy(s.article.published)}</time></article>' for s in ctx.related(story))
        return f"""<div class="detail"><div class="detail__breadcrumb"><a href="/">Trang chủ</a> / <a href="{e(self.listing_path(story.section, 1))}">{e(story.section.name)}</a></div>
<div class="detail__meta"><span class="detail__date">{dmy(a.published)}</span></div>
<div class="detail__title"><h1>{e(a.title)}</h1></div>{lead}
<div class="detail__content">{text}{doc}{sign}</div>{tags}
<section class="related"><h2 class="box__title">Tin liên quan</h2>{related}</section></div>"""

    def teaser(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        return f'<article class="story"><h3 class="story__heading"><a href="{e(story.path)}">{e(a.title)}</a></h3><time class="story__time">{dmy(a.published)}</time></article>'


class DivSoup(Template):
    """Nothing but divs with meaningless classes: "Ngày đăng:" above a big bold div headline, the
    printed byline under it, paragraphs as divs, captions as `<i>` after a `<br>`."""

    name = "divsoup"
    site_name = "Trang thông tin điện tử Phòng Giáo dục và Đào tạo huyện Phú Lâm"
    old_dates = True

    def article_path(self, key: int, slug: str, section: Section, published: datetime) -> str:
        return f"/news.php?id={key}&cat={section.key}"

    def listing_path(self, section: Section, n: int) -> str:
        return f"/news.php?cat={section.key}" + (f"&pg={n}" if n > 1 else "")

    def archive_path(self, kind: str, value: str) -> str:
        return f"/news.php?{kind}={slugify(value)}"

    def page(self, ctx: Ctx, title: str, main: str, *, canonical: str | None = None,
             story: Story | None = None) -> str:
        menu = "".join(f'<div class="m1"><a href="{e(p)}">{e(t)}</a></div>' for t, p in ctx.nav())
        side = "".join(f'<div class="s3"><a href="{e(s.path)}">{e(s.article.title)}</a><div class="s4">{dmy(s.article.published)}</div></div>' for s in ctx.latest(5, story))
        arch = "".join(f'<div class="s3"><a href="{e(p)}">{e(t)}</a></div>' for t, p in ctx.archive_links())
        return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{e(title)}</title></head><body>
<div class="w0"><div class="h1x">{e(self.site_name)}</div><div class="m0">{menu}</div>
<div class="r0"><div class="c-8 x1">{main}</div><div class="c-4 x9"><div class="s1"><div class="s2">Tin mới</div>{side}</div>
<div class="s1"><div class="s2">Thống kê truy cập</div><div>Đang truy cập: 5</div><div>Tổng lượt truy cập: 310.202</div></div><div class="s1"><div class="s2">Lưu trữ</div>{arch}</div></div></div>
<div class="f0"><div>Bản quyền thuộc Ủy ban nhân dân huyện Phú Lâm</div><div>Giấy phép số 45/GP-TTĐT</div><div>Điện thoại: 0203.3850.123</div></div></div></body></html>"""

    def article(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        lead = f'<div class="x5"><b>{e(a.summary)}</b></div>' if a.summary else ""
        sign = f'<div class="x4">{e(a.byline)}</div>' if a.byline else ""
        text = body(story, lambda p: f'<div class="x6">{e(p)}</div>', _br_italic)
        doc = files(story, lambda f: f'<div class="x7"><a href="{e(f.url)}">{e(f.title)}</a> (Tải về)</div>')
        tags = ('<div class="x8">Tags: ' + " ".join(f'<a href="{e(self.archive_path("tag", x))}">{e(x)}</a>' for x in a.tags) + "</div>") if a.tags else ""
        rel = "".join(f'<div class="x11"><a href="{e(s.path)}">{e(s.article.title)}</a> <span>{dmy(s.article.published)} {hm(s.article.published)}</span></div>' for s in ctx.related(story))
        return f"""<div class="x2"><div class="x0"><a href="{e(self.listing_path(story.section, 1))}">{e(story.section.name)}</a></div><div class="x3">Ngày đăng: {dmy(a.published)} {hm(a.published)}</div>
<div class="x-tt" style="font-size:22px;font-weight:bold;color:#0b5394">{e(a.title)}</div>{sign}{lead}
<div class="x-ct">{text}{doc}</div>{tags}<div class="x10"><div class="s2">Tin liên quan</div>{rel}</div></div>"""

    def teaser(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        return f'<div class="l1"><div class="l2"><a href="{e(story.path)}">{e(a.title)}</a></div><div class="l3">Ngày đăng: {dmy(a.published)}</div></div>'


def _br_italic(image: Image) -> str:
    caption = f"<br><i>{e(image.caption)}</i>" if image.caption else ""
    return f'<div style="text-align:center"><img src="{e(image.url)}">{caption}</div>'


class BreadcrumbDate(Template):
    """The date as the last crumb of the breadcrumb ("Thứ năm, 14/03/2019 08:30") above an h3
    headline; captions a plain centred line; the printed byline bold-italic at the end."""

    name = "crumbdate"
    site_name = "Cổng thông tin điện tử huyện Phú Lâm"

    def article_path(self, key: int, slug: str, section: Section, published: datetime) -> str:
        return f"/tin/{local(published):%Y%m%d}/{slug}"

    def listing_path(self, section: Section, n: int) -> str:
        return f"/chuyen-muc/{section.slug}" + (f"?page={n}" if n > 1 else "")

    def page(self, ctx: Ctx, title: str, main: str, *, canonical: str | None = None,
             story: Story | None = None) -> str:
        menu = "".join(f'<li class="nav-item"><a class="nav-link" href="{e(p)}">{e(t)}</a></li>' for t, p in ctx.nav())
        read = "".join(f'<li class="list-group-item"><a href="{e(s.path)}">{e(s.article.title)}</a><small>{hm(s.article.published)} {dmy(s.article.published)}</small></li>' for s in ctx.most_read(5))
        arch = "".join(f'<li><a href="{e(p)}">{e(t)}</a></li>' for t, p in ctx.archive_links())
        return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>{e(title)}</title></head>
<body><nav class="navbar"><a class="navbar-brand" href="/">{e(self.site_name)}</a><ul class="navbar-nav">{menu}</ul></nav>
<div class="container"><div class="row"><div class="col-lg-8">{main}</div>
<div class="col-lg-4"><div class="card"><div class="card-header">Tin đọc nhiều</div><ul class="list-group">{read}</ul></div>
<div class="card"><div class="card-header">Lưu trữ</div><ul>{arch}</ul></div><div class="card"><div class="card-header">Thống kê truy cập</div><div class="card-body">Hôm nay: 812<br>Tổng lượt truy cập: 702.113</div></div></div></div></div>
<footer class="footer">Bản quyền thuộc Ủy ban nhân dân huyện Phú Lâm. Giấy phép số 45/GP-TTĐT.</footer></body></html>"""

    def article(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        lead = f'<p class="lead">{e(a.summary)}</p>' if a.summary else ""
        text = body(story, lambda p: f"<p>{e(p)}</p>", _centred_plain)
        doc = files(story, lambda f: f'<p><i class="icon-pdf"></i> <a href="{e(f.url)}">{e(f.title)}</a></p>')
        sign = f'<p style="text-align:right"><strong><em>{e(a.byline)}</em></strong></p>' if a.byline else ""
        tags = ('<p class="tags">Từ khóa: ' + " ".join(f'<a href="{e(self.archive_path("tag", x))}">{e(x)}</a>' for x in a.tags) + "</p>") if a.tags else ""
        rel = "".join(f'<li><a href="{e(s.path)}">{e(s.article.title)}</a> ({dmy(s.article.published)})</li>' for s in ctx.related(story))
        return f"""<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="{e(self.listing_path(story.section, 1))}">{e(story.section.name)}</a></li><li class="active">{weekday(a.published)}, {dmy(a.published)} {hm(a.published)}</li></ol>
<h3 class="news-title">{e(a.title)}</h3>{lead}<div class="news-content">{text}{doc}{sign}</div>{tags}
<div class="tin-khac"><h4>Tin liên quan</h4><ul>{rel}</ul></div>"""

    def teaser(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        return f'<div class="media"><div class="media-body"><h4><a href="{e(story.path)}">{e(a.title)}</a></h4><small>{weekday(a.published)}, {dmy(a.published)}</small></div></div>'


def _centred_plain(image: Image) -> str:
    caption = f'<p style="text-align:center">{e(image.caption)}</p>' if image.caption else ""
    return f'<p style="text-align:center"><img src="{e(image.url)}" alt="" /></p>{caption}'


class OpenGraphOnly(Template):
    """A CMS that says everything in OpenGraph and nothing in its markup: every page — home,
    sections, tag/author/month archives — carries og:type=article and an
    article:published_time (the newest item's); an article's headline is a styled div, its time only
    in the meta, its writers only as `article:author` profile URLs (OpenGraph's definition: the
    author archives the sidebar links by name; `<meta name=author>` is the site), its lead
    a bare first paragraph that og:description repeats; the
    home's teasers have a thumbnail and a long excerpt, the listings' are a title's block and an
    excerpt's side by side (an archive may hold a single one)."""

    name = "ogmeta"
    site_name = "Trang thông tin điện tử xã Tân Lập"

    def article_path(self, key: int, slug: str, section: Section, published: datetime) -> str:
        return f"/{slug}-{key}.html"

    def listing_path(self, section: Section, n: int) -> str:
        return f"/{section.slug}.html" + (f"?p={n}" if n > 1 else "")

    def archive_path(self, kind: str, value: str) -> str:
        return f"/{kind}/{slugify(value)}.html"

    def page(self, ctx: Ctx, title: str, main: str, *, canonical: str | None = None,
             story: Story | None = None) -> str:
        when = (story or (ctx.stories[0] if ctx.stories else None))
        metas = [("og:type", "article"), ("og:title", title), ("og:site_name", self.site_name)]
        if when:
            metas.append(("article:published_time", iso(when.article.published)))
        if story:
            metas += [("article:author", ctx.abs(self.archive_path("author", n)))
                      for n in story.article.authors]
            if story.article.summary:
                metas.append(("og:description", story.article.summary))
            metas.append(("article:section", story.section.name))
        head = "".join(f'<meta property="{k}" content="{e(v)}">' for k, v in metas)
        head += f'<meta name="author" content="{e(self.site_name)}">'
        menu = "".join(f'<a href="{e(p)}">{e(t)}</a>' for t, p in ctx.nav())
        side = "".join(f'<div class="mini"><a href="{e(s.path)}">{e(s.article.title)}</a></div>' for s in ctx.most_read(5))
        arch = "".join(f'<a href="{e(p)}">{e(t)}</a> ' for t, p in ctx.archive_links())
        return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{e(title)}</title>{head}</head>
<body><div class="top"><a href="/">{e(self.site_name)}</a></div><div class="menu">{menu}</div>
<div class="wrap"><div class="left">{main}</div><div class="right"><div class="bx"><div class="bx-t">Tin đọc nhiều</div>{side}</div>
<div class="bx"><div class="bx-t">Lưu trữ</div>{arch}</div><div class="bx"><div class="bx-t">Thống kê truy cập</div>Tổng lượt truy cập: 91.402</div></div></div>
<div class="foot">Bản quyền thuộc Ủy ban nhân dân huyện Phú Lâm - Giấy phép số 45/GP-TTĐT</div></body></html>"""

    def article(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        lead = f"<p>{e(a.summary)}</p>" if a.summary else ""
        text = body(story, lambda p: f"<p>{e(p)}</p>", _ck_figure)
        doc = files(story, lambda f: f'<p><a href="{e(f.url)}">{e(f.title)}</a></p>')
        tags = ('<div class="kw">Từ khóa: ' + ", ".join(f'<a href="{e(self.archive_path("tag", x))}">{e(x)}</a>' for x in a.tags) + "</div>") if a.tags else ""
        rel = "".join(f'<div class="mini"><a href="{e(s.path)}">{e(s.article.title)}</a></div>' for s in ctx.related(story))
        return f"""<div class="path"><a href="/">Trang chủ</a> » <a href="{e(self.listing_path(story.section, 1))}">{e(story.section.name)}</a></div>
<div class="tit" style="font-size:24px;font-weight:700">{e(a.title)}</div>
<div class="nd">{lead}{text}{doc}</div>{tags}<div class="bx"><div class="bx-t">Tin liên quan</div>{rel}</div>"""

    def teaser(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        excerpt = a.summary or a.paragraphs[0]
        return f'<div class="it"><a href="{e(story.path)}"><img src="/thumb/{story.key}.jpg"></a><a class="it-t" href="{e(story.path)}">{e(a.title)}</a><div class="it-s">{e(excerpt)}</div></div>'

    def listing(self, ctx: Ctx, heading: str, stories: list[Story], pager: str) -> str:
        """Flat: each title's block, then its excerpt's, as siblings in one column."""
        items = "".join(f'<div class="l-t"><a href="{e(s.path)}">{e(s.article.title)}</a></div><div class="l-s">{e(s.article.summary or s.article.paragraphs[0])}</div>' for s in stories)
        return f'<div class="list-title">{e(heading)}</div><div class="l">{items}</div>{pager}'


class QueryCommune(Template):
    """A commune portal in Windows-1258 (the markup also declaring it), lists and spans, with query-string
    addresses for everything (`?id=…&cat=…` articles, `?cat=…&page=…` listings); the main column
    opens with a "Tin nổi bật" box of teasers with excerpts before the article; the lead is the
    first paragraph, bare; the byline a bare closing line."""

    name = "querycommune"
    site_name = "Trang thông tin điện tử xã Hòa Bình"
    charset = "windows-1258"
    old_dates = True

    def article_path(self, key: int, slug: str, section: Section, published: datetime) -> str:
        return f"/default.asp?id={key}&cat={section.key}"

    def listing_path(self, section: Section, n: int) -> str:
        return f"/default.asp?cat={section.key}" + (f"&page={n}" if n > 1 else "")

    def archive_path(self, kind: str, value: str) -> str:
        return f"/default.asp?{kind}={zlib.crc32(value.encode()) % 900 + 100}"

    def static_path(self, kind: str) -> str:
        return f"/default.asp?id={ {'contact': 1, 'calendar': 2, 'search': 3}[kind] }" + ("&q=covid" if kind == "search" else "")

    def page(self, ctx: Ctx, title: str, main: str, *, canonical: str | None = None,
             story: Story | None = None) -> str:
        menu = "".join(f'<li><a href="{e(p)}">{e(t)}</a></li>' for t, p in ctx.nav())
        featured = "".join(f'<li><a href="{e(s.path)}"><img src="/anh/{s.key}.jpg" width="80"></a><a href="{e(s.path)}">{e(s.article.title)}</a><br>{e((s.article.summary or s.article.paragraphs[0])[:200])}</li>' for s in ctx.latest(3, story))
        arch = "".join(f'<a href="{e(p)}">{e(t)}</a><br>' for t, p in ctx.archive_links())
        return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"><title>{e(title)}</title></head>
<body><div id="khung"><div id="dau"><img src="/banner.gif"></div><ul id="menu">{menu}</ul>
<div id="giua"><div id="cot-trai"><div class="noibat"><span>Tin nổi bật</span><ul>{featured}</ul></div>
{main}</div><div id="cot-phai"><span>Lưu trữ</span><p>{arch}</p><span>Thống kê truy cập</span><p>Đang truy cập: 3<br>Tổng lượt truy cập: 20.118</p></div></div>
<div id="chan">Bản quyền thuộc Ủy ban nhân dân huyện Phú Lâm<br>Giấy phép số 45/GP-TTĐT</div></div></body></html>"""

    def article(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        lead = f"<p>{e(a.summary)}</p>" if a.summary else ""
        text = body(story, lambda p: f"<p>{e(p)}</p>", _centred_italic)
        doc = files(story, lambda f: f'<p>File đính kèm: <a href="{e(f.url)}">{e(f.title)}</a></p>')
        sign = f"<p>{e(authors_text(story))}</p>" if a.authors else ""
        rel = "".join(f'<a href="{e(s.path)}">{e(s.article.title)}</a> ({dmy(s.article.published)})<br>' for s in ctx.related(story))
        return f"""<div class="chitiet"><span class="tieude">{e(a.title)}</span><br><span class="ngay">({dmy(a.published)} {hm(a.published)})</span>
<div>{lead}{text}{doc}{sign}</div></div><span>Các tin khác</span><p>{rel}</p>"""

    def teaser(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        return f'<li><a href="{e(story.path)}">{e(a.title)}</a> ({dmy(a.published)})<br>{e((a.summary or "")[:200])}</li>'

    def listing(self, ctx: Ctx, heading: str, stories: list[Story], pager: str) -> str:
        return f'<span class="dm">{e(heading)}</span><ul class="ds">{"".join(self.teaser(ctx, s) for s in stories)}</ul>{pager}'

    def encode(self, html: str) -> bytes:
        return to_cp1258(html)



def _nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


_ABOUT = ("Huyện Phú Lâm nằm ở phía tây bắc tỉnh Hà Lâm, có diện tích tự nhiên hơn 480 km², dân số "
          "khoảng 162.000 người, gồm 20 xã và 1 thị trấn. Huyện có vị trí thuận lợi về giao thông với "
          "quốc lộ 2 và tỉnh lộ 315 chạy qua, là cửa ngõ giao thương giữa vùng đồng bằng và miền núi.",
          "Trong những năm qua, Đảng bộ, chính quyền và Nhân dân huyện Phú Lâm đã đoàn kết, nỗ lực vượt "
          "qua khó khăn, hoàn thành nhiều chỉ tiêu phát triển kinh tế - xã hội; cơ cấu kinh tế chuyển "
          "dịch theo hướng tăng tỷ trọng công nghiệp, dịch vụ; đời sống vật chất, tinh thần của Nhân "
          "dân không ngừng được nâng lên.",
          "Cổng thông tin điện tử huyện là kênh thông tin chính thức của Ủy ban nhân dân huyện, cung cấp "
          "thông tin về hoạt động chỉ đạo, điều hành, các văn bản quy phạm pháp luật, thủ tục hành chính "
          "và tiếp nhận ý kiến góp ý của tổ chức, công dân.")


class DecomposedPortal(Template):
    """A PHP portal whose whole output is decomposed (NFD) Unicode, `/trang-2` pagination: the
    headline a big bold span in a div, the time of day on its own line *above* the date line, a
    labelled byline sharing a line with the view count ("Tác giả: … | Lượt xem: …"), captions as
    plain (not centred) italic paragraphs; each section listing opens with its newest story's
    title, date and first two paragraphs (a long lead), and the introduction page is long text."""

    name = "nfdportal"
    site_name = "Cổng thông tin điện tử huyện Phú Lâm"

    def article_path(self, key: int, slug: str, section: Section, published: datetime) -> str:
        return f"/tin-tuc/{section.slug}/{slug}-{key}.html"

    def listing_path(self, section: Section, n: int) -> str:
        return f"/chuyen-muc/{section.slug}" + (f"/trang-{n}" if n > 1 else "")

    def static_path(self, kind: str) -> str:
        return {"contact": "/gioi-thieu", "calendar": "/lich-cong-tac",
                "search": "/tim-kiem?tu-khoa=covid"}[kind]

    def page(self, ctx: Ctx, title: str, main: str, *, canonical: str | None = None,
             story: Story | None = None) -> str:
        menu = "".join(f'<li><a href="{e(p)}">{e(t)}</a></li>' for t, p in ctx.nav())
        news = "".join(f'<div class="tm"><a href="{e(s.path)}">{e(s.article.title)}</a> <span>({dmy(s.article.published)} {hm(s.article.published)})</span></div>' for s in ctx.latest(6, story))
        arch = "".join(f'<li><a href="{e(p)}">{e(t)}</a></li>' for t, p in ctx.archive_links())
        return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{e(title)}</title></head>
<body><div id="wrap"><div id="top"><img src="/banner.png" alt="{e(self.site_name)}"></div><ul id="mn">{menu}</ul>
<div id="ct"><div id="l">{main}</div><div id="r"><div class="bx"><div class="bt">Tin mới</div>{news}</div>
<div class="bx"><div class="bt">Lưu trữ</div><ul>{arch}</ul></div><div class="bx"><div class="bt">Thống kê truy cập</div><div>Đang truy cập: 12</div><div>Tổng lượt truy cập: 455.912</div></div></div></div>
<div id="ft">Bản quyền thuộc Ủy ban nhân dân huyện Phú Lâm<br>Giấy phép số 45/GP-TTĐT</div></div></body></html>"""

    def article(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        facts = ([f"Tác giả: {e(authors_text(story))}"] if a.authors else []) + [f"Lượt xem: {story.views}"]
        lead = f'<div class="sp"><b>{e(a.summary)}</b></div>' if a.summary else ""
        text = body(story, lambda p: f'<p style="text-align:justify">{e(p)}</p>', _plain_italic)
        doc = files(story, lambda f: f'<p>Văn bản đính kèm: <a href="{e(f.url)}">{e(f.title)}</a></p>')
        tags = ('<div class="tk">Từ khóa: ' + ", ".join(f'<a href="{e(self.archive_path("tag", x))}">{e(x)}</a>' for x in a.tags) + "</div>") if a.tags else ""
        rel = "".join(f'<div class="tm"><a href="{e(s.path)}">{e(s.article.title)}</a> <span>({dmy(s.article.published)})</span></div>' for s in ctx.related(story))
        return f"""<div class="dd"><a href="/">Trang chủ</a> / <a href="{e(self.listing_path(story.section, 1))}">{e(story.section.name)}</a></div>
<div class="tde"><span style="font-size:18px;color:#036"><strong>{e(a.title)}</strong></span></div>
<div class="tg">{hm(a.published)}</div><div class="ng">{weekday(a.published)}, {dmy(a.published)}</div>
<div class="tt">{" | ".join(facts)}</div>{lead}
<div class="nd">{text}{doc}</div>{tags}<div class="bx"><div class="bt">Tin liên quan</div>{rel}</div>"""

    def teaser(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        return f'<div class="it"><a href="{e(story.path)}">{e(a.title)}</a> <span>({dmy(a.published)})</span></div>'

    def listing(self, ctx: Ctx, heading: str, stories: list[Story], pager: str) -> str:
        """The newest story shown with its first two paragraphs, the rest as titles."""
        if not stories:
            return f'<div class="lt">{e(heading)}</div>{pager}'
        top, a = stories[0], stories[0].article
        first = "".join(f'<p style="text-align:justify">{e(p)}</p>' for p in a.paragraphs[:2])
        rest = "".join(self.teaser(ctx, s) for s in stories[1:])
        return f"""<div class="lt">{e(heading)}</div><div class="hot"><div class="tde"><a href="{e(top.path)}">{e(a.title)}</a></div>
<div class="ng">{weekday(a.published)}, {dmy(a.published)} {hm(a.published)}</div>{first}<a href="{e(top.path)}">Xem tiếp</a></div>{rest}{pager}"""

    def home(self, ctx: Ctx) -> str:
        return self.listing(ctx, "Tin mới nhất", ctx.latest(8), "")

    def static(self, ctx: Ctx, kind: str) -> str:
        if kind == "contact":
            return '<div class="tde"><span style="font-size:18px"><strong>Giới thiệu chung</strong></span></div>' + "".join(f"<p>{e(p)}</p>" for p in _ABOUT)
        return super().static(ctx, kind)

    def encode(self, html: str) -> bytes:
        return _nfd(html).encode("utf-8")


def _plain_italic(image: Image) -> str:
    caption = f"<p><em>{e(image.caption)}</em></p>" if image.caption else ""
    return f'<p style="text-align:center"><img src="{e(image.url)}" width="480"></p>{caption}'


class HeaderOnlyCharset(Template):
    """An old ASP portal in Windows-1258 that says so only in its HTTP header (no meta tag): the
    headline a link to the page itself, paragraphs as one div broken by `<br><br>`, captions in
    the cell under the image of an image table, and at the end a right-aligned bold "Nguồn: NAME"
    naming the writer, the attachment links, then the date alone on the last line."""

    name = "ansiheader"
    site_name = "Trang thông tin điện tử xã Tân Lập"
    charset = "windows-1258"
    shows_tags = False

    def article_path(self, key: int, slug: str, section: Section, published: datetime) -> str:
        return f"/?mod=news&act=detail&id={key}"

    def listing_path(self, section: Section, n: int) -> str:
        return f"/?mod=news&cat={section.key}" + (f"&p={n}" if n > 1 else "")

    def archive_path(self, kind: str, value: str) -> str:
        return f"/?mod=news&{kind}={zlib.crc32(value.encode()) % 900 + 100}"

    def static_path(self, kind: str) -> str:
        return {"contact": "/?mod=contact", "calendar": "/?mod=calendar",
                "search": "/?mod=search&q=covid"}[kind]

    def page(self, ctx: Ctx, title: str, main: str, *, canonical: str | None = None,
             story: Story | None = None) -> str:
        menu = "".join(f'<td><a href="{e(p)}">{e(t)}</a></td>' for t, p in ctx.nav())
        hot = "".join(f'<tr><td><a href="{e(s.path)}">{e(s.article.title)}</a><br><small>{dmy(s.article.published)} {hm(s.article.published)}</small></td></tr>' for s in ctx.most_read(5))
        arch = "".join(f'<a href="{e(p)}">{e(t)}</a><br>' for t, p in ctx.archive_links())
        return f"""<html><head><title>{e(title)}</title></head>
<body><table width="1000" align="center"><tr><td colspan="2"><img src="/images/top.jpg"></td></tr><tr>{menu}</tr></table>
<table width="1000" align="center"><tr><td width="700" valign="top">{main}</td>
<td width="300" valign="top"><table class="box"><tr><th>Tin đọc nhiều</th></tr>{hot}</table><div class="box">{arch}</div>
<table class="box"><tr><th>Thống kê truy cập</th></tr><tr><td>Đang truy cập: 4</td></tr><tr><td>Tổng lượt truy cập: 60.773</td></tr></table></td></tr>
<tr><td colspan="2" align="center">Bản quyền thuộc Ủy ban nhân dân huyện Phú Lâm - Giấy phép số 45/GP-TTĐT</td></tr></table></body></html>"""

    def article(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        lead = f'<div class="short">{e(a.summary)}</div>' if a.summary else ""
        text = "<br><br>".join(body(story, e, _image_table).split("\n"))
        sign = f'<div style="text-align:right"><b>Nguồn: {e(authors_text(story))}</b></div>' if a.authors else ""
        doc = files(story, lambda f: f'<div>Tải về: <a href="{e(f.url)}">{e(f.title)}</a></div>')
        rel = "".join(f'<li><a href="{e(s.path)}">{e(s.article.title)}</a> - {dmy(s.article.published)}</li>' for s in ctx.related(story))
        return f"""<div class="news-detail"><div class="title"><a href="{e(story.path)}">{e(a.title)}</a></div>{lead}
<div class="content">{text}{sign}{doc}<div align="right"><i>{dmy(a.published)} {hm(a.published)}</i></div></div></div>
<div class="other"><b>Các tin đã đưa</b><ul>{rel}</ul></div>"""

    def teaser(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        return f'<tr><td><img src="/thumb/{story.key}.jpg" width="100"></td><td><a href="{e(story.path)}">{e(a.title)}</a> ({dmy(a.published)})<br>{e(a.summary or "")}</td></tr>'

    def listing(self, ctx: Ctx, heading: str, stories: list[Story], pager: str) -> str:
        return f'<b>{e(heading)}</b><table class="list">{"".join(self.teaser(ctx, s) for s in stories)}</table>{pager}'

    def encode(self, html: str) -> bytes:
        return to_cp1258(html)


def _image_table(image: Image) -> str:
    caption = f"<tr><td>{e(image.caption)}</td></tr>" if image.caption else ""
    return f'<table class="image" align="center"><tr><td><img src="{e(image.url)}"></td></tr>{caption}</table>'


class AssetPublisher(Template):
    """A Liferay-style portal: the headline a span in an h3, "Ngày đăng 14/03/2019 | 08:05 PM |
    Lượt xem: 842" (12-hour clock) under it, the writer only as a closing "Theo NAME" line with no
    structured data, asset-abstract listings with "Hiển thị 1 - 5 of 26 kết quả", and a search
    page whose first result shows a long excerpt."""

    name = "assetpub"
    site_name = "Cổng thông tin điện tử Sở Văn hóa tỉnh Hà Lâm"

    def article_path(self, key: int, slug: str, section: Section, published: datetime) -> str:
        return f"/web/guest/{section.slug}/-/asset_publisher/Xk3q/content/{slug}"

    def listing_path(self, section: Section, n: int) -> str:
        return f"/web/guest/{section.slug}" + (f"?p_p_id=101&_101_cur={n}" if n > 1 else "")

    def archive_path(self, kind: str, value: str) -> str:
        return f"/web/guest/{kind}?q={slugify(value)}"

    def page(self, ctx: Ctx, title: str, main: str, *, canonical: str | None = None,
             story: Story | None = None) -> str:
        menu = "".join(f'<li><a href="{e(p)}"><span>{e(t)}</span></a></li>' for t, p in ctx.nav())
        read = "".join(f'<div class="asset-abstract"><h3 class="asset-title"><a href="{e(s.path)}">{e(s.article.title)}</a></h3></div>' for s in ctx.most_read(4))
        arch = "".join(f'<li><a href="{e(p)}">{e(t)}</a></li>' for t, p in ctx.archive_links())
        return f"""<!DOCTYPE html><html class="aui ltr" dir="ltr" lang="vi-VN"><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><title>{e(title)} - {e(self.site_name)}</title></head>
<body class="blue yui3-skin-sam controls-visible guest-site signed-out public-page site"><div id="wrapper"><div id="banner" role="banner"><span class="site-name">{e(self.site_name)}</span></div>
<div id="navigation"><ul>{menu}</ul></div><div id="content"><div class="columns-2"><div class="column-1"><div class="portlet-boundary portlet-asset-publisher">{main}</div></div>
<div class="column-2"><div class="portlet"><div class="portlet-title">Tin đọc nhiều</div>{read}</div><div class="portlet"><div class="portlet-title">Lưu trữ</div><ul>{arch}</ul></div>
<div class="portlet"><div class="portlet-title">Thống kê truy cập</div><div>Đang truy cập: 33</div><div>Tổng lượt truy cập: 1.020.114</div></div></div></div></div>
<div id="footer">Bản quyền thuộc Ủy ban nhân dân huyện Phú Lâm<br>Giấy phép số 45/GP-TTĐT</div></div></body></html>"""

    def article(self, ctx: Ctx, story: Story) -> str:
        a, t = story.article, local(story.article.published)
        when = f"{dmy(a.published)} | {t:%I:%M %p}"
        lead = f'<div class="asset-summary"><p><strong>{e(a.summary)}</strong></p></div>' if a.summary else ""
        text = body(story, lambda p: f'<p style="text-align: justify;">{e(p)}</p>', _centred_italic)
        doc = files(story, lambda f: f'<p><a href="{e(f.url)}"><img src="/icons/pdf.png"> {e(f.title)}</a></p>')
        sign = f'<p style="text-align: right;"><strong>Theo {e(authors_text(story))}</strong></p>' if a.authors else ""
        tags = ('<div class="taglib-asset-tags-summary">Từ khóa: ' + "".join(f'<a class="tag" href="{e(self.archive_path("tag", x))}">{e(x)}</a>' for x in a.tags) + "</div>") if a.tags else ""
        rel = "".join(f'<li><a href="{e(s.path)}">{e(s.article.title)}</a> <span>({dmy(s.article.published)})</span></li>' for s in ctx.related(story))
        return f"""<div class="asset-full-content"><h3 class="header-title"><span>{e(a.title)}</span></h3>
<div class="asset-metadata"><span class="metadata-entry">Ngày đăng {when} | Lượt xem: {story.views}</span></div>{lead}
<div class="journal-content-article">{text}{doc}{sign}</div>{tags}</div>
<div class="other-news"><div class="portlet-title">Tin khác</div><ul>{rel}</ul></div>"""

    def teaser(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        return f'<div class="asset-abstract"><h3 class="asset-title"><a href="{e(story.path)}">{e(a.title)}</a></h3><div class="asset-metadata">Ngày đăng {dmy(a.published)} | {local(a.published):%I:%M %p}</div><div class="asset-summary">{e(a.summary or a.paragraphs[0])}</div></div>'

    def listing(self, ctx: Ctx, heading: str, stories: list[Story], pager: str) -> str:
        items = "".join(self.teaser(ctx, s) for s in stories)
        return f'<div class="portlet-title">{e(heading)}</div>{items}<div class="search-results">Hiển thị 1 - {len(stories)} of {len(ctx.stories)} kết quả</div>{pager}'

    def static(self, ctx: Ctx, kind: str) -> str:
        if kind != "search":
            return super().static(ctx, kind)
        found = [s for s in ctx.stories if "covid" in s.article.slug] or ctx.stories[:1]
        top = found[0].article
        return (f'<p>Kết quả tìm kiếm cho từ khóa: covid</p><div class="result"><a href="{e(found[0].path)}">{e(top.title)}</a>'
                + "".join(f"<p>{e(p)}</p>" for p in top.paragraphs[:2]) + "</div>"
                + "".join(self.teaser(ctx, s) for s in found[1:]))


def _joomla_date(dt: datetime) -> str:
    """Joomla 1.5's Vietnamese `DATE_FORMAT_LC2`: "Thứ năm, 14 Tháng 3 2019 08:30"."""
    d = local(dt)
    return f"{weekday(dt)}, {d:%d} Tháng {d.month} {d:%Y} {d:%H:%M}"


class JoomlaTables(Template):
    """A Joomla 1.5 commune site: `contentpaneopen` tables, the headline a `td.contentheading`,
    "Viết bởi NAME" and "Thứ năm, 14 Tháng 3 2019 08:30" (month as a word, no "năm") in the
    cells under it, and "Cập nhật lần cuối …" (a later time) after the text; the section pages
    are blog layouts whose leading item prints its whole introduction and "Đọc tiếp...",
    paginated with `&limitstart=`."""

    name = "joomla15"
    site_name = "Trang thông tin điện tử xã Phú Thịnh"
    shows_tags = False  # Joomla 1.5 has no tags

    def article_path(self, key: int, slug: str, section: Section, published: datetime) -> str:
        return f"/index.php?option=com_content&view=article&id={key}:{slug}&catid={section.key}&Itemid=5"

    def listing_path(self, section: Section, n: int) -> str:
        return f"/index.php?option=com_content&view=category&layout=blog&id={section.key}&Itemid=5" + (f"&limitstart={5 * (n - 1)}" if n > 1 else "")

    def archive_path(self, kind: str, value: str) -> str:
        return f"/index.php?option=com_{kind}&q={slugify(value)}"

    def static_path(self, kind: str) -> str:
        return {"contact": "/index.php?option=com_contact&view=contact&id=1", "calendar": "/index.php?option=com_content&view=article&id=2&Itemid=9",
                "search": "/index.php?option=com_search&searchword=covid"}[kind]

    def page(self, ctx: Ctx, title: str, main: str, *, canonical: str | None = None,
             story: Story | None = None) -> str:
        menu = "".join(f'<tr align="left"><td><a href="{e(p)}" class="mainlevel">{e(t)}</a></td></tr>' for t, p in ctx.nav())
        latest = "".join(f'<li class="latestnews"><a href="{e(s.path)}" class="latestnews">{e(s.article.title)}</a></li>' for s in ctx.latest(5, story))
        arch = "".join(f'<li><a href="{e(p)}">{e(t)}</a></li>' for t, p in ctx.archive_links())
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi-vn" lang="vi-vn"><head><meta http-equiv="content-type" content="text/html; charset=utf-8" /><meta name="generator" content="Joomla! 1.5 - Open Source Content Management" /><title>{e(title)}</title></head>
<body id="page_bg"><div id="wrapper"><div id="header"><div id="logo"></div></div>
<table class="nopad" width="100%"><tr valign="top"><td class="left"><div class="moduletable_menu"><h3>Menu chính</h3><table width="100%" border="0" cellpadding="0" cellspacing="1">{menu}</table></div>
<div class="moduletable"><h3>Lưu trữ</h3><ul>{arch}</ul></div></td>
<td class="maincol"><div id="maincolumn">{main}</div></td>
<td class="right"><div class="moduletable"><h3>Tin mới nhất</h3><ul class="latestnews">{latest}</ul></div><div class="moduletable"><h3>Thống kê truy cập</h3><p>Đang truy cập: 6</p><p>Tổng lượt truy cập: 145.209</p></div></td></tr></table>
<div id="footer"><p>Bản quyền thuộc Ủy ban nhân dân huyện Phú Lâm</p><p>Giấy phép số 45/GP-TTĐT</p></div></div></body></html>"""

    def article(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        by = f'<tr><td valign="top"><span class="small">Viết bởi {e(authors_text(story))}</span>&nbsp;&nbsp;</td></tr>' if a.authors else ""
        lead = f"<p><strong>{e(a.summary)}</strong></p>" if a.summary else ""
        text = body(story, lambda p: f'<p style="text-align: justify;">{e(p)}</p>', _plain_italic)
        doc = files(story, lambda f: f'<p><a href="{e(f.url)}" target="_blank">{e(f.title)}</a></p>')
        rel = "".join(f'<li><a href="{e(s.path)}">{e(s.article.title)}</a></li>' for s in ctx.related(story))
        later = a.published + timedelta(hours=2, minutes=17)
        return f"""<table class="contentpaneopen"><tr><td class="contentheading" width="100%">{e(a.title)}</td><td align="right" width="100%" class="buttonheading"><a href="#" title="In"><img src="/images/M_images/printButton.png" alt="In" /></a></td></tr></table>
<table class="contentpaneopen">{by}<tr><td valign="top" class="createdate">{_joomla_date(a.published)}</td></tr>
<tr><td valign="top">{lead}{text}{doc}</td></tr><tr><td colspan="2" align="left" class="modifydate">Cập nhật lần cuối ngày {_joomla_date(later)}</td></tr></table><span class="article_separator">&nbsp;</span>
<div class="blog_more"><strong>Những bài khác:</strong><ul>{rel}</ul></div>"""

    def teaser(self, ctx: Ctx, story: Story) -> str:
        return f'<li><a class="blogsection" href="{e(story.path)}">{e(story.article.title)}</a></li>'

    def listing(self, ctx: Ctx, heading: str, stories: list[Story], pager: str) -> str:
        """A blog layout: the leading item with its whole introduction, the rest as links."""
        if not stories:
            return f'<div class="componentheading">{e(heading)}</div>{pager}'
        top, a = stories[0], stories[0].article
        intro = (f"<p><strong>{e(a.summary)}</strong></p>" if a.summary else "") + "".join(f"<p>{e(p)}</p>" for p in a.paragraphs[:2])
        return f"""<div class="componentheading">{e(heading)}</div><table class="blog"><tr><td valign="top"><div><table class="contentpaneopen"><tr><td class="contentheading" width="100%"><a href="{e(top.path)}" class="contentpagetitle">{e(a.title)}</a></td></tr></table>
<table class="contentpaneopen"><tr><td valign="top" class="createdate">{_joomla_date(a.published)}</td></tr><tr><td valign="top">{intro}</td></tr>
<tr><td align="left"><a href="{e(top.path)}" class="readon">Đọc tiếp...</a></td></tr></table></div></td></tr>
<tr><td valign="top"><div class="blog_more"><strong>Những bài khác:</strong><ul>{"".join(self.teaser(ctx, s) for s in stories[1:])}</ul></div></td></tr><tr><td align="center">{pager}</td></tr></table>"""

    def home(self, ctx: Ctx) -> str:
        return self.listing(ctx, "Trang chủ", ctx.latest(6), "")


class MetaLine(Template):
    """A home-made HTML5 CMS: an h1, then one meta line "14/03/2019 08:30 | NAME | Lượt xem: 842"
    with the writer's bare name among its facts, an italic lead, a "Xem thêm:" list of three
    teasers floated at the top of the text (inside its column, no related class), captions after
    a `<br>` in the image's own paragraph, and `/p/N` pagination."""

    name = "metaline"
    site_name = "Cổng thông tin điện tử phường Hòa Bình"

    def article_path(self, key: int, slug: str, section: Section, published: datetime) -> str:
        return f"/{section.slug}/{slug}.d{key}"

    def listing_path(self, section: Section, n: int) -> str:
        return f"/{section.slug}/" + (f"p/{n}" if n > 1 else "")

    def page(self, ctx: Ctx, title: str, main: str, *, canonical: str | None = None,
             story: Story | None = None) -> str:
        menu = "".join(f'<a href="{e(p)}">{e(t)}</a>' for t, p in ctx.nav())
        hot = "".join(f'<li><a href="{e(s.path)}">{e(s.article.title)}</a><small>{dmy(s.article.published)}</small></li>' for s in ctx.most_read(5))
        arch = "".join(f'<a href="{e(p)}">{e(t)}</a> · ' for t, p in ctx.archive_links())
        return f"""<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>{e(title)} | {e(self.site_name)}</title></head>
<body><div class="top-bar"><a href="/" class="brand">{e(self.site_name)}</a></div><div class="mnu">{menu}</div>
<main class="grid"><section class="col-main">{main}</section><section class="col-side"><div class="bx"><b>Tin đọc nhiều</b><ol>{hot}</ol></div>
<div class="bx"><b>Lưu trữ</b><p>{arch}</p></div><div class="bx"><b>Thống kê truy cập</b><p>Đang truy cập: 8 · Tổng lượt truy cập: 77.460</p></div></section></main>
<div class="bottom">Bản quyền thuộc Ủy ban nhân dân huyện Phú Lâm · Giấy phép số 45/GP-TTĐT</div></body></html>"""

    def article(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        facts = [f"{dmy(a.published)} {hm(a.published)}"] + ([e(authors_text(story))] if a.authors else []) + [f"Lượt xem: {story.views}"]
        lead = f"<p><em>{e(a.summary)}</em></p>" if a.summary else ""
        more = "".join(f'<li><a href="{e(s.path)}">{e(s.article.title)}</a></li>' for s in ctx.related(story, 3))
        text = body(story, lambda p: f"<p>{e(p)}</p>", _br_em_caption)
        doc = files(story, lambda f: f'<p>Tài liệu: <a href="{e(f.url)}">{e(f.title)}</a></p>')
        tags = ('<p class="kw">Từ khóa: ' + ", ".join(f'<a href="{e(self.archive_path("tag", x))}">{e(x)}</a>' for x in a.tags) + "</p>") if a.tags else ""
        rel = "".join(f'<li><a href="{e(s.path)}">{e(s.article.title)}</a> <small>{dmy(s.article.published)}</small></li>' for s in ctx.related(story))
        return f"""<div class="crumb"><a href="/">Trang chủ</a> › <a href="{e(self.listing_path(story.section, 1))}">{e(story.section.name)}</a></div>
<h1>{e(a.title)}</h1><div class="meta">{" | ".join(facts)}</div>
<div class="txt">{lead}<div class="more" style="float:right;width:240px"><b>Xem thêm:</b><ul>{more}</ul></div>{text}{doc}</div>{tags}
<div class="bx"><b>Tin cùng chuyên mục</b><ul>{rel}</ul></div>"""

    def teaser(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        who = f" | {e(authors_text(story))}" if a.authors else ""
        return f'<div class="item"><h3><a href="{e(story.path)}">{e(a.title)}</a></h3><div class="meta">{dmy(a.published)} {hm(a.published)}{who}</div><p>{e(a.summary or a.paragraphs[0][:200])}</p></div>'


def _br_em_caption(image: Image) -> str:
    caption = f"<br><em>{e(image.caption)}</em>" if image.caption else ""
    return f'<p style="text-align:center"><img src="{e(image.url)}" width="600">{caption}</p>'


class FullPosts(Template):
    """A blog-style CMS with no body classes whose every listing — home, sections, tag, author
    and month archives — prints whole posts (headline link, date, byline, every paragraph), so an
    archive of one post reads like the post itself; the article page is the same block with the
    headline unlinked, a "Bài viết khác" list after it, and `?trang=N` pagination."""

    name = "fullposts"
    site_name = "Trang thông tin điện tử Hội Nông dân huyện Phú Lâm"
    page_size = 3

    def article_path(self, key: int, slug: str, section: Section, published: datetime) -> str:
        return f"/bai-viet/{slug}"

    def listing_path(self, section: Section, n: int) -> str:
        return f"/muc/{section.slug}" + (f"?trang={n}" if n > 1 else "")

    def archive_path(self, kind: str, value: str) -> str:
        return {"tag": "/the/", "author": "/nguoi-viet/", "month": "/thang/"}[kind] + slugify(value)

    def page(self, ctx: Ctx, title: str, main: str, *, canonical: str | None = None,
             story: Story | None = None) -> str:
        menu = "".join(f'<li><a href="{e(p)}">{e(t)}</a></li>' for t, p in ctx.nav())
        arch = "".join(f'<li><a href="{e(p)}">{e(t)}</a></li>' for t, p in ctx.archive_links())
        return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{e(title)}</title></head>
<body><div class="hd"><div class="ten">{e(self.site_name)}</div><ul class="mn">{menu}</ul></div>
<div class="ct"><div class="c1">{main}</div><div class="c2"><div class="kh"><div class="kh-t">Lưu trữ</div><ul>{arch}</ul></div>
<div class="kh"><div class="kh-t">Thống kê truy cập</div><div>Đang truy cập: 2</div><div>Tổng lượt truy cập: 12.733</div></div></div></div>
<div class="ft">Bản quyền thuộc Ủy ban nhân dân huyện Phú Lâm - Giấy phép số 45/GP-TTĐT</div></body></html>"""

    def _post(self, story: Story, linked: bool) -> str:
        a = story.article
        head = f'<a href="{e(story.path)}">{e(a.title)}</a>' if linked else e(a.title)
        who = f' - <a href="{e(self.archive_path("author", a.authors[0]))}">{e(authors_text(story))}</a>' if a.authors else ""
        lead = f"<p><b>{e(a.summary)}</b></p>" if a.summary else ""
        text = body(story, lambda p: f"<p>{e(p)}</p>", _ck_figure)
        doc = files(story, lambda f: f'<p><a href="{e(f.url)}">{e(f.title)}</a></p>')
        tags = ('<div class="the">Thẻ: ' + ", ".join(f'<a href="{e(self.archive_path("tag", x))}">{e(x)}</a>' for x in a.tags) + "</div>") if a.tags else ""
        return f"""<div class="bv"><h2 class="bv-t">{head}</h2><div class="bv-m">{dmy(a.published)} {hm(a.published)}{who}</div>
<div class="bv-n">{lead}{text}{doc}</div>{tags}</div>"""

    def article(self, ctx: Ctx, story: Story) -> str:
        other = "".join(f'<li><a href="{e(s.path)}">{e(s.article.title)}</a> ({dmy(s.article.published)})</li>' for s in ctx.related(story))
        return f'{self._post(story, False)}<div class="kh"><div class="kh-t">Bài viết khác</div><ul>{other}</ul></div>'

    def teaser(self, ctx: Ctx, story: Story) -> str:
        return self._post(story, True)

    def listing(self, ctx: Ctx, heading: str, stories: list[Story], pager: str) -> str:
        return f'<div class="ds-t">{e(heading)}</div>' + "".join(self.teaser(ctx, s) for s in stories) + pager

    def home(self, ctx: Ctx) -> str:
        return self.listing(ctx, "Bài viết mới", ctx.latest(3), "")


class DateFirstRows(Template):
    """A district portal whose listings are table rows with the date first ("14/03/2019 |
    title"), whose article opens with a kicker line "Tin, ảnh: NAME" *above* the headline, prints
    the date under it as "Ngày 14/03/2019 lúc 8 giờ 30", a "In bài | Gửi email" tool line, and
    closes its text column with "Tin liên quan" as plain dated paragraphs; the home page is three
    section boxes, each leading with a story's title, date and whole lead."""

    name = "daterows"
    site_name = "Cổng thông tin điện tử huyện Phú Lâm"
    shows_tags = False

    def article_path(self, key: int, slug: str, section: Section, published: datetime) -> str:
        return f"/tintuc/{section.key}/{key}/{slug}.htm"

    def listing_path(self, section: Section, n: int) -> str:
        return f"/tintuc/{section.key}/trang-{n}.htm"

    def page(self, ctx: Ctx, title: str, main: str, *, canonical: str | None = None,
             story: Story | None = None) -> str:
        menu = " | ".join(f'<a href="{e(p)}">{e(t)}</a>' for t, p in ctx.nav())
        arch = "".join(f'<p><a href="{e(p)}">{e(t)}</a></p>' for t, p in ctx.archive_links())
        return f"""<html><head><meta charset="utf-8"><title>{e(title)}</title></head><body>
<div id="dau"><b>{e(self.site_name)}</b></div><div id="menu">{menu}</div>
<table id="khung" width="100%"><tr><td id="chinh" valign="top">{main}</td><td id="phu" width="25%" valign="top"><p><b>Lưu trữ</b></p>{arch}<p><b>Thống kê truy cập</b></p><p>Tổng lượt truy cập: 55.019</p></td></tr></table>
<div id="cuoi">Bản quyền thuộc Ủy ban nhân dân huyện Phú Lâm. Giấy phép số 45/GP-TTĐT.</div></body></html>"""

    def article(self, ctx: Ctx, story: Story) -> str:
        a, t = story.article, local(story.article.published)
        kicker = f'<p class="kicker"><i>{e(a.byline)}</i></p>' if a.byline else ""
        lead = f'<p class="mo-dau"><b>{e(a.summary)}</b></p>' if a.summary else ""
        text = body(story, lambda p: f"<p>{e(p)}</p>", _centred_italic)
        doc = files(story, lambda f: f'<p>File đính kèm: <a href="{e(f.url)}">{e(f.title)}</a></p>')
        rel = "".join(f'<p>- <a href="{e(s.path)}">{e(s.article.title)}</a> ({dmy(s.article.published)})</p>' for s in ctx.related(story))
        return f"""<div class="bai">{kicker}<p class="tieu-de"><font size="4" color="#036"><b>{e(a.title)}</b></font></p>
<p class="ngay">Ngày {dmy(a.published)} lúc {t.hour} giờ {t:%M}</p><p class="cong-cu"><a href="#">In bài</a> | <a href="#">Gửi email</a></p>
{lead}{text}{doc}<p><b>Tin liên quan</b></p>{rel}</div>"""

    def teaser(self, ctx: Ctx, story: Story) -> str:
        return f'<tr><td width="90">{dmy(story.article.published)}</td><td><a href="{e(story.path)}">{e(story.article.title)}</a></td></tr>'

    def listing(self, ctx: Ctx, heading: str, stories: list[Story], pager: str) -> str:
        return f'<p><b>{e(heading)}</b></p><table class="ds">{"".join(self.teaser(ctx, s) for s in stories)}</table>{pager}'

    def home(self, ctx: Ctx) -> str:
        boxes = []
        for sec in ctx.sections[:3]:
            items = [s for s in ctx.stories if s.section == sec][:4]
            if not items:
                continue
            top = items[0].article
            boxes.append(f'<div class="hop"><p><b><a href="{e(self.listing_path(sec, 1))}">{e(sec.name)}</a></b></p>'
                         f'<p><a href="{e(items[0].path)}"><b>{e(top.title)}</b></a></p><p>{dmy(top.published)} {hm(top.published)}</p>'
                         f"<p>{e(top.summary or top.paragraphs[0])}</p><table>{''.join(self.teaser(ctx, s) for s in items[1:])}</table></div>")
        return "".join(boxes)


TEMPLATES: tuple[Template, ...] = (OldTown(), SharePointSpans(), NukeVietLike(), ByLine(),
                                   JsonLdList(), DivSoup(), BreadcrumbDate(),
                                   OpenGraphOnly(), QueryCommune(), DecomposedPortal(),
                                   HeaderOnlyCharset(), AssetPublisher(),
                                   JoomlaTables(), MetaLine(), FullPosts(),
                                   DateFirstRows())
