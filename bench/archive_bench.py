"""Archive writes and reads: `archiver.archive.store.Archive` against a plain `json.dumps`/`json.loads` loop.

100,000 article records (the shape a crawl stores, from `bench.corpus`, spread over 20 sources) are
appended with `Archive.append`, read back with `Archive.iter_records`, and collapsed to the latest
version of each with `Archive.latest` (what `export` and the crawl pipeline read). The baseline does the
same with a bare loop over one buffered file. Each step runs in a fresh process, so its peak RSS is its
own. The records are drawn from a pool of 2,000 generated articles, each copy with its own id, so
generating text does not weigh on the figures.

    python -m bench.archive_bench [--quick] [--n 100000]
"""

from __future__ import annotations

import json
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from archiver.archive.store import Archive
from bench.common import arguments, emit, note, num, print_result, ratio, run_worker, section, table
from bench.corpus import generate, to_record

POOL = 2000
#: Step → what the report calls it, in the order they run (each reads what append wrote).
STEPS = {"append": "append", "read": "read back", "latest": "latest version of each"}


def records(n: int) -> Iterator[dict]:
    """`n` distinct records: pool records, each copy under its own id."""
    pool = [to_record(a) for a in generate(min(n, POOL), seed=5)]
    for i in range(n):
        yield {**pool[i % len(pool)], "id": f"{i:016x}"}


def work(step: str, side: str, path: Path, n: int) -> dict:
    """(worker) One step on one side; the clock covers the step only, not building the pool."""
    if step == "append":
        source = records(n)
        first = next(source)  # builds the pool before the clock starts
        start = time.perf_counter()
        if side == "archive":
            count = Archive(path).append(_chain(first, source))
        else:
            count = 0
            with open(path / "plain.jsonl", "w", encoding="utf-8") as f:
                for record in _chain(first, source):
                    f.write(json.dumps(record, ensure_ascii=False) + "\n")
                    count += 1
    else:
        start = time.perf_counter()
        if side == "archive":
            found = Archive(path).latest() if step == "latest" else Archive(path).iter_records()
            count = sum(1 for _ in found)
        else:
            with open(path / "plain.jsonl", encoding="utf-8") as f:
                loaded = (json.loads(line) for line in f)
                count = len({r["id"]: r for r in loaded}) if step == "latest" else sum(
                    1 for _ in loaded)
    return {"records": count, "seconds": time.perf_counter() - start}


def _chain(first: dict, rest: Iterator[dict]) -> Iterator[dict]:
    yield first
    yield from rest


def report(n: int, repeat: int = 1) -> str:
    rows = []
    with tempfile.TemporaryDirectory(prefix="archive-bench-") as tmp:
        folders = {"archive": Path(tmp) / "archive", "plain": Path(tmp) / "plain"}
        for step, label in STEPS.items():
            runs: dict[str, list] = {side: [] for side in folders}
            for _ in range(repeat):  # interleaved, so a burst of other load hits both alike
                for side, folder in folders.items():
                    if step == "append":
                        shutil.rmtree(folder, ignore_errors=True)
                        folder.mkdir()
                    note(f"archive: {step} · {side} …")
                    result, measured = run_worker("bench.archive_bench", "--worker", step, side,
                                                  str(folder), "--n", str(n))
                    runs[side].append((result, measured, result["records"] / result["seconds"]))
            figures = {side: max(found, key=lambda r: r[2]) for side, found in runs.items()}
            size = sum(p.stat().st_size for p in folders["archive"].glob("*.jsonl"))
            for side, name in (("archive", f"{label} · Archive"),
                               ("plain", f"{label} · json loop (baseline)")):
                result, measured, rate = figures[side]
                rows.append([name, num(result["records"]), num(result["seconds"]), num(rate),
                             num(measured.peak_rss_mb), ratio(rate, figures["plain"][2])])
    return section(
        "Archive writes and reads",
        f"{n:,} records ({size / n / 1024:.1f} KiB each as stored, {size / 2**20:,.0f} MiB in all, "
        "20 sources) through `archiver.archive.store.Archive` and through a bare `json.dumps`/`json.loads` "
        f"loop on one buffered file; each step in a fresh process, the best of {repeat}. Append's "
        f"peak RSS includes the {POOL:,}-record pool the records are copied from; \"latest\" keeps "
        "every record in memory, as `Archive.latest` does.",
        table(["step", "records", "s", "records/s", "peak RSS MiB", "vs baseline"], rows),
        "`Archive.append` writes each record in field order and flushes every line so a killed "
        "crawl loses nothing it wrote; the baseline only buffers.")


def main() -> None:
    parser = arguments(__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, help="records (default 100000; quick: 2000)")
    parser.add_argument("--repeat", type=int, help="runs of each step, best kept (default 2; quick: 1)")
    parser.add_argument("--worker", nargs=3, metavar=("STEP", "SIDE", "DIR"),
                        help="(worker) run one step (append, read, latest) on one side "
                             "(archive, plain) in DIR")
    args = parser.parse_args()
    n = args.n or (2000 if args.quick else 100_000)
    if args.worker:
        step, side, folder = args.worker
        print_result(work(step, side, Path(folder), n))
        return
    emit(lambda: report(n, args.repeat or (1 if args.quick else 2)))


if __name__ == "__main__":
    main()
