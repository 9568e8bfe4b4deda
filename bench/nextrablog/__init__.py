"""A real Next.js 14 site in Nextra 2's blog theme (`next` 14.2, `nextra` and `nextra-theme-blog`
2.13, React 18, npm), exported as static HTML, on 127.0.0.1. Held out from tuning (`GROUP`),
fresh (`FRESH`).

Written by a non-tuner on 2026-12-02, from software the project had never used: the project's
first Next.js and its first React site (pages rendered by React on the server at build time by
`next build` with `output: "export"`, each page then hydrated from the `__NEXT_DATA__` JSON it
carries and from `_next/static` chunks), in the blog theme of Nextra, the MDX site framework of
Next.js (Vercel's `nextra-theme-blog`, the theme Nextra's own blog example uses). Its posts are
its own, written for this site (bench/nextrablog/posts.py: a Mekong delta commune's news, 24
posts from August 2023 to November 2024), not the sample articles the other modules share.

The site is what the theme's documentation describes, written by its editor: `next.config.js`
wrapping Next's config in `nextra({theme: "nextra-theme-blog", themeConfig})` with a static export
(`output: "export"`, `trailingSlash`, unoptimised images), `theme.config.jsx` with the commune's
footer, a title suffix, a "Xem tiếp →" for the listing's read-more link and a `dateFormatter` in
Vietnamese (Intl's `vi-VN` full date with the short time: "lúc 08:30 Thứ Năm, 14 tháng 3, 2024",
time first, as ICU writes it), `pages/_app.jsx` importing the theme's stylesheet, and
`pages/_document.jsx` giving the page its `<html lang="vi">`; `pages/index.mdx` (the theme's
`page` type: a home page with its navigation), `pages/posts/index.mdx` (`posts`: every post,
newest first, each with its description and the day as JavaScript's English `toDateString()`,
"Thu Mar 14 2024", on one page), the static pages (`page`) and `pages/tags/[tag].mdx` (`tag`,
with the theme's `getStaticPaths`, a page per tag at its raw name, "/tags/Nông thôn mới/"). A post
is a Markdown file in `pages/posts/` with the theme's front matter: `title`, `date` as the theme
takes it ("2024/3/14 08:30", read as the build's local time, Asia/Ho_Chi_Minh; two posts give the
day only, "2024-05-20", which JavaScript reads as midnight UTC, so the page prints 07:00 that
day), `author` as one string ("A, B" where two wrote it; none on notices), `tag` as a
comma-separated string, and `description` for the listing only. Images as `<figure>` with a
`<figcaption>` written in the Markdown (one without a caption), each document as a paragraph holding
only its link, both kept in `public/`.

What the post layout prints decides the truth: the title as the one `<h1>` and in `<title>` with
the suffix; under it one line, the author as written, a comma, the `<time>` (its `dateTime` the
instant in UTC, its text the formatter's local time to the minute), a bullet and each tag as a
link; then the text, and the site's footer inside the same `<article>`. So `published` is the
time to the minute with +07:00 (07:00 for a day-only post); the authors are the names of the
author string; tags as written. No category (the theme has none), no lead (the description is
only on the listing), no byline beyond the author. No navigation on a post's page: only a "Back"
link to the listing. Non-articles: the home page, the listing, the two static pages, a page per
tag (the posts with it, as on the listing; its `<h1>` is empty in the HTML, since the heading holds
the theme's `<TagName />`, which the theme fills in only once the page is hydrated) and the 404
page (at `/404.html` and `/404/`).

The packages are pinned in bench/nextrablog/package-lock.json and installed beside it with
`npm ci --prefix bench/nextrablog` (Node.js 18.17 or later; Next.js's compiler is the SWC binary
npm installs as `@next/swc-linux-x64-gnu`). The truth comes from what Next.js was given, never
from its output; tests/test_generated_sites.py checks the two agree.
"""

from __future__ import annotations

import dataclasses
import html
import json
import re
import tempfile
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

from bench.generalisation.api import Attachment, Image, Page, SampleArticle
from bench.generalisation.portal import VN, BenchSite
from bench.generalisation.static import npm_missing, run_generator, write_assets
from bench.generalisation.templates import HELDOUT
from bench.nextrablog.posts import POSTS

HERE = Path(__file__).resolve().parent
GROUP = HELDOUT
#: Added on 2026-12-02 by a non-tuner; never scored yet.
FRESH = True
THEMES = ("blog",)
NODE_AT_LEAST = (18, 17)   # next 14's `engines`
SITENAME = "Trang thông tin điện tử xã Tân Thạnh"
#: The theme's `titleSuffix`, after each page's title in `<title>`.
TITLE_SUFFIX = " – Xã Tân Thạnh"
#: The theme's `footer`, printed inside every page's `<article>`.
FOOTER = ("© 2024 Ủy ban nhân dân xã Tân Thạnh, huyện Thạnh Hóa. Địa chỉ: ấp 3, xã Tân Thạnh. "
          "Điện thoại: 0272.3851.204")
