"""Search at a million articles: the Tantivy engine beside SQLite FTS5 (and optionally our Whoosh
engine) on the same generated archive, in the same run; results to bench/MILLION.md.

    nice -n 19 python -m bench.million_bench --workdir /tmp/million      # 1,000,000 articles
    python -m bench.million_bench --n 20000 --workdir /tmp/m20k --output -   # a rehearsal

Per engine, in a fresh process: full build from the archive (wall time, CPU, peak memory), index
size, an incremental update of 1,000 new articles, then `search_bench`'s query mix (frequent
syllables, two-syllable words, 3–5-syllable phrases with and without diacritics; plain, with a
source filter, with a date range, sorted by newest), every query with its total, top 10 with
snippets, and facets (counts by source and by year over all matches). Targets from issue 14.
"""

from __future__ import annotations

import argparse
import functools
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from bench import search_bench
from bench.common import machine_markdown
from bench.search_bench import Fts5, _du, _p95, _prepare, run_on_copy

TARGETS = {"build_s": "≤ 3,600 s", "peak_mib": "≤ 4,096 MiB", "p95": "≤ 500 ms"}
NEW = 1000


class Ours(search_bench.Ours):
    """Our search with one of its engines, every query with facets (counts by source and year)."""

    facets = True

    def __init__(self, workdir: Path, engine: str):
        super().__init__(workdir)
        self.engine = self.name = engine


class Fts5Facets(Fts5):
    """`search_bench`'s FTS5 (unicode61, diacritics removed), plus the same facets: counts by
    source and by year of all matches."""

    def query(self, item: dict) -> tuple[int, list]:
        total, snippets = super().query(item)
        match = " ".join(f'"{w}"' for w in item["q"].split())
        for column in ("source", "substr(published, 1, 4)"):
            self.db.execute(f"SELECT {column}, count(*) FROM docs WHERE docs MATCH ? "
                            f"GROUP BY 1", [match]).fetchall()
        return total, snippets


def _factory(name: str) -> Callable[[Path], object]:
    """How `search_bench.run_engine` makes the engine `name` (picklable for a spawned child)."""
    return Fts5Facets if name == "fts5" else functools.partial(Ours, engine=name)


def _by_variant(result: dict) -> dict[str, list[float]]:
    """Latencies by variant (plain, source filter, dates, newest), over every query class."""
    out: dict[str, list[float]] = {}
    for key, values in result["latencies"].items():
        out.setdefault(key.split("/")[1], []).extend(values)
    return out


def report(results: list[dict], n: int, command: str, generated: str) -> str:
    """The Markdown page: a table per measure, one column per engine."""
    names = [r["name"] for r in results]
    lines = [f"# Search at {n:,} articles ({datetime.now(UTC):%Y-%m-%d %H:%M} UTC)", "",
             f"`{command}`", "", machine_markdown(), "", generated, "",
             "| | " + " | ".join(names) + " | target |",
             "| :--- | " + " | ".join("---:" for _ in names) + " | :--- |"]

    def row(label: str, values: list[str], target: str = "") -> None:
        lines.append(f"| {label} | " + " | ".join(values) + f" | {target} |")

    every = [[x for xs in r["latencies"].values() for x in xs] for r in results]
    variants = [_by_variant(r) for r in results]
    row("full build, s", [f"{r['build_s']:,.0f}" for r in results], TARGETS["build_s"])
    row("full build, articles/s", [f"{r['rate']:,.0f}" for r in results])
    row("full build, CPU s", [f"{n / r['cpu_rate']:,.0f}" for r in results])
    row("peak memory of build, MiB", [f"{r['peak_mib']:,.0f}" for r in results],
        TARGETS["peak_mib"])
    row("index size (after the update), MiB", [f"{r['size_mib']:,.0f}" for r in results])
    row(f"incremental +{NEW:,}, s", [f"{r['update_s']:.1f}" for r in results])
    row("query p50, ms", [f"{statistics.median(xs):.1f}" for xs in every])
    row("query p95, ms", [f"{_p95(xs):.1f}" for xs in every], TARGETS["p95"])
    for variant in variants[0]:
        row(f"  {variant}: p50 / p95, ms",
            [f"{statistics.median(v[variant]):.1f} / {_p95(v[variant]):.1f}" for v in variants])
    lines += ["", f"{len(every[0])} timed queries per engine after {len(every[0])} warm-up "
              "ones; each returns its total, the top 10 with snippets (FTS5: `snippet()`), and "
              "counts by source and by year of all matches. Peak memory counts the indexing "
              "workers (each at the largest one's peak)."]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=1_000_000, help="articles in the corpus")
    parser.add_argument("--engines", default="tantivy,fts5",
                        help="comma-separated: tantivy, whoosh, fts5")
    parser.add_argument("--workdir", required=True, help="corpus and indexes (kept)")
    parser.add_argument("--output", default=str(Path(__file__).with_name("MILLION.md")),
                        help="the Markdown report, or - for stdout")
    args = parser.parse_args()
    workdir = Path(args.workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    _prepare(workdir, args.n)
    generated = f"Corpus: `bench.corpus`, {args.n:,} articles of about 3 KB, seed 1 " \
                f"({_du(workdir / 'pristine') / 2**20:,.0f} MiB of JSON Lines; generated or " \
                f"reused in {time.perf_counter() - started:,.0f} s)."
    results = []
    for name in args.engines.split(","):
        results.append(run_on_copy(workdir, name, args.n, 8, NEW, _factory(name)))
        text = report(results, args.n, "python -m bench.million_bench " + " ".join(sys.argv[1:]),
                      generated)
        if args.output == "-":
            print(text, flush=True)
        else:
            Path(args.output).write_text(text, encoding="utf-8")  # after each engine: partial
        shutil.rmtree(workdir / name / "archive")  # a copy of the corpus: disk back
    if args.output != "-":
        print(Path(args.output).read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
