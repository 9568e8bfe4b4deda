"""A real Hexo 7 site in three more popular Hexo themes from npm — Keep (`hexo-theme-keep`),
Redefine (`hexo-theme-redefine`) and Stellar (`hexo-theme-stellar`) — on 127.0.0.1. Held out
from tuning once, now open to it (`GROUP`).

Written by someone who does not tune the extractor, from themes the project had never used, as
their authors ship them on npm (pinned in bench/npmthemes/package-lock.json, installed beside it
with `npm ci --prefix bench/npmthemes`, Node.js 18 or later). The site is built the way
bench/hexothemes builds its own (`hexothemes.build_in`: bench/hexo's posts, `_config.yml` and
listings), with a site name of its own and other posts. The site's editor only sets what each
theme documents: its menu, and the site's name and author where the theme keeps its own (Keep's
`base_info`, Redefine's `info`, whose `url` its licence box prints). None of the three has
Vietnamese messages, so the editor gives Hexo's `language` as the list `[vi, en]`, as its
documentation says for a fallback: with `vi` alone Hexo takes whichever language file it reads
first, English on one build and Chinese on the next.

What each theme prints on a post's page decides the truth:

- Keep: the title as `div.post-title`; the byline (`span.name`, with a level badge such as "Lv4")
  is the post's `author`, the site's author where the post names none; the local time to the
  second ("2019-10-05 10:15:00") in `span.datetime`, beside the time the site was built (Hexo's
  `updated`, the file's time); the category and tags as links. No machine-readable time.
- Redefine: the title as `h1`; the byline as Keep's (post's `author` or the site's, a badge), and
  again in the licence box ("Author:"); the local time to the minute ("05/10/2019 10:15", Hexo's
  `date_format` and `time_format`, less the first ":00", which the theme drops to hide seconds:
  "05/09/2020 08" at 08:00), beside the build time; the instant in
  `article:published_time` (UTC); the category and tags as links.
- Stellar: the title as `h1`; the day ("05/10/2019") in a `<time>` whose `datetime` is the instant
  in UTC, the build time beside it; the category in the breadcrumb; the tags under the body. No
  byline: a post's `author` names one of the theme's own author profiles, and the site's author is
  only in the footer and the hidden metadata (`article:author`, JSON-LD): no authors, as for NexT.

Captions are the posts' `<figcaption>`s, which every theme keeps. Non-articles: bench/hexo's (home,
category, tag, yearly/monthly archives and their further pages, the static pages), each theme's
404 page, and Stellar's pages of all categories and all tags.

The truth comes from what Hexo was given, never from its output; tests/test_generated_sites.py
checks the two agree.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from bench import hexo, hexothemes
from bench.generalisation.api import SampleArticle
from bench.generalisation.portal import BenchSite
from bench.generalisation.static import PAGES, npm_missing, site_posts
from bench.generalisation.templates import REAL

HERE = Path(__file__).resolve().parent
GROUP = REAL
#: Added on 2026-11-30 by a non-tuner; scored once, as fresh material, at 17:42 (bench/RESULTS.md);
#: opened to tuning at 19:20 by a random draw (bench/generalisation/heldout.py says which).
FRESH = False
THEMES = ("keep", "redefine", "stellar")
GENERATED_POSTS = 23   # with the 27 sample articles, 50 posts
SITENAME = "Trang thông tin điện tử phường An Phú"
ARCHIVE = f"/{hexo.DIRS['archive']}/"
#: The front matter field in which each theme prints a post's authors (none for Stellar).
AUTHOR_KEY = {"keep": "author", "redefine": "author", "stellar": ""}
#: The pages a theme writes of its own besides Hexo's listings.
THEME_PAGES = {"keep": ("/404.html",), "redefine": ("/404.html",),
               "stellar": ("/404.html", f"/{hexo.DIRS['category']}/", f"/{hexo.DIRS['tag']}/")}


def settings(theme: str, base_url: str) -> dict[str, Any]:
    """Each theme's settings as its documentation gives them for a site at `base_url`: English
    messages where Vietnamese ones are missing (`FALLBACK`), and in Hexo's `theme_config` the
    menu and the site's name, author and address where the theme keeps its own."""
    return {**FALLBACK, **_theme_config(theme, base_url)}


#: Hexo's `language` as a list, so that a message the theme has no Vietnamese for is English.
FALLBACK = {"language": ["vi", "en"]}


def _theme_config(theme: str, base_url: str) -> dict[str, Any]:
    """`settings`' `theme_config` for `theme`."""
    pages = {title: f"/{slug}/" for title, slug, _ in PAGES}
    if theme == "keep":
        return {"theme_config": {"base_info": {"title": SITENAME, "author": hexo.SITE_AUTHOR},
                                 "menu": {"home": "/", "archives": ARCHIVE, **pages}}}
    if theme == "redefine":
        links = {"Trang chủ": {"path": "/", "icon": "fa-regular fa-house"},
                 "Lưu trữ": {"path": ARCHIVE, "icon": "fa-regular fa-archive"},
                 **{title: {"path": path} for title, path in pages.items()}}
        return {"theme_config": {"info": {"title": SITENAME, "author": hexo.SITE_AUTHOR,
                                          "url": base_url},
                                 "navbar": {"links": links}}}
    items = [{"id": "post", "icon": "default:documents", "title": "Tin tức", "url": "/"},
             *({"id": path.strip("/"), "title": title, "url": path} for title, path in pages.items())]
    return {"theme_config": {"menubar": {"items": items}}}


def missing() -> str | None:
    """Why the themed Hexo sites cannot be built here, or None when they can."""
    return npm_missing(HERE, ("hexo", *(f"hexo-theme-{t}" for t in THEMES)), hexo.NODE_AT_LEAST)


def site_articles() -> list[SampleArticle]:
    """The posts of the site, oldest first (`static.site_posts`)."""
    return site_posts(GENERATED_POSTS, seed=71)


#: The themes that pass a post's title through Hexo's i18n `__()` for the page's `<title>` (Keep
#: 4.3's `_partial/head.ejs`, Redefine 2.9's): its sprintf reads a lone "%" ("đạt 104% dự toán")
#: as a placeholder and throws, and Hexo then writes that post's page empty.
I18N_TITLE = frozenset({"keep", "redefine"})


def unrenderable(theme: str, a: SampleArticle) -> bool:
    """Whether `theme` writes `a`'s page empty (`I18N_TITLE`): such a page has no article to find,
    so it is one of the site's non-articles."""
    return theme in I18N_TITLE and "%" in a.title.replace("%%", "")


def build(theme: str, articles: Iterable[SampleArticle], base_url: str) -> BenchSite:
    """The site in `theme` at `base_url` with `articles` as its posts (`hexothemes.build_in`),
    less the posts the theme cannot render (`unrenderable`)."""
    site = hexothemes.build_in(HERE, SITENAME, theme, settings(theme, base_url.rstrip("/")),
                               AUTHOR_KEY[theme], THEME_PAGES[theme], articles, base_url)
    empty = {url for url, a in site.articles.items() if unrenderable(theme, a)}
    site.articles = {url: a for url, a in site.articles.items() if url not in empty}
    site.non_articles = sorted({*site.non_articles, *map(site.path, empty)})
    return site
