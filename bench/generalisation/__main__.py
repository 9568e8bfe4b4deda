"""Extraction on portals it has never seen (issue 10): template sites and real CMS sites, crawled.

Each template (bench/generalisation/dev.py and heldout.py) is served as a whole site on 127.0.0.1
and crawled by a real `archiver crawl` with no selectors and platform auto; with `--wordpress`, so is
a real WordPress 6.1 in each bundled theme (bench/wordpress), with `--pelican` a real Pelican site
in each bundled theme (bench/pelican), with `--hexo` a real Hexo site in its default theme
(bench/hexo), with `--nikola` a real Nikola site in its bundled themes (bench/nikola), with
`--mkdocs` a real MkDocs site with Material's blog plugin (bench/mkdocs), with `--jekyll` a real
Jekyll site in minima (bench/jekyll), with `--ablog` a real Sphinx blog with ABlog in Alabaster
(bench/ablog), with `--ikiwiki` a real ikiwiki blog in actiontabs (bench/ikiwiki), with `--lektor`
a real Lektor site as its quickstart writes it with the blog (bench/lektor), with `--docusaurus` a
real Docusaurus 3 site as create-docusaurus's classic template writes it, its blog holding the posts
(bench/docusaurus), with `--vuepress` a real VuePress 1 blog in its official blog theme
(bench/vuepress), with `--plone` a real Plone 6.2 portal in Classic UI's Barceloneta
(bench/plone), with `--puput` a real Puput 2.2 blog on Wagtail (bench/puput) and with `--coderedcms`
a real CodeRed CMS 6.0 website with its news (bench/coderedcms); with `--djangocmsblog` a real django CMS
3.11 site with its blog app djangocms-blog 2.0 (bench/djangocmsblog), with `--mezzanine` a real
Mezzanine 6.0 site with its blog (bench/mezzanine), with `--hexothemes` a real
Hexo site in three popular npm themes, NexT, Fluid and Butterfly (bench/hexothemes), with
`--sphinxthemes` a real Sphinx blog with ABlog in the PyData and book themes (bench/sphinxthemes),
with `--npmthemes` a real Hexo site in three more npm themes, Keep, Redefine and Stellar
(bench/npmthemes), with `--vuepresshope` a real VuePress 1 blog in vuepress-theme-hope
(bench/vuepresshope), with `--vitepressteek` a real VitePress site in the Teek blog theme
(bench/vitepressteek), with `--icarusreimu` a real Hexo site in two more npm themes, Icarus and
Reimu (bench/icarusreimu), with `--ghost` a real Ghost 5 news site in its Casper theme on
MariaDB (bench/ghost), with `--chronicle` a real Chronicle 4.6 blog in its six bundled themes
(bench/chronicle), with `--blazeblogger` a real BlazeBlogger 1.2 blog in three settings of its
bundled theme (bench/blazeblogger), with `--eleventy` a real Eleventy 0.11 blog from the npm
package eleventy-base-blog 5.0.2 (bench/eleventy), with `--starblog` a real Astro 5 Starlight
0.37 site with the starlight-blog 0.25 plugin (bench/starblog) and with `--nextrablog` a real
Next.js 14 site in Nextra 2.13's blog theme, exported as static HTML (bench/nextrablog);
each counted in the group its module's `GROUP` names (`real`, or `held-out` for a CMS kept out of
tuning). The archive is read
back and scored against the truth per site. Held-out and real totals are compared with issue 10's
targets, and so is the `fresh` total: the material nobody tuning the extractor had seen or scored
before (heldout.FRESH, and a CMS whose FRESH is true).

    python -m bench.generalisation                    # every template
    python -m bench.generalisation --quick            # 10 articles per template
    python -m bench.generalisation --templates oldtown,microdata --wordpress --pelican --hexo
    python -m bench.generalisation --templates "" --nikola --mkdocs   # no template
    python -m bench.generalisation --templates "" --jekyll --ablog
    python -m bench.generalisation --templates "" --ikiwiki --lektor
    python -m bench.generalisation --templates "" --docusaurus --vuepress
    python -m bench.generalisation --templates "" --plone
    python -m bench.generalisation --templates "" --puput --coderedcms
    python -m bench.generalisation --templates "" --hexothemes --sphinxthemes --djangocmsblog
    python -m bench.generalisation --templates "" --mezzanine --npmthemes --vuepresshope
    python -m bench.generalisation --templates "" --vitepressteek --icarusreimu
    python -m bench.generalisation --templates "" --ghost
    python -m bench.generalisation --templates "" --chronicle
    python -m bench.generalisation --templates "" --blazeblogger
    python -m bench.generalisation --templates "" --eleventy
    python -m bench.generalisation --templates "" --starblog
    python -m bench.generalisation --templates "" --nextrablog
    python -m bench.generalisation --gate             # exit 1 when held-out misses a target
    python -m bench.generalisation --templates oldtown --mezzanine --date-blind   # no date read
    python -m bench.generalisation --templates oldtown,joomla3 --class-blind     # no class word

With `--date-blind` no page's publish date is read (`bench.generalisation.dateblind`): what is
still found, and what non-articles come with it, measures the evidence a page is taken on when its
site prints no date (issue 10: the real Mezzanine blog prints none). Its published column then
counts only the articles whose truth has no date either.

With `--class-blind` every page the bench serves itself (templates, static generators' sites) has
each class word and id replaced by an opaque token, stable per word within a site, as a CSS-module
build prints them (`bench.generalisation.classblind`): what is still found measures how much the
extractor reads from structure rather than from a template's words. A real CMS that runs as a
server of its own (WordPress, Plone, Ghost…) is crawled as it prints itself.
"""

