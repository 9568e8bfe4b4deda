"""A real BlazeBlogger blog (Debian's `blazeblogger` 1.2.0, Jaromír Hradílek's Perl blog compiler
that writes static HTML) on 127.0.0.1. Held out from tuning once, now open to it (`GROUP`).

A real CMS of issue 10 added by someone who does not tune the extractor, from software the
project had never used. The site is made
the way BlazeBlogger's manual pages say: `blaze-init` writes the repository (`.blaze/`, with its
one bundled theme `default.html` and style sheet `default.css`), `blaze-config` sets the options,
`blaze-add` adds each post (`--title`, `--author`, `--date`, `--tags`, `--url`, the text from a
file) and each static page (`--page`), and `blaze-make` writes the blog. BlazeBlogger ships one
theme; what it prints of a post is set by its documented `[post]` options (`author`, `date`,
`tags`: `top`, `bottom` or `none`) and `core.doctype` (`html` or `xhtml`), so the site is built
in three of those settings (`THEMES`): `default` as `blaze-init` writes them (everything above
the post, HTML 4.01), `bottom` (everything in the post's footer, XHTML 1.0), `dateonly` (the day
above the post, no author and no tags). BlazeBlogger has no Vietnamese translation: the site's
editor writes one (`.blaze/lang/vi_VN`, the keys and format of the bundled ones, `blog.lang`),
as its configuration file invites. The blog's title and subtitle are a commune's;
`feed.baseurl` is the site's address, so it writes its RSS feed too.

What BlazeBlogger prints decides the truth:

- The title as `blaze-add` was given it (BlazeBlogger does not escape it), in `<title>` and the
  post's `h2`.
- The date as `blaze-add --date` takes it, a day (`YYYY-MM-DD`): BlazeBlogger keeps no time, so
  the truth's publish time is that day at 00:00 +07:00 (the post's local day). Every page's
  `<meta name="Date">` is the time of the build, not the post's.
- The author after "bởi" (the translation's `postedby`): the post's authors joined by ", ";
  where the post names none BlazeBlogger prints the blog's `user.name` (`EDITOR`), so the truth
  names it. `dateonly` prints no author: none.
- The tags, their ASCII letters lower-cased, without repeats and sorted by `blaze-make`, each a link to
  `tags/<slug>`; `dateonly` prints none. BlazeBlogger has no category (its sidebar calls the tags
  "Categories"), no lead and no summary: the truth has none.
- The text as written: paragraphs, `<figure>`/`<figcaption>` images after the first paragraph,
  a link per attached document (uploaded beside the site's pages: BlazeBlogger copies no media).
  A `<!-- break -->` after the first paragraph ends what the listings show of it.

A post is at `/YYYY/MM/<id>-<url>/` (its ID in the order the posts were added, oldest first);
BlazeBlogger links every directory without the final slash (`2019/10/7-slug`), which a web
server answers with a redirect to the directory (`with_redirected_directories`); its feed links
the posts with the slash. Non-articles: every other HTML page it writes — the home page and its
older pages (`index1.html`, …), a page per year and month (and their older pages), the list of
tags and a page per tag, the static pages.

The truth comes from what BlazeBlogger was given, never from its output;
tests/test_generated_sites.py checks the two agree.

    site = build("bottom", site_articles(), "http://127.0.0.1:8000")

`missing()` says why it cannot run here.
"""

from __future__ import annotations

import dataclasses
import html
import shutil
import string
import tempfile
from collections.abc import Iterable
from pathlib import Path

from bench.generalisation.api import Page, SampleArticle
from bench.generalisation.portal import VN, BenchSite, day_of
from bench.generalisation.static import (
    PAGES,
    body_blocks,
    html_paths,
    run_step,
    served,
    site_posts,
    with_old_dates,
    write_assets,
)
from bench.generalisation.templates import REAL

