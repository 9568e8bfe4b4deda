"""A real Sphinx blog with ABlog in two PyPI themes other than the quickstart's Alabaster, PyData's
`pydata-sphinx-theme` and the Executable Books' `sphinx-book-theme` (built on it), on 127.0.0.1.
Held out from tuning once, now open to it (`GROUP`).

Written by someone who does not tune the extractor, from themes the project had never used, as
their authors ship them on PyPI (pinned in pyproject.toml's `test` extra). The site is
bench/ablog's, made by bench/ablog's own functions (`ablog start`, the site's Vietnamese settings,
the posts with ABlog's `post` directive: date and time, authors, a category, tags; `figure`s with
captions, PDF links) with a site name and posts of its own; the editor then switches the theme
in `conf.py` and puts ABlog's sidebars where each theme's documentation shows them: for PyData,
its example blog's list (postcard, recent posts, tag cloud, categories, authors, languages,
locations, archives) in the primary sidebar on every page; for the book theme, the same after its
own default sidebars (logo, icon links, search, the book's navigation).

What the themes print decides the truth, as for bench/ablog: the title as the page's `<h1>`;
ABlog's postcard in the left sidebar gives the date and time ("05/10/2019 10:15", local time, no
offset or machine-readable time anywhere on the page), the authors (none for posts naming none),
the category and the tags; captions as Sphinx's `figcaption`. Around the post: the recent posts
with their dates, the previous and next posts' titles, and a footer — PyData's "Created using
Sphinx … Built with the PyData Sphinx Theme", the book theme's "Bởi Ban Biên tập" ("by" the
site's author, on every page, the byline of no post). Non-articles: bench/ablog's, and the Jinja
macro files each theme copies to `/_static/` as `.html`.

The truth comes from what ABlog was given, never from its output;
tests/test_generated_sites.py checks the two agree.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterable

from bench import ablog
from bench.generalisation.api import SampleArticle
from bench.generalisation.portal import BenchSite
from bench.generalisation.static import site_posts
from bench.generalisation.templates import REAL

GROUP = REAL
#: Scored held out, as fresh material, on 2026-11-30 14:39 (bench/RESULTS.md); opened to tuning
#: on 2026-11-30 16:18, drawn at random with five other held-out pieces
#: (`random.Random(2026113016).sample(sorted(pieces), 6)`).
FRESH = False
THEMES = ("pydata", "book")
GENERATED_POSTS = 23   # with the 27 sample articles, 50 posts
SITENAME = "Cổng thông tin điện tử phường An Hòa"
#: ABlog's sidebars as the PyData theme's documentation lists them for its example blog.
ABLOG_SIDEBARS = ["ablog/postcard.html", "ablog/recentposts.html", "ablog/tagcloud.html",
                  "ablog/categories.html", "ablog/authors.html", "ablog/languages.html",
                  "ablog/locations.html", "ablog/archives.html"]
#: Each theme: its Python module, its `html_theme`, its sidebars, the start of its footer's own
#: text (never part of a body) and the HTML macro files it copies to `_static`.
THEME = {
    "pydata": ("pydata_sphinx_theme", "pydata_sphinx_theme", ABLOG_SIDEBARS,
               "Built with the PyData Sphinx Theme", ("/_static/webpack-macros.html",)),
    "book": ("sphinx_book_theme", "sphinx_book_theme",
             ["navbar-logo.html", "icon-links.html", "search-button-field.html",
              "sbt-sidebar-nav.html", *ABLOG_SIDEBARS],
             f"Bởi {ablog.SITE_AUTHOR}",
             ("/_static/webpack-macros.html", "/_static/sbt-webpack-macros.html")),
}


def missing() -> str | None:
    """Why the themed ABlog sites cannot be built here, or None when they can."""
    for module, *_ in THEME.values():
        if importlib.util.find_spec(module) is None:
            return f"{module} is not installed (pip install -e '.[test]')"
    return ablog.missing()


def site_articles() -> list[SampleArticle]:
    """The posts of the site, oldest first (`static.site_posts`)."""
    return site_posts(GENERATED_POSTS, seed=61)


def build(theme: str, articles: Iterable[SampleArticle], base_url: str) -> BenchSite:
    """bench/ablog's blog of `articles` in `theme` for `base_url`: every file `ablog build` wrote
    as a page, with the truth of what it was given."""
    _, html_theme, sidebars, footer, macros = THEME[theme]
    base = base_url.rstrip("/")
    posts = sorted(articles, key=lambda a: (a.published, a.slug))
    settings = (f"\n# -- the site's theme\nhtml_theme = {html_theme!r}\nhtml_theme_options = {{}}\n"
                f"html_sidebars = {{'**': {sidebars!r}}}\n")
    pages = ablog.generate(posts, base, settings, SITENAME)
    truth = {f"{base}{ablog.article_path(a)}": ablog.shown(a, i) for i, a in enumerate(posts)}
    return BenchSite(f"sphinxthemes {theme}", SITENAME, base, pages, truth, set(),
                     sorted(ablog.non_articles(posts) | set(macros)), foreign=(footer,))
