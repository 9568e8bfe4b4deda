"""A real VitePress 1.6 site in the Teek blog theme (`vitepress-theme-teek` 1.6, npm), on
127.0.0.1. Held out from tuning once, now open to it (`GROUP`).

Written by a non-tuner on 2026-11-30, scored once fresh at 21:05 (bench/RESULTS.md): the
project's first VitePress (Vue 3 rendered at build time by Vite, the page then hydrated), in a
theme the project had never used.
The site is what Teek's quick start describes: `.vitepress/config.mts` extending VitePress with
`defineTeekConfig()`, `.vitepress/theme/index.ts` extending Teek, a home page with Teek's
`teekHome`, the site's title and Vietnamese `lang`. Each post is a Markdown file in a folder
named after its category, as Teek's guide lays a site out (its breadcrumb prints the folder), with
front matter: title, the date as local time ("2019-10-05 10:15:00", which Teek reads and prints
in UTC, so as written), the author as Teek's `{name}` (several names as one "A, B"), the
categories and tags; `<figure>`/`<figcaption>` images and links to the attached documents kept
in `public/`. The static pages are `<slug>/index.md`. The site's editor sets no site author. `vitepress build`
renders it and its output directory is served as it is.

What the theme prints on a post's page decides the truth: the title as the `<h1>` (Teek's
md-h1 plugin writes it from the front matter) and in `<title>`; the byline as the author's name
(none where the post names none); the day only ("2019-10-05"; no time of day and no
machine-readable time anywhere on the page, so `published` is that day at 00:00 +07:00); the
category as the breadcrumb's folder. Teek shows no category or tag in a post's info by default
(`articleAnalyze.showCategory`, `showTag`), so the truth has no tags. Around the post: the
sidebar with the titles of the category's other posts, the previous and next posts' titles, and
"最近更新" ("recently updated") with other posts' titles and their times to the second; Teek's
labels in Chinese (it ships only Chinese and English), VitePress's in English ("On this page",
"Previous page"). Non-articles: the home page, whose list of posts Teek draws in the browser only
(its HTML links no post), the archives page (every post's title and day, by year and month: the
only listing in the HTML), the categories and tags pages (drawn in the browser too), the static
pages and `404.html`. The editor's settings that are not Teek's quick start (`TEEK`, `LISTINGS`,
`PAGES_DATE`) are there so that a crawler can reach the posts and two builds agree byte for byte;
only the home page's footer changes, once a year ("Copyright 2015-<this year>").

The packages are pinned in bench/vitepressteek/package-lock.json and installed beside it with
`npm ci --prefix bench/vitepressteek` (Node.js 18 or later). The truth comes from what VitePress
was given, never from its output; tests/test_generated_sites.py checks the two agree.
"""

from __future__ import annotations

import dataclasses
import json
import tempfile
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import quote

from bench.generalisation.api import Page, SampleArticle
from bench.generalisation.portal import VN, BenchSite, day_of
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
from bench.generalisation.templates import REAL
from bench.vuepress import ENVIRONMENT, NODE_AT_LEAST

HERE = Path(__file__).resolve().parent
GROUP = REAL
#: Added on 2026-11-30 by a non-tuner; scored once, as fresh material, at 21:05 (bench/RESULTS.md);
#: opened to tuning after it by a random draw (bench/generalisation/heldout.py says which).
FRESH = False
THEMES = ("teek",)
GENERATED_POSTS = 23   # with the 27 sample articles, 50 posts
SITENAME = "Cổng thông tin điện tử xã Phước Hòa"
#: Teek's quick start: VitePress's config extended by Teek's, the theme extending Teek.
CONFIG = """import { defineConfig } from "vitepress";
import { defineTeekConfig } from "vitepress-theme-teek/config";

const teekConfig = defineTeekConfig(%s);

export default defineConfig(%s);
"""
#: What the editor gives Teek: the home page's site-information card off, and the plugin that
#: feeds it (it prints the time since the newest file changed, "21 秒前", and writes the build's
#: time and the files' absolute paths into every page's script, so no two builds would agree);
#: the footer's copyright.
#: Its listings as Teek's guide makes them, each a Markdown page with its flag in the front matter
#: (the home page's list of posts is drawn in the browser only; the archives page is in the HTML),
#: and VitePress's nav to them and to the static pages.
LISTINGS = (("Lưu trữ", "archives", "archivesPage"), ("Chuyên mục", "categories", "categoriesPage"),
            ("Thẻ", "tags", "tagsPage"))
TEEK = {"docAnalysis": {"enabled": False}, "vitePlugins": {"docAnalysis": False},
        "footerInfo": {"copyright": {"createYear": 2015, "suffix": SITENAME}},
        "nav": [{"text": "Trang chủ", "link": "/"},
                *({"text": title, "link": f"/{slug}"} for title, slug, _ in LISTINGS),
                *({"text": title, "link": f"/{slug}/"} for title, slug, _ in PAGES)]}

#: The date of every page that is not a post: without one Teek takes the file's creation time,
#: prints it on the static pages and writes it into every page's script.
PAGES_DATE = "2015-01-05 08:00:00"
THEME = """import Teek from "vitepress-theme-teek";
import "vitepress-theme-teek/index.css";

export default { extends: Teek };
"""
HOME = f"---\nlayout: home\ndate: {PAGES_DATE}\ntk:\n  teekHome: true\n---\n"


