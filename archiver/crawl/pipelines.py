"""Item pipelines: validate the record, then version it against the archive and store it.

The spider yields two kinds of item: an article record (a page that was fetched and read), and a
removal (`status: "removed"`, an archived article's URL answered 404 or 410, or redirected to a page that
is not the article). Either carries the page's response under the transient key `_response`, never
stored: its WARC capture (`archiver.crawl.capture`) is what the stored record points at.

A write that fails (disk full, quota, a read-only file system) stops the source's crawl at once with
the reason `write error: …`: its job stays for the next crawl to resume, and the run is a failure. A
crawl that went on fetching would only lose more articles and report them as done.
"""

from __future__ import annotations

import logging

from scrapy.exceptions import DropItem
from scrapy.http import Response

from archiver.crawl.capture import captured, stop_on_write_error
from archiver.crawl.jobs import Known
from archiver.record import content_hash, next_version, problem

#: What every item needs; article records also need a title and a body.
REQUIRED = ("id", "url", "source")

logger = logging.getLogger(__name__)


class ValidatePipeline:
    """Drop what is not an article record; an archive with a titleless record is worse than none."""

    @classmethod
    def from_crawler(cls, crawler):  # noqa: ANN001, ANN206 - Scrapy's signature
        pipeline = cls()
        pipeline.stats = crawler.stats
        pipeline.max_articles = crawler.settings.getint("ARCHIVER_MAX_ARTICLES", 0)
        pipeline.passed = 0
        return pipeline

    def process_item(self, item: dict) -> dict:
        if self.max_articles and self.passed >= self.max_articles:
            # requests in flight when --max-articles was reached: left for the next crawl
            raise DropItem(f"{item.get('url')}: over --max-articles {self.max_articles}",
                           log_level="INFO")
        needed = REQUIRED if item.get("status") == "removed" else (*REQUIRED, "title", "body")
        for key in needed:
            if not item.get(key):
                self.stats.inc_value("archiver/failed/invalid_record")
                raise DropItem(f"{item.get('url')}: no {key}")
        if why := problem(item):  # readers would skip it: better not stored at all
            self.stats.inc_value("archiver/failed/invalid_record")
            raise DropItem(f"{item.get('url')}: {why}")
        self.passed += 1
        return item


class ArchivePipeline:
    """Append new articles, changed versions and removals; count unchanged ones without writing.

    A version is a distinct title + body (`content_hash`): the version number goes up only when they
    change; an unchanged article is a sighting (`Job.note_sighting`). A removal is stored when a second
    run confirms it (`Job.note_missing`): it copies the newest version with `status: "removed"`, the
    fetch time and the HTTP status, and keeps its version number; an article that answers again after a
    removal gets a `live` record again with the same version (a new sighting, not a new version).
    """

    @classmethod
    def from_crawler(cls, crawler):  # noqa: ANN001, ANN206
        pipeline = cls()
        pipeline.crawler = crawler
        pipeline.stats = crawler.stats
        pipeline.broken = None  # why writing failed, once it has
        return pipeline

    def open_spider(self) -> None:
        self.job = self.crawler.spider.job
        if self.job is not None:  # else the source is locked by another crawl: nothing will come
            self.writer = self.job.archive.writer(self.job.source.id)

    def close_spider(self) -> None:
        if self.job is not None:
            try:
                self.writer.close()
            except OSError as exc:
                logger.error("%s: closing the archive failed: %s", self.job.source.id, exc)

    def process_item(self, item: dict) -> dict:
        if self.broken:
            raise DropItem(f"{item.get('url')}: not stored, {self.broken}", log_level="DEBUG")
        try:
            return self._process(item)
        except OSError as exc:
            self.broken = stop_on_write_error(self.crawler, self.job.source.id, exc)
            raise DropItem(f"{item.get('url')}: not stored, {self.broken}",
                           log_level="DEBUG") from None

    def _process(self, item: dict) -> dict:
        response = item.pop("_response", None)
        if capture := captured(response):  # the capture's time is when the page was fetched
            item["fetched_at"] = capture.date
        previous = self.job.lookup(item["id"])
        if item.get("status") == "removed":
            return self._removed(item, previous, response)
        digest = content_hash(item["title"], item["body"])
        if previous and previous.content_hash == digest and previous.status == "live":
            self.stats.inc_value("archiver/articles/unchanged")
            self.job.note_sighting(previous.id, item["fetched_at"], etag=item.get("http_etag"),
                                   last_modified=item.get("http_last_modified"), validators=True)
            return item
        version = 1 if previous is None else next_version(previous.version, previous.content_hash,
                                                          digest)
        first_seen = (previous.first_seen if previous else None) or item["fetched_at"]
        item.update(version=version, content_hash=digest, status="live",
                    first_seen=first_seen, last_seen=item["fetched_at"])
        self._store(item, response)
        kind = ("new" if previous is None else "updated" if version > previous.version
                else "restored")
        self.stats.inc_value(f"archiver/articles/{kind}")
        return item

    def _removed(self, item: dict, previous: Known | None, response: Response | None) -> dict:
        if previous is None or previous.status == "removed":
            self.stats.inc_value("archiver/articles/unchanged")
            self.job.mark_checked(item["id"])
            return item
        if not self.job.note_missing(previous.id, item["fetched_at"], item.get("http_status")):
            self.stats.inc_value("archiver/articles/missing_once")
            return item
        record = self.job.archive.read_at(self.job.source.id, previous.offset)
        record.update(status="removed", fetched_at=item["fetched_at"],
                      http_status=item.get("http_status"), last_seen=previous.last_seen,
                      first_missing_run=previous.missing_run,
                      **({"redirected_to": item["redirected_to"]} if item.get("redirected_to") else {}))
        for stale in ("warc_file", "warc_offset", "http_etag", "http_last_modified", "extracted_at"):
            record.pop(stale, None)
        self._store(record, response)
        self.stats.inc_value("archiver/articles/removed")
        return record

    def _store(self, record: dict, response: Response | None) -> None:
        """The record, pointing at the capture of the response it was read from."""
        capture = captured(response)
        if capture is not None:
            record.update(capture.location())
        offset = self.writer.write(record)
        self.job.note_written(record, offset)
