# ruff: noqa: E501 - markup keeps the long lines of the pages it imitates
"""Spent held-out templates, now development material: written by non-tuners and held out until
2026-11-30, then opened to tuning.

Their figures had been visible for many rounds (commune1258's body F1 among them), so they no
longer measured anything unseen; they count with the development group now, and new held-out
templates written by someone who never tunes the extractor took their place in heldout.py.
"""

from __future__ import annotations

import unicodedata
from datetime import datetime
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
    iso,
    local,
    to_cp1258,
    weekday,
)

MONTHS = ("Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một",
          "Mười Hai")


class Commune(Template):
    """A commune site from the early 2000s, saved in Windows-1258."""

    name = "commune1258"
    site_name = "Trang thông tin điện tử xã Yên Sơn"
    charset = "windows-1258"
    old_dates = True
    shows_tags = False

    def article_path(self, key: int, slug: str, section: Section, published: datetime) -> str:
        return f"/?mod=news&act=detail&newsid={key}"

    def listing_path(self, section: Section, n: int) -> str:
        return f"/?mod=news&act=list&catid={section.key}" + (f"&p={n}" if n > 1 else "")

    def archive_path(self, kind: str, value: str) -> str:
        return f"/?mod=news&act={kind}&v={slugify(value)}"

    def static_path(self, kind: str) -> str:
        return f"/?mod={kind}" + ("&kw=covid" if kind == "search" else "")

    def page(self, ctx: Ctx, title: str, main: str, *, canonical: str | None = None,
             story: Story | None = None) -> str:
        menu = "".join(f'<td class="mn"><a href="{e(p)}"><font color="#ffffff">{e(t)}</font></a></td>' for t, p in ctx.nav())
        news = "".join(f'<tr><td valign="top"><img src="/img/dot.gif"></td><td><a href="{e(s.path)}" class="lnk">{e(s.article.title)}</a><br><font size="1" color="gray">{dmy(s.article.published)}</font></td></tr>' for s in ctx.latest(7, story))
        arch = "".join(f'<tr><td colspan="2"><a href="{e(p)}">{e(t)}</a></td></tr>' for t, p in ctx.archive_links())
        return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"><title>{e(self.site_name)} :: {e(title)}</title></head>
<body topmargin="0" leftmargin="0"><table width="1000" border="0" align="center" cellspacing="0" cellpadding="0" bgcolor="#fff">
<tr><td><table width="100%" background="/img/top.jpg" height="120"><tr><td><font face="Arial" size="5" color="#a00"><b>{e(self.site_name.upper())}</b></font></td></tr></table></td></tr>
<tr><td><table cellpadding="4"><tr>{menu}</tr></table></td></tr>
<tr><td><table width="100%" cellpadding="0" cellspacing="0"><tr>
<td width="740" valign="top" style="padding:8px">{main}</td>
<td width="260" valign="top" bgcolor="#f3f3f3"><table width="100%"><tr><td colspan="2" bgcolor="#a00"><font color="#fff"><b>TIN MỚI CẬP NHẬT</b></font></td></tr>{news}</table>
<table width="100%"><tr><td colspan="2"><b>CHUYÊN MỤC LƯU TRỮ</b></td></tr>{arch}</table>
<table width="100%"><tr><td><b>Thống kê truy cập</b></td></tr><tr><td>Đang truy cập: 3</td></tr><tr><td>Tổng lượt truy cập: 96.514</td></tr></table></td>
</tr></table></td></tr>
<tr><td align="center" bgcolor="#a00"><font color="#fff" size="2">Bản quyền thuộc Ủy ban nhân dân huyện Phú Lâm - Giấy phép số 45/GP-TTĐT<br>Địa chỉ: thôn Đông, xã Yên Sơn - Điện thoại: 0203.3851.777</font></td></tr>
</table></body></html>"""

    def article(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        lead = f'<tr><td><font face="Arial" size="2"><b><i>{e(a.summary)}</i></b></font></td></tr>' if a.summary else ""
        text = body(story, lambda p: f'<font face="Arial" size="2">{e(p)}</font><br><br>', _centred_div)
        doc = files(story, lambda f: f'<br><img src="/img/pdf.gif"> <a href="{e(f.url)}"><u>{e(f.title)}</u></a>')
        sign = f'<div align="right"><font face="Arial" size="2"><b>{e(authors_text(story))}</b></font></div>' if a.authors else ""
        more = "".join(f'<tr><td><img src="/img/dot.gif"> <a href="{e(s.path)}">{e(s.article.title)}</a> <font size="1" color="gray">[{dmy(s.article.published)}]</font></td></tr>' for s in ctx.related(story, 5))
        return f"""<table width="100%" cellpadding="3"><tr><td><font size="2"><a href="/">Trang chủ</a> &gt; <a href="{e(self.listing_path(story.section, 1))}">{e(story.section.name)}</a></font></td></tr><tr><td><span class="title_news"><font face="Arial" size="4" color="#003399"><b>{e(a.title)}</b></font></span></td></tr>