GROUP = REAL
#: Added on 2026-12-01 by a non-tuner; scored held out, as fresh material, on 2026-12-01 06:16
#: (bench/RESULTS.md); opened to tuning by the draw written before that score
#: (`random.Random(2026120105)`: two of the five fresh templates, then a coin for this module).
FRESH = False
#: BlazeBlogger's commands, all from Debian's package.
COMMANDS = ("blaze-init", "blaze-config", "blaze-add", "blaze-make")
#: Each site's `blaze-config` options besides `COMMON`: the `[post]` placements and the doctype.
THEME_SETTINGS = {
    "default": {"post.author": "top", "post.date": "top", "post.tags": "top",
                "core.doctype": "html"},
    "bottom": {"post.author": "bottom", "post.date": "bottom", "post.tags": "bottom",
               "core.doctype": "xhtml"},
    "dateonly": {"post.author": "none", "post.date": "top", "post.tags": "none",
                 "core.doctype": "html"},
}
THEMES = tuple(THEME_SETTINGS)
GENERATED_POSTS = 23   # with the 27 sample articles, 50 posts
#: What Perl's `lc` does to bytes that are not ASCII letters: nothing.
ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)
SITENAME = "Trang thông tin điện tử xã Phước Hưng"
#: The blog's subtitle, which the theme prints under its title on every page.
SUBTITLE = "Tin tức, thông báo của Đảng ủy, HĐND, UBND xã Phước Hưng"
#: The blog's `user.name`: the copyright line's, and the author of a post that names none.
EDITOR = "Ban Biên tập"
#: The options every site sets (`blaze-config`).
COMMON = {"blog.title": SITENAME, "blog.subtitle": SUBTITLE, "blog.description": SUBTITLE,
          "blog.keywords": "xã Phước Hưng, tin tức, thông báo", "blog.lang": "vi_VN",
          "user.name": EDITOR, "user.email": "bbt@phuochung.example", "core.encoding": "UTF-8"}
#: The editor's Vietnamese translation, in the keys and order of the bundled `en_US`.
VI_VN = {"archive": "Lưu trữ", "tags": "Bài viết có thẻ", "taglist": "Danh sách thẻ",
         "previous": "&laquo; Trước", "next": "Tiếp &raquo;", "more": "Xem tiếp &raquo;",
         "postedon": "Đăng ngày", "postedby": "bởi", "taggedas": "thẻ",
         **{month: f"Tháng {n}" for n, month in enumerate(
             ("january", "february", "march", "april", "may", "june", "july", "august",
              "september", "october", "november", "december"), start=1)}}


def missing() -> str | None:
    """Why a BlazeBlogger blog cannot be built here, or None when it can."""
    absent = [c for c in COMMANDS if shutil.which(c) is None]
    if absent:
        return f"{', '.join(absent)} not installed (Debian package blazeblogger)"
    return None


def site_articles() -> list[SampleArticle]:
    """The posts of the site, oldest first (`static.site_posts`)."""
    return site_posts(GENERATED_POSTS, seed=59)


def build(theme: str, articles: Iterable[SampleArticle], base_url: str) -> BenchSite:
    """Make a BlazeBlogger repository with `theme`'s settings for `base_url`, add `articles` as
    posts (oldest first) and the static pages, run `blaze-make`, put the posts' images and
    documents beside its output, and return every file as a page, with the truth of what it was
    given."""
    if theme not in THEME_SETTINGS:
        raise ValueError(f"the BlazeBlogger sites are {', '.join(THEMES)}, not {theme}")
    base = base_url.rstrip("/")
    posts = sorted(articles, key=lambda a: (a.published, a.slug))
    with tempfile.TemporaryDirectory(prefix="blazeblogger-") as tmp:
        blog, output = Path(tmp) / "blog", Path(tmp) / "public"
        blog.mkdir()
        output.mkdir()
        env = {"HOME": tmp}   # no ~/.blazeblogger of the machine's
        run_step("blaze-init", ["blaze-init", "-q", "-b", str(blog)], blog / ".blaze" / "config",
                 env=env)
        (blog / ".blaze" / "lang" / "vi_VN").write_text(translation(), encoding="utf-8")
        settings = {**COMMON, **THEME_SETTINGS[theme], "feed.baseurl": f"{base}/"}
        for option, value in settings.items():
            run_step("blaze-config", ["blaze-config", "-q", "-b", str(blog), option, value],
                     blog / ".blaze" / "config", env=env)
        for i, a in enumerate(posts):
            add(blog, Path(tmp), with_old_dates(a, i), i + 1, env)
        for title, slug, text in PAGES:
            source = Path(tmp) / f"{slug}.html"
            source.write_text(f"<p>{html.escape(text, quote=False)}</p>\n", encoding="utf-8")
            run_step("blaze-add", ["blaze-add", "-q", "-p", "-b", str(blog), "-a", EDITOR,
                                   "-t", title, "-u", slug, str(source)],
                     blog / ".blaze" / "pages" / "head", env=env)
        run_step("blaze-make", ["blaze-make", "-q", "-b", str(blog), "-d", str(output)],
                 output / "index.html", env=env, timeout=600)
        write_assets(output, posts)
        pages = served(output)
    truth = {f"{base}{article_path(a, i + 1)}": shown(theme, a, i) for i, a in enumerate(posts)}
    articles_paths = {article_path(a, i + 1) for i, a in enumerate(posts)}
    return BenchSite(f"blazeblogger {theme}", SITENAME, base,
                     with_redirected_directories(pages), truth, set(),
                     sorted(html_paths(pages) - articles_paths), foreign=(SUBTITLE,))


