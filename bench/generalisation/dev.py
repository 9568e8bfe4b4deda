# ruff: noqa: E501 - markup keeps the long lines of the pages it imitates
"""Development templates: the extractor's developer may read these and tune against them.

Each imitates a kind of Vietnamese portal seen in the wild (shared/docs/portals.md); their scores
are useful while developing, but the honest figures come from the held-out templates.
"""

from __future__ import annotations

import json
import re
import unicodedata
import zlib
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
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
    shows_category = False  # its article pages print no section
    shows_tags = False  # nor any tag
    marks_lead = False  # the lead is a bare <p> before the text's
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
    shows_category = False  # its article pages print no section
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
    shows_category = False  # its article pages print no section
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
    shows_category = False  # its article pages print no section
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
    shows_category = False  # its article pages print no section
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
    shows_category = False  # its article pages print no section
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


# -- written on 2026-11-30 as held-out, scored once (bench/RESULTS.md, the table of 2026-11-30 03:40),
# then moved here to be worked on -------------------------------------------------------------------


class WebForms(Template):
    """An ASP.NET WebForms district portal of the 2010s, written on 2026-11-30 (fresh): one
    `<form id="aspnetForm">` with its __VIEWSTATE around a three-column table, the headline, date,
    lead and author in `ctl00_…` label spans, the date as .NET's vi-VN default prints it
    ("14/03/2019 8:30:00 SA"), FCKeditor caption tables, `&Page=2` paging, print/back links."""

    name = "webforms"
    shows_tags = False
    _ids = "ctl00_ContentPlaceHolder1_ucNewsDetail"

    def article_path(self, key: int, slug: str, section: Section, published: datetime) -> str:
        return f"/NewsDetail.aspx?ID={key}&CatID={section.key}"

    def listing_path(self, section: Section, n: int) -> str:
        return f"/NewsList.aspx?CatID={section.key}" + (f"&Page={n}" if n > 1 else "")

    def archive_path(self, kind: str, value: str) -> str:
        return {"tag": "/Search.aspx?Tag=", "author": "/NewsByAuthor.aspx?Name=", "month": "/Archive.aspx?Month="}[kind] + slugify(value)

    def static_path(self, kind: str) -> str:
        return {"contact": "/Contact.aspx", "calendar": "/WorkSchedule.aspx", "search": "/Search.aspx?Keyword=covid"}[kind]

    def asset_path(self, url: str) -> str:
        return url.replace("/media/", "/Uploads/Images/", 1).replace("/files/", "/Uploads/Files/", 1)

    @staticmethod
    def _net(dt: datetime) -> str:
        """DateTime.ToString() under vi-VN on Windows: day-first, 12-hour clock, SA/CH."""
        d = local(dt)
        return f"{d:%d/%m/%Y} {d.hour % 12 or 12}:{d:%M:%S} {'SA' if d.hour < 12 else 'CH'}"

    def page(self, ctx: Ctx, title: str, main: str, *, canonical: str | None = None,
             story: Story | None = None) -> str:
        action = f"./NewsDetail.aspx?ID={story.key}&amp;CatID={story.section.key}" if story else "./Default.aspx"
        menu = " | ".join(f'<a href="{e(p)}" class="MenuItem">{e(t)}</a>' for t, p in ctx.nav())
        cats = "".join(f'<tr><td class="CatItem"><img src="/Images/arrow.gif" /> <a href="{e(self.listing_path(s, 1))}">{e(s.name)}</a></td></tr>' for s in ctx.sections)
        arch = "".join(f'<tr><td class="CatItem"><a href="{e(p)}">{e(t)}</a></td></tr>' for t, p in ctx.archive_links())
        most = "".join(f'<tr><td class="HotItem"><a href="{e(s.path)}">{e(s.article.title)}</a></td></tr>' for s in ctx.most_read(6))
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>
	{e(title)}
