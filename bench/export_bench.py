"""Export benchmark: peak memory and speed of `archiver export` on a large generated archive.

A seeded archive of N articles (bench.corpus: ≈ 3 KB of Vietnamese text each, 20 portals) with 5% of
the articles edited once (a second version) and 1% removed (a removal record) is exported to JSONL,
CSV and Parquet by the real command, each in its own child process whose peak resident memory
(ru_maxrss) the kernel reports. Baselines run the same way on the same archive: a load-everything export
(`Archive.latest()`, sort, write: the export before this one) and pandas (`read_json` + `to_parquet`,
what a researcher might do by hand). The JSONL export must equal the load-everything output byte for
byte. Target (issue 6): 200,000 articles under 300 MiB.

    python -m bench.export_bench                 # 200,000 articles: ≈ 1 GB archive, a few minutes
    python -m bench.export_bench --quick         # 5,000
    python -m bench.export_bench --n 50000 --dir /tmp/exp50k   # keep (and reuse) the archive
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from archiver.record import content_hash, ordered
from archiver.selection import published_at
from archiver.store import Archive
from bench.corpus import generate, to_record

TARGET_MIB = 300
EDITED, REMOVED = 0.05, 0.01


def archive_lines(n: int, seed: int) -> Iterator[dict]:
    """The archive's lines as crawls would write them: every article, then the later crawls' new
    versions and removal records."""
    rng = random.Random(seed)
    later = []
    for article in generate(n, seed):
        record = to_record(article)
        yield record
        roll = rng.random()
        if roll < EDITED:
            body = record["body"] + "\n\nCập nhật: bổ sung số liệu mới."
            later.append({**record, "body": body, "version": 2,
                          "content_hash": content_hash(record["title"], body),
                          "fetched_at": "2025-02-01T00:00:00Z", "last_seen": "2025-02-01T00:00:00Z"})
        elif roll < EDITED + REMOVED:
            later.append({**record, "status": "removed", "fetched_at": "2025-02-01T00:00:00Z",
                          "last_seen": "2025-02-01T00:00:00Z"})
    yield from later  # held until the end: ≈ 6% of the articles


def prepare(data_dir: Path, n: int, seed: int) -> None:
    """Write the archive unless `data_dir` already holds the one for (n, seed)."""
    stamp = data_dir / "bench.json"
    if stamp.exists() and json.loads(stamp.read_text()) == {"n": n, "seed": seed}:
        return
    shutil.rmtree(data_dir / "archive", ignore_errors=True)
    started = time.perf_counter()
    lines = Archive(data_dir / "archive").append(archive_lines(n, seed))
    stamp.write_text(json.dumps({"n": n, "seed": seed}))
    print(f"generated {n:,} articles ({lines:,} archive lines) in "
          f"{time.perf_counter() - started:.0f} s", flush=True)


def measure(args: list[str]) -> tuple[float, float]:
    """Seconds and peak resident MiB of one child process; its stderr is shown only if it fails."""
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=errors)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode:
            errors.seek(0)
            sys.stderr.write(errors.read().decode("utf-8", "replace"))
            raise SystemExit(f"{' '.join(args)} failed with status {proc.returncode}")
    return seconds, usage.ru_maxrss / 1024  # KiB on Linux


# Baselines, run as `python -m bench.export_bench --baseline NAME DATA_DIR OUTPUT`.


def naive_jsonl(data_dir: Path, output: Path) -> None:
    """Load every latest version, sort, write: what the export did before streaming."""
    latest = [r for r in Archive(data_dir / "archive").latest().values()
              if r.get("status") != "removed"]
    latest.sort(key=lambda r: (published_at(r) is None, published_at(r) or datetime.min, r["id"]))
    with open(output, "wb") as f:
        for record in latest:
            f.write(json.dumps(ordered(record), ensure_ascii=False, separators=(",", ":"))
                    .encode("utf-8") + b"\n")


def pandas_parquet(data_dir: Path, output: Path) -> None:
    """pandas as a researcher would use it: read every file, keep the last version, write."""
    import pandas as pd

    frames = [pd.read_json(p, lines=True, dtype=False)
              for p in sorted((data_dir / "archive").glob("*.jsonl"))]
    frame = pd.concat(frames, ignore_index=True).drop_duplicates("id", keep="last")
    frame = frame[frame["status"] != "removed"].sort_values(["published", "id"])
    frame.to_parquet(output)


BASELINES = {"naive-jsonl": naive_jsonl, "pandas-parquet": pandas_parquet}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=200_000, help="articles (default 200,000)")
    parser.add_argument("--quick", action="store_true", help="5,000 articles")
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--dir", type=Path, help="keep the archive here and reuse it next time")
    parser.add_argument("--baseline", nargs=3, metavar=("NAME", "DATA_DIR", "OUTPUT"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.baseline:
        name, data_dir, output = args.baseline
        BASELINES[name](Path(data_dir), Path(output))
        return
    n = 5_000 if args.quick else args.n
    work = Path(tempfile.mkdtemp(prefix="export-bench-"))
    data_dir = args.dir or work / "data"
    try:
        run(data_dir, work, n, args.seed)
    finally:
        shutil.rmtree(work)


def run(data_dir: Path, out: Path, n: int, seed: int) -> None:
    prepare(data_dir, n, seed)
    size = sum(p.stat().st_size for p in (data_dir / "archive").glob("*.jsonl"))
    py = sys.executable
    floor = measure([py, "-c", "import archiver.cli"])[1]
    tasks = [(f"archiver export --format {fmt}",
              [py, "-m", "archiver", "--data-dir", str(data_dir), "export", "--format", fmt,
               "--output", str(out / f"export.{fmt}")], out / f"export.{fmt}")
             for fmt in ("jsonl", "csv", "parquet")]
    tasks += [(f"baseline: {name}", [py, "-m", "bench.export_bench", "--baseline", name,
                                     str(data_dir), str(out / name)], out / name)
              for name in BASELINES]
    print(f"\nexport of {n:,} generated articles (archive {size / 2**20:,.0f} MiB); each task in "
          f"its own process, peak resident memory from the kernel; importing the tool alone: "
          f"{floor:.0f} MiB\n")
    print(f"{'task':<38} {'seconds':>8} {'records/s':>10} {'peak MiB':>9} {'output MiB':>11}")
    peaks = {}
    records = None
    for label, command, output in tasks:
        seconds, peak = measure(command)
        if records is None:
            with open(output, "rb") as f:
                records = sum(1 for _ in f)
        peaks[label] = peak
        print(f"{label:<38} {seconds:>8.1f} {records / seconds:>10,.0f} {peak:>9.0f} "
              f"{output.stat().st_size / 2**20:>11.0f}", flush=True)
    same = _sha(out / "export.jsonl") == _sha(out / "naive-jsonl")
    print(f"\n{records:,} records per export; JSONL export byte-identical to the load-everything "
          f"baseline: {'yes' if same else 'NO'}")
    worst = max(v for k, v in peaks.items() if k.startswith("archiver"))
    verdict = "met" if worst < TARGET_MIB else "NOT met"
    print(f"target: peak memory under {TARGET_MIB} MiB for every format: {verdict} "
          f"(worst {worst:.0f} MiB)")


def _sha(path: Path) -> str:
    with open(path, "rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


if __name__ == "__main__":
    main()
