"""Index and query speed of our search beside SQLite FTS5 and textbook Whoosh, in the same run.

    python -m bench.search_bench --quick          # 5,000 articles, a minute or two
    python -m bench.search_bench                  # 100,000 articles (≈ 3 KB each): tens of minutes

Each engine runs in its own fresh process (so its peak memory is its own): a full build from the
archive, an incremental update with 1,000 new articles, then the query mix, warmed on one sample of
queries and timed on another. The mix: frequent syllables, two-syllable words, 3–5-syllable phrases
copied from articles (with and without diacritics), each plain, with a source filter, with a date
range and sorted by newest; top 10 with snippets and the total count.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import resource
import shutil
import sqlite3
import statistics
import tempfile
import time
from collections import Counter
from datetime import datetime
from pathlib import Path

from archiver.archive.store import Archive
from archiver.config import Config, DataDir
from archiver.extract.text import fold_diacritics
from bench.corpus import frequency_table, generate, source_id, to_record
from index.build import MAX_WORKERS

TARGETS = {"build": "≥ 600/s", "incremental": "≤ 15 s", "memory": "≤ 1536 MiB",
           "median": "≤ 50 ms", "p95": "≤ 250 ms"}
VARIANTS = ("plain", "source", "dates", "newest")
DATE_FROM, DATE_TO = datetime(2019, 1, 1), datetime(2022, 1, 1)


# -- the query mix ---------------------------------------------------------------------------------

def query_mix(archive: Archive, seed: int, size: int) -> list[dict]:
    """`size` base queries of each class, each in the four variants."""
    rng = random.Random(seed)
    frequent = [w for w, _ in frequency_table()[:40]]
    pairs = Counter()
    bodies = []
    for i, record in enumerate(archive.iter_records()):
        if i >= 400:
            break
        words = record["body"].split()
        pairs.update(" ".join(p) for p in zip(words, words[1:], strict=False)
                     if all(w.isalpha() and w.islower() for w in p))
        bodies.append(words)
    bases = [("frequent", w) for w in rng.sample(frequent, size)]
    bases += [("two-syllable", w) for w in rng.sample([p for p, _ in pairs.most_common(200)], size)]
    for _ in range(size):
        words = rng.choice(bodies)
        n = rng.randint(3, 5)
        start = rng.randrange(len(words) - n)
        phrase = " ".join(w.strip(".,;:") for w in words[start:start + n]).lower()
        bases.append(("phrase", phrase))
        bases.append(("phrase-folded", fold_diacritics(phrase)))
    sources = [source_id(k) for k in range(20)]
    return [{"class": cls, "q": q, "variant": v, "source": rng.choice(sources)}
            for cls, q in bases for v in VARIANTS]


# -- engines: each builds, updates and answers the mix ----------------------------------------------

class Ours:
    name = "ours"

    def __init__(self, workdir: Path):
        self.config = Config(DataDir(workdir), workdir / "sources.toml")

    def build(self) -> None:
        from index.build import update_index
        update_index(self.config.data.index, Archive(self.config.data.archive), rebuild=True)

    def update(self) -> None:
        from index.build import update_index
        update_index(self.config.data.index, Archive(self.config.data.archive))

    def query(self, item: dict) -> tuple[int, list]:
        from index.filters import Filters
        from index.query import search
        v = item["variant"]
        filters = Filters(source=item["source"] if v == "source" else None,
                          date_from=DATE_FROM if v == "dates" else None,
                          date_to=DATE_TO if v == "dates" else None)
        r = search(self.config.data.index, item["q"], filters,
                   sort="newest" if v == "newest" else "relevance", limit=10)
        return r.total, [h.snippet for h in r.hits]

    def size(self) -> int:
        return _du(self.config.data.index)


class Fts5:
    """SQLite FTS5 with `unicode61 remove_diacritics 2`, as the issue asks."""

    name = "fts5"

    def __init__(self, workdir: Path):
        self.workdir = workdir
        self.path = workdir / "fts5.db"
        self.db: sqlite3.Connection | None = None
        self.offsets: dict[str, int] = {}

    def build(self) -> None:
        self.path.unlink(missing_ok=True)
        self.db = sqlite3.connect(self.path)
        self.db.execute("CREATE VIRTUAL TABLE docs USING fts5(title, body, source UNINDEXED, "
                        "published UNINDEXED, tokenize='unicode61 remove_diacritics 2')")
        self._load()

    def update(self) -> None:
        self._load()

    def _load(self) -> None:
        archive = Archive(self.workdir / "archive")
        with self.db:
            for source in archive.sources():
                path = archive.path_for(source)
                with open(path, "rb") as f:
                    f.seek(self.offsets.get(source, 0))
                    rows = ((r["title"], f"{r['summary'] or ''}\n{r['body']}", r["source"],
                             r["published"]) for r in map(json.loads, f))
                    self.db.executemany("INSERT INTO docs VALUES (?, ?, ?, ?)", rows)
                    self.offsets[source] = f.tell()

    def query(self, item: dict) -> tuple[int, list]:
        match = " ".join(f'"{w}"' for w in item["q"].split())
        where, args = "docs MATCH ?", [match]
        if item["variant"] == "source":
            where += " AND source = ?"
            args.append(item["source"])
        if item["variant"] == "dates":
            where += " AND published >= ? AND published < ?"
            args += [DATE_FROM.isoformat(), DATE_TO.isoformat()]
        order = "published DESC" if item["variant"] == "newest" else "rank"
        total = self.db.execute(f"SELECT count(*) FROM docs WHERE {where}", args).fetchone()[0]
        hits = self.db.execute(
            f"SELECT title, snippet(docs, 1, '[', ']', '…', 24) FROM docs WHERE {where} "
            f"ORDER BY {order} LIMIT 10", args).fetchall()
        return total, [h[1] for h in hits]

    def size(self) -> int:
        return self.path.stat().st_size


class TextbookWhoosh:
    """Whoosh as its tutorial sets it up: StandardAnalyzer TEXT fields, the default writer."""

    name = "whoosh"

    def __init__(self, workdir: Path):
        self.workdir = workdir
        self.dir = workdir / "whoosh-textbook"
        self.offsets: dict[str, int] = {}
        self.ix = None
        self.searcher = None

    def build(self) -> None:
        from whoosh import fields, index
        shutil.rmtree(self.dir, ignore_errors=True)
        self.dir.mkdir()
        schema = fields.Schema(id=fields.ID(unique=True, stored=True),
                               title=fields.TEXT(stored=True), body=fields.TEXT(stored=True),
                               source=fields.ID(stored=True),
                               published=fields.DATETIME(stored=True, sortable=True))
        self.ix = index.create_in(str(self.dir), schema)
        self._load(update=False)

    def update(self) -> None:
        self._load(update=True)

    def _load(self, update: bool) -> None:
        archive = Archive(self.workdir / "archive")
        writer = self.ix.writer()
        add = writer.update_document if update else writer.add_document
        for source in archive.sources():
            with open(archive.path_for(source), "rb") as f:
                f.seek(self.offsets.get(source, 0))
                for r in map(json.loads, f):
                    add(id=r["id"], title=r["title"], body=f"{r['summary'] or ''}\n{r['body']}",
                        source=r["source"], published=datetime.fromisoformat(r["published"]))
                self.offsets[source] = f.tell()
        writer.commit()

    def query(self, item: dict) -> tuple[int, list]:
        from whoosh.qparser import QueryParser
        from whoosh.query import DateRange, Term
        if self.searcher is None:
            self.searcher = self.ix.searcher()
        q = QueryParser("body", self.ix.schema).parse(item["q"])
        kw = {}
        if item["variant"] == "source":
            kw["filter"] = Term("source", item["source"])
        if item["variant"] == "dates":
            kw["filter"] = DateRange("published", DATE_FROM, DATE_TO)
        if item["variant"] == "newest":
            kw.update(sortedby="published", reverse=True)
        results = self.searcher.search(q, limit=10, **kw)
        return len(results), [hit.highlights("body") for hit in results]

    def size(self) -> int:
        return _du(self.dir)


ENGINES = {e.name: e for e in (Ours, Fts5, TextbookWhoosh)}


def _du(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def _cpu_s() -> float:
    """CPU seconds of this process and its finished children (index workers): the build rate
    per CPU second does not depend on what else the (shared) machine runs."""
    return sum(u.ru_utime + u.ru_stime for u in map(resource.getrusage, _WHO))


_WHO = (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)


def _peak_mib() -> float:
    """Peak memory of the build: this process plus, if it used workers, each at the largest
    worker's peak (an upper bound: they may not all peak at once)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return (own + (MAX_WORKERS * child if child else 0)) / 1024


