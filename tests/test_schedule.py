"""`archiver schedule`: due sources are crawled (in child processes), the others are not; the status
table says when each ran, what it found and when it is due next."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta

import pytest
from click.testing import CliRunner

from archiver.archive.runs import CrawlSummary, append_run, read_runs
from archiver.cli import cli
from archiver.config import Config, DataDir
from archiver.crawl.scheduler import MAX_NAP, SourceState, next_wake, source_states
from archiver.record import format_utc
from archiver.schedule import parse_schedule
from archiver.sources import Source
from tests.changing_site import many_articles, serve_articles, source_table
from tests.conftest import FAST, run_archiver

NOW = datetime(2025, 3, 10, 8, 0, tzinfo=UTC)


def state(schedule: str | None, *starts: datetime, **last: object) -> SourceState:
    runs = [{"source": "s", "started": format_utc(t), "finished": format_utc(t), "pages": 10,
             "new": 1, "updated": 0, "removed": 0, "failures": {}, "article_links_found": 5,
             "stopped_because": "finished"} for t in starts]
    if runs:
        runs[-1].update(last)
    return SourceState(Source("s", ("http://x.vn/",), schedule=schedule),
                       parse_schedule(schedule) if schedule else None, runs)


def test_a_source_that_never_ran_is_due_now():
    assert state("1d").next_due(NOW) == NOW and state("1d").is_due(NOW)


def test_interval_counts_from_the_last_run_start():
    assert not state("1d", NOW - timedelta(hours=23)).is_due(NOW)
    assert state("1d", NOW - timedelta(hours=25)).is_due(NOW)
    assert state("6h", NOW - timedelta(hours=2)).next_due(NOW) == NOW + timedelta(hours=4)


def test_cron_is_read_in_local_time(monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Ho_Chi_Minh")
    time.tzset()
    try:
        # ran at 06:30 local (23:30 UTC); "0 6 * * *" is next due at 06:00 local the day after
        ran = datetime(2025, 3, 9, 23, 30, tzinfo=UTC)
        due = state("0 6 * * *", ran).next_due(NOW)
        assert due.astimezone(UTC) == datetime(2025, 3, 10, 23, 0, tzinfo=UTC)
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_unscheduled_source_is_never_due():
    assert state(None).next_due(NOW) is None and not state(None).is_due(NOW)


def test_results_and_warnings():
    assert state("1d").result() == "never crawled"
    assert state("1d", NOW).result() == "1 new, 0 updated, 0 removed"
    assert state("1d", NOW, stopped_because="shutdown").result() == "interrupted (shutdown)"
    assert state("1d", NOW, pages=0, failures={"DNSLookupError": 1}).result() == \
        "failed (DNSLookupError)"
    silent = state("1d", NOW - timedelta(days=2), NOW - timedelta(days=1), NOW)
    for run in silent.runs:
        run["article_links_found"] = 0
    assert "no article links found in the last 3 runs" in silent.warning()
    assert state("1d", NOW, NOW, NOW).warning() is None


@pytest.fixture(scope="module")
def scheduled(tmp_path_factory):
    """Sources a (daily, ran an hour ago), b (hourly, ran two hours ago), c (cron, never ran),
    d (no schedule), e (daily, three runs that found no article link); then `schedule run`."""
    tmp = tmp_path_factory.mktemp("schedule")
    server = serve_articles(many_articles(1))
    sources = tmp / "sources.toml"
    sources.write_text(
        source_table("a", server, schedule="1d") + source_table("b", server, schedule="1h")
        + source_table("c", server, schedule="*/5 * * * *") + source_table("d", server)
        + source_table("e", server, schedule="1d"), encoding="utf-8")
    now = datetime.now(UTC)
    for source, ago in (("a", timedelta(hours=1)), ("b", timedelta(hours=2)),
                        ("e", timedelta(hours=50)), ("e", timedelta(hours=26)),
                        ("e", timedelta(hours=2))):
        start = format_utc(now - ago)
        append_run(DataDir(tmp), CrawlSummary(source, started=start, finished=start, pages=3,
                                     stopped_because="finished"))
    done = run_archiver("--data-dir", str(tmp), "--sources", str(sources), "schedule", "run",
                        *FAST)
    yield tmp, sources, done, server
    server.stop()


def test_schedule_run_crawls_only_what_is_due(scheduled):
    tmp, _, done, server = scheduled
    assert done.returncode == 0, done.stderr
    new_runs = read_runs(DataDir(tmp))[5:]
    assert sorted(r["source"] for r in new_runs) == ["b", "c"]
    assert all(r["new"] == len(server.site.articles) for r in new_runs)
    assert sorted(p.stem for p in (tmp / "archive").glob("*.jsonl")) == ["b", "c"]
    assert "b: due (1h), crawling" in done.stdout and "a: " not in done.stdout


def test_schedule_run_again_finds_nothing_due(scheduled):
    tmp, sources, _, _ = scheduled
    again = run_archiver("--data-dir", str(tmp), "--sources", str(sources), "schedule", "run")
    assert again.returncode == 0 and again.stdout.strip() == "no source is due"


def test_loop_wakes_for_the_next_due_source(scheduled):
    tmp, sources, _, _ = scheduled
    config = Config(DataDir(tmp), sources)
    now = datetime.now(UTC)
    wake = next_wake(config, now)
    due = [s.next_due(now) for s in source_states(config) if s.schedule]
    assert wake == min([*due, now + MAX_NAP]) and now < wake <= now + MAX_NAP


def test_schedule_status_table(scheduled):
    tmp, sources, _, server = scheduled
    result = CliRunner().invoke(cli, ["--data-dir", str(tmp), "--sources", str(sources),
                                      "schedule", "status"])
    assert result.exit_code == 0, result.output
    rows = {line.split()[1]: line for line in result.output.splitlines()
            if line.startswith("│") and line.split()[1] in "abcde"}
    assert set(rows) == set("abcde")
    n = len(server.site.articles)
    assert f"{n} new, 0 updated, 0 removed" in rows["b"] and "*/5 * * * *" in rows["c"]
    assert "never" in rows["d"] and "—" in rows["d"]
    assert "warning: e: no article links found in the last 3 runs" in result.output
    assert "warning: a" not in result.output


def test_schedule_run_refuses_bad_settings(scheduled):
    tmp, sources, _, _ = scheduled
    result = CliRunner().invoke(cli, ["--data-dir", str(tmp), "--sources", str(sources),
                                      "schedule", "run", "-s", "NOEQUALS"])
    assert result.exit_code == 2 and "expected NAME=VALUE" in result.output
    assert json.loads((tmp / "runs.jsonl").read_text().splitlines()[-1])["source"] in "bc"
