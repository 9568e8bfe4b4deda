"""Silence is a failure (issue 11 item 4, issue 10): a crawl that ran to its end without doing its job
is a failed run with a one-line reason, exit status 1, shown by `archiver runs` and `schedule status`.
A quiet day on a healthy portal is not a failure."""

from __future__ import annotations

import socket
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from archiver.archive.runs import silence
from archiver.archive.store import Archive
from archiver.config import Config, DataDir
from archiver.crawl.jobs import Job
from archiver.crawl.scheduler import SourceState
from archiver.record import article_id
from archiver.sources import Source
from tests.conftest import FAST, run_archiver
from tests.hostile_site import HostileSite, article, crawl, listing, write_sources


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _fails_and_shows(tmp, site: HostileSite | str, reason: str, *args: str) -> None:
    """A crawl of the site fails with `reason`, exit status 1, and `runs` and `schedule status`
    both name the failure."""
    write_sources(tmp / "sources.toml", site, extra='schedule = "1d"')
    done = crawl(site, tmp, *args)
    assert done.returncode == 1, done.stdout + done.stderr
    assert f"failed: {reason}" in done.stdout, done.stdout
    args = ("--data-dir", str(tmp), "--sources", str(tmp / "sources.toml"))
    runs = run_archiver(*args, "runs")
    assert reason in runs.stdout, runs.stdout
    status = run_archiver(*args, "schedule", "status")
    assert status.returncode == 0, status.stderr
    assert f"failed: {reason}" in status.stdout.replace("\n", " "), status.stdout


def test_unreachable_portal_is_a_failed_run(tmp_path):
    _fails_and_shows(tmp_path, f"http://127.0.0.1:{_free_port()}", "unreachable",
                     "-s", "RETRY_TIMES=0")


def test_pages_without_any_article_is_a_failed_run(tmp_path):
    pages = {"/": listing(["/gioi-thieu", "/lien-ket"]),
             "/gioi-thieu": "<html><body><p>Giới thiệu</p></body></html>",
             "/lien-ket": "<html><body><p>Liên kết</p></body></html>"}
    with HostileSite(pages.get) as site:
        _fails_and_shows(tmp_path, site, "no article found in ")


def test_mostly_unreadable_article_pages_is_a_failed_run(tmp_path):
    def answer(target: str) -> str | None:
        if target == "/":
            return listing([f"/news/{n}" for n in range(4)])
        if target == "/news/0":
            return article("Tin đọc được")
        if target.startswith("/news/"):  # a template the extractor cannot read: no body
            return "<html><head><title>x</title></head><body><span>Tin</span></body></html>"
        return None

    with HostileSite(answer) as site:
        _fails_and_shows(tmp_path, site, "extraction failed on 3 of 4 article pages")


#: `archiver` in a child process whose extractor raises on the portal's start page, as a bug met on
#: markup nobody foresaw does (the fault is injected; the crawl, over HTTP, is real).
EXTRACTOR_FAILS_ON_START_PAGE = """
from urllib.parse import urlsplit
from archiver.cli import main
from archiver.extract.page import ArticlePage
read = ArticlePage.fields
def failing(page):
    if urlsplit(page.url).path == "/":
        raise TypeError("expected string or bytes-like object, got 'NoneType'")
    return read(page)
ArticlePage.fields = failing
main()
"""


def test_an_extractor_failure_costs_its_page_only_counted_and_said(tmp_path):
    """The start page the extractor fails on still leads to its articles; the failure is counted
    in the run's tally and said in one line, with no traceback."""
    pages = {"/": listing([f"/news/{n}" for n in range(4)])}
    pages |= {f"/news/{n}": article(f"Tin số {n} của xã", n + 1) for n in range(4)}
    with HostileSite(pages.get) as site:
        sources = write_sources(tmp_path / "sources.toml", site)
        done = subprocess.run(
            [sys.executable, "-c", EXTRACTOR_FAILS_ON_START_PAGE, "--data-dir", str(tmp_path),
             "--sources", str(sources), "crawl", "--no-index", *FAST],
            capture_output=True, text=True, timeout=120, cwd=Path(__file__).resolve().parents[1])
    assert done.returncode == 0, done.stdout + done.stderr
    assert "4 new" in done.stdout and "failures: extractor_error 1" in done.stdout, done.stdout
    said = [line for line in done.stderr.splitlines() if "the extractor failed" in line]
    assert len(said) == 1 and "(TypeError: expected string" in said[0], done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    titles = {r["title"] for r in Archive(tmp_path / "archive").iter_records(["hostile"])}
    assert titles == {f"Tin số {n} của xã" for n in range(4)}


def test_a_quiet_day_on_a_healthy_portal_is_not_a_failure(tmp_path):
    """Held: nothing new since the last crawl is success, as is a first crawl with articles."""
    pages = {"/": listing(["/news/1", "/news/2"]),
             "/news/1": article("Tin một", 1), "/news/2": article("Tin hai", 2)}
    with HostileSite(pages.get) as site:
        first = crawl(site, tmp_path)
        second = crawl(site, tmp_path)
    assert first.returncode == 0, first.stdout + first.stderr
    assert "2 new" in first.stdout
    assert second.returncode == 0, second.stdout + second.stderr
    assert "failed" not in second.stdout


def test_failed_runs_are_results_in_schedule_status():
    reason = "failed: unreachable (ConnectionRefusedError 1)"

    run = {"started": "2025-01-01T00:00:00Z", "pages": 0, "new": 0, "updated": 0, "removed": 0,
           "failures": {"ConnectionRefusedError": 1}, "stopped_because": reason}
    state = SourceState(Source("s", ("http://a/",)), None, [run])
    assert state.result() == reason


def test_what_a_new_job_finds_archived_was_archived_before_it_even_in_the_same_second(tmp_path):
    """A crawl that begins in the second the previous one archived an article still meets that
    article as already archived (else an incremental crawl finding nothing new reads as silence)."""
    config = Config(DataDir(tmp_path), tmp_path / "sources.toml")
    source = Source("s", ("http://127.0.0.1:9/",))
    aid = article_id("http://127.0.0.1:9/a")
    at = "2025-01-01T00:00:00Z"
    Archive(config.data.archive).append([{"id": aid, "url": "http://127.0.0.1:9/a", "source": "s",
                                         "title": "t", "body": "b", "first_seen": at,
                                         "fetched_at": at}])
    job = Job.open(config, source, now=datetime(2025, 1, 1, tzinfo=UTC))
    try:
        assert job.started == at
        assert job.archived_before(job.lookup(aid))
    finally:
        job.close("shutdown", {})


def test_pages_the_extractor_failed_on_count_as_unread_article_pages():
    """An extractor bug on most of a portal's pages is the template not read, like pages read
    with no article in them: the run fails with the share."""
    stats = {"finish_reason": "finished", "response_received_count": 6,
             "archiver/articles/new": 1, "archiver/failed/extraction": 1,
             "archiver/failed/extractor_error": 2}
    assert silence(stats) == "extraction failed on 3 of 4 article pages"
