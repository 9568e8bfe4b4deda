"""A real Chronicle blog (Debian's `chronicle` 4.6, Steve Kemp's Perl blog compiler) in each of its
six bundled HTML themes, on 127.0.0.1.

A real CMS of issue 10 written by someone who does not tune the extractor; held out from tuning
until a random draw opened it (`GROUP`). Chronicle turns a directory of text entries into static
HTML with HTML::Template themes: every theme Debian installs under /usr/share/chronicle/themes
(default, blocky, blog.steve.org.uk, copyrighteous, leftbar, simple; `xml` holds only the RSS
templates) is built. The site is configured the way its sample `/etc/chroniclerc` documents, in a
config file of its own (`--config`): the entries written in HTML (Chronicle's default `format`),
no comments, `date-archive-path` (each post under `archive/YYYY/MM/`), `lower-case` file names,
newest first on tag and month pages, a Vietnamese commune's title and subtitle, the time zone
Asia/Ho_Chi_Minh and a day-first `date-format` to the minute. The sample articles and some
generated ones are written as entries the way its manual shows them: `Title:`, `Date:` (RFC 2822
with +0700), `Tags:` (commas), a blank line, then the HTML text with `<figure>`/`<figcaption>`
images and links to the attached documents (uploaded beside the site's pages, as Chronicle copies
no media).

What the themes print decides the truth: the title (as written: Chronicle does not escape it) and
the time as `date-format` writes it, no machine-readable time; the tags, which Chronicle
lower-cases and sorts, each a link to `tags/<tag>` (no trailing slash: the site answers there the
way a web server told `try_files $uri $uri/index.html` does). Chronicle has no author, category
or lead, so the truth has none. Non-articles: the home page (the ten newest posts in full), a page
per month (`archive/YYYY/MM/`) and a page per tag, each listing its posts in full.

The truth comes from what Chronicle was given, never from its output;
tests/test_generated_sites.py checks the two agree.

    site = build("blocky", site_articles(), "http://127.0.0.1:8000")

`missing()` says why it cannot run here.
"""

from __future__ import annotations

import dataclasses
import html
import re
import shutil
import tempfile
from collections.abc import Iterable
from datetime import timedelta, timezone
from email.utils import format_datetime
from pathlib import Path
from urllib.parse import quote

from bench.generalisation.api import Page, SampleArticle
from bench.generalisation.portal import BenchSite
from bench.generalisation.static import (
    body_blocks,
    run_step,
    served,
    site_posts,
    with_old_dates,
    write_assets,
)
from bench.generalisation.templates import REAL

#: Added on 2026-12-01 by a non-tuner; scored as fresh material at 03:17 that day and held out
#: at 06:16 and 08:31 (bench/RESULTS.md); opened to tuning by the draw of 11:38
#: (bench/generalisation/heldout.py says how it was drawn).
FRESH = False
GROUP = REAL
#: Where Debian installs Chronicle's themes, and the six that render HTML pages.
THEME_DIR = Path("/usr/share/chronicle/themes")
THEMES = ("default", "blocky", "blog.steve.org.uk", "copyrighteous", "leftbar", "simple")
GENERATED_POSTS = 23   # with the 27 sample articles, 50 posts
VN = timezone(timedelta(hours=7))
SITENAME = "Trang thông tin điện tử xã Hòa Thuận"
#: The blog's subtitle, which every theme prints in its header.
SUBTITLE = "Tin tức, thông báo của Đảng ủy, HĐND, UBND xã Hòa Thuận"
#: How the site writes a time: day first, to the minute (`date-format`, Date::Format's strftime).
DATE_FORMAT = "%d/%m/%Y %H:%M"
#: The settings of the site's config file (Chronicle's own keys: `url_prefix` and the titles are
#: spelled with underscores, the rest as its command-line options).
SETTINGS = {"theme-dir": str(THEME_DIR), "format": "html", "date-format": DATE_FORMAT,
            "no-comments": 1, "no-cache": 1, "date-archive-path": 1, "lower-case": 1,
            "recent-tags-first": 1, "recent-dates-first": 1, "blog_title": SITENAME,
            "blog_subtitle": SUBTITLE}


def missing() -> str | None:
    """Why a Chronicle site cannot be built here, or None when it can."""
    if shutil.which("chronicle") is None or shutil.which("chronicle-entry-filter") is None:
        return "chronicle is not installed (Debian package chronicle)"
    absent = [t for t in THEMES if not (THEME_DIR / t / "entry.template").is_file()]
    if absent:
        return f"Chronicle's themes {', '.join(absent)} are not under {THEME_DIR}"
    return None


def site_articles() -> list[SampleArticle]:
    """The posts of the site, oldest first (`static.site_posts`)."""
    return site_posts(GENERATED_POSTS, seed=41)