#: Where uploaded images and documents are kept (under `public/`).
UPLOADS = "/uploads"
#: Next's build, its telemetry off, in the editor's time zone (the front matter's times are read
#: in it and the formatter prints in it).
ENVIRONMENT = {"NEXT_TELEMETRY_DISABLED": "1", "TZ": "Asia/Ho_Chi_Minh",
               "NO_UPDATE_NOTIFIER": "1"}
#: The static pages beside the posts: (title, slug, text).
PAGES = (("Giới thiệu", "gioi-thieu",
          "Xã Tân Thạnh có 6 ấp với 3.870 hộ, diện tích tự nhiên 5.120 ha, chủ yếu trồng lúa."),
         ("Liên hệ", "lien-he",
          "Văn phòng HĐND - UBND xã Tân Thạnh, ấp 3. Điện thoại: 0272.3851.204."))
#: ICU's Vietnamese weekdays, as `Intl.DateTimeFormat("vi-VN", {dateStyle: "full"})` writes them.
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")

NEXT_CONFIG = """const withNextra = require('nextra')({
  theme: 'nextra-theme-blog',
  themeConfig: './theme.config.jsx',
})

module.exports = withNextra({
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
})
"""
THEME_CONFIG = """const formatter = new Intl.DateTimeFormat('vi-VN', {
  dateStyle: 'full',
  timeStyle: 'short',
})

export default {
  titleSuffix: %(suffix)s,
  readMore: 'Xem tiếp →',
  dateFormatter: (date) => formatter.format(date),
  footer: (
    <footer>
      <small>{%(footer)s}</small>
    </footer>
  ),
}
"""
APP = """import 'nextra-theme-blog/style.css'

export default function App({ Component, pageProps }) {
  return <Component {...pageProps} />
}
"""
DOCUMENT = """import { Html, Head, Main, NextScript } from 'next/document'

export default function Document() {
  return (
    <Html lang="vi">
      <Head />
      <body>
        <Main />
        <NextScript />
      </body>
    </Html>
  )
}
"""
TAG_PAGE = """---
type: tag
title: Bài viết theo thẻ
---

import { TagTitle, TagName } from 'nextra-theme-blog/tags'

export { getStaticPaths, getStaticProps } from 'nextra-theme-blog/tags'

<TagTitle prefix="Bài viết có thẻ " />

# Bài viết có thẻ “<TagName />”
"""
#: The navigation's pages (the theme's `page` and `posts` types), newest `date` first in its menu.
HOME = """---
type: page
title: Trang chủ
date: 2023-01-04
---

# Trang chủ

Chào mừng bạn đến với Trang thông tin điện tử xã Tân Thạnh, huyện Thạnh Hóa. Xem các tin mới tại
mục [Tin tức](/posts/).
"""
LISTING = """---
type: posts
title: Tin tức
date: 2023-01-03
---

# Tin tức
"""


def missing() -> str | None:
    """Why the Next.js site cannot be built here, or None when it can."""
    return npm_missing(HERE, ("next", "nextra", "nextra-theme-blog", "react", "react-dom"),
                       NODE_AT_LEAST)


def read_date(written: str) -> datetime:
    """The instant JavaScript's `new Date()` reads from a front matter date in the build's time
    zone (+07:00): "2024/3/14 08:30" is local time; "2024-05-20", a day alone in ISO form, is
    midnight UTC (07:00 in Vietnam)."""
    if m := re.fullmatch(r"(\d{4})/(\d{1,2})/(\d{1,2}) (\d{1,2}):(\d{1,2})", written):
        return datetime(*map(int, m.groups()), tzinfo=VN)
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", written):
        return datetime(*map(int, m.groups()), tzinfo=UTC).astimezone(VN)
    raise ValueError(f"a date the site's editor does not write: {written!r}")


def site_articles() -> list[SampleArticle]:
    """The site's posts (bench/nextrablog/posts.py), oldest first, as the post layout prints
    them: the time as JavaScript reads the front matter in +07:00, the authors of the author
    string, the tags; the description as the lead (only the listing prints it)."""
    out = []
    for slug, title, date, author, tags, description, paragraphs, image, document in POSTS:
        out.append(SampleArticle(
            slug=slug, title=title, summary=description, paragraphs=list(paragraphs),
            authors=author.split(", ") if author else [], byline=None,
            published=read_date(date), category="", tags=list(tags),
            images=[Image(f"{UPLOADS}/{image[0]}", image[1])] if image else [],
            attachments=[Attachment(f"{UPLOADS}/{document[0]}", document[1])] if document else []))
    return sorted(out, key=lambda a: (a.published, a.slug))


def build(theme: str, articles: Iterable[SampleArticle], base_url: str) -> BenchSite:
    """Write `articles` as posts of a Nextra blog, run `next build` (a static export), and return
    every file it wrote as a page, with the truth of what it was given. `theme` is blog (the only
    one in THEMES)."""
    if theme not in THEMES:
        raise ValueError(f"bench/nextrablog builds with nextra-theme-{THEMES[0]}, not {theme}")
    base = base_url.rstrip("/")
    posts = sorted(articles, key=lambda a: (a.published, a.slug))
    pages = generate(posts)
    truth = {f"{base}{article_path(a)}": shown(a) for a in posts}
    return BenchSite(f"nextrablog {theme}", SITENAME, base, pages, truth, set(),
                     sorted(non_articles(posts)), foreign=(FOOTER,))


