"""A real Jekyll 4.3 site in the minima theme (Debian's `jekyll`, `jekyll-theme-minima`,
`ruby-jekyll-feed`), on 127.0.0.1.

A sixth real CMS of issue 10, written by someone who does not tune the extractor. The site starts
as `jekyll new --skip-bundle` writes it (minima, jekyll-feed, its `404.html`); its `_config.yml` is
then a Vietnamese commune's (`lang: vi`, `timezone: Asia/Ho_Chi_Minh`, minima's `date_format`
day first to the minute, excerpts on the home page) and the sample articles and some generated
ones are written as posts with front matter the way its editor writes them (dates to the minute
with +07:00, categories, tags, `author`, `<figure>`/`<figcaption>` images, PDF links). Without the
jekyll-archives plugin (GitHub Pages has none) the site lists its categories the way such sites
do by hand: a page per category and one page of every tag, each a Liquid loop Jekyll renders.
`jekyll build` renders it and `_site/` is served as it is.

What minima prints decides the truth: the title, the time in `date_format` (`datetime` with
+07:00) and `page.author` as it is written (several names joined by ", ", nothing for posts naming
none); never the categories or tags, so the truth has neither. Non-articles: the home page (every
post with its excerpt, no pagination), the category pages and their index, the tag page, two
static pages and `jekyll new`'s `404.html`.

The truth comes from what Jekyll was given, never from its output;
tests/test_generated_sites.py checks the two agree.

    site = build("minima", site_articles(), "http://127.0.0.1:8000")

`missing()` says why it cannot run here.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
import subprocess
import tempfile
from collections.abc import Iterable
from datetime import timedelta, timezone
from pathlib import Path

from bench.generalisation.api import SampleArticle, slugify
from bench.generalisation.portal import BenchSite
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

#: Scored fresh once (2026-11-30 06:20, bench/RESULTS.md), then opened to tuning: not fresh any more.
FRESH = False
THEMES = ("minima",)
GENERATED_POSTS = 23   # with the 27 sample articles, 50 posts
VN = timezone(timedelta(hours=7))
SITENAME = "Cổng thông tin điện tử xã Phước Hòa"
EMAIL = "ubnd@phuochoa.example.vn"
DESCRIPTION = "Tin tức, thông báo của Đảng ủy, HĐND, UBND xã Phước Hòa, huyện Phú Lâm"
#: How the site writes a time: day first, to the minute (minima's `date_format`, strftime).
DATE_FORMAT = "%d/%m/%Y %H:%M"
#: Where the hand-written listing pages live.
PATHS = {"category": "chuyen-muc", "tag": "the"}
#: Front matter and Liquid of the page listing one category's posts, newest first, as minima's
#: home lists them.
CATEGORY_PAGE = """---
layout: page
title: {title}
permalink: /{path}/{slug}/
---
<ul class="post-list">
{{%- for post in site.categories[{key}] -%}}
  <li>
    <span class="post-meta">{{{{ post.date | date: site.minima.date_format }}}}</span>
    <h3><a class="post-link" href="{{{{ post.url | relative_url }}}}">{{{{ post.title | escape }}}}</a></h3>
  </li>
{{%- endfor -%}}
</ul>
"""
CATEGORIES_PAGE = """---
layout: page
title: Chuyên mục
permalink: /{path}/
---
<ul>
{links}
</ul>
"""
TAGS_PAGE = """---
layout: page
title: Thẻ
permalink: /{path}/
---
{%- for tag in site.tags %}
<h2 id="{{ tag[0] | slugify }}">{{ tag[0] }}</h2>
<ul>
  {%- for post in tag[1] %}
  <li><a href="{{ post.url | relative_url }}">{{ post.title | escape }}</a></li>
  {%- endfor %}