def run_engine(name: str, workdir: str, n: int, warm: list[dict], timed: list[dict],
               new: int) -> dict:
    """In a fresh process: build, measure, update, query."""
    workdir = Path(workdir)
    engine = ENGINES[name](workdir)
    started, cpu = time.perf_counter(), _cpu_s()
    engine.build()
    build_s, build_cpu = time.perf_counter() - started, _cpu_s() - cpu
    peak_build = _peak_mib()
    Archive(workdir / "archive").append(
        to_record(a, fetched_at="2025-06-01T00:00:00Z") for a in generate(new, seed=777))
    started = time.perf_counter()
    engine.update()
    update_s = time.perf_counter() - started
    for item in warm:
        engine.query(item)
    latencies: dict[str, list[float]] = {}
    totals = []
    for item in timed:
        started = time.perf_counter()
        total, _ = engine.query(item)
        latencies.setdefault(f"{item['class']}/{item['variant']}", []).append(
            (time.perf_counter() - started) * 1000)
        totals.append(total)
    return {"name": name, "build_s": build_s, "rate": n / build_s, "cpu_rate": n / build_cpu,
            "peak_mib": peak_build,
            "update_s": update_s, "size_mib": engine.size() / 2**20, "latencies": latencies,
            "totals": totals}


def _in_child(name: str, *args: object) -> dict:
    """Run one engine in a fresh (not daemonic: our indexer may start workers) process."""
    ctx = multiprocessing.get_context("spawn")
    receive, send = ctx.Pipe(duplex=False)
    process = ctx.Process(target=_child, args=(send, name, *args))
    process.start()
    result = receive.recv()
    process.join()
    return result


