"""Many portals on one machine: `archiver crawl --jobs N` over local sample portals, N = 1 (one source
after the other: the serial run), 4 and 16, into a fresh data dir each time.

    nice -n 19 python -m bench.parallel_bench --portals 200 [--jobs 1,4,16] [--workers 3] [--delay 0]

Each portal is a sample site of the demo's 27 articles (the five families in turn) served by this
process on 127.0.0.1; then the same portals shared by `--workers` `archiver worker` processes
through a local redis-server (one machine here: the cost of leasing, beside `--jobs`). Per run:
wall time, pages/s (pages fetched, from the run records, over the wall time), CPU seconds of the
crawl and its children, and per portal (each portal is crawled by a process of its own, which pays
its start-up), CPU seconds of the portals' servers (this process), CPU seconds every other process
of the machine used meanwhile (/proc/stat: a shared machine's contention), the load average before
and after, peak memory of the whole process tree (sampled), and whether every portal's articles
were all archived. With `--delay 0` the figures are the machine's CPU bound; with a polite delay (a
real portal's 1 s) a crawl mostly waits, and N crawls at once come close to N times the pages/s.
"""

from __future__ import annotations

import contextlib
import os
import resource
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from archiver.archive.runs import read_runs
from archiver.archive.store import Archive
from archiver.config import DataDir
from archiver.demo.articles import load_articles
from archiver.demo.server import serve
from archiver.demo.site import build_site
from bench.common import arguments, machine_markdown, note, section, table

ROOT = Path(__file__).resolve().parents[1]
FAMILIES = ("sharepoint", "liferay", "nukeviet", "phpsite", "unknown")


def _tree_rss_mib(root: int) -> float:
    """Resident memory of a process and all its descendants, from /proc."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry)] = int(fields[1])
        rss[int(entry)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
    tree, frontier = {root}, [root]
    while frontier:
        pid = frontier.pop()
        kids = [p for p, parent in parents.items() if parent == pid]
        tree.update(kids)
        frontier += kids
    return sum(rss.get(p, 0) for p in tree) / 2**20


def _machine_busy_s() -> float:
    """CPU seconds every core of the machine spent on anything but idling, since boot."""
    with open("/proc/stat") as f:
        ticks = [int(x) for x in f.readline().split()[1:]]
    idle = ticks[3] + ticks[4]  # idle, iowait
    return (sum(ticks[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def crawl(portals: list[str], jobs: int, delay: float, redis_url: str | None = None) -> dict:
    """One `archiver crawl --jobs` of every portal into a fresh data dir, measured; with
    `redis_url`, `jobs` workers (`archiver worker --until-idle`) sharing the sources instead."""
    with tempfile.TemporaryDirectory(prefix="parallel-bench-") as tmp:
        data = Path(tmp)
        sources = data / "sources.toml"
        sources.write_text("".join(
            f'[[source]]\nid = "{_portal_id(i)}"\nname = "Cổng mẫu {i}"\nprovince = "Quảng Ninh"\n'
            f'start_urls = ["{url}/"]\ndelay = {delay}\nschedule = "1d"\n\n'
            for i, url in enumerate(portals)), encoding="utf-8")
        base = [sys.executable, "-m", "archiver", "--data-dir", str(data), "--sources",
                str(sources)]
        if redis_url:
            commands = [[*base, "worker", "--redis", redis_url, "--until-idle",
                         "-s", "AUTOTHROTTLE_ENABLED=False"]] * jobs
        else:
            commands = [[*base, "crawl", "--no-index", "--jobs", str(jobs),
                         "-s", "AUTOTHROTTLE_ENABLED=False"]]
        peak = [0.0]
        load_before, busy_before = os.getloadavg()[0], _machine_busy_s()
        ours_before = _self_cpu_s()
        started = time.perf_counter()
        # Output to files, not pipes: a pipe read only at the end fills (64 KiB) and stalls the
        # crawls; the lines naming an incomplete portal are quoted from these files.
        outputs = [data / f"output-{n}.txt" for n in range(len(commands))]
        processes = []
        for command, output in zip(commands, outputs, strict=True):
            with open(output, "wb") as out:
                processes.append(subprocess.Popen(command, cwd=ROOT, stdout=out,
                                                  stderr=subprocess.STDOUT))
        stop = threading.Event()

        def sample() -> None:
            while not stop.wait(0.25):
                peak[0] = max(peak[0], sum(_tree_rss_mib(p.pid) for p in processes))

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        statuses, cpu = [], 0.0
        for process in processes:
            _, status, usage = os.wait4(process.pid, 0)
            statuses.append(os.waitstatus_to_exitcode(status))
            cpu += usage.ru_utime + usage.ru_stime
        wall = time.perf_counter() - started
        stop.set()
        sampler.join()
        served = _self_cpu_s() - ours_before
        others = _machine_busy_s() - busy_before - cpu - served
        runs = read_runs(DataDir(data))
        archive = Archive(data / "archive")
        per_source = {s: sum(1 for _ in archive.iter_records([s])) for s in archive.sources()}
        lines = [line for output in outputs
                 for line in output.read_text("utf-8", "replace").splitlines()]
        incomplete = [_why_incomplete(sid, per_source.get(sid, 0), runs, lines)
                      for sid in (_portal_id(i) for i in range(len(portals)))
                      if per_source.get(sid) != 27]
        return {"jobs": f"{jobs} workers" if redis_url else jobs, "status": max(statuses),
                "wall": wall, "pages": sum(r.get("pages", 0) for r in runs), "cpu": cpu,
                "served": served, "others": max(0.0, others),
                "load": (load_before, os.getloadavg()[0]),
                "peak_mib": peak[0], "complete": sum(n == 27 for n in per_source.values()),
                "portals": len(portals),
                "incomplete": incomplete, "tail": "\n".join(lines[-5:])}


def _why_incomplete(source: str, articles: int, runs: list[dict], lines: list[str]) -> str:
    """Why a portal is not complete: its last run record's reason and failures, and what the
    crawl said of it (its summary and warnings, which name it first)."""
    mine = [r for r in runs if r["source"] == source]
    said = [line for line in lines if line.startswith(f"{source}:")]
    run = (f"{mine[-1]['stopped_because']}, failures {mine[-1].get('failures')}" if mine
           else "no run record")
    return f"{source}: {articles} articles, {run}; output: " + " / ".join(said[-6:])


def _portal_id(i: int) -> str:
    return f"p{i:03d}"


def _self_cpu_s() -> float:
    """CPU seconds of this process so far: the portals' servers, the memory sampler."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


