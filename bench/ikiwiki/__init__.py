"""A real ikiwiki blog (Debian's `ikiwiki` 3.20200202) in its bundled actiontabs theme, on
127.0.0.1.

An eighth real CMS of issue 10, written by someone who does not tune the extractor. The site is
ikiwiki's own blog example (`/usr/share/ikiwiki/examples/blog`, the one its `auto-blog.setup`
installs: a home page and a `posts` page that `inline` the posts, a sidebar, tags and archives
pages) built by `ikiwiki --setup` from a setup file ikiwiki dumps itself (`--dumpsetup`) with the
plugins `auto-blog.setup` adds that need no CGI (goodstuff, which brings `tag` and `meta`, and
sidebar), the theme plugin with actiontabs, RSS and Atom, HTML5, `tag_autocreate`, the time zone
Asia/Ho_Chi_Minh and a day-first `timeformat` to the minute. The sample articles and some
generated ones are written as Markdown posts the way its editor writes them: `meta` title, date
(to the minute, +07:00) and author, `tag`, `<figure>`/`<figcaption>` images and links to PDFs.
No CGI, no VCS: each post's file is dated to its publish time, as a post committed when it was
published and never edited is.

What actiontabs prints decides the truth: the title in the page header, the time as "Last edited"
(`<time datetime>` in UTC, the text local; ikiwiki takes it from the file, which is the publish
time), the tags in the footer. The authors are in `<meta name="author">` only (several names as
one "A, B" string; none for posts naming none). ikiwiki has no categories, so the truth has none.
Non-articles: the example's pages (home with the ten newest posts in full, all posts, sidebar,
tags, archives), a page per tag, two static pages and the pages of ikiwiki's basewiki and smiley
underlays (help pages, sandbox, shortcuts, templates, recent changes, smileys).

The truth comes from what ikiwiki was given, never from its output;
tests/test_generated_sites.py checks the two agree.

    site = build("actiontabs", site_articles(), "http://127.0.0.1:8000")

`missing()` says why it cannot run here.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import quote

from bench.generalisation.api import SampleArticle
from bench.generalisation.portal import VN, BenchSite
from bench.generalisation.static import (
    PAGES,
    escape,
    markdown_body,
    run_generator,
    run_step,
    site_posts,
    with_old_dates,
    write_assets,
)

#: Scored fresh once (2026-11-30 06:47, bench/RESULTS.md), then opened to tuning: not fresh any more.
FRESH = False
THEMES = ("actiontabs",)
GENERATED_POSTS = 23   # with the 27 sample articles, 50 posts
SITENAME = "Trang tin điện tử xã Hòa An"
#: What actiontabs prints under every page's text: the time it was last edited.
FOOTER = "Last edited"
#: Where Debian installs ikiwiki's blog example and its basewiki underlay.
SHARE = Path("/usr/share/ikiwiki")
EXAMPLE = SHARE / "examples" / "blog"
#: The underlays whose pages the site gets: the basewiki's and goodstuff's smiley plugin's.
UNDERLAYS = (SHARE / "basewiki", SHARE / "smiley")
#: How the site writes a time (ikiwiki's `timeformat`, strftime).
TIMEFORMAT = "%d/%m/%Y %H:%M"
#: The plugins of `auto-blog.setup` that work without a CGI, and the theme's.
PLUGINS = ("goodstuff", "sidebar", "theme")
#: Settings of the dumped setup file the editor changes, as YAML scalars.
SETTINGS = {"wikiname": SITENAME, "timezone": "Asia/Ho_Chi_Minh", "locale": "C.UTF-8",
            "discussion": 0, "tagbase": "tags", "tag_autocreate": 1, "html5": 1, "rss": 1,
            "atom": 1, "timeformat": TIMEFORMAT, "theme": THEMES[0]}


def missing() -> str | None:
    """Why an ikiwiki site cannot be built here, or None when it can."""
    if shutil.which("ikiwiki") is None:
        return "ikiwiki is not installed (Debian package ikiwiki)"
    if not EXAMPLE.is_dir() or not (SHARE / "themes" / THEMES[0]).is_dir():
        return f"ikiwiki's blog example or {THEMES[0]} theme is not under {SHARE}"
    return None


def site_articles() -> list[SampleArticle]:
    """The posts of the site, oldest first (`static.site_posts`)."""
    return site_posts(GENERATED_POSTS, seed=31)


def build(theme: str, articles: Iterable[SampleArticle], base_url: str) -> BenchSite:
    """Copy ikiwiki's blog example, write `articles` as its posts, dump a setup file for
    `base_url` in `theme`, run `ikiwiki --setup` with it, and return every file it wrote as a
    page, with the truth of what it was given."""
    if theme not in THEMES:
        raise ValueError(f"the ikiwiki site is built in {THEMES[0]}, not {theme}")
    base = base_url.rstrip("/")
    posts = sorted(articles, key=lambda a: (a.published, a.slug))
    with tempfile.TemporaryDirectory(prefix="ikiwiki-") as tmp:
        src, dest, setup = Path(tmp) / "src", Path(tmp) / "public_html", Path(tmp) / "site.setup"
        shutil.copytree(EXAMPLE, src)
        write_content(src, posts)
        plugins = [f"--plugin={p}" for p in PLUGINS]
        run_step("ikiwiki --dumpsetup", ["ikiwiki", str(src), str(dest), f"--url={base}", *plugins,
                                         "--dumpsetup", str(setup)], setup)
        setup.write_text(configure(setup.read_text(encoding="utf-8")), encoding="utf-8")
        pages = run_generator("ikiwiki", ["ikiwiki", "--setup", str(setup)], src, dest)
    truth = {f"{base}{article_path(a)}": shown(a, i) for i, a in enumerate(posts)}
    return BenchSite(f"ikiwiki {theme}", SITENAME, base, pages, truth, set(),
                     sorted(non_articles(posts)), foreign=(FOOTER,))


def shown(a: SampleArticle, i: int) -> SampleArticle:
    """The article as the site publishes it: old dates in every fourth (`with_old_dates`), no
    category (ikiwiki has none)."""
    return dataclasses.replace(with_old_dates(a, i), category="")


# -- what ikiwiki is given ---------------------------------------------------------------------------

def configure(setup: str) -> str:
    """The dumped setup file with the editor's SETTINGS (JSON strings are YAML scalars)."""
    for key, value in SETTINGS.items():
        line = f"{key}: {json.dumps(value, ensure_ascii=False)}"
        setup, found = re.subn(rf"^#?\s*{key}:.*$", lambda _, line=line: line, setup, count=1,
                               flags=re.M)
        if not found:
            setup += line + "\n"
    return setup


