"""A real Docusaurus 3 site (npm's `@docusaurus/core` with its `classic` preset) as
`create-docusaurus` writes it, its blog holding the posts, on 127.0.0.1.

A tenth real CMS of issue 10, written by someone who does not tune the extractor. The project is
what `create-docusaurus site classic` writes (its config, home page and components, the tutorial
docs, a Markdown page, the sample blog with its `authors.yml` and `tags.yml`); the site's editor
then does what a Vietnamese site's editor would: names the site, gives it its address and the
Vietnamese locale (`i18n.defaultLocale: 'vi'`, the theme's own Vietnamese strings), turns trailing
slashes on (the served directories' addresses) and CommonMark for `.md` files (so a post's HTML
`<figure>` is HTML, not JSX), replaces the sample posts with the site's, and lists its authors in
`authors.yml` (each with an author page) and its tags in `tags.yml`. Each post is a Markdown file:
title, slug, date to the minute with +07:00, authors, tags, a `<!-- truncate -->` after the first
paragraph, `<figure>`/`<figcaption>` images and links to PDFs kept in `static/` (written
`pathname://`, Docusaurus's way to link a static file as it is). The two static pages are
`src/pages/*.md`. `docusaurus build` renders it (Rspack, `@docusaurus/faster`, as the template's
`future.v4` asks) and its output directory is served as it is.

What the classic theme prints decides the truth: the title as the post's `<h1>`, the day only as
`Intl` writes it in Vietnamese for the UTC day (`<time datetime="…Z">` and the BlogPosting JSON-LD
hold the instant in UTC, so the truth keeps the minute, as for bench/hexo), each author's name
linked to the author page, each tag's label. Docusaurus has no category, so the truth has none.
Non-articles: the home page, the blog's pages, the archive, the tags and authors indexes with each
tag's and author's pages, the tutorial docs with their category pages, the Markdown page, the
static pages and `404.html`.

The packages are pinned in bench/docusaurus/package-lock.json and installed beside it with
`npm ci --prefix bench/docusaurus` (Node.js 20 or later; package.json holds `@swc/html`, which
`@docusaurus/faster` minifies with, at 1.16.2, the newest whose builds for every platform the
registry has: with a newer one the lock file cannot list them all and `npm ci` refuses it). The
truth comes from what Docusaurus was given, never from its output; tests/test_generated_sites.py
checks the two agree.

    site = build("classic", site_articles(), "http://127.0.0.1:8000")
"""

from __future__ import annotations

import dataclasses
import json
import re
import shutil
import tempfile
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from bench.generalisation.api import SampleArticle, slugify
from bench.generalisation.portal import VN, BenchSite
from bench.generalisation.static import (
    PAGES,
    escape,
    markdown_body,
    npm_missing,
    paged,
    run_generator,
    run_step,
    site_posts,
    with_old_dates,
    write_assets,
)

HERE = Path(__file__).resolve().parent
MODULES = HERE / "node_modules"
#: Scored fresh once (2026-11-30 08:44, bench/RESULTS.md), then opened to tuning: not fresh any more.
FRESH = False
THEMES = ("classic",)
NODE_AT_LEAST = (20, 0)
GENERATED_POSTS = 23   # with the 27 sample articles, 50 posts
SITENAME = "Cổng thông tin điện tử xã Hòa Phong"
TAGLINE = "Tin hoạt động của chính quyền và nhân dân xã Hòa Phong"
#: The copyright holder the editor put in the template's footer, printed on every page.
OWNER = "Văn phòng HĐND và UBND xã Hòa Phong"
FOOTER = f"{OWNER}. Built with Docusaurus."
#: The blog plugin's defaults: posts per listing page and where the listings live.
PAGE_SIZE, BLOG = 10, "blog"
#: How Docusaurus is run: no registry asked for a newer version, and no Rspack cache kept in
#: node_modules (it would grow by a site's worth with every build).
ENVIRONMENT = {"NO_UPDATE_NOTIFIER": "1", "DOCUSAURUS_NO_PERSISTENT_CACHE": "true"}


