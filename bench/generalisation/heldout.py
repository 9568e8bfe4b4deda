# ruff: noqa: E501 - markup keeps the long lines of the pages it imitates
"""Held-out templates: the extractor's developer must not read this module.

Their figures are the honest measure of extraction on portals the extractor has never seen, so
nothing here should be tuned against, copied into fixtures, or described in detail outside the
benchmark's own table. Each is written independently of the development templates, by someone
who does not tune the extractor.
"""

from __future__ import annotations

import dataclasses
import itertools
import json
import mimetypes
import unicodedata
import zlib
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from html import escape as e
from urllib.parse import quote

from bench.generalisation.api import Image, slugify
from bench.generalisation.portal import (
    COPYRIGHT,
    COUNTER,
    INTRO_PAGES,
    LICENCE,
    LINKS,
    MOST_READ,
    ONLINE,
    RELATED,
    TOTAL,
    Ctx,
    Section,
    Story,
    Template,
    authors_text,
    body,
    cap_weekday,
    dmy,
    dmy_short,
    file_name,
    files,
    hm,
    is_image,
    iso,
    local,
    to_cp1258,
    views_text,
    weekday,
)


class FlatsomeCommune(Template):
    """A commune site on WordPress with a Flatsome-like theme: `/2019/03/slug/` addresses and
    `/page/2/` paging, a centred `h1.entry-title` over an `entry-divider`, "Đăng vào 08:30 ngày
    14/03/2019 bởi …" with the writers linked to author archives, wp-caption figures, "Danh mục" and
    "Thẻ" links under the text, a share row, readers' comments whose reply links are
    `?replytocom=` duplicates, and a blog-wide "Bài viết mới" widget."""

    name = "flatsomecommune"
    site_name = "Trang thông tin điện tử xã Tân Phú"
    replytocom = True

    def article_path(self, key: int, slug: str, section: Section, published: datetime) -> str:
        return f"/{local(published):%Y/%m}/{slug}/"

    def listing_path(self, section: Section, n: int) -> str:
        return f"/chuyen-muc/{section.slug}/" + (f"page/{n}/" if n > 1 else "")

    def archive_path(self, kind: str, value: str) -> str:
        if kind == "month":
            return f"/{value[:4]}/{value[5:]}/"
        return f"/{ {'tag': 'the', 'author': 'tac-gia'}[kind] }/{slugify(value)}/"

    def static_path(self, kind: str) -> str:
        return {"contact": "/lien-he/", "calendar": "/lich-lam-viec/", "search": "/?s=covid"}[kind]

    def asset_path(self, url: str) -> str:
        return "/wp-content/uploads/2019/03" + url

    def page(self, ctx: Ctx, title: str, main: str, *, canonical: str | None = None,
             story: Story | None = None) -> str:
        menu = "".join(f'<li class="menu-item menu-item-type-custom nav-top-link"><a href="{e(p)}">{e(t)}</a></li>' for t, p in ctx.nav())
        recent = "".join(f'<li class="recent-blog-posts-li"><a href="{e(s.path)}">{e(s.article.title)}</a><span class="post_comments op-7 block is-xsmall">{dmy(s.article.published)}</span></li>' for s in ctx.latest(5, story))
        canon = f'<link rel="canonical" href="{e(canonical)}" />' if canonical else ""
        return f"""<!DOCTYPE html>
<html lang="vi" class="loading-site no-js"><head><meta charset="UTF-8" /><title>{e(title)} &#8211; {e(self.site_name)}</title>{canon}<meta name="generator" content="WordPress 6.4.2" /><link rel="stylesheet" id="flatsome-main-css" href="/wp-content/themes/flatsome/assets/css/flatsome.css" /></head>
<body class="wp-theme-flatsome lightbox nav-dropdown-has-arrow"><div id="wrapper"><header id="header" class="header has-sticky"><div class="header-wrapper"><div id="masthead" class="header-main"><div class="header-inner flex-row container logo-left"><div id="logo" class="flex-col logo"><a href="/" rel="home">{e(self.site_name)}</a></div>
<div class="flex-col hide-for-medium flex-left"><ul class="header-nav header-nav-main nav nav-left nav-uppercase">{menu}</ul></div></div></div></div></header>
<main id="main" class=""><div id="content" class="blog-wrapper blog-single page-wrapper"><div class="row row-large row-divided"><div class="large-9 col">{main}</div>
<div class="post-sidebar large-3 col"><div id="secondary" class="widget-area" role="complementary"><aside class="widget flatsome_recent_posts"><span class="widget-title"><span>Bài viết mới</span></span><div class="is-divider small"></div><ul>{recent}</ul></aside>
<aside class="widget widget_text"><span class="widget-title"><span>{COUNTER}</span></span><div class="textwidget"><p>{ONLINE}: 8<br />{TOTAL}: 310.442</p></div></aside></div></div></div></div></main>
<footer id="footer" class="footer-wrapper"><div class="absolute-footer dark medium-text-center small-text-center"><div class="container clearfix"><div class="footer-primary pull-left"><div class="copyright-footer">{COPYRIGHT}<br />{LICENCE}</div></div></div></div></footer></div></body></html>"""

    def article(self, ctx: Ctx, story: Story) -> str:
        a = story.article

        def figure(image: Image) -> str:
            cap = f'<figcaption class="wp-caption-text">{e(image.caption)}</figcaption>' if image.caption else ""
            return f'<figure class="wp-caption aligncenter" style="width: 800px"><img decoding="async" class="size-full" src="{e(image.url)}" alt="" width="800" height="533" />{cap}</figure>'

        text = body(story, lambda p: f"<p>{e(p)}</p>", figure)
        text += files(story, lambda f: f'\n<p><a href="{e(f.url)}">{e(f.title)}</a></p>')
        lead = f'<p class="lead"><strong>{e(a.summary)}</strong></p>' if a.summary else ""
        by = ", ".join(f'<span class="author vcard"><a class="url fn n" href="{e(self.archive_path("author", x))}">{e(x)}</a></span>' for x in a.authors)
        by = f' bởi <span class="byline">{by}</span>' if by else ""
        tags = (' | Thẻ: ' + ", ".join(f'<a href="{e(self.archive_path("tag", x))}" rel="tag">{e(x)}</a>' for x in a.tags)) if a.tags else ""
        comments = "".join(f'<li class="comment" id="comment-{cid}"><article class="flex-row align-top"><div class="flex-col flex-grow"><cite class="strong fn">{e(who)}</cite><div class="comment-content"><p>{e(said)}</p></div><div class="comment-meta commentmetadata uppercase is-xsmall clear"><span class="pull-left">{dmy(when)} lúc {hm(when)}</span><div class="reply pull-right"><a rel="nofollow" class="comment-reply-link" href="{e(story.path)}?replytocom={cid}#respond">Trả lời</a></div></div></div></article></li>' for cid, when, who, said in ctx.comments(story))
        return f"""<article id="post-{story.key}" class="post-{story.key} post type-post status-publish format-standard hentry"><div class="article-inner"><header class="entry-header"><div class="entry-header-text entry-header-text-top text-center">
<h6 class="entry-category is-xsmall"><a href="{e(self.listing_path(story.section, 1))}" rel="category tag">{e(story.section.name)}</a></h6>
<h1 class="entry-title">{e(a.title)}</h1><div class="entry-divider is-divider small"></div>
<div class="entry-meta uppercase is-xsmall"><span class="posted-on">Đăng vào <time class="entry-date published" datetime="{iso(a.published)}">{hm(a.published)} ngày {dmy(a.published)}</time></span>{by}</div></div></header>
<div class="entry-content single-page">{lead}
{text}
<div class="blog-share text-center"><div class="is-divider medium"></div><div class="social-icons share-icons share-row relative"><a href="#" class="icon button circle is-outline facebook">Facebook</a><a href="#" class="icon button circle is-outline zalo">Zalo</a></div></div></div>
<footer class="entry-meta text-left">Danh mục: <a href="{e(self.listing_path(story.section, 1))}" rel="category tag">{e(story.section.name)}</a>{tags}</footer></div></article>
<div id="comments" class="comments-area"><h3 class="comments-title uppercase">Bình luận</h3><ol class="comment-list">{comments}</ol></div>"""

    def teaser(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        return f'<div class="col post-item"><div class="col-inner"><a href="{e(story.path)}" class="plain"><div class="box box-text-bottom box-blog-post"><div class="box-text text-left"><h5 class="post-title is-large">{e(a.title)}</h5><div class="is-divider"></div><p class="from_the_blog_excerpt">{e(a.summary or "")}</p></div><div class="badge absolute top post-date badge-outline"><div class="badge-inner"><span class="post-date-day">{local(a.published):%d}</span><br /><span class="post-date-month is-xsmall">Th{local(a.published).month}</span></div></div></div></a></div></div>'


class Drupal7District(Template):
    """A district site on Drupal 7 with Views: `/tin-tuc/kinh-te/slug` path aliases, `?page=1`
    paging (zero-based), the headline an `h1#page-title`, "Gửi bởi … vào Thứ năm, 14/03/2019 -
    08:30" in `div.submitted`, the lead in a summary field, the body as `field-name-body` with
    images and captions as `div.image-caption` after them, tags in a `field-name-field-tags`
    list, attachments in a `field-type-file` table, and a Views block of recent items."""

    name = "drupal7district"
    site_name = "Cổng thông tin điện tử huyện Phú Lâm"

    def article_path(self, key: int, slug: str, section: Section, published: datetime) -> str:
        return f"/tin-tuc/{section.slug}/{slug}"

    def listing_path(self, section: Section, n: int) -> str:
        return f"/tin-tuc/{section.slug}" + (f"?page={n - 1}" if n > 1 else "")

    def archive_path(self, kind: str, value: str) -> str:
        if kind == "month":
            return f"/archive/{value.replace('-', '')}"
        return f"/{ {'tag': 'tags', 'author': 'users'}[kind] }/{slugify(value)}"

    def static_path(self, kind: str) -> str:
        return {"contact": "/contact", "calendar": "/lich-cong-tac", "search": "/search/node/covid"}[kind]

    def asset_path(self, url: str) -> str:
        return "/sites/default/files" + url

    def page(self, ctx: Ctx, title: str, main: str, *, canonical: str | None = None,
             story: Story | None = None) -> str:
        menu = "".join(f'<li class="leaf"><a href="{e(p)}">{e(t)}</a></li>' for t, p in ctx.nav())
        rows = "".join(f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="{e(s.path)}">{e(s.article.title)}</a></span></div></div>' for s in ctx.latest(5, story))
        canon = f'<link rel="canonical" href="{e(canonical)}" />' if canonical else ""
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN" "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" version="XHTML+RDFa 1.0" dir="ltr"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta name="Generator" content="Drupal 7 (http://drupal.org)" />{canon}<title>{e(title)} | {e(self.site_name)}</title></head>
<body class="html not-front not-logged-in one-sidebar sidebar-second page-node"><div id="page-wrapper"><div id="page"><div id="header"><div class="section clearfix"><div id="name-and-slogan"><div id="site-name"><strong><a href="/" title="Trang chủ" rel="home"><span>{e(self.site_name)}</span></a></strong></div></div></div></div>
<div id="main-menu" class="navigation"><h2 class="element-invisible">Main menu</h2><ul id="main-menu-links" class="links clearfix">{menu}</ul></div>
<div id="main-wrapper" class="clearfix"><div id="main" class="clearfix"><div id="content" class="column"><div class="section">{main}</div></div>
<div id="sidebar-second" class="column sidebar"><div class="section"><div class="region region-sidebar-second"><div id="block-views-tin-moi-block" class="block block-views"><h2>Tin mới</h2><div class="content"><div class="view view-tin-moi view-display-id-block"><div class="view-content">{rows}</div></div></div></div>
<div id="block-block-3" class="block block-block"><h2>{COUNTER}</h2><div class="content"><p>{ONLINE}: 14</p><p>{TOTAL}: 1.120.330</p></div></div></div></div></div></div></div>
<div id="footer-wrapper"><div class="section"><div id="footer" class="clearfix"><div class="region region-footer"><div id="block-block-1" class="block block-block"><div class="content"><p>{COPYRIGHT}</p><p>{LICENCE}</p></div></div></div></div></div></div></div></div></body></html>"""

    def article(self, ctx: Ctx, story: Story) -> str:
        a = story.article

        def figure(image: Image) -> str:
            cap = f'<div class="image-caption">{e(image.caption)}</div>' if image.caption else ""
            return f'<div class="media-element-container"><img typeof="foaf:Image" src="{e(image.url)}" alt="" />{cap}</div>'

        text = body(story, lambda p: f"<p>{e(p)}</p>", figure)
        lead = f'<div class="field field-name-field-tom-tat field-type-text-long field-label-hidden"><div class="field-items"><div class="field-item even"><strong>{e(a.summary)}</strong></div></div></div>' if a.summary else ""
        by = f'Gửi bởi <span class="username">{e(authors_text(story))}</span> vào ' if a.authors else "Gửi vào "
        tags = ('<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-above"><div class="field-label">Từ khóa:&nbsp;</div><ul class="field-items">'
                + "".join(f'<li class="field-item"><a href="{e(self.archive_path("tag", x))}">{e(x)}</a></li>' for x in a.tags) + "</ul></div>") if a.tags else ""
        rows = files(story, lambda f: f'<tr class="odd"><td><span class="file"><a href="{e(f.url)}" type="application/pdf">{e(f.title)}</a></span></td><td>{100 + len(f.title)} KB</td></tr>')
        attach = f'<div class="field field-name-field-file field-type-file"><table class="sticky-enabled"><thead><tr><th>Tập tin đính kèm</th><th>Kích thước</th></tr></thead><tbody>{rows}</tbody></table></div>' if rows else ""
        return f"""<div id="breadcrumb"><h2 class="element-invisible">Bạn đang ở đây</h2><div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="{e(self.listing_path(story.section, 1))}">{e(story.section.name)}</a></div></div>
<h1 class="title" id="page-title">{e(a.title)}</h1>
<div class="region region-content"><div id="block-system-main" class="block block-system"><div class="content"><div id="node-{story.key}" class="node node-article node-full clearfix">
<div class="meta submitted">{by}{weekday(a.published)}, {dmy(a.published)} - {hm(a.published)}</div>
<div class="content clearfix">{lead}<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">{text}</div></div></div>{attach}{tags}</div>
<div class="link-wrapper"><ul class="links inline"><li class="print_html first"><a href="#" title="Bản in">Bản in</a></li></ul></div></div></div></div></div>"""

    def teaser(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        return f'<div class="views-row views-row-teaser"><div class="views-field views-field-title"><h3 class="field-content"><a href="{e(story.path)}">{e(a.title)}</a></h3></div><div class="views-field views-field-created"><span class="field-content">{dmy(a.published)} - {hm(a.published)}</span></div><div class="views-field views-field-body"><div class="field-content">{e(a.summary or "")}</div></div></div>'

    def pager(self, n: int, pages: int, path_of: Callable[[int], str]) -> str:
        if pages == 1:
            return ""
        items = "".join(f'<li class="pager-item"><a href="{e(path_of(i))}">{i}</a></li>' if i != n else f'<li class="pager-current">{i}</li>' for i in range(1, pages + 1))
        nxt = f'<li class="pager-next"><a href="{e(path_of(n + 1))}">tiếp ›</a></li>' if n < pages else ""
        return f'<h2 class="element-invisible">Trang</h2><div class="item-list"><ul class="pager">{items}{nxt}</ul></div>'


class WordPasted(Template):
    """A ward site whose editors paste from Microsoft Word into a bare ASP news module: bodies of
    `p.MsoNormal` with inline `mso-` styles, `<o:p></o:p>` at each paragraph's end and the lead a
    bold-italic MsoNormal paragraph, images in `span` with an italic MsoNormal caption after them,
    the headline an `h3.news-title`, "(Cập nhật: 08:30 14/03/2019)" in small grey text, and the
    writers in a right-aligned italic closing paragraph; `?id=` addresses and `&p=N` paging."""

    name = "wordpasted"
    site_name = "Trang thông tin điện tử phường Hòa Lạc"
    shows_tags = False

    _font = "font-size:14.0pt;line-height:115%;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;"

    def article_path(self, key: int, slug: str, section: Section, published: datetime) -> str:
        return f"/news.asp?id={key}"

    def listing_path(self, section: Section, n: int) -> str:
        return f"/news.asp?cat={section.key}" + (f"&p={n}" if n > 1 else "")

    def archive_path(self, kind: str, value: str) -> str:
        return f"/news.asp?{kind}={slugify(value)}"

    def static_path(self, kind: str) -> str:
        return {"contact": "/contact.asp", "calendar": "/lich.asp", "search": "/news.asp?q=covid"}[kind]

    def asset_path(self, url: str) -> str:
        return "/upload" + url

    def _mso(self, inner: str, align: str = "justify") -> str:
        return (f'<p class="MsoNormal" style="text-align:{align};text-indent:36.0pt;mso-line-height-alt:14.0pt">'
                f'<span lang="VI" style="{self._font};mso-ansi-language:VI">{inner}<o:p></o:p></span></p>')

    def page(self, ctx: Ctx, title: str, main: str, *, canonical: str | None = None,
             story: Story | None = None) -> str:
        menu = "".join(f'<span class="mnu"><a href="{e(p)}">{e(t)}</a></span>' for t, p in ctx.nav())
        hot = "".join(f'<div class="hot"><a href="{e(s.path)}">{e(s.article.title)}</a></div>' for s in ctx.most_read(5))
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{e(title)}</title><link rel="stylesheet" href="/css/phuong.css"></head>
<body><div class="khung"><div class="dau"><img src="/img/banner.jpg" alt="{e(self.site_name)}"><div class="ten">{e(self.site_name)}</div></div>
<div class="thanhmenu">{menu}</div>
<div class="giua"><div class="trai">{main}</div>
<div class="phai"><div class="hophead">{MOST_READ}</div>{hot}<div class="hophead">{COUNTER}</div><div class="dem">{ONLINE}: 5 - {TOTAL}: 58.201</div></div></div>
<div class="cuoi">{COPYRIGHT}. {LICENCE}. Trụ sở: số 15 đường Hòa Lạc, phường Hòa Lạc</div></div></body></html>"""

    def article(self, ctx: Ctx, story: Story) -> str:
        a = story.article

        def figure(image: Image) -> str:
            pic = f'<p class="MsoNormal" align="center" style="text-align:center"><span style="mso-no-proof:yes"><img width="500" src="{e(image.url)}"></span><o:p></o:p></p>'
            return pic + (self._mso(f"<i>{e(image.caption)}</i>", "center") if image.caption else "")

        lead = self._mso(f"<b><i>{e(a.summary)}</i></b>") if a.summary else ""
        text = body(story, lambda p: self._mso(e(p)), figure)
        text += files(story, lambda f: f'\n<div class="dinhkem"><a href="{e(f.url)}">{e(f.title)}</a></div>')
        author = self._mso(f"<i>{e(authors_text(story))}</i>", "right") if a.authors else ""
        others = "".join(f'<li><a href="{e(s.path)}">{e(s.article.title)}</a></li>' for s in ctx.related(story, 5))
        return f"""<div class="news-path"><a href="/">Trang chủ</a> / <a href="{e(self.listing_path(story.section, 1))}">{e(story.section.name)}</a></div>
<h3 class="news-title">{e(a.title)}</h3><div class="news-time"><font color="#888888" size="1">(Cập nhật: {hm(a.published)} {dmy(a.published)})</font></div>
<div class="news-body">{lead}
{text}
{author}</div>
<div class="news-other"><b>Tin cùng chuyên mục</b><ul>{others}</ul></div>"""

    def teaser(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        return f'<div class="tom"><a class="tomten" href="{e(story.path)}">{e(a.title)}</a> <i class="tomngay">{hm(a.published)} {dmy(a.published)}</i><div class="tomtat">{e(a.summary or "")}</div></div>'




# -- five templates written 2026-11-30 12:35 by a non-tuner, unscored -------------------------------

#: (slug, title, text) of the introduction pages each of the fresh templates below serves at its own
#: addresses, so every site has as many plain non-article pages as a real portal's "Giới thiệu" menu.
class ProvincialMegaMenu(Template):
    """A provincial "Cổng TTĐT" built by a telecom integrator: `.html` addresses under the section,
    a mega-menu whose panels list each section's newest titles, "Tin mới / Tin đọc nhiều" tabs,
    the headline a `div`, "Thứ Ba, 14/03/2019 - 08:30" under it, the lead in a sapo div, images in
    two-row tables with the caption in the second row, the byline as the writer printed it, "Từ
    khóa:" tags and "File đính kèm" links inside the text, and a dated "Tin liên quan" list."""

    name = "provmega"
    site_name = "Cổng thông tin điện tử tỉnh Hà Lâm"

    def article_path(self, key: int, slug: str, section: Section, published: datetime) -> str:
        return f"/tin-tuc/{section.slug}/{slug}-{key}.html"

    def listing_path(self, section: Section, n: int) -> str:
        return f"/tin-tuc/{section.slug}.html" + (f"?page={n}" if n > 1 else "")

    def archive_path(self, kind: str, value: str) -> str:
        return f"/{ {'tag': 'tu-khoa', 'author': 'tac-gia', 'month': 'luu-tru'}[kind] }/{slugify(value)}.html"

    def static_path(self, kind: str) -> str:
        return {"contact": "/lien-he.html", "calendar": "/lich-lam-viec.html", "search": "/tim-kiem.html?keyword=covid"}[kind]

    def asset_path(self, url: str) -> str:
        return "/Uploads/images/news" + url

    def other_pages(self, ctx: Ctx) -> list[tuple[str, str, str]]:
        return [(f"/gioi-thieu/{slug}.html", title, f'<div class="intro-page"><h2 class="intro-title">{e(title)}</h2><p>{e(text)}</p></div>') for slug, title, text in INTRO_PAGES]

    def page(self, ctx: Ctx, title: str, main: str, *, canonical: str | None = None,
             story: Story | None = None) -> str:
        def panel(sec: Section) -> str:
            items = "".join(f'<li><a href="{e(s.path)}">{e(s.article.title)}</a></li>' for s in [x for x in ctx.stories if x.section == sec][:3])
            return f'<li class="mega-item"><a class="mega-link" href="{e(self.listing_path(sec, 1))}">{e(sec.name)}</a><div class="mega-panel"><div class="mega-col"><ul class="mega-news">{items}</ul></div></div></li>'

        mega = "".join(panel(sec) for sec in ctx.sections)
        newest = "".join(f'<li><a href="{e(s.path)}">{e(s.article.title)}</a> <span class="tab-date">({dmy(s.article.published)})</span></li>' for s in ctx.latest(6, story))
        read = "".join(f'<li><a href="{e(s.path)}">{e(s.article.title)}</a> <span class="tab-date">({dmy(s.article.published)})</span></li>' for s in ctx.most_read(6))
        canon = f'<link rel="canonical" href="{e(canonical)}">' if canonical else ""
        return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{e(title)} | {e(self.site_name)}</title>{canon}<link rel="stylesheet" href="/Content/portal/css/vt-style.css"></head>
<body class="vt-portal"><div class="vt-topbar"><div class="vt-container"><span class="vt-hotline">Đường dây nóng: 0203.3850.999</span><a class="vt-login" href="/dang-nhap.html">Đăng nhập</a></div></div>
<div class="vt-header"><div class="vt-container"><a class="vt-logo" href="/"><img src="/Content/portal/images/quoc-huy.png" alt=""><span class="vt-brand">{e(self.site_name)}</span></a></div></div>
<div class="vt-menu"><div class="vt-container"><ul class="megamenu"><li class="mega-item home"><a class="mega-link" href="/">Trang chủ</a></li>{mega}<li class="mega-item"><a class="mega-link" href="{e(self.static_path('calendar'))}">Lịch làm việc</a></li><li class="mega-item"><a class="mega-link" href="{e(self.static_path('contact'))}">Liên hệ</a></li></ul></div></div>
<div class="vt-main"><div class="vt-container vt-row"><div class="vt-col-content">{main}</div>
<div class="vt-col-side"><div class="vt-tabs"><ul class="tab-nav"><li class="tab-item active" data-tab="t1">Tin mới</li><li class="tab-item" data-tab="t2">{MOST_READ}</li></ul><div class="tab-pane active" id="t1"><ul class="tab-list">{newest}</ul></div><div class="tab-pane" id="t2"><ul class="tab-list">{read}</ul></div></div>
<div class="vt-box"><div class="vt-box-head">{COUNTER}</div><div class="vt-box-body">{ONLINE}: 112<br>{TOTAL}: 12.480.331</div></div>
<div class="vt-box"><div class="vt-box-head">{LINKS}</div><div class="vt-box-body"><select class="weblink"><option>Chính phủ</option><option>Bộ Nội vụ</option></select></div></div></div></div></div>
<div class="vt-footer"><div class="vt-container"><p>{COPYRIGHT}</p><p>{LICENCE}</p><p>Thiết kế và phát triển bởi Tập đoàn Công nghiệp - Viễn thông Quân đội</p></div></div></body></html>"""

    def article(self, ctx: Ctx, story: Story) -> str:
        a = story.article

        def figure(image: Image) -> str:
            cap = f'<tr><td class="image-caption">{e(image.caption)}</td></tr>' if image.caption else ""
            return f'<table class="image-box" align="center"><tbody><tr><td><img src="{e(image.url)}" alt="" style="width:100%"></td></tr>{cap}</tbody></table>'

        text = body(story, lambda p: f'<p style="text-align: justify;">{e(p)}</p>', figure)
        text += files(story, lambda f: f'\n<p>File đính kèm: <a href="{e(f.url)}" target="_blank">{e(f.title)}</a></p>')
        sapo = f'<div class="detail-sapo">{e(a.summary)}</div>' if a.summary else ""
        by = f'<p class="detail-author" style="text-align: right;"><strong>{e(a.byline or authors_text(story))}</strong></p>' if a.authors else ""
        tags = ('<div class="detail-tags"><span class="tags-label">Từ khóa:</span> ' + " ".join(f'<a class="tag-item" href="{e(self.archive_path("tag", x))}">{e(x)}</a>' for x in a.tags) + "</div>") if a.tags else ""
        rel = "".join(f'<li><a href="{e(s.path)}">{e(s.article.title)}</a> <i>({dmy(s.article.published)} {hm(s.article.published)})</i></li>' for s in ctx.related(story, 6))
        return f"""<ol class="vt-breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="{e(self.listing_path(story.section, 1))}">{e(story.section.name)}</a></li></ol>
<div class="news-detail"><div class="detail-title">{e(a.title)}</div>
<div class="detail-date"><i class="icon-clock"></i> {cap_weekday(a.published)}, {dmy(a.published)} - {hm(a.published)}</div>
{sapo}<div class="detail-content">{text}
{by}</div>{tags}
<div class="detail-tools"><a href="#" class="print">In trang</a> <a href="#" class="mail">Gửi email</a></div></div>
<div class="news-related"><div class="related-head">{RELATED}</div><ul>{rel}</ul></div>"""

    def teaser(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        return f'<div class="news-item"><a class="news-thumb" href="{e(story.path)}"><img src="/Content/portal/images/no-image.jpg" alt=""></a><div class="news-info"><a class="news-name" href="{e(story.path)}">{e(a.title)}</a><div class="news-time">{dmy(a.published)} {hm(a.published)}</div><div class="news-desc">{e(a.summary or "")}</div></div></div>'


class MobileCards(Template):
    """A mobile `m.` edition of a district portal: an app-like top bar with a drawer menu and a
    fixed bottom tab bar, articles and listings as cards, a section chip over an `h3` headline,
    "14-03-2019 08:30:00" with an eye and view count, images as bare paragraphs followed by an
    italic caption line, files as a card list, the writers as a bare right-aligned bold name at
    the end, and "Xem thêm" paging by `?trang=N`; no tags."""

    name = "mobilecards"
    site_name = "UBND huyện Phú Lâm - Phiên bản di động"
    shows_tags = False

    def article_path(self, key: int, slug: str, section: Section, published: datetime) -> str:
        return f"/m/{section.slug}/{slug}-post{key}.html"

    def listing_path(self, section: Section, n: int) -> str:
        return f"/m/{section.slug}/" + (f"?trang={n}" if n > 1 else "")

    def archive_path(self, kind: str, value: str) -> str:
        return f"/m/{ {'tag': 'chu-de', 'author': 'but-danh', 'month': 'thang'}[kind] }/{slugify(value)}"

    def static_path(self, kind: str) -> str:
        return {"contact": "/m/lien-he", "calendar": "/m/lich-lam-viec", "search": "/m/tim-kiem?tu=covid"}[kind]

    def asset_path(self, url: str) -> str:
        return "/m/static/img" + url

    def other_pages(self, ctx: Ctx) -> list[tuple[str, str, str]]:
        return [(f"/m/trang/{slug}", title, f'<div class="m-card m-static"><h3 class="m-static-title">{e(title)}</h3><p>{e(text)}</p></div>') for slug, title, text in INTRO_PAGES]

    def page(self, ctx: Ctx, title: str, main: str, *, canonical: str | None = None,
             story: Story | None = None) -> str:
        drawer = "".join(f'<a class="drawer-link" href="{e(p)}">{e(t)}</a>' for t, p in ctx.nav())
        canon = f'<link rel="canonical" href="{e(canonical)}">' if canonical else ""
        return f"""<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1"><meta name="theme-color" content="#b71c1c"><title>{e(title)}</title>{canon}<link rel="stylesheet" href="/m/static/app.min.css"></head>
<body class="m-app"><div class="appbar"><button class="appbar-menu" aria-label="Menu">&#9776;</button><a class="appbar-brand" href="/m/">{e(self.site_name)}</a><a class="appbar-search" href="{e(self.static_path('search'))}">&#128269;</a></div>
<aside class="drawer" hidden><div class="drawer-head">Danh mục</div>{drawer}</aside>
<main class="m-feed">{main}</main>
<div class="m-foot"><small>{COPYRIGHT}</small><small>{LICENCE}</small><small>{ONLINE}: 14</small></div>
<nav class="tabbar"><a class="tabbar-item" href="/"><i class="i-home"></i><span>Trang chủ</span></a><a class="tabbar-item" href="{e(self.listing_path(ctx.sections[0], 1))}"><i class="i-news"></i><span>Tin tức</span></a><a class="tabbar-item" href="{e(self.static_path('calendar'))}"><i class="i-cal"></i><span>Lịch</span></a><a class="tabbar-item" href="{e(self.static_path('contact'))}"><i class="i-phone"></i><span>Liên hệ</span></a></nav></body></html>"""

    def article(self, ctx: Ctx, story: Story) -> str:
        a = story.article

        def figure(image: Image) -> str:
            cap = f'\n<p><em>{e(image.caption)}</em></p>' if image.caption else ""
            return f'<p><img class="lazy-img" src="{e(image.url)}" alt=""></p>{cap}'

        text = body(story, lambda p: f"<p>{e(p)}</p>", figure)
        attach = files(story, lambda f: f'<li class="m-file"><a href="{e(f.url)}"><i class="i-doc"></i>{e(f.title)}</a></li>')
        attach = f'<ul class="m-files">{attach}</ul>' if attach else ""
        lead = f"<p><strong>{e(a.summary)}</strong></p>" if a.summary else ""
        by = f'<p style="text-align:right"><strong>{e(authors_text(story))}</strong></p>' if a.authors else ""
        more = "".join(self.teaser(ctx, s) for s in ctx.related(story, 3))
        stamp = f"{dmy(a.published, '-')} {hm(a.published)}:00"
        return f"""<article class="m-card m-detail"><a class="chip" href="{e(self.listing_path(story.section, 1))}">{e(story.section.name)}</a>
<h3 class="m-headline">{e(a.title)}</h3><div class="m-meta"><span class="m-time">{stamp}</span><span class="m-eye">&#128065; {views_text(story)}</span></div>
<section class="m-body">{lead}
{text}
{by}</section>{attach}<div class="m-share"><a href="#" class="m-share-fb">Chia sẻ</a><a href="#" class="m-share-zalo">Zalo</a></div></article>
<div class="m-more"><div class="m-more-head">{RELATED}</div>{more}</div>"""

    def teaser(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        return f'<a class="m-card m-teaser" href="{e(story.path)}"><span class="m-teaser-title">{e(a.title)}</span><span class="m-teaser-time">{dmy(a.published, "-")} {hm(a.published)}:00</span></a>'

    def pager(self, n: int, pages: int, path_of: Callable[[int], str]) -> str:
        return f'<a class="m-loadmore" href="{e(path_of(n + 1))}">Xem thêm</a>' if n < pages else ""


class NestedTableCommune(Template):
    """An old commune site on a PHP news module, nested tables and `<font>` tags, served in
    windows-1258 with tone marks as combining characters: `modules.php?name=News&op=viewst&sid=`
    addresses, the headline in a `td` as bold `<font>`, "Ngày đăng: 14/03/2019 - 08h30" in grey,
    the lead bold, images centred in a table cell with a small italic caption, files after "Văn
    bản kèm theo:", the writers bold italic on the right as "… (T/h)", and "Các tin đã đưa" dated
    to the day; a scrolling marquee of news and a left column of links."""

    name = "nestedcommune"
    site_name = "Trang thông tin điện tử xã Tân Lập"
    charset = "windows-1258"
    shows_tags = False
    page_size = 4

    def article_path(self, key: int, slug: str, section: Section, published: datetime) -> str:
        return f"/modules.php?name=News&op=viewst&sid={key}"

    def listing_path(self, section: Section, n: int) -> str:
        return f"/modules.php?name=News&op=newindex&catid={section.key}" + (f"&page={n}" if n > 1 else "")

    def archive_path(self, kind: str, value: str) -> str:
        return f"/modules.php?name=News&op=archive&{kind}={slugify(value)}"

    def static_path(self, kind: str) -> str:
        return {"contact": "/modules.php?name=Contact", "calendar": "/modules.php?name=Lich", "search": "/modules.php?name=Search&query=covid"}[kind]

    def asset_path(self, url: str) -> str:
        return "/uploads/news" + url

    def other_pages(self, ctx: Ctx) -> list[tuple[str, str, str]]:
        return [(f"/modules.php?name=Pages&pa={slug}", title, f'<table width="100%" cellpadding="4"><tr><td class="tieude"><font size="3"><b>{e(title)}</b></font></td></tr><tr><td class="chu">{e(text)}</td></tr></table>') for slug, title, text in INTRO_PAGES]

    def page(self, ctx: Ctx, title: str, main: str, *, canonical: str | None = None,
             story: Story | None = None) -> str:
        left = "".join(f'<tr><td class="menutrai"><img src="/images/arrow.gif" width="7" height="7"> <a href="{e(p)}">{e(t)}</a></td></tr>' for t, p in ctx.nav())
        run = " &nbsp;&nbsp; ".join(f'<a href="{e(s.path)}">{e(s.article.title)}</a>' for s in ctx.latest(4))
        return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"><title>{e(title)}</title><link rel="stylesheet" href="/themes/xa/style.css"></head>
<body bgcolor="#FFFFFF" topmargin="0" leftmargin="0"><table width="778" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="/themes/xa/images/banner.jpg" width="778" height="120" alt="{e(self.site_name)}"></td></tr>
<tr><td colspan="2" bgcolor="#0066CC" height="22"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()"><font color="#FFFFFF">{run}</font></marquee></td></tr>
<tr><td width="180" valign="top" bgcolor="#EAF2FF"><table width="100%" border="0" cellpadding="3" cellspacing="0"><tr><td class="boxtitle" bgcolor="#0066CC"><font color="#FFFFFF"><b>Danh mục</b></font></td></tr>{left}
<tr><td class="boxtitle" bgcolor="#0066CC"><font color="#FFFFFF"><b>{COUNTER}</b></font></td></tr><tr><td><font size="1">{ONLINE}: 3<br>{TOTAL}: 41.207</font></td></tr></table></td>
<td width="598" valign="top"><table width="100%" border="0" cellpadding="5" cellspacing="0"><tr><td valign="top">{main}</td></tr></table></td></tr>
<tr><td colspan="2" align="center" bgcolor="#0066CC"><font color="#FFFFFF" size="1">{COPYRIGHT}<br>{LICENCE}</font></td></tr></table></body></html>"""

    def article(self, ctx: Ctx, story: Story) -> str:
        a = story.article

        def figure(image: Image) -> str:
            cap = f'<tr><td align="center"><font size="1"><i>{e(image.caption)}</i></font></td></tr>' if image.caption else ""
            return f'<table border="0" cellpadding="2" cellspacing="0" align="center"><tr><td align="center"><img src="{e(image.url)}" width="400" border="1"></td></tr>{cap}</table>'

        text = body(story, lambda p: f'<p align="justify">{e(p)}</p>', figure)
        links = files(story, lambda f: f'<a href="{e(f.url)}"><img src="/images/{f.url.rsplit(".", 1)[-1].lower()}.gif" border="0"> {e(f.title)}</a><br>')
        attach = f"<p><b>Văn bản kèm theo:</b><br>{links}</p>" if links else ""
        lead = f"<p><b>{e(a.summary)}</b></p>" if a.summary else ""
        by = f'<div align="right"><b><i>{e(authors_text(story))} (T/h)</i></b></div>' if a.authors else ""
        old = "".join(f'<img src="/images/dot.gif"> <a href="{e(s.path)}">{e(s.article.title)}</a> <font color="#999999">({dmy(s.article.published)})</font><br>' for s in ctx.related(story, 8))
        when = f"{dmy(a.published)} - {local(a.published):%H}h{local(a.published):%M}"
        return f"""<table width="100%" border="0" cellpadding="3" cellspacing="0">
<tr><td><font size="1"><a href="/">Trang chủ</a> &raquo; <a href="{e(self.listing_path(story.section, 1))}">{e(story.section.name)}</a></font></td></tr>
<tr><td class="tieude"><font color="#003399" size="4"><b>{e(a.title)}</b></font></td></tr>
<tr><td><font color="#808080" size="1">Ngày đăng: {when}</font></td></tr>
<tr><td class="chu">{lead}
{text}
{attach}{by}</td></tr>
<tr><td align="right"><a href="javascript:window.print()"><img src="/images/print.gif" border="0"> In trang</a> &nbsp; <a href="javascript:history.go(-1)">Trở về</a></td></tr>
<tr><td bgcolor="#EAF2FF"><b>Các tin đã đưa:</b></td></tr><tr><td>{old}</td></tr></table>"""

    def teaser(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        return f'<table width="100%" border="0" cellpadding="2"><tr><td valign="top" width="10"><img src="/images/dot.gif"></td><td><a href="{e(story.path)}"><b>{e(a.title)}</b></a> <font color="#999999" size="1">({dmy(a.published)})</font><br><font size="2">{e(a.summary or "")}</font></td></tr></table>'

    def encode(self, html: str) -> bytes:
        return to_cp1258(html)


class BilingualPortal(Template):
    """A city portal with a Vietnamese / English switch: `/vi/news/…/{id}/slug` addresses and `/pN`
    paging, the Vietnamese menu printed twice (top bar and side column) beside an English one, an
    English "Home ›" breadcrumb, the headline a `strong` inside a paragraph, "Đăng ngày: 14/03/2019 |
    08:30 | Lượt xem" over the writers as "… (PV)", photos in a div with a note paragraph, "Từ
    khóa:" tags, files in a numbered download table, and "Tin mới" dated everywhere."""

    name = "bilingual"
    site_name = "Cổng thông tin điện tử thành phố Hà Lâm"

    def article_path(self, key: int, slug: str, section: Section, published: datetime) -> str:
        return f"/vi/news/{section.slug}/{key}/{slug}"

    def listing_path(self, section: Section, n: int) -> str:
        return f"/vi/news/{section.slug}" + (f"/p{n}" if n > 1 else "")

    def archive_path(self, kind: str, value: str) -> str:
        return f"/vi/{ {'tag': 'keyword', 'author': 'writer', 'month': 'archive'}[kind] }/{slugify(value)}"

    def static_path(self, kind: str) -> str:
        return {"contact": "/vi/contact", "calendar": "/vi/schedule", "search": "/vi/search?q=covid"}[kind]

    def asset_path(self, url: str) -> str:
        return "/data/vi/photos" + url

    def other_pages(self, ctx: Ctx) -> list[tuple[str, str, str]]:
        return [(f"/vi/about/{slug}", title, f'<section class="about-block"><p class="about-name"><strong>{e(title)}</strong></p><p>{e(text)}</p></section>') for slug, title, text in INTRO_PAGES]

    def page(self, ctx: Ctx, title: str, main: str, *, canonical: str | None = None,
             story: Story | None = None) -> str:
        vi = "".join(f'<li class="nav-vi"><a href="{e(p)}">{e(t)}</a></li>' for t, p in ctx.nav())
        en = "".join(f'<li class="nav-en"><a href="/en/{slugify(t)}">{t}</a></li>' for t in ("Home", "News", "Investment", "Tourism", "Contact"))
        fresh = "".join(f'<li><a href="{e(s.path)}">{e(s.article.title)}</a><span class="fresh-date">{dmy(s.article.published)} {hm(s.article.published)}</span></li>' for s in ctx.latest(5, story))
        canon = f'<link rel="canonical" href="{e(canonical)}">' if canonical else ""
        return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{e(title)} - {e(self.site_name)}</title>{canon}<link rel="alternate" hreflang="en" href="/en/"><link rel="stylesheet" href="/assets/css/city.css"></head>
<body class="lang-vi"><div class="top-strip"><div class="lang-switch"><a href="/vi/" class="lang on" hreflang="vi">Tiếng Việt</a> | <a href="/en/" class="lang" hreflang="en">English</a></div><ul class="en-menu" lang="en">{en}</ul></div>
<div class="masthead"><a href="/" class="masthead-logo">{e(self.site_name)}</a><span class="masthead-en" lang="en">Ha Lam City Web Portal</span></div>
<ul class="vi-menu">{vi}</ul>
<div class="page-body"><div class="side-col"><ul class="vi-menu side">{vi}</ul><div class="side-box"><p class="side-head">Tin mới</p><ul class="fresh-list">{fresh}</ul></div><div class="side-box"><p class="side-head">{COUNTER}</p><p>{ONLINE}: 61 · {TOTAL}: 2.044.190</p></div></div>
<div class="main-col">{main}</div></div>
<div class="page-foot"><p>{COPYRIGHT}</p><p>{LICENCE}</p><p lang="en">Copyright © Ha Lam City People's Committee</p></div></body></html>"""

    def article(self, ctx: Ctx, story: Story) -> str:
        a = story.article

        def figure(image: Image) -> str:
            cap = f'<p class="photo-note">{e(image.caption)}</p>' if image.caption else ""
            return f'<div class="photo"><img src="{e(image.url)}" alt="{e(image.caption or "")}">{cap}</div>'

        text = body(story, lambda p: f"<p>{e(p)}</p>", figure)
        rows = "".join(f'<tr><td>{i}</td><td>{e(f.title)}</td><td><a href="{e(f.url)}">Tải về</a></td></tr>' for i, f in enumerate(a.attachments, 1))
        attach = f'<table class="attach-table"><tr><th>STT</th><th>Tên tệp</th><th>Tải về</th></tr>{rows}</table>' if rows else ""
        lead = f'<p class="post-lead"><em>{e(a.summary)}</em></p>' if a.summary else ""
        by = f'<p class="post-writer">{e(authors_text(story))} (PV)</p>' if a.authors else ""
        tags = ('<p class="keywords">Từ khóa: ' + ", ".join(f'<a href="{e(self.archive_path("tag", x))}">{e(x)}</a>' for x in a.tags) + "</p>") if a.tags else ""
        rel = "".join(f'<li><a href="{e(s.path)}">{e(s.article.title)}</a> <span>({dmy(s.article.published)})</span></li>' for s in ctx.related(story, 5))
        return f"""<p class="crumbs" lang="en"><a href="/">Home</a> › <a href="/vi/news">News</a> › <a href="{e(self.listing_path(story.section, 1))}">{e(story.section.name)}</a></p>
<div class="post"><p class="post-title"><strong>{e(a.title)}</strong></p>
<p class="post-stamp">Đăng ngày: {dmy(a.published)} | {hm(a.published)} | Lượt xem: {views_text(story)}</p>{by}
{lead}<div class="post-text">{text}</div>{attach}{tags}</div>
<div class="post-related"><p class="side-head">{RELATED}</p><ul>{rel}</ul></div>"""

    def teaser(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        return f'<div class="row-news"><p class="row-news-title"><a href="{e(story.path)}">{e(a.title)}</a></p><p class="row-news-date">{dmy(a.published)} | {hm(a.published)}</p><p>{e(a.summary or "")}</p></div>'

    def pager(self, n: int, pages: int, path_of: Callable[[int], str]) -> str:
        if pages == 1:
            return ""
        prev = f'<a href="{e(path_of(n - 1))}">« Previous</a> ' if n > 1 else ""
        nxt = f' <a href="{e(path_of(n + 1))}">Next »</a>' if n < pages else ""
        return f'<p class="pages">{prev}Trang {n}/{pages}{nxt}</p>'


# -- six templates written 2026-11-30 13:50 by a non-tuner, unscored -------------------------------

def _modified(story: Story) -> datetime:
    """When the editor last touched a story: a day and some hours after it went out (for the
    templates that print an update time beside or after the publish time)."""
    return story.article.published + timedelta(days=1, hours=7, minutes=32)


def _only_images(story: Story, images: list[Image]) -> Story:
    """The story with only `images` left in its text, for templates that print the others apart."""
    return dataclasses.replace(story, article=dataclasses.replace(story.article, images=images))


class K2Commune(Template):
    """A commune site on Joomla 2.5 with the K2 component and a bought JA-style template (the
    commonest commune build of 2012–2018): `/index.php/tin-tuc/item/1234-slug` SEF addresses,
    category lists `/itemlist/category/12-slug?start=6`, the date above an `h2.itemTitle`, "Viết
    bởi" with the writers as the K2 author alias, the first photo as K2's item image with its
    caption span *before* the intro (the lead, `div.itemIntroText`), the other photos in the full
    text as centred paragraphs with an italic line under them, "Sửa lần cuối vào …" (a later
    time) after the text, "Đăng trong" and "Từ khóa" links, K2's attachment block whose links are
    `item/download/…` addresses without a file name, hits, and related items with dates."""

    name = "k2commune"
    site_name = "Cổng thông tin điện tử xã Phú Thịnh"
    page_size = 6

    def article_path(self, key: int, slug: str, section: Section, published: datetime) -> str:
        return f"/index.php/tin-tuc/item/{key}-{slug}"

    def listing_path(self, section: Section, n: int) -> str:
        start = f"?start={(n - 1) * self.page_size}" if n > 1 else ""
        return f"/index.php/tin-tuc/itemlist/category/{section.key}-{section.slug}{start}"

    def archive_path(self, kind: str, value: str) -> str:
        if kind == "month":
            return f"/index.php/tin-tuc/itemlist/date/{value[:4]}/{int(value[5:])}"
        if kind == "author":
            return f"/index.php/tin-tuc/itemlist/user/{60 + len(value)}-{slugify(value)}"
        return f"/index.php/tin-tuc/itemlist/tag/{slugify(value)}"

    def static_path(self, kind: str) -> str:
        return {"contact": "/index.php/lien-he", "calendar": "/index.php/lich-cong-tac",
                "search": "/index.php/tim-kiem?searchword=covid&searchphrase=all"}[kind]

    def asset_path(self, url: str) -> str:
        if is_image(url):
            return "/images/stories/tintuc" + url
        return f"/index.php/tin-tuc/item/download/{zlib.crc32(url.encode()) % 900 + 100}_{zlib.crc32(url[::-1].encode()):08x}"

    def other_pages(self, ctx: Ctx) -> list[tuple[str, str, str]]:
        return [(f"/index.php/gioi-thieu/{slug}", title, f'<div class="item-page"><h2>{e(title)}</h2><p>{e(text)}</p></div>') for slug, title, text in INTRO_PAGES]

    def page(self, ctx: Ctx, title: str, main: str, *, canonical: str | None = None,
             story: Story | None = None) -> str:
        menu = "".join(f'<li class="item-{101 + i}"><a href="{e(p)}">{e(t)}</a></li>' for i, (t, p) in enumerate(ctx.nav()))
        hot = "".join(f'<li class="{"even" if i % 2 else "odd"}"><a class="moduleItemTitle" href="{e(s.path)}">{e(s.article.title)}</a><span class="moduleItemDateCreated">{dmy(s.article.published)} {hm(s.article.published)}</span></li>' for i, s in enumerate(ctx.most_read(5)))
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi-vn" lang="vi-vn" dir="ltr"><head><meta http-equiv="content-type" content="text/html; charset=utf-8" /><meta name="generator" content="Joomla! - Open Source Content Management" /><title>{e(title)}</title><link rel="stylesheet" href="/components/com_k2/css/k2.css" type="text/css" /><link rel="stylesheet" href="/templates/ja_teline/css/template.css" type="text/css" /><script src="/media/system/js/mootools-core.js" type="text/javascript"></script><script src="/components/com_k2/js/k2.js" type="text/javascript"></script></head>
<body id="bd" class="fs3 com_k2"><div id="ja-wrapper"><div id="ja-header" class="wrap"><div class="main"><h1 class="logo"><a href="/" title="{e(self.site_name)}"><span>{e(self.site_name)}</span></a></h1></div></div>
<div id="ja-mainnav" class="wrap"><div class="main"><ul class="menu">{menu}</ul></div></div>
<div id="ja-container" class="wrap ja-r1"><div class="main"><div id="ja-mainbody"><div id="ja-main"><div class="inner"><div id="system-message-container"></div>
{main}
</div></div></div>
<div id="ja-right" class="column sidebar"><div class="ja-moduletable moduletable_hot"><h3><span>{MOST_READ}</span></h3><div class="ja-box-ct"><div id="k2ModuleBox93" class="k2ItemsBlock"><ul>{hot}</ul></div></div></div>
<div class="ja-moduletable moduletable"><h3><span>{COUNTER}</span></h3><div class="ja-box-ct"><div class="vvisit_counter"><table cellpadding="0" cellspacing="0"><tbody><tr><td>Hôm nay</td><td align="right">57</td></tr><tr><td>Hôm qua</td><td align="right">112</td></tr><tr><td>{ONLINE}</td><td align="right">4</td></tr><tr><td>{TOTAL}</td><td align="right">208.634</td></tr></tbody></table></div></div></div>
<div class="ja-moduletable moduletable"><h3><span>{LINKS}</span></h3><div class="ja-box-ct"><form name="weblinks"><select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option><option value="http://chinhphu.vn">Cổng TTĐT Chính phủ</option></select></form></div></div></div></div></div>
<div id="ja-footer" class="wrap"><div class="main"><div class="ja-copyright"><small>{COPYRIGHT}</small><br /><small>{LICENCE}</small></div></div></div></div></body></html>"""

    def article(self, ctx: Ctx, story: Story) -> str:
        a = story.article

        def figure(image: Image) -> str:
            cap = f'\n<p style="text-align: center;"><em>{e(image.caption)}</em></p>' if image.caption else ""
            return f'<p style="text-align: center;"><img src="{e(image.url)}" alt="" width="500" height="333" /></p>{cap}'

        item_image = ""
        if a.images:
            first = a.images[0]
            cap = f'<span class="itemImageCaption">{e(first.caption)}</span>' if first.caption else ""
            item_image = f'<div class="itemImageBlock"><span class="itemImage"><a class="modal" rel="{{handler: \'image\'}}" href="{e(first.url)}" title="Nhấp chuột để xem ảnh"><img src="{e(first.url)}" alt="{e(a.title)}" style="width:600px; height:auto;" /></a></span>{cap}<div class="clr"></div></div>'
        text = body(_only_images(story, a.images[1:]), lambda p: f'<p style="text-align: justify;">{e(p)}</p>', figure)
        intro = f'<div class="itemIntroText">{e(a.summary)}</div>' if a.summary else ""
        by = f'<span class="itemAuthor">Viết bởi&nbsp;{e(", ".join(a.authors))}</span>' if a.authors else ""
        m = _modified(story)
        tags = ('<div class="itemTagsBlock"><span>Từ khóa</span><ul class="itemTags">' + "".join(f'<li><a href="{e(self.archive_path("tag", x))}">{e(x)}</a></li>' for x in a.tags) + '</ul><div class="clr"></div></div>') if a.tags else ""
        rows = files(story, lambda f: f'<li><a title="{e(f.title)}" href="{e(f.url)}">{e(f.title)}</a> <span>(số lần tải về: {len(f.title) % 40 + 3})</span></li>')
        attach = f'<div class="itemAttachmentsBlock"><span>Tải về tập tin đính kèm</span><ul class="itemAttachments">{rows}</ul></div>' if rows else ""
        rel = "".join(f'<li class="{"even" if i % 2 else "odd"}"><a class="itemRelTitle" href="{e(s.path)}">{e(s.article.title)}</a> <span class="itemRelDate">{dmy(s.article.published)}</span></li>' for i, s in enumerate(ctx.related(story, 5)))
        return f"""<span id="startOfPageId{story.key}"></span>
<div id="k2Container" class="itemView">
<div class="itemHeader"><span class="itemDateCreated">{weekday(a.published)}, {dmy(a.published)} {hm(a.published)}</span>
<h2 class="itemTitle">{e(a.title)}</h2>
{by}</div>
<div class="itemToolbar"><ul><li><span class="itemTextResizerTitle">cỡ chữ</span> <a href="#" id="fontDecrease">giảm cỡ chữ</a> <a href="#" id="fontIncrease">tăng cỡ chữ</a></li><li><a class="itemPrintLink" rel="nofollow" href="#" onclick="window.print();return false;">In</a></li><li><a class="itemEmailLink" rel="nofollow" href="#">E-mail</a></li></ul><div class="clr"></div></div>
<div class="itemBody">{item_image}{intro}
<div class="itemFullText">{text}</div>
<div class="clr"></div>
<div class="itemDateModified">Sửa lần cuối vào {weekday(m)}, {dmy(m)} {hm(m)}</div>
<div class="itemLinks"><div class="itemCategory"><span>Đăng trong</span> <a href="{e(self.listing_path(story.section, 1))}">{e(story.section.name)}</a></div>{tags}</div>
{attach}</div>
<div class="itemHitsTwitter"><span class="itemHits">Lượt xem <b>{views_text(story)}</b> lần</span><div class="clr"></div></div>
<div class="itemRelated"><h3>Những bài viết liên quan</h3><ul>{rel}</ul><div class="clr"></div></div>
<div class="itemBackToTop"><a class="k2Anchor" href="#startOfPageId{story.key}">trở lại đầu trang</a></div></div>"""

    def teaser(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        return f'<div class="itemContainer" style="width:100.0%;"><div class="catItemView groupLeading"><div class="catItemHeader"><span class="catItemDateCreated">{weekday(a.published)}, {dmy(a.published)} {hm(a.published)}</span><h3 class="catItemTitle"><a href="{e(story.path)}">{e(a.title)}</a></h3></div><div class="catItemBody"><div class="catItemIntroText">{e(a.summary or "")}</div></div><div class="catItemReadMore"><a class="k2ReadMore" href="{e(story.path)}">Xem tiếp...</a></div></div></div>'

    def listing(self, ctx: Ctx, heading: str, stories: Sequence[Story], pager: str) -> str:
        items = "\n".join(self.teaser(ctx, s) for s in stories)
        return f'<div id="k2Container" class="itemListView"><div class="itemListCategory"><h2>{e(heading)}</h2></div><div class="itemList"><div id="itemListLeading">{items}</div></div>{pager}</div>'

    def pager(self, n: int, pages: int, path_of: Callable[[int], str]) -> str:
        if pages == 1:
            return ""

        def item(label: str, cls: str, i: int) -> str:
            inner = f'<a title="{label}" href="{e(path_of(i))}" class="pagenav">{label}</a>' if i != n else f'<span class="pagenav">{label}</span>'
            return f'<li class="{cls}">{inner}</li>'

        nums = "".join(item(str(i), "", i) for i in range(1, pages + 1))
        return (f'<div class="k2Pagination"><ul>{item("Đầu", "pagination-start", 1)}{item("Trước", "pagination-prev", max(1, n - 1))}{nums}'
                f'{item("Tiếp", "pagination-next", min(pages, n + 1))}{item("Cuối", "pagination-end", pages)}</ul><div class="clr"></div>Trang {n} / {pages}</div>')


def _blogger_slug(slug: str) -> str:
    """Blogger cuts a post's address at about forty characters, at a word."""
    out = ""
    for word in slug.split("-"):
        if len(out) + len(word) + 1 > 40:
            break
        out = f"{out}-{word}" if out else word
    return out


def _blogger_day(dt: datetime) -> str:
    """Blogger's Vietnamese date header: "Thứ Năm, 14 tháng 3, 2019"."""
    d = local(dt)
    return f"{cap_weekday(dt)}, {d.day} tháng {d.month}, {d.year}"


class BloggerWard(Template):
    """A ward's news blog on Blogger (the Simple theme with a breadcrumb gadget), as wards, schools
    and youth unions ran before they had a portal: `/2019/03/<slug cut at ~40 characters>.html`
    addresses, sections as labels (`/search/label/Kinh%20t%E1%BA%BF`, paged by
    `?max-results=5&start=5&by-date=false`), the day only in the date header over the post ("Thứ
    Năm, 14 tháng 3, 2019") and the time only in the footer ("vào lúc 08:30", an `abbr` with the
    ISO time), "Đăng bởi Admin" (the account, not the writer) while the writers close the text as
    typed in bold on the right, paragraphs as `div`s with blank `div`s between, captions in
    Blogger's `tr-caption` tables, "Nhãn:" tags, readers' comments dated "14 tháng 3, 2019 lúc
    11:30", and listings that group posts under a date header per day."""

    name = "bloggerward"
    site_name = "Phường Hòa Lạc - Trang tin điện tử"

    def article_path(self, key: int, slug: str, section: Section, published: datetime) -> str:
        return f"/{local(published):%Y/%m}/{_blogger_slug(slug)}.html"

    def listing_path(self, section: Section, n: int) -> str:
        more = f"?max-results={self.page_size}&start={(n - 1) * self.page_size}&by-date=false" if n > 1 else ""
        return f"/search/label/{quote(section.name)}{more}"

    def archive_path(self, kind: str, value: str) -> str:
        if kind == "month":
            return f"/{value[:4]}/{value[5:]}/"
        if kind == "tag":
            return f"/search/label/{quote(value)}"
        return f"/search?q={quote(value)}"

    def static_path(self, kind: str) -> str:
        return {"contact": "/p/lien-he.html", "calendar": "/p/lich-cong-tac.html", "search": "/search?q=covid"}[kind]

    def asset_path(self, url: str) -> str:
        return f"/img/b/R29vZ2xl/AVvXsEh{zlib.crc32(url.encode()):08x}/s640/{file_name(url)}" if is_image(url) else "/files" + url

    def other_pages(self, ctx: Ctx) -> list[tuple[str, str, str]]:
        return [(f"/p/{slug}.html", title, f'<div class="post hentry"><h3 class="post-title entry-title">{e(title)}</h3><div class="post-body entry-content"><div>{e(text)}</div></div></div>') for slug, title, text in INTRO_PAGES]

    def page(self, ctx: Ctx, title: str, main: str, *, canonical: str | None = None,
             story: Story | None = None) -> str:
        popular = "".join(f'<li><div class="item-content"><div class="item-title"><a href="{e(s.path)}">{e(s.article.title)}</a></div><div class="item-snippet">{e((s.article.summary or s.article.paragraphs[0])[:110])}…</div></div><div style="clear: both;"></div></li>' for s in ctx.most_read(4))
        years: dict[str, list[str]] = {}
        for m in ctx.months():
            years.setdefault(m[:4], []).append(m)
        count = {m: sum(f"{local(s.article.published):%Y-%m}" == m for s in ctx.stories) for m in ctx.months()}
        tree = "".join(f'<li class="archivedate"><a class="toggle" href="javascript:void(0)"><span class="zippy">►&nbsp;</span></a><span class="post-count-link">{y}</span> <span class="post-count" dir="ltr">({sum(count[m] for m in ms)})</span><ul class="hierarchy">'
                       + "".join(f'<li class="archivedate"><a class="post-count-link" href="{e(self.archive_path("month", m))}">tháng {int(m[5:])}</a> <span class="post-count" dir="ltr">({count[m]})</span></li>' for m in ms) + "</ul></li>"
                       for y, ms in years.items())
        labels = "".join(f'<li><a dir="ltr" href="{e(self.listing_path(sec, 1))}">{e(sec.name)}</a><span dir="ltr">({sum(s.section == sec for s in ctx.stories)})</span></li>' for sec in ctx.sections)
        pages = "".join(f'<li><a href="{e(p)}">{e(t)}</a></li>' for t, p in [("Trang chủ", "/"), ("Liên hệ", self.static_path("contact")), ("Lịch công tác", self.static_path("calendar"))])
        canon = f"<link rel='canonical' href='{e(canonical)}'/>" if canonical else ""
        return f"""<!DOCTYPE html>
<html class='v2' dir='ltr' lang='vi' xmlns='http://www.w3.org/1999/xhtml' xmlns:b='http://www.google.com/2005/gml/b' xmlns:data='http://www.google.com/2005/gml/data' xmlns:expr='http://www.google.com/2005/gml/expr'><head><meta content='width=1100' name='viewport'/><meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/><meta content='blogger' name='generator'/>{canon}<title>{e(self.site_name)}: {e(title)}</title></head>
<body class='loading variant-simplysimple'><div class='content'><div class='content-outer'><header><div class='header-outer'><div class='region-inner header-inner'><div class='header section' id='header'><div class='widget Header' data-version='1' id='Header1'><div id='header-inner'><div class='titlewrapper'><h1 class='title'><a href='/'>{e(self.site_name)}</a></h1></div><div class='descriptionwrapper'><p class='description'><span>Thông tin hoạt động của Đảng ủy, HĐND, UBND và các đoàn thể phường Hòa Lạc</span></p></div></div></div></div></div></div></header>
<div class='tabs-outer'><div class='region-inner tabs-inner'><div class='tabs section' id='crosscol'><div class='widget PageList' data-version='1' id='PageList1'><div class='widget-content'><ul>{pages}</ul></div></div></div></div></div>
<div class='main-outer'><div class='region-inner main-inner'><div class='columns fauxcolumns'><div class='columns-inner'><div class='column-center-outer'><div class='column-center-inner'><div class='main section' id='main'><div class='widget Blog' data-version='1' id='Blog1'><div class='blog-posts hfeed'>
{main}
</div></div></div></div></div>
<div class='column-right-outer'><div class='column-right-inner'><aside><div class='sidebar section' id='sidebar-right-1'>
<div class='widget PopularPosts' data-version='1' id='PopularPosts1'><h2>Bài đăng phổ biến</h2><div class='widget-content popular-posts'><ul>{popular}</ul></div></div>
<div class='widget Label' data-version='1' id='Label1'><h2>Chuyên mục</h2><div class='widget-content list-label-widget-content'><ul>{labels}</ul></div></div>
<div class='widget BlogArchive' data-version='1' id='BlogArchive1'><h2>Lưu trữ Blog</h2><div class='widget-content'><div id='ArchiveList'><div id='BlogArchive1_ArchiveList'><ul class='hierarchy'>{tree}</ul></div></div></div></div>
<div class='widget HTML' data-version='1' id='HTML1'><h2 class='title'>{COUNTER}</h2><div class='widget-content'>{ONLINE}: 2<br/>{TOTAL}: 18.551</div></div>
</div></aside></div></div></div></div></div></div>
<footer><div class='footer-outer'><div class='region-inner footer-inner'><div class='foot section' id='footer-1'><div class='widget Text' data-version='1' id='Text1'><div class='widget-content'>{COPYRIGHT}</div></div></div><div class='widget Attribution' data-version='1' id='Attribution1'><div class='widget-content' style='text-align: center;'>Chủ đề Đơn giản. Được tạo bởi <a href='https://www.blogger.com' target='_blank'>Blogger</a>.</div></div></div></div></footer></div></div></body></html>"""

    def _post(self, story: Story, title: str, content: str, labels: str) -> str:
        a = story.article
        return f"""<div class='post-outer'><div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'><a name='{story.key}'></a>
<h3 class='post-title entry-title' itemprop='name'>{title}</h3>
<div class='post-header'><div class='post-header-line-1'></div></div>
<div class='post-body entry-content' id='post-body-{story.key}' itemprop='description articleBody'>{content}
<div style='clear: both;'></div></div>
<div class='post-footer'><div class='post-footer-line post-footer-line-1'><span class='post-author vcard'>Đăng bởi <span class='fn' itemprop='author' itemscope='itemscope' itemtype='http://schema.org/Person'><a class='g-profile' href='https://www.blogger.com/profile/04418795327051839210' rel='author' title='author profile'><span itemprop='name'>Admin</span></a></span></span> <span class='post-timestamp'>vào lúc <a class='timestamp-link' href='{e(story.path)}' rel='bookmark' title='permanent link'><abbr class='published' itemprop='datePublished' title='{iso(a.published)}'>{hm(a.published)}</abbr></a></span></div>{labels}</div></div></div>"""

    def _day(self, dt: datetime, posts: str) -> str:
        return f"<div class='date-outer'><h2 class='date-header'><span>{_blogger_day(dt)}</span></h2><div class='date-posts'>{posts}</div></div>"

    def article(self, ctx: Ctx, story: Story) -> str:
        a = story.article

        def figure(image: Image) -> str:
            if not image.caption:
                return f'<div class="separator" style="clear: both; text-align: center;"><a href="{e(image.url)}" style="margin-left: 1em; margin-right: 1em;"><img border="0" data-original-height="427" data-original-width="640" src="{e(image.url)}" /></a></div>'
            return f'<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" style="margin-left: auto; margin-right: auto;"><tbody><tr><td style="text-align: center;"><a href="{e(image.url)}" style="margin-left: auto; margin-right: auto;"><img border="0" data-original-height="427" data-original-width="640" src="{e(image.url)}" /></a></td></tr><tr><td class="tr-caption" style="text-align: center;">{e(image.caption)}</td></tr></tbody></table>'

        text = body(story, lambda p: f'<div style="text-align: justify;">{e(p)}</div>\n<div style="text-align: justify;"><br /></div>', figure)
        lead = f'<div style="text-align: justify;"><b>{e(a.summary)}</b></div>\n<div><br /></div>\n' if a.summary else ""
        text += files(story, lambda f: f'\n<div>Tải văn bản: <a href="{e(f.url)}" target="_blank">{e(f.title)}</a></div>')
        by = f'\n<div style="text-align: right;"><b>{e(a.byline or authors_text(story))}</b></div>' if a.authors else ""
        labels = ("<div class='post-footer-line post-footer-line-2'><span class='post-labels'>Nhãn: " + ", ".join(f"<a href='{e(self.archive_path('tag', x))}' rel='tag'>{e(x)}</a>" for x in a.tags) + "</span></div>") if a.tags else ""
        comments = ctx.comments(story)
        said = "".join(f"<li class='comment' id='c{cid}'><div class='comment-block'><div class='comment-header'><cite class='user'>{e(who)}</cite><span class='datetime secondary-text'><a rel='nofollow' href='#c{cid}'>{local(when).day} tháng {local(when).month}, {local(when).year} lúc {hm(when)}</a></span></div><p class='comment-content'>{e(words)}</p></div></li>" for cid, when, who, words in comments)
        i = ctx.stories.index(story)
        newer = f"<span id='blog-pager-newer-link'><a class='blog-pager-newer-link' href='{e(ctx.stories[i - 1].path)}' title='Bài đăng Mới hơn'>Bài đăng Mới hơn</a></span>" if i else ""
        older = f"<span id='blog-pager-older-link'><a class='blog-pager-older-link' href='{e(ctx.stories[i + 1].path)}' title='Bài đăng Cũ hơn'>Bài đăng Cũ hơn</a></span>" if i + 1 < len(ctx.stories) else ""
        crumb = f"<div class='breadcrumbs'><span><a href='/'>Trang chủ</a></span> › <span><a href='{e(self.listing_path(story.section, 1))}'>{e(story.section.name)}</a></span> › <span>{e(a.title)}</span></div>"
        post = self._post(story, e(a.title), f"{lead}{text}{by}", labels)
        return f"""{crumb}
{self._day(a.published, post)}
<div class='comments' id='comments'><h4>{len(comments)} nhận xét:</h4><div class='comments-content'><ol>{said}</ol></div></div>
<div class='blog-pager' id='blog-pager'>{newer}{older}<a class='home-link' href='/'>Trang chủ</a></div>"""

    def teaser(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        jump = f'<div style="text-align: justify;">{e(a.summary or a.paragraphs[0])}</div><div class="jump-link"><a href="{e(story.path)}#more" title="{e(a.title)}">Đọc thêm »</a></div>'
        return self._post(story, f"<a href='{e(story.path)}'>{e(a.title)}</a>", jump, "")

    def listing(self, ctx: Ctx, heading: str, stories: Sequence[Story], pager: str) -> str:
        days: dict[str, list[Story]] = {}
        for s in stories:
            days.setdefault(dmy(s.article.published), []).append(s)
        if heading in ctx.tags() or any(sec.name == heading for sec in ctx.sections):
            said = f"Hiển thị các bài đăng có nhãn <b>{e(heading)}</b>."
        elif heading in ctx.authors():
            said = f"Hiển thị các bài đăng được sắp xếp theo mức độ liên quan cho truy vấn <b>{e(heading)}</b>."
        else:  # the home page and month archives say nothing
            said = ""
        status = f"<div class='status-msg-wrap'><div class='status-msg-body'>{said} <a href='/'>Hiển thị tất cả bài đăng</a></div></div>" if said else ""
        posts = "\n".join(self._day(group[0].article.published, "".join(self.teaser(ctx, s) for s in group)) for group in days.values())
        return f"{status}\n{posts}\n{pager}"

    def home(self, ctx: Ctx) -> str:
        return self.listing(ctx, self.site_name, ctx.latest(self.page_size), "")

    def pager(self, n: int, pages: int, path_of: Callable[[int], str]) -> str:
        newer = f"<span id='blog-pager-newer-link'><a class='blog-pager-newer-link' href='{e(path_of(n - 1))}' title='Bài đăng Mới hơn'>Bài đăng Mới hơn</a></span>" if n > 1 else ""
        older = f"<span id='blog-pager-older-link'><a class='blog-pager-older-link' href='{e(path_of(n + 1))}' title='Bài đăng Cũ hơn'>Bài đăng Cũ hơn</a></span>" if n < pages else ""
        return f"<div class='blog-pager' id='blog-pager'>{newer}{older}<a class='home-link' href='/'>Trang chủ</a></div>"


def _weekday_number(dt: datetime) -> str:
    """"Thứ 5" / "Chủ nhật": the weekday as a number, as newer portals print it."""
    day = local(dt).weekday()
    return "Chủ nhật" if day == 6 else f"Thứ {day + 2}"


class NuxtPortal(Template):
    """A district "Cổng TTĐT" of the 2020s generation that telecom integrators rebuilt as a
    single-page app over a headless API, served pre-rendered by Nuxt: everything inside
    `#__nuxt`/`#__layout` with `data-v-…` attributes and BEM classes, no heading element (the
    headline a `div role="heading"`), "Thứ 5, 14/03/2019 - 08:30" (the weekday as a number)
    beside an eye and a view count, the writers as bare name chips with avatars (no label), a
    sapo div, CKEditor 5 `figure.image` photos, attachments whose link says only "Tải xuống",
    "Từ khóa:" chips, the state in `window.__NUXT__` (the publish time there in UTC), and list
    pages whose Element-UI pager has no links: the pages load by AJAX, with a `<noscript>` of
    `?page=N` links as the only fallback."""

    name = "nuxtportal"
    site_name = "Cổng thông tin điện tử huyện Phú Lâm"

    def article_path(self, key: int, slug: str, section: Section, published: datetime) -> str:
        return f"/bai-viet/{slug}-{key}"

    def listing_path(self, section: Section, n: int) -> str:
        return f"/chuyen-muc/{section.slug}" + (f"?page={n}" if n > 1 else "")

    def archive_path(self, kind: str, value: str) -> str:
        if kind == "month":
            return f"/luu-tru?nam={value[:4]}&thang={value[5:]}"
        return f"/{ {'tag': 'tu-khoa', 'author': 'tac-gia'}[kind] }/{slugify(value)}"

    def static_path(self, kind: str) -> str:
        return {"contact": "/lien-he", "calendar": "/lich-cong-tac", "search": "/tim-kiem?keyword=covid"}[kind]

    def asset_path(self, url: str) -> str:
        return "/api/storage/portal/" + ("images" if is_image(url) else "documents") + url

    def other_pages(self, ctx: Ctx) -> list[tuple[str, str, str]]:
        return [(f"/gioi-thieu/{slug}", title, f'<div data-v-4c1d2e3f class="static-page"><div data-v-4c1d2e3f class="static-page__title">{e(title)}</div><div data-v-4c1d2e3f class="static-page__content ck-content"><p>{e(text)}</p></div></div>') for slug, title, text in INTRO_PAGES]

    def page(self, ctx: Ctx, title: str, main: str, *, canonical: str | None = None,
             story: Story | None = None) -> str:
        menu = "".join(f'<li data-v-1a7e9c40 role="menuitem" class="el-menu-item"><a data-v-1a7e9c40 href="{e(p)}">{e(t)}</a></li>' for t, p in ctx.nav())
        hot = "".join(f'<li data-v-5e8f0a21 class="hot-list__item"><span data-v-5e8f0a21 class="hot-list__rank">{i}</span><a data-v-5e8f0a21 href="{e(s.path)}">{e(s.article.title)}</a></li>' for i, s in enumerate(ctx.most_read(5), 1))
        months = "".join(f'<a data-v-5e8f0a21 class="archive-chip" href="{e(self.archive_path("month", m))}">{m[5:]}/{m[:4]}</a>' for m in ctx.months())
        canon = f'<link data-n-head="ssr" rel="canonical" href="{e(canonical)}">' if canonical else ""
        state: dict[str, object] = {"layout": "default", "serverRendered": True, "config": {"apiBase": "/api", "siteId": 27}}
        if story:
            a = story.article
            state["data"] = [{"detail": {"id": story.key, "title": a.title, "slug": a.slug, "categoryName": story.section.name,
                                         "publishedDate": a.published.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                                         "viewCount": story.views, "summary": a.summary or ""}}]
        payload = json.dumps(state, ensure_ascii=False).replace("</", "<\\/")
        return f"""<!doctype html>
<html lang="vi" data-n-head-ssr data-n-head="%7B%22lang%22:%7B%22ssr%22:%22vi%22%7D%7D"><head><title>{e(title)} - {e(self.site_name)}</title><meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1">{canon}<link rel="preload" href="/_nuxt/runtime.3f9a1c2.js" as="script"><link rel="preload" href="/_nuxt/app.8c1e2d4.js" as="script"><link rel="stylesheet" href="/_nuxt/css/app.8c1e2d4.css"></head>
<body><div data-server-rendered="true" id="__nuxt"><div id="__layout"><div data-v-1a7e9c40 class="layout-default">
<header data-v-1a7e9c40 class="app-header"><div data-v-1a7e9c40 class="app-header__top container"><a data-v-1a7e9c40 href="/" class="app-header__brand nuxt-link-active"><img data-v-1a7e9c40 src="/images/quoc-huy.svg" alt="" class="app-header__emblem"><span data-v-1a7e9c40 class="app-header__org">ỦY BAN NHÂN DÂN HUYỆN PHÚ LÂM</span><span data-v-1a7e9c40 class="app-header__name">{e(self.site_name)}</span></a><form data-v-1a7e9c40 action="/tim-kiem" class="app-header__search"><input data-v-1a7e9c40 name="keyword" placeholder="Nhập từ khóa tìm kiếm" class="el-input__inner"></form></div>
<nav data-v-1a7e9c40 class="app-nav"><ul data-v-1a7e9c40 role="menubar" class="el-menu el-menu--horizontal container">{menu}</ul></nav></header>
<main data-v-1a7e9c40 class="app-main container"><div data-v-1a7e9c40 class="el-row"><div data-v-1a7e9c40 class="el-col el-col-24 el-col-md-16">{main}</div>
<aside data-v-5e8f0a21 class="el-col el-col-24 el-col-md-8 app-aside"><div data-v-5e8f0a21 class="aside-box"><div data-v-5e8f0a21 class="aside-box__title">{MOST_READ}</div><ol data-v-5e8f0a21 class="hot-list">{hot}</ol></div>
<div data-v-5e8f0a21 class="aside-box"><div data-v-5e8f0a21 class="aside-box__title">Lưu trữ</div><div data-v-5e8f0a21 class="archive-chips">{months}</div></div>
<div data-v-5e8f0a21 class="aside-box aside-box--stat"><div data-v-5e8f0a21 class="aside-box__title">{COUNTER}</div><div data-v-5e8f0a21 class="stat-row"><span>{ONLINE}</span><b>37</b></div><div data-v-5e8f0a21 class="stat-row"><span>{TOTAL}</span><b>3.806.112</b></div></div></aside></div></main>
<footer data-v-1a7e9c40 class="app-footer"><div data-v-1a7e9c40 class="container"><p data-v-1a7e9c40>{COPYRIGHT}</p><p data-v-1a7e9c40>{LICENCE}</p><p data-v-1a7e9c40>Chịu trách nhiệm chính: Chánh Văn phòng HĐND và UBND huyện</p></div></footer>
</div></div></div><script>window.__NUXT__={payload};</script><script src="/_nuxt/runtime.3f9a1c2.js" defer></script><script src="/_nuxt/app.8c1e2d4.js" defer></script></body></html>"""

    def article(self, ctx: Ctx, story: Story) -> str:
        a = story.article

        def figure(image: Image) -> str:
            cap = f"<figcaption>{e(image.caption)}</figcaption>" if image.caption else ""
            return f'<figure class="image"><img src="{e(image.url)}" alt="">{cap}</figure>'

        text = body(story, lambda p: f'<p style="text-align:justify;">{e(p)}</p>', figure)
        chips = "".join(f'<span data-v-2b9c4d1e class="avatar-chip"><img data-v-2b9c4d1e src="/images/avatar-default.png" alt="" class="avatar-chip__img"><span data-v-2b9c4d1e class="avatar-chip__name">{e(x)}</span></span>' for x in a.authors)
        chips = f'<div data-v-2b9c4d1e class="news-detail__authors">{chips}</div>' if chips else ""
        sapo = f'<div data-v-2b9c4d1e class="news-detail__sapo">{e(a.summary)}</div>' if a.summary else ""
        rows = files(story, lambda f: f'<li data-v-2b9c4d1e class="file-row"><i data-v-2b9c4d1e class="el-icon-document"></i><span data-v-2b9c4d1e class="file-row__name">{e(f.title)}</span><span data-v-2b9c4d1e class="file-row__size">{80 + 7 * len(f.title)} KB</span><a data-v-2b9c4d1e href="{e(f.url)}" download class="el-button el-button--primary el-button--mini">Tải xuống</a></li>')
        attach = f'<div data-v-2b9c4d1e class="news-detail__files"><div data-v-2b9c4d1e class="files-title">Tài liệu đính kèm</div><ul data-v-2b9c4d1e>{rows}</ul></div>' if rows else ""
        tags = ('<div data-v-2b9c4d1e class="news-detail__tags"><span data-v-2b9c4d1e class="tags-label">Từ khóa:</span>' + "".join(f'<a data-v-2b9c4d1e href="{e(self.archive_path("tag", x))}" class="el-tag el-tag--light">{e(x)}</a>' for x in a.tags) + "</div>") if a.tags else ""
        same = "".join(self.teaser(ctx, s) for s in ctx.related(story, 4))
        return f"""<div data-v-2b9c4d1e class="news-detail">
<div data-v-2b9c4d1e class="breadcrumb-bar"><a data-v-2b9c4d1e href="/" class="nuxt-link-active">Trang chủ</a><span data-v-2b9c4d1e class="breadcrumb-bar__sep">/</span><a data-v-2b9c4d1e href="{e(self.listing_path(story.section, 1))}">{e(story.section.name)}</a></div>
<div data-v-2b9c4d1e role="heading" aria-level="1" class="news-detail__title">{e(a.title)}</div>
<div data-v-2b9c4d1e class="news-detail__meta"><span data-v-2b9c4d1e class="news-detail__date"><i data-v-2b9c4d1e class="el-icon-time"></i> {_weekday_number(a.published)}, {dmy(a.published)} - {hm(a.published)}</span><span data-v-2b9c4d1e class="news-detail__views"><i data-v-2b9c4d1e class="el-icon-view"></i> {views_text(story)}</span><span data-v-2b9c4d1e class="news-detail__font"><button data-v-2b9c4d1e type="button">A-</button><button data-v-2b9c4d1e type="button">A+</button></span></div>
{chips}{sapo}
<div data-v-2b9c4d1e class="news-detail__content ck-content">{text}</div>
{attach}{tags}
<div data-v-2b9c4d1e class="news-detail__share"><button data-v-2b9c4d1e type="button" class="share-btn share-btn--fb">Facebook</button><button data-v-2b9c4d1e type="button" class="share-btn share-btn--zalo">Zalo</button><button data-v-2b9c4d1e type="button" class="share-btn share-btn--print">In bài</button></div></div>
<section data-v-3d0b6a77 class="news-same"><div data-v-3d0b6a77 class="section-title"><span data-v-3d0b6a77>Tin cùng chuyên mục</span></div><div data-v-3d0b6a77 class="news-same__list">{same}</div></section>"""

    def teaser(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        return f'<div data-v-3d0b6a77 class="news-card"><a data-v-3d0b6a77 href="{e(story.path)}" class="news-card__thumb"><img data-v-3d0b6a77 src="/images/no-thumb.png" alt=""></a><div data-v-3d0b6a77 class="news-card__body"><a data-v-3d0b6a77 href="{e(story.path)}" class="news-card__title">{e(a.title)}</a><div data-v-3d0b6a77 class="news-card__date">{dmy(a.published)} {hm(a.published)}</div><p data-v-3d0b6a77 class="news-card__desc">{e(a.summary or "")}</p></div></div>'

    def listing(self, ctx: Ctx, heading: str, stories: Sequence[Story], pager: str) -> str:
        items = "".join(self.teaser(ctx, s) for s in stories)
        return f'<div data-v-3d0b6a77 class="news-list"><div data-v-3d0b6a77 class="section-title"><span data-v-3d0b6a77>{e(heading)}</span></div><div data-v-3d0b6a77 class="news-list__items">{items}</div>{pager}</div>'

    def pager(self, n: int, pages: int, path_of: Callable[[int], str]) -> str:
        if pages == 1:
            return ""
        numbers = "".join(f'<li class="number{" active" if i == n else ""}">{i}</li>' for i in range(1, pages + 1))
        fallback = " ".join(f'<a href="{e(path_of(i))}">{i}</a>' for i in range(1, pages + 1))
        return (f'<div data-v-3d0b6a77 class="el-pagination is-background"><button type="button" class="btn-prev"{" disabled" if n == 1 else ""}><i class="el-icon el-icon-arrow-left"></i></button><ul class="el-pager">{numbers}</ul>'
                f'<button type="button" class="btn-next"{" disabled" if n == pages else ""}><i class="el-icon el-icon-arrow-right"></i></button></div><noscript><div class="pager-fallback">Trang: {fallback}</div></noscript>')


class PartyCommittee(Template):
    """The news site of a district Party committee ("Trang thông tin điện tử Đảng bộ huyện") on an
    ASP.NET MVC CMS: `/TinTuc/ChiTiet/1234` addresses with no slug, `?trang=N` paging, a red
    masthead with the hammer and sickle and a scrolling slogan that carries anniversary dates, the
    article header with "Cập nhật: …" (a later time) printed *before* "Ngày xuất bản: 14/03/2019
    08:30", the headline an `h2`, an italic lead, photos in a centred div with the caption after a
    `br`, resolutions cited by date in the text (every third story), the writers closing the text
    in bold on the right with their office in brackets ("Minh Hà - Thu Trang (Ban Tuyên giáo
    Huyện ủy)"), "Văn bản liên quan" files, a dated "Tin liên quan" list, and a sidebar of party
    documents and a vertical ticker of dated news; no tags."""

    name = "partycommittee"
    site_name = "Trang thông tin điện tử Đảng bộ huyện Phú Lâm"
    shows_tags = False
    old_dates = True

    def article_path(self, key: int, slug: str, section: Section, published: datetime) -> str:
        return f"/TinTuc/ChiTiet/{key}"

    def listing_path(self, section: Section, n: int) -> str:
        return f"/TinTuc/DanhMuc/{section.key}" + (f"?trang={n}" if n > 1 else "")

    def archive_path(self, kind: str, value: str) -> str:
        if kind == "month":
            return f"/TinTuc/LuuTru?nam={value[:4]}&thang={value[5:]}"
        return f"/TinTuc/{ {'tag': 'TuKhoa', 'author': 'TacGia'}[kind] }?ten={slugify(value)}"

    def static_path(self, kind: str) -> str:
        return {"contact": "/LienHe", "calendar": "/LichCongTac", "search": "/TimKiem?tukhoa=covid"}[kind]

    def asset_path(self, url: str) -> str:
        return "/Upload/TinTuc" + url

    def other_pages(self, ctx: Ctx) -> list[tuple[str, str, str]]:
        return [(f"/GioiThieu/{slug}", title, f'<div class="gioi-thieu"><div class="gioi-thieu-ten">{e(title)}</div><div class="gioi-thieu-noidung"><p>{e(text)}</p></div></div>') for slug, title, text in INTRO_PAGES]

    def page(self, ctx: Ctx, title: str, main: str, *, canonical: str | None = None,
             story: Story | None = None) -> str:
        menu = "".join(f'<li><a href="{e(p)}">{e(t)}</a></li>' for t, p in ctx.nav())
        docs = "".join(f'<li>Tài liệu sinh hoạt chi bộ tháng {int(m[5:])}/{m[:4]} <span class="ngay-tl">(01/{m[5:]}/{m[:4]})</span></li>' for m in ctx.months()[:4])
        ticker = "".join(f'<p><a href="{e(s.path)}">{e(s.article.title)}</a> <span class="ngay-tin">({dmy(s.article.published)} {hm(s.article.published)})</span></p>' for s in ctx.latest(6, story))
        canon = f'<link rel="canonical" href="{e(canonical)}" />' if canonical else ""
        return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width" /><title>{e(title)} - {e(self.site_name)}</title>{canon}<link href="/Content/dangbo.css" rel="stylesheet" /><script src="/bundles/jquery?v=2Fz3B0iizV2NnnamQFrx-NbYJNTFeBJ2GM05SilbtQU1"></script></head>
<body><div class="bao-ngoai"><div class="dau-trang"><img class="co-dang" src="/Content/images/bua-liem.png" alt="Đảng Cộng sản Việt Nam" /><div class="ten-trang"><span class="dong-mot">ĐẢNG CỘNG SẢN VIỆT NAM</span><span class="dong-hai">ĐẢNG BỘ HUYỆN PHÚ LÂM</span></div></div>
<div class="khau-hieu"><marquee scrollamount="4">Nhiệt liệt chào mừng kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2025) * Đảng Cộng sản Việt Nam quang vinh muôn năm!</marquee></div>
<ul class="menu-chinh">{menu}</ul>
<div class="than-trang"><div class="cot-trai">{main}</div>
<div class="cot-phai"><div class="hop"><div class="hop-tieu-de">Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh</div><div class="hop-noi-dung"><img src="/Content/images/bac-ho.jpg" alt="" width="260" /></div></div>
<div class="hop"><div class="hop-tieu-de">Tài liệu sinh hoạt chi bộ</div><ul class="ds-tai-lieu">{docs}</ul></div>
<div class="hop"><div class="hop-tieu-de">Tin mới</div><marquee direction="up" scrollamount="2" height="220" class="tin-chay">{ticker}</marquee></div>
<div class="hop"><div class="hop-tieu-de">{COUNTER}</div><div class="hop-noi-dung">{ONLINE}: 9<br />{TOTAL}: 402.117</div></div></div></div>
<div class="chan-trang"><p>{COPYRIGHT}</p><p>Cơ quan chủ quản: Ban Thường vụ Huyện ủy Phú Lâm. {LICENCE}</p><p>Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</p></div></div></body></html>"""

    def article(self, ctx: Ctx, story: Story) -> str:
        a = story.article

        def figure(image: Image) -> str:
            cap = f'<br /><span class="chu-thich-anh">{e(image.caption)}</span>' if image.caption else ""
            return f'<div class="khung-anh" style="text-align:center"><img src="{e(image.url)}" alt="" style="max-width:90%" />{cap}</div>'

        text = body(story, lambda p: f'<p style="text-align:justify">{e(p)}</p>', figure)
        lead = f'<div class="chi-tiet-tom-tat"><em>{e(a.summary)}</em></div>' if a.summary else ""
        by = f'<p style="text-align:right"><strong>{e(" - ".join(a.authors))} (Ban Tuyên giáo Huyện ủy)</strong></p>' if a.authors else ""
        links = files(story, lambda f: f'<li><a href="{e(f.url)}" target="_blank">{e(f.title)}</a></li>')
        attach = f'<div class="van-ban-lien-quan"><b>Văn bản liên quan:</b><ul>{links}</ul></div>' if links else ""
        m = _modified(story)
        rel = "".join(f'<li><a href="{e(s.path)}">{e(s.article.title)}</a> <span class="ngay">({dmy(s.article.published)})</span></li>' for s in ctx.related(story, 6))
        return f"""<div class="duong-dan"><a href="/">Trang chủ</a> » <a href="{e(self.listing_path(story.section, 1))}">{e(story.section.name)}</a></div>
<div class="chi-tiet"><div class="chi-tiet-ngay"><span class="ngay-cap-nhat">Cập nhật: {dmy(m)} {hm(m)}</span> <span class="ngay-xuat-ban">Ngày xuất bản: {dmy(a.published)} {hm(a.published)}</span></div>
<h2 class="chi-tiet-tieu-de">{e(a.title)}</h2>
{lead}<div class="chi-tiet-noi-dung">{text}
{by}</div>{attach}
<div class="cong-cu"><a href="javascript:window.print()">In bài viết</a> | <a href="#" class="gui-bai">Gửi bài viết</a> | <a href="#">Về đầu trang</a></div></div>
<div class="tin-khac"><div class="tin-khac-tieu-de">{RELATED}</div><ul>{rel}</ul></div>"""

    def teaser(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        return f'<div class="tin-dong"><a class="tin-anh" href="{e(story.path)}"><img src="/Content/images/noimage.jpg" alt="" /></a><div class="tin-chu"><a class="tin-ten" href="{e(story.path)}">{e(a.title)}</a><div class="tin-thoi-gian">({dmy(a.published)} {hm(a.published)})</div><div class="tin-mo-ta">{e(a.summary or "")}</div></div></div>'

    def pager(self, n: int, pages: int, path_of: Callable[[int], str]) -> str:
        if pages == 1:
            return ""
        nums = " ".join(f'<a href="{e(path_of(i))}">{i}</a>' if i != n else f'<span class="hien-tai">{i}</span>' for i in range(1, pages + 1))
        return f'<div class="phan-trang">Trang: <a href="{e(path_of(1))}">Đầu</a> {nums} <a href="{e(path_of(pages))}">Cuối</a></div>'


def _as_typed_with(story: Story, joiner: str) -> str:
    """The byline as the editor typed it ("Tin, ảnh: …", "T/h: …" or bare names), with the names
    joined by `joiner`."""
    a = story.article
    label = a.byline.split(":", 1)[0] + ": " if a.byline and ":" in a.byline else ""
    return label + joiner.join(a.authors)


class HostedCommune(Template):
    """A commune site from a small web firm's shared-hosting package (a home-made PHP news script
    sold to many communes), its text typed with Unikey set to "Unicode tổ hợp" and so stored
    decomposed (NFD): a Flash banner, three columns (menu and a poll on the left, "Tin đọc
    nhiều", a video box and the counter on the right), `/slug-n1234.html` addresses with
    `/section-c12/trang-2.html` paging, the headline a `strong` in a div, "14-03-2019 | 08h30"
    with "Người đăng: quantri" (the account) and a view count, the lead a bold first paragraph,
    plain centred caption lines, the byline in italics on the right with several names joined by
    "và", "File đính kèm:" links, "Các tin khác" with dates, and `<meta name="author">` naming
    the web firm; no tags."""

    name = "hostedcommune"
    site_name = "Trang thông tin điện tử xã Yên Sơn"
    shows_tags = False

    def article_path(self, key: int, slug: str, section: Section, published: datetime) -> str:
        return f"/{slug}-n{key}.html"

    def listing_path(self, section: Section, n: int) -> str:
        return f"/{section.slug}-c{section.key}" + (f"/trang-{n}.html" if n > 1 else ".html")

    def archive_path(self, kind: str, value: str) -> str:
        return f"/{ {'tag': 'the', 'author': 'tac-gia', 'month': 'luu-tru'}[kind] }/{slugify(value)}.html"

    def static_path(self, kind: str) -> str:
        return {"contact": "/lien-he.html", "calendar": "/lich-cong-tac.html", "search": "/tim-kiem.html?tu-khoa=covid"}[kind]

    def asset_path(self, url: str) -> str:
        return ("/upload/images" if is_image(url) else "/upload/files") + url

    def other_pages(self, ctx: Ctx) -> list[tuple[str, str, str]]:
        return [(f"/gioi-thieu/{slug}.html", title, f'<div class="box-detail"><div class="title-page">{e(title)}</div><div class="detail-content"><p>{e(text)}</p></div></div>') for slug, title, text in INTRO_PAGES]

    def page(self, ctx: Ctx, title: str, main: str, *, canonical: str | None = None,
             story: Story | None = None) -> str:
        left = "".join(f'<li><a href="{e(p)}">{e(t)}</a></li>' for t, p in ctx.nav())
        hot = "".join(f'<li><a href="{e(s.path)}">{e(s.article.title)}</a> <span class="date">({dmy(s.article.published, "-")})</span></li>' for s in ctx.most_read(5))
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>{e(title)}</title><meta name="author" content="Công ty TNHH Giải pháp Web Sao Việt" /><meta name="keywords" content="xã Yên Sơn, tin tức, thông báo" /><link href="/templates/xanh/css/style.css" rel="stylesheet" type="text/css" /></head>
<body><div id="wrapper"><div id="banner"><embed src="/templates/xanh/flash/banner.swf" width="1000" height="180" type="application/x-shockwave-flash" wmode="transparent" /></div>
<div id="menu-top"><a href="/">Trang chủ</a> | <a href="{e(self.static_path('contact'))}">Liên hệ</a> <span id="clock"></span><script type="text/javascript">document.getElementById("clock").innerHTML = new Date().toLocaleDateString("vi-VN");</script></div>
<div id="content"><div id="left"><div class="box"><div class="box-title">Danh mục</div><ul class="menu-left">{left}</ul></div>
<div class="box"><div class="box-title">Thăm dò ý kiến</div><form class="poll"><p>Bạn đánh giá thế nào về trang thông tin điện tử của xã?</p><label><input type="radio" name="poll" /> Hữu ích</label><br /><label><input type="radio" name="poll" /> Bình thường</label><br /><input type="button" value="Biểu quyết" /></form></div></div>
<div id="center">{main}</div>
<div id="right"><div class="box"><div class="box-title">{MOST_READ}</div><ul class="hot-news">{hot}</ul></div>
<div class="box"><div class="box-title">Video clip</div><div class="video"><video controls width="220" src="/upload/video/gioi-thieu-xa.mp4"></video></div></div>
<div class="box"><div class="box-title">{LINKS}</div><select onchange="window.open(this.value)"><option>-- Liên kết --</option><option value="http://chinhphu.vn">Chính phủ</option></select></div>
<div class="box"><div class="box-title">{COUNTER}</div><div class="counter">{ONLINE}: 3<br />Hôm nay: 41<br />{TOTAL}: 96.310</div></div></div></div>
<div id="footer">{COPYRIGHT}<br />{LICENCE}<br />Trụ sở: UBND xã Yên Sơn, huyện Phú Lâm<br />Thiết kế bởi: <a href="#">Sao Việt Web</a></div></div></body></html>"""

    def article(self, ctx: Ctx, story: Story) -> str:
        a = story.article

        def figure(image: Image) -> str:
            cap = f'\n<p style="text-align: center;">{e(image.caption)}</p>' if image.caption else ""
            return f'<p style="text-align: center;"><img alt="" src="{e(image.url)}" style="width: 500px; height: 333px;" /></p>{cap}'

        text = body(story, lambda p: f'<p style="text-align: justify;">{e(p)}</p>', figure)
        lead = f"<p><strong>{e(a.summary)}</strong></p>\n" if a.summary else ""
        by = f'\n<p style="text-align: right;"><em>{e(_as_typed_with(story, " và "))}</em></p>' if a.authors else ""
        links = files(story, lambda f: f'<a href="{e(f.url)}" target="_blank"><img src="/templates/xanh/images/icon_{f.url.rsplit(".", 1)[-1].lower()}.png" alt="" /> {e(f.title)}</a><br />')
        attach = f'<div class="file-attach"><b>File đính kèm:</b><br />{links}</div>' if links else ""
        when = f"{dmy(a.published, '-')} | {local(a.published):%H}h{local(a.published):%M}"
        other = "".join(f'<li><a href="{e(s.path)}">{e(s.article.title)}</a> <span class="date">({dmy(s.article.published, "-")})</span></li>' for s in ctx.related(story, 6))
        return f"""<div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="{e(self.listing_path(story.section, 1))}">{e(story.section.name)}</a></div>
<div class="box-detail"><div class="detail-head"><strong class="detail-name">{e(a.title)}</strong></div>
<div class="detail-info">{when} &nbsp;&nbsp; Người đăng: quantri &nbsp;&nbsp; Lượt xem: {views_text(story)}</div>
<div class="detail-content">{lead}{text}{by}</div>
{attach}<div class="detail-share"><a href="#" class="fb-share">Chia sẻ</a> <a href="javascript:window.print()">In bài</a> <a href="javascript:history.back()">Quay lại</a></div></div>
<div class="other-news"><div class="other-title">Các tin khác</div><ul>{other}</ul></div>"""

    def teaser(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        return f'<div class="news-row"><a href="{e(story.path)}"><img class="thumb" src="/templates/xanh/images/no-image.gif" alt="" /></a><a class="news-name" href="{e(story.path)}">{e(a.title)}</a> <span class="date">({dmy(a.published, "-")})</span><div class="news-summary">{e(a.summary or "")}</div><div class="clear"></div></div>'

    def encode(self, html: str) -> bytes:
        return unicodedata.normalize("NFD", html).encode("utf-8")


class MonthDirPaper(Template):
    """A provincial Party newspaper's "Báo … điện tử" on the CMS several of them shared about
    2018 (the Báo Quảng Ninh kind): `/kinh-te/201903/slug-2378142/` addresses with a month folder
    and a seven-digit id, `/kinh-te/p2/` paging, the section over an `h1`, "08:30, 14/3/2019"
    (the time first, the day and month without leading zeros), a sapo, then three related links in a box with no heading
    before the text, a ">> Xem thêm:" link line inside the text, `figure.tplCaption` photos with
    `p.Image` captions, the byline as typed after the text, "Tags:", a "Tin cùng chuyên mục" list
    with times, an empty comment form, and the editor-in-chief named in the footer."""

    name = "monthdirpaper"
    site_name = "Báo Hà Lâm điện tử"

    def article_path(self, key: int, slug: str, section: Section, published: datetime) -> str:
        return f"/{section.slug}/{local(published):%Y%m}/{slug}-{2370000 + key * 7}/"

    def listing_path(self, section: Section, n: int) -> str:
        return f"/{section.slug}/" + (f"p{n}/" if n > 1 else "")

    def archive_path(self, kind: str, value: str) -> str:
        if kind == "month":
            return f"/luu-tru/{value.replace('-', '')}/"
        return f"/{ {'tag': 'tags', 'author': 'tac-gia'}[kind] }/{slugify(value)}/"

    def static_path(self, kind: str) -> str:
        return {"contact": "/lien-he/", "calendar": "/su-kien/lich/", "search": "/tim-kiem/?q=covid"}[kind]

    def asset_path(self, url: str) -> str:
        return ("/dataimages/original/images" if is_image(url) else "/dataimages/files") + url

    def other_pages(self, ctx: Ctx) -> list[tuple[str, str, str]]:
        return [(f"/gioi-thieu/{slug}/", title, f'<div class="static-box"><div class="static-box__name">{e(title)}</div><p>{e(text)}</p></div>') for slug, title, text in INTRO_PAGES]

    def page(self, ctx: Ctx, title: str, main: str, *, canonical: str | None = None,
             story: Story | None = None) -> str:
        cates = "".join(f'<li class="mainmenu__item"><a href="{e(self.listing_path(sec, 1))}">{e(sec.name)}</a></li>' for sec in ctx.sections)
        newest = "".join(f'<li><a class="title" href="{e(s.path)}">{e(s.article.title)}</a><span class="time">{hm(s.article.published)}, {dmy_short(s.article.published)}</span></li>' for s in ctx.latest(6, story))
        read = "".join(f'<li><span class="num">{i}</span><a class="title" href="{e(s.path)}">{e(s.article.title)}</a></li>' for i, s in enumerate(ctx.most_read(5), 1))
        canon = f'<link rel="canonical" href="{e(canonical)}" />' if canonical else ""
        og = f'<meta property="og:type" content="article" /><meta property="og:title" content="{e(title)}" />' if story else '<meta property="og:type" content="website" />'
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi" xml:lang="vi"><head><meta http-equiv="content-type" content="text/html; charset=utf-8" /><title>{e(title)}</title>{canon}{og}<meta property="og:site_name" content="{e(self.site_name)}" /><link rel="stylesheet" type="text/css" href="/common/v3/css/main.css" /><script type="text/javascript" src="/common/v2/jquery/jquery-1.8.2.min.js"></script></head>
<body><div id="main"><div id="header"><div class="header-top"><span class="header-date"><script type="text/javascript">document.write(new Date().toLocaleDateString("vi-VN"));</script></span></div><a class="logo" href="/"><img src="/common/v3/images/logo.png" alt="{e(self.site_name)}" /></a><div class="slogan">Cơ quan của Đảng bộ, chính quyền và nhân dân tỉnh Hà Lâm</div>
<ul class="mainmenu"><li class="mainmenu__item home"><a href="/">Trang chủ</a></li>{cates}</ul></div>
<div id="body" class="page-detail clearfix"><div class="col-main">{main}</div>
<div class="col-side"><div class="adv"><a href="#"><img src="/adv/banner-300x250.jpg" alt="" /></a></div><div class="box-side"><div class="box-side__head">Tin mới</div><ul class="list-time">{newest}</ul></div>
<div class="box-side"><div class="box-side__head">{MOST_READ}</div><ol class="list-rank">{read}</ol></div><div class="box-side"><div class="box-side__head">Báo in</div><a href="#"><img src="/common/v3/images/bao-in.jpg" alt="Đọc báo in" /></a></div></div></div>
<div id="footer"><p>{e(self.site_name)} - Cơ quan của Đảng bộ, chính quyền và nhân dân tỉnh Hà Lâm</p><p>Tổng biên tập: Nguyễn Văn Hùng. Phó Tổng biên tập: Lê Thị Mai</p><p>{LICENCE} - {COPYRIGHT}</p><p>Ghi rõ nguồn "{e(self.site_name)}" khi phát hành lại thông tin từ website này.</p></div></div></body></html>"""

    def article(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        around = ctx.related(story, 4)

        def figure(image: Image) -> str:
            cap = f'<figcaption itemprop="description"><p class="Image">{e(image.caption)}</p></figcaption>' if image.caption else ""
            return f'<figure class="tplCaption"><div class="fig-picture"><img itemprop="contentUrl" src="{e(image.url)}" alt="{e(image.caption or a.title)}" /></div>{cap}</figure>'

        count = itertools.count()
        more = f'\n<p><strong>&gt;&gt; Xem thêm: </strong><a href="{e(around[3].path)}">{e(around[3].article.title)}</a></p>' if len(around) > 3 else ""

        def para(p: str) -> str:
            return f"<p>{e(p)}</p>" + (more if next(count) == 1 else "")

        text = body(story, para, figure)
        sapo = f'<div class="article-sapo"><p>{e(a.summary)}</p></div>' if a.summary else ""
        box = "".join(f'<li><a href="{e(s.path)}">{e(s.article.title)}</a></li>' for s in around[:3])
        by = f'<p class="article-author">{e(a.byline or authors_text(story))}</p>' if a.authors else ""
        links = files(story, lambda f: f'<p class="article-file">Tải về: <a href="{e(f.url)}">{e(f.title)}</a></p>')
        tags = ('<div class="article-tags"><span>Tags:</span> ' + " ".join(f'<a href="{e(self.archive_path("tag", x))}">{e(x)}</a>' for x in a.tags) + "</div>") if a.tags else ""
        same = "".join(f'<li><a class="title" href="{e(s.path)}">{e(s.article.title)}</a> <span class="time">{hm(s.article.published)}, {dmy_short(s.article.published)}</span></li>' for s in ctx.related(story, 8)[4:])
        return f"""<div class="detail-cate"><a class="detail-cate__main" href="{e(self.listing_path(story.section, 1))}">{e(story.section.name)}</a></div>
<h1 class="article-title">{e(a.title)}</h1>
<div class="article-meta"><span class="article-time">{hm(a.published)}, {dmy_short(a.published)}</span><span class="article-fb"><span class="fb-like" data-layout="button_count" data-action="like"></span></span></div>
{sapo}<ul class="article-relbox">{box}</ul>
<div class="article-body">{text}</div>
{by}{links}{tags}
<div class="article-more"><div class="article-more__head">Tin cùng chuyên mục</div><ul>{same}</ul></div>
<div class="article-comment"><div class="article-comment__head">Ý kiến bạn đọc</div><form class="comment-form"><textarea name="noidung" placeholder="Nhập ý kiến của bạn"></textarea><input name="hoten" placeholder="Họ tên" /><button type="button">Gửi ý kiến</button></form></div>"""

    def teaser(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        return f'<div class="story clearfix"><a class="avatar" href="{e(story.path)}"><img src="/dataimages/normal/no-image.jpg" alt="{e(a.title)}" /></a><a class="title Article" href="{e(story.path)}">{e(a.title)}</a><span class="time">{hm(a.published)}, {dmy_short(a.published)}</span><div class="lead">{e(a.summary or "")}</div></div>'

    def listing(self, ctx: Ctx, heading: str, stories: Sequence[Story], pager: str) -> str:
        items = "\n".join(self.teaser(ctx, s) for s in stories)
        return f'<div class="listcate"><div class="cate-header"><span class="cate-title">{e(heading)}</span></div><div class="box-body">{items}</div>{pager}</div>'

    def pager(self, n: int, pages: int, path_of: Callable[[int], str]) -> str:
        if pages == 1:
            return ""
        prev = f'<a class="prev" href="{e(path_of(n - 1))}">‹ Trang trước</a>' if n > 1 else ""
        nxt = f'<a class="next" href="{e(path_of(n + 1))}">Trang sau ›</a>' if n < pages else ""
        return f'<div class="pagination">{prev}<span class="current">Trang {n}</span>{nxt}</div>'


# -- six templates written 2026-11-30 13:42 by a second non-tuner, unscored --------------------------

#: What a provincial radio-TV station airs on a weekday (time, programme), for its schedule boxes.
_AIRING = (("05:30", "Chào ngày mới"), ("06:00", "Thời sự sáng"), ("11:30", "Thời sự trưa"),
           ("17:45", "Phóng sự: Nông thôn ngày nay"), ("19:00", "Tiếp sóng Thời sự VTV1"),
           ("20:00", "Thời sự tối Hà Lâm"), ("21:15", "Phim truyện: Mùa lúa chín"))


def _clip(story: Story) -> str:
    """A news clip's running time ("02:35"), as a TV station prints it on a thumbnail."""
    seconds = 70 + story.key % 170
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


class RadioTvStation(Template):
    """The news site of a provincial radio and television station ("Đài Phát thanh và Truyền
    hình", e.g. the QTV/THQB kind) on the newsroom CMS several stations and papers bought: every
    story opens with its broadcast clip in an HTML5 player, `/kinh-te/slug-1234.htm` addresses and
    `/kinh-te/trang-2.htm` paging, the date line *above* the headline as "Thứ năm, 14/03/2019 |
    08:30 (GMT+7)", the sapo in an `h2` under the `h1`, photos as VCCorp-style
    `div[type=Photo]` blocks with a `PhotoCMS_Caption`, the reporters after the text as "Minh Hà -
    Thu Trang/HLTV" (the station's call sign after a slash), "Tags:", and teasers whose thumbnails
    carry a clip length ("02:35") next to the date; a sidebar with today's broadcast schedule
    (times all down the column) and a "Video xem nhiều" box."""

    name = "daipttv"
    site_name = "Đài Phát thanh và Truyền hình Hà Lâm"
    page_size = 6

    def article_path(self, key: int, slug: str, section: Section, published: datetime) -> str:
        return f"/{section.slug}/{slug}-{key}.htm"

    def listing_path(self, section: Section, n: int) -> str:
        return f"/{section.slug}" + (f"/trang-{n}.htm" if n > 1 else ".htm")

    def archive_path(self, kind: str, value: str) -> str:
        return f"/{ {'tag': 'tag', 'author': 'phong-vien', 'month': 'luu-tru'}[kind] }/{slugify(value)}.htm"

    def static_path(self, kind: str) -> str:
        return {"contact": "/lien-he.htm", "calendar": "/lich-cong-tac.htm", "search": "/tim-kiem.htm?keywords=covid"}[kind]

    def asset_path(self, url: str) -> str:
        return ("/Uploaded/Images/Original" if is_image(url) else "/Uploaded/Files") + url

    def other_pages(self, ctx: Ctx) -> list[tuple[str, str, str]]:
        rows = "".join(f'<tr><td class="lps-time">{t}</td><td class="lps-name">{e(what)}</td></tr>' for t, what in _AIRING)
        channels = [("/truyen-hinh-truc-tiep/hltv1.htm", "Trực tiếp HLTV1", '<div class="live-box"><video id="live-hltv1" controls autoplay muted poster="/Images/live-poster.jpg"><source src="/live/hltv1/playlist.m3u8" type="application/x-mpegURL"></video><p class="live-note">Kênh truyền hình HLTV1 phát sóng 24/24 giờ.</p></div>'),
                    ("/phat-thanh-truc-tiep/fm965.htm", "Nghe phát thanh FM 96,5 MHz", '<div class="live-box"><audio controls src="/live/fm965/stream.mp3"></audio><p class="live-note">Kênh phát thanh Hà Lâm FM 96,5 MHz.</p></div>'),
                    ("/lich-phat-song.htm", "Lịch phát sóng", f'<div class="lps-page"><div class="lps-head">Lịch phát sóng kênh HLTV1</div><table class="lps-table">{rows}</table></div>')]
        return channels + [(f"/gioi-thieu/{slug}.htm", title, f'<div class="intro-box"><div class="intro-box__name">{e(title)}</div><p>{e(text)}</p></div>') for slug, title, text in INTRO_PAGES[:3]]

    def page(self, ctx: Ctx, title: str, main: str, *, canonical: str | None = None,
             story: Story | None = None) -> str:
        menu = "".join(f'<li class="menu__item"><a class="menu__link" href="{e(p)}">{e(t)}</a></li>' for t, p in ctx.nav())
        airing = "".join(f'<li><span class="sch-time">{t}</span> <span class="sch-name">{e(what)}</span></li>' for t, what in _AIRING)
        watched = "".join(f'<li class="vmost__item"><a href="{e(s.path)}"><span class="vmost__thumb"><img src="/Images/video-thumb.jpg" alt=""><span class="vmost__len">{_clip(s)}</span></span><span class="vmost__title">{e(s.article.title)}</span></a></li>' for s in ctx.most_read(4))
        canon = f'<link rel="canonical" href="{e(canonical)}" />' if canonical else ""
        og = f'<meta property="og:type" content="video.other" /><meta property="og:video" content="{e(ctx.abs(self._video(story)))}" />' if story else ""
        return f"""<!DOCTYPE html>
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>{e(title)} | HLTV</title>{canon}{og}<link href="/Styles/hltv.min.css" rel="stylesheet" /><script src="/Scripts/jwplayer/jwplayer.js"></script></head>
<body class="hltv"><div class="topbar"><div class="wrap"><a class="topbar__live" href="/truyen-hinh-truc-tiep/hltv1.htm">&#9679; Trực tiếp HLTV1</a><a class="topbar__live" href="/phat-thanh-truc-tiep/fm965.htm">Nghe FM 96,5 MHz</a><a class="topbar__live" href="/lich-phat-song.htm">Lịch phát sóng</a></div></div>
<div class="masthead"><div class="wrap"><a class="masthead__logo" href="/"><img src="/Images/logo-hltv.png" alt="{e(self.site_name)}" /></a></div></div>
<nav class="menu"><div class="wrap"><ul class="menu__list">{menu}</ul></div></nav>
<div class="wrap content"><div class="content__main">{main}</div>
<div class="content__side"><div class="sbox sbox--schedule"><div class="sbox__head">Lịch phát sóng hôm nay</div><ul class="sch-list">{airing}</ul></div>
<div class="sbox"><div class="sbox__head">Video xem nhiều</div><ul class="vmost">{watched}</ul></div>
<div class="sbox"><div class="sbox__head">{COUNTER}</div><p class="sbox__text">{ONLINE}: 245<br />{TOTAL}: 31.022.118</p></div></div></div>
<footer class="foot"><div class="wrap"><p>{e(self.site_name)} - Cơ quan chủ quản: UBND tỉnh Hà Lâm</p><p>{LICENCE}. {COPYRIGHT}.</p><p>Chịu trách nhiệm nội dung: Giám đốc Đài PT-TH Hà Lâm</p></div></footer></body></html>"""

    def _video(self, story: Story) -> str:
        return f"/Uploaded/Videos/{local(story.article.published):%Y/%m}/{story.key}.mp4"

    def article(self, ctx: Ctx, story: Story) -> str:
        a = story.article

        def figure(image: Image) -> str:
            cap = f'<div class="PhotoCMS_Caption"><p data-placeholder="[nhập chú thích]">{e(image.caption)}</p></div>' if image.caption else ""
            return f'<div class="VCSortableInPreviewMode" type="Photo" style=""><div><img src="{e(image.url)}" alt="" class="lightbox-content" /></div>{cap}</div>'

        text = body(story, lambda p: f"<p>{e(p)}</p>", figure)
        text += files(story, lambda f: f'\n<p>Tài liệu kèm theo: <a href="{e(f.url)}">{e(f.title)}</a></p>')
        sapo = f'<h2 class="detail__sapo">{e(a.summary)}</h2>' if a.summary else ""
        by = f'<div class="detail__author">{e(" - ".join(a.authors))}/HLTV</div>' if a.authors else ""
        tags = ('<div class="detail__tags"><span class="detail__tags-label">Tags:</span>' + "".join(f'<a class="detail__tag" href="{e(self.archive_path("tag", x))}">{e(x)}</a>' for x in a.tags) + "</div>") if a.tags else ""
        more = "".join(self.teaser(ctx, s) for s in ctx.related(story, 4))
        return f"""<ul class="crumbs"><li><a href="/">Trang chủ</a></li><li><a href="{e(self.listing_path(story.section, 1))}">{e(story.section.name)}</a></li></ul>
<div class="detail"><div class="detail__time">{weekday(a.published)}, {dmy(a.published)} | {hm(a.published)} (GMT+7)</div>
<h1 class="detail__title">{e(a.title)}</h1>
{sapo}<div class="detail__player"><video id="player-{story.key}" class="video-js" controls preload="none" poster="/Uploaded/Videos/poster-{story.key}.jpg" width="640" height="360"><source src="{e(self._video(story))}" type="video/mp4" /></video></div>
<div class="detail__content">{text}</div>
{by}{tags}<div class="detail__share"><a class="btn-fb" href="#">Chia sẻ</a><a class="btn-zalo" href="#">Zalo</a></div></div>
<div class="box-more"><div class="box-more__head">Video khác</div><div class="box-more__list">{more}</div></div>"""

    def teaser(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        return f'<div class="vitem"><a class="vitem__thumb" href="{e(story.path)}"><img src="/Uploaded/Videos/poster-{story.key}.jpg" alt="" /><span class="vitem__play">&#9658;</span><span class="vitem__len">{_clip(story)}</span></a><h3 class="vitem__title"><a href="{e(story.path)}">{e(a.title)}</a></h3><span class="vitem__date">{dmy(a.published)}</span><p class="vitem__sapo">{e(a.summary or "")}</p></div>'

    def listing(self, ctx: Ctx, heading: str, stories: Sequence[Story], pager: str) -> str:
        items = "".join(self.teaser(ctx, s) for s in stories)
        return f'<div class="cate"><h1 class="cate__name">{e(heading)}</h1><div class="cate__grid">{items}</div>{pager}</div>'

    def pager(self, n: int, pages: int, path_of: Callable[[int], str]) -> str:
        if pages == 1:
            return ""
        nums = "".join(f'<a class="pg__num" href="{e(path_of(i))}">{i}</a>' if i != n else f'<span class="pg__num pg__num--on">{i}</span>' for i in range(1, pages + 1))
        return f'<div class="pg">{nums}</div>'


#: "Ngày này năm xưa": anniversaries a border-guard site prints in its side column (dates that are
#: never an article's).
_ANNIVERSARIES = (("03/3/1959", "Ngày truyền thống Bộ đội Biên phòng"),
                  ("22/12/1944", "Ngày thành lập Quân đội nhân dân Việt Nam"),
                  ("19/5/1890", "Ngày sinh Chủ tịch Hồ Chí Minh"))


def _bp_unit(story: Story) -> str:
    """The border post a border-guard story comes from, printed under its writers."""
    return ("Đồn Biên phòng Cửa khẩu Tân Lập", "Đồn Biên phòng Yên Sơn", "Phòng Chính trị BĐBP tỉnh")[story.key % 3]


class BorderGuardAsp(Template):
    """The site of a province's Border Guard command ("Bộ đội Biên phòng tỉnh") on an ASP classic
    CMS of the mid-2000s, still served in windows-1258 (tone marks as combining characters,
    declared by a meta tag): `/Default.asp?act=ChiTiet&CatID=12&ID=1234` addresses and
    `&Page=2` paging, a green banner with the border-guard slogan, nested tables whose cells carry
    Vietnamese CSS class names (`td.TieuDeBox`, `td.NoiDungTin`), the headline a centred
    `td.TieuDeTin` upper-cased by CSS, the lead in bold italic, then the date *after the lead*
    in a small grey `<font>` as "Cập nhật lúc 08h30' ngày 14/03/2019",
    photos with the caption under a `<br>` inside the same centred paragraph, the writers at the
    end as "Bài và ảnh: Minh Hà, Thu Trang" with their border post on the next line, "Các tin
    khác" dated by day and month only ("(14/3)"), and a "Ngày này năm xưa" box of anniversaries;
    no tags."""

    name = "bienphong"
    site_name = "Bộ đội Biên phòng tỉnh Hà Lâm"
    charset = "windows-1258"
    shows_tags = False

    def article_path(self, key: int, slug: str, section: Section, published: datetime) -> str:
        return f"/Default.asp?act=ChiTiet&CatID={section.key}&ID={key}"

    def listing_path(self, section: Section, n: int) -> str:
        return f"/Default.asp?act=DanhSach&CatID={section.key}" + (f"&Page={n}" if n > 1 else "")

    def archive_path(self, kind: str, value: str) -> str:
        return f"/Default.asp?act=TimTin&{ {'tag': 'TuKhoa', 'author': 'TacGia', 'month': 'Thang'}[kind] }={slugify(value)}"

    def static_path(self, kind: str) -> str:
        return {"contact": "/Default.asp?act=LienHe", "calendar": "/Default.asp?act=LichCongTac", "search": "/Default.asp?act=TimTin&TuKhoa=covid"}[kind]

    def asset_path(self, url: str) -> str:
        return ("/Images/News" if is_image(url) else "/Download") + url

    def other_pages(self, ctx: Ctx) -> list[tuple[str, str, str]]:
        return [(f"/Default.asp?act=GioiThieu&Muc={i + 1}", title, f'<table width="100%" cellpadding="4"><tr><td bgcolor="#E8F3E8"><font face="Arial" size="2" color="#006633"><b>{e(title)}</b></font></td></tr><tr><td><font face="Times New Roman" size="3">{e(text)}</font></td></tr></table>') for i, (_, title, text) in enumerate(INTRO_PAGES)]

    def page(self, ctx: Ctx, title: str, main: str, *, canonical: str | None = None,
             story: Story | None = None) -> str:
        menu = '<td class="MenuNgang_Gach">|</td>'.join(f'<td class="MenuNgang"><a href="{e(p)}" class="LinkMenuNgang">{e(t)}</a></td>' for t, p in ctx.nav())
        sections = "".join(f'<tr><td class="MenuTrai" height="22"><img src="/Images/star.gif" width="9" height="9" align="absmiddle"> <a href="{e(self.listing_path(sec, 1))}" class="LinkMenuTrai">{e(sec.name)}</a></td></tr>' for sec in ctx.sections)
        days = "".join(f'<tr><td class="NgayNay"><span class="NgayNay_Ngay">{d}</span><br>{e(what)}</td></tr>' for d, what in _ANNIVERSARIES)
        return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"><meta http-equiv="Content-Language" content="vi"><title>{e(title)} - {e(self.site_name)}</title><link rel="stylesheet" href="/Style/bp.css" type="text/css"><script language="JavaScript" src="/Script/menu.js"></script></head>
<body bgcolor="#D9E7D9" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0"><table class="KhungChinh" width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="3" class="Banner" height="130"><img src="/Images/quyhieu_bp.png" width="110" height="110" align="left" hspace="10"><span class="Banner_Ten">{e(self.site_name.upper())}</span><br><span class="Banner_KhauHieu">Quyết tâm bảo vệ vững chắc chủ quyền, an ninh biên giới quốc gia</span></td></tr>
<tr><td colspan="3" class="NenMenuNgang" height="24"><table border="0" align="center" cellpadding="0" cellspacing="4"><tr>{menu}</tr></table></td></tr>
<tr><td class="CotTrai" width="190" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="2"><tr><td class="TieuDeBox">&nbsp;CHUYÊN MỤC</td></tr>{sections}
<tr><td class="TieuDeBox">&nbsp;NGÀY NÀY NĂM XƯA</td></tr>{days}</table></td>
<td class="CotGiua" width="580" valign="top">{main}</td>
<td class="CotPhai" width="190" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="3"><tr><td class="TieuDeBox">&nbsp;{COUNTER.upper()}</td></tr><tr><td class="ThongKe">{ONLINE}: 6<br>{TOTAL}: 1.906.377</td></tr>
<tr><td class="TieuDeBox">&nbsp;{LINKS.upper()}</td></tr><tr><td class="LienKet"><select name="lienket" class="ChonLienKet" onchange="if(this.value!='')window.open(this.value)"><option value="">-- Chọn website --</option><option value="http://www.bienphong.com.vn">Báo Biên phòng</option><option value="http://www.mod.gov.vn">Bộ Quốc phòng</option></select></td></tr></table></td></tr>
<tr><td colspan="3" class="ChanTrang" align="center" height="50">{COPYRIGHT} - {LICENCE}<br>Địa chỉ: Bộ Chỉ huy Bộ đội Biên phòng tỉnh Hà Lâm, thị trấn Phú Lâm. Điện thoại: 069.756.123</td></tr></table></body></html>"""

    def article(self, ctx: Ctx, story: Story) -> str:
        a = story.article

        def figure(image: Image) -> str:
            cap = f'<br><span class="ChuThichAnh"><i>{e(image.caption)}</i></span>' if image.caption else ""
            return f'<p class="Anh" align="center"><img src="{e(image.url)}" width="450" border="0">{cap}</p>'

        text = body(story, lambda p: f'<p class="VanBan" align="justify">{e(p)}</p>', figure)
        lead = f'<p class="TomTat" align="justify"><b><i>{e(a.summary)}</i></b></p>' if a.summary else ""
        d = local(a.published)
        when = f'<font size="1" color="#808080">Cập nhật lúc {d:%H}h{d:%M}\' ngày {dmy(a.published)}</font>'
        label = "Bài và ảnh: " if a.byline and "ảnh" in a.byline else ""
        by = f'<p class="TacGia" align="right"><b>{label}{e(", ".join(a.authors))}</b><br><i>{e(_bp_unit(story))}</i></p>' if a.authors else ""
        links = files(story, lambda f: f'<img src="/Images/icon_file.gif" border="0" align="absmiddle"> <a href="{e(f.url)}" class="LinkTaiVe">{e(f.title)}</a><br>')
        attach = f'<p class="TaiVe"><b>Tải về:</b><br>{links}</p>' if links else ""
        other = "".join(f'<tr><td class="TinKhac"><img src="/Images/arrow_green.gif" width="6" height="7"> <a href="{e(s.path)}" class="LinkTinKhac">{e(s.article.title)}</a> <span class="NgayTinKhac">({local(s.article.published).day}/{local(s.article.published).month})</span></td></tr>' for s in ctx.related(story, 7))
        return f"""<table width="100%" border="0" cellspacing="0" cellpadding="2"><tr><td class="DuongDan"><a href="/" class="LinkDuongDan">Trang chủ</a> &gt;&gt; <a href="{e(self.listing_path(story.section, 1))}" class="LinkDuongDan">{e(story.section.name)}</a></td></tr></table>
<table width="100%" border="0" cellspacing="0" cellpadding="4"><tr><td class="TieuDeTin" align="center" style="text-transform:uppercase">{e(a.title)}</td></tr>
<tr><td class="NoiDungTin">{lead}{when}
{text}
{attach}{by}</td></tr>
<tr><td class="CongCu" align="right"><a href="javascript:window.print()"><img src="/Images/print.gif" border="0" alt="In bài"></a> <a href="javascript:history.back()" class="LinkCongCu">[Trở về]</a></td></tr></table>
<table width="100%" border="0" cellspacing="0" cellpadding="2"><tr><td class="TieuDeBox">&nbsp;Các tin khác</td></tr>{other}</table>"""

    def teaser(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        d = local(a.published)
        return f'<table width="100%" border="0" cellspacing="0" cellpadding="3"><tr><td class="AnhTin" width="110" valign="top"><a href="{e(story.path)}"><img src="/Images/News/thumb_{story.key}.jpg" width="100" height="70" border="0"></a></td><td class="TomTatTin" valign="top"><a href="{e(story.path)}" class="LinkTieuDe">{e(a.title)}</a> <span class="NgayDang">({d:%H}h{d:%M}\' {dmy(a.published)})</span><br>{e(a.summary or "")}</td></tr></table>'

    def listing(self, ctx: Ctx, heading: str, stories: Sequence[Story], pager: str) -> str:
        items = '<tr><td><hr size="1" color="#CCCCCC"></td></tr>'.join(f"<tr><td>{self.teaser(ctx, s)}</td></tr>" for s in stories)
        return f'<table width="100%" border="0" cellspacing="0" cellpadding="2"><tr><td class="TieuDeBox">&nbsp;{e(heading.upper())}</td></tr>{items}<tr><td class="PhanTrang" align="center">{pager}</td></tr></table>'

    def pager(self, n: int, pages: int, path_of: Callable[[int], str]) -> str:
        if pages == 1:
            return ""
        return "Trang: " + " ".join(f'<a href="{e(path_of(i))}" class="LinkTrang">[{i}]</a>' if i != n else f'<span class="TrangHienTai">[{i}]</span>' for i in range(1, pages + 1))

    def encode(self, html: str) -> bytes:
        return to_cp1258(html)


#: A farmers' union's market box: (product, unit, price in đồng), as of the day the box names.
_PRICES = (("Lúa tẻ thường", "kg", "7.800"), ("Lợn hơi", "kg", "62.000"),
           ("Gà ta", "kg", "95.000"), ("Phân urê", "bao 50 kg", "580.000"))


class FarmersUnion(Template):
    """The site of a province's farmers' union ("Hội Nông dân tỉnh") on an ASP.NET CMS whose
    article view is a two-column table: the left column is a tear-off calendar leaf ("Thứ Năm" /
    "14" / "Tháng 3/2019" / "08:30", one line each, no heading), the right column the headline as a
    `span` in a `td`, the lead, and the text; listings are the same two-column rows with the date
    on the left. `/tin-bai/1234/slug.aspx` addresses and `?p=2` paging; the caption of each photo
    is an italic line *above* the picture; the writers close the text with their branch after a
    dash ("Minh Hà, Thu Trang - Hội Nông dân huyện Phú Lâm"); keywords are printed as plain text
    after "Từ khóa:" (not links); documents in a "Văn bản đính kèm" table; a "Giá cả thị trường"
    box dated "Cập nhật ngày 14/03/2019" and a "Các tin đã đưa" table dated on the left."""

    name = "hoinongdan"
    site_name = "Hội Nông dân tỉnh Hà Lâm"

    def article_path(self, key: int, slug: str, section: Section, published: datetime) -> str:
        return f"/tin-bai/{key}/{slug}.aspx"

    def listing_path(self, section: Section, n: int) -> str:
        return f"/chuyen-muc/{section.key}/{section.slug}.aspx" + (f"?p={n}" if n > 1 else "")

    def archive_path(self, kind: str, value: str) -> str:
        return f"/{ {'tag': 'tu-khoa', 'author': 'tac-gia', 'month': 'thang'}[kind] }/{slugify(value)}.aspx"

    def static_path(self, kind: str) -> str:
        return {"contact": "/lien-he.aspx", "calendar": "/lich-cong-tac.aspx", "search": "/tim-kiem.aspx?q=covid"}[kind]

    def asset_path(self, url: str) -> str:
        return "/Data/upload" + url

    def other_pages(self, ctx: Ctx) -> list[tuple[str, str, str]]:
        return [(f"/gioi-thieu/{slug}.aspx", title, f'<table class="tbl-gt" width="100%"><tr><td class="gt-ten">{e(title)}</td></tr><tr><td class="gt-nd">{e(text)}</td></tr></table>') for slug, title, text in INTRO_PAGES]

    def _leaf(self, dt: datetime) -> str:
        d = local(dt)
        return f'<div class="to-lich"><div class="tl-thu">{cap_weekday(dt)}</div><div class="tl-ngay">{d.day:02d}</div><div class="tl-thang">Tháng {d.month}/{d.year}</div><div class="tl-gio">{hm(dt)}</div></div>'

    def page(self, ctx: Ctx, title: str, main: str, *, canonical: str | None = None,
             story: Story | None = None) -> str:
        menu = "".join(f'<td class="mn-o"><a href="{e(p)}">{e(t)}</a></td>' for t, p in ctx.nav())
        prices = "".join(f"<tr><td>{e(what)}</td><td>{e(unit)}</td><td align=\"right\">{price}</td></tr>" for what, unit, price in _PRICES)
        newest = local(ctx.stories[0].article.published) if ctx.stories else None
        asof = f'<div class="gia-ngay">Cập nhật ngày {newest:%d/%m/%Y}</div>' if newest else ""
        canon = f'<link rel="canonical" href="{e(canonical)}" />' if canonical else ""
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>{e(title)} - {e(self.site_name)}</title>{canon}<link href="/App_Themes/HoiND/hnd.css" rel="stylesheet" type="text/css" /></head>
<body><form method="post" action="" id="form1"><div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKLTQ3NjM4NzYxOWRk" /></div>
<table class="khung" width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td class="dau"><img src="/App_Themes/HoiND/images/logo-hnd.png" alt="" /><span class="dau-ten">{e(self.site_name.upper())}</span><span class="dau-khauhieu">Nông dân Việt Nam: Đoàn kết - Năng động - Sáng tạo - Làm giàu - Bảo vệ Tổ quốc</span></td></tr>
<tr><td><table class="thanh-menu" width="100%"><tr>{menu}</tr></table></td></tr>
<tr><td><table width="100%" cellpadding="0" cellspacing="0"><tr><td class="cot-giua" valign="top">{main}</td>
<td class="cot-ben" width="260" valign="top"><div class="hop"><div class="hop-ten">Giá cả thị trường</div>{asof}<table class="tbl-gia" width="100%"><tr><th>Mặt hàng</th><th>ĐVT</th><th>Giá (đồng)</th></tr>{prices}</table></div>
<div class="hop"><div class="hop-ten">Gương nông dân sản xuất giỏi</div><div class="hop-nd"><img src="/Data/upload/guong-nd.jpg" alt="" width="240" /></div></div>
<div class="hop"><div class="hop-ten">{COUNTER}</div><div class="hop-nd">{ONLINE}: 11<br />{TOTAL}: 672.045</div></div></td></tr></table></td></tr>
<tr><td class="chan">{COPYRIGHT} - {LICENCE}<br />Địa chỉ: số 8 đường Lê Lợi, thành phố Hà Lâm. Điện thoại: 0203.3826.447</td></tr></table></form></body></html>"""

    def article(self, ctx: Ctx, story: Story) -> str:
        a = story.article

        def figure(image: Image) -> str:
            cap = f'<p class="ct-anh" style="text-align:center"><em>{e(image.caption)}</em></p>' if image.caption else ""
            return f'{cap}<p style="text-align:center"><img src="{e(image.url)}" alt="" width="520" /></p>'

        text = body(story, lambda p: f'<p style="text-align:justify">{e(p)}</p>', figure)
        lead = f'<div class="tin-tomtat">{e(a.summary)}</div>' if a.summary else ""
        by = f'<p class="tin-tacgia" style="text-align:right"><strong>{e(", ".join(a.authors))} - Hội Nông dân huyện Phú Lâm</strong></p>' if a.authors else ""
        keywords = f'<div class="tin-tukhoa"><b>Từ khóa:</b> {e(", ".join(a.tags))}</div>' if a.tags else ""
        rows = "".join(f'<tr><td align="center">{i}</td><td><a href="{e(f.url)}">{e(f.title)}</a></td><td align="center">{file_name(f.url).rsplit(".", 1)[-1].upper()}</td></tr>' for i, f in enumerate(a.attachments, 1))
        attach = f'<table class="tbl-dinhkem" width="100%" border="1" cellspacing="0"><tr><th colspan="3">Văn bản đính kèm</th></tr>{rows}</table>' if rows else ""
        old = "".join(f'<tr><td class="cu-ngay" width="90">{dmy(s.article.published)}</td><td class="cu-ten"><a href="{e(s.path)}">{e(s.article.title)}</a></td></tr>' for s in ctx.related(story, 6))
        return f"""<div class="duongdan"><a href="/">Trang chủ</a> › <a href="{e(self.listing_path(story.section, 1))}">{e(story.section.name)}</a></div>
<table class="tbl-tin" width="100%" cellpadding="6" cellspacing="0"><tr><td class="cot-ngay" width="96" valign="top">{self._leaf(a.published)}</td>
<td class="cot-noidung" valign="top"><span class="tin-tieude">{e(a.title)}</span>
{lead}<div class="tin-noidung">{text}
{by}</div>{attach}{keywords}</td></tr></table>
<div class="tin-congcu"><a href="javascript:window.print()">In bài</a> | <a href="#" onclick="history.back()">Quay lại</a></div>
<table class="tbl-tincu" width="100%" cellspacing="0"><tr><td colspan="2" class="tincu-ten">Các tin đã đưa</td></tr>{old}</table>"""

    def teaser(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        return f'<tr class="ds-dong"><td class="ds-ngay" width="96" valign="top">{self._leaf(a.published)}</td><td class="ds-tin" valign="top"><a class="ds-ten" href="{e(story.path)}">{e(a.title)}</a><div class="ds-tomtat">{e(a.summary or "")}</div></td></tr>'

    def listing(self, ctx: Ctx, heading: str, stories: Sequence[Story], pager: str) -> str:
        items = "".join(self.teaser(ctx, s) for s in stories)
        return f'<div class="ds-tieude">{e(heading)}</div><table class="tbl-ds" width="100%" cellpadding="5" cellspacing="0">{items}</table>{pager}'

    def home(self, ctx: Ctx) -> str:
        return self.listing(ctx, "Tin hoạt động", ctx.latest(8), "")

    def pager(self, n: int, pages: int, path_of: Callable[[int], str]) -> str:
        if pages == 1:
            return ""
        nums = "".join(f'<a class="pt-so" href="{e(path_of(i))}">{i}</a>' if i != n else f'<span class="pt-so pt-chon">{i}</span>' for i in range(1, pages + 1))
        return f'<div class="phantrang"><a href="{e(path_of(1))}">« Đầu</a>{nums}<a href="{e(path_of(pages))}">Cuối »</a></div>'


def _typed(text: str) -> str:
    """Text a school's staff typed (Unikey set to "Unicode tổ hợp"), escaped: decomposed (NFD),
    while the platform's own labels stay precomposed."""
    return e(unicodedata.normalize("NFD", text))


def _long_day(dt: datetime) -> str:
    """"ngày 14 tháng 3 năm 2019", as an administrative document writes a date."""
    d = local(dt)
    return f"ngày {d.day} tháng {d.month} năm {d.year}"


#: A school's notices with their dates, printed in a side panel of every page.
_SCHOOL_NOTICES = (("Lịch kiểm tra cuối học kỳ I khối 10, 11, 12", "05/12"),
                   ("Thời khóa biểu áp dụng từ tuần 15", "28/11"),
                   ("Kế hoạch tổ chức Hội khỏe Phù Đổng cấp trường", "20/11"))


class SchoolPlatform(Template):
    """A high school's website on a hosted school-management platform of the VNEdu kind (one
    Bootstrap 3 layout for thousands of schools, `truong.vnedu.vn`-style hosts), whose staff type
    with Unikey set to decomposed Unicode, so every text they entered is NFD while the platform's
    labels are NFC: `/news/detail/1234/slug` addresses and `/news/category/12?page=2` paging, the
    whole article in a `panel` whose heading is an `h3.panel-title`, the facts in a `dl` *above*
    the text (dt "Ngày đăng" → "08:30, ngày 14 tháng 3 năm 2019", dt "Người viết" → the writers,
    dt "Chuyên mục", dt "Lượt xem"), the lead in a `well`, photos with `p.help-block` captions,
    files in a `list-group`, and panels of school notices dated "(05/12)" and the timetable;
    no tags."""

    name = "vnedu"
    site_name = "Trường THPT Phú Lâm"
    shows_tags = False

    def article_path(self, key: int, slug: str, section: Section, published: datetime) -> str:
        return f"/news/detail/{key}/{slug}"

    def listing_path(self, section: Section, n: int) -> str:
        return f"/news/category/{section.key}" + (f"?page={n}" if n > 1 else "")

    def archive_path(self, kind: str, value: str) -> str:
        return f"/news/{ {'tag': 'keyword', 'author': 'writer', 'month': 'month'}[kind] }/{slugify(value)}"

    def static_path(self, kind: str) -> str:
        return {"contact": "/contact", "calendar": "/schedule/week", "search": "/news/search?q=covid"}[kind]

    def asset_path(self, url: str) -> str:
        return f"/files/school/{zlib.crc32(url.encode()) % 90000 + 10000}" + url

    def other_pages(self, ctx: Ctx) -> list[tuple[str, str, str]]:
        grid = "".join(f"<tr><td>Tiết {i}</td>" + "".join(f"<td>{subject}</td>" for subject in row) + "</tr>" for i, row in enumerate((("Toán", "Văn", "Anh", "Lý", "Hóa"), ("Văn", "Toán", "Sử", "Địa", "Sinh"), ("Anh", "Tin", "GDCD", "Thể dục", "Toán")), 1))
        timetable = f'<div class="panel panel-default"><div class="panel-heading">Thời khóa biểu lớp 10A1</div><table class="table table-bordered"><tr><th></th><th>Thứ 2</th><th>Thứ 3</th><th>Thứ 4</th><th>Thứ 5</th><th>Thứ 6</th></tr>{grid}</table></div>'
        scores = '<div class="panel panel-default"><div class="panel-heading">Tra cứu điểm</div><div class="panel-body"><form class="form-inline"><input class="form-control" name="mahs" placeholder="Mã học sinh" /><button class="btn btn-primary" type="button">Tra cứu</button></form></div></div>'
        return [("/timetable", "Thời khóa biểu", timetable), ("/scores", "Tra cứu điểm", scores)] + [(f"/page/{slug}", title, f'<div class="panel panel-default"><div class="panel-heading">{e(title)}</div><div class="panel-body">{_typed(text)}</div></div>') for slug, title, text in INTRO_PAGES[:4]]

    def page(self, ctx: Ctx, title: str, main: str, *, canonical: str | None = None,
             story: Story | None = None) -> str:
        menu = "".join(f'<li><a href="{e(p)}">{e(t)}</a></li>' for t, p in ctx.nav())
        notices = "".join(f'<a class="list-group-item" href="/notice/{i}">{e(what)} <span class="text-muted">({day})</span></a>' for i, (what, day) in enumerate(_SCHOOL_NOTICES, 1))
        newest = "".join(f'<a class="list-group-item" href="{e(s.path)}">{_typed(s.article.title)}</a>' for s in ctx.latest(5, story))
        canon = f'<link rel="canonical" href="{e(canonical)}" />' if canonical else ""
        return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=edge" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>{_typed(title)} - {e(self.site_name)}</title>{canon}<link href="/static/bootstrap/3.3.7/css/bootstrap.min.css" rel="stylesheet" /><link href="/static/school/theme-blue.css" rel="stylesheet" /></head>
<body><div class="school-banner"><div class="container"><img src="/static/school/logo-so-gd.png" alt="" class="pull-left" /><div class="school-banner__org">SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ LÂM</div><div class="school-banner__name">{e(self.site_name.upper())}</div></div></div>
<nav class="navbar navbar-default navbar-static-top"><div class="container"><div class="navbar-header"><button type="button" class="navbar-toggle collapsed" data-toggle="collapse" data-target="#nav-main"><span class="icon-bar"></span><span class="icon-bar"></span></button></div><div class="collapse navbar-collapse" id="nav-main"><ul class="nav navbar-nav">{menu}<li><a href="/timetable">Thời khóa biểu</a></li><li><a href="/scores">Tra cứu điểm</a></li></ul></div></div></nav>
<div class="container"><div class="row"><div class="col-md-8">{main}</div>
<div class="col-md-4"><div class="panel panel-primary"><div class="panel-heading">Thông báo</div><div class="list-group">{notices}</div></div>
<div class="panel panel-primary"><div class="panel-heading">Tin mới</div><div class="list-group">{newest}</div></div>
<div class="panel panel-primary"><div class="panel-heading">{COUNTER}</div><div class="panel-body">{ONLINE}: 4<br />{TOTAL}: 88.250</div></div></div></div></div>
<footer class="school-footer"><div class="container"><p>{e(self.site_name)} - Địa chỉ: khu 3, thị trấn Phú Lâm - Điện thoại: 0203.3851.220</p><p>Website được xây dựng trên nền tảng quản lý trường học trực tuyến. {COPYRIGHT}.</p></div></footer>
<script src="/static/jquery/1.12.4/jquery.min.js"></script><script src="/static/bootstrap/3.3.7/js/bootstrap.min.js"></script></body></html>"""

    def article(self, ctx: Ctx, story: Story) -> str:
        a = story.article

        def figure(image: Image) -> str:
            cap = f'<p class="help-block text-center">{_typed(image.caption)}</p>' if image.caption else ""
            return f'<div class="news-image"><img class="img-responsive center-block" src="{e(image.url)}" alt="" />{cap}</div>'

        text = body(story, lambda p: f"<p>{_typed(p)}</p>", figure)
        lead = f'<div class="well well-sm news-summary">{_typed(a.summary)}</div>' if a.summary else ""
        writer = f"<dt>Người viết</dt><dd>{_typed(', '.join(a.authors))}</dd>" if a.authors else ""
        links = "".join(f'<a class="list-group-item" href="{e(f.url)}"><span class="glyphicon glyphicon-paperclip"></span> {_typed(f.title)}</a>' for f in a.attachments)
        attach = f'<div class="panel panel-default"><div class="panel-heading">Tệp đính kèm</div><div class="list-group">{links}</div></div>' if links else ""
        others = "".join(f'<li><a href="{e(s.path)}">{_typed(s.article.title)}</a></li>' for s in ctx.related(story, 5))
        return f"""<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="{e(self.listing_path(story.section, 1))}">{e(story.section.name)}</a></li></ol>
<div class="panel panel-default news-detail"><div class="panel-heading"><h3 class="panel-title">{_typed(a.title)}</h3></div>
<div class="panel-body"><dl class="dl-horizontal news-facts"><dt>Ngày đăng</dt><dd>{hm(a.published)}, {_long_day(a.published)}</dd>{writer}<dt>Chuyên mục</dt><dd><a href="{e(self.listing_path(story.section, 1))}">{e(story.section.name)}</a></dd><dt>Lượt xem</dt><dd>{views_text(story)}</dd></dl>
{lead}<div class="news-content">{text}</div></div></div>
{attach}<div class="panel panel-default"><div class="panel-heading">Tin khác</div><div class="panel-body"><ul class="list-unstyled">{others}</ul></div></div>"""

    def teaser(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        return f'<div class="media news-item"><div class="media-left"><a href="{e(story.path)}"><img class="media-object" src="/static/school/no-image.png" width="120" alt="" /></a></div><div class="media-body"><h4 class="media-heading"><a href="{e(story.path)}">{_typed(a.title)}</a></h4><p class="text-muted small">{dmy(a.published)} {hm(a.published)}</p><p>{_typed(a.summary or "")}</p></div></div>'

    def listing(self, ctx: Ctx, heading: str, stories: Sequence[Story], pager: str) -> str:
        items = "".join(self.teaser(ctx, s) for s in stories)
        return f'<div class="panel panel-default"><div class="panel-heading"><h3 class="panel-title">{_typed(heading)}</h3></div><div class="panel-body">{items}</div></div>{pager}'

    def pager(self, n: int, pages: int, path_of: Callable[[int], str]) -> str:
        if pages == 1:
            return ""
        items = "".join(f'<li><a href="{e(path_of(i))}">{i}</a></li>' if i != n else f'<li class="active"><span>{i}</span></li>' for i in range(1, pages + 1))
        return f'<nav><ul class="pagination">{items}</ul></nav>'


#: When the Laravel department site below rendered its pages (its relative dates count from here).
_RENDERED = datetime(2025, 11, 28, 9, 0, tzinfo=UTC)


def _ago(dt: datetime) -> str:
    """Carbon's `diffForHumans()` in Vietnamese ("6 năm trước", "3 tháng trước"), counted from
    `_RENDERED`, as a Laravel page prints a date."""
    days = (_RENDERED - dt).days
    for unit, size in (("năm", 365), ("tháng", 30), ("tuần", 7), ("ngày", 1)):
        if days >= size:
            return f"{days // size} {unit} trước"
    return "vài giờ trước"


def _byline_label(story: Story) -> str:
    """"Bài, ảnh:" over a photographed story, "Tổng hợp:" over a compiled one, "Bài:" otherwise."""
    typed = story.article.byline or ""
    return "Bài, ảnh:" if "ảnh" in typed else "Tổng hợp:" if typed.startswith("T/h") else "Bài:"


class LaravelDepartment(Template):
    """The "Trang thông tin điện tử" of a provincial department (a Sở) built by a local firm on
    Laravel with a Tailwind CSS theme (only utility classes, no semantic ones, a `csrf-token`
    meta, Livewire attributes): `/bai-viet/1234-slug` addresses and the Laravel paginator's
    `?page=2` with its "Trang 2 trên 3" line and "« Trước" / "Sau »" buttons, the headline an `h1` under a
    category pill, the date only as Carbon's relative "6 năm trước" whose `<time>` carries
    `datetime="2019-03-14 08:30:00"` (local time, no zone) and a `title` "14/03/2019 08:30", and
    `article:published_time` in the head; the writers under the headline after "Bài, ảnh:" /
    "Tổng hợp:" / "Bài:" linking to writer pages, the lead in a bordered box, photos as
    `figure`/`figcaption`, documents as download cards, "Thẻ:" pills, texts that cite earlier
    documents by their full dates (every third story), and a side column of newly issued
    documents numbered and dated "Số 215/QĐ-STNMT ngày 14/11/2025" over a box of month links."""

    name = "laravelso"
    site_name = "Sở Tài nguyên và Môi trường tỉnh Hà Lâm"
    page_size = 6
    old_dates = True

    def article_path(self, key: int, slug: str, section: Section, published: datetime) -> str:
        return f"/bai-viet/{key}-{slug}"

    def listing_path(self, section: Section, n: int) -> str:
        return f"/danh-muc/{section.slug}" + (f"?page={n}" if n > 1 else "")

    def archive_path(self, kind: str, value: str) -> str:
        if kind == "month":
            return f"/luu-tru/{value[:4]}/{value[5:]}"
        return f"/{ {'tag': 'the', 'author': 'tac-gia'}[kind] }/{slugify(value)}"

    def static_path(self, kind: str) -> str:
        return {"contact": "/lien-he", "calendar": "/lich-cong-tac", "search": "/tim-kiem?tu_khoa=covid"}[kind]

    def asset_path(self, url: str) -> str:
        return "/storage/" + ("posts" if is_image(url) else "documents") + f"/{zlib.crc32(url.encode()) % 12 + 1:02d}" + url

    def other_pages(self, ctx: Ctx) -> list[tuple[str, str, str]]:
        return [(f"/trang/{slug}", title, f'<div class="rounded-lg bg-white p-6 shadow"><h1 class="mb-4 text-2xl font-bold text-sky-900">{e(title)}</h1><div class="prose max-w-none"><p>{e(text)}</p></div></div>') for slug, title, text in INTRO_PAGES]

    def page(self, ctx: Ctx, title: str, main: str, *, canonical: str | None = None,
             story: Story | None = None) -> str:
        menu = "".join(f'<a href="{e(p)}" class="px-3 py-2 text-sm font-medium text-white hover:bg-sky-700">{e(t)}</a>' for t, p in ctx.nav())
        docs = "".join(f'<li class="border-b border-dashed py-2"><a href="/van-ban/{215 + i}" class="text-sm text-sky-800 hover:underline">Số {215 + i}/QĐ-STNMT ngày {14 - 3 * i:02d}/11/2025 về {e(what)}</a></li>' for i, what in enumerate(("phê duyệt kế hoạch sử dụng đất năm 2026", "cấp giấy phép khai thác nước mặt", "công bố thủ tục hành chính lĩnh vực đất đai")))
        months = "".join(f'<a href="{e(self.archive_path("month", m))}" class="rounded border px-2 py-1 text-xs">{int(m[5:]):02d}/{m[:4]}</a>' for m in ctx.months())
        canon = f'<link rel="canonical" href="{e(canonical)}">' if canonical else ""
        meta = f'<meta property="og:type" content="article"><meta property="article:published_time" content="{iso(story.article.published)}">' if story else '<meta property="og:type" content="website">'
        return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="csrf-token" content="q1Xb7yJc2mYt0ZkR8vN4pLwS6dHfE3aG9uIoTr5e"><title>{e(title)} - {e(self.site_name)}</title>{canon}{meta}<link rel="stylesheet" href="/build/assets/app-4f1c2d9e.css"><script type="module" src="/build/assets/app-8b3a61c0.js"></script></head>
<body class="bg-gray-100 font-sans antialiased"><div class="min-h-screen"><header class="bg-white"><div class="mx-auto flex max-w-7xl items-center gap-4 px-4 py-3"><img src="/images/quoc-huy.png" class="h-16 w-16" alt=""><div><div class="text-xs uppercase tracking-wide text-red-700">UBND tỉnh Hà Lâm</div><a href="/" class="text-xl font-bold uppercase text-sky-900">{e(self.site_name)}</a></div><form action="/tim-kiem" class="ml-auto"><input name="tu_khoa" class="rounded border px-3 py-1 text-sm" placeholder="Tìm kiếm..."></form></div>
<nav class="bg-sky-800"><div class="mx-auto flex max-w-7xl flex-wrap px-4">{menu}</div></nav></header>
<main class="mx-auto grid max-w-7xl grid-cols-1 gap-6 px-4 py-6 lg:grid-cols-3"><div class="lg:col-span-2">{main}</div>
<aside class="space-y-6"><div class="rounded-lg bg-white p-4 shadow"><div class="mb-2 border-l-4 border-red-600 pl-2 font-semibold uppercase text-sky-900">Văn bản mới ban hành</div><ul>{docs}</ul></div>
<div class="rounded-lg bg-white p-4 shadow"><div class="mb-2 border-l-4 border-red-600 pl-2 font-semibold uppercase text-sky-900">Lưu trữ</div><div class="flex flex-wrap gap-2">{months}</div></div>
<div class="rounded-lg bg-white p-4 shadow" wire:id="visitor-counter"><div class="mb-2 border-l-4 border-red-600 pl-2 font-semibold uppercase text-sky-900">{COUNTER}</div><p class="text-sm">{ONLINE}: <span class="font-semibold">23</span></p><p class="text-sm">{TOTAL}: <span class="font-semibold">1.274.980</span></p></div></aside></main>
<footer class="bg-sky-900 py-6 text-sm text-sky-100"><div class="mx-auto max-w-7xl px-4"><p class="font-semibold">{e(self.site_name)}</p><p>Địa chỉ: số 25 đường Nguyễn Trãi, thành phố Hà Lâm - Điện thoại: 0203.3825.660</p><p>{LICENCE}. {COPYRIGHT}.</p></div></footer></div></body></html>"""

    def _when(self, dt: datetime) -> str:
        return f'<time datetime="{local(dt):%Y-%m-%d %H:%M:%S}" title="{dmy(dt)} {hm(dt)}">{_ago(dt)}</time>'

    def article(self, ctx: Ctx, story: Story) -> str:
        a = story.article

        def figure(image: Image) -> str:
            cap = f'<figcaption class="mt-2 text-center text-sm italic text-gray-500">{e(image.caption)}</figcaption>' if image.caption else ""
            return f'<figure class="my-6"><img src="{e(image.url)}" alt="" class="mx-auto w-full rounded" loading="lazy">{cap}</figure>'

        text = body(story, lambda p: f"<p>{e(p)}</p>", figure)
        names = ", ".join(f'<a href="{e(self.archive_path("author", x))}" class="font-semibold text-sky-800">{e(x)}</a>' for x in a.authors)
        by = f'<span class="text-gray-700">{_byline_label(story)} {names}</span>' if a.authors else ""
        lead = f'<div class="my-4 border-l-4 border-sky-700 bg-sky-50 p-4 font-semibold text-gray-800">{e(a.summary)}</div>' if a.summary else ""
        cards = "".join(f'<a href="{e(f.url)}" class="flex items-center gap-3 rounded border p-3 hover:bg-gray-50"><svg class="h-6 w-6 text-red-600" viewBox="0 0 24 24"><path d="M6 2h9l5 5v15H6z"/></svg><span class="flex-1 text-sm">{e(f.title)}</span><span class="text-xs text-gray-500">{file_name(f.url).rsplit(".", 1)[-1].upper()}</span></a>' for f in a.attachments)
        attach = f'<div class="mt-6 space-y-2"><div class="font-semibold text-sky-900">Tài liệu đính kèm</div>{cards}</div>' if cards else ""
        tags = ('<div class="mt-6 flex flex-wrap items-center gap-2"><span class="text-sm font-semibold">Thẻ:</span>' + "".join(f'<a href="{e(self.archive_path("tag", x))}" class="rounded-full bg-gray-200 px-3 py-1 text-xs">{e(x)}</a>' for x in a.tags) + "</div>") if a.tags else ""
        more = "".join(f'<li class="py-2"><a href="{e(s.path)}" class="hover:text-sky-700">{e(s.article.title)}</a> <span class="text-xs text-gray-500">{self._when(s.article.published)}</span></li>' for s in ctx.related(story, 5))
        return f"""<article class="rounded-lg bg-white p-6 shadow"><a href="{e(self.listing_path(story.section, 1))}" class="inline-block rounded bg-red-700 px-2 py-0.5 text-xs font-semibold uppercase text-white">{e(story.section.name)}</a>
<h1 class="mt-3 text-2xl font-bold leading-snug text-sky-900 md:text-3xl">{e(a.title)}</h1>
<div class="mt-2 flex flex-wrap items-center gap-x-4 text-sm text-gray-500">{self._when(a.published)}<span>{views_text(story)} lượt xem</span>{by}</div>
{lead}<div class="prose max-w-none text-justify">{text}</div>
{attach}{tags}<div class="mt-6 flex gap-2" wire:id="share-buttons"><button class="rounded bg-blue-600 px-3 py-1 text-xs text-white">Chia sẻ</button><button class="rounded bg-gray-600 px-3 py-1 text-xs text-white" onclick="window.print()">In bài</button></div></article>
<div class="mt-6 rounded-lg bg-white p-6 shadow"><div class="mb-2 border-l-4 border-red-600 pl-2 font-semibold uppercase text-sky-900">Bài viết cùng chuyên mục</div><ul class="divide-y">{more}</ul></div>"""

    def teaser(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        return f'<div class="flex gap-4 border-b py-4"><a href="{e(story.path)}" class="shrink-0"><img src="/images/placeholder.webp" class="h-24 w-36 rounded object-cover" alt=""></a><div><a href="{e(story.path)}" class="font-semibold text-sky-900 hover:underline">{e(a.title)}</a><div class="mt-1 text-xs text-gray-500">{self._when(a.published)}</div><p class="mt-1 line-clamp-2 text-sm text-gray-700">{e(a.summary or "")}</p></div></div>'

    def listing(self, ctx: Ctx, heading: str, stories: Sequence[Story], pager: str) -> str:
        items = "".join(self.teaser(ctx, s) for s in stories)
        return f'<div class="rounded-lg bg-white p-6 shadow"><h1 class="mb-4 border-l-4 border-red-600 pl-2 text-xl font-bold uppercase text-sky-900">{e(heading)}</h1>{items}{pager}</div>'

    def pager(self, n: int, pages: int, path_of: Callable[[int], str]) -> str:
        if pages == 1:
            return ""
        first = (n - 1) * self.page_size + 1
        prev = f'<a href="{e(path_of(n - 1))}" rel="prev" class="rounded border px-3 py-1">« Trước</a>' if n > 1 else '<span class="rounded border px-3 py-1 text-gray-400">« Trước</span>'
        nxt = f'<a href="{e(path_of(n + 1))}" rel="next" class="rounded border px-3 py-1">Sau »</a>' if n < pages else '<span class="rounded border px-3 py-1 text-gray-400">Sau »</span>'
        return f'<nav role="navigation" aria-label="Pagination Navigation" class="mt-4 flex items-center justify-between"><p class="text-sm text-gray-700">Trang {n} trên {pages}, bắt đầu từ bài thứ <span class="font-medium">{first}</span></p><div class="flex gap-2">{prev}{nxt}</div></nav>'


class OliveroCity(Template):
    """A town portal on Drupal 10 with the core Olivero theme and the Vietnamese interface, no
    Pathauto: articles at `/node/1234`, sections and tags at `/taxonomy/term/N` (`?page=1` for
    the second page); the headline in the page-title block *outside* the node (`h1.page-title`
    around a `span.field--name-title`), the node meta "Bởi bientap" (the editor's account, not
    the writer) with a `<time>` whose `datetime` is in UTC ("2019-03-14T01:30:00Z") and whose
    text is the site's "14 Tháng 3, 2019 - 08:30" (its tooltip core's month-first "Thứ Năm, Tháng
    3 14, 2019 - 08:30"); the writer in a "Bút danh" field at the end,
    the lead in a "Tóm tắt" text field, CKEditor 5 `figure.caption-img` photos, a "Chuyên mục"
    field and "Thẻ" links, a file field with sizes, readers' comments with their own times, an
    Olivero breadcrumb, and in the sidebar a dated "Tin mới" Views block and a monthly archive."""

    name = "olivero"
    site_name = "Cổng thông tin điện tử thị xã Tân Lập"
    _accounts = ("bientap", "admin.txtl", "quantri")

    def article_path(self, key: int, slug: str, section: Section, published: datetime) -> str:
        return f"/node/{key}"

    def listing_path(self, section: Section, n: int) -> str:
        return f"/taxonomy/term/{section.key}" + (f"?page={n - 1}" if n > 1 else "")

    def archive_path(self, kind: str, value: str) -> str:
        if kind == "tag":
            return f"/taxonomy/term/{100 + zlib.crc32(value.encode()) % 7000}"
        if kind == "author":
            return f"/but-danh/{slugify(value)}"
        return f"/archive/{value.replace('-', '')}"

    def static_path(self, kind: str) -> str:
        return {"contact": "/contact", "calendar": "/lich-lam-viec", "search": "/search/node?keys=covid"}[kind]

    def asset_path(self, url: str) -> str:
        return f"/sites/default/files/{'inline-images' if is_image(url) else 'tai-lieu'}" + url

    def other_pages(self, ctx: Ctx) -> list[tuple[str, str, str]]:
        return [(f"/node/{90 + i}", title, f'<div class="block block-system block-system-main-block"><article class="node node--type-page node--view-mode-full"><div class="node__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>{e(text)}</p></div></div></article></div>') for i, (_, title, text) in enumerate(INTRO_PAGES)]

    def _file_class(self, url: str) -> str:
        """Drupal's classes for a file link: its MIME type, and the icon group it falls in."""
        mime = mimetypes.guess_type(url)[0] or "application/octet-stream"
        group = "application-pdf" if mime.endswith("pdf") else "x-office-document"
        return f"file--mime-{mime.replace('/', '-').replace('.', '-')} file--{group}"

    def _tooltip(self, dt: datetime) -> str:
        """Drupal's "long" format, the `<time>` tooltip: month before day, as core ships it."""
        d = local(dt)
        return f"{cap_weekday(dt)}, Tháng {d.month} {d.day}, {d.year} - {hm(dt)}"

    def _shown(self, dt: datetime) -> str:
        d = local(dt)
        return f"{d.day} Tháng {d.month}, {d.year} - {hm(dt)}"

    def page(self, ctx: Ctx, title: str, main: str, *, canonical: str | None = None,
             story: Story | None = None) -> str:
        menu = "".join(f'<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="{e(p)}" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1"><span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">{e(t)}</span></a></li>' for t, p in ctx.nav())
        rows = "".join(f'<li><div class="views-field views-field-title"><span class="field-content"><a href="{e(s.path)}" hreflang="vi">{e(s.article.title)}</a></span></div><div class="views-field views-field-created"><span class="field-content"><time datetime="{s.article.published.astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}">{dmy(s.article.published)}</time></span></div></li>' for s in ctx.latest(5, story))
        count = {m: sum(f"{local(s.article.published):%Y-%m}" == m for s in ctx.stories) for m in ctx.months()}
        months = "".join(f'<li><a href="{e(self.archive_path("month", m))}">Tháng {int(m[5:])} {m[:4]}</a> ({n})</li>' for m, n in count.items())
        canon = f'<link rel="canonical" href="{e(canonical)}" />' if canonical else ""
        heading = f'<div id="block-olivero-page-title" class="block block-core block-page-title-block"><h1 class="title page-title">{self._title_span(title) if story else e(title)}</h1></div>'
        return f"""<!DOCTYPE html>
<html lang="vi" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50"><head><meta charset="utf-8" /><meta name="Generator" content="Drupal 10 (https://www.drupal.org)" /><meta name="MobileOptimized" content="width" /><meta name="viewport" content="width=device-width, initial-scale=1.0" />{canon}<title>{e(title)} | {e(self.site_name)}</title><link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xk3v1n0PqF.css" /></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Nhảy tới nội dung</a><div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable" data-drupal-selector="site-header-fixable"><div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner" aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner"><div class="container site-header__inner__container"><div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner"><a href="/" rel="home" class="site-branding__logo"><img src="/sites/default/files/quoc-huy.png" alt="Trang chủ" /></a><div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Trang chủ" rel="home">{e(self.site_name)}</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div><div class="mobile-buttons" data-drupal-selector="mobile-buttons"><button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Trình đơn chính" aria-controls="header-nav" aria-expanded="false"><span class="mobile-nav-button__label">Trình đơn</span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation"><h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Trình đơn chính</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1" data-drupal-selector="primary-nav-menu--level-1">{menu}</ul></nav></div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content"><a id="main-content" tabindex="-1"></a><div class="main-content__container container">
<div class="region region--highlighted grid-full layout--pass--content-medium"><div data-drupal-messages-fallback class="hidden messages-list"></div></div>
<div class="region region--breadcrumb grid-full layout--pass--content-medium">{self._crumb(story)}</div>
<div class="region region--content-above grid-full layout--pass--content-medium">{heading}</div>
<div class="sidebar-grid grid-full"><main role="main" class="site-main"><div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-content" class="block block-system block-system-main-block">{main}</div></div></main>
<div class="region region--sidebar"><div class="views-element-container block block-views block-views-blocktin-moi-block-1" id="block-olivero-views-block-tin-moi-block-1"><h2 class="block__title">Tin mới</h2><div class="block__content"><div class="view view-tin-moi view-id-tin_moi view-display-id-block_1"><div class="view-content"><div class="item-list"><ul>{rows}</ul></div></div></div></div></div>
<div class="views-element-container block block-views block-views-blockarchive-block-1" id="block-olivero-views-block-archive-block-1"><h2 class="block__title">Lưu trữ theo tháng</h2><div class="block__content"><div class="view view-archive view-id-archive view-display-id-block_1"><div class="item-list"><ul class="views-summary">{months}</ul></div></div></div></div>
<div id="block-olivero-thongketruycap" class="block block-block-content"><h2 class="block__title">{COUNTER}</h2><div class="block__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>{ONLINE}: 19</p><p>{TOTAL}: 744.031</p></div></div></div></div></div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-bottom grid-full"><div id="block-olivero-chantrang" class="block block-block-content"><div class="block__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>{COPYRIGHT}</p><p>{LICENCE}</p></div></div></div><div id="block-olivero-powered" class="block block-system block-system-powered-by-block"><span>Được hỗ trợ bởi <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer></div></div></div></div></body></html>"""

    def _title_span(self, title: str) -> str:
        return f'<span class="field field--name-title field--type-string field--label-hidden">{e(title)}</span>'

    def _crumb(self, story: Story | None) -> str:
        if story is None:
            return ""
        return f'<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Đường dẫn</h2><div class="breadcrumb__content"><ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="/" class="breadcrumb__link">Trang chủ</a></li><li class="breadcrumb__item"><a href="{e(self.listing_path(story.section, 1))}" class="breadcrumb__link">{e(story.section.name)}</a></li></ol></div></nav></div>'

    def _field(self, name: str, label: str, items: str, inline: bool = False) -> str:
        how = "field--label-inline clearfix" if inline else "field--label-above"
        return f'<div class="field field--name-field-{name} field--type-entity-reference {how}"><h3 class="field__label{" inline" if inline else ""}">{label}</h3><div class="field__items">{items}</div></div>'

    def article(self, ctx: Ctx, story: Story) -> str:
        a = story.article

        def figure(image: Image) -> str:
            if not image.caption:
                return f'<img src="{e(image.url)}" data-entity-uuid="{zlib.crc32(image.url.encode()):08x}-5d1e-4c0b-9a7f-2e8d3c4b1a60" data-entity-type="file" class="align-center" width="800" height="533" loading="lazy" />'
            return f'<figure role="group" class="caption caption-img align-center"><img src="{e(image.url)}" data-entity-uuid="{zlib.crc32(image.url.encode()):08x}-5d1e-4c0b-9a7f-2e8d3c4b1a60" data-entity-type="file" width="800" height="533" loading="lazy" /><figcaption>{e(image.caption)}</figcaption></figure>'

        text = body(story, lambda p: f"<p>{e(p)}</p>", figure)
        account = self._accounts[story.key % 3]
        lead = f'<div class="text-content clearfix field field--name-field-tom-tat field--type-text-long field--label-hidden field__item"><p><strong>{e(a.summary)}</strong></p></div>' if a.summary else ""
        pen = self._field("but-danh", "Bút danh", "".join(f'<div class="field__item"><a href="{e(self.archive_path("author", x))}" hreflang="vi">{e(x)}</a></div>' for x in a.authors), inline=True) if a.authors else ""
        section = self._field("chuyen-muc", "Chuyên mục", f'<div class="field__item"><a href="{e(self.listing_path(story.section, 1))}" hreflang="vi">{e(story.section.name)}</a></div>', inline=True)
        tags = ('<div class="field field--name-field-tags field--type-entity-reference field--label-above"><h3 class="field__label">Thẻ</h3><ul class="links field__items">' + "".join(f'<li><a href="{e(self.archive_path("tag", x))}" hreflang="vi">{e(x)}</a></li>' for x in a.tags) + "</ul></div>") if a.tags else ""
        rows = "".join(f'<div class="field__item"><span class="file {self._file_class(f.url)}"><a href="{e(f.url)}" type="{mimetypes.guess_type(f.url)[0]}">{e(f.title)}</a></span><span class="file__size">({95 + 13 * len(f.title) // 10} KB)</span></div>' for f in a.attachments)
        attach = f'<div class="field field--name-field-tai-lieu field--type-file field--label-above"><h3 class="field__label">Tài liệu đính kèm</h3><div class="field__items">{rows}</div></div>' if rows else ""
        said = "".join(f'<article data-comment-user-id="0" id="comment-{cid}" class="comment js-comment by-anonymous"><div class="comment__picture-wrapper"><div class="comment__picture"><img src="/core/themes/olivero/images/placeholder.png" alt="" /></div></div><div class="comment__text-wrapper"><footer class="comment__meta"><p class="comment__author"><span lang="">{e(who)}</span> (khách)</p><p class="comment__time">{self._shown(when)}</p></footer><div class="comment__content"><div class="text-content clearfix field field--name-comment-body field--type-text-long field--label-hidden field__item"><p>{e(words)}</p></div></div></div></article>' for cid, when, who, words in ctx.comments(story))
        when = a.published.astimezone(UTC)
        return f"""<article data-history-node-id="{story.key}" class="node node--type-article node--promoted node--view-mode-full"><header class=""><div class="node__meta"><article class="profile"></article><span>Bởi <span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>{account}</span></span></span><span class="node__meta--date"><span class="field field--name-created field--type-created field--label-hidden"><time datetime="{when:%Y-%m-%dT%H:%M:%SZ}" title="{self._tooltip(a.published)}" class="datetime">{self._shown(a.published)}</time></span></span></div></header>
<div class="node__content">{lead}
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">{text}</div>
{pen}{section}{attach}{tags}</div>
<section data-drupal-selector="comments" class="comments"><h2 class="comments__title">Bình luận</h2><div class="comments__count">{len(ctx.comments(story))}</div>{said}</section></article>"""

    def teaser(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        return f'<article data-history-node-id="{story.key}" class="node node--type-article node--promoted node--view-mode-teaser text-content"><header class="node__header"><h2 class="node__title"><a href="{e(story.path)}" rel="bookmark"><span class="field field--name-title field--type-string field--label-hidden">{e(a.title)}</span></a></h2><div class="node__meta"><span class="node__meta--date"><time datetime="{a.published.astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}">{self._shown(a.published)}</time></span></div></header><div class="node__content"><div class="text-content clearfix field field--name-field-tom-tat field--type-text-long field--label-hidden field__item">{e(a.summary or "")}</div></div></article>'

    def listing(self, ctx: Ctx, heading: str, stories: Sequence[Story], pager: str) -> str:
        items = "".join(f'<div class="views-row">{self.teaser(ctx, s)}</div>' for s in stories)
        return f'<div class="views-element-container"><div class="view view-taxonomy-term view-id-taxonomy_term view-display-id-page_1"><div class="view-content">{items}</div>{pager}</div></div>'

    def pager(self, n: int, pages: int, path_of: Callable[[int], str]) -> str:
        if pages == 1:
            return ""
        items = "".join(f'<li class="pager__item{" is-active" if i == n else ""}"><a href="{e(path_of(i))}" class="pager__link{" is-active" if i == n else ""}" title="Tới trang {i}">{i}</a></li>' for i in range(1, pages + 1))
        return f'<nav class="pager" role="navigation" aria-labelledby="pagination-heading"><h4 id="pagination-heading" class="visually-hidden">Phân trang</h4><ul class="pager__items js-pager__items">{items}</ul></nav>'


TEMPLATES: tuple[Template, ...] = (FlatsomeCommune(), Drupal7District(), WordPasted(),
                                   ProvincialMegaMenu(), MobileCards(), NestedTableCommune(),
                                   BilingualPortal(), K2Commune(), BloggerWard(), NuxtPortal(),
                                   PartyCommittee(), HostedCommune(), MonthDirPaper(),
                                   RadioTvStation(), BorderGuardAsp(), FarmersUnion(),
                                   SchoolPlatform(), LaravelDepartment(), OliveroCity())
#: Held-out templates nobody tuning the extractor has yet seen scored (the report gives them their
#: own total). A new one written here is named in this set until its first score is recorded.
#: On 2026-11-30: `flatsomecommune`, `drupal7district` and `wordpasted` were scored at 11:47, 12:11
#: and 12:34; `provmega`, `mobilecards`, `nestedcommune` and `bilingual` once, at 12:34
#: (bench/RESULTS.md). All stay held out; `dnnnews` and `fullfirst` went to spent.py. The six
#: written at 13:31 by a non-tuner are unscored, and so are the six a second non-tuner committed
#: at 13:42 (`daipttv` … `olivero`).
FRESH: frozenset[str] = frozenset({"k2commune", "bloggerward", "nuxtportal", "partycommittee",
                                   "hostedcommune", "monthdirpaper", "daipttv", "bienphong",
                                   "hoinongdan", "vnedu", "laravelso", "olivero"})