def write_content(src: Path, posts: list[SampleArticle]) -> None:
    """The example without its sample posts and its comments page (comments need the CGI), one
    post per article dated to its publish time, the static pages, and the images and downloads
    the posts link."""
    for sample in (*(src / "posts").iterdir(), src / "comments.mdwn"):
        sample.unlink()
    sidebar = src / "sidebar.mdwn"
    sidebar.write_text(sidebar.read_text(encoding="utf-8").replace("[[Recent Comments|comments]]\n\n", ""),
                       encoding="utf-8")
    for i, a in enumerate(posts):
        path = src / "posts" / f"{a.slug}.mdwn"
        path.write_text(post(with_old_dates(a, i)), encoding="utf-8")
        os.utime(path, (a.published.timestamp(), a.published.timestamp()))
    for title, slug, text in PAGES:
        (src / f"{slug}.mdwn").write_text(f'[[!meta title="""{title}"""]]\n\n{escape(text)}\n',
                                          encoding="utf-8")
    write_assets(src, posts)


def post(a: SampleArticle) -> str:
    """A post: `meta` title, date and author, `tag` (a tag's spaces kept by quoting it), then the
    Markdown text (`static.markdown_body`)."""
    head = [f'[[!meta title="""{a.title}"""]]',
            f'[[!meta date="{a.published.astimezone(VN).isoformat()}"]]']
    if a.authors:
        head.append(f'[[!meta author="""{", ".join(a.authors)}"""]]')
    if a.tags:
        head.append("[[!tag " + " ".join(f'"{t}"' for t in a.tags) + "]]")
    return "\n".join(head) + "\n\n" + markdown_body(a)


# -- the truth of the addresses ----------------------------------------------------------------------

def article_path(a: SampleArticle) -> str:
    return f"/posts/{a.slug}/"


def non_articles(posts: list[SampleArticle]) -> set[str]:
    """Every HTML page ikiwiki writes besides the posts, as percent-encoded site paths: each
    Markdown page of the example and of the underlays (`usedirs`: `a/b.mdwn` at `/a/b/`,
    `index.mdwn` at `/`), the static pages, the tags' pages (a tag's spaces become `_`)."""
    sources = [p.relative_to(d).as_posix() for d in (EXAMPLE, *UNDERLAYS) for p in d.rglob("*.mdwn")]
    out = {"/" if s == "index.mdwn" else f"/{s.removesuffix('.mdwn')}/"
           for s in sources if not s.startswith(("posts/", "comments."))}
    out |= {f"/{slug}/" for _, slug, _ in PAGES}
    out |= {f"/tags/{t.replace(' ', '_')}/" for a in posts for t in a.tags}
    return {quote(p) for p in out}
