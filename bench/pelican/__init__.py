"""A real Pelican site (PyPI's `pelican`, Markdown content) in each bundled theme, on 127.0.0.1.

The second real CMS of issue 10, after bench/wordpress, and one nobody tuning the extractor has
seen: the sample articles and some generated ones are written as Markdown files the way a
Vietnamese district site would write them (metadata header, day-first dates to the minute in
Asia/Ho_Chi_Minh, categories, tags, authors, `<figure>`/`<figcaption>` images, PDF links), Pelican
itself renders them in the theme, and the output directory is served as it is. Pagination and the
category, tag, author, archive and static pages are on: they are the non-articles a crawler must
not archive.

The truth is what Pelican was given — the articles, the URL settings, the default author, the
blogroll — never read back from the HTML it wrote; the test checks that the two agree.

    site = build("notmyidea", load_articles(), "http://127.0.0.1:8000")

`missing()` says why it cannot run here.
"""

from __future__ import annotations

import dataclasses
import importlib.util
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
    paged,
    run_generator,
    site_posts,
    with_old_dates,
    write_assets,
)

#: Not fresh: scored once on 2026-11-30 (0 articles found), then worked on by the extractor.
FRESH = False
THEMES = ("notmyidea", "simple")
GENERATED_POSTS = 23   # with the 27 sample articles, 50 posts
PAGE_SIZE = 5
VN = timezone(timedelta(hours=7))
#: The author Pelican prints for posts that name none (its AUTHOR setting).
DEFAULT_AUTHOR = "Ban Biên tập"
SITENAME = "Trang thông tin điện tử xã Tân Lập"
#: The blogroll every page of notmyidea prints: what Pelican was given, so no body may hold it.
LINKS = (("Cổng thông tin điện tử huyện Phú Lâm", "http://phulam.example.vn/"),
         ("Cổng Dịch vụ công quốc gia", "http://dichvucong.example.vn/"),
         ("Báo Hà Lâm điện tử", "http://baohalam.example.vn/"))
#: Pelican's URL settings as this site sets them: day-first dates, listings as directories,
#: pages of a listing under `trang/N/`.
URLS = {
    "ARTICLE_URL": "{date:%Y}/{date:%m}/{slug}.html",
    "ARTICLE_SAVE_AS": "{date:%Y}/{date:%m}/{slug}.html",
    "CATEGORY_URL": "chuyen-muc/{slug}/", "CATEGORY_SAVE_AS": "chuyen-muc/{slug}/index.html",
    "TAG_URL": "the/{slug}/", "TAG_SAVE_AS": "the/{slug}/index.html",
    "AUTHOR_URL": "tac-gia/{slug}/", "AUTHOR_SAVE_AS": "tac-gia/{slug}/index.html",
    "PAGE_URL": "{slug}.html", "PAGE_SAVE_AS": "{slug}.html",
}
#: Pages that list every category, tag and author, and the archive of every post.
DIRECT = ("categories.html", "tags.html", "authors.html", "archives.html")


def missing() -> str | None:
    """Why a Pelican site cannot be built here, or None when it can."""
    for module, package in (("pelican", "pelican"), ("markdown", "markdown")):
        if importlib.util.find_spec(module) is None:
            return f"{package} is not installed (pip install 'pelican[markdown]')"
    themes = Path(importlib.util.find_spec("pelican").origin).parent / "themes"
    for theme in THEMES:
        if not (themes / theme).is_dir():
            return f"Pelican's bundled theme {theme} is missing ({themes / theme})"
    return None


def site_articles() -> list[SampleArticle]:
    """The posts of the site, oldest first (`static.site_posts`)."""
    return site_posts(GENERATED_POSTS, seed=11)


def build(theme: str, articles: Iterable[SampleArticle], base_url: str) -> BenchSite:
    """Write `articles` as Markdown, run Pelican with `theme` for `base_url`, and return every
    file it wrote as a page, with the truth of what it was given."""
    base = base_url.rstrip("/")
    posts = sorted(articles, key=lambda a: (a.published, a.slug))
    with tempfile.TemporaryDirectory(prefix="pelican-") as tmp:
        content, output = Path(tmp) / "content", Path(tmp) / "output"
        write_content(content, posts)
        conf = Path(tmp) / "pelicanconf.py"
        conf.write_text(settings(base), encoding="utf-8")
        pelican = [sys.executable, "-m", "pelican", str(content), "-s", str(conf),
                   "-o", str(output), "-t", theme_path(theme), "--fatal", "errors"]
        pages = run_generator("pelican", pelican, Path(tmp), output)
    truth = {f"{base}/{article_url(a)}": shown(a, i) for i, a in enumerate(posts)}
    return BenchSite(f"pelican {theme}", SITENAME, base, pages, truth, set(),
                     sorted(non_articles(posts)), foreign=tuple(label for label, _ in LINKS))


