"""A real VuePress 1 blog in `vuepress-theme-hope` 1.30 (npm), the most used VuePress theme with a
blog, on 127.0.0.1, held out from tuning (`GROUP`).

Written by someone who does not tune the extractor, in a theme the project had never used (npm's
registry here holds the theme's VuePress 1 line only, not the VuePress 2 one). The posts are
bench/vuepress's, written by its own functions (`_posts/`, Markdown with front matter: the date as
a string with +07:00, the author as one "A, B", tags), with the category the theme has; the site's
editor sets what the theme's guide documents: `.vuepress/config.js` through the theme's `config()`,
the site's title, the Vietnamese locale the theme ships (`vi-VN`), `hostname`, the site's default
`author`, the blog on, a nav. `vuepress build` renders it (webpack 4 with Node's legacy OpenSSL
provider, in Vietnam's time zone) and its output directory is served as it is.

What the theme prints on a post's page decides the truth: the title as the `<h1>`'s
`span[property=headline]`; the post's author, or the site's where the post names none, in
`span[property=author]`; the date as the post gives it, a space for its "T" ("2019-10-05
10:15:00+07:00") in `span[property=datePublished]`; the category (`articleSection`); each tag
with its first letter capitalised ("nông thôn mới" shows "Nông thôn mới"). Every page also
carries the theme's installable-app dialog in Vietnamese. Non-articles: the home page (the
blog's), the theme's article list, timeline, encrypted, slides and starred pages, the categories
and tags indexes and each one's page (the lists page on in the browser, one HTML page each), the
static pages and the 404 page.

The packages are pinned in bench/vuepresshope/package-lock.json and installed beside it with
`npm ci --prefix bench/vuepresshope` (Node.js 18 or later). The truth comes from what VuePress was
given, never from its output; tests/test_generated_sites.py checks the two agree.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import quote

from bench import vuepress
from bench.generalisation.api import SampleArticle
from bench.generalisation.portal import BenchSite
from bench.generalisation.static import PAGES, npm_missing, site_posts, with_old_dates
from bench.generalisation.templates import HELDOUT

HERE = Path(__file__).resolve().parent
GROUP = HELDOUT
#: Added on 2026-11-30 by a non-tuner; scored once, as fresh material, at 17:42 (bench/RESULTS.md);
#: still held out.
FRESH = False
THEMES = ("hope",)
GENERATED_POSTS = 23   # with the 27 sample articles, 50 posts
SITENAME = "Cổng thông tin điện tử thị trấn Đồng Xoài"
SITE_AUTHOR = "Văn phòng HĐND và UBND"
#: The theme's own listing pages besides the categories' and tags'.
THEME_PAGES = ("/", "/article/", "/timeline/", "/encrypt/", "/slide/", "/star/", "/category/",
               "/tag/", "/404.html")


def missing() -> str | None:
    """Why the VuePress site in hope cannot be built here, or None when it can."""
    return npm_missing(HERE, ("vuepress", "vuepress-theme-hope"), vuepress.NODE_AT_LEAST)


def site_articles() -> list[SampleArticle]:
    """The posts of the site, oldest first (`static.site_posts`)."""
    return site_posts(GENERATED_POSTS, seed=83)


def build(theme: str, articles: Iterable[SampleArticle], base_url: str) -> BenchSite:
    """Write `articles` as posts of a VuePress site in hope with its blog's home page, run
    `vuepress build` (`vuepress.generate`), and return every file it wrote as a page, with the
    truth of what it was given. `theme` is hope (the only one in THEMES)."""
    if theme not in THEMES:
        raise ValueError(f"bench/vuepresshope builds with vuepress-theme-{THEMES[0]}, not {theme}")
    base = base_url.rstrip("/")
    posts = sorted(articles, key=lambda a: (a.published, a.slug))
    pages = vuepress.generate(HERE, config(base), posts, category=True,
                              home_page="---\nhome: true\nlayout: Blog\n---\n")
    truth = {f"{base}{article_path(a)}": shown(a, i) for i, a in enumerate(posts)}
    return BenchSite(f"vuepresshope {theme}", SITENAME, base, pages, truth, set(),
                     sorted(non_articles(posts)))


def shown(a: SampleArticle, i: int) -> SampleArticle:
    """The article as the theme prints it: old dates in every fourth (`with_old_dates`), the
    site's author where the post names none, each tag's first letter capitalised."""
    return dataclasses.replace(with_old_dates(a, i), authors=a.authors or [SITE_AUTHOR],
                               tags=[t[:1].upper() + t[1:] for t in a.tags])


def config(base_url: str) -> str:
    """`.vuepress/config.js` as the theme's guide writes it, through its `config()`, for a
    Vietnamese site at `base_url`; JSON is a JavaScript expression."""
    values = {
        "title": SITENAME, "description": "Tin hoạt động của thị trấn Đồng Xoài",
        "locales": {"/": {"lang": "vi-VN"}},
        "themeConfig": {
            "hostname": base_url, "author": SITE_AUTHOR, "blog": {},
            "nav": [{"text": "Tin tức", "link": "/"},
                    *({"text": title, "link": f"/{slug}/"} for title, slug, _ in PAGES)],
        },
    }
    return ('const { config } = require("vuepress-theme-hope");\n'
            f"module.exports = config({json.dumps(values, ensure_ascii=False, indent=1)});\n")


def article_path(a: SampleArticle) -> str:
    """VuePress's address for `_posts/<slug>.md`."""
    return f"/{vuepress.POSTS}/{a.slug}/"


def non_articles(posts: list[SampleArticle]) -> set[str]:
    """Every HTML page VuePress writes besides the posts: the theme's pages, each category's and
    tag's page, the static pages."""
    listed = {quote(f"/category/{a.category}/") for a in posts}
    listed |= {quote(f"/tag/{t}/") for a in posts for t in a.tags}
    return listed | set(THEME_PAGES) | {f"/{slug}/" for _, slug, _ in PAGES}