</ul>
{%- endfor %}
"""


def missing() -> str | None:
    """Why a Jekyll site in minima cannot be built here, or None when it can."""
    if shutil.which("jekyll") is None:
        return "jekyll is not installed (Debian packages jekyll, jekyll-theme-minima, ruby-jekyll-feed)"
    gems = subprocess.run(["gem", "list", "--local", "--no-versions"], capture_output=True,
                          text=True).stdout.split()
    for gem, package in (("minima", "jekyll-theme-minima"), ("jekyll-feed", "ruby-jekyll-feed")):
        if gem not in gems:
            return f"the {gem} gem is not installed (Debian package {package})"
    return None


def site_articles() -> list[SampleArticle]:
    """The posts of the site, oldest first (`static.site_posts`)."""
    return site_posts(GENERATED_POSTS, seed=23)


def build(theme: str, articles: Iterable[SampleArticle], base_url: str) -> BenchSite:
    """Start a site with `jekyll new`, write `articles` as its posts, run `jekyll build` with
    `theme` for `base_url`, and return every file it wrote as a page, with the truth of what it
    was given."""
    base = base_url.rstrip("/")
    posts = sorted(articles, key=lambda a: (a.published, a.slug))
    with tempfile.TemporaryDirectory(prefix="jekyll-") as tmp:
        site = Path(tmp) / "site"
        run_step("jekyll new", ["jekyll", "new", str(site), "--skip-bundle"], site / "_config.yml")
        # Debian's gems serve the build: no Gemfile for Bundler, none of the sample content
        for sample in (site / "Gemfile", site / "about.markdown", *(site / "_posts").iterdir()):
            sample.unlink()
        (site / "_config.yml").write_text(config(base, theme), encoding="utf-8")
        write_content(site, posts)
        jekyll = ["jekyll", "build", "--quiet", "--source", str(site),
                  "--destination", str(site / "_site")]
        pages = run_generator("jekyll build", jekyll, site, site / "_site")
    truth = {f"{base}{article_path(a)}": shown(a, i) for i, a in enumerate(posts)}
    return BenchSite(f"jekyll {theme}", SITENAME, base, pages, truth, set(),
                     sorted(non_articles(posts)), foreign=(DESCRIPTION,))


def shown(a: SampleArticle, i: int) -> SampleArticle:
    """The article as the site publishes it: old dates in every fourth (`with_old_dates`), no
    category and no tags (minima prints neither on a post)."""
    return dataclasses.replace(with_old_dates(a, i), category="", tags=[])


# -- what Jekyll is given ----------------------------------------------------------------------------

def config(base_url: str, theme: str) -> str:
    """_config.yml for a Vietnamese commune site at `base_url`; JSON is YAML, so it is JSON."""
    values = {
        "title": SITENAME, "email": EMAIL, "description": DESCRIPTION, "lang": "vi",
        "baseurl": "", "url": base_url, "timezone": "Asia/Ho_Chi_Minh",
        "theme": theme, "plugins": ["jekyll-feed"],
        "permalink": "/:year/:month/:day/:title.html", "show_excerpts": True,
        "minima": {"date_format": DATE_FORMAT},
        "header_pages": [f"{slug}.md" for _, slug, _ in PAGES]
                        + [f"{PATHS['category']}/index.html", f"{PATHS['tag']}/index.html"],
    }
    return json.dumps(values, ensure_ascii=False, indent=1) + "\n"


def write_content(site: Path, posts: list[SampleArticle]) -> None:
    """One post per article, the home page, the static pages, the hand-written category and tag
    pages, and the images and PDFs the posts link."""
    for i, a in enumerate(posts):
        name = f"{a.published.astimezone(VN):%Y-%m-%d}-{a.slug}.md"
        (site / "_posts" / name).write_text(post(with_old_dates(a, i)), encoding="utf-8")
    write_assets(site, posts)
    (site / "index.markdown").write_text("---\nlayout: home\nlist_title: Tin mới nhất\n---\n",
                                         encoding="utf-8")
    for title, slug, text in PAGES:
        (site / f"{slug}.md").write_text(
            f"---\nlayout: page\ntitle: {json.dumps(title, ensure_ascii=False)}\n"
            f"permalink: /{slug}/\n---\n{escape(text)}\n", encoding="utf-8")
    categories = sorted({a.category for a in posts})
    (site / PATHS["category"]).mkdir()
    links = "\n".join(f'<li><a href="/{PATHS["category"]}/{slugify(c)}/">{c}</a></li>'
                      for c in categories)
    (site / PATHS["category"] / "index.html").write_text(
        CATEGORIES_PAGE.format(path=PATHS["category"], links=links), encoding="utf-8")
    for c in categories:
        quoted = json.dumps(c, ensure_ascii=False)
        (site / PATHS["category"] / f"{slugify(c)}.html").write_text(
            CATEGORY_PAGE.format(title=quoted, path=PATHS["category"], slug=slugify(c), key=quoted),
            encoding="utf-8")
    (site / PATHS["tag"]).mkdir()
    (site / PATHS["tag"] / "index.html").write_text(TAGS_PAGE.replace("{path}", PATHS["tag"]),
                                                    encoding="utf-8")


def post(a: SampleArticle) -> str:
    """A post with front matter; minima prints `author` as it is written."""
    front = {"layout": "post", "title": a.title, "categories": [a.category], "tags": a.tags,
             "author": ", ".join(a.authors), "description": a.summary or ""}
    head = "".join(f"{k}: {json.dumps(v, ensure_ascii=False)}\n" for k, v in front.items() if v)
    head += f"date: {a.published.astimezone(VN):%Y-%m-%d %H:%M:%S %z}\n"
    return f"---\n{head}---\n{markdown_body(a)}"


# -- the truth of the addresses ----------------------------------------------------------------------

def article_path(a: SampleArticle) -> str:
    return f"/{a.published.astimezone(VN):%Y/%m/%d}/{a.slug}.html"


def non_articles(posts: list[SampleArticle]) -> set[str]:
    """Every HTML page the site has besides its posts, as site paths: the home page, the category
    index and each category's page, the tag page, the static pages and `404.html`."""
    out = {"/", f"/{PATHS['category']}/", f"/{PATHS['tag']}/", "/404.html"}
    out |= {f"/{PATHS['category']}/{slugify(a.category)}/" for a in posts}
    return out | {f"/{slug}/" for _, slug, _ in PAGES}