def build(theme: str, articles: Iterable[SampleArticle], base_url: str) -> BenchSite:
    """Write `articles` as Chronicle entries, run `chronicle` with a config file for `base_url`
    in `theme`, put the posts' images and documents beside its output, and return every file as
    a page, with the truth of what it was given."""
    if theme not in THEMES:
        raise ValueError(f"Chronicle's bundled HTML themes are {', '.join(THEMES)}, not {theme}")
    base = base_url.rstrip("/")
    posts = sorted(articles, key=lambda a: (a.published, a.slug))
    paths = [article_path(a) for a in posts]
    if len(set(paths)) != len(paths):
        raise ValueError("two posts' titles give Chronicle one file name")
    with tempfile.TemporaryDirectory(prefix="chronicle-") as tmp:
        entries, output, rc = Path(tmp) / "blog", Path(tmp) / "output", Path(tmp) / "chroniclerc"
        entries.mkdir()
        for i, a in enumerate(posts):
            (entries / f"{a.slug}.txt").write_text(entry(with_old_dates(a, i)), encoding="utf-8")
        rc.write_text(config(entries, output, theme, base), encoding="utf-8")
        # HOME: no ~/.chroniclerc of the machine's; TZ: the zone `date-format` writes times in
        run_step("chronicle", ["chronicle", f"--config={rc}"], output / "index.html",
                 env={"HOME": tmp, "TZ": "Asia/Ho_Chi_Minh"}, timeout=600)
        write_assets(output, posts)
        pages = with_slashless_directories(served(output))
    truth = {f"{base}{p}": shown(a, i) for i, (a, p) in enumerate(zip(posts, paths, strict=True))}
    return BenchSite(f"chronicle {theme}", SITENAME, base, pages, truth, set(),
                     sorted(non_articles(posts)), foreign=(SUBTITLE,))


def shown(a: SampleArticle, i: int) -> SampleArticle:
    """The article as the site publishes it: old dates in every fourth (`with_old_dates`), the
    tags as Chronicle prints them, no lead, author or category (Chronicle has none)."""
    return dataclasses.replace(with_old_dates(a, i), summary=None, authors=[], byline=None,
                               category="", tags=shown_tags(a.tags))


def shown_tags(tags: Iterable[str]) -> list[str]:
    """A post's tags as Chronicle keeps them (`readBlogEntry`): trimmed, lower-cased, sorted."""
    return sorted(t.strip().lower() for t in tags if t.strip())


# -- what Chronicle is given -------------------------------------------------------------------------

def config(entries: Path, output: Path, theme: str, base_url: str) -> str:
    """The site's config file: `key = value` lines, as /etc/chroniclerc writes them."""
    values = {"input": entries, "output": output, "theme": theme, "url_prefix": f"{base_url}/",
              **SETTINGS}
    return "".join(f"{key} = {value}\n" for key, value in values.items())


def entry(a: SampleArticle) -> str:
    """An entry as Chronicle's manual shows one: the header lines, a blank line, the text in
    HTML (`static.body_blocks`), each block a line of its own."""
    head = [f"Title: {a.title}", f"Date: {format_datetime(a.published.astimezone(VN))}"]
    if a.tags:
        head.append(f"Tags: {', '.join(a.tags)}")
    blocks = body_blocks(a, lambda text: html.escape(text, quote=False), _figure,
                         lambda url, title: f'<p><a href="{html.escape(url)}">{title}</a></p>')
    # an escaped paragraph never starts with "<"; figures and links come as whole elements
    text = [b if b.startswith("<") else f"<p>{b}</p>" for b in blocks]
    return "\n".join(head) + "\n\n" + "\n".join(text) + "\n"


def _figure(url: str, caption: str | None) -> str:
    img = f'<img src="{html.escape(url)}" alt="" />'
    if not caption:
        return f"<p>{img}</p>"
    return f'<figure class="image">{img}<figcaption>{html.escape(caption, quote=False)}</figcaption></figure>'


# -- how the site answers ----------------------------------------------------------------------------

def with_slashless_directories(pages: dict[str, Page]) -> dict[str, Page]:
    """`pages` with each directory's page also at its address without the final slash: the
    themes link tags as `tags/<tag>`, which a web server answers with the directory's index."""
    extra = {p.rstrip("/"): page for p, page in pages.items() if p.endswith("/") and p != "/"}
    return {**extra, **pages}


# -- the truth of the addresses ----------------------------------------------------------------------

def article_path(a: SampleArticle) -> str:
    """`archive/YYYY/MM/` (`date-archive-path`, the local month) and the title as Chronicle's
    `fileToTitle` makes it a file name: every character but an ASCII letter or digit an `_`,
    `.html`, lower-cased (`lower-case`)."""
    name = re.sub(r"[^a-z0-9]", "_", a.title, flags=re.IGNORECASE | re.ASCII).lower()
    return f"/archive/{a.published.astimezone(VN):%Y/%m}/{name}.html"


def non_articles(posts: list[SampleArticle]) -> set[str]:
    """Every HTML page Chronicle writes besides the posts, as percent-encoded site paths: the
    home page, each month's page and each tag's, each at its directory and without the slash
    (`with_slashless_directories`)."""
    months = {f"/archive/{a.published.astimezone(VN):%Y/%m}" for a in posts}
    tags = {f"/tags/{t}" for a in posts for t in shown_tags(a.tags)}
    return {"/"} | {quote(p) + end for p in months | tags for end in ("", "/")}