from __future__ import annotations

import functools
import importlib
import os
import re
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.common import BenchError, arguments, emit, note, num, pct, section, table
from bench.generalisation.api import load_articles, serve
from bench.generalisation.classblind import CLASS_BLIND, blinding
from bench.generalisation.crawl import Crawled, crawl, extraction_speed
from bench.generalisation.dateblind import DATE_BLIND
from bench.generalisation.portal import BenchSite, build
from bench.generalisation.score import TARGETS, Tally, Truth, tally
from bench.generalisation.templates import DEV, FRESH, HELDOUT, REAL, templates

QUICK_ARTICLES = 10
#: The real static-site generators, each the module bench/<name> and the flag --<name>.
GENERATORS = ("pelican", "hexo", "nikola", "mkdocs", "jekyll", "ablog", "ikiwiki", "lektor",
              "docusaurus", "vuepress", "hexothemes", "sphinxthemes", "npmthemes",
              "vuepresshope", "vitepressteek", "icarusreimu", "chronicle", "blazeblogger",
              "eleventy", "starblog", "nextrablog")


@dataclass
class Row:
    name: str
    group: str
    tally: Tally
    source: str = ""     # the crawl's source id, when it is not `name`
    fresh: bool = False  # material never scored before by anyone tuning the extractor


def site_truth(site: BenchSite, group: str) -> Truth:
    return Truth(site.family, group, site.articles,
                 frozenset(site.url(p) for p in site.non_articles), site.foreign)


def measure_templates(names: list[str], quick: bool, work: Path) -> tuple[list[Row], Crawled]:
    """Serve the named templates, crawl them all in one `archiver crawl`, score each."""
    articles = load_articles()
    if quick:
        articles = articles[-QUICK_ARTICLES:]
    known = templates()
    sites = {name: (known[name][0], name in FRESH,
                    lambda base, t=known[name][1]: build(t, articles, base)) for name in names}
    return measure_sites(sites, work / "templates")


def measure_sites(sites: dict[str, tuple[str, bool, Callable[[str], BenchSite]]],
                  work: Path) -> tuple[list[Row], Crawled]:
    """Serve each site (source id → group, fresh, factory of the site for its base URL), crawl
    them all in one `archiver crawl` into `work`, score each; with `CLASS_BLIND` set in the
    environment, each site is served with its class words and ids made opaque
    (`bench.generalisation.classblind`, salted with the source id)."""
    servers = {}
    try:
        for name, (_, _, factory) in sites.items():
            servers[name] = serve(blinding(factory, name) if os.environ.get(CLASS_BLIND)
                                  else factory)
        return score_served({n: (g, f, servers[n].site) for n, (g, f, _) in sites.items()}, work)
    finally:
        for server in servers.values():
            server.stop()


