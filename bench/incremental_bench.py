"""Incremental crawling: pages an incremental crawl of an unchanged site fetches, against the full crawl.

A generated site (default 2,000 articles, SharePoint markup, 10 per listing page) is served by
`archiver.demo.server`, which answers conditional requests as a portal does (ETag, Last-Modified, 304).
Three `archiver crawl` runs in fresh processes, into one data directory: the first crawl (a full walk
with an empty archive: the baseline), an incremental crawl of the unchanged site, and a `--full`
re-check of the unchanged site. Pages are counted at the server (robots.txt and sitemap probes
included). Target: the incremental crawl fetches at most 5% of the pages of the full crawl.

    python -m bench.incremental_bench [--quick] [--n 2000] [--family sharepoint]
"""

from __future__ import annotations

import json
import sys
import tempfile
import threading
from collections.abc import Mapping
from pathlib import Path

from archiver.demo.run import LOCAL_SETTINGS, source_entry
from archiver.demo.server import SiteServer
from archiver.demo.site import Page, build_site
from bench.common import BenchError, arguments, emit, note, num, pct, run_measured, section, table
from bench.corpus import generate

TARGET = 0.05  # incremental pages ÷ full pages
#: Everything on except the politeness delay, as in the crawl benchmark.
BENCH_NAME = "Cổng thông tin điện tử (benchmark)"
OPTIONS = {**LOCAL_SETTINGS}


class CountingServer(SiteServer):
    """The demo server, also counting the 304s it answers."""

    not_modified = 0
    _count_lock = threading.Lock()  # answers come from many handler threads

    def answer(self, target: str, request_headers: Mapping[str, str]) -> tuple[Page, dict]:
        page, headers = super().answer(target, request_headers)
        if page.status == 304:
            with self._count_lock:
                self.not_modified += 1
        return page, headers


def crawl(server: CountingServer, workdir: Path, name: str, *extra: str) -> list[object]:
    """One `archiver crawl` in a fresh process: a table row of what the server and the run saw."""
    note(f"incremental: {name} …")
    before, before_304 = server.requests, server.not_modified
    cmd = [sys.executable, "-m", "archiver", "--data-dir", str(workdir / "data"), "--sources",
           str(workdir / "sources.toml"), "crawl", "bench", *extra,
           *(arg for k, v in OPTIONS.items() for arg in ("-s", f"{k}={v}"))]
    measured = run_measured(cmd)
    if measured.returncode != 0:
        tail = " | ".join(measured.stderr.strip().splitlines()[-3:])
        raise BenchError(f"{name}: exit status {measured.returncode}: {tail}")
    pages = sum((server.requests - before).values())
    lines = (workdir / "data" / "runs.jsonl").read_text(encoding="utf-8").splitlines()
    run = json.loads(lines[-1])
    return [name, pages, server.not_modified - before_304, run["new"], run["updated"],
            run["unchanged"], run["removed"], num(measured.wall)]


def report(n: int, family: str) -> str:
    note(f"incremental: building a {n:,}-article {family} site")
    articles = list(generate(n, seed=5))
    with CountingServer(lambda base: build_site(family, articles, base, page_size=10)).start() \
            as server, \
            tempfile.TemporaryDirectory(prefix="incremental-bench-") as tmp:
        workdir = Path(tmp)
        entry = source_entry(server.base_url, id="bench", name=BENCH_NAME)
        (workdir / "sources.toml").write_text(entry, encoding="utf-8")
        rows = [crawl(server, workdir, "first crawl (full walk, baseline)"),
                crawl(server, workdir, "incremental crawl, unchanged site"),
                crawl(server, workdir, "`--full` re-check, unchanged site", "--full")]
    full, incremental = rows[0][1], rows[1][1]
    share = incremental / full if full else 1.0
    verdict = ("**Target met**" if share <= TARGET else "**Target missed**") + (
        f": the incremental crawl fetched {num(incremental)} pages, {pct(share)} of the full "
        f"crawl's {num(full)} (target ≤ {pct(TARGET)}).")
    return section(
        "Incremental crawling",
        f"A {n:,}-article generated site in `{family}` markup (10 articles per listing page) served "
        "by `archiver.demo.server` on 127.0.0.1 (ETag / Last-Modified, 304 on conditional "
        "requests). Three crawls into one data directory, each `archiver crawl` in a fresh process "
        "with `DOWNLOAD_DELAY=0`, AutoThrottle off; the source's `stop_after_known` is the default "
        "(20), and an incremental crawl re-checks the newest 50 archived articles "
        "(`ARCHIVER_RECHECK_NEWEST`). Pages are requests the server answered.",
        table(["crawl", "pages fetched", "of which 304", "new", "updated", "unchanged", "removed",
               "wall s"],
              [[r[0], *(num(x) if isinstance(x, int) else x for x in r[1:])] for r in rows]),
        verdict)


def main() -> None:
    parser = arguments(__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, help="articles on the site (default 2000; quick: 200)")
    parser.add_argument("--family", default="sharepoint",
                        choices=["sharepoint", "liferay", "nukeviet", "phpsite", "unknown"])
    args = parser.parse_args()
    emit(lambda: report(args.n or (200 if args.quick else 2000), args.family))


if __name__ == "__main__":
    main()
