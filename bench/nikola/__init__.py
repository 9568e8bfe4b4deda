"""A real Nikola 8 site (PyPI's `nikola`, Markdown posts) in each bundled Mako theme, on 127.0.0.1.

A fourth real CMS of issue 10, written by someone who does not tune the extractor: the sample
articles and some generated ones are written as Markdown posts with Nikola's metadata comment the
way a Vietnamese commune site's editor writes them (dates to the minute in Asia/Ho_Chi_Minh, a
category, tags, one or several authors, `<figure>`/`<figcaption>` images, PDF links, a teaser
break after the first paragraph), Nikola itself builds them (`nikola build`, Vietnamese messages)
in `bootblog4`, `bootstrap4` and `base`, and the output directory is served as it is.

What the themes print decides the truth: each prints the time as given in DATE_FORMAT
(`dd/MM/yyyy HH:mm`) and a byline of the post's authors (the site's BLOG_AUTHOR when a post names
none), the tags under the text, never the category, so no post has a category in the truth (the
empty string: what the scorer compares a missing category with). Pagination, category, tag,
author and yearly archive pages are on: the non-articles.

The truth comes from what Nikola was given (the posts and conf.py's paths), never from its
output; tests/test_generated_sites.py checks the two agree.

    site = build("bootblog4", site_articles(), "http://127.0.0.1:8000")

`missing()` says why it cannot run here.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import math
import sys
import tempfile
from collections.abc import Iterable
from datetime import timedelta, timezone
from pathlib import Path

from bench.generalisation.api import SampleArticle
from bench.generalisation.portal import BenchSite
from bench.generalisation.static import (
    PAGES,
    escape,
    markdown_body,
    run_generator,
    site_posts,
    with_old_dates,
    write_assets,
)

#: Scored fresh once (2026-11-30 05:10, bench/RESULTS.md), then opened to tuning: not fresh any more.
FRESH = False
THEMES = ("bootblog4", "bootstrap4", "base")
GENERATED_POSTS = 23   # with the 27 sample articles, 50 posts
PAGE_SIZE = 5
VN = timezone(timedelta(hours=7))
#: The author Nikola prints for posts that name none (its BLOG_AUTHOR setting).
DEFAULT_AUTHOR = "Văn phòng HĐND-UBND xã"
SITENAME = "Trang thông tin điện tử xã Hòa Bình"
EMAIL = "ubnd@hoabinh.example.vn"
#: The footer of every page: `nikola init`'s CONTENT_FOOTER, which most Nikola sites keep.
FOOTER = ('Contents &copy; {date}         <a href="mailto:{email}">{author}</a> - Powered by'
          '         <a href="https://getnikola.com" rel="nofollow">Nikola</a>         {license}')
#: Where conf.py puts each kind of page (Nikola's *_PATH settings).
PATHS = {"posts": "tin-tuc", "category": "chuyen-muc", "tag": "the", "author": "tac-gia",
         "archive": "luu-tru"}


def missing() -> str | None:
    """Why a Nikola site cannot be built here, or None when it can."""
    spec = importlib.util.find_spec("nikola")
    if spec is None:
        return "nikola is not installed (pip install nikola)"
    themes = Path(spec.origin).parent / "data" / "themes"
    for theme in THEMES:
        if not (themes / theme).is_dir():
            return f"Nikola's bundled theme {theme} is missing ({themes / theme})"
    return None


def site_articles() -> list[SampleArticle]:
    """The posts of the site, oldest first (`static.site_posts`)."""
    return site_posts(GENERATED_POSTS, seed=17)


def build(theme: str, articles: Iterable[SampleArticle], base_url: str) -> BenchSite:
    """Write `articles` as Nikola posts, run `nikola build` with `theme` for `base_url`, and return
    every file it wrote as a page, with the truth of what it was given."""
    base = base_url.rstrip("/")
    posts = sorted(articles, key=lambda a: (a.published, a.slug))
    with tempfile.TemporaryDirectory(prefix="nikola-") as tmp:
        site = Path(tmp)
        (site / "conf.py").write_text(settings(base, theme), encoding="utf-8")
        write_content(site, posts)
        pages = run_generator("nikola build", [sys.executable, "-m", "nikola", "build"], site,
                              site / "output")
    truth = {f"{base}{article_path(a)}": shown(a, i) for i, a in enumerate(posts)}
    return BenchSite(f"nikola {theme}", SITENAME, base, pages, truth, set(),
                     sorted(non_articles(posts)), foreign=("Powered by Nikola",))


def shown(a: SampleArticle, i: int) -> SampleArticle:
    """The article as the site publishes it: old dates in every fourth (`with_old_dates`), the
    default author on posts that name none, no category (no theme prints it on a post)."""
    return dataclasses.replace(with_old_dates(a, i), authors=list(a.authors) or [DEFAULT_AUTHOR],
                               category="")


# -- what Nikola is given ----------------------------------------------------------------------------

def settings(base_url: str, theme: str) -> str:
    """conf.py for a Vietnamese commune site at `base_url`; Nikola fills in every other default."""
    values = {
        "BLOG_AUTHOR": DEFAULT_AUTHOR, "BLOG_TITLE": SITENAME, "SITE_URL": f"{base_url}/",
        "BLOG_EMAIL": EMAIL,
        "BLOG_DESCRIPTION": "Tin hoạt động của chính quyền và nhân dân xã Hòa Bình",
        "DEFAULT_LANG": "vi", "TRANSLATIONS": {"vi": ""}, "THEME": theme,
        "TIMEZONE": "Asia/Ho_Chi_Minh", "DATE_FORMAT": "dd/MM/yyyy HH:mm",
        "POSTS": (("posts/*.md", PATHS["posts"], "post.tmpl"),),
        "PAGES": (("pages/*.md", "", "page.tmpl"),),
        "COMPILERS": {"markdown": (".md",)}, "FILES_FOLDERS": {"files": ""},
        "INDEX_DISPLAY_POST_COUNT": PAGE_SIZE, "MULTIPLE_AUTHORS_PER_POST": True,
        "CATEGORY_PATH": {"vi": PATHS["category"]}, "CATEGORY_PREFIX": "",
        "TAG_PATH": {"vi": PATHS["tag"]}, "AUTHOR_PATH": {"vi": PATHS["author"]},
        "ARCHIVE_PATH": {"vi": PATHS["archive"]}, "ARCHIVE_FILENAME": "index.html",
        "INDEX_READ_MORE_LINK": '<p class="more"><a href="{link}">Xem tiếp…</a></p>',
        "NAVIGATION_LINKS": {"vi": ((f"/{PATHS['archive']}/", "Lưu trữ"),
                                    (f"/{PATHS['category']}/", "Chuyên mục"),
                                    *((f"/{slug}/", title) for title, slug, _ in PAGES))},
        "CONTENT_FOOTER": FOOTER, "CONTENT_FOOTER_FORMATS": {"vi": ((), {
            "email": EMAIL, "author": DEFAULT_AUTHOR, "date": 2025, "license": "",
            "baseurl": f"{base_url}/"})},
        "COMMENT_SYSTEM": "", "COMMENT_SYSTEM_ID": "", "GENERATE_RSS": True,
        "USE_BUNDLES": True, "SHOW_SOURCELINK": False, "COPY_SOURCES": False,
    }
    return "".join(f"{k} = {v!r}\n" for k, v in values.items())


def write_content(site: Path, posts: list[SampleArticle]) -> None:
    """One Markdown post per article, a page per static page, and the images and PDFs they link."""
    (site / "posts").mkdir()
    (site / "pages").mkdir()
    for i, a in enumerate(posts):
        (site / "posts" / f"{a.slug}.md").write_text(post(with_old_dates(a, i)), encoding="utf-8")
    write_assets(site / "files", posts)
    for title, slug, text in PAGES:
        (site / "pages" / f"{slug}.md").write_text(
            f"<!--\n.. title: {title}\n.. slug: {slug}\n-->\n\n{escape(text)}\n", encoding="utf-8")


def post(a: SampleArticle) -> str:
    """A post with Nikola's metadata comment; the teaser (shown on listings) ends after the first
    paragraph."""
    meta = {"title": a.title, "slug": a.slug,
            "date": f"{a.published.astimezone(VN):%Y-%m-%d %H:%M:%S}+07:00",
            "category": a.category, "tags": ", ".join(a.tags), "author": ", ".join(a.authors),
            "description": a.summary or ""}
    head = "".join(f".. {k}: {v}\n" for k, v in meta.items() if v)
    first, _, rest = markdown_body(a).partition("\n\n")
    return f"<!--\n{head}-->\n\n{first}\n\n<!-- TEASER_END -->\n\n{rest}"


# -- the truth of the addresses ----------------------------------------------------------------------

def article_path(a: SampleArticle) -> str:
    return f"/{PATHS['posts']}/{a.slug}/"


def non_articles(posts: list[SampleArticle]) -> set[str]:
    """Every HTML page Nikola was told to write besides the posts, as site paths: the home page and
    its older pages (`index-N.html`, N = 1 the oldest), the list of every category, tag and author
    and the page of each (one page each: Nikola's `*_PAGES_ARE_INDEXES` are off), the archive and
    each year's, and the static pages."""
    from nikola.utils import slugify

    def each(kind: str, names: Iterable[str]) -> set[str]:
        return {f"/{PATHS[kind]}/"} | {f"/{PATHS[kind]}/{slugify(n, lang='vi')}/" for n in names}

    older = range(1, math.ceil(len(posts) / PAGE_SIZE))
    out = {"/", *(f"/index-{n}.html" for n in older)}
    out |= each("category", {a.category for a in posts})
    out |= each("tag", {t for a in posts for t in a.tags})
    out |= each("author", {n for a in posts for n in a.authors or [DEFAULT_AUTHOR]})
    out |= each("archive", {f"{a.published.astimezone(VN):%Y}" for a in posts})
    return out | {f"/{slug}/" for _, slug, _ in PAGES}
