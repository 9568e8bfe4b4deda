"""Crawl throughput: `archiver crawl` against a bare Scrapy spider on the same local portal.

A generated site (default 3,000 articles, SharePoint markup, 10 per listing page) is served from memory
by `bench.server`, whose own speed is measured first. Then, with the same settings (no delay,
AutoThrottle off, robots.txt obeyed, the same concurrency), `python -m archiver crawl` (extraction,
the JSON Lines archive and the WARC capture of every fetch), the same without WARC capture
(`ARCHIVER_WARC=False`, what full capture costs) and `bench.bare_spider` (the same links, nothing
extracted) each crawl it in a fresh process, taking turns, and the fastest of each crawler's runs is kept.
Pages/s is counted at the server, from the first request to the last; CPU time and peak memory are
the crawler process's own. Target: the archiver reaches at least half the bare spider's pages/s.

    python -m bench.crawl_bench [--quick] [--n 3000] [--family sharepoint] [--concurrency 8] [--repeat 2]
    python -m bench.crawl_bench --profile crawl.prof   # keep the profile (taken anyway on a miss)
"""

from __future__ import annotations

import pstats
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from archiver.archive.store import Archive
from archiver.demo.run import source_entry
from archiver.demo.site import build_site
from bench.common import (
    BenchError,
    Measured,
    arguments,
    emit,
    note,
    num,
    ratio,
    run_measured,
    section,
    table,
)
from bench.corpus import generate
from bench.server import StaticServer, measure_alone

ROOT = Path(__file__).resolve().parents[1]
TARGET = 0.5  # archiver pages/s ÷ bare spider pages/s


@dataclass
class Run:
    """One crawler's crawl of the site, as the server and the process accounting saw it."""

    name: str
    measured: Measured
    pages: int      # requests the server answered
    articles: int   # of which article pages
    seconds: float  # first request to last
    archived: int | None = None

    @property
    def pages_per_s(self) -> float:
        return self.pages / self.seconds if self.seconds else 0.0

    @property
    def cpu_per_page(self) -> float:
        return self.measured.cpu / self.pages if self.pages else 0.0


def settings(concurrency: int) -> dict[str, str]:
    """What both crawlers run with: everything on except the politeness delay."""
    return {"DOWNLOAD_DELAY": "0", "AUTOTHROTTLE_ENABLED": "False", "ROBOTSTXT_OBEY": "True",
            "CONCURRENT_REQUESTS": str(2 * concurrency),
            "CONCURRENT_REQUESTS_PER_DOMAIN": str(concurrency),
            "LOG_LEVEL": "WARNING"}


def crawl(server: StaticServer, name: str, cmd: list[str]) -> Run:
    server.reset()
    note(f"crawl: {name} …")
    measured = run_measured(cmd)
    if measured.returncode != 0 or server.served <= 1:  # robots.txt alone is no crawl
        tail = " | ".join(measured.stderr.strip().splitlines()[-3:])
        raise BenchError(f"{name} (exit status {measured.returncode}) fetched "
                         f"{server.served} pages: {tail}")
    articles = {server.site.path(u) for u in server.site.articles}
    return Run(name, measured, server.served, sum(server.hits[p] for p in articles),
               (server.last or 0) - (server.first or 0))


def archiver_cmd(workdir: Path, base_url: str, options: dict[str, str],
                 profile: Path | None = None) -> list[str]:
    workdir.mkdir(parents=True, exist_ok=True)
    sources = workdir / "sources.toml"
    entry = source_entry(base_url, id="bench", name="Cổng thông tin điện tử (benchmark)")
    sources.write_text(entry, encoding="utf-8")
    python = [sys.executable] + (["-m", "cProfile", "-o", str(profile)] if profile else [])
    cmd = [*python, "-m", "archiver", "--data-dir", str(workdir / "data"), "--sources", str(sources),
           "crawl", "bench"]
    if "--no-index" in subprocess.run([sys.executable, "-m", "archiver", "crawl", "--help"],
                                      capture_output=True, text=True).stdout:
        cmd.append("--no-index")
    return cmd + [arg for k, v in options.items() for arg in ("-s", f"{k}={v}")]


