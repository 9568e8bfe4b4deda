"""A real Hexo 7 site in three of the most used Hexo themes on npm — NexT (`hexo-theme-next`),
Fluid (`hexo-theme-fluid`) and Butterfly (`hexo-theme-butterfly`) — on 127.0.0.1. Held out from
tuning once, now open to it (`GROUP`).

Written by someone who does not tune the extractor, from themes the project had never used, as
their authors ship them on npm (pinned in bench/hexothemes/package-lock.json, installed beside it
with `npm ci --prefix bench/hexothemes`, Node.js 18 or later). The posts are bench/hexo's (the
sample articles and other generated ones, Markdown with front matter, dates to the minute in
Asia/Ho_Chi_Minh, a category, tags, `<figure>`/`<figcaption>` images, PDF links), written by
bench/hexo's own functions, with bench/hexo's `_config.yml` and a site name of its own; the site's
editor only sets what each theme documents: its menu, and for Fluid a fallback language (it has
no Vietnamese messages, Hexo would take the first it has, German; Fluid then writes the whole list
in `<html lang="vi,en,default">`).

What each theme prints on a post's page decides the truth:

- NexT: the title as `h1.post-title`; the day ("05/10/2019") in a `<time>` whose `datetime` holds
  the instant with +07:00 and whose tooltip the time; the category and each tag as links. No
  byline (the site's author is the sidebar's profile and hidden microdata): no authors.
- Fluid: the title in the banner and as `h1#seo-header`; the date as moment writes "LL a" in
  Vietnamese ("5 tháng 10 năm 2019 sa": day, and morning or afternoon) in a `<time>` whose
  `datetime` is local time to the minute, no offset; the tags under it, the category under the
  body; the licence box under the body names the post's `author` ("Author"), the site's author
  where the post names none. So the truth's authors are the post's, or the site's.
- Butterfly: the title as `h1.post-title`; the day ("05/10/2019") in a `<time>` whose `datetime`
  holds the instant in UTC and whose tooltip the local time; the category; the tags under the
  body; its copyright box names the post's `copyright_author` ("Author:"), the site's author where
  the post names none: the truth's authors, as for Fluid.

Each page also holds the instant in `article:published_time` (UTC), so the truth keeps the minute
(as for bench/hexo). Captions are the posts' `<figcaption>`s, which every theme keeps. Non-articles:
bench/hexo's (home, category, tag, yearly/monthly archives and their further pages, the static
pages), and Fluid's own pages of all categories, all tags, links and its 404 page.

The truth comes from what Hexo was given, never from its output; tests/test_generated_sites.py
checks the two agree.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from bench import hexo
from bench.generalisation.api import SampleArticle
from bench.generalisation.portal import BenchSite
from bench.generalisation.static import PAGES, npm_missing, site_posts, with_old_dates
from bench.generalisation.templates import REAL

HERE = Path(__file__).resolve().parent
GROUP = REAL
#: Scored held out, as fresh material, on 2026-11-30 14:39 (bench/RESULTS.md); opened to tuning
#: on 2026-11-30 16:18, drawn at random with five other held-out pieces
#: (`random.Random(2026113016).sample(sorted(pieces), 6)`).
FRESH = False
THEMES = ("next", "fluid", "butterfly")
GENERATED_POSTS = 23   # with the 27 sample articles, 50 posts
SITENAME = "Cổng thông tin điện tử xã Hòa Bình"
ARCHIVE = f"/{hexo.DIRS['archive']}/"
#: Each theme's settings as its documentation gives them (Hexo's `theme_config`); for Fluid,
#: Hexo's `language` as a list, so that its messages fall back to English.
SETTINGS = {
    "next": {"theme_config": {"menu": {"home": "/ || fa fa-home",
                                       "archives": f"{ARCHIVE} || fa fa-archive"}}},
    "fluid": {"language": ["vi", "en"], "theme_config": {"navbar": {"menu": [
        {"key": "home", "link": "/", "icon": "iconfont icon-home-fill"},
        {"key": "archive", "link": ARCHIVE, "icon": "iconfont icon-archive-fill"},
        {"key": "category", "link": "/categories/", "icon": "iconfont icon-category-fill"},
        {"key": "tag", "link": "/tags/", "icon": "iconfont icon-tags-fill"},
        *({"key": title, "link": f"/{slug}/"} for title, slug, _ in PAGES)]}}},
    "butterfly": {"theme_config": {"menu": {
        "Trang chủ": "/ || fas fa-home", "Lưu trữ": f"{ARCHIVE} || fas fa-archive",
        **{title: f"/{slug}/ || fas fa-file" for title, slug, _ in PAGES}}}},
}
#: The front matter field in which each theme prints a post's authors (none for NexT).
AUTHOR_KEY = {"next": "", "fluid": "author", "butterfly": "copyright_author"}
#: The pages a theme writes of its own besides Hexo's listings.
THEME_PAGES = {"next": (), "fluid": ("/categories/", "/tags/", "/links/", "/404.html"),
               "butterfly": ()}


def missing() -> str | None:
    """Why the themed Hexo sites cannot be built here, or None when they can."""
    return npm_missing(HERE, ("hexo", "hexo-renderer-pug", *(f"hexo-theme-{t}" for t in THEMES)),
                       hexo.NODE_AT_LEAST)


def site_articles() -> list[SampleArticle]:
    """The posts of the site, oldest first (`static.site_posts`)."""
    return site_posts(GENERATED_POSTS, seed=59)


def build(theme: str, articles: Iterable[SampleArticle], base_url: str) -> BenchSite:
    """The site in `theme` at `base_url` with `articles` as its posts (`build_in`)."""
    return build_in(HERE, SITENAME, theme, SETTINGS[theme], AUTHOR_KEY[theme], THEME_PAGES[theme],
                    articles, base_url)


def build_in(home: Path, sitename: str, theme: str, settings: dict[str, Any], author_key: str,
             theme_pages: Iterable[str], articles: Iterable[SampleArticle], base_url: str) -> BenchSite:
    """Write `articles` as Hexo posts (bench/hexo's), each post's authors under `author_key`, run
    `hexo generate` with `theme`, as `npm ci` installed it in `home` (bench/hexothemes,
    bench/npmthemes), its `settings` and `sitename`, for `base_url`, and return every file it
    wrote as a page, with the truth of what it was given; `theme_pages` are the pages the theme
    writes of its own besides Hexo's listings."""
    base = base_url.rstrip("/")
    posts = sorted(articles, key=lambda a: (a.published, a.slug))
    config = hexo.config(base, theme, posts, {"title": sitename, **settings})
    pages = hexo.generate(home, config, posts, author_key)
    truth = {f"{base}{hexo.article_path(a)}": shown(author_key, a, i) for i, a in enumerate(posts)}
    return BenchSite(f"{home.name} {theme}", sitename, base, pages, truth, set(),
                     sorted(hexo.non_articles(posts) | set(theme_pages)))


def shown(author_key: str, a: SampleArticle, i: int) -> SampleArticle:
    """The article as a theme that prints the front matter's `author_key` publishes it: old dates
    in every fourth (`with_old_dates`); the authors where the theme names them, the site's when
    the post names none (Fluid, Butterfly), none where it prints no byline (NexT: no key)."""
    authors = (a.authors or [hexo.SITE_AUTHOR]) if author_key else []
    return dataclasses.replace(with_old_dates(a, i), authors=authors)