def generate(posts: list[SampleArticle]) -> dict[str, Page]:
    """Write the site (`write_site`) in a temporary directory under bench/nextrablog, where it
    finds the packages `npm ci` installed as a project finds its own, run `next build` on it, and
    return what its static export wrote."""
    with tempfile.TemporaryDirectory(prefix=".build-", dir=HERE) as tmp:
        site = Path(tmp) / "site"
        write_site(site, posts)
        command = ["node", str(HERE / "node_modules/next/dist/bin/next"), "build", str(site)]
        return run_generator("next build", command, site, site / "out", env=ENVIRONMENT)


def shown(a: SampleArticle) -> SampleArticle:
    """The article as the post layout prints it: no lead (the listing's description), byline or
    category."""
    return dataclasses.replace(a, summary=None, byline=None, category="")


def non_articles(posts: list[SampleArticle]) -> list[str]:
    """Every HTML page the export has besides the posts: the home page, the listing, the static
    pages, a page per tag at its raw name, and the 404 page at both its addresses."""
    tags = {t for a in posts for t in a.tags}
    return ["/", "/posts/", "/404.html", "/404/", *(f"/{slug}/" for _, slug, _ in PAGES),
            *(quote(f"/tags/{t}/") for t in tags)]


# -- what Next.js is given ------------------------------------------------------------------------

def write_site(site: Path, posts: list[SampleArticle]) -> None:
    """The configuration, `_app` and `_document`, the home page, the listing, the static pages,
    the tag page, one Markdown post per article, and the uploads in `public/`."""
    pages = site / "pages"
    (pages / "posts").mkdir(parents=True)
    (pages / "tags").mkdir()
    (site / "package.json").write_text('{"name": "xa-tan-thanh", "private": true}\n', encoding="utf-8")
    (site / "next.config.js").write_text(NEXT_CONFIG, encoding="utf-8")
    (site / "theme.config.jsx").write_text(
        THEME_CONFIG % {"suffix": json.dumps(TITLE_SUFFIX, ensure_ascii=False),
                        "footer": json.dumps(FOOTER, ensure_ascii=False)}, encoding="utf-8")
    (pages / "_app.jsx").write_text(APP, encoding="utf-8")
    (pages / "_document.jsx").write_text(DOCUMENT, encoding="utf-8")
    (pages / "index.mdx").write_text(HOME, encoding="utf-8")
    (pages / "posts" / "index.mdx").write_text(LISTING, encoding="utf-8")
    (pages / "tags" / "[tag].mdx").write_text(TAG_PAGE, encoding="utf-8")
    for n, (title, slug, text) in enumerate(PAGES):
        (pages / f"{slug}.mdx").write_text(
            f"---\ntype: page\ntitle: {title}\ndate: 2023-01-0{2 - n}\n---\n\n# {title}\n\n{text}\n",
            encoding="utf-8")
    given = {a.slug: a for a in site_articles()}
    for a in posts:
        (pages / "posts" / f"{a.slug}.md").write_text(post(a, given.get(a.slug)), encoding="utf-8")
    write_assets(site / "public", posts)


def post(a: SampleArticle, given: SampleArticle | None) -> str:
    """A post as its editor writes it: the theme's front matter (the date as written in
    posts.py, else as "YYYY/M/D H:m"), the paragraphs, the image as a `<figure>` after the first,
    the document's link closing the text."""
    when = next((d for s, _, d, *_ in POSTS if s == a.slug), None) if given else None
    local = a.published.astimezone(VN)
    front = {"title": a.title,
             "date": when or f"{local.year}/{local.month}/{local.day} {local:%H:%M}",
             "author": ", ".join(a.authors), "tag": ", ".join(a.tags), "description": a.summary}
    head = "".join(f"{k}: {json.dumps(v, ensure_ascii=False)}\n" for k, v in front.items() if v)
    blocks = []
    for k, text in enumerate(a.paragraphs):
        blocks.append(text)
        if k == 0:
            blocks += [figure(i) for i in a.images]
    blocks += [f"[{f.title}]({f.url})" for f in a.attachments]
    for block in blocks:
        if re.search(r"[<>{}*_`\[\]#\\|]", block) and not block.startswith(("<figure>", "[")):
            raise ValueError(f"{a.slug}: text Markdown or MDX would not print as written: {block}")
    return f"---\n{head}---\n\n" + "\n\n".join(blocks) + "\n"


def figure(image: Image) -> str:
    """An uploaded image as the editor writes it in Markdown: a `<figure>` with its caption."""
    caption = (f"\n  <figcaption>{html.escape(image.caption, quote=False)}</figcaption>"
               if image.caption else "")
    return f'<figure>\n  <img src="{image.url}" alt="" />{caption}\n</figure>'


def article_path(a: SampleArticle) -> str:
    """Next's address for `pages/posts/<slug>.md` with `trailingSlash`."""
    return f"/posts/{a.slug}/"
