"""A real Astro 5 Starlight site with the starlight-blog plugin (`astro` 5.18,
`@astrojs/starlight` 0.37, `starlight-blog` 0.25, npm), on 127.0.0.1. Held out from tuning
(`GROUP`).

Written by a non-tuner on 2026-12-01, from software the project had never used: the project's
first Astro (`.astro` components rendered at build time, the pages shipped as static HTML with a
few scripts) and Starlight, Astro's documentation framework, with HiDeoo's blog plugin, at the
newest versions that run on Node.js 20 (Astro 6 and the plugin's later versions need Node.js 22).

The site is what Starlight's and the plugin's getting-started guides describe, its few files
written here (no `npm create astro` template is fetched): `astro.config.mjs` with the Starlight
integration and the plugin (the blog's title in Vietnamese, no global authors, its other options
left at their defaults), `src/content.config.ts` with Starlight's docs loader and schema extended
by the plugin's `blogSchema` and Starlight's i18n collection, and the content in `src/content/`: a
home page, a page per static page (the sidebar links them) and a Markdown post per article in
`docs/blog/`, with the plugin's front matter: title, the date as a YAML timestamp with its +07:00
offset, the authors inline (`{name}` each; none where the post names none), the tags, and the lead
as the `excerpt` the blog's listings print. `<figure>`/`<figcaption>` images and links to the
attached documents kept in `public/`. The site's one language is Vietnamese (Starlight's root
locale, `lang: "vi"`); Starlight's labels are its own Vietnamese ones, the plugin's the editor's
(`i18n/vi.json`, `LABELS`: the plugin ships no Vietnamese and without them prints its keys).
`astro build` renders it, in the editor's time zone (Asia/Ho_Chi_Minh), its site URL the
server's (for the canonical links, the sitemap and the blog's RSS), with Starlight's Pagefind
search index; its output directory is served as it is.

What the plugin prints on a post's page decides the truth: the title as the `<h1>` and in
`<title>`; the local day as Intl's medium style in Vietnamese ("14 thg 3, 2019") inside a
`<time>` whose `datetime` is the instant in UTC, so `published` is the time as given; each
author's name (none where the post names none); each tag as a link to its page, under the post.
No category (the plugin has none), no lead or byline on the page. Around the post: the sidebar
with the titles of the ten newest posts, every tag and every author with their counts, and the
previous and next posts' titles. Non-articles: the home page, the static pages, the blog's pages
(five posts each, with their excerpts, days and authors), a page per tag and per author, and
`404.html`.

The packages are pinned in bench/starblog/package-lock.json and installed beside it with
`npm ci --prefix bench/starblog` (Node.js 18.20.8, 20.3 or later). The truth comes from what
Astro was given, never from its output; tests/test_generated_sites.py checks the two agree.
"""

from __future__ import annotations

import dataclasses
import json
import math
import re
import tempfile
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import quote

from bench.generalisation.api import Page, SampleArticle
from bench.generalisation.portal import VN, BenchSite
from bench.generalisation.static import (
    PAGES,
    escape,
    markdown_body,
    npm_missing,
    run_generator,
    site_posts,
    with_old_dates,
    write_assets,
)
from bench.generalisation.templates import HELDOUT

HERE = Path(__file__).resolve().parent
GROUP = HELDOUT
#: Added on 2026-12-01 by a non-tuner; scored once, as fresh material, at 00:32 on 2026-12-02
#: (bench/RESULTS.md); the draw written before that score did not name it, so it stays held out.
FRESH = False
THEMES = ("starlight",)
NODE_AT_LEAST = (18, 20)   # astro 5's `engines`: 18.20.8, ^20.3.0 or >=22
GENERATED_POSTS = 23   # with the 27 sample articles, 50 posts
SITENAME = "Cổng thông tin điện tử xã Tân Phong"
DESCRIPTION = "Tin tức, thông báo của Đảng ủy, HĐND, UBND xã Tân Phong"
BLOG_TITLE = "Tin tức"
#: The plugin's blog prefix and its listing's page size (its defaults).
PREFIX = "blog"
POST_COUNT = 5
#: Astro's build with its telemetry off, in the editor's time zone (the plugin prints the day in
#: it).
ENVIRONMENT = {"ASTRO_TELEMETRY_DISABLED": "1", "TZ": "Asia/Ho_Chi_Minh",
               "NO_UPDATE_NOTIFIER": "1"}