def score_served(sites: dict[str, tuple[str, bool, BenchSite]], work: Path) -> tuple[list[Row], Crawled]:
    """Sites already served (source id → group, fresh, the site at its `base_url`) crawled in
    one `archiver crawl` into `work` and scored each: the tests crawl the sites they built."""
    note(f"crawling {len(sites)} sites")
    crawled = crawl({n: s.base_url for n, (_, _, s) in sites.items()}, work)
    if crawled.returncode not in (0, 1):  # 1: some source did not complete, still scored
        tail = " | ".join(crawled.stderr.strip().splitlines()[-3:])
        raise BenchError(f"archiver crawl failed ({crawled.returncode}): {tail}")
    rows = [Row(s.family, g, tally(site_truth(s, g), crawled.records(n)), n, f)
            for n, (g, f, s) in sites.items()]
    return rows, crawled


def theme_source(cms: str, theme: str) -> str:
    """The crawl's source id for a generator's theme: `cms-theme`, the theme's name made a slug
    (Chronicle's theme "blog.steve.org.uk"), as sources.toml requires."""
    return f"{cms}-{re.sub(r'[^a-z0-9_-]+', '-', theme.lower())}"


def measure_generated(cms: str, quick: bool, work: Path) -> tuple[list[Row], list[Crawled], str | None]:
    """A real static-site generator's site (`cms`: one of GENERATORS, the module bench/<cms>) in
    each of its bundled themes, crawled and scored, its figures counted with the module's `GROUP`
    (`real` unless it says `held-out`); a reason when it cannot run here."""
    module = importlib.import_module(f"bench.{cms}")
    if reason := module.missing():
        return [], [], reason
    articles = module.site_articles()
    if quick:
        articles = articles[-QUICK_ARTICLES:]
    group = getattr(module, "GROUP", REAL)
    sites = {theme_source(cms, theme): (group, module.FRESH,
                                        lambda base, t=theme: module.build(t, articles, base))
             for theme in module.THEMES}
    rows, crawled = measure_sites(sites, work / cms)
    return rows, [crawled], None


def measure_server(label: str, source: str, site: Any, fresh: bool, work: Path,
                   group: str = REAL) -> tuple[Row, Crawled]:
    """One running real CMS (bench/wordpress, bench/plone, bench/puput: its `base_url`, and the
    truth's `articles()`, `non_articles()` and `foreign()`) crawled as `source` and scored, its
    figures counted with `group` (`held-out` for a CMS kept out of tuning)."""
    note(f"crawling {label}")
    crawled = crawl({source: site.base_url}, work / source)
    truth = Truth(label, group, site.articles(), site.non_articles(), site.foreign())
    return Row(label, group, tally(truth, crawled.records(source)), source, fresh), crawled


def measure_wordpress(work: Path) -> tuple[list[Row], list[Crawled], str | None]:
    """Each bundled theme of one real WordPress, crawled and scored; a reason when it cannot run."""
    from bench import wordpress

    if reason := wordpress.missing():
        return [], [], reason
    rows, crawls = [], []
    with wordpress.WordPress() as wp:
        for theme in wordpress.THEMES:
            wp.use_theme(theme)
            row, crawled = measure_server(f"wordpress {theme}", f"wp-{theme}", wp, False, work)
            rows.append(row)
            crawls.append(crawled)
    return rows, crawls, None


def measure_running(cms: Any, site_class: Callable[[list], Any], label: str, quick: bool,
                    work: Path) -> tuple[list[Row], list[Crawled], str | None]:
    """A real CMS that runs as a server of its own (`cms`: the module bench/plone or bench/puput
    with `missing()`, `site_articles()`, `FRESH` and, where its figures count with another group
    than `real`, `GROUP`; `site_class` starts its site), crawled as `label` and scored; a reason
    when it cannot run here."""
    if reason := cms.missing():
        return [], [], reason
    articles = cms.site_articles()
    if quick:
        articles = articles[-QUICK_ARTICLES:]
    with site_class(articles) as site:
        note(f"{label} built in {site.timings['build']:.0f} s (0: cached), serving after "
             f"{site.timings['serve']:.0f} s")
        row, crawled = measure_server(label, label.replace(" ", "-"), site, cms.FRESH, work,
                                      getattr(cms, "GROUP", REAL))
    return [row], [crawled], None


