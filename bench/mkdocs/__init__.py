"""A real MkDocs site with Material for MkDocs' blog plugin (PyPI's `mkdocs-material`), on 127.0.0.1.

A fifth real CMS of issue 10, written by someone who does not tune the extractor: the blog plugin
is how MkDocs sites publish news, and Material its only theme with one. The sample articles and
some generated ones are written as posts with YAML front matter the way a Vietnamese commune
site's editor writes them (dates to the minute with +07:00, a category, tags, authors from
`.authors.yml`, `<figure>`/`<figcaption>` images, PDF links, `<!-- more -->` after the first
paragraph), `mkdocs build` renders them in Vietnamese, and the `site/` directory is served as it is.

What the theme prints decides the truth: the post's sidebar names its authors (posts naming none
show none), the time in `post_date_format` (`dd/MM/yyyy HH:mm`) and the category; the tags plugin
prints the tags above the text. The blog is the whole site (`blog_dir: .`), with pagination,
category, author and yearly archive pages: the non-articles.

The truth comes from what MkDocs was given (the posts and mkdocs.yml's URL formats), never from
its output; tests/test_generated_sites.py checks the two agree.

    site = build("material", site_articles(), "http://127.0.0.1:8000")

`missing()` says why it cannot run here.
"""

from __future__ import annotations

import importlib.util
import json
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable
from datetime import timedelta, timezone
from pathlib import Path
from urllib.parse import quote

from bench.generalisation.api import JPEG, SampleArticle, slugify
from bench.generalisation.portal import BenchSite
from bench.generalisation.static import (
    PAGES,
    escape,
    markdown_body,
    paged,
    run_generator,
    site_posts,
    with_old_dates,
    write_assets,
)

#: Scored fresh once (2026-11-30 05:10, bench/RESULTS.md), then opened to tuning: not fresh any more.
FRESH = False
THEMES = ("material",)
GENERATED_POSTS = 23   # with the 27 sample articles, 50 posts
PAGE_SIZE = 5
VN = timezone(timedelta(hours=7))
SITENAME = "Cổng thông tin điện tử xã Đông Hưng"
#: The blog plugin's URL formats as this site sets them.
URLS = {"post_url_format": "{date}/{slug}", "post_url_date_format": "yyyy/MM",
        "categories_url_format": "chuyen-muc/{slug}", "archive_url_format": "luu-tru/{date}",
        "authors_profiles_url_format": "tac-gia/{slug}", "pagination_url_format": "trang/{page}"}
AVATAR = "/media/tac-gia.jpg"
#: What `.authors.yml` says under every author's name in a post's sidebar.
ROLE = "Cộng tác viên Ban Biên tập"
COPYRIGHT = "Bản quyền © 2025 UBND xã Đông Hưng, huyện Phú Lâm"


def missing() -> str | None:
    """Why a Material for MkDocs blog cannot be built here, or None when it can."""
    for module, package in (("mkdocs", "mkdocs"), ("material", "mkdocs-material")):
        if importlib.util.find_spec(module) is None:
            return f"{package} is not installed (pip install mkdocs-material)"
    if importlib.util.find_spec("material.plugins.blog") is None:
        return "this mkdocs-material has no blog plugin (9.2 or later has)"
    return None


def site_articles() -> list[SampleArticle]:
    """The posts of the site, oldest first (`static.site_posts`)."""
    return site_posts(GENERATED_POSTS, seed=19)


def build(theme: str, articles: Iterable[SampleArticle], base_url: str) -> BenchSite:
    """Write `articles` as blog posts, run `mkdocs build` with `theme` for `base_url`, and return
    every file it wrote as a page, with the truth of what it was given."""
    base = base_url.rstrip("/")
    posts = sorted(articles, key=lambda a: (a.published, a.slug))
    with tempfile.TemporaryDirectory(prefix="mkdocs-") as tmp:
        site = Path(tmp)
        (site / "mkdocs.yml").write_text(config(base, theme), encoding="utf-8")
        write_content(site / "docs", posts)
        mkdocs = [sys.executable, "-m", "mkdocs", "build", "--strict", "-q"]
        pages = run_generator("mkdocs build", mkdocs, site, site / "site")
    truth = {f"{base}{article_path(a)}": with_old_dates(a, i) for i, a in enumerate(posts)}
    return BenchSite(f"mkdocs {theme}", SITENAME, base, pages, truth, set(),
                     sorted(non_articles(posts)), foreign=(ROLE, COPYRIGHT))