@contextlib.contextmanager
def redis_server() -> Iterator[str]:
    """A throwaway redis-server on a free port of 127.0.0.1 (no persistence)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with tempfile.TemporaryDirectory(prefix="parallel-bench-redis-") as tmp:
        server = subprocess.Popen(["redis-server", "--port", str(port), "--bind", "127.0.0.1",
                                   "--save", "", "--appendonly", "no", "--dir", tmp],
                                  stdout=subprocess.DEVNULL)
        try:
            time.sleep(0.5)
            yield f"redis://127.0.0.1:{port}/0"
        finally:
            server.terminate()
            server.wait()


def main() -> None:
    parser = arguments(__doc__.split("\n")[0])
    parser.add_argument("--portals", type=int, default=200)
    parser.add_argument("--jobs", default="1,4,16")
    parser.add_argument("--delay", type=float, default=0.0, help="each portal's politeness delay")
    parser.add_argument("--workers", type=int, default=3,
                        help="then this many `archiver worker`s through a local redis-server "
                             "(0: none)")
    args = parser.parse_args()
    count = 5 if args.quick else args.portals
    articles = load_articles()
    families = [FAMILIES[i % len(FAMILIES)] for i in range(count)]
    servers = [serve(lambda base, f=f: build_site(f, articles, base)) for f in families]
    results = []
    header = machine_markdown()
    runs = [(jobs, None) for jobs in map(int, args.jobs.split(","))]
    runs += [(args.workers, "redis")] if args.workers else []
    try:
        for jobs, redis in runs:
            note(f"crawling {count} portals with {jobs} {'workers' if redis else 'jobs'}…")
            with redis_server() if redis else contextlib.nullcontext() as url:
                results.append(crawl([s.base_url for s in servers], jobs, args.delay, url))
            r = results[-1]
            note("  " + " | ".join(map(str, _row(r))) + f" | exit {r['status']}")
            for why in r["incomplete"]:
                note("  incomplete: " + why)
            if r["status"] and not r["incomplete"]:
                note("  " + r["tail"])
    finally:
        for server in servers:
            server.stop()
    print(section(f"Parallel crawl of {count} local portals (delay {args.delay} s)",
                  f"`python -m bench.parallel_bench {' '.join(sys.argv[1:])}`", header,
                  table(COLUMNS, [_row(r) for r in results])))


COLUMNS = ["--jobs", "wall s", "pages", "pages/s", "CPU s (crawls)", "CPU s per portal", "CPU use",
           "CPU s (servers)", "CPU s (other processes)", "load avg before → after",
           "peak memory MiB (tree)", "portals complete"]


def _row(r: dict) -> list[object]:
    """One run's line of the table (COLUMNS)."""
    return [r["jobs"], f"{r['wall']:.0f}", r["pages"], f"{r['pages'] / r['wall']:.1f}",
            f"{r['cpu']:.0f}", f"{r['cpu'] / r['portals']:.2f}",
            f"{r['cpu'] / r['wall'] * 100:.0f} %", f"{r['served']:.0f}",
            f"{r['others']:.0f}", f"{r['load'][0]:.1f} → {r['load'][1]:.1f}",
            f"{r['peak_mib']:.0f}", f"{r['complete']}/{r['portals']}"]


if __name__ == "__main__":
    main()