def theme_path(theme: str) -> str:
    return str(Path(importlib.util.find_spec("pelican").origin).parent / "themes" / theme)


def shown(a: SampleArticle, i: int) -> SampleArticle:
    """The article as the site publishes it: old dates in every fourth (`with_old_dates`), the
    default author on posts that name none."""
    return dataclasses.replace(with_old_dates(a, i), authors=list(a.authors) or [DEFAULT_AUTHOR])


# -- what Pelican is given --------------------------------------------------------------------------

def settings(base_url: str) -> str:
    """pelicanconf.py for a Vietnamese commune site published at `base_url`."""
    values = {
        "SITENAME": SITENAME, "SITEURL": base_url, "RELATIVE_URLS": False,
        "AUTHOR": DEFAULT_AUTHOR, "TIMEZONE": "Asia/Ho_Chi_Minh", "DEFAULT_LANG": "vi",
        "LOCALE": ("vi_VN.UTF-8", "vi_VN.utf8", "C.UTF-8"),
        "DEFAULT_DATE_FORMAT": "%d/%m/%Y %H:%M", "DEFAULT_PAGINATION": PAGE_SIZE,
        "PAGINATION_PATTERNS": ((1, "{url}", "{save_as}"),
                                (2, "{base_name}/trang/{number}/",
                                 "{base_name}/trang/{number}/index.html")),
        "STATIC_PATHS": ["media", "files"], "LINKS": LINKS, "SOCIAL": (),
        "DISPLAY_CATEGORIES_ON_MENU": True, "DISPLAY_PAGES_ON_MENU": True,
        "FEED_ALL_ATOM": "feeds/all.atom.xml", "CATEGORY_FEED_ATOM": "feeds/{slug}.atom.xml",
        "AUTHOR_FEED_ATOM": None, "AUTHOR_FEED_RSS": None, "TRANSLATION_FEED_ATOM": None,
        "CACHE_CONTENT": False, "LOAD_CONTENT_CACHE": False,
        **URLS,
    }
    return "".join(f"{k} = {v!r}\n" for k, v in values.items())


def write_content(content: Path, posts: list[SampleArticle]) -> None:
    """One Markdown file per post and per static page, and the images and PDFs they link."""
    (content / "pages").mkdir(parents=True)
    for i, a in enumerate(posts):
        (content / f"{a.slug}.md").write_text(markdown(shown(a, i)), encoding="utf-8")
    write_assets(content, posts)
    for title, slug, text in PAGES:
        (content / "pages" / f"{slug}.md").write_text(
            f"Title: {title}\nSlug: {slug}\n\n{escape(text)}\n", encoding="utf-8")


def markdown(a: SampleArticle) -> str:
    """A post as a Markdown file with Pelican's metadata lines."""
    meta = {"Title": a.title, "Date": f"{a.published.astimezone(VN):%Y-%m-%d %H:%M}",
            "Slug": a.slug, "Category": a.category, "Tags": ", ".join(a.tags),
            "Authors": ", ".join(a.authors), "Summary": escape(a.summary or "")}
    return "".join(f"{k}: {v}\n" for k, v in meta.items() if v) + "\n" + markdown_body(a)


# -- the truth of the addresses ----------------------------------------------------------------------

def article_url(a: SampleArticle) -> str:
    return URLS["ARTICLE_URL"].format(date=a.published.astimezone(VN), slug=a.slug)


def non_articles(posts: list[SampleArticle]) -> set[str]:
    """Every HTML page Pelican was told to write besides the posts, as site paths: the home page,
    each category, tag and author listing with its further pages, the direct templates and the
    static pages."""
    from pelican.settings import DEFAULT_CONFIG
    from pelican.utils import slugify

    def slug(name: str) -> str:
        return slugify(name, regex_subs=DEFAULT_CONFIG["SLUG_REGEX_SUBSTITUTIONS"])

    def listing(url: str, count: int) -> list[str]:
        return paged(f"/{url}", count, PAGE_SIZE, "trang")

    shown_posts = [shown(a, i) for i, a in enumerate(posts)]
    groups = {"CATEGORY_URL": [[a.category] for a in shown_posts],
              "TAG_URL": [a.tags for a in shown_posts],
              "AUTHOR_URL": [a.authors for a in shown_posts]}
    out = set(listing("", len(posts)))
    for setting, names in groups.items():
        counts: dict[str, int] = {}
        for name in (slug(n) for names_of_post in names for n in set(names_of_post)):
            counts[name] = counts.get(name, 0) + 1
        for name, count in counts.items():
            out.update(listing(URLS[setting].format(slug=name), count))
    out.update(f"/{name}" for name in DIRECT)
    out.update("/" + URLS["PAGE_URL"].format(slug=slug_) for _, slug_, _ in PAGES)
    return out