def missing() -> str | None:
    """Why a Docusaurus site cannot be built here, or None when it can."""
    return npm_missing(HERE, ("@docusaurus/core", "@docusaurus/faster", "create-docusaurus"), NODE_AT_LEAST)


def site_articles() -> list[SampleArticle]:
    """The posts of the site, oldest first (`static.site_posts`)."""
    return site_posts(GENERATED_POSTS, seed=41)


def build(theme: str, articles: Iterable[SampleArticle], base_url: str) -> BenchSite:
    """Start a project with `create-docusaurus` and its `theme` template, make it the site's,
    write `articles` as its blog posts, run `docusaurus build`, and return every file it wrote as
    a page, with the truth of what it was given."""
    if theme not in THEMES:
        raise ValueError(f"create-docusaurus's template is {THEMES[0]}, not {theme}")
    base = base_url.rstrip("/")
    posts = sorted(articles, key=lambda a: (a.published, a.slug))
    with tempfile.TemporaryDirectory(prefix="docusaurus-") as tmp:
        site, output = Path(tmp) / "site", Path(tmp) / "html"
        run_step("create-docusaurus",
                 ["node", str(MODULES / "create-docusaurus/bin/index.js"), "site", theme, tmp,
                  "--skip-install", "--javascript"], site / "docusaurus.config.js", env=ENVIRONMENT)
        (site / "node_modules").symlink_to(MODULES)
        config = site / "docusaurus.config.js"
        config.write_text(configured(config.read_text(encoding="utf-8"), base), encoding="utf-8")
        write_content(site, posts)
        docs = doc_paths(site / "docs")
        command = ["node", str(MODULES / "@docusaurus/core/bin/docusaurus.mjs"), "build",
                   "--out-dir", str(output)]
        pages = run_generator("docusaurus build", command, site, output, env=ENVIRONMENT)
    truth = {f"{base}{article_path(a)}": shown(a, i) for i, a in enumerate(posts)}
    return BenchSite(f"docusaurus {theme}", SITENAME, base, pages, truth, set(),
                     sorted(non_articles(posts) | docs), foreign=(FOOTER,))


def shown(a: SampleArticle, i: int) -> SampleArticle:
    """The article as the site publishes it: old dates in every fourth (`with_old_dates`), no
    category (the blog has none; the post's category is not given to Docusaurus)."""
    return dataclasses.replace(with_old_dates(a, i), category="")


# -- what Docusaurus is given ------------------------------------------------------------------------

#: The editor's changes to the template's docusaurus.config.js: (what the template says, what the
#: site says); each must be there, or the template changed and the site would silently differ.
EDITS = (
    (r"title: 'My Site'", "title: {name}"),
    (r"tagline: '[^']*'", "tagline: {tagline}"),
    (r"url: '[^']*'", "url: {url}"),
    (r"baseUrl: '/',", "baseUrl: '/',\n  trailingSlash: true,\n  markdown: {{format: 'detect'}},"),
    (r"defaultLocale: 'en'", "defaultLocale: 'vi'"),
    (r"locales: \['en'\]", "locales: ['vi']"),
    (r"My Project, Inc\.", "{owner}."),
)


def configured(template: str, base_url: str) -> str:
    """The template's config with the site's name, address, locale and Markdown settings."""
    values = {"name": json.dumps(SITENAME, ensure_ascii=False), "url": json.dumps(base_url),
              "tagline": json.dumps(TAGLINE, ensure_ascii=False), "owner": OWNER}
    for pattern, replacement in EDITS:
        text = replacement.format(**values)
        template, count = re.subn(pattern, lambda _, t=text: t, template)
        if not count:
            raise RuntimeError(f"create-docusaurus's config no longer has {pattern!r}")
    return template


