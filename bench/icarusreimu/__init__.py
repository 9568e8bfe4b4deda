"""A real Hexo 7 site in two more popular Hexo themes from npm — Icarus (`hexo-theme-icarus`,
written in Inferno JSX on Bulma) and Reimu (`hexo-theme-reimu`) — on 127.0.0.1, held out from
tuning.

Written by someone who does not tune the extractor, from themes the project had never used, as
their authors ship them on npm (pinned in bench/icarusreimu/package-lock.json, installed beside it
with `npm ci --prefix bench/icarusreimu`, Node.js 18 or later; nothing is fetched from GitHub at
install or build). The site is built from bench/hexo's posts, `_config.yml` and listings, as
bench/hexothemes builds its own, with a site name of its own and other posts. The site's editor
only sets what each theme documents:

- Icarus reads its settings from the site's `_config.icarus.yml` (Hexo's alternate theme config;
  it warns against `theme_config` in `_config.yml`, and on a first build with no such file writes
  its defaults there but renders that build without them): the editor's file (`ICARUS`) names the
  logo, the menu and the sidebar's widgets (profile, table of contents, categories, recent posts,
  archives, tags), as a blog in Icarus has them. Icarus has Vietnamese messages under the name
  `vn` (languages/vn.yml), so `language` is `vn`; it prints `<html lang="vn">`.
- Reimu has no Vietnamese messages, and its post, category and tag pages throw for any `language`
  outside the five it knows (its i18n helper's `pageMap`), so Hexo writes them empty: `language`
  is `en`, its English. Its menu is the editor's; its check for a newer release on GitHub after
  each build (`theme_version_check`) is switched off, as its `_config.yml` allows.

What each theme prints on a post's page decides the truth:

- Icarus: the title as `h1.title`; "Đã đăng" and the day ("05/10/2019") in a `<time>` whose
  `dateTime` holds the instant in UTC (its tooltip is the instant as the build machine's clock
  writes it), beside "Đã cập nhật" and the time the site was built (Hexo's `updated`); the post's
  `author` as one plain "A, B" in the meta line, nothing where the post names none (the footer's
  "© year" line names the post's author too, the site's where the post names none): the truth's
  authors are the post's, none where it names none; the category as a link; the tags under the
  body; a reading time. The sidebar repeats the five newest posts' titles, days and categories on every page.
- Reimu: the title as the banner's `h1`; the day ("05/10/2019") in a `<time>` whose `datetime`
  holds the instant in UTC, the build day hidden beside it; the category and tags as links under
  the body. No byline (the site's author is the sidebar's profile, the footer and
  `article:author`): no authors, as for NexT.

Each page also holds the instant in `article:published_time` (UTC), so the truth keeps the minute
(as for bench/hexo). Captions are the posts' `<figcaption>`s, which both themes keep. Non-articles:
bench/hexo's (home, category, tag, yearly/monthly archives and their further pages, the static
pages), Icarus's pages of all categories and all tags, Reimu's 404 page.

The truth comes from what Hexo was given, never from its output; tests/test_generated_sites.py
checks the two agree.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from bench import hexo
from bench.generalisation.api import SampleArticle
from bench.generalisation.portal import BenchSite
from bench.generalisation.static import PAGES, npm_missing, site_posts, with_old_dates
from bench.generalisation.templates import HELDOUT

HERE = Path(__file__).resolve().parent
GROUP = HELDOUT
#: Added on 2026-12-01 by a non-tuner; scored once, as fresh material, at 03:17 that day
#: (bench/RESULTS.md); still held out (bench/generalisation/heldout.py says how it was drawn).
FRESH = False
THEMES = ("icarus", "reimu")
GENERATED_POSTS = 23   # with the 27 sample articles, 50 posts
SITENAME = "Trang thông tin điện tử thị trấn Phú Lâm"
ARCHIVE = f"/{hexo.DIRS['archive']}/"
#: The front matter field in which each theme prints a post's authors (none for Reimu).
AUTHOR_KEY = {"icarus": "author", "reimu": ""}
#: The pages a theme writes of its own besides Hexo's listings.
THEME_PAGES = {"icarus": ("/categories/", "/tags/"), "reimu": ("/404.html",)}
#: The menu both themes get: home, the archive, the static pages (title → path).
MENU = {"Trang chủ": "/", "Lưu trữ": ARCHIVE, **{title: f"/{slug}/" for title, slug, _ in PAGES}}
#: The editor's `_config.icarus.yml`, in the keys and shape of the file Icarus 6.1 writes of its
#: own (`version` is its settings' version, so it migrates nothing).
ICARUS = {
    "version": "5.1.0", "variant": "default", "logo": {"text": SITENAME},
    "head": {"favicon": "/img/favicon.svg"},
    "navbar": {"menu": {**MENU, "Chuyên mục": "/categories/", "Thẻ": "/tags/"}},
    "footer": {"links": {}},
    "article": {"readtime": True, "update_time": True},
    "search": {"type": "insight", "index_pages": True},
    "sidebar": {"left": {"sticky": False}, "right": {"sticky": False}},
    "widgets": [
        {"position": "left", "type": "profile", "author": hexo.SITE_AUTHOR,
         "author_title": SITENAME, "location": "Phú Lâm", "avatar": None, "avatar_rounded": False,
         "gravatar": None, "follow_link": "/lien-he/", "social_links": {}},
        {"position": "left", "type": "toc", "index": True, "collapsed": True, "depth": 3},
        {"position": "left", "type": "categories"},
        {"position": "left", "type": "recent_posts"},
        {"position": "left", "type": "archives"},
        {"position": "left", "type": "tags", "order_by": "name", "amount": None, "show_count": True},
    ],
    "plugins": {"animejs": True, "back_to_top": True, "busuanzi": False},
}
#: What `_config.yml` says for each theme besides bench/hexo's settings.
SETTINGS: dict[str, dict[str, Any]] = {
    "icarus": {"language": "vn"},
    "reimu": {"language": "en", "theme_config": {
        "theme_version_check": False,
        "menu": [{"name": title, "url": path, "icon": None} for title, path in MENU.items()]}},
}


def missing() -> str | None:
    """Why the themed Hexo sites cannot be built here, or None when they can."""
    return npm_missing(HERE, ("hexo", "hexo-renderer-inferno", *(f"hexo-theme-{t}" for t in THEMES)),
                       hexo.NODE_AT_LEAST)


def site_articles() -> list[SampleArticle]:
    """The posts of the site, oldest first (`static.site_posts`)."""
    return site_posts(GENERATED_POSTS, seed=83)


def build(theme: str, articles: Iterable[SampleArticle], base_url: str) -> BenchSite:
    """Write `articles` as Hexo posts (bench/hexo's), each post's authors where `theme` prints them
    (`AUTHOR_KEY`), run `hexo generate` with `theme` and its settings (`SETTINGS`; Icarus's own
    file, `ICARUS`) for `base_url`, and return every file it wrote as a page, with the truth of
    what it was given."""
    base = base_url.rstrip("/")
    posts = sorted(articles, key=lambda a: (a.published, a.slug))
    config = hexo.config(base, theme, posts, {"title": SITENAME, **SETTINGS[theme]})
    own = ("icarus", json.dumps(ICARUS, ensure_ascii=False, indent=1)) if theme == "icarus" else None
    pages = hexo.generate(HERE, config, posts, AUTHOR_KEY[theme], own)
    truth = {f"{base}{hexo.article_path(a)}": shown(theme, a, i) for i, a in enumerate(posts)}
    return BenchSite(f"{HERE.name} {theme}", SITENAME, base, pages, truth, set(),
                     sorted(hexo.non_articles(posts) | set(THEME_PAGES[theme])))


def shown(theme: str, a: SampleArticle, i: int) -> SampleArticle:
    """The article as `theme` publishes it: old dates in every fourth (`with_old_dates`); the
    post's authors where the theme prints a byline (Icarus: none where the post names none), none
    where it prints none (Reimu)."""
    return dataclasses.replace(with_old_dates(a, i), authors=a.authors if AUTHOR_KEY[theme] else [])
