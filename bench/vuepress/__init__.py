"""A real VuePress 1 blog (npm's `vuepress` with its official blog theme `@vuepress/theme-blog`),
on 127.0.0.1.

An eleventh real CMS of issue 10, written by someone who does not tune the extractor (it stands
where the Eleventy base blog was asked for: npm has no release of it, only a 2020 copy of its v5
published by a third party that pulls netlify-cli in). The site is what the blog theme's guide
describes: `.vuepress/config.js` naming the theme, the site's title and Vietnamese `lang`, the
theme's `dateFormat` set to the Vietnamese day `DD/MM/YYYY`, a nav and a footer copyright; posts
in `_posts/` listed five a page at `/`, tags at `/tag/`. Each post is a Markdown file: title,
date to the minute with +07:00 (written as a string, so `datetime` keeps it as given), author,
tags, `<figure>`/`<figcaption>` images and links to PDFs kept in `.vuepress/public/`. The two
static pages are `<slug>/README.md`. `vuepress build` renders it (webpack 4, run with Node's
legacy OpenSSL provider it needs on Node 17 or later, in Vietnam's time zone, which decides the
day in each post's address) and its output directory is served as it is.

What the theme prints decides the truth: the title as the post's `<h1>`, the author field as
written (several names as one "A, B" string, nothing for posts naming none), the day only, as
dayjs formats it in UTC (`<time datetime>` holds the instant as given, with +07:00, so the truth
keeps the minute, as for bench/hexo), each tag as a link. The theme has no category, so the truth
has none. Non-articles: the post listing's pages, the tags index and each tag's pages, the static
pages and `404.html`.

The packages are pinned in bench/vuepress/package-lock.json and installed beside it with
`npm ci --prefix bench/vuepress` (Node.js 18 or later). The truth comes from what VuePress was
given, never from its output; tests/test_generated_sites.py checks the two agree.

    site = build("blog", site_articles(), "http://127.0.0.1:8000")
"""

from __future__ import annotations

import dataclasses
import json
import tempfile
from collections import Counter
from collections.abc import Iterable
from datetime import timedelta, timezone
from pathlib import Path
from urllib.parse import quote

from bench.generalisation.api import Page, SampleArticle
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
#: Scored fresh once (2026-11-30 08:44, bench/RESULTS.md), then opened to tuning: not fresh any more.
FRESH = False
THEMES = ("blog",)
NODE_AT_LEAST = (18, 0)
GENERATED_POSTS = 23   # with the 27 sample articles, 50 posts
VN = timezone(timedelta(hours=7))
SITENAME = "Trang thông tin điện tử Hội Nông dân xã Đông Hưng"
#: The footer's copyright line, printed on every page.
FOOTER = "Bản quyền © Hội Nông dân xã Đông Hưng"
#: The theme's defaults: posts per listing page (its `globalPagination`) and the tags' listings.
PAGE_SIZE, POSTS, TAGS = 5, "_posts", "tag"
#: How VuePress is run: no registry asked for updates, the hashes webpack 4 uses, Vietnam's clock.
ENVIRONMENT = {"NO_UPDATE_NOTIFIER": "1", "NODE_OPTIONS": "--openssl-legacy-provider",
               "TZ": "Asia/Ho_Chi_Minh"}


def missing() -> str | None:
    """Why a VuePress site cannot be built here, or None when it can."""
    return npm_missing(HERE, ("vuepress", "@vuepress/theme-blog"), NODE_AT_LEAST)


def site_articles() -> list[SampleArticle]:
    """The posts of the site, oldest first (`static.site_posts`)."""
    return site_posts(GENERATED_POSTS, seed=43)


def build(theme: str, articles: Iterable[SampleArticle], base_url: str) -> BenchSite:
    """Write `articles` as posts of a VuePress site in the blog theme, run `vuepress build`, and
    return every file it wrote as a page, with the truth of what it was given. `theme` is the
    official blog theme (the only one in THEMES)."""
    if theme not in THEMES:
        raise ValueError(f"bench/vuepress builds with @vuepress/theme-{THEMES[0]}, not {theme}")
    base = base_url.rstrip("/")
    posts = sorted(articles, key=lambda a: (a.published, a.slug))
    pages = generate(HERE, config(theme), posts)
    truth = {f"{base}{article_path(a)}": shown(a, i) for i, a in enumerate(posts)}
    return BenchSite(f"vuepress {theme}", SITENAME, base, pages, truth, set(),
                     sorted(non_articles(posts)), foreign=(FOOTER,))