def measure_plone(quick: bool, work: Path) -> tuple[list[Row], list[Crawled], str | None]:
    """A real Plone portal in Barceloneta (bench/plone)."""
    from bench import plone

    return measure_running(plone, plone.Plone, f"plone {plone.THEMES[0]}", quick, work)


def measure_puput(quick: bool, work: Path) -> tuple[list[Row], list[Crawled], str | None]:
    """A real Puput blog on Wagtail (bench/puput)."""
    from bench import puput

    return measure_running(puput, puput.Puput, puput.NAME, quick, work)


def measure_coderedcms(quick: bool, work: Path) -> tuple[list[Row], list[Crawled], str | None]:
    """A real CodeRed CMS website on Wagtail with its news (bench/coderedcms)."""
    from bench import coderedcms

    return measure_running(coderedcms, coderedcms.CodeRed, coderedcms.NAME, quick, work)


def measure_djangocmsblog(quick: bool, work: Path) -> tuple[list[Row], list[Crawled], str | None]:
    """A real django CMS site with its blog app djangocms-blog (bench/djangocmsblog)."""
    from bench import djangocmsblog

    return measure_running(djangocmsblog, djangocmsblog.DjangoCMSBlog, djangocmsblog.NAME, quick,
                           work)


def measure_mezzanine(quick: bool, work: Path) -> tuple[list[Row], list[Crawled], str | None]:
    """A real Mezzanine site with its blog (bench/mezzanine)."""
    from bench import mezzanine

    return measure_running(mezzanine, mezzanine.Mezzanine, mezzanine.NAME, quick, work)


def measure_ghost(quick: bool, work: Path) -> tuple[list[Row], list[Crawled], str | None]:
    """A real Ghost news site in its Casper theme (bench/ghost)."""
    from bench import ghost

    return measure_running(ghost, ghost.Ghost, ghost.NAME, quick, work)


#: The real CMSes that run as servers of their own, each with the flag --<name>.
SERVED = {"plone": measure_plone, "puput": measure_puput, "coderedcms": measure_coderedcms,
          "djangocmsblog": measure_djangocmsblog, "mezzanine": measure_mezzanine,
          "ghost": measure_ghost}


def speed(crawls: list[Crawled], rows: list[Row]) -> float | None:
    """extract_article's articles/s over every archived page of every crawl."""
    pages = []
    for crawled in crawls:
        for row in rows:
            source = row.source or row.name
            if (crawled.data_dir / "archive" / f"{source}.jsonl").exists():
                pages += [crawled.page(r) for r in crawled.records(source) if r.get("warc_file")]
    return extraction_speed(pages)


HEADERS = ["site", "group", "articles", "found", "non-articles archived", "title", "published",
           "authors", "body F1 mean", "body F1 min", "caption leak", "sidebar leak", "category",
           "tags", "attachments"]


def cells(name: str, group: str, t: Tally) -> list[str]:
    s = t.shares()

    def f1(x: float | None) -> str:
        return "—" if x is None else f"{x:.3f}"
    return [name, group, num(t.truth), pct(s["found"]), pct(s["non_articles"]), pct(s["title"]),
            pct(s["published"]), pct(s["authors"]), f1(s["f1_mean"]), f1(s["f1_min"]),
            pct(s["caption_leak"]), pct(s["sidebar_leak"]), pct(s["category"]), pct(s["tags"]),
            pct(s["attachments"])]


def totals(rows: list[Row], group: str | None) -> Tally | None:
    """The rows of `group` pooled; with None, the fresh rows of any group."""
    chosen = [r.tally for r in rows if (r.fresh if group is None else r.group == group)]
    return sum(chosen[1:], chosen[0]) if chosen else None


def verdict(label: str, t: Tally | None) -> str:
    if t is None:
        return ""
    misses = t.misses()
    if not misses:
        return f"**Target met** on {label}: every issue 10 target."
    return f"**Below target** on {label}: {'; '.join(misses)}."