CONFIG = """import starlight from "@astrojs/starlight";
import { defineConfig } from "astro/config";
import starlightBlog from "starlight-blog";

export default defineConfig({
  site: %(site)s,
  integrations: [
    starlight({
      title: %(title)s,
      description: %(description)s,
      defaultLocale: "root",
      locales: { root: { label: "Tiếng Việt", lang: "vi" } },
      sidebar: %(sidebar)s,
      plugins: [starlightBlog({ title: %(blog)s })],
    }),
  ],
});
"""
CONTENT_CONFIG = """import { defineCollection } from "astro:content";
import { docsLoader, i18nLoader } from "@astrojs/starlight/loaders";
import { docsSchema, i18nSchema } from "@astrojs/starlight/schema";
import { blogSchema } from "starlight-blog/schema";

export const collections = {
  docs: defineCollection({
    loader: docsLoader(),
    schema: docsSchema({ extend: (context) => blogSchema(context) }),
  }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
"""
#: The plugin's labels in Vietnamese, the editor's, in Starlight's `src/content/i18n/vi.json` (the
#: plugin ships none: without them its pages print the keys, "starlightBlog.post.date"); the date
#: in the plugin's own format, Intl's medium style in the page's language.
LABELS = {
    "starlightBlog.authors.count_one": "{{count}} bài viết của {{author}}",
    "starlightBlog.authors.count_other": "{{count}} bài viết của {{author}}",
    "starlightBlog.metrics.readingTime.minutes": " - {{count}} phút đọc",
    "starlightBlog.metrics.words_one": " - {{count}} từ",
    "starlightBlog.metrics.words_other": " - {{count}} từ",
    "starlightBlog.pagination.prev": "Bài mới hơn",
    "starlightBlog.pagination.next": "Bài cũ hơn",
    "starlightBlog.post.date": "{{date, datetime(dateStyle: medium)}}",
    "starlightBlog.post.lastUpdate":
        ' - Cập nhật: <time datetime="{{isoDate}}">{{date, datetime(dateStyle: medium)}}</time>',
    "starlightBlog.post.draft": "Bản nháp",
    "starlightBlog.post.featured": "Nổi bật",
    "starlightBlog.post.tags": "Thẻ:",
    "starlightBlog.sidebar.all": "Tất cả bài viết",
    "starlightBlog.sidebar.featured": "Bài viết nổi bật",
    "starlightBlog.sidebar.recent": "Bài viết mới",
    "starlightBlog.sidebar.tags": "Thẻ",
    "starlightBlog.sidebar.authors": "Tác giả",
    "starlightBlog.sidebar.rss": "RSS",
    "starlightBlog.tags.count_one": "{{count}} bài viết có thẻ “{{tag}}”",
    "starlightBlog.tags.count_other": "{{count}} bài viết có thẻ “{{tag}}”",
}
HOME = (f"---\ntitle: {json.dumps(SITENAME, ensure_ascii=False)}\n"
        f"description: {json.dumps(DESCRIPTION, ensure_ascii=False)}\n---\n\n"
        f"Chào mừng đến với trang thông tin điện tử xã Tân Phong. Xem [{BLOG_TITLE}](/{PREFIX}/).\n")


def missing() -> str | None:
    """Why the Starlight site cannot be built here, or None when it can."""
    return npm_missing(HERE, ("astro", "@astrojs/starlight", "starlight-blog"), NODE_AT_LEAST)


def site_articles() -> list[SampleArticle]:
    """The posts of the site, oldest first (`static.site_posts`)."""
    return site_posts(GENERATED_POSTS, seed=127)


def build(theme: str, articles: Iterable[SampleArticle], base_url: str) -> BenchSite:
    """Write `articles` as posts of a Starlight site with starlight-blog, run `astro build`, and
    return every file it wrote as a page, with the truth of what it was given. `theme` is
    starlight (the only one in THEMES)."""
    if theme not in THEMES:
        raise ValueError(f"bench/starblog builds with {THEMES[0]}, not {theme}")
    base = base_url.rstrip("/")
    posts = sorted(articles, key=lambda a: (a.published, a.slug))
    pages = generate(posts, base)
    truth = {f"{base}{article_path(a)}": shown(a, i) for i, a in enumerate(posts)}
    return BenchSite(f"starblog {theme}", SITENAME, base, pages, truth, set(),
                     sorted(non_articles(posts)))


