"""A real Hexo 7 site (npm's `hexo`, Markdown posts) in its default theme `landscape`, on 127.0.0.1.

The third real CMS of issue 10, kept out of tuning like bench/pelican: the sample articles and some
generated ones are written as Markdown posts with YAML front matter the way a Vietnamese site's
editor writes them (dates to the minute in Asia/Ho_Chi_Minh, a category, tags,
`<figure>`/`<figcaption>` images, PDF links, `<!-- more -->` after the first paragraph), Hexo itself
renders them, and its `public/` directory is served as it is. The theme prints the day only and
gives the time in UTC (`datetime="…Z"`); it prints no byline (the site's `author` setting appears
only in every page's `article:author`), so no post has authors in the truth (a record's authors
are the byline's names, shared/docs/article-record.md). Pagination, category, tag and
yearly/monthly archive pages are on: the non-articles.

The packages are pinned in bench/hexo/package-lock.json and installed beside it with
`npm ci --prefix bench/hexo` (Node.js 18 or later: Debian 12's nodejs and npm). The truth comes
from what Hexo was given (the posts, `_config.yml`'s maps and directories), never from its output;
the test checks the two agree.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
import tempfile
from collections import Counter
from collections.abc import Iterable
from datetime import timedelta, timezone
from pathlib import Path
from typing import Any

from bench.generalisation.api import Page, SampleArticle, slugify
from bench.generalisation.portal import BenchSite
from bench.generalisation.static import (
    PAGES,
    escape,
    markdown_body,
    npm_missing,
    paged,
    run_generator,
    site_posts,
    with_old_dates,
    write_assets,
)

HERE = Path(__file__).resolve().parent
#: Its scores have been in every report since it was added, seen by whoever tuned: not fresh.
FRESH = False
THEMES = ("landscape",)
NODE_AT_LEAST = (18, 0)
GENERATED_POSTS = 23   # with the 27 sample articles, 50 posts
PAGE_SIZE = 5
VN = timezone(timedelta(hours=7))
SITE_AUTHOR = "Ban Biên tập"
SITENAME = "Trang tin điện tử Đoàn Thanh niên huyện Phú Lâm"
#: Where Hexo writes each kind of listing (its `*_dir` settings) and what a further page is under.
DIRS = {"category": "chuyen-muc", "tag": "the", "archive": "luu-tru", "pagination": "trang"}
#: The settings of landscape the site's editor makes (its menu, no feed, a Vietnamese "read more").
LANDSCAPE = {"menu": {"Trang chủ": "/", "Lưu trữ": f"/{DIRS['archive']}",
                      **{title: f"/{slug}/" for title, slug, _ in PAGES}},
             "rss": False, "excerpt_link": "Xem tiếp", "fancybox": False}


def missing() -> str | None:
    """Why a Hexo site cannot be built here, or None when it can."""
    return npm_missing(HERE, ("hexo", *(f"hexo-theme-{t}" for t in THEMES)), NODE_AT_LEAST)


def site_articles() -> list[SampleArticle]:
    """The posts of the site, oldest first (`static.site_posts`)."""
    return site_posts(GENERATED_POSTS, seed=13)


def build(theme: str, articles: Iterable[SampleArticle], base_url: str) -> BenchSite:
    """Write `articles` as Hexo posts, run `hexo generate` with `theme` for `base_url`, and return
    every file it wrote as a page, with the truth of what it was given."""
    base = base_url.rstrip("/")
    posts = sorted(articles, key=lambda a: (a.published, a.slug))
    pages = generate(HERE, config(base, theme, posts, {"theme_config": LANDSCAPE}), posts)
    truth = {f"{base}{article_path(a)}": shown(a, i) for i, a in enumerate(posts)}
    return BenchSite(f"hexo {theme}", SITENAME, base, pages, truth, set(),
                     sorted(non_articles(posts)))


def generate(home: Path, settings: str, posts: list[SampleArticle], author_key: str = "",
             theme_settings: tuple[str, str] | None = None) -> dict[str, Page]:
    """Write `posts` (oldest first) as the posts of a Hexo site whose `_config.yml` is `settings`
    (`config`), each post's authors under the front matter's `author_key` where the theme prints
    that field (none when empty), run `hexo generate` with the packages `npm ci` installed in
    `home` (bench/hexo, bench/hexothemes), and return every file it wrote as a page.
    `theme_settings` is a theme's name and the file `_config.<theme>.yml` of the site's root
    (Hexo 5's alternate theme config), for a theme that reads its settings only from there
    (Icarus, bench/icarusreimu)."""
    with tempfile.TemporaryDirectory(prefix=f"{home.name}-") as tmp:
        site = Path(tmp)
        shutil.copy(home / "package.json", site / "package.json")
        (site / "node_modules").symlink_to(home / "node_modules")
        (site / "_config.yml").write_text(settings, encoding="utf-8")
        if theme_settings:
            theme, text = theme_settings
            (site / f"_config.{theme}.yml").write_text(text, encoding="utf-8")
        write_content(site / "source", posts, author_key)
        hexo = ["node", str(home / "node_modules/hexo/bin/hexo"), "generate", "--cwd", str(site)]
        return run_generator("hexo generate", hexo, site, site / "public")


def shown(a: SampleArticle, i: int) -> SampleArticle:
    """The article as the site publishes it: old dates in every fourth (`with_old_dates`), no
    authors (the posts' authors are not given to Hexo: the theme prints no byline)."""
    return dataclasses.replace(with_old_dates(a, i), authors=[])


# -- what Hexo is given ------------------------------------------------------------------------------

def config(base_url: str, theme: str, posts: list[SampleArticle], overrides: dict[str, Any]) -> str:
    """_config.yml for a Vietnamese site at `base_url` in `theme`, with the theme's own settings
    (`overrides`: `theme_config`, where it is a setting of Hexo's own, that setting); JSON is
    YAML, so it is written as JSON."""
    values = {
        "title": SITENAME, "description": "Tin hoạt động của tuổi trẻ huyện Phú Lâm",
        "author": SITE_AUTHOR, "language": "vi", "timezone": "Asia/Ho_Chi_Minh",
        "url": base_url, "root": "/", "permalink": ":year/:month/:title/",
        "pretty_urls": {"trailing_index": False, "trailing_html": True},
        "source_dir": "source", "public_dir": "public",
        "category_dir": DIRS["category"], "tag_dir": DIRS["tag"], "archive_dir": DIRS["archive"],
        "pagination_dir": DIRS["pagination"], "per_page": PAGE_SIZE,
        "category_map": {a.category: slugify(a.category) for a in posts},
        "tag_map": {t: slugify(t) for a in posts for t in a.tags},
        "date_format": "DD/MM/YYYY", "time_format": "HH:mm",
        "index_generator": {"path": "", "per_page": PAGE_SIZE, "order_by": "-date"},
        "archive_generator": {"per_page": PAGE_SIZE, "yearly": True, "monthly": True,
                              "daily": False, "order_by": "-date"},
        "category_generator": {"per_page": PAGE_SIZE}, "tag_generator": {"per_page": PAGE_SIZE},
        "highlight": {"enable": False}, "prismjs": {"enable": False},
        "theme": theme, **overrides,
    }
    return json.dumps(values, ensure_ascii=False, indent=1) + "\n"


def write_content(source: Path, posts: list[SampleArticle], author_key: str = "") -> None:
    """One Markdown post per article (its authors under `author_key`, none when empty), a page
    per static page, and the images and PDFs they link."""
    (source / "_posts").mkdir(parents=True)
    for i, a in enumerate(posts):
        (source / "_posts" / f"{a.slug}.md").write_text(post(with_old_dates(a, i), author_key),
                                                        encoding="utf-8")
    write_assets(source, posts)
    for title, slug, text in PAGES:
        (source / slug).mkdir()
        (source / slug / "index.md").write_text(
            f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\n---\n{escape(text)}\n",
            encoding="utf-8")


def post(a: SampleArticle, author_key: str = "") -> str:
    """A post with front matter (its authors as one "A, B" under `author_key`, none when empty);
    the excerpt (shown on listings) ends after the first paragraph."""
    front = {"title": a.title, "date": f"{a.published.astimezone(VN):%Y-%m-%d %H:%M:%S}",
             "categories": [a.category], "tags": a.tags, "description": a.summary or ""}
    if author_key:
        front[author_key] = ", ".join(a.authors)
    head = "".join(f"{k}: {json.dumps(v, ensure_ascii=False)}\n" for k, v in front.items() if v)
    first, _, rest = markdown_body(a).partition("\n\n")
    return f"---\n{head}---\n{first}\n\n<!-- more -->\n\n{rest}"


# -- the truth of the addresses ----------------------------------------------------------------------

def article_path(a: SampleArticle) -> str:
    return f"/{a.published.astimezone(VN):%Y/%m}/{a.slug}/"


def non_articles(posts: list[SampleArticle]) -> set[str]:
    """Every HTML page Hexo was told to write besides the posts, as site paths: the home page,
    each category and tag listing, the archive of all posts, of each year and of each month, each
    with its further pages, and the static pages."""
    def listing(first: str, count: int) -> list[str]:
        return paged(first, count, PAGE_SIZE, DIRS["pagination"])

    local = [a.published.astimezone(VN) for a in posts]
    archive = f"/{DIRS['archive']}/"
    counts = Counter({"/": len(posts), archive: len(posts)})
    counts.update(f"/{DIRS['category']}/{slugify(a.category)}/" for a in posts)
    counts.update(f"/{DIRS['tag']}/{slugify(t)}/" for a in posts for t in set(a.tags))
    counts.update(f"{archive}{d:%Y}/" for d in local)
    counts.update(f"{archive}{d:%Y/%m}/" for d in local)
    out = {p for first, count in counts.items() for p in listing(first, count)}
    return out | {f"/{slug}/" for _, slug, _ in PAGES}