def report(n: int, family: str, concurrency: int, repeat: int = 1,
           profile: Path | None = None) -> str:
    note(f"crawl: building a {n:,}-article {family} site")
    articles = list(generate(n, seed=3))
    options = settings(concurrency)
    flags = [a for k, v in options.items() for a in ("-s", f"{k}={v}")]
    bare_runs, our_runs, no_warc_runs = [], [], []
    with StaticServer(lambda base: build_site(family, articles, base, page_size=10)) as server, \
            tempfile.TemporaryDirectory(prefix="crawl-bench-") as tmp:
        note("crawl: the server alone …")
        alone = measure_alone(server.base_url, [server.site.path(u) for u in server.site.articles],
                              seconds=3.0, connections=concurrency)
        for k in range(repeat):  # interleaved, so a burst of other load hits both alike
            bare_runs.append(crawl(server, "bare Scrapy spider (baseline)", [
                sys.executable, "-m", "bench.bare_spider", f"{server.base_url}/",
                "--platform", family, *flags]))
            data = Path(tmp) / f"run{k}"
            run = crawl(server, "archiver crawl", archiver_cmd(data, server.base_url, options))
            run.archived = sum(1 for _ in Archive(data / "data" / "archive").iter_records())
            our_runs.append(run)
            data = Path(tmp) / f"nowarc{k}"
            run = crawl(server, "archiver crawl without WARC capture",
                        archiver_cmd(data, server.base_url, {**options, "ARCHIVER_WARC": "False"}))
            run.archived = sum(1 for _ in Archive(data / "data" / "archive").iter_records())
            no_warc_runs.append(run)
        ours, no_warc, bare = (max(runs, key=lambda r: r.pages_per_s)
                               for runs in (our_runs, no_warc_runs, bare_runs))
        share = ours.pages_per_s / bare.pages_per_s if bare.pages_per_s else 0.0
        where = ""
        if profile or share < TARGET:  # one more crawl, not in the table: cProfile slows it down
            profile = profile or Path(tmp) / "crawl.prof"
            crawl(server, "archiver crawl under cProfile",
                  archiver_cmd(Path(tmp) / "profiled", server.base_url, options, profile))
            where = profile_summary(profile)

    rows = [[run.name, num(run.pages), num(run.articles),
             "—" if run.archived is None else num(run.archived), num(run.measured.wall),
             num(run.pages_per_s), num(run.measured.cpu), num(1000 * run.cpu_per_page),
             num(run.measured.peak_rss_mb), ratio(run.pages_per_s, bare.pages_per_s)]
            for run in (ours, no_warc, bare)]
    verdict = "**Target met**" if share >= TARGET else "**Target missed**"
    verdict += (f": the archiver crawls at {share:.0%} of the bare spider's pages/s (target ≥ "
                f"{TARGET:.0%}); by CPU time alone, which other load on the machine disturbs "
                f"less, it spends {ours.cpu_per_page / bare.cpu_per_page:.2f}× the bare spider's "
                "CPU per page.")
    best = f"the best of {repeat} interleaved runs each" if repeat > 1 else "one run each"
    lost = "" if ours.archived == n else (
        f"The archive holds {ours.archived:,} records for the site's {n:,} articles: the archiver "
        f"fetched {ours.articles:,} article pages, the bare spider {bare.articles:,}.")
    return section(
        "Crawl throughput",
        f"A {n:,}-article generated site in `{family}` markup (10 articles per listing page) on "
        f"127.0.0.1, served from memory by `bench.server` (alone: {num(alone['pages_per_s'])} pages/s "
        f"under {concurrency} connections). Both crawlers: `DOWNLOAD_DELAY=0`, AutoThrottle off, "
        f"robots.txt obeyed, {concurrency} concurrent requests, the archiver's other settings; the "
        f"archiver writes its JSON Lines archive and a WARC request/response pair for every fetch "
        f"(the second row: no WARC files); each in a fresh process; {best}. "
        "Pages/s from the server's first request to its last; CPU time and peak RSS of the crawler "
        "process, startup included.",
        table(["crawler", "pages", "article pages", "archived", "wall s", "pages/s", "CPU s",
               "CPU ms/page", "peak RSS MiB", "pages/s vs bare"], rows),
        verdict, lost, where)


