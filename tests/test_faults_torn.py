"""Torn lines (issue 11 item 5): a killed writer can leave any append-only file without its last
newline. The next record must start on a fresh line instead of being swallowed by the torn one.
Held before: the archive files themselves (tests/test_store.py)."""

from __future__ import annotations

from archiver.archive.runs import CrawlSummary, append_run, read_runs
from archiver.archive.store import Archive
from archiver.config import Config, DataDir
from archiver.crawl.jobs import Job, load_known
from archiver.record import article_id
from archiver.sources import Source


def test_a_torn_run_record_does_not_swallow_the_next(tmp_path):
    (tmp_path / "runs.jsonl").write_text('{"source":"a","started":"2025-01-01T00:00:00Z","new":3}\n'
                                         '{"source":"a","sta', encoding="utf-8")
    append_run(DataDir(tmp_path), CrawlSummary("b", started="2025-01-02T00:00:00Z", new=7))
    assert [(r["source"], r["new"]) for r in read_runs(DataDir(tmp_path))] == [("a", 3), ("b", 7)]


def test_a_torn_sightings_line_does_not_swallow_the_next(tmp_path):
    config = Config(DataDir(tmp_path), tmp_path / "sources.toml")
    source = Source("s", ("http://127.0.0.1:9/",))
    aid = article_id("http://127.0.0.1:9/a")  # a real id: any other is re-keyed when the job opens
    Archive(config.data.archive).append([{"id": aid, "url": "http://127.0.0.1:9/a", "source": "s",
                                         "title": "t", "body": "b", "http_etag": '"1"',
                                         "fetched_at": "2025-01-01T00:00:00Z"}])
    state = tmp_path / "state"
    state.mkdir()
    (state / "s.sightings.jsonl").write_text('{"id":"' + aid + '","etag":"\\"2\\"","at":"2025-01-0',
                                             encoding="utf-8")
    job = Job.open(config, source)
    job.note_sighting(aid, "2025-03-01T00:00:00Z", etag='"3"', validators=True)
    job.close("shutdown", {})
    assert load_known(config, "s")[aid].etag == '"3"'