def _child(send: object, name: str, *args: object) -> None:
    send.send(run_engine(name, *args))


def _prepare(workdir: Path, n: int) -> None:
    """The archive of `n` generated articles (a copy of it for each engine)."""
    pristine = workdir / "pristine"
    if not (pristine / "done").exists():
        shutil.rmtree(pristine, ignore_errors=True)
        started = time.perf_counter()
        count = Archive(pristine).append(to_record(a) for a in generate(n, seed=1))
        (pristine / "done").write_text(str(count))
        print(f"generated {count:,} articles in {time.perf_counter() - started:.0f} s "
              f"({_du(pristine) / 2**20:.0f} MiB of JSON Lines)", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=100_000, help="articles in the corpus")
    parser.add_argument("--quick", action="store_true", help="5,000 articles, a short mix")
    parser.add_argument("--engines", default="ours,fts5,whoosh")
    parser.add_argument("--workdir", help="keep corpus and indexes here (default: a temp dir)")
    args = parser.parse_args()
    n = 5000 if args.quick else args.n
    size = 4 if args.quick else 8
    new = 1000
    workdir = Path(args.workdir or tempfile.mkdtemp(prefix="search-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    _prepare(workdir, n)
    results = []
    for name in args.engines.split(","):
        engine_dir = workdir / name
        shutil.rmtree(engine_dir, ignore_errors=True)
        shutil.copytree(workdir / "pristine", engine_dir / "archive")
        archive = Archive(engine_dir / "archive")
        warm, timed = query_mix(archive, 1, size), query_mix(archive, 2, size)
        print(f"running {name} on {n:,} articles…", flush=True)
        results.append(_in_child(name, str(engine_dir), n, warm, timed, new))
        print(_row_summary(results[-1]), flush=True)
    print()
    print(report(results, n, len(results[0]["totals"])))
    if not args.workdir:
        shutil.rmtree(workdir, ignore_errors=True)


def _all_latencies(r: dict) -> list[float]:
    return [x for xs in r["latencies"].values() for x in xs]


def _p95(xs: list[float]) -> float:
    return statistics.quantiles(xs, n=20)[-1] if len(xs) > 1 else xs[0]


def _row_summary(r: dict) -> str:
    lat = _all_latencies(r)
    return (f"  {r['name']}: build {r['rate']:.0f}/s ({r['cpu_rate']:.0f}/CPU-s), "
            f"+1,000 in {r['update_s']:.1f} s, "
            f"peak {r['peak_mib']:.0f} MiB, median {statistics.median(lat):.1f} ms, "
            f"p95 {_p95(lat):.1f} ms")


def report(results: list[dict], n: int, queries: int) -> str:
    names = [r["name"] for r in results]
    head = f"{'':34}" + "".join(f"{name:>14}" for name in names) + "   target"
    lines = [f"{n:,} articles, {queries} timed queries (top 10 + snippets + total), "
             f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the end",
             head, "-" * len(head)]

    def row(label: str, values: list[str], target: str = "") -> None:
        lines.append(f"{label:34}" + "".join(f"{v:>14}" for v in values) + f"   {target}")

    row("full build, articles/s", [f"{r['rate']:.0f}" for r in results], TARGETS["build"])
    row("  … per CPU second", [f"{r['cpu_rate']:.0f}" for r in results])
    row("full build, s", [f"{r['build_s']:.0f}" for r in results])
    row("incremental +1,000, s", [f"{r['update_s']:.1f}" for r in results], TARGETS["incremental"])
    row("peak memory of build, MiB", [f"{r['peak_mib']:.0f}" for r in results], TARGETS["memory"])
    row("index size, MiB", [f"{r['size_mib']:.0f}" for r in results])
    row("query median, ms", [f"{statistics.median(_all_latencies(r)):.1f}" for r in results],
        TARGETS["median"])
    row("query p95, ms", [f"{_p95(_all_latencies(r)):.1f}" for r in results], TARGETS["p95"])
    lines.append("median ms by query class / variant:")
    for key in results[0]["latencies"]:
        row(f"  {key}", [f"{statistics.median(r['latencies'][key]):.1f}" for r in results])
    return "\n".join(lines)


if __name__ == "__main__":
    main()
