# ruff: noqa: E501 - markup keeps the long lines of the pages it imitates
"""Development templates for image and caption markup the other dev templates lack.

Written with the caption rules of `archiver.extract.captions` (issue 10, point 5), each after a
published convention, not a portal seen only here: an AMP page (the AMP HTML standard: `amp-img`,
no `img`) with captions as italic lines, and a CKEditor body (the editor of most Vietnamese portal
CMSes) mixing lazy-loaded images in an image table with a `<picture>` figure captioned above.
"""

from __future__ import annotations

from datetime import datetime
from html import escape as e

from bench.generalisation.api import Image, slugify
from bench.generalisation.portal import Ctx, Section, Story, Template, body, dmy, files, hm, iso


class AmpNews(Template):
    """The AMP version of a provincial newspaper's article: `<amp-img>` in a centred paragraph,
    its caption an italic paragraph under it (no figure), headline `h1`, date in `<time>`."""

    name = "ampnews"
    site_name = "Báo điện tử Phú Lâm"

    def article_path(self, key: int, slug: str, section: Section, published: datetime) -> str:
        return f"/amp/{section.slug}/{slug}-{key}.html"

    def listing_path(self, section: Section, n: int) -> str:
        return f"/amp/{section.slug}/" + (f"trang-{n}.html" if n > 1 else "")

    def archive_path(self, kind: str, value: str) -> str:
        return f"/amp/{kind}/{slugify(value)}.html"

    def page(self, ctx: Ctx, title: str, main: str, *, canonical: str | None = None,
             story: Story | None = None) -> str:
        menu = "".join(f'<li><a href="{e(p)}">{e(t)}</a></li>' for t, p in ctx.nav())
        latest = "".join(f'<li><a href="{e(s.path)}">{e(s.article.title)}</a></li>' for s in ctx.latest(5, story))
        link = f'<link rel="canonical" href="{e(canonical)}">' if canonical else ""
        return f"""<!doctype html><html ⚡ lang="vi"><head><meta charset="utf-8"><title>{e(title)}</title>{link}
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script async src="https://cdn.ampproject.org/v0.js"></script><style amp-custom>body{{font-family:Arial}}</style></head>
<body><header class="amp-header"><a href="/amp/" class="logo">{e(self.site_name)}</a></header>
<amp-sidebar id="menu" layout="nodisplay"><ul>{menu}</ul></amp-sidebar>
<main class="amp-main">{main}</main>
<section class="amp-latest"><h3>Tin mới nhất</h3><ul>{latest}</ul></section>
<footer class="amp-footer">Bản quyền thuộc Báo điện tử Phú Lâm. Giấy phép số 12/GP-BTTTT.</footer></body></html>"""

    def article(self, ctx: Ctx, story: Story) -> str:
        a, t = story.article, story.article.published
        lead = f'<p class="sapo"><strong>{e(a.summary)}</strong></p>' if a.summary else ""
        text = body(story, lambda p: f"<p>{e(p)}</p>", _amp_image)
        doc = files(story, lambda f: f'<p><a href="{e(f.url)}">{e(f.title)}</a></p>')
        sign = f'<p class="author" style="text-align:right"><strong>{e(a.byline)}</strong></p>' if a.byline else ""
        tags = ('<div class="tags">Từ khóa: ' + ", ".join(f'<a href="{e(self.archive_path("tag", x))}">{e(x)}</a>' for x in a.tags) + "</div>") if a.tags else ""
        rel = "".join(f'<li><a href="{e(s.path)}">{e(s.article.title)}</a></li>' for s in ctx.related(story))
        return f"""<article class="amp-article"><div class="breadcrumb"><a href="/amp/">Trang chủ</a> › <a href="{e(self.listing_path(story.section, 1))}">{e(story.section.name)}</a></div>
<h1 class="amp-title">{e(a.title)}</h1><time datetime="{iso(t)}">{dmy(t)} {hm(t)}</time>{lead}
<div class="amp-body">{text}{doc}{sign}</div>{tags}</article><section class="related"><h3>Tin liên quan</h3><ul>{rel}</ul></section>"""

    def teaser(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        return f'<div class="item"><h3><a href="{e(story.path)}">{e(a.title)}</a></h3><span>{dmy(a.published)}</span></div>'


def _amp_image(image: Image) -> str:
    caption = f'<p><em>{e(image.caption)}</em></p>' if image.caption else ""
    return f'<p style="text-align:center"><amp-img src="{e(image.url)}" width="600" height="400" layout="responsive" alt=""></amp-img></p>{caption}'


class CkLazyImages(Template):
    """A district portal whose CKEditor body lazy-loads its images (a placeholder in `src`, the
    photo in `data-src`): in one editor's articles an image table (image row, caption row, the
    caption in a small span), in another's a `<picture>` in a `<figure>` whose caption is printed
    above it."""

    name = "cklazy"
    site_name = "Cổng thông tin điện tử huyện Phú Lâm"

    def article_path(self, key: int, slug: str, section: Section, published: datetime) -> str:
        return f"/tin-tuc/{section.slug}/{slug}-{key}"

    def listing_path(self, section: Section, n: int) -> str:
        return f"/tin-tuc/{section.slug}" + (f"?page={n}" if n > 1 else "")

    def page(self, ctx: Ctx, title: str, main: str, *, canonical: str | None = None,
             story: Story | None = None) -> str:
        menu = " ".join(f'<a class="nav-link" href="{e(p)}">{e(t)}</a>' for t, p in ctx.nav())
        side = "".join(f'<li><a href="{e(s.path)}">{e(s.article.title)}</a> <small>{dmy(s.article.published)}</small></li>' for s in ctx.latest(5, story))
        return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{e(title)}</title></head><body>
<div class="top-banner"><img src="/images/banner.png" alt="{e(self.site_name)}"></div><div class="main-nav">{menu}</div>
<div class="container"><div class="row"><div class="col-md-9">{main}</div>
<div class="col-md-3"><div class="box"><div class="box-title">Tin mới</div><ul>{side}</ul></div>
<div class="box"><div class="box-title">Thống kê truy cập</div><div>Đang online: 12</div><div>Tổng truy cập: 201.554</div></div></div></div></div>
<div class="site-footer">Bản quyền thuộc Ủy ban nhân dân huyện Phú Lâm. Điện thoại: 0203.3850.123</div></body></html>"""

    def article(self, ctx: Ctx, story: Story) -> str:
        a, t = story.article, story.article.published
        text = body(story, lambda p: f'<p style="text-align:justify">{e(p)}</p>',
                    _picture_above if story.key % 2 else _image_table)
        lead = f'<div class="news-sapo"><strong>{e(a.summary)}</strong></div>' if a.summary else ""
        sign = f'<p style="text-align:right"><strong>{e(a.byline)}</strong></p>' if a.byline else ""
        doc = files(story, lambda f: f'<p>Tải về: <a href="{e(f.url)}">{e(f.title)}</a></p>')
        tags = ('<div class="news-tags">Thẻ: ' + " ".join(f'<a href="{e(self.archive_path("tag", x))}">{e(x)}</a>' for x in a.tags) + "</div>") if a.tags else ""
        rel = "".join(f'<li><a href="{e(s.path)}">{e(s.article.title)}</a> ({dmy(s.article.published)})</li>' for s in ctx.related(story))
        return f"""<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="{e(self.listing_path(story.section, 1))}">{e(story.section.name)}</a></li></ol>
<h2 class="news-title">{e(a.title)}</h2><div class="news-date">Ngày đăng: {dmy(t)} | {hm(t)}</div>{lead}
<div class="news-content">{text}{sign}{doc}</div>{tags}<div class="other-news"><div class="box-title">Các tin khác</div><ul>{rel}</ul></div>"""

    def teaser(self, ctx: Ctx, story: Story) -> str:
        a = story.article
        return f'<div class="news-item"><a href="{e(story.path)}">{e(a.title)}</a><div class="news-date">{dmy(a.published)}</div></div>'


def _image_table(image: Image) -> str:
    caption = f'<tr><td><span style="font-size:12px">{e(image.caption)}</span></td></tr>' if image.caption else ""
    return (f'<table align="center" border="0" cellpadding="1" cellspacing="1" style="width:600px"><tbody>'
            f'<tr><td><img src="/images/loading.gif" data-src="{e(image.url)}" alt="" style="width:600px"></td></tr>{caption}</tbody></table>')


def _picture_above(image: Image) -> str:
    caption = f"<figcaption>{e(image.caption)}</figcaption>" if image.caption else ""
    return (f'<figure class="news-photo">{caption}<picture><source type="image/webp" srcset="{e(image.url)}.webp">'
            f'<img src="/images/loading.gif" data-src="{e(image.url)}" alt=""></picture></figure>')


TEMPLATES: list[Template] = [AmpNews(), CkLazyImages()]