<tr><td><font size="1" color="#666">Ngày {dmy(a.published)}</font></td></tr><tr><td><font size="1" color="#666">Lúc {hm(a.published)}</font></td></tr>
{lead}<tr><td align="justify">{text}{doc}{sign}</td></tr></table>
<table width="100%"><tr><td><font color="#a00"><b>CÁC TIN ĐÃ ĐƯA</b></font></td></tr>{more}</table>"""

    def teaser(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        return f'<tr><td><a href="{e(story.path)}" class="lnk"><b>{e(a.title)}</b></a> <font size="1" color="gray">[{dmy(a.published)}]</font><br><font size="2">{e(a.summary or "")}</font></td></tr>'

    def listing(self, ctx: Ctx, heading: str, stories: list[Story], pager: str) -> str:
        return f'<table width="100%"><tr><td><b>{e(heading.upper())}</b></td></tr>{"".join(self.teaser(ctx, s) for s in stories)}</table>{pager}'

    def encode(self, html: str) -> bytes:
        return to_cp1258(html)


def _centred_div(image: Image) -> str:
    caption = f'<div align="center"><font size="2" color="#333">{e(image.caption)}</font></div><br>' if image.caption else ""
    return f'<div align="center"><img src="{e(image.url)}" border="0"></div>{caption}'


class Microdata(Template):
    """A provincial paper with schema.org microdata; the visible date is the day only."""

    name = "microdata"
    site_name = "Báo Hà Lâm điện tử"

    def article_path(self, key: int, slug: str, section: Section, published: datetime) -> str:
        return f"/tin-tuc/{key}/{slug}.html"

    def listing_path(self, section: Section, n: int) -> str:
        return f"/tin-tuc/{section.slug}/" + (f"?pageindex={n}" if n > 1 else "")

    def archive_path(self, kind: str, value: str) -> str:
        return {"tag": "/chu-de/", "author": "/tac-gia/", "month": "/luu-tru/"}[kind] + slugify(value) + ".html"

    def page(self, ctx: Ctx, title: str, main: str, *, canonical: str | None = None,
             story: Story | None = None) -> str:
        menu = "".join(f'<li><a href="{e(p)}">{e(t)}</a></li>' for t, p in ctx.nav())
        latest = "".join(f'<div class="it"><a href="{e(s.path)}" title="{e(s.article.title)}">{e(s.article.title)}</a><span class="tm">{hm(s.article.published)} | {dmy(s.article.published)}</span></div>' for s in ctx.latest(6, story))
        topics = "".join(f'<a href="{e(p)}">{e(t)}</a>' for t, p in ctx.archive_links())
        return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{e(title)} | {e(self.site_name)}</title></head>
<body><div id="top"><div class="brand">{e(self.site_name)}</div><ul class="mainmenu">{menu}</ul></div>
<div id="wrap"><div id="left">{main}</div><div id="right"><div class="blk"><div class="blk-h">Tin mới</div>{latest}</div>
<div class="blk"><div class="blk-h">Chủ đề</div>{topics}</div><div class="blk"><div class="blk-h">Thống kê truy cập</div><p>Tổng lượt truy cập: 14.220.901</p></div></div></div>
<div id="bottom">Bản quyền thuộc Ủy ban nhân dân huyện Phú Lâm. Giấy phép số 45/GP-TTĐT. Ghi rõ nguồn khi phát hành lại.</div></body></html>"""

    def article(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        lead = f'<div class="sapo" itemprop="description">{e(a.summary)}</div>' if a.summary else ""
        text = body(story, lambda p: f"<p>{e(p)}</p>", _caption_table)
        doc = files(story, lambda f: f'<p><a href="{e(f.url)}" target="_blank">{e(f.title)} (PDF)</a></p>')
        who = f'<p class="nguoiviet" style="text-align:right"><strong>T/h: <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">{e(authors_text(story))}</span></span></strong></p>' if a.authors else ""
        tags = ('<div class="tukhoa">' + " ".join(f'<a href="{e(self.archive_path("tag", x))}" rel="tag">{e(x)}</a>' for x in a.tags) + "</div>") if a.tags else ""
        rel = "".join(f'<li><a href="{e(s.path)}">{e(s.article.title)}</a><span class="tm">{dmy(s.article.published)} {hm(s.article.published)}</span></li>' for s in ctx.related(story))
        return f"""<div class="story" itemscope itemtype="https://schema.org/NewsArticle"><meta itemprop="datePublished" content="{iso(a.published)}">
<div class="cat"><a href="{e(self.listing_path(story.section, 1))}" itemprop="articleSection">{e(story.section.name)}</a></div>
<div class="story-head" itemprop="headline">{e(a.title)}</div><div class="story-time">{weekday(a.published)}, {dmy(a.published)}</div>
{lead}<div class="story-body" itemprop="articleBody">{text}{doc}{who}</div>{tags}<div class="same"><b>Tin liên quan</b><ul>{rel}</ul></div></div>"""

    def teaser(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        return f'<div class="row-news"><a class="t" href="{e(story.path)}">{e(a.title)}</a><span class="tm">{dmy(a.published)}</span><div class="s">{e(a.summary or "")}</div></div>'


def _caption_table(image: Image) -> str:
    caption = f'<tr><td><p class="Image">{e(image.caption)}</p></td></tr>' if image.caption else ""
    return f'<table class="tplCaption" align="center"><tr><td><img src="{e(image.url)}"></td></tr>{caption}</table>'


class TimeOnly(Template):
    """A block-theme blog whose visible date spells the month out."""

    name = "timeonly"
    site_name = "Hội Liên hiệp Phụ nữ huyện Phú Lâm"
    replytocom = True

    def article_path(self, key: int, slug: str, section: Section, published: datetime) -> str:
        return f"/{slug}/"

    def listing_path(self, section: Section, n: int) -> str:
        return f"/category/{section.slug}/" + (f"page/{n}/" if n > 1 else "")

    def archive_path(self, kind: str, value: str) -> str:
        return {"tag": "/tag/", "author": "/author/", "month": "/date/"}[kind] + slugify(value) + "/"

    def static_path(self, kind: str) -> str:
        return {"contact": "/lien-he/", "calendar": "/lich-hoat-dong/", "search": "/?s=covid"}[kind]

    def page(self, ctx: Ctx, title: str, main: str, *, canonical: str | None = None,
             story: Story | None = None) -> str:
        canon = f'<link rel="canonical" href="{e(canonical)}">' if canonical else ""
        menu = "".join(f'<li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="{e(p)}"><span>{e(t)}</span></a></li>' for t, p in ctx.nav())
        latest = "".join(f'<li><a href="{e(s.path)}">{e(s.article.title)}</a><time datetime="{iso(s.article.published)}" class="wp-block-latest-posts__post-date">{self._date(s.article.published)}</time></li>' for s in ctx.latest(5, story))
        arch = "".join(f'<li><a href="{e(p)}">{e(t)}</a></li>' for t, p in ctx.archive_links())
        return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><title>{e(title)} – {e(self.site_name)}</title>{canon}</head>
<body class="wp-site-blocks"><header class="wp-block-template-part"><p class="wp-block-site-title"><a href="/">{e(self.site_name)}</a></p><nav class="wp-block-navigation"><ul>{menu}</ul></nav></header>
<main class="wp-block-group">{main}</main>
<footer class="wp-block-template-part"><div class="wp-block-columns"><div class="wp-block-column"><h2>Bài mới</h2><ul class="wp-block-latest-posts">{latest}</ul></div>
<div class="wp-block-column"><h2>Lưu trữ</h2><ul>{arch}</ul></div><div class="wp-block-column"><p>Bản quyền thuộc Ủy ban nhân dân huyện Phú Lâm</p><p>Giấy phép số 45/GP-TTĐT</p></div></div></footer></body></html>"""

    @staticmethod
    def _date(dt: datetime) -> str:
        d = local(dt)
        return f"{d.day} Tháng {MONTHS[d.month - 1]}, {d.year}"

    def article(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        who = f'<div class="wp-block-post-author"><p class="wp-block-post-author__byline">Đăng bởi</p><p class="wp-block-post-author__name">{e(authors_text(story))}</p></div>' if a.authors else ""
        lead = f'<p class="has-large-font-size">{e(a.summary)}</p>' if a.summary else ""
        text = body(story, lambda p: f"<p>{e(p)}</p>", _block_image)
        doc = files(story, lambda f: f'<div class="wp-block-file"><a href="{e(f.url)}">{e(f.title)}</a><a href="{e(f.url)}" class="wp-block-file__button" download>Tải xuống</a></div>')
        tags = ('<div class="taxonomy-post_tag wp-block-post-terms">' + '<span class="wp-block-post-terms__separator">, </span>'.join(f'<a href="{e(self.archive_path("tag", x))}" rel="tag">{e(x)}</a>' for x in a.tags) + "</div>") if a.tags else ""
        comments = "".join(f'<li id="comment-{cid}" class="comment"><div class="wp-block-comment-author-name">{e(who_)}</div><div class="wp-block-comment-date"><time datetime="{iso(when)}"><a href="#comment-{cid}">{self._date(when)} lúc {hm(when)}</a></time></div><div class="wp-block-comment-content"><p>{e(text_)}</p></div><div class="wp-block-comment-reply-link"><a rel="nofollow" class="comment-reply-link" href="{e(story.path)}?replytocom={cid}#respond">Phản hồi</a></div></li>' for cid, when, who_, text_ in ctx.comments(story))
        return f"""<div class="wp-block-group"><h1 class="wp-block-post-title">{e(a.title)}</h1>
<div class="wp-block-post-date"><time datetime="{iso(a.published)}">{self._date(a.published)}</time></div>{who}
<div class="entry-content wp-block-post-content">{lead}{text}{doc}</div>
<div class="wp-block-post-terms"><a href="{e(self.listing_path(story.section, 1))}" rel="tag">{e(story.section.name)}</a></div>{tags}
<div class="wp-block-comments"><h2>Bình luận</h2><ol class="wp-block-comment-template">{comments}</ol></div></div>"""

    def teaser(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        return f'<li class="wp-block-post"><h2 class="wp-block-post-title"><a href="{e(story.path)}">{e(a.title)}</a></h2><div class="wp-block-post-date"><time datetime="{iso(a.published)}">{self._date(a.published)}</time></div><div class="wp-block-post-excerpt"><p>{e(a.summary or "")}</p></div></li>'


def _block_image(image: Image) -> str:
    caption = f'<figcaption class="wp-element-caption">{e(image.caption)}</figcaption>' if image.caption else ""
    return f'<figure class="wp-block-image size-large"><img src="{e(image.url)}" alt="">{caption}</figure>'


class SidebarFirst(Template):
    """An ASP.NET MVC portal whose sidebar comes first in the source."""

    name = "sidebarfirst"
    site_name = "Cổng thông tin điện tử Ban Quản lý dự án huyện Phú Lâm"

    def article_path(self, key: int, slug: str, section: Section, published: datetime) -> str:
        return f"/Home/Detail/{key}"

    def listing_path(self, section: Section, n: int) -> str:
        return f"/Home/Category/{section.key}" + (f"?pageIndex={n}" if n > 1 else "")

    def archive_path(self, kind: str, value: str) -> str:
        return f"/Home/{kind.capitalize()}?key={slugify(value)}"

    def static_path(self, kind: str) -> str:
        return {"contact": "/Home/Contact", "calendar": "/Home/Schedule", "search": "/Home/Search?keyword=covid"}[kind]

    def page(self, ctx: Ctx, title: str, main: str, *, canonical: str | None = None,
             story: Story | None = None) -> str:
        menu = "".join(f'<li><a href="{e(p)}">{e(t)}</a></li>' for t, p in ctx.nav())
        hot = "".join(f'<li><a href="{e(s.path)}">{e(s.article.title)}</a><p class="sum">{e((s.article.summary or "")[:140])}</p><span>{dmy(s.article.published, "-")} | {hm(s.article.published)}</span></li>' for s in ctx.most_read(6))
        new = "".join(f'<li><a href="{e(s.path)}">{e(s.article.title)}</a> <span>{dmy(s.article.published, "-")}</span></li>' for s in ctx.latest(6, story))
        arch = "".join(f'<li><a href="{e(p)}">{e(t)}</a></li>' for t, p in ctx.archive_links())
        return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{e(title)}</title></head>
<body><header><h1 class="logo"><a href="/">{e(self.site_name)}</a></h1><ul class="menu">{menu}</ul></header>
<div class="body-content"><aside class="left-col"><div class="panel"><h2>Tin nổi bật</h2><ul>{hot}</ul></div><div class="panel"><h2>Tin mới nhất</h2><ul>{new}</ul></div>
<div class="panel"><h2>Lưu trữ</h2><ul>{arch}</ul></div><div class="panel"><h2>Thống kê truy cập</h2><p>Đang truy cập: 12</p><p>Tổng lượt truy cập: 455.901</p></div></aside>
<section class="right-col">{main}</section></div>
<footer><p>Bản quyền thuộc Ủy ban nhân dân huyện Phú Lâm</p><p>Giấy phép số 45/GP-TTĐT</p><p>Fax: 0203.3850.124</p></footer></body></html>"""

    def article(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        sign = f'<p class="author"><em>{e(a.byline)}</em></p>' if a.byline else ""
        lead = f'<p class="summary"><strong>{e(a.summary)}</strong></p>' if a.summary else ""
        text = body(story, lambda p: f'<p style="text-align: justify;">{e(p)}</p>', _img_then_italic)
        rows = "".join(f'<tr><td>{i}</td><td>{e(f.title)}</td><td><a href="{e(f.url)}">Tải về</a></td></tr>' for i, f in enumerate(a.attachments, 1))
        doc = f'<table class="table vbdk"><caption>Văn bản đính kèm</caption><tr><th>STT</th><th>Tên văn bản</th><th></th></tr>{rows}</table>' if rows else ""
        tags = ('<div class="tags">Từ khóa: ' + ", ".join(f'<a href="{e(self.archive_path("tag", x))}">{e(x)}</a>' for x in a.tags) + "</div>") if a.tags else ""
        rel = "".join(f'<li><a href="{e(s.path)}">{e(s.article.title)}</a> <i>({dmy(s.article.published, "-")})</i><p>{e(s.article.summary or "")}</p></li>' for s in ctx.related(story))
        return f"""<div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="{e(self.listing_path(story.section, 1))}">{e(story.section.name)}</a></div><div class="detail"><h2 class="detail-title">{e(a.title)}</h2>
<div class="detail-time">{dmy(a.published, "-")} | {hm(a.published)}</div>{sign}{lead}
<div class="detail-content">{text}</div>{doc}{tags}<div class="related"><h3>Tin liên quan</h3><ul>{rel}</ul></div></div>"""

    def teaser(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        return f'<div class="item"><h3><a href="{e(story.path)}">{e(a.title)}</a></h3><span class="time">{dmy(a.published, "-")} | {hm(a.published)}</span><p>{e(a.summary or "")}</p></div>'


def _img_then_italic(image: Image) -> str:
    caption = f'<p style="text-align: center;"><span style="font-size:12px"><em>{e(image.caption)}</em></span></p>' if image.caption else ""
    return f'<p style="text-align: center;"><img src="{e(image.url)}" style="width:600px"></p>{caption}'


class Decomposed(Template):
    """A portal whose editor stores every text decomposed (NFD)."""

    name = "nfdtable"
    site_name = "Cổng thông tin điện tử thị xã Phú Lâm"
    old_dates = True

    def article_path(self, key: int, slug: str, section: Section, published: datetime) -> str:
        return f"/vi/{section.slug}/{slug}.{key}.html"

    def listing_path(self, section: Section, n: int) -> str:
        return f"/vi/{section.slug}/" + (f"trang-{n}.html" if n > 1 else "")

    def archive_path(self, kind: str, value: str) -> str:
        return f"/vi/{kind}/{slugify(value)}.html"

    def page(self, ctx: Ctx, title: str, main: str, *, canonical: str | None = None,
             story: Story | None = None) -> str:
        menu = "".join(f'<a class="mnu" href="{e(p)}">{e(t)}</a>' for t, p in ctx.nav())
        focus = "".join(f'<div class="focus-item"><a href="{e(s.path)}"><img src="/img/thumb.jpg"></a><a href="{e(s.path)}">{e(s.article.title)}</a><div class="ngay">Cập nhật: {hm(s.article.published)} | {dmy(s.article.published)}</div></div>' for s in ctx.latest(4, story))
        arch = "".join(f'<a href="{e(p)}">{e(t)}</a><br>' for t, p in ctx.archive_links())
        return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{e(title)}</title></head>
<body><div class="header">{e(self.site_name)}</div><div class="nav">{menu}</div>
<div class="focus"><div class="focus-title">Tin tiêu điểm</div>{focus}</div>
<div class="content">{main}</div><div class="archive"><div class="archive-title">Lưu trữ</div>{arch}</div>
<div class="footer">Bản quyền thuộc Ủy ban nhân dân huyện Phú Lâm · Giấy phép số 45/GP-TTĐT · Thống kê truy cập: 77.120</div></body></html>"""

    def article(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        lead = f'<p class="sapo"><b>{e(a.summary)}</b></p>' if a.summary else ""
        text = body(story, lambda p: f"<p>{e(p)}</p>", _image_table)
        doc = files(story, lambda f: f'<p>Văn bản: <a href="{e(f.url)}">{e(f.title)}</a></p>')
        sign = f'<div class="tacgia" align="right"><b>{e(a.byline)}</b></div>' if a.byline else ""
        tags = ("<div class=\"tags\">Tags: " + " | ".join(f'<a href="{e(self.archive_path("tag", x))}">{e(x)}</a>' for x in a.tags) + "</div>") if a.tags else ""
        rel = "".join(f'<li><a href="{e(s.path)}">{e(s.article.title)}</a> <span class="ngay">({hm(s.article.published)} {dmy(s.article.published)})</span></li>' for s in ctx.related(story))
        return f"""<article class="baiviet"><div class="chuyenmuc"><a href="{e(self.listing_path(story.section, 1))}">{e(story.section.name)}</a></div><h1>{e(a.title)}</h1><div class="ngay">Cập nhật: {hm(a.published)} | {dmy(a.published)}</div>{lead}
<div class="noidung">{text}{doc}</div>{sign}{tags}</article><div class="lienquan"><div class="lienquan-title">Tin liên quan</div><ul>{rel}</ul></div>"""

    def teaser(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        return f'<div class="tin"><a href="{e(story.path)}">{e(a.title)}</a> <span class="ngay">{dmy(a.published)}</span></div>'

    def encode(self, html: str) -> bytes:
        return unicodedata.normalize("NFD", html).encode("utf-8")


def _image_table(image: Image) -> str:
    caption = f'<tr><td class="image_desc">{e(image.caption)}</td></tr>' if image.caption else ""
    return f'<table class="image center"><tbody><tr><td><img src="{e(image.url)}"></td></tr>{caption}</tbody></table>'


class TwelveHour(Template):
    """A portal printing a 12-hour clock and a view count next to the date."""

    name = "twelvehour"
    site_name = "Cổng thông tin điện tử Sở Tư pháp tỉnh Hà Lâm"
    shows_tags = False

    def article_path(self, key: int, slug: str, section: Section, published: datetime) -> str:
        return f"/portal/news/{key}-{slug}"

    def listing_path(self, section: Section, n: int) -> str:
        return f"/portal/section/{section.key}" + (f"?cur={n}" if n > 1 else "")

    def page(self, ctx: Ctx, title: str, main: str, *, canonical: str | None = None,
             story: Story | None = None) -> str:
        menu = "".join(f'<li><a href="{e(p)}">{e(t)}</a></li>' for t, p in ctx.nav())
        notices = "".join(f'<div class="notice"><a href="{e(s.path)}">{e(s.article.title)}</a><div class="meta">Ngày đăng {self._when(s.article.published)}</div></div>' for s in ctx.latest(5, story))
        arch = "".join(f'<option value="{e(p)}">{e(t)}</option>' for t, p in ctx.archive_links())
        return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{e(title)} - {e(self.site_name)}</title></head>
<body><div id="wrapper"><div id="banner"><span>{e(self.site_name)}</span></div><div id="navigation"><ul>{menu}</ul></div>
<div id="content"><div class="portlet-column portlet-column-first">{main}</div>
<div class="portlet-column portlet-column-last"><div class="portlet"><div class="portlet-title">Thông báo mới</div>{notices}</div>
<div class="portlet"><div class="portlet-title">Lưu trữ</div><select>{arch}</select></div><div class="portlet"><div class="portlet-title">Thống kê truy cập</div>Đã truy cập: 2.114.090</div></div></div>
<div id="footer">Bản quyền thuộc Ủy ban nhân dân huyện Phú Lâm | Giấy phép số 45/GP-TTĐT | Trụ sở: số 5 đường Lê Lợi</div></div></body></html>"""

    @staticmethod
    def _when(dt: datetime) -> str:
        return f"{dmy(dt)} | {local(dt):%I:%M %p}"

    def article(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        who = f'<div class="author">Tác giả: {e(authors_text(story))}</div>' if a.authors else ""
        lead = f'<div class="abstract">{e(a.summary)}</div>' if a.summary else ""
        text = body(story, lambda p: f'<p class="MsoNormal">{e(p)}</p>', _center_small)
        doc = files(story, lambda f: f'<div class="doc"><img src="/img/pdf.png"> <a href="{e(f.url)}">{e(f.title)}</a></div>')
        rel = "".join(f'<div class="asset-abstract"><h3 class="asset-title"><a href="{e(s.path)}">{e(s.article.title)}</a></h3><div class="meta">Ngày đăng {self._when(s.article.published)}</div></div>' for s in ctx.related(story))
        views = 100 + story.views
        return f"""<div class="breadcrumbs"><span><a href="/">Trang chủ</a></span> › <span><a href="{e(self.listing_path(story.section, 1))}">{e(story.section.name)}</a></span></div><div class="journal-content-article"><div class="header-title">{e(a.title)}</div>
<div class="meta">Ngày đăng {self._when(a.published)} | Lượt xem: {views}</div>{who}{lead}
<div class="content">{text}{doc}</div></div><div class="portlet"><div class="portlet-title">Tin khác</div>{rel}</div>"""

    def teaser(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        return f'<div class="asset-abstract"><h3 class="asset-title"><a href="{e(story.path)}">{e(a.title)}</a></h3><div class="meta">Ngày đăng {self._when(a.published)} | Lượt xem: {100 + story.views}</div><div class="asset-summary">{e(a.summary or "")}</div></div>'


def _center_small(image: Image) -> str:
    caption = f'<p class="MsoNormal" align="center"><span style="font-size:10pt">{e(image.caption)}</span></p>' if image.caption else ""
    return f'<p class="MsoNormal" align="center"><img src="{e(image.url)}"></p>{caption}'


TEMPLATES: tuple[Template, ...] = (Commune(), Microdata(), TimeOnly(),
                                   SidebarFirst(), Decomposed(), TwelveHour())