# -- what MkDocs is given ----------------------------------------------------------------------------

def config(base_url: str, theme: str) -> str:
    """mkdocs.yml for a Vietnamese commune site at `base_url`; JSON is YAML, so it is JSON."""
    values = {
        "site_name": SITENAME, "site_url": f"{base_url}/",
        "site_description": "Tin hoạt động của chính quyền và nhân dân xã Đông Hưng",
        "theme": {"name": theme, "language": "vi"},
        "nav": [{"Trang chủ": "index.md"}, *({title: f"{slug}.md"} for title, slug, _ in PAGES)],
        "copyright": COPYRIGHT,
        "plugins": ["search", {"blog": {"blog_dir": ".", "post_date_format": "dd/MM/yyyy HH:mm",
                              "pagination_per_page": PAGE_SIZE, "authors_profiles": True,
                              **URLS}},
                    "tags"],
        "markdown_extensions": ["md_in_html", "attr_list"],
    }
    return json.dumps(values, ensure_ascii=False, indent=1) + "\n"


def write_content(docs: Path, posts: list[SampleArticle]) -> None:
    """The blog's index, one post per article, `.authors.yml`, a page per static page, and the
    images and PDFs they link."""
    (docs / "posts").mkdir(parents=True)
    (docs / "index.md").write_text(f"# {SITENAME}\n", encoding="utf-8")
    authors = {slugify(n): {"name": n, "description": ROLE, "avatar": AVATAR}
               for a in posts for n in a.authors}
    (docs / ".authors.yml").write_text(json.dumps({"authors": authors}, ensure_ascii=False),
                                       encoding="utf-8")
    for i, a in enumerate(posts):
        (docs / "posts" / f"{a.slug}.md").write_text(post(with_old_dates(a, i)), encoding="utf-8")
    write_assets(docs, posts)
    (docs / AVATAR.lstrip("/")).write_bytes(JPEG)
    for title, slug, text in PAGES:
        (docs / f"{slug}.md").write_text(f"# {title}\n\n{escape(text)}\n", encoding="utf-8")


def post(a: SampleArticle) -> str:
    """A post with front matter and its title as the heading; the excerpt shown on listings ends
    after the first paragraph."""
    front = {"slug": a.slug, "categories": [a.category], "tags": a.tags,
             "authors": [slugify(n) for n in a.authors], "description": a.summary or ""}
    head = "".join(f"{k}: {json.dumps(v, ensure_ascii=False)}\n" for k, v in front.items() if v)
    head = f"date: {a.published.astimezone(VN):%Y-%m-%d %H:%M:%S}+07:00\n{head}"  # a YAML timestamp
    first, _, rest = markdown_body(a).partition("\n\n")
    return f"---\n{head}---\n\n# {escape(a.title)}\n\n{first}\n\n<!-- more -->\n\n{rest}"


# -- the truth of the addresses ----------------------------------------------------------------------

def article_path(a: SampleArticle) -> str:
    return "/" + URLS["post_url_format"].format(date=f"{a.published.astimezone(VN):%Y/%m}",
                                                slug=a.slug) + "/"


def non_articles(posts: list[SampleArticle]) -> set[str]:
    """Every HTML page MkDocs was told to write besides the posts, as percent-encoded site paths:
    the blog's index, each category's, author's and year's listing, each with its further pages,
    the static pages and the theme's 404 page. Category slugs are the blog plugin's own
    (`categories_slugify`, which keeps Vietnamese letters)."""
    from material.plugins.blog.config import BlogConfig

    blog = BlogConfig()
    blog.load_dict({})
    blog.validate()

    def first(setting: str, slug: str) -> str:
        return "/" + URLS[setting].format(slug=slug, date=slug) + "/"

    counts = Counter({"/": len(posts)})
    counts.update(first("categories_url_format", blog.categories_slugify(
        a.category, blog.categories_slugify_separator)) for a in posts)
    counts.update(first("authors_profiles_url_format", slugify(n)) for a in posts for n in a.authors)
    counts.update(first("archive_url_format", f"{a.published.astimezone(VN):%Y}") for a in posts)
    pages = URLS["pagination_url_format"].split("/")[0]
    out = {p for path, count in counts.items() for p in paged(path, count, PAGE_SIZE, pages)}
    return {quote(p) for p in out} | {f"/{slug}/" for _, slug, _ in PAGES} | {"/404.html"}