def report(rows: list[Row], rate: float | None, notes: list[str]) -> str:
    body = [cells(r.name, r.group, r.tally) for r in rows]
    for group in (DEV, HELDOUT, REAL):
        if (t := totals(rows, group)) is not None:
            body.append(cells(f"**{group} total**", group, t))
    if (t := totals(rows, None)) is not None:
        groups = "+".join(sorted({r.group for r in rows if r.fresh}))
        body.append(cells("**fresh total**", groups, t))
    targets = ", ".join(f"{name} {way} {100 * v:g}%" for name, way, v in TARGETS)
    return section(
        "Extraction on portals it has never seen (issue 10)",
        "Whole sites in portal templates (`dev`, which the extractor's developer may read; "
        "`held-out`, which they must not) built from the sample articles, and with "
        "`--wordpress` a real WordPress 6.1 in three themes, with `--pelican` a real Pelican "
        "4 site in its two bundled themes, with `--hexo` a real Hexo 7 site in its default "
        "theme, with `--nikola` a real Nikola 8 site in three bundled themes, with "
        "`--mkdocs` a real MkDocs site with Material's blog plugin, with `--jekyll` a real "
        "Jekyll 4.3 site in minima, with `--ablog` a real Sphinx blog with ABlog in "
        "Alabaster, with `--ikiwiki` a real ikiwiki blog in actiontabs, with `--lektor` "
        "a real Lektor 3.3 site as its quickstart writes it with the blog, with "
        "`--docusaurus` a real Docusaurus 3 site as create-docusaurus's classic template "
        "writes it with its blog, with `--vuepress` a real VuePress 1 blog in its official "
        "blog theme, with `--plone` a real Plone 6.2 portal in Classic UI's Barceloneta "
        "theme, with `--puput` a real Puput 2.2 blog on Wagtail 6.4, with `--coderedcms` a "
        "real CodeRed CMS 6.0 website with its news, with `--djangocmsblog` a real django CMS 3.11 site "
        "with its blog app djangocms-blog 2.0, with `--mezzanine` a real Mezzanine 6.0 site with "
        "its blog, with `--hexothemes` real Hexo sites in the NexT, "
        "Fluid and Butterfly themes, with `--sphinxthemes` real ABlog sites in the PyData and "
        "book themes, with `--npmthemes` real Hexo sites in the Keep, Redefine and Stellar "
        "themes, with `--vuepresshope` a real VuePress 1 blog in vuepress-theme-hope "
        "with `--vitepressteek` a real VitePress 1.6 site in the Teek blog theme, "
        "with `--icarusreimu` real Hexo sites in the Icarus and Reimu themes, "
        "with `--ghost` a real Ghost 5.130 news site in its Casper theme on MariaDB, "
        "with `--chronicle` a real Chronicle 4.6 blog in its six bundled themes, "
        "with `--blazeblogger` a real BlazeBlogger 1.2 blog in three settings of its bundled "
        "theme, with `--eleventy` a real Eleventy 0.11 blog from the npm package "
        "eleventy-base-blog 5.0.2, with `--starblog` a real Astro 5 Starlight 0.37 site "
        "with the starlight-blog 0.25 plugin, and with `--nextrablog` a real Next.js 14 site in "
        "Nextra 2.13's blog theme "
        "(a real CMS counted in the group its module's `GROUP` names), each crawled over "
        "HTTP by "
        "`archiver crawl` with no selectors and platform auto (`python -m "
        "bench.generalisation`). Shares of "
        "articles found are of the truth; non-articles are of what was archived; the rest are of "
        "articles found. Published: to the minute, with +07:00 (the day where a site shows no "
        "time of day: Plone, Puput, CodeRed, django CMS, VitePress in Teek, Eleventy; none "
        "where it shows no date: "
        "Mezzanine, whose post page says only how long ago). Body F1: per-page 4-token "
        "shingle F1 (as issue 2). Caption leak: captions found in a body; sidebar leak: articles "
        "whose body holds teaser titles, sidebar, footer or comment text.",
        table(HEADERS, body),
        f"Targets (held-out and real, no selectors): {targets}.",
        verdict("held-out templates and sites", totals(rows, HELDOUT)),
        verdict("real CMS sites", totals(rows, REAL)),
        verdict("fresh material (never scored before by anyone tuning the extractor)",
                totals(rows, None)),
        f"Extraction speed: {num(rate)} articles/s (`extract_article` over every archived page, "
        "one core)." if rate else "",
        "\n".join(f"- {n}" for n in notes))


