"""Web search under load beside the command line and SQLite FTS5, and CLI start-up, in one run.

    python -m bench.web_bench --quick                 # 2,000 articles: checks the benchmark runs
    python -m bench.web_bench --articles 100000       # the issue's scale (corpus + index: long)

A generated corpus (bench.corpus) is archived and indexed, `archiver serve` starts in its own process,
and 8 clients (threads with keep-alive connections) each send their own sample of the
search-benchmark query mix (frequent syllables, words, phrases with and without diacritics; plain,
with a source filter, a date range, sorted by newest), every other request to the search page and
to /api/search (so both meet the same load and the same state of the server's caches): p50 and p95
per endpoint, and the server's CPU time per request. Beside them, in
the same run: the same queries through `archiver search` (a process each: what a researcher waits
for), through the library in this process, and through SQLite FTS5 (`unicode61 remove_diacritics 2`).
Then CLI start-up: `archiver --help` and `archiver search` beside `python -c pass`.
Target (issue 12): p95 of the search page under load ≤ 300 ms.
"""

from __future__ import annotations

import http.client
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

from archiver.archive.store import Archive
from bench.common import arguments, machine_markdown, note, num, section, table
from bench.corpus import generate, to_record
from bench.search_bench import DATE_FROM, DATE_TO, Fts5, query_mix

CLIENTS = 8
ROOT = Path(__file__).resolve().parents[1]


def params(item: dict) -> dict[str, str]:
    """A query of the mix as the site's parameters."""
    out = {"q": item["q"]}
    if item["variant"] == "source":
        out["source"] = item["source"]
    elif item["variant"] == "dates":
        out["from"], out["to"] = DATE_FROM.date().isoformat(), f"{DATE_TO.year - 1}"
    elif item["variant"] == "newest":
        out["sort"] = "newest"
    return out


def cli_args(item: dict) -> list[str]:
    """The same query as `archiver search` arguments."""
    return [item["q"], *(arg for k, v in params(item).items() if k != "q"
                         for arg in (f"--{k}", v))]


def load(port: int, paths: tuple[str, ...], queries: list[list[dict]],
         clients: int) -> dict[str, list[float]]:
    """Latencies (ms) per path of every query sent by `clients` concurrent clients, each its own
    list (distinct queries: nothing is answered twice), each client taking the paths in turn."""
    latencies: dict[str, list[float]] = {path: [] for path in paths}
    lock = threading.Lock()
    failures: list[str] = []

    def client(k: int) -> None:
        mine = queries[k % len(queries)]
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        for i, item in enumerate(mine):
            path = paths[(i + k) % len(paths)]
            started = time.perf_counter()
            conn.request("GET", f"{path}?{urlencode(params(item))}")
            response = conn.getresponse()
            response.read()
            took = (time.perf_counter() - started) * 1000
            with lock:
                latencies[path].append(took)
                if response.status != 200:
                    failures.append(f"{response.status} {item['q']}")
        conn.close()

    threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if failures:
        raise SystemExit(f"error: {len(failures)} requests failed, e.g. {failures[0]}")
    return latencies


def timed_runs(cmd: list[str], runs: int) -> list[float]:
    """Wall times (ms) of running a command `runs` times."""
    out = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(cmd, cwd=ROOT, capture_output=True, check=True)
        out.append((time.perf_counter() - started) * 1000)
    return out


def p95(xs: list[float]) -> float:
    return statistics.quantiles(xs, n=20)[-1] if len(xs) > 1 else xs[0]


def main() -> None:
    parser = arguments(__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=20_000, help="articles in the corpus")
    parser.add_argument("--clients", type=int, default=CLIENTS)
    parser.add_argument("--workers", default="1,2", help="server processes to measure, e.g. 1,2")
    parser.add_argument("--size", type=int, default=6, help="base queries per class")
    parser.add_argument("--cli-runs", type=int, default=12, help="`archiver search` processes")
    parser.add_argument("--workdir", help="keep corpus and index here (default: a temp dir)")
    args = parser.parse_args()
    n, size = (2000, 2) if args.quick else (args.articles, args.size)
    workdir = Path(args.workdir or tempfile.mkdtemp(prefix="web-bench-"))
    data = workdir / "data"
    archive = Archive(data / "archive")
    if not archive.sources():
        started = time.perf_counter()
        archive.append(to_record(a) for a in generate(n, seed=1))
        note(f"generated {n:,} articles in {time.perf_counter() - started:.0f} s")
    from index.build import update_index
    from index.filters import Filters
    from index.query import search

    started = time.perf_counter()
    update_index(data / "index", archive)
    note(f"index ready in {time.perf_counter() - started:.0f} s")
    # Every client of every run its own queries: caches warmed by one run never serve another.
    mixes = {w: [query_mix(archive, 100 * w * 2 + k, size) + query_mix(archive, 100 * (w * 2 + 1) + k,
                                                                    size)
                 for k in range(args.clients)] for w in map(int, args.workers.split(","))}
    queries = query_mix(archive, 2, size)
    warm = query_mix(archive, 1, 2)

    # In this process: the library, then FTS5 (its build is not timed here).
    def library(item: dict) -> None:
        p = params(item)
        search(data / "index", p["q"], Filters(
            source=p.get("source"), date_from=DATE_FROM if "from" in p else None,
            date_to=DATE_TO if "to" in p else None), p.get("sort", "relevance"), limit=20,
            facets=True)

    lib = _latencies(library, warm, queries)
    fts = Fts5(workdir / "fts")
    (workdir / "fts").mkdir(exist_ok=True)
    (workdir / "fts" / "archive").unlink(missing_ok=True)
    (workdir / "fts" / "archive").symlink_to(data / "archive")
    fts.build()
    fts_ms = _latencies(fts.query, warm, queries)

    served = {}  # workers → (page latencies, API latencies, server CPU ms per request)
    for workers, mix in mixes.items():
        port = _free_port()
        server = subprocess.Popen(
            [sys.executable, "-m", "archiver", "--data-dir", str(data), "serve", "--port",
             str(port), "--workers", str(workers)], cwd=ROOT, stderr=subprocess.DEVNULL)
        try:
            _wait(port)
            _settle(server.pid)
            load(port, ("/",), [warm] * workers, workers)  # every process opens the index
            cpu = _cpu_ms(server.pid)
            got = load(port, ("/", "/api/search"), mix, args.clients)
            per_request = (_cpu_ms(server.pid) - cpu) / sum(map(len, got.values()))
            served[workers] = (got["/"], got["/api/search"], per_request)
        finally:
            server.terminate()
            server.wait(timeout=30)

    python = [sys.executable]
    sample = random.Random(3).sample(queries, min(args.cli_runs, len(queries)))
    cli_search = []
    for item in sample:
        cli_search += timed_runs([*python, "-m", "archiver", "--data-dir", str(data), "search",
                                  *cli_args(item)], 1)
    runs = 3 if args.quick else 10
    startup = {"python -c pass": timed_runs([*python, "-c", "pass"], runs),
               "archiver --help": timed_runs([*python, "-m", "archiver", "--help"], runs),
               "archiver search (one query, whole run)": cli_search}
    print(report(n, len(queries), args.clients, served, lib, fts_ms, startup))
    if not args.workdir:
        shutil.rmtree(workdir, ignore_errors=True)


