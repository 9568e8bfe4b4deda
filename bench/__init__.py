"""Benchmarks, run on demand: `make bench` (all of them, writes bench/RESULTS.md) or one module alone,
e.g. `python -m bench.crawl_bench --quick`."""