def generate(home: Path, config_js: str, posts: list[SampleArticle], category: bool = False,
             home_page: str = "") -> dict[str, Page]:
    """Write `posts` (oldest first) as the posts of a VuePress site whose `.vuepress/config.js` is
    `config_js` (`write_content`: their categories when `category`; `README.md` the `home_page`
    where given), run `vuepress build` with the packages `npm ci` installed in `home`
    (bench/vuepress, bench/vuepresshope), and return every file it wrote as a page."""
    modules = home / "node_modules"
    with tempfile.TemporaryDirectory(prefix=f"{home.name}-") as tmp:
        site, output = Path(tmp) / "site", Path(tmp) / "html"
        (Path(tmp) / "node_modules").symlink_to(modules)
        (site / ".vuepress").mkdir(parents=True)
        (site / ".vuepress" / "config.js").write_text(config_js, encoding="utf-8")
        if home_page:
            (site / "README.md").write_text(home_page, encoding="utf-8")
        write_content(site, posts, category)
        # its temporary files and cache in the build's directory, not beside its own code
        command = ["node", str(modules / "vuepress/cli.js"), "build", str(site), "--dest",
                   str(output), "--temp", f"{tmp}/temp", "--cache", f"{tmp}/cache"]
        return run_generator("vuepress build", command, Path(tmp), output, env=ENVIRONMENT)


def shown(a: SampleArticle, i: int) -> SampleArticle:
    """The article as the site publishes it: old dates in every fourth (`with_old_dates`), no
    category (the theme has none; the post's category is not given to VuePress)."""
    return dataclasses.replace(with_old_dates(a, i), category="")


# -- what VuePress is given --------------------------------------------------------------------------

def config(theme: str) -> str:
    """`.vuepress/config.js` as the blog theme's guide writes it, for a Vietnamese site; JSON is a
    JavaScript expression, so the settings are written as JSON."""
    values = {
        "title": SITENAME, "description": "Tin hoạt động của Hội Nông dân xã Đông Hưng",
        "locales": {"/": {"lang": "vi"}}, "theme": f"@vuepress/{theme}",
        "themeConfig": {
            "dateFormat": "DD/MM/YYYY",
            "nav": [{"text": "Tin tức", "link": "/"}, {"text": "Thẻ", "link": f"/{TAGS}/"},
                    *({"text": title, "link": f"/{slug}/"} for title, slug, _ in PAGES)],
            "footer": {"copyright": [{"text": FOOTER}]},
        },
    }
    return f"module.exports = {json.dumps(values, ensure_ascii=False, indent=1)}\n"


def write_content(site: Path, posts: list[SampleArticle], category: bool = False) -> None:
    """One Markdown post per article in `_posts/` (its category in the front matter where the
    theme has categories: bench/vuepresshope), a page per static page, and the images and PDFs
    the posts link (under `.vuepress/public/`, which VuePress copies as it is)."""
    (site / POSTS).mkdir()
    for i, a in enumerate(posts):
        (site / POSTS / f"{a.slug}.md").write_text(post(with_old_dates(a, i), category),
                                                   encoding="utf-8")
    for title, slug, text in PAGES:
        (site / slug).mkdir()
        (site / slug / "README.md").write_text(
            f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\n---\n\n# {escape(title)}\n\n"
            f"{escape(text)}\n", encoding="utf-8")
    write_assets(site / ".vuepress" / "public", posts)


def post(a: SampleArticle, category: bool = False) -> str:
    """A post with front matter: the author as one "A, B" string (the theme takes one), the
    date as a string with its offset, the category when `category`."""
    front = {"title": a.title, "date": a.published.astimezone(VN).isoformat(timespec="seconds"),
             "author": ", ".join(a.authors), "tags": a.tags}
    if category:
        front["category"] = a.category
    head = "".join(f"{k}: {json.dumps(v, ensure_ascii=False)}\n" for k, v in front.items() if v)
    return f"---\n{head}---\n\n{markdown_body(a)}"


# -- the truth of the addresses ----------------------------------------------------------------------

def article_path(a: SampleArticle) -> str:
    """The blog plugin's `/:year/:month/:day/:slug` in Vietnam's time (the build's zone), where
    the slug is the file's name."""
    return f"/{a.published.astimezone(VN):%Y/%m/%d}/{a.slug}/"


def non_articles(posts: list[SampleArticle]) -> set[str]:
    """Every HTML page VuePress writes besides the posts: the post listing at `/` and its further
    pages, the tags index, each tag's listing and its further pages (`page/N/`), the static pages
    and the 404 page."""
    counts = Counter({"/": len(posts)})
    counts.update(quote(f"/{TAGS}/{t}/") for a in posts for t in set(a.tags))
    out = {p for first, count in counts.items() for p in paged(first, count, PAGE_SIZE, "page")}
    return out | {f"/{TAGS}/", "/404.html"} | {f"/{slug}/" for _, slug, _ in PAGES}