def write_content(site: Path, posts: list[SampleArticle]) -> None:
    """The blog without the template's sample posts, one post per article with the authors and
    tags files, the static pages, and the images and PDFs the posts link (under `static/`)."""
    blog = site / BLOG
    shutil.rmtree(blog)
    blog.mkdir()
    authors = {slugify(name): name for a in posts for name in a.authors}
    tags = {slugify(t): t for a in posts for t in a.tags}
    (blog / "authors.yml").write_text(
        "".join(f"{key}:\n  name: {json.dumps(name, ensure_ascii=False)}\n"
                f"  page:\n    permalink: /{key}\n" for key, name in authors.items()),
        encoding="utf-8")
    (blog / "tags.yml").write_text(
        "".join(f"{key}:\n  label: {json.dumps(label, ensure_ascii=False)}\n  permalink: /{key}\n"
                for key, label in tags.items()), encoding="utf-8")
    for i, a in enumerate(posts):
        (blog / f"{a.slug}.md").write_text(post(with_old_dates(a, i)), encoding="utf-8")
    for title, slug, text in PAGES:
        (site / "src" / "pages" / f"{slug}.md").write_text(
            f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\n---\n\n# {escape(title)}\n\n"
            f"{escape(text)}\n", encoding="utf-8")
    write_assets(site / "static", posts)


def post(a: SampleArticle) -> str:
    """A post with front matter (the authors' and tags' keys in authors.yml and tags.yml); the
    excerpt shown on listings ends after the first paragraph."""
    front = {"title": a.title, "slug": a.slug,
             "authors": [slugify(n) for n in a.authors], "tags": [slugify(t) for t in a.tags],
             "description": a.summary or ""}
    head = "".join(f"{k}: {json.dumps(v, ensure_ascii=False)}\n" for k, v in front.items() if v)
    # a YAML timestamp, unquoted and with seconds: a quoted one is a string the blog cannot date
    head += f"date: {a.published.astimezone(VN).isoformat(timespec='seconds')}\n"
    first, _, rest = markdown_body(a, link_scheme="pathname://").partition("\n\n")
    return f"---\n{head}---\n\n{first}\n\n<!-- truncate -->\n\n{rest}"


# -- the truth of the addresses ----------------------------------------------------------------------

def article_path(a: SampleArticle) -> str:
    return f"/{BLOG}/{a.slug}/"


def non_articles(posts: list[SampleArticle]) -> set[str]:
    """Every HTML page the blog and the site's pages make besides the posts: the home page, the
    blog's pages, its archive, the tags and authors indexes, each tag's and author's pages (each
    listing paged by the blog's `page/N/`), the template's Markdown page, the static pages and
    the 404 page."""
    counts = Counter({f"/{BLOG}/": len(posts)})
    counts.update(f"/{BLOG}/tags/{slugify(t)}/" for a in posts for t in set(a.tags))
    counts.update(f"/{BLOG}/authors/{slugify(n)}/" for a in posts for n in set(a.authors))
    out = {p for first, count in counts.items() for p in paged(first, count, PAGE_SIZE, "page")}
    out |= {"/", f"/{BLOG}/archive/", f"/{BLOG}/tags/", "/markdown-page/", "/404.html"}
    if any(a.authors for a in posts):
        out.add(f"/{BLOG}/authors/")
    return out | {f"/{slug}/" for _, slug, _ in PAGES}


def doc_paths(docs: Path) -> set[str]:
    """The template's tutorial docs as site paths: a page per `.md`/`.mdx` file at its path under
    `/docs/`, and a generated index per folder whose `_category_.json` asks for one, at
    `/docs/category/<its label as a heading anchor>/`."""
    out = {f"/docs/{f.relative_to(docs).with_suffix('').as_posix()}/"
           for f in docs.rglob("*.md*") if f.suffix in (".md", ".mdx")}
    for meta in docs.rglob("_category_.json"):
        category = json.loads(meta.read_text(encoding="utf-8"))
        if category.get("link", {}).get("type") == "generated-index":
            anchor = re.sub(r"[^\w\- ]", "", category["label"].lower()).replace(" ", "-")
            out.add(f"/docs/category/{anchor}/")
    return out
