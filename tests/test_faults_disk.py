"""Disk full (issue 11 item 3): a write that fails stops the source cleanly, keeps its job for the next
crawl to resume, records a failed run and exits non-zero; nothing is reported done that was not stored.

The child crawl runs under RLIMIT_FSIZE, so every file it writes past that size fails with EFBIG
(Python ignores SIGXFSZ): the same OSError path as ENOSPC, without a device file or a mount."""

from __future__ import annotations

import json
import resource
import subprocess
import sys
from collections import Counter
from pathlib import Path

from archiver.archive.store import Archive
from tests.conftest import FAST
from tests.hostile_site import HostileSite, article, crawl, listing, write_sources

ARTICLES = 30


def _answer(target: str) -> str | None:
    if target == "/":
        return listing([f"/news/{n}" for n in range(ARTICLES)])
    if target.startswith("/news/"):
        return article(f"Tin số {target[6:]}", 1 + int(target[6:]) % 28)
    return None


def _crawl_with_file_limit(tmp: Path, limit: int) -> subprocess.CompletedProcess:
    def limited() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return subprocess.run([sys.executable, "-m", "archiver", "--data-dir", str(tmp), "--sources",
                           str(tmp / "sources.toml"), "crawl", "--no-index", *FAST],
                          capture_output=True, text=True, timeout=120, preexec_fn=limited,
                          cwd=Path(__file__).resolve().parents[1])


def test_a_full_disk_stops_the_source_and_the_next_crawl_resumes(tmp_path):
    with HostileSite(_answer) as site:
        write_sources(tmp_path / "sources.toml", site)
        full = _crawl_with_file_limit(tmp_path, 12_000)
        assert full.returncode == 1, full.stdout + full.stderr
        assert "stopped: write error: File too large" in full.stdout, full.stdout
        assert "Traceback" not in full.stderr, full.stderr
        assert full.stderr.count("write error") == 1, full.stderr  # one line, not one per item
        run = json.loads((tmp_path / "runs.jsonl").read_text().splitlines()[-1])
        assert run["stopped_because"].startswith("write error")
        assert run["failures"]["write_error"] == 1
        assert (tmp_path / "jobs" / "hostile" / "job.json").exists(), "the job must stay"
        stored = {r["url"] for r in Archive(tmp_path / "archive").iter_records()}
        assert run["new"] == len(stored) < ARTICLES

        again = crawl(site, tmp_path)
    assert again.returncode == 0, again.stdout + again.stderr
    assert "resumed" in again.stdout
    urls = Counter(r["url"] for r in Archive(tmp_path / "archive").iter_records())
    assert len(urls) == ARTICLES and max(urls.values()) == 1
    assert not (tmp_path / "jobs" / "hostile").exists()


def test_no_run_record_space_still_gives_a_failed_summary(tmp_path):
    """Even the run record cannot be written: the summary still says why, exit status 1."""
    with HostileSite(_answer) as site:
        write_sources(tmp_path / "sources.toml", site)
        (tmp_path / "runs.jsonl").write_text("x" * 4000 + "\n")
        full = _crawl_with_file_limit(tmp_path, 4000)
    assert full.returncode == 1, full.stdout + full.stderr
    assert "write error" in full.stdout and "not crawled" not in full.stdout, full.stdout
    assert "Traceback" not in full.stderr, full.stderr