def _latencies(run: object, warm: list[dict], timed: list[dict]) -> list[float]:
    for item in warm:
        run(item)
    out = []
    for item in timed:
        started = time.perf_counter()
        run(item)
        out.append((time.perf_counter() - started) * 1000)
    return out


def _cpu_ms(pid: int) -> float:
    """CPU time (user + system, ms) of a process and its children so far: `archiver serve` and
    uvicorn's server processes (Linux /proc; living children are read, and the ended ones' time is
    in the parent's cutime)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0
    for proc in [pid, *_children(pid)]:
        try:
            fields = Path(f"/proc/{proc}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += sum(int(f) for f in fields[11:13]) + (sum(int(f) for f in fields[13:15])
                                                         if proc == pid else 0)
    return total * 1000 / tick


def _children(pid: int) -> list[int]:
    """Every descendant of a process (Linux /proc)."""
    out, todo = [], [pid]
    while todo:
        parent = todo.pop()
        for task in Path(f"/proc/{parent}/task").glob("*"):
            try:
                kids = [int(k) for k in (task / "children").read_text().split()]
            except OSError:
                continue
            out += kids
            todo += kids
    return out


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(port: int) -> None:
    """Until the server accepts connections: each of its processes first warms the index
    (`index.query.warm`: tens of seconds at 100,000 articles on a busy machine)."""
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)
    raise SystemExit("error: archiver serve did not start")


def _settle(pid: int) -> None:
    """Until the server's processes are idle: the first to finish warming accepts connections
    while the others still warm, and the measured clients must find them all ready."""
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline:
        before = _cpu_ms(pid)
        time.sleep(1)
        if _cpu_ms(pid) - before < 50:
            return


def report(n: int, queries: int, clients: int,
           served: dict[int, tuple[list[float], list[float], float]],
           lib: list[float], fts: list[float], startup: dict[str, list[float]]) -> str:
    rows = []
    cpu = []
    for workers, (page, api, per_request) in served.items():
        rows += [(f"search page `/`, {clients} clients, {workers} server process(es)", len(page),
                  num(statistics.median(page)), num(p95(page)), "≤ 300"),
                 (f"`/api/search`, {clients} clients, {workers} server process(es)", len(api),
                  num(statistics.median(api)), num(p95(api)), "")]
        cpu.append((f"{workers} server process(es)", len(page) + len(api), num(per_request)))
    rows += [("library `index.query.search` (+ facets), 1 client", len(lib),
             num(statistics.median(lib)), num(p95(lib)), ""),
            ("SQLite FTS5 (count + top 10 + snippets), 1 client", len(fts),
             num(statistics.median(fts)), num(p95(fts)), ""),
            ("`archiver search` process (start-up included)", len(startup[
                "archiver search (one query, whole run)"]),
             num(statistics.median(startup["archiver search (one query, whole run)"])),
             num(p95(startup["archiver search (one query, whole run)"])), "")]
    start = [(name, len(xs), num(statistics.median(xs)), num(min(xs))) for name, xs in
             startup.items()]
    return section(
        f"Web search: {n:,} articles, {queries} queries",
        machine_markdown(),
        "Latency in ms of the search-benchmark query mix (each plain, with a source filter, a date "
        "range and sorted by newest). The web server and the clients share the machine's cores; "
        "each client sends every other request to the page and to the API.",
        table(["what", "requests", "p50 ms", "p95 ms", "target"], rows),
        "CPU time of the server processes per request, page and API "
        "together:",
        table(["server", "requests", "CPU ms per request"], cpu),
        "Command-line start-up, wall ms:",
        table(["command", "runs", "median ms", "best ms"], start),
    )


if __name__ == "__main__":
    main()