def missing() -> str | None:
    """Why the VitePress site in Teek cannot be built here, or None when it can."""
    return npm_missing(HERE, ("vitepress", "vitepress-theme-teek"), NODE_AT_LEAST)


def site_articles() -> list[SampleArticle]:
    """The posts of the site, oldest first (`static.site_posts`)."""
    return site_posts(GENERATED_POSTS, seed=97)


def build(theme: str, articles: Iterable[SampleArticle], base_url: str) -> BenchSite:
    """Write `articles` as posts of a VitePress site in Teek, run `vitepress build`, and return
    every file it wrote as a page, with the truth of what it was given. `theme` is teek (the
    only one in THEMES)."""
    if theme not in THEMES:
        raise ValueError(f"bench/vitepressteek builds with vitepress-theme-{THEMES[0]}, not {theme}")
    base = base_url.rstrip("/")
    posts = sorted(articles, key=lambda a: (a.published, a.slug))
    pages = generate(posts)
    truth = {f"{base}{article_path(a)}": shown(a, i) for i, a in enumerate(posts)}
    non_articles = ["/", "/404.html", *(f"/{slug}.html" for _, slug, _ in LISTINGS),
                    *(f"/{slug}/" for _, slug, _ in PAGES)]
    return BenchSite(f"vitepressteek {theme}", SITENAME, base, pages, truth, set(),
                     sorted(non_articles))


def generate(posts: list[SampleArticle]) -> dict[str, Page]:
    """Write the site (`write_site`) in a temporary directory beside a link to the packages `npm
    ci` installed, run `vitepress build` on it, and return what it wrote."""
    modules = HERE / "node_modules"
    with tempfile.TemporaryDirectory(prefix="vitepressteek-") as tmp:
        site, output = Path(tmp) / "site", Path(tmp) / "html"
        (Path(tmp) / "node_modules").symlink_to(modules)
        write_site(site, posts)
        command = ["node", str(modules / "vitepress/bin/vitepress.js"), "build", str(site),
                   "--outDir", str(output)]
        return run_generator("vitepress build", command, Path(tmp), output, env=ENVIRONMENT)


def shown(a: SampleArticle, i: int) -> SampleArticle:
    """The article as the theme prints it: old dates in every fourth (`with_old_dates`), the day
    only, no tags."""
    return dataclasses.replace(with_old_dates(a, i), published=day_of(a.published), tags=[])


def write_site(site: Path, posts: list[SampleArticle]) -> None:
    """Teek's quick-start files, the home page, one Markdown post per article in its category's
    folder, a page per static page, and the images and PDFs the posts link (in `public/`, which
    VitePress copies as it is)."""
    (site / ".vitepress" / "theme").mkdir(parents=True)
    settings = {"title": SITENAME, "description": "Tin hoạt động của xã Phước Hòa",
                "lang": "vi-VN", "extends": "teekConfig"}
    values = json.dumps(settings, ensure_ascii=False, indent=1).replace('"teekConfig"', "teekConfig")
    teek = json.dumps(TEEK, ensure_ascii=False, indent=1)
    (site / ".vitepress" / "config.mts").write_text(CONFIG % (teek, values), encoding="utf-8")
    (site / ".vitepress" / "theme" / "index.ts").write_text(THEME, encoding="utf-8")
    (site / "index.md").write_text(HOME, encoding="utf-8")
    for title, slug, flag in LISTINGS:
        (site / f"{slug}.md").write_text(
            f"---\ntitle: {title}\nlayout: page\n{flag}: true\ndate: {PAGES_DATE}\n---\n",
            encoding="utf-8")
    for i, a in enumerate(posts):
        path = site / a.category / f"{a.slug}.md"
        path.parent.mkdir(exist_ok=True)
        path.write_text(post(with_old_dates(a, i)), encoding="utf-8")
    for title, slug, text in PAGES:
        (site / slug).mkdir()
        (site / slug / "index.md").write_text(
            f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\ndate: {PAGES_DATE}\n---\n\n"
            f"{escape(text)}\n",
            encoding="utf-8")
    write_assets(site / "public", posts)


def post(a: SampleArticle) -> str:
    """A post with Teek's front matter: the local time as YAML's timestamp without an offset (read
    as UTC, printed in UTC: as written), the author as `{name}` (Teek takes one), the category and
    tags; JSON is YAML, so the values are written as JSON."""
    front = {"title": a.title, "date": f"{a.published.astimezone(VN):%Y-%m-%d %H:%M:%S}",
             "author": {"name": ", ".join(a.authors)} if a.authors else None,
             "categories": [a.category], "tags": a.tags or None}
    head = "".join(f"{k}: {v if k == 'date' else json.dumps(v, ensure_ascii=False)}\n"
                   for k, v in front.items() if v)
    return f"---\n{head}---\n\n{markdown_body(a)}"


def article_path(a: SampleArticle) -> str:
    """VitePress's address for `<category>/<slug>.md`."""
    return quote(f"/{a.category}/{a.slug}.html")
