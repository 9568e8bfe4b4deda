"""Export: peak memory and speed of `archiver export` on a large generated archive, beside baselines.

A seeded archive of N articles (bench.corpus: ≈ 3 KB of Vietnamese text each, 20 portals), 5% of them
edited once (a second version) and 1% removed (a removal record), is exported to JSONL, CSV and Parquet
by the real command, each in a fresh process whose peak RSS the kernel reports. The baselines run the
same way on the same archive: load-everything (`Archive.latest()`, sort, write JSONL: the export before
this one) and pandas (`read_json` of every file, keep the last version, `to_parquet`: what a researcher
might do by hand). The JSONL export must equal the load-everything output byte for byte. Target
(issue 6): 200,000 articles exported with peak memory under 300 MiB.

    python -m bench.export_bench                      # 200,000 articles: ≈ 1 GB archive, minutes
    python -m bench.export_bench --quick              # 5,000
    python -m bench.export_bench --dir /tmp/exp200k   # keep the archive there and reuse it
"""

from __future__ import annotations

import hashlib
import json
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from archiver.archive.store import Archive
from archiver.record import content_hash, ordered, published_at
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
from bench.corpus import generate, to_record

TARGET_MIB, TARGET_N = 300, 200_000
EDITED, REMOVED = 0.05, 0.01
LATER = "2025-02-01T00:00:00Z"  # when the second crawl saw the edits and removals


def archive_lines(n: int, seed: int) -> Iterator[dict]:
    """The archive's lines as crawls would write them: every article, then the second crawl's new
    versions and removal records."""
    rng = random.Random(seed)
    later = []
    for article in generate(n, seed):
        record = to_record(article)
        yield record
        roll = rng.random()
        if roll < EDITED:
            body = record["body"] + "\n\nCập nhật: bổ sung số liệu mới."
            later.append({**record, "body": body, "version": 2, "fetched_at": LATER,
                          "last_seen": LATER, "content_hash": content_hash(record["title"], body)})
        elif roll < EDITED + REMOVED:
            later.append({**record, "status": "removed", "fetched_at": LATER, "last_seen": LATER})
    yield from later  # ≈ 6% of the articles, held until the end


def prepare(data_dir: Path, n: int, seed: int) -> None:
    """Write the archive unless `data_dir` already holds the one for (n, seed)."""
    stamp = data_dir / "bench.json"
    if stamp.exists() and json.loads(stamp.read_text()) == {"n": n, "seed": seed}:
        note(f"export: reusing the archive in {data_dir}")
        return
    shutil.rmtree(data_dir / "archive", ignore_errors=True)
    note(f"export: generating {n:,} articles …")
    started = time.perf_counter()
    lines = Archive(data_dir / "archive").append(archive_lines(n, seed))
    stamp.write_text(json.dumps({"n": n, "seed": seed}))
    note(f"export: {lines:,} archive lines in {time.perf_counter() - started:.0f} s")


# Baselines, run as `python -m bench.export_bench --baseline NAME DATA_DIR OUTPUT`.


def naive_jsonl(data_dir: Path, output: Path) -> None:
    """Load every latest version, sort, write: what the export did before it streamed."""
    latest = [r for r in Archive(data_dir / "archive").latest().values()
              if r.get("status") != "removed"]
    latest.sort(key=lambda r: (published_at(r) is None, published_at(r) or datetime.min, r["id"]))
    with open(output, "wb") as f:
        for record in latest:
            line = json.dumps(ordered(record), ensure_ascii=False, separators=(",", ":"))
            f.write(line.encode("utf-8") + b"\n")


def pandas_parquet(data_dir: Path, output: Path) -> None:
    """pandas as a researcher would use it: read every file, keep the last version, write."""
    import pandas as pd

    frames = [pd.read_json(p, lines=True, dtype=False)
              for p in sorted((data_dir / "archive").glob("*.jsonl"))]
    frame = pd.concat(frames, ignore_index=True).drop_duplicates("id", keep="last")
    frame = frame[frame["status"] != "removed"].sort_values(["published", "id"])
    frame.to_parquet(output)