#: The archiver's own work in a crawl, as (what, file, function) found in a profile.
PARTS = (("extraction: `ArticlePage.fields`", "archiver/extract/page.py", "fields"),
         ("choosing links to follow: `PortalSpider.follow`", "archiver/crawl/spider.py", "follow"),
         ("item pipelines: validate, JSON Lines, WARC", "archiver/crawl/pipelines.py", "process_item"))


def profile_summary(path: Path, top: int = 10) -> str:
    """Where the archiver's crawl spent its time: its own parts and what each spends most on, then
    the functions costliest in themselves, from a cProfile of one crawl."""
    # pstats: (file, line, function) → (primitive calls, calls, own s, cumulative s, callers)
    stats = pstats.Stats(str(path)).stats
    total = sum(v[2] for v in stats.values())
    rows, accounted = [], 0.0
    for label, file, function in PARTS:
        keys = [k for k in stats if k[0].endswith(file) and k[2] == function]
        spent = sum(stats[k][3] for k in keys)
        accounted += spent
        rows.append([label, num(spent), f"{spent / total:.0%}"])
        callees = sorted(((sum(v[4][k][3] for k in keys if k in v[4]), callee)
                          for callee, v in stats.items()), reverse=True)[:3]
        rows += [[f"↳ {_name(callee)}", num(sec), f"{sec / total:.0%}"] for sec, callee in callees
                 if sec >= total / 100]
    rows.append(["everything else: Scrapy, Twisted, asyncio, startup", num(total - accounted),
                 f"{(total - accounted) / total:.0%}"])
    hot = sorted(stats.items(), key=lambda kv: -kv[1][2])[:top]
    return "\n\n".join([
        f"Where the archiver's time goes: one more crawl of the same site under cProfile "
        f"({total:.0f} s in all; profiling slows it down, the shares are what matter).",
        table(["part of the crawl (↳ its costliest calls)", "s under cProfile", "share"], rows),
        table(["costliest functions in themselves", "calls", "own s", "cumulative s"],
              [[_name(key), num(v[1]), num(v[2]), num(v[3])] for key, v in hot])])


def _name(key: tuple[str, int, str]) -> str:
    """A profiled function as a reader finds it: `archiver/links.py:site_links`."""
    file, _, function = key
    if file == "~":  # a built-in
        return f"`{function}`"
    if "site-packages/" in file:
        file = file.split("site-packages/", 1)[1]
    elif file.startswith(f"{ROOT}/"):
        file = file[len(str(ROOT)) + 1:]
    else:
        file = re.sub(r"^.*/lib/python3\.\d+/", "", file)
    return f"`{file}:{function}`"


def main() -> None:
    parser = arguments(__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, help="articles on the site (default 3000; quick: 150)")
    parser.add_argument("--family", default="sharepoint",
                        choices=["sharepoint", "liferay", "nukeviet", "phpsite", "unknown"])
    parser.add_argument("--concurrency", type=int, default=8, help="concurrent requests (per domain)")
    parser.add_argument("--repeat", type=int, help="runs of each crawler, best kept (default 2; "
                                                   "quick: 1)")
    parser.add_argument("--profile", type=Path, help="write a cProfile of the archiver's crawl here")
    args = parser.parse_args()
    n = args.n or (150 if args.quick else 3000)
    repeat = args.repeat or (1 if args.quick else 2)
    emit(lambda: report(n, args.family, args.concurrency, repeat, args.profile))


if __name__ == "__main__":
    main()
