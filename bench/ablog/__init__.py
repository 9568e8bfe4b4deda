"""A real Sphinx blog with ABlog (PyPI's `ablog`, reStructuredText posts) in the theme its
quickstart gives, Alabaster, on 127.0.0.1.

A seventh real CMS of issue 10, written by someone who does not tune the extractor. The site
starts as `ablog start` writes it (its `conf.py`: Alabaster, the ABlog sidebars — postcard,
navigation, recent posts, tag cloud, categories, archives, search); the site's editor then sets
`language = "vi"` (Sphinx's Vietnamese messages; ABlog's own have no Vietnamese and stay English),
a day-first `post_date_format` to the minute and a folder of downloads, and writes the sample
articles and some generated ones as posts with ABlog's `post` directive (the date in that format,
authors, a category, tags), `figure` directives with captions and links to PDFs. `ablog build`
(Sphinx's `dirhtml` builder) renders it and the website directory is served as it is.

What the theme prints decides the truth: the title as the page's heading and, in the sidebar's
postcard, the date and time (local time, no offset anywhere on the page), the authors (posts
naming none show none), the category and the tags. Sphinx copies each figure's image to
`/_images/`, so that is where the truth's images are. Non-articles: the home page (the five newest
posts with excerpts), ABlog's pages of all posts, of each tag, category, author and year with
their indexes, its archive and drafts pages, Sphinx's index and search pages, two static pages.

The truth comes from what ABlog was given, never from its output;
tests/test_generated_sites.py checks the two agree.

    site = build("alabaster", site_articles(), "http://127.0.0.1:8000")

`missing()` says why it cannot run here.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import re
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import quote

from bench.generalisation.api import Image, Page, SampleArticle
from bench.generalisation.portal import VN, BenchSite
from bench.generalisation.static import (
    PAGES,
    body_blocks,
    python_command,
    run_generator,
    run_step,
    site_posts,
    with_old_dates,
    write_assets,
)

#: Scored fresh once (2026-11-30 06:20, bench/RESULTS.md), then opened to tuning: not fresh any more.
FRESH = False
THEMES = ("alabaster",)
GENERATED_POSTS = 23   # with the 27 sample articles, 50 posts
SITENAME = "Trang tin điện tử xã Quảng Phú"
#: The author `ablog start` was given: the copyright holder in every page's footer.
SITE_AUTHOR = "Ban Biên tập"
#: The start of every page's footer after its copyright line (Alabaster's).
FOOTER = "Powered by Sphinx"
#: The site's one setting of how a date is written and read (ABlog's `post_date_format`).
DATE_FORMAT = "%d/%m/%Y %H:%M"
#: ABlog's folder of listing pages (its default `blog_path`) and where the posts are written.
BLOG, POSTS = "blog", "bai-viet"
#: What the editor adds to the end of the `conf.py` that `ablog start` wrote.
CONF = """
# -- Trang tin xã Quảng Phú --------------------------------------------------------
language = "vi"
blog_title = "Tin tức - Sự kiện"
post_date_format = "{date_format}"
post_date_format_short = "%d/%m/%Y"
html_title = "{sitename}"
html_extra_path = ["_extra"]
exclude_patterns = ["_build", "_website", "_extra"]
"""


def missing() -> str | None:
    """Why an ABlog site cannot be built here, or None when it can."""
    for module, package in (("ablog", "ablog"), ("sphinx", "sphinx"), ("alabaster", "alabaster")):
        if importlib.util.find_spec(module) is None:
            return f"{package} is not installed (pip install ablog)"
    if not python_command("ablog").exists():
        return f"the ablog command is not beside {sys.executable}"
    return None


def site_articles() -> list[SampleArticle]:
    """The posts of the site, oldest first (`static.site_posts`)."""
    return site_posts(GENERATED_POSTS, seed=29)


def build(theme: str, articles: Iterable[SampleArticle], base_url: str) -> BenchSite:
    """Start a blog with `ablog start`, write `articles` as its posts, run `ablog build` for
    `base_url`, and return every file it wrote as a page, with the truth of what it was given.
    `theme` is the one `ablog start` writes into conf.py (the only one in THEMES)."""
    if theme not in THEMES:
        raise ValueError(f"ablog start gives the theme {THEMES[0]}, not {theme}")
    base = base_url.rstrip("/")
    posts = sorted(articles, key=lambda a: (a.published, a.slug))
    pages = generate(posts, base)
    truth = {f"{base}{article_path(a)}": shown(a, i) for i, a in enumerate(posts)}
    return BenchSite(f"ablog {theme}", SITENAME, base, pages, truth, set(),
                     sorted(non_articles(posts)), foreign=(FOOTER,))


def generate(posts: list[SampleArticle], base: str, theme_settings: str = "",
             sitename: str = SITENAME) -> dict[str, Page]:
    """Start the blog `sitename` for `base` with `ablog start`, add the site's settings and
    `theme_settings` (what the editor adds to `conf.py` to use another theme than the
    quickstart's) to its `conf.py`, write `posts` (oldest first), run `ablog build` and return
    every file it wrote."""
    with tempfile.TemporaryDirectory(prefix="ablog-") as tmp:
        site = Path(tmp)
        # the quickstart's questions: root path (here), project, author, base URL
        answers = f"\n{sitename}\n{SITE_AUTHOR}\n{base}\n"
        run_step("ablog start", [str(python_command("ablog")), "start"], site / "conf.py", site,
                 answers)
        (site / "about.rst").unlink()
        (site / "first-post.rst").unlink()
        with (site / "conf.py").open("a", encoding="utf-8") as conf:
            conf.write(CONF.format(date_format=DATE_FORMAT, sitename=sitename) + theme_settings)
        write_content(site, posts)
        ablog = [str(python_command("ablog")), "build", "-q", "-w", str(site / "_website")]
        return run_generator("ablog build", ablog, site, site / "_website")


def shown(a: SampleArticle, i: int) -> SampleArticle:
    """The article as the site publishes it: old dates in every fourth (`with_old_dates`), each
    image where Sphinx copies it (`/_images/<name>`)."""
    return dataclasses.replace(with_old_dates(a, i), images=[
        Image(f"/_images/{image.url.rsplit('/', 1)[1]}", image.caption) for image in a.images])


# -- what ABlog is given -----------------------------------------------------------------------------

def write_content(site: Path, posts: list[SampleArticle]) -> None:
    """The home page, the static pages, one post per article, and the images and downloads they
    link (the images beside the sources, the downloads in `html_extra_path`)."""
    toctree = "".join(f"   {slug}\n" for _, slug, _ in PAGES)
    (site / "index.rst").write_text(
        f"{heading(SITENAME)}\nTin mới nhất:\n\n.. postlist:: 5\n   :excerpts:\n\n"
        f".. toctree::\n   :hidden:\n\n{toctree}", encoding="utf-8")
    for title, slug, text in PAGES:
        (site / f"{slug}.rst").write_text(f"{heading(title)}\n{escape(text)}\n", encoding="utf-8")
    for i, a in enumerate(posts):
        path = site / POSTS / f"{a.published.astimezone(VN):%Y}" / f"{a.slug}.rst"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(post(with_old_dates(a, i)), encoding="utf-8")
    write_assets(site, posts)
    if (site / "files").exists():
        (site / "_extra").mkdir()
        (site / "files").rename(site / "_extra" / "files")


def post(a: SampleArticle) -> str:
    """A post: ABlog's `post` directive, the title, the paragraphs with captioned figures after
    the first, each download as a paragraph holding only its link."""
    options = {"author": ", ".join(a.authors), "category": a.category, "tags": ", ".join(a.tags)}
    directive = f".. post:: {a.published.astimezone(VN).strftime(DATE_FORMAT)}\n" + "".join(
        f"   :{k}: {v}\n" for k, v in options.items() if v)
    blocks = body_blocks(a, escape, figure, lambda url, title: f"`{title} <{url}>`__")
    return f"{directive}\n{heading(a.title)}\n" + "\n\n".join(blocks) + "\n"


def figure(url: str, caption: str | None) -> str:
    if not caption:
        return f".. image:: {url}"
    return f".. figure:: {url}\n\n   {escape(caption)}"


def heading(title: str) -> str:
    return f"{escape(title)}\n{'=' * (len(title) + 2)}\n"


def escape(text: str) -> str:
    """Text that reStructuredText prints as it is: no inline markup, references or substitutions,
    and no list or enumeration opening it."""
    text = re.sub(r"([\\*`_|])", r"\\\1", text)
    return re.sub(r"^(?=[-+•#]\s|\w+[.)]\s|\(\w+\)\s)", r"\\", text)


# -- the truth of the addresses ----------------------------------------------------------------------

def article_path(a: SampleArticle) -> str:
    return f"/{POSTS}/{a.published.astimezone(VN):%Y}/{a.slug}/"


def non_articles(posts: list[SampleArticle]) -> set[str]:
    """Every HTML page Sphinx and ABlog write besides the posts, as percent-encoded site paths:
    the home page, Sphinx's index and search pages, the static pages, ABlog's page of all posts,
    archive and drafts, and the page of every tag, category, author and year with an index of
    each kind. Names become paths by ABlog's own `slugify` (which keeps `đ`)."""
    from ablog.blog import slugify

    out = {"/", "/genindex/", "/search/", *(f"/{slug}/" for _, slug, _ in PAGES)}
    out |= {f"/{BLOG}/", f"/{BLOG}/archive/", f"/{BLOG}/drafts/"}
    kinds = {"tag": [t for a in posts for t in a.tags], "category": [a.category for a in posts],
             "author": [n for a in posts for n in a.authors]}
    for kind, names in kinds.items():
        out |= {f"/{BLOG}/{kind}/"} | {f"/{BLOG}/{kind}/{slugify(n)}/" for n in names}
    out |= {f"/{BLOG}/{a.published.astimezone(VN):%Y}/" for a in posts}
    return {quote(p) for p in out}