def generate(posts: list[SampleArticle], base: str) -> dict[str, Page]:
    """Write the site (`write_site`) in a temporary directory under bench/starblog, where it finds
    the packages `npm ci` installed as a project finds its own (Astro does not build a project
    whose `node_modules` is a link out of it), run `astro build` on it, and return what it wrote."""
    with tempfile.TemporaryDirectory(prefix=".build-", dir=HERE) as tmp:
        site, output = Path(tmp) / "site", Path(tmp) / "html"
        write_site(site, posts, base)
        command = ["node", str(HERE / "node_modules/astro/astro.js"), "build", "--root", str(site),
                   "--outDir", str(output), "--silent"]
        return run_generator("astro build", command, Path(tmp), output, env=ENVIRONMENT)


def shown(a: SampleArticle, i: int) -> SampleArticle:
    """The article as the plugin prints it: old dates in every fourth (`with_old_dates`), the
    time as given, the authors and tags; no category, lead or byline."""
    return dataclasses.replace(with_old_dates(a, i), category="", summary=None, byline=None)


def non_articles(posts: list[SampleArticle]) -> list[str]:
    """Every HTML page the site has besides the posts: the home page, the static pages, the
    blog's pages, a page per tag and per author, and `404.html`."""
    blog = [f"/{PREFIX}/"] + [f"/{PREFIX}/{n}/"
                              for n in range(2, math.ceil(len(posts) / POST_COUNT) + 1)]
    tags = sorted({tag_slug(t) for a in posts for t in a.tags})
    authors = sorted({tag_slug(n) for a in posts for n in a.authors})
    return ["/", "/404.html", *(f"/{slug}/" for _, slug, _ in PAGES), *blog,
            *(quote(f"/{PREFIX}/tags/{t}/") for t in tags),
            *(quote(f"/{PREFIX}/authors/{n}/") for n in authors)]


def tag_slug(name: str) -> str:
    """The plugin's address for a tag or an author's name, as github-slugger makes it: lower
    case, punctuation dropped, each space a "-" ("Quy chế dân chủ ở cơ sở" →
    "quy-chế-dân-chủ-ở-cơ-sở")."""
    return re.sub(r"[^\w\- ]", "", name.lower()).replace(" ", "-")


# -- what Astro is given -----------------------------------------------------------------------------

def write_site(site: Path, posts: list[SampleArticle], base: str) -> None:
    """The guides' files, the home page, a page per static page, one Markdown post per article in
    `blog/`, and the images and PDFs the posts link (in `public/`, which Astro copies as it is)."""
    docs = site / "src" / "content" / "docs"
    (docs / PREFIX).mkdir(parents=True)
    sidebar = [{"label": title, "slug": slug} for title, slug, _ in PAGES]
    values = {"site": f"{base}/", "title": SITENAME, "description": DESCRIPTION,
              "sidebar": sidebar, "blog": BLOG_TITLE}
    (site / "astro.config.mjs").write_text(
        CONFIG % {k: json.dumps(v, ensure_ascii=False) for k, v in values.items()},
        encoding="utf-8")
    (site / "src" / "content.config.ts").write_text(CONTENT_CONFIG, encoding="utf-8")
    (site / "package.json").write_text('{"name": "xa-tan-phong", "type": "module", "private": true}\n',
                                       encoding="utf-8")
    (docs / "index.md").write_text(HOME, encoding="utf-8")
    (site / "src" / "content" / "i18n").mkdir()
    (site / "src" / "content" / "i18n" / "vi.json").write_text(
        json.dumps(LABELS, ensure_ascii=False, indent=2), encoding="utf-8")
    for title, slug, text in PAGES:
        (docs / f"{slug}.md").write_text(
            f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\n---\n\n{escape(text)}\n",
            encoding="utf-8")
    for i, a in enumerate(posts):
        (docs / PREFIX / f"{a.slug}.md").write_text(post(with_old_dates(a, i)), encoding="utf-8")
    write_assets(site / "public", posts)


def post(a: SampleArticle) -> str:
    """A post with the plugin's front matter: the title, the time as a YAML timestamp with its
    offset, the authors inline, the tags, the lead as the excerpt; JSON is YAML, so the values
    are written as JSON."""
    front = {"title": a.title, "date": a.published.astimezone(VN).isoformat(),
             "authors": [{"name": n} for n in a.authors] or None, "tags": a.tags or None,
             "excerpt": a.summary}
    head = "".join(f"{k}: {v if k == 'date' else json.dumps(v, ensure_ascii=False)}\n"
                   for k, v in front.items() if v)
    return f"---\n{head}---\n\n{markdown_body(a)}"


def article_path(a: SampleArticle) -> str:
    """Starlight's address for `blog/<slug>.md`."""
    return f"/{PREFIX}/{a.slug}/"
