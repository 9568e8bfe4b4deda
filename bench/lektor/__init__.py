"""A real Lektor 3.3 site (PyPI's `lektor`) as its quickstart writes it with the basic blog, on
127.0.0.1.

A ninth real CMS of issue 10, written by someone who does not tune the extractor. The project is
what `lektor quickstart` writes when asked for the basic blog (its models, Jinja templates and
stylesheet, a welcome page, "About" and "Projects" pages, a blog of ten posts a page, the nav
and footer in English). The site's editor then changes one thing in the model: the blog post's
`pub_date` from a `date` to a `datetime`, so posts carry their time to the minute with +07:00.
The sample articles and some generated ones are written as posts (`contents.lr`: title, author,
pub_date and a Markdown body with `<figure>`/`<figcaption>` images and links to PDFs kept in
`assets/`), with the two static pages. `lektor build` renders it and its output directory is
served as it is.

What the quickstart's templates print decides the truth: the title as the post's heading, "written
by <author> on <pub_date>" (the author field as written, several names as one "A, B" string,
nothing for posts naming none; the date as Python prints a datetime, `2026-03-05 14:07:00+07:00`).
The model has no category and no tags, so the truth has neither. Non-articles: the welcome page,
the blog's pages, "About", "Projects" and the two static pages.

The truth comes from what Lektor was given, never from its output;
tests/test_generated_sites.py checks the two agree.

    site = build("quickstart", site_articles(), "http://127.0.0.1:8000")

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

from bench.generalisation.api import SampleArticle
from bench.generalisation.portal import VN, BenchSite
from bench.generalisation.static import (
    PAGES,
    escape,
    markdown_body,
    paged,
    python_command,
    run_generator,
    run_step,
    site_posts,
    with_old_dates,
    write_assets,
)

#: Scored fresh once (2026-11-30 06:47, bench/RESULTS.md), then opened to tuning: not fresh any more.
FRESH = False
THEMES = ("quickstart",)
GENERATED_POSTS = 23   # with the 27 sample articles, 50 posts
SITENAME = "Trang tin điện tử xã Bình Minh"
#: The author `lektor quickstart` was given: the copyright holder in every page's footer.
SITE_AUTHOR = "Văn phòng HĐND và UBND xã Bình Minh"
#: The end of every page's footer (the quickstart's layout).
FOOTER = f"by {SITE_AUTHOR}."
#: The quickstart blog's posts per page (its `blog.ini`) and where the posts live.
PAGE_SIZE, BLOG = 10, "blog"
#: The pages the quickstart writes besides the blog.
QUICKSTART_PAGES = ("about", "projects")


def missing() -> str | None:
    """Why a Lektor site cannot be built here, or None when it can."""
    if importlib.util.find_spec("lektor") is None:
        return "lektor is not installed (pip install lektor)"
    if not python_command("lektor").exists():
        return f"the lektor command is not beside {sys.executable}"
    return None


def site_articles() -> list[SampleArticle]:
    """The posts of the site, oldest first (`static.site_posts`)."""
    return site_posts(GENERATED_POSTS, seed=37)


def build(theme: str, articles: Iterable[SampleArticle], base_url: str) -> BenchSite:
    """Start a project with `lektor quickstart` and its basic blog, write `articles` as its
    posts, run `lektor build`, and return every file it wrote as a page, with the truth of what
    it was given. `theme` is the quickstart's templates (the only one in THEMES)."""
    if theme not in THEMES:
        raise ValueError(f"lektor quickstart gives its own templates ({THEMES[0]}), not {theme}")
    base = base_url.rstrip("/")
    posts = sorted(articles, key=lambda a: (a.published, a.slug))
    with tempfile.TemporaryDirectory(prefix="lektor-") as tmp:
        site, output = Path(tmp) / "site", Path(tmp) / "html"
        lektor = str(python_command("lektor"))
        # the quickstart's questions: the author, the basic blog, create it
        run_step("lektor quickstart", [lektor, "quickstart", "--name", SITENAME, "--path", str(site)],
                 site / "content" / BLOG, answers=f"{SITE_AUTHOR}\nY\nY\n")
        model = site / "models" / "blog-post.ini"
        model.write_text(re.sub(r"(?m)^type = date$", "type = datetime",
                                model.read_text(encoding="utf-8")), encoding="utf-8")
        write_content(site, posts)
        pages = run_generator("lektor build", [lektor, "build", "-O", str(output)], site,
                              output)
    truth = {f"{base}{article_path(a)}": shown(a, i) for i, a in enumerate(posts)}
    return BenchSite(f"lektor {theme}", SITENAME, base, pages, truth, set(),
                     sorted(non_articles(posts)), foreign=(FOOTER,))


def shown(a: SampleArticle, i: int) -> SampleArticle:
    """The article as the site publishes it: old dates in every fourth (`with_old_dates`), no
    category and no tags (the quickstart's model has neither)."""
    return dataclasses.replace(with_old_dates(a, i), category="", tags=[])


# -- what Lektor is given ----------------------------------------------------------------------------

def write_content(site: Path, posts: list[SampleArticle]) -> None:
    """The blog without the quickstart's sample post, one post per article, the static pages,
    and the images and PDFs the posts link (under `assets/`, which Lektor copies as it is)."""
    for sample in (site / "content" / BLOG).iterdir():
        if sample.is_dir():
            (sample / "contents.lr").unlink()
            sample.rmdir()
    for i, a in enumerate(posts):
        record(site / "content" / BLOG / a.slug, post(with_old_dates(a, i)))
    for title, slug, text in PAGES:
        record(site / "content" / slug, {"title": title, "body": escape(text)})
    write_assets(site / "assets", posts)


def post(a: SampleArticle) -> dict[str, str]:
    """A post's fields: the author as one "A, B" string, the time to the minute with its offset
    (Lektor's `datetime` format), the Markdown text (`static.markdown_body`)."""
    return {"title": a.title, "author": ", ".join(a.authors),
            "pub_date": f"{a.published.astimezone(VN):%Y-%m-%d %H:%M %z}", "body": markdown_body(a)}


def record(folder: Path, fields: dict[str, str]) -> None:
    """A `contents.lr`: each field `name: value`, blocks split by `---` (a body line that is
    `---` itself would need escaping; no post has one)."""
    folder.mkdir(parents=True, exist_ok=True)
    text = "\n---\n".join(f"{k}: {v}" if "\n" not in v else f"{k}:\n\n{v}" for k, v in fields.items())
    (folder / "contents.lr").write_text(text + "\n", encoding="utf-8")


# -- the truth of the addresses ----------------------------------------------------------------------

def article_path(a: SampleArticle) -> str:
    return f"/{BLOG}/{a.slug}/"


def non_articles(posts: list[SampleArticle]) -> set[str]:
    """Every HTML page Lektor writes besides the posts: the welcome page, the blog's pages
    (`/blog/page/N/` after the first), the quickstart's pages and the static pages."""
    out = {"/", *paged(f"/{BLOG}/", len(posts), PAGE_SIZE, "page")}
    return out | {f"/{slug}/" for slug in QUICKSTART_PAGES} | {f"/{slug}/" for _, slug, _ in PAGES}
