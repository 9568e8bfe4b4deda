"""Interrupted crawls: a real `archiver crawl` killed with SIGKILL (or stopped with Ctrl-C) mid-way is
resumed by the next crawl of its source, and the archive ends as an uninterrupted crawl's would: the
same articles, one record each. And one crawl per source at a time."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from archiver.archive.store import Archive
from archiver.config import DataDir
from archiver.crawl.locks import SourceLock, SourceLocked
from tests.changing_site import many_articles, serve_articles, source_table
from tests.conftest import FAST, run_archiver

REPO = Path(__file__).resolve().parents[1]
#: Slow enough that the crawl is surely mid-way when it is stopped (≈ 170 pages × 20 ms).
SLOW = ["-s", "DOWNLOAD_DELAY=0.02", "-s", "AUTOTHROTTLE_ENABLED=False",
        "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1"]


@pytest.fixture(scope="module")
def portal():
    server = serve_articles(many_articles(5))  # 135 articles
    yield server
    server.stop()


@pytest.fixture(scope="module")
def uninterrupted(portal, tmp_path_factory) -> dict[str, dict]:
    """The archive of one crawl that nobody stopped: id → record."""
    tmp = tmp_path_factory.mktemp("whole")
    sources = _sources(tmp, portal)
    done = run_archiver("--data-dir", str(tmp), "--sources", str(sources), "crawl", *FAST)
    assert done.returncode == 0, done.stderr
    records = _records(tmp)
    assert len(records) == len(portal.site.articles)
    return {r["id"]: r for r in records}


def _sources(tmp: Path, portal) -> Path:  # noqa: ANN001
    path = tmp / "sources.toml"
    path.write_text(source_table("big", portal) + source_table("other", portal), encoding="utf-8")
    return path


def _records(data: Path) -> list[dict]:
    """The source's archive (a line torn by the kill is skipped, as every reader does)."""
    return list(Archive(data / "archive").iter_records(["big"]))


def _start_slow_crawl(data: Path, sources: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "archiver", "--data-dir", str(data),
                             "--sources", str(sources), "crawl", "big", *SLOW],
                            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _wait_for_records(proc: subprocess.Popen, data: Path, n: int) -> int:
    """Wait until the crawl has archived `n` records; returns how many it has."""
    path = data / "archive" / "big.jsonl"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        count = path.read_bytes().count(b"\n") if path.exists() else 0
        if count >= n:
            return count
        assert proc.poll() is None, f"the crawl ended before {n} records: {proc.stderr.read()}"
        time.sleep(0.05)
    pytest.fail(f"no {n} records within 60 s")


def assert_same_archive(data: Path, uninterrupted: dict[str, dict]) -> None:
    records = _records(data)
    ids = Counter(r["id"] for r in records)
    assert max(ids.values()) == 1, "an article was archived twice"
    assert set(ids) == set(uninterrupted)
    for r in records:
        whole = uninterrupted[r["id"]]
        assert (r["url"], r["title"], r["body"], r["version"]) == (
            whole["url"], whole["title"], whole["body"], whole["version"])


def test_killed_crawl_is_resumed_to_the_same_archive(portal, uninterrupted, tmp_path):
    sources = _sources(tmp_path, portal)
    proc = _start_slow_crawl(tmp_path, sources)
    _wait_for_records(proc, tmp_path, 30)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    at_kill = len(_records(tmp_path))
    assert 30 <= at_kill < len(portal.site.articles), "the crawl was not mid-way"
    assert (tmp_path / "jobs" / "big" / "job.json").exists()
    assert not (tmp_path / "runs.jsonl").exists()  # a killed run records nothing

    resumed = run_archiver("--data-dir", str(tmp_path), "--sources", str(sources), "crawl", "big",
                           *FAST)
    assert resumed.returncode == 0, resumed.stderr
    assert "full walk: first crawl, resumed" in resumed.stdout
    assert_same_archive(tmp_path, uninterrupted)
    run = json.loads((tmp_path / "runs.jsonl").read_text())
    assert run["resumed"] and run["stopped_because"] == "finished"
    assert run["new"] == len(uninterrupted) - at_kill
    assert not (tmp_path / "jobs" / "big").exists(), "a finished job is cleared"


def test_ctrl_c_stops_cleanly_and_the_next_crawl_resumes(portal, uninterrupted, tmp_path):
    sources = _sources(tmp_path, portal)
    proc = _start_slow_crawl(tmp_path, sources)
    _wait_for_records(proc, tmp_path, 20)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert "Traceback" not in err
    assert "stopped: shutdown" in out
    run = json.loads((tmp_path / "runs.jsonl").read_text())
    assert run["stopped_because"] == "shutdown" and 20 <= run["new"] < len(uninterrupted)
    assert (tmp_path / "jobs" / "big" / "job.json").exists()

    resumed = run_archiver("--data-dir", str(tmp_path), "--sources", str(sources), "crawl", "big",
                           *FAST)
    assert resumed.returncode == 0, resumed.stderr
    assert_same_archive(tmp_path, uninterrupted)


def test_one_crawl_per_source_at_a_time(portal, tmp_path):
    sources = _sources(tmp_path, portal)
    with SourceLock(DataDir(tmp_path), "big"):
        with pytest.raises(SourceLocked, match=f"'big' is being crawled by process {os.getpid()}"):
            SourceLock(DataDir(tmp_path), "big").acquire()
        refused = run_archiver("--data-dir", str(tmp_path), "--sources", str(sources), "crawl",
                               "big", *FAST)
        assert refused.returncode == 2
        assert refused.stderr.strip().splitlines()[-1] == (
            f"error: source 'big' is being crawled by process {os.getpid()} "
            f"(lock {tmp_path / 'locks' / 'big.lock'})")
        other = run_archiver("--data-dir", str(tmp_path), "--sources", str(sources), "crawl",
                             "other", *FAST, "--max-articles", "3")
        assert other.returncode == 0, other.stderr
        assert "other: " in other.stdout
    assert SourceLock(DataDir(tmp_path), "big").holder() is None