def shown(theme: str, a: SampleArticle, i: int) -> SampleArticle:
    """The article as the `theme` site publishes it: old dates in every fourth
    (`with_old_dates`), the day at 00:00 (`day_of`: all BlazeBlogger keeps of a date), the
    authors (the blog's `EDITOR` where the post names none) and tags where it prints them, no
    lead, byline line or category."""
    prints = THEME_SETTINGS[theme]
    authors = (a.authors or [EDITOR]) if prints["post.author"] != "none" else []
    tags = shown_tags(a.tags) if prints["post.tags"] != "none" else []
    return dataclasses.replace(with_old_dates(a, i), summary=None, byline=None, category="",
                               published=day_of(a.published), authors=authors, tags=tags)


def shown_tags(tags: Iterable[str]) -> list[str]:
    """A post's tags as `blaze-make` prints them: lower-cased by Perl's `lc` on the file's bytes,
    which lowers ASCII letters only ("Đại hội Đảng" stays "Đại hội Đảng"), without repeats,
    sorted (Perl's `sort` of UTF-8 bytes orders as code points do)."""
    return sorted({t.strip().translate(ASCII_LOWER) for t in tags if t.strip()})


# -- what BlazeBlogger is given ----------------------------------------------------------------------

def translation() -> str:
    """The editor's `vi_VN` translation file, in the format of the bundled ones."""
    return "[lang]\n" + "".join(f"{key}={value}\n" for key, value in VI_VN.items())


def add(blog: Path, tmp: Path, a: SampleArticle, post_id: int, env: dict[str, str]) -> None:
    """`blaze-add` the post `a` as its `post_id`-th post: its text from a file, its title, its
    authors (none: BlazeBlogger's default, `user.name`), its local day, its tags and its slug."""
    source = tmp / f"{a.slug}.html"
    source.write_text(text(a), encoding="utf-8")
    command = ["blaze-add", "-q", "-P", "-b", str(blog), "-t", a.title,
               "-d", f"{a.published.astimezone(VN):%Y-%m-%d}", "-u", a.slug]
    if a.authors:
        command += ["-a", ", ".join(a.authors)]
    if a.tags:
        command += ["-T", ", ".join(a.tags)]
    run_step("blaze-add", [*command, str(source)],
             blog / ".blaze" / "posts" / "head" / str(post_id), env=env)


def text(a: SampleArticle) -> str:
    """A post's text in HTML (`static.body_blocks`), each block a line of its own, with
    BlazeBlogger's `<!-- break -->` after the first paragraph."""
    blocks = body_blocks(a, lambda t: html.escape(t, quote=False), _figure,
                         lambda url, title: f'<p><a href="{html.escape(url)}">{title}</a></p>')
    # an escaped paragraph never starts with "<"; figures and links come as whole elements
    lines = [b if b.startswith("<") else f"<p>{b}</p>" for b in blocks]
    return "\n".join([*lines[:1], "<!-- break -->", *lines[1:]]) + "\n"


def _figure(url: str, caption: str | None) -> str:
    img = f'<img src="{html.escape(url)}" alt="" />'
    if not caption:
        return f"<p>{img}</p>"
    return f'<figure class="image">{img}<figcaption>{html.escape(caption, quote=False)}</figcaption></figure>'


# -- how the site answers ----------------------------------------------------------------------------

def with_redirected_directories(pages: dict[str, Page]) -> dict[str, Page]:
    """`pages` with each directory also at its address without the final slash, answered as a web
    server answers one (Apache's mod_dir, nginx): a 301 to the directory. BlazeBlogger links every
    directory that way."""
    moved = {p.rstrip("/"): Page(301, "text/plain; charset=utf-8", b"Moved Permanently\n",
                                 {"Location": p})
             for p in pages if p.endswith("/") and p != "/"}
    return {**moved, **pages}


# -- the truth of the addresses ----------------------------------------------------------------------

def article_path(a: SampleArticle, post_id: int) -> str:
    """`/YYYY/MM/<id>-<url>/`: the post's local month, its ID and the slug it was given."""
    return f"/{a.published.astimezone(VN):%Y/%m}/{post_id}-{a.slug}/"