#: Baseline name → what the report calls it, and the function a worker runs.
BASELINES = {"naive": ("load everything, sort, write JSONL", naive_jsonl),
             "pandas": ("pandas read_json + to_parquet", pandas_parquet)}
#: Each format beside the baseline that does the same job.
EXPORTS = {"jsonl": "naive", "csv": "naive", "parquet": "pandas"}


def report(data_dir: Path, out: Path, n: int, seed: int) -> str:
    prepare(data_dir, n, seed)
    size = sum(p.stat().st_size for p in (data_dir / "archive").glob("*.jsonl"))
    py = sys.executable
    floor = run_measured([py, "-c", "import archiver.cli"]).peak_rss_mb
    base = {name: _run(f"{label} (baseline)", [py, "-m", "bench.export_bench", "--baseline", name,
                                                str(data_dir), str(out / name)])
            for name, (label, _) in BASELINES.items()}
    ours = {fmt: _run(f"export --format {fmt}",
                      [py, "-m", "archiver", "--data-dir", str(data_dir), "export", "--format", fmt,
                       "--output", str(out / f"export.{fmt}")]) for fmt in EXPORTS}
    with open(out / "export.jsonl", "rb") as f:
        records = sum(1 for _ in f)

    def row(label: str, m: Measured, output: Path, beside: Measured | None) -> list[str]:
        return [label, num(m.wall), num(records / m.wall), num(m.peak_rss_mb),
                ratio(m.peak_rss_mb, beside.peak_rss_mb) if beside else "—",
                num(output.stat().st_size / 2**20)]

    rows = [row(f"`archiver export --format {fmt}`", ours[fmt], out / f"export.{fmt}",
                base[EXPORTS[fmt]]) for fmt in EXPORTS]
    rows += [row(f"{label} (baseline)", base[name], out / name, None)
             for name, (label, _) in BASELINES.items()]
    same = _sha(out / "export.jsonl") == _sha(out / "naive")
    worst = max(m.peak_rss_mb for m in ours.values())
    verdict = "**Target met**" if worst < TARGET_MIB else "**Target missed**"
    return section(
        "Export",
        f"{n:,} generated articles ({records:,} in the export after removals; archive "
        f"{size / 2**20:,.0f} MiB, 20 sources, 5% with a second version) exported by the real "
        "command and by two baselines, each in a fresh process; peak RSS from the kernel. "
        f"Importing the command line alone takes {floor:.0f} MiB. Memory vs baseline: ours ÷ the "
        "baseline doing the same job (Parquet ÷ pandas, JSONL and CSV ÷ load-everything).",
        table(["task", "s", "records/s", "peak RSS MiB", "memory vs baseline", "output MiB"],
              rows),
        f"JSONL export byte-identical to the load-everything baseline: {'yes' if same else 'NO'}.",
        f"{verdict}: peak memory of every export format under {TARGET_MIB} MiB "
        f"(worst {worst:.0f} MiB)" + ("." if n >= TARGET_N else
                                        f"; the target is for {TARGET_N:,} articles."))


def _run(label: str, command: list[str]) -> Measured:
    note(f"export: {label} …")
    measured = run_measured(command)
    if measured.returncode:
        tail = " | ".join(measured.stderr.strip().splitlines()[-2:])
        raise BenchError(f"{label} failed with exit status {measured.returncode}: {tail}")
    return measured


def _sha(path: Path) -> str:
    with open(path, "rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def main() -> None:
    parser = arguments(__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, help="articles (default 200,000; quick: 5,000)")
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--dir", type=Path, help="keep the archive here and reuse it next time")
    parser.add_argument("--baseline", nargs=3, metavar=("NAME", "DATA_DIR", "OUTPUT"),
                        help="(worker) run one baseline: naive or pandas")
    args = parser.parse_args()
    if args.baseline:
        name, data_dir, output = args.baseline
        BASELINES[name][1](Path(data_dir), Path(output))
        return
    n = args.n or (5_000 if args.quick else TARGET_N)
    with tempfile.TemporaryDirectory(prefix="export-bench-") as tmp:
        emit(lambda: report(args.dir or Path(tmp) / "data", Path(tmp), n, args.seed))


if __name__ == "__main__":
    main()