def main() -> None:
    parser = arguments(__doc__.split("\n")[0])
    parser.add_argument("--templates",
                        help='comma-separated template names (default: all; "": none)')
    parser.add_argument("--wordpress", action="store_true",
                        help="also crawl a real WordPress in each bundled theme")
    parser.add_argument("--plone", action="store_true",
                        help="also crawl a real Plone 6.2 portal in Classic UI (Barceloneta)")
    parser.add_argument("--puput", action="store_true",
                        help="also crawl a real Puput 2.2 blog on Wagtail")
    parser.add_argument("--coderedcms", action="store_true",
                        help="also crawl a real CodeRed CMS 6.0 website with its news")
    parser.add_argument("--djangocmsblog", action="store_true",
                        help="also crawl a real django CMS 3.11 site with its blog djangocms-blog "
                             "2.0")
    parser.add_argument("--mezzanine", action="store_true",
                        help="also crawl a real Mezzanine 6.0 site with its blog")
    parser.add_argument("--ghost", action="store_true",
                        help="also crawl a real Ghost 5.130 news site in its Casper theme")
    for cms in GENERATORS:  # each generator's flag, described by its module's first paragraph
        what = " ".join(importlib.import_module(f"bench.{cms}").__doc__.split("\n\n")[0].split())
        parser.add_argument(f"--{cms}", action="store_true",
                            help=f"also crawl {what[0].lower()}{what[1:]}")
    parser.add_argument("--date-blind", action="store_true",
                        help="crawl with every page's publish date unreadable "
                             "(bench.generalisation.dateblind)")
    parser.add_argument("--class-blind", action="store_true",
                        help="serve every template and static site with its class words and ids "
                             "made opaque tokens (bench.generalisation.classblind)")
    parser.add_argument("--gate", action="store_true",
                        help="exit 1 when the held-out templates and sites miss a target")
    args = parser.parse_args()
    # `--templates ""`: no template, only the real sites asked for
    names = ([n for n in args.templates.split(",") if n] if args.templates is not None
             else list(templates()))
    unknown = sorted(set(names) - set(templates()))
    if unknown:
        parser.error(f"unknown templates: {', '.join(unknown)} (known: {', '.join(templates())})")
    result: dict[str, list[Row]] = {}
    if args.date_blind:
        os.environ[DATE_BLIND] = "1"  # read by every crawl this run starts
    if args.class_blind:
        os.environ[CLASS_BLIND] = "1"  # read by every site this run serves

    def run() -> str:
        notes: list[str] = ["Date-blind: no page's publish date was read (`--date-blind`)."
                            ] if args.date_blind else []
        if args.class_blind:
            notes.append("Class-blind: every class word and id of the templates and static sites "
                         "served here was an opaque token, stable per word within a site "
                         "(`--class-blind`); a real CMS served by itself was not.")
        with tempfile.TemporaryDirectory(prefix="generalisation-") as tmp:
            rows, crawls = [], []
            if names:
                rows, crawled = measure_templates(names, args.quick, Path(tmp))
                crawls.append(crawled)
                notes.append(f"Template crawl: {crawled.seconds:.0f} s, exit status "
                             f"{crawled.returncode}.")
            if args.wordpress:
                wp_rows, wp_crawls, reason = measure_wordpress(Path(tmp))
                rows += wp_rows
                crawls += wp_crawls
                if reason:
                    notes.append(f"WordPress not measured: {reason}.")
            measures = {**SERVED, **{cms: functools.partial(measure_generated, cms)
                                     for cms in GENERATORS}}
            for cms, measure in measures.items():
                if not getattr(args, cms):
                    continue
                cms_rows, cms_crawls, reason = measure(args.quick, Path(tmp))
                rows += cms_rows
                crawls += cms_crawls
                notes.append(f"{cms.capitalize()} not measured: {reason}." if reason else
                             f"{cms.capitalize()} crawl: {cms_crawls[0].seconds:.0f} s, exit "
                             f"status {cms_crawls[0].returncode}.")
            rate = speed(crawls, rows)
        result["rows"] = rows
        return report(rows, rate, notes)

    emit(run)
    held = totals(result.get("rows", []), HELDOUT)
    if args.gate and (held is None or held.misses()):
        sys.exit(1)


if __name__ == "__main__":
    main()