</title><link href="/App_Themes/Default/Style.css" type="text/css" rel="stylesheet" /></head>
<body><form name="aspnetForm" method="post" action="{action}" id="aspnetForm">
<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTQ2OTkzNDMyMQ9kFgJmD2QWAgIDD2QWBAIBD2QWAmYPZBYCZg8PFgIeBFRleHQFCEjDoG5nIG5nw6B5ZGQCAw9kFgICAQ8WAh4LXyFJdGVtQ291bnQCBWRk" /></div>
<table id="tblMain" width="980" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="3"><img src="/Images/banner.jpg" alt="{e(self.site_name)}" width="980" height="150" /></td></tr>
<tr><td colspan="3" class="MenuBar">{menu}</td></tr>
<tr><td width="200" valign="top" class="ColLeft"><table width="100%" cellpadding="2"><tr><td class="BoxTitle">DANH MỤC TIN</td></tr>{cats}<tr><td class="BoxTitle">LƯU TRỮ</td></tr>{arch}</table></td>
<td width="560" valign="top" class="ColCenter">{main}</td>
<td width="220" valign="top" class="ColRight"><table width="100%" cellpadding="2"><tr><td class="BoxTitle">TIN ĐỌC NHIỀU</td></tr>{most}</table>
<table width="100%" cellpadding="2" class="Counter"><tr><td class="BoxTitle">THỐNG KÊ TRUY CẬP</td></tr><tr><td>Đang truy cập: <span id="ctl00_ucCounter_lblOnline">17</span></td></tr><tr><td>Tổng lượt truy cập: <span id="ctl00_ucCounter_lblTotal">1.245.873</span></td></tr></table></td></tr>
<tr><td colspan="3" class="Footer" align="center">Bản quyền thuộc Ủy ban nhân dân huyện Phú Lâm<br />Giấy phép số 45/GP-TTĐT - Trụ sở: số 02 đường Trần Hưng Đạo, thị trấn Phú Lâm<br />Điện thoại: 0203.3850.123</td></tr></table>
<div><input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWAgKY7ZrrCwLMo7TdDQ==" /></div></form></body></html>"""

    def article(self, ctx: Ctx, story: Story) -> str:
        a, ids = story.article, self._ids
        lead = f'<tr><td><span id="{ids}_lblSummary" class="NewsSummary"><b>{e(a.summary)}</b></span></td></tr>' if a.summary else ""
        text = body(story, lambda p: f'<p style="text-align: justify">{e(p)}</p>', _fck_caption)
        doc = "<br />".join(f'<img src="/Images/icon_pdf.gif" /> <a id="{ids}_rptFile_ctl{i:02d}_lnkFile" href="{e(f.url)}" target="_blank">{e(f.title)}</a>' for i, f in enumerate(a.attachments))
        doc = f'<tr><td class="FileAttach"><b>Tệp đính kèm:</b><br />{doc}</td></tr>' if doc else ""
        who = f'<tr><td align="right"><span id="{ids}_lblAuthor" class="NewsAuthor"><b>{e(authors_text(story))}</b></span></td></tr>' if a.authors else ""
        older = "".join(f'<tr><td class="OtherItem"><img src="/Images/bullet.gif" /> <a href="{e(s.path)}">{e(s.article.title)}</a> <span class="OtherDate">({dmy(s.article.published)})</span></td></tr>' for s in ctx.related(story, 6))
        return f"""<table width="100%" cellpadding="3" cellspacing="0" class="tblDetail">
<tr><td class="Path"><a href="/Default.aspx">Trang chủ</a> &raquo; <a href="{e(self.listing_path(story.section, 1))}">{e(story.section.name)}</a></td></tr>
<tr><td><span id="{ids}_lblTitle" class="NewsTitle">{e(a.title)}</span></td></tr>
<tr><td class="NewsInfo">Ngày đăng: <span id="{ids}_lblDate">{self._net(a.published)}</span>&nbsp;|&nbsp;Lượt xem: <span id="{ids}_lblView">{story.views}</span></td></tr>
{lead}<tr><td><div id="{ids}_pnlContent" class="NewsContent">{text}</div></td></tr>{doc}{who}
<tr><td align="right" class="Tools"><a href="javascript:window.print();">In bài viết</a> | <a href="javascript:history.back();">Quay lại</a> | <a href="#">Về đầu trang</a></td></tr></table>
<table width="100%" cellpadding="3" class="tblOther"><tr><td class="OtherTitle">CÁC TIN ĐÃ ĐƯA</td></tr>{older}</table>"""

    def teaser(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        return f'<table width="100%" class="NewsItem"><tr><td width="130" valign="top"><a href="{e(story.path)}"><img src="/Uploads/Thumbs/{story.key}.jpg" width="120" border="0" /></a></td><td valign="top"><a href="{e(story.path)}" class="NewsItemTitle">{e(a.title)}</a> <span class="NewsItemDate">({dmy(a.published)})</span><br /><span class="NewsItemSummary">{e(a.summary or "")}</span></td></tr></table>'

    def listing(self, ctx: Ctx, heading: str, stories: list[Story], pager: str) -> str:
        return f'<table width="100%"><tr><td class="CatTitle">{e(heading.upper())}</td></tr></table>{"".join(self.teaser(ctx, s) for s in stories)}{pager}'

    def pager(self, n: int, pages: int, path_of: Callable[[int], str]) -> str:
        if pages < 2:
            return ""
        cells = "".join(f'<td><a href="{e(path_of(i))}">{i}</a></td>' if i != n else f'<td><span class="PagerCurrent">{i}</span></td>' for i in range(1, pages + 1))
        nxt = f'<td><a href="{e(path_of(n + 1))}">&gt;</a></td>' if n < pages else ""
        return f'<table class="Pager"><tr><td>Trang:</td>{cells}{nxt}</tr></table>'


def _fck_caption(image: Image) -> str:
    caption = f'<tr><td style="text-align: center"><span style="font-size: 11px"><em>{e(image.caption)}</em></span></td></tr>' if image.caption else ""
    return f'<table border="0" cellspacing="1" cellpadding="1" width="500" align="center"><tbody><tr><td><img src="{e(image.url)}" width="500" height="333" alt="" /></td></tr>{caption}</tbody></table>'


class Joomla3(Template):
    """A Joomla 3 town site (a Protostar-based template, the vi-VN language pack), written on
    2026-11-30 (fresh): `div.item-page` with schema.org microdata, `dl.article-info` with "Viết
    bởi …", "Danh mục: …", "Được đăng ngày Thứ năm, 14 Tháng 3 2019 08:30" and "Lượt xem: …"; the
    intro text only in blog listings ("Đọc thêm: …", `?start=5` paging); Joomla tags; the
    Attachments extension's table; previous/next article links."""

    name = "joomla3"
    site_name = "Cổng thông tin điện tử thị trấn Phú Lâm"

    def article_path(self, key: int, slug: str, section: Section, published: datetime) -> str:
        return f"/index.php/{section.slug}/{key}-{slug}"

    def listing_path(self, section: Section, n: int) -> str:
        return f"/index.php/{section.slug}" + (f"?start={(n - 1) * self.page_size}" if n > 1 else "")

    def archive_path(self, kind: str, value: str) -> str:
        if kind == "month":
            return f"/index.php/luu-tru?month={int(value[5:])}&year={value[:4]}"
        return {"tag": "/index.php/component/tags/tag/", "author": "/index.php/tac-gia/"}[kind] + slugify(value)

    def static_path(self, kind: str) -> str:
        return {"contact": "/index.php/lien-he", "calendar": "/index.php/lich-cong-tac",
                "search": "/index.php/component/search/?searchword=covid&searchphrase=all&Itemid=101"}[kind]

    def asset_path(self, url: str) -> str:
        return url.replace("/media/", "/images/tin-tuc/", 1).replace("/files/", "/images/van-ban/", 1)

    @staticmethod
    def _published(dt: datetime) -> str:
        d = local(dt)
        return f'<time datetime="{iso(dt)}" itemprop="datePublished">Được đăng ngày {weekday(dt)}, {d:%d} Tháng {d.month} {d.year} {hm(dt)}</time>'

    def page(self, ctx: Ctx, title: str, main: str, *, canonical: str | None = None,
             story: Story | None = None) -> str:
        menu = "".join(f'<li class="item-{101 + i}"><a href="{e(p)}">{e(t)}</a></li>' for i, (t, p) in enumerate(ctx.nav()))
        crumbs = '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/" class="pathway"><span itemprop="name">Trang chủ</span></a><span class="divider"> / </span></li>'
        if story:
            crumbs += f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="{e(self.listing_path(story.section, 1))}" class="pathway"><span itemprop="name">{e(story.section.name)}</span></a><span class="divider"> / </span></li><li class="active"><span>{e(title)}</span></li>'
        latest = "".join(f'<li itemscope itemtype="https://schema.org/Article"><a href="{e(s.path)}" itemprop="url"><span itemprop="name">{e(s.article.title)}</span></a></li>' for s in ctx.latest(6, story))
        arch = "".join(f'<li><a href="{e(p)}">{e(t)}</a></li>' for t, p in ctx.archive_links())
        return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
	<meta name="viewport" content="width=device-width, initial-scale=1.0" />
	<meta charset="utf-8" />
	<meta name="generator" content="Joomla! - Open Source Content Management" />
	<title>{e(title)} - {e(self.site_name)}</title>
	<link href="/templates/phulam/css/template.css?4b1b6f0c" rel="stylesheet" />
</head>
<body class="site com_content view-{"article" if story else "category"} no-layout no-task">
	<div class="body" id="top"><div class="container">
		<header class="header" role="banner"><div class="header-inner clearfix"><a class="brand pull-left" href="/"><span class="site-title" title="{e(self.site_name)}">{e(self.site_name)}</span></a>
		<div class="header-search pull-right"><div class="search"><form action="/index.php" method="post" class="form-inline"><label for="mod-search-searchword" class="element-invisible">Tìm kiếm...</label> <input name="searchword" id="mod-search-searchword" maxlength="200" class="inputbox search-query input-medium" type="search" placeholder="Tìm kiếm..." /></form></div></div></div></header>
		<nav class="navigation" role="navigation"><div class="nav-collapse"><ul class="nav menu nav-pills mod-list">{menu}</ul></div></nav>
		<div class="moduletable"><div aria-label="Breadcrumbs" role="navigation"><ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li>Bạn đang ở: &#160;</li>{crumbs}</ul></div></div>
		<div class="row-fluid">
			<main id="content" role="main" class="span9"><div id="system-message-container"></div>
{main}
			</main>
			<div id="aside" class="span3">
				<div class="well "><h3 class="page-header">Tin mới</h3><ul class="latestnews mod-list">{latest}</ul></div>
				<div class="well "><h3 class="page-header">Lưu trữ</h3><ul class="archive-module mod-list">{arch}</ul></div>
				<div class="well "><h3 class="page-header">Thống kê truy cập</h3><table class="vvc_table"><tr><td>Hôm nay</td><td align="right">245</td></tr><tr><td>Tổng lượt truy cập</td><td align="right">1.204.552</td></tr></table></div>
			</div>
		</div>
	</div></div>
	<footer class="footer" role="contentinfo"><div class="container"><hr /><p class="pull-right"><a href="#top" id="back-top">Về đầu trang</a></p><p>Bản quyền thuộc Ủy ban nhân dân huyện Phú Lâm. Giấy phép số 45/GP-TTĐT.</p></div></footer>
</body>
</html>"""

    def article(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        who = f'<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Viết bởi <span itemprop="name">{e(authors_text(story))}</span></dd>' if a.authors else ""
        tags = ('<ul class="tags inline">' + "".join(f'<li class="tag-{2 + i} tag-list{i}" itemprop="keywords"><a href="{e(self.archive_path("tag", x))}" class="label label-info">{e(x)}</a></li>' for i, x in enumerate(a.tags)) + "</ul>") if a.tags else ""
        text = body(story, lambda p: f"<p>{e(p)}</p>", _tinymce_figure)
        rows = "".join(f'<tr class="{("odd", "even")[i % 2]}"><td class="at_filename"><a class="at_icon" href="{e(f.url)}"><img src="/media/attachments/icons/pdf.gif" alt="" /></a>&nbsp;<a class="at_url" href="{e(f.url)}" target="_blank">{e(f.title)}</a></td><td class="at_file_size">{120 + 37 * i} Kb</td></tr>' for i, f in enumerate(a.attachments))
        doc = f'<div class="attachmentsContainer"><table class="attachmentsList" id="attachmentsList_com_content_default_{story.key}"><caption>Tệp đính kèm:</caption><tbody>{rows}</tbody></table></div>' if rows else ""
        i = ctx.stories.index(story)
        nav = []
        if i + 1 < len(ctx.stories):
            prev = ctx.stories[i + 1]
            nav.append(f'<li class="previous"><a class="hasTooltip" title="{e(prev.article.title)}" aria-label="Bài trước: {e(prev.article.title)}" href="{e(prev.path)}" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Trước</span></a></li>')
        if i > 0:
            nxt = ctx.stories[i - 1]
            nav.append(f'<li class="next"><a class="hasTooltip" title="{e(nxt.article.title)}" aria-label="Bài tiếp theo: {e(nxt.article.title)}" href="{e(nxt.path)}" rel="next"><span aria-hidden="true">Tiếp</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></li>')
        return f"""<div class="item-page" itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="vi-VN" />
	<div class="page-header">
		<h2 itemprop="headline">
			{e(a.title)}
		</h2>
	</div>
	<dl class="article-info muted">
		<dt class="article-info-term">Chi tiết</dt>
		{who}
		<dd class="category-name">Danh mục: <a href="{e(self.listing_path(story.section, 1))}" itemprop="genre">{e(story.section.name)}</a></dd>
		<dd class="published"><span class="icon-calendar" aria-hidden="true"></span> {self._published(a.published)}</dd>
		<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:{story.views}" /> Lượt xem: {story.views}</dd>
	</dl>
	{tags}
	<div itemprop="articleBody">
		{text}
	</div>
	{doc}
	<ul class="pager pagenav">{"".join(nav)}</ul>
</div>"""

    def teaser(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        intro = f"<p>{e(a.summary)}</p>" if a.summary else ""
        return f"""<div class="item" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
	<div class="page-header"><h2 itemprop="name"><a href="{e(story.path)}" itemprop="url">{e(a.title)}</a></h2></div>
	<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt><dd class="published"><span class="icon-calendar" aria-hidden="true"></span> {self._published(a.published)}</dd></dl>
	{intro}
	<p class="readmore"><a class="btn" href="{e(story.path)}" itemprop="url" aria-label="Đọc thêm: {e(a.title)}"><span class="icon-chevron-right" aria-hidden="true"></span> Đọc thêm: {e(a.title)}</a></p>
</div>"""

    def listing(self, ctx: Ctx, heading: str, stories: list[Story], pager: str) -> str:
        lead = "".join(f'<div class="leading-{i}">{self.teaser(ctx, s)}</div>' for i, s in enumerate(stories[:1]))
        rest = stories[1:]
        rows = "".join(f'<div class="items-row cols-2 row-{k // 2} row-fluid clearfix">' + "".join(f'<div class="span6">{self.teaser(ctx, s)}</div>' for s in rest[k:k + 2]) + "</div>" for k in range(0, len(rest), 2))
        return f"""<div class="blog" itemscope itemtype="https://schema.org/Blog"><div class="page-header"><h1>{e(heading)}</h1></div>
<div class="items-leading clearfix">{lead}</div>{rows}{pager}</div>"""

    def pager(self, n: int, pages: int, path_of: Callable[[int], str]) -> str:
        if pages < 2:
            return ""

        def li(cls: str, label: str, i: int | None) -> str:
            inner = f'<a title="{label}" href="{e(path_of(i))}" class="pagenav">{label}</a>' if i else f'<span class="pagenav">{label}</span>'
            return f'<li class="{cls}">{inner}</li>'
        items = [li("pagination-start", "Bắt đầu", 1 if n > 1 else None), li("pagination-prev", "Trước", n - 1 if n > 1 else None)]
        items += [li("", str(i), i if i != n else None) for i in range(1, pages + 1)]
        items += [li("pagination-next", "Tiếp", n + 1 if n < pages else None), li("pagination-end", "Cuối", pages if n < pages else None)]
        return f'<div class="pagination"><p class="counter pull-right">Trang {n} / {pages}</p><ul>{"".join(items)}</ul></div>'


def _tinymce_figure(image: Image) -> str:
    if not image.caption:
        return f'<p style="text-align: center;"><img src="{e(image.url)}" alt="" width="640" height="427" /></p>'
    return f'<figure class="image" style="display: block; margin-left: auto; margin-right: auto;"><img src="{e(image.url)}" alt="" width="640" height="427" /><figcaption>{e(image.caption)}</figcaption></figure>'


class Drupal9(Template):
    """A Drupal 9 district site (a Bartik sub-theme, Vietnamese interface), written on 2026-11-30
    (fresh): the title in the page-title block outside the node, "Gửi bởi <account> vào T5,
    14/03/2019 - 08:30" where the account is the editor who posted, the reporter in a "Tác giả"
    field, RDF `schema:dateCreated` in UTC, "Chuyên mục" and "Thẻ" taxonomy fields, a file field,
    readers' comments in the same date format, views listings paged with `?page=1` (the second)."""

    name = "drupal9"
    _accounts = ("bientap", "quantri", "vanthu.ubnd")
    _weekdays = ("T2", "T3", "T4", "T5", "T6", "T7", "CN")

    def article_path(self, key: int, slug: str, section: Section, published: datetime) -> str:
        return f"/tin-tuc/{slug}"

    def listing_path(self, section: Section, n: int) -> str:
        return f"/chuyen-muc/{section.slug}" + (f"?page={n - 1}" if n > 1 else "")

    def archive_path(self, kind: str, value: str) -> str:
        if kind == "month":
            return f"/archive/{value.replace('-', '')}"
        return {"tag": "/the/", "author": "/tac-gia/"}[kind] + slugify(value)

    def static_path(self, kind: str) -> str:
        return {"contact": "/lien-he", "calendar": "/lich-cong-tac", "search": "/search/node?keys=covid"}[kind]

    def asset_path(self, url: str) -> str:
        return "/sites/default/files" + url.replace("/media/", "/inline-images/", 1)

    def _when(self, dt: datetime) -> str:
        d = local(dt)
        return f"{self._weekdays[d.weekday()]}, {d:%d/%m/%Y - %H:%M}"

    def _submitted(self, story: Story, rdf: bool) -> str:
        a, account = story.article, self._accounts[story.key % 3]
        meta = f'<span property="schema:dateCreated" content="{a.published.astimezone(UTC).isoformat()}" class="rdf-meta hidden"></span>' if rdf else ""
        return f'<footer class="node__meta"><div class="node__submitted">Gửi bởi <span rel="schema:author" class="field field--name-uid field--type-entity-reference field--label-hidden"><span lang="" about="/user/{3 + story.key % 3}" typeof="schema:Person" property="schema:name" datatype="">{account}</span></span> vào <span class="field field--name-created field--type-created field--label-hidden">{self._when(a.published)}</span>{meta}</div></footer>'

    def page(self, ctx: Ctx, title: str, main: str, *, canonical: str | None = None,
             story: Story | None = None) -> str:
        head = f'<link rel="canonical" href="{e(canonical)}" />\n<link rel="shortlink" href="/node/{story.key}" />' if story else ""
        menu = "".join(f'<li class="menu-item"><a href="{e(p)}">{e(t)}</a></li>' for t, p in ctx.nav())
        crumbs = '<li><a href="/">Trang chủ</a></li>' + (f'<li><a href="{e(self.listing_path(story.section, 1))}">{e(story.section.name)}</a></li>' if story else "")
        h1 = "" if title == self.site_name else f'<div id="block-phulam-page-title" class="block block-core block-page-title-block"><h1 class="title page-title"><span property="schema:name" class="field field--name-title field--type-string field--label-hidden">{e(title)}</span></h1></div>'
        latest = "".join(f'<li><div class="views-field views-field-title"><span class="field-content"><a href="{e(s.path)}" hreflang="vi">{e(s.article.title)}</a></span></div><div class="views-field views-field-created"><span class="field-content">{dmy(s.article.published)}</span></div></li>' for s in ctx.latest(6, story))
        arch = "".join(f'<li><a href="{e(p)}" hreflang="vi">{e(t)}</a></li>' for t, p in ctx.archive_links())
        return f"""<!DOCTYPE html>
<html lang="vi" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  foaf: http://xmlns.com/foaf/0.1/  og: http://ogp.me/ns#  rdfs: http://www.w3.org/2000/01/rdf-schema#  schema: http://schema.org/  sioc: http://rdfs.org/sioc/ns#  sioct: http://rdfs.org/sioc/types#  skos: http://www.w3.org/2004/02/skos/core#  xsd: http://www.w3.org/2001/XMLSchema# ">
  <head>
    <meta charset="utf-8" />
    <meta name="Generator" content="Drupal 9 (https://www.drupal.org)" />
    <meta name="MobileOptimized" content="width" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    {head}
    <title>{e(title)} | {e(self.site_name)}</title>
  </head>
  <body class="layout-one-sidebar layout-sidebar-second path-{"node page-node-type-article" if story else "taxonomy"}">
    <a href="#main-content" class="visually-hidden focusable skip-link">Chuyển tới nội dung chính</a>
    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper"><div id="page">
      <header id="header" class="header" role="banner"><div class="section layout-container clearfix">
        <div id="block-phulam-branding" class="clearfix site-branding block block-system block-system-branding-block"><a href="/" rel="home" class="site-branding__logo"><img src="/sites/default/files/logo.png" alt="Trang chủ" /></a><div class="site-branding__text"><div class="site-branding__name"><a href="/" rel="home">{e(self.site_name)}</a></div></div></div>
        <nav role="navigation" aria-labelledby="block-phulam-main-menu-menu" id="block-phulam-main-menu" class="block block-menu navigation menu--main"><h2 class="visually-hidden" id="block-phulam-main-menu-menu">Main navigation</h2><ul class="clearfix menu">{menu}</ul></nav>
      </div></header>
      <div id="main-wrapper" class="layout-main-wrapper layout-container clearfix"><div id="main" class="layout-main clearfix">
        <div id="block-phulam-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol>{crumbs}</ol></nav></div>
        <main id="content" class="column main-content" role="main"><section class="section"><a id="main-content" tabindex="-1"></a>
          {h1}
          <div id="block-phulam-content" class="block block-system block-system-main-block">{main}</div>
        </section></main>
        <div id="sidebar-second" class="column sidebar"><aside class="section" role="complementary">
          <div class="views-element-container block block-views" id="block-views-block-tin-moi-block-1"><h2>Tin mới</h2><div class="content"><div class="item-list"><ul>{latest}</ul></div></div></div>
          <div class="views-element-container block block-views" id="block-views-block-luu-tru-block-1"><h2>Lưu trữ</h2><div class="content"><div class="item-list"><ul>{arch}</ul></div></div></div>
          <div id="block-thongketruycap" class="block block-block-content"><h2>Thống kê truy cập</h2><div class="content"><p>Đang truy cập: 9</p><p>Tổng lượt truy cập: 389.017</p></div></div>
        </aside></div>
      </div></div>
      <div class="site-footer"><div class="layout-container"><div class="site-footer__bottom"><div id="block-footer" class="block block-block-content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>Bản quyền thuộc Ủy ban nhân dân huyện Phú Lâm</p><p>Giấy phép số 45/GP-TTĐT. Trụ sở: số 02 đường Trần Hưng Đạo, thị trấn Phú Lâm</p></div></div></div></div></div>
    </div></div></div>
  </body>
</html>"""

    def article(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        text = body(story, lambda p: f"<p>{e(p)}</p>", _drupal_figure)
        who = ""
        if a.authors:
            items = "".join(f'<div class="field__item">{e(x)}</div>' for x in a.authors)
            who = f'<div class="field field--name-field-tac-gia field--type-string field--label-inline clearfix"><div class="field__label">Tác giả</div><div class="field__items">{items}</div></div>'
        files_ = "".join(f'<div class="field__item"><span class="file file--mime-application-pdf file--application-pdf"><a href="{e(f.url)}" type="application/pdf">{e(f.title)}</a></span></div>' for f in a.attachments)
        doc = f'<div class="field field--name-field-tep-dinh-kem field--type-file field--label-above"><div class="field__label">Tệp đính kèm</div><div class="field__items">{files_}</div></div>' if files_ else ""
        cat = f'<div class="field field--name-field-chuyen-muc field--type-entity-reference field--label-inline clearfix"><div class="field__label">Chuyên mục</div><div class="field__item"><a href="{e(self.listing_path(story.section, 1))}" hreflang="vi">{e(story.section.name)}</a></div></div>'
        tags = ('<div class="field field--name-field-tags field--type-entity-reference field--label-above clearfix"><h3 class="field__label">Thẻ</h3><ul class="links field__items">' + "".join(f'<li><a href="{e(self.archive_path("tag", x))}" property="schema:about" hreflang="vi">{e(x)}</a></li>' for x in a.tags) + "</ul></div>") if a.tags else ""
        comments = "".join(f'<article id="comment-{cid}" class="comment js-comment by-anonymous clearfix" role="article"><span class="hidden" data-comment-timestamp="{int(when.timestamp())}"></span><footer class="comment__meta"><p class="comment__submitted">Gửi bởi <span lang="" typeof="schema:Person" property="schema:name" datatype="">{e(who_)}</span> vào {self._when(when)}</p><a href="{e(story.path)}#comment-{cid}" hreflang="vi">Liên kết cố định</a></footer><div class="comment__content"><div class="clearfix text-formatted field field--name-comment-body field--type-text-long field--label-hidden field__item"><p>{e(text_)}</p></div></div></article>' for cid, when, who_, text_ in ctx.comments(story))
        return f"""<article data-history-node-id="{story.key}" role="article" about="{e(story.path)}" typeof="schema:Article" class="node node--type-article node--promoted node--view-mode-full">
  <span property="schema:name" content="{e(a.title)}" class="rdf-meta hidden"></span>
  {self._submitted(story, True)}
  <div class="node__content clearfix">
    {who}
    <div property="schema:text" class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{text}</div>
    {doc}{cat}{tags}
    <section class="field field--name-comment field--type-comment field--label-above comment-wrapper"><h2 class="title comment-form__title">Bình luận</h2>{comments}</section>
  </div>
</article>"""

    def teaser(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        return f"""<article role="article" about="{e(story.path)}" typeof="schema:Article" class="node node--type-article node--promoted node--view-mode-teaser"><h2><a href="{e(story.path)}" rel="bookmark"><span property="schema:name" class="field field--name-title field--type-string field--label-hidden">{e(a.title)}</span></a></h2>{self._submitted(story, False)}<div class="node__content clearfix"><div property="schema:text" class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>{e(a.summary or "")}</p></div><div class="node__links"><ul class="links inline"><li class="node-readmore"><a href="{e(story.path)}" rel="tag" title="{e(a.title)}" hreflang="vi">Xem thêm<span class="visually-hidden"> về {e(a.title)}</span></a></li></ul></div></div></article>"""

    def listing(self, ctx: Ctx, heading: str, stories: list[Story], pager: str) -> str:
        rows = "".join(f'<div class="views-row">{self.teaser(ctx, s)}</div>' for s in stories)
        return f'<div class="views-element-container"><div class="view view-taxonomy-term view-id-taxonomy_term view-display-id-page_1"><div class="view-content">{rows}</div>{pager}</div></div>'

    def pager(self, n: int, pages: int, path_of: Callable[[int], str]) -> str:
        if pages < 2:
            return ""
        items = "".join(f'<li class="pager__item{" is-active" if i == n else ""}"><a href="{e(path_of(i))}" title="{"Trang hiện tại" if i == n else f"Tới trang {i}"}">{i}</a></li>' for i in range(1, pages + 1))
        if n < pages:
            items += f'<li class="pager__item pager__item--next"><a href="{e(path_of(n + 1))}" title="Tới trang tiếp theo" rel="next"><span aria-hidden="true">Tiếp ›</span></a></li>'
        return f'<nav class="pager" role="navigation" aria-labelledby="pagination-heading"><h4 id="pagination-heading" class="visually-hidden">Phân trang</h4><ul class="pager__items js-pager__items">{items}</ul></nav>'


def _drupal_figure(image: Image) -> str:
    img = f'<img alt="" data-entity-type="file" src="{e(image.url)}" width="640" height="427" loading="lazy" />'
    return f'<figure role="group" class="align-center">{img}<figcaption>{e(image.caption)}</figcaption></figure>' if image.caption else f"<p>{img}</p>"


class EGovEntities(Template):
    """A provincial e-government portal product of the kind telecoms sell to provinces
    (server-rendered, Bootstrap 3), written on 2026-11-30 (fresh): every non-ASCII character sent
    as a numeric character reference, "Thứ năm, 14/03/2019, 08:30" beside font-size, print and
    e-mail tools, the lead in bold, the printed byline bold at the end, "Từ khóa:", then "Tin cùng
    chuyên mục" (thumbnails) and "Các tin khác" (dated list); every third article opens with a
    paragraph of older dates."""

    name = "egovncr"
    site_name = "Cổng thông tin điện tử huyện Phú Lâm - tỉnh Hà Lâm"
    old_dates = True

    def article_path(self, key: int, slug: str, section: Section, published: datetime) -> str:
        return f"/tin-tuc/{slug}-{key}.html"

    def listing_path(self, section: Section, n: int) -> str:
        return f"/chuyen-muc/{section.slug}-{section.key}.html" + (f"?page={n}" if n > 1 else "")

    def archive_path(self, kind: str, value: str) -> str:
        return {"tag": "/tu-khoa/", "author": "/tac-gia/", "month": "/luu-tru/"}[kind] + slugify(value) + ".html"

    def static_path(self, kind: str) -> str:
        return {"contact": "/lien-he.html", "calendar": "/lich-cong-tac.html", "search": "/tim-kiem.html?keyword=covid"}[kind]

    def asset_path(self, url: str) -> str:
        return "/upload/2001" + url

    @staticmethod
    def _when(dt: datetime) -> str:
        return f"{weekday(dt)}, {dmy(dt)}, {hm(dt)}"

    def page(self, ctx: Ctx, title: str, main: str, *, canonical: str | None = None,
             story: Story | None = None) -> str:
        menu = "".join(f'<li><a href="{e(p)}">{e(t)}</a></li>' for t, p in ctx.nav())
        notices = "".join(f'<li class="list-group-item"><a href="{e(s.path)}">{e(s.article.title)}</a></li>' for s in ctx.latest(5, story))
        links = '<select class="form-control" onchange="window.open(this.value)"><option value="">-- Liên kết website --</option><option value="http://halam.example.vn/">Cổng TTĐT tỉnh Hà Lâm</option><option value="http://dichvucong.example.vn/">Cổng Dịch vụ công</option></select>'
        arch = "".join(f'<a class="label label-default" href="{e(p)}">{e(t)}</a> ' for t, p in ctx.archive_links())
        return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(title)}</title><link href="/Content/bootstrap.min.css" rel="stylesheet"><link href="/Content/portal.css" rel="stylesheet"></head>
<body><div class="top-bar"><div class="container"><span class="today">Hôm nay: {weekday(ctx.stories[0].article.published)}, {dmy(ctx.stories[0].article.published)}</span><a href="/dang-nhap.html" class="pull-right">Đăng nhập</a></div></div>
<div class="banner"><div class="container"><a href="/"><img src="/Content/images/banner.png" alt="{e(self.site_name)}" class="img-responsive"></a></div></div>
<nav class="navbar navbar-default main-nav"><div class="container"><ul class="nav navbar-nav">{menu}</ul></div></nav>
<div class="container main"><div class="row"><div class="col-md-9 col-main">{main}</div>
<div class="col-md-3 col-right"><div class="panel panel-primary"><div class="panel-heading">Thông báo</div><ul class="list-group">{notices}</ul></div>
<div class="panel panel-default"><div class="panel-heading">Lưu trữ</div><div class="panel-body">{arch}</div></div>
<div class="panel panel-default"><div class="panel-heading">Liên kết website</div><div class="panel-body">{links}</div></div>
<div class="panel panel-default"><div class="panel-heading">Thống kê truy cập</div><div class="panel-body"><p>Đang truy cập: 21</p><p>Hôm nay: 1.402</p><p>Tổng lượt truy cập: 3.114.275</p></div></div></div></div></div>
<footer class="footer"><div class="container"><p><strong>Bản quyền thuộc Ủy ban nhân dân huyện Phú Lâm</strong></p><p>Giấy phép số 45/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Hà Lâm cấp</p><p>Địa chỉ: số 02 đường Trần Hưng Đạo, thị trấn Phú Lâm - Điện thoại: 0203.3850.123 - Fax: 0203.3850.124</p><p>Ghi rõ nguồn "Cổng thông tin điện tử huyện Phú Lâm" khi phát hành lại thông tin từ website này.</p></div></footer>
</body></html>"""

    def article(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        lead = f'<div class="sapo-detail"><strong>{e(a.summary)}</strong></div>' if a.summary else ""
        text = body(story, lambda p: f'<p style="text-align:justify">{e(p)}</p>', _egov_image)
        doc = "".join(f'<li><i class="fa fa-file-pdf-o"></i> <a href="{e(f.url)}" target="_blank">{e(f.title)}</a></li>' for f in a.attachments)
        doc = f'<div class="attach-detail"><span>File đính kèm:</span><ul>{doc}</ul></div>' if doc else ""
        sign = a.byline or (authors_text(story) if a.authors else "")
        sign = f'<p style="text-align:right"><strong>{e(sign)}</strong></p>' if sign else ""
        tags = ('<div class="keyword-detail"><span>Từ khóa:</span> ' + ", ".join(f'<a href="{e(self.archive_path("tag", x))}">{e(x)}</a>' for x in a.tags) + "</div>") if a.tags else ""
        same = [s for s in ctx.related(story, 6) if s.section == story.section][:3]
        grid = "".join(f'<div class="col-sm-4"><a href="{e(s.path)}"><img src="/upload/2001/thumb/{s.key}.jpg" class="img-responsive"></a><a href="{e(s.path)}" class="title-same">{e(s.article.title)}</a></div>' for s in same)
        others = "".join(f'<li><a href="{e(s.path)}">{e(s.article.title)}</a> <span class="date-other">({dmy(s.article.published)})</span></li>' for s in ctx.latest(8, story) if s not in same)
        return f"""<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="{e(self.listing_path(story.section, 1))}">{e(story.section.name)}</a></li></ol>
<div class="detail-news"><h2 class="title-detail">{e(a.title)}</h2>
<div class="info-detail clearfix"><span class="date-detail"><i class="fa fa-clock-o"></i> {self._when(a.published)}</span><span class="tool-detail pull-right"><a href="javascript:void(0)" class="font-down">A-</a> <a href="javascript:void(0)" class="font-normal">A</a> <a href="javascript:void(0)" class="font-up">A+</a> | <a href="javascript:window.print()">In bài</a> | <a href="mailto:?subject={e(a.title)}">Gửi email</a></span></div>
{lead}<div class="content-detail">{text}{sign}</div>{doc}{tags}</div>
<div class="same-category"><div class="title-box">Tin cùng chuyên mục</div><div class="row">{grid}</div></div>
<div class="other-news"><div class="title-box">Các tin khác</div><ul>{others}</ul></div>"""

    def teaser(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        return f'<div class="media news-item"><a class="media-left" href="{e(story.path)}"><img src="/upload/2001/thumb/{story.key}.jpg" width="160"></a><div class="media-body"><h4 class="media-heading"><a href="{e(story.path)}">{e(a.title)}</a></h4><p class="date-list">{self._when(a.published)}</p><p>{e(a.summary or "")}</p></div></div>'

    def pager(self, n: int, pages: int, path_of: Callable[[int], str]) -> str:
        if pages < 2:
            return ""
        items = "".join(f'<li class="active"><span>{i}</span></li>' if i == n else f'<li><a href="{e(path_of(i))}">{i}</a></li>' for i in range(1, pages + 1))
        if n < pages:
            items += f'<li><a href="{e(path_of(n + 1))}">»</a></li>'
        return f'<nav><ul class="pagination">{items}</ul></nav>'

    def encode(self, html: str) -> bytes:
        return re.sub(r"[^\x00-\x7f]", lambda m: f"&#x{ord(m[0]):X};", html).encode("ascii")


def _egov_image(image: Image) -> str:
    caption = f'<div class="caption-detail">{e(image.caption)}</div>' if image.caption else ""
    return f'<div class="image-detail text-center"><img src="{e(image.url)}" class="img-responsive center-block" alt="">{caption}</div>'


class SocialOnly(Template):
    """A portal whose publish time is given only to social networks."""

    name = "ogonly"
    site_name = "Cổng thông tin điện tử Sở Nông nghiệp tỉnh Hà Lâm"

    def article_path(self, key: int, slug: str, section: Section, published: datetime) -> str:
        return f"/bai-viet/{slug}"

    def listing_path(self, section: Section, n: int) -> str:
        return f"/danh-muc/{section.slug}" + (f"/trang-{n}" if n > 1 else "")

    def page(self, ctx: Ctx, title: str, main: str, *, canonical: str | None = None,
             story: Story | None = None) -> str:
        og = ""
        if story:
            a = story.article
            og = (f'<meta property="og:type" content="article"><meta property="og:title" content="{e(a.title)}">'
                  f'<meta property="og:url" content="{e(canonical or "")}"><meta property="article:published_time" content="{iso(a.published)}">'
                  f'<meta property="article:section" content="{e(story.section.name)}">')
        menu = " ".join(f'<a href="{e(p)}">{e(t)}</a>' for t, p in ctx.nav())
        box = "".join(f'<div class="news-mini"><a href="{e(s.path)}">{e(s.article.title)}</a><div class="news-mini-date">{weekday(s.article.published)}, {dmy(s.article.published)} - {hm(s.article.published)}</div></div>' for s in ctx.latest(8, story))
        arch = " · ".join(f'<a href="{e(p)}">{e(t)}</a>' for t, p in ctx.archive_links())
        return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{e(title)}</title>{og}</head>
<body><div class="topbar">{menu}</div><div class="main-wrapper"><div class="content-area">{main}</div>
<div class="sidebar"><div class="widget"><div class="widget-title">Tin mới đăng</div>{box}</div><div class="widget"><div class="widget-title">Website liên kết</div><a href="http://example.gov.vn/">Bộ Nông nghiệp</a></div></div></div>
<div class="bottom-links">{arch}</div><div class="footer-info">Bản quyền thuộc Ủy ban nhân dân huyện Phú Lâm<br>Giấy phép số 45/GP-TTĐT<br>Thống kê truy cập: 1.002.334</div></body></html>"""

    def article(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        lead = f'<div class="news-detail-summary">{e(a.summary)}</div>' if a.summary else ""
        text = body(story, lambda p: f"<p>{e(p)}</p>", _figure_em)
        doc = files(story, lambda f: f'<li><a href="{e(f.url)}" download>{e(f.title)}</a></li>')
        doc = f'<div class="file-attach"><div>File đính kèm</div><ul>{doc}</ul></div>' if doc else ""
        source = f'<div class="news-detail-source">Nguồn: {e(authors_text(story))}</div>' if a.authors else ""
        tags = ('<div class="news-tags"><span>Từ khóa:</span> ' + "".join(f'<a href="{e(self.archive_path("tag", x))}">{e(x)}</a> ' for x in a.tags) + "</div>") if a.tags else ""
        comments = "".join(f'<div class="cmt"><div class="cmt-name">{e(who)}</div><div class="cmt-time">{hm(when)} {dmy(when)}</div><div class="cmt-text">{e(text_)}</div></div>' for _, when, who, text_ in ctx.comments(story))
        return f"""<div class="news-detail"><div class="news-detail-title">{e(a.title)}</div>{lead}
<div class="news-detail-content">{text}</div>{source}{doc}{tags}
<div class="comments"><div class="comments-title">Ý kiến bạn đọc</div>{comments}</div></div>"""

    def teaser(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        return f'<div class="news-item"><a class="news-item-title" href="{e(story.path)}">{e(a.title)}</a><div class="news-item-date">{dmy(a.published)} {hm(a.published)}</div></div>'


def _figure_em(image: Image) -> str:
    caption = f"<figcaption><em>{e(image.caption)}</em></figcaption>" if image.caption else ""
    return f'<figure><img src="{e(image.url)}" loading="lazy">{caption}</figure>'


TEMPLATES: tuple[Template, ...] = (OldTown(), SharePointSpans(), NukeVietLike(), ByLine(),
                                   JsonLdList(), DivSoup(), BreadcrumbDate(),
                                   OpenGraphOnly(), QueryCommune(), DecomposedPortal(),
                                   HeaderOnlyCharset(), AssetPublisher(),
                                   JoomlaTables(), MetaLine(), FullPosts(),
                                   DateFirstRows(), WebForms(), Joomla3(), Drupal9(),
                                   EGovEntities(), SocialOnly())
