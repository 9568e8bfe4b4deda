"""Server CPU per web search request, in one process, independent of the machine's load.

    python -m bench.web_cpu --workdir /tmp/wb3            # a web_bench workdir (corpus + index)
    python -m bench.web_cpu --workdir /tmp/wb3 --profile 30

The latencies of `bench.web_bench` depend on what else runs on the machine; the CPU time one
process spends on each request does not. This sends the requests the clients of `web_bench`'s
2-process run send (every other one to the page and to /api/search) through Starlette's test
client, to one fresh process started as `archiver serve` starts each of its processes, after the
same warm-up searches as web_bench's, and prints the CPU time (time.process_time) of the start,
the warm-up and each request: mean, p50, p95, the worst requests (first searches of very common
syllables) and, with --profile, the functions that cost most.
"""

from __future__ import annotations

import cProfile
import io
import os
import pstats
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlencode

from archiver.archive.store import Archive
from bench.common import arguments
from bench.search_bench import query_mix
from bench.web_bench import p95, params


def main() -> None:
    parser = arguments(__doc__.split("\n")[0])
    parser.add_argument("--workdir", required=True, help="a web_bench --workdir (already built)")
    parser.add_argument("--size", type=int, default=6, help="base queries per class")
    parser.add_argument("--clients", type=int, default=8, help="clients whose requests are sent")
    parser.add_argument("--profile", type=int, default=0, help="print this many costliest calls")
    args = parser.parse_args()
    from starlette.testclient import TestClient

    from archiver.web import app as app_module
    from archiver.web.app import DATA_ENV, from_environment

    data = Path(args.workdir) / "data"
    archive = Archive(data / "archive")
    # web_bench's 2-process run: client k sends query_mix(400 + k) + query_mix(500 + k).
    sent = [(i + k, item) for k in range(args.clients)
            for i, item in enumerate(query_mix(archive, 400 + k, args.size)
                                     + query_mix(archive, 500 + k, args.size))]
    warm = query_mix(archive, 1, 2)
    started = time.process_time()
    os.environ[DATA_ENV] = str(data)  # as `archiver serve` starts each server process
    client = TestClient(from_environment())
    note = f"server start: {(time.process_time() - started) * 1000:,.0f} ms CPU"
    started = time.process_time()
    for item in warm:
        client.get(f"/?{urlencode(params(item))}").raise_for_status()
    note += f", {len(warm)} warm-up searches: {(time.process_time() - started) * 1000:,.0f} ms"
    profiler = cProfile.Profile()
    if args.profile:  # the page's work runs in a worker thread, which cProfile follows only here
        async def profiled(func: Callable, *a: object) -> object:
            return profiler.runcall(func, *a)

        app_module.run_in_threadpool = profiled
    costs = []
    for turn, item in sent:
        path = ("/", "/api/search")[turn % 2]
        started = time.process_time()
        client.get(f"{path}?{urlencode(params(item))}").raise_for_status()
        costs.append(((time.process_time() - started) * 1000, path, item))
    ms = [c for c, _, _ in costs]
    print(note)
    print(f"{len(ms)} requests: CPU ms mean {statistics.mean(ms):.1f}, p50 "
          f"{statistics.median(ms):.1f}, p95 {p95(ms):.1f}, max {max(ms):.1f}, "
          f"total {sum(ms) / 1000:.1f} s")
    for c, path, item in sorted(costs, key=lambda x: -x[0])[:8]:
        print(f"  {c:7.1f} ms  {path:12} {item['variant']:7} {item['q']}")
    if args.profile:
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(args.profile)
        print(out.getvalue())


if __name__ == "__main__":
    main()
