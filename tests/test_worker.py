"""`archiver worker --redis`: three real worker processes share the due sources of many local
portals through a real `redis-server`; one worker is killed with SIGKILL mid-crawl; the archive ends
as a single-machine crawl leaves it: every article once, every source's crawl complete."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from archiver.archive.runs import COMPLETE, read_runs
from archiver.archive.store import Archive
from archiver.config import DataDir
from archiver.crawl.locks import SourceLock
from archiver.demo.server import SiteServer
from tests.changing_site import many_articles, serve_articles, source_table
from tests.conftest import FAST, run_archiver

pytest.importorskip("scrapy_redis", reason="the worker needs scrapy-redis")
REPO = Path(__file__).resolve().parents[1]
#: Portals in the fixture: the issue's 100, each crawled twice (alone, then by the workers).
#: `ARCHIVER_TEST_PORTALS=12` gives a quick version while working on the worker.
PORTALS = int(os.environ.get("ARCHIVER_TEST_PORTALS", "100"))
#: Articles of each portal but the slow one: the newest few of the sample, listed on one page.
#: A crawl process's start-up (about 1.1 s of CPU) is then most of a portal's cost; with all 27
#: sample articles each crawl took 3.2–4.5 s of CPU and the test 12 minutes of the suite.
PORTAL_ARTICLES = 4
SLOW = "slow"  # the portal whose crawl is killed: slow enough to be surely mid-way


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory):
    """A real redis-server on a free port of 127.0.0.1, no persistence, in a temp dir."""
    server = shutil.which("redis-server")
    if server is None:
        pytest.skip("redis-server is not installed (Debian package redis-server)")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([server, "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                             "--appendonly", "no", "--dir", str(tmp_path_factory.mktemp("redis"))],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.05)
    yield f"redis://127.0.0.1:{port}/0"
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="module")
def portals():
    servers = {SLOW: serve_articles(many_articles(4))}  # first: leased at once, then killed
    newest = many_articles(1)[-PORTAL_ARTICLES:]
    servers.update({f"p{i:03d}": serve_articles(newest) for i in range(PORTALS)})
    yield servers
    # at once: each server's shutdown waits out its poll interval (0.5 s), 30 s for 101 in a row
    with ThreadPoolExecutor(len(servers)) as pool:
        list(pool.map(SiteServer.stop, servers.values()))


def _sources(path: Path, portals: dict) -> Path:
    tables = "".join(source_table(sid, server, schedule="1d") for sid, server in portals.items())
    path.write_text(tables, "utf-8")
    return path


def _archive(data: Path) -> dict[str, Counter]:
    """Per source, how many records each (id, version) has."""
    archive = Archive(data / "archive")
    return {s: Counter((r["id"], r["version"]) for r in archive.iter_records([s]))
            for s in archive.sources()}


def _worker(data: Path, sources: Path, redis_url: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "archiver", "--data-dir", str(data), "--sources", str(sources),
         "worker", "--redis", redis_url, "--until-idle", "--lease", "3", *FAST,
         "-s", "DOWNLOAD_DELAY=0.01", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1"],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _holder_of_slow(data: Path, workers: list[subprocess.Popen]) -> subprocess.Popen:
    """The worker whose child crawls the slow portal, once it has archived a few articles."""
    lock = SourceLock(DataDir(data), SLOW)
    path = data / "archive" / f"{SLOW}.jsonl"
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        child = lock.holder()
        if child and path.exists() and path.read_bytes().count(b"\n") >= 5:
            stat = Path(f"/proc/{child}/stat").read_text()
            parent = int(stat.rsplit(")", 1)[1].split()[1])
            for w in workers:
                if w.pid == parent:
                    return w
        time.sleep(0.05)
    pytest.fail("the slow portal's crawl never got going")


def test_three_workers_one_killed_equal_one_machine(redis_url, portals, tmp_path):
    single = tmp_path / "single"
    single.mkdir()
    done = run_archiver("--data-dir", str(single), "--sources",
                        str(_sources(single / "sources.toml", portals)), "crawl", "--no-index",
                        *FAST, timeout=600)
    assert done.returncode == 0, done.stderr
    expected = _archive(single)
    assert len(expected) == PORTALS + 1

    shared = tmp_path / "shared"
    shared.mkdir()
    sources = _sources(shared / "sources.toml", portals)
    workers = [_worker(shared, sources, redis_url) for _ in range(3)]
    victim = _holder_of_slow(shared, workers)
    os.kill(victim.pid, signal.SIGKILL)
    others = [w for w in workers if w is not victim]
    outputs = [w.communicate(timeout=600) for w in others]
    victim.wait(timeout=10)
    assert victim.returncode == -signal.SIGKILL
    for w, (_, err) in zip(others, outputs, strict=True):
        assert w.returncode == 0, err

    got = _archive(shared)
    assert got.keys() == expected.keys()
    for source, versions in expected.items():
        assert set(got[source]) == set(versions), source
        assert max(got[source].values()) == 1, f"{source}: an article archived twice"
    leased = " ".join(out for out, _ in outputs)
    assert f"{SLOW}: leased by" in leased  # a surviving worker took the killed one's source
    runs = read_runs(DataDir(shared))
    assert {r["source"] for r in runs if r["stopped_because"] in COMPLETE} == set(expected)
    assert SourceLock(DataDir(shared), SLOW).busy() is None


def test_worker_names_an_unreachable_redis(tmp_path, portals):
    sources = _sources(tmp_path / "sources.toml", {"p000": portals["p000"]})
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens there once closed
    result = run_archiver("--data-dir", str(tmp_path), "--sources", str(sources), "worker",
                          "--redis", f"redis://127.0.0.1:{port}", "--until-idle")
    assert result.returncode == 2 and f"127.0.0.1:{port}" in result.stderr
