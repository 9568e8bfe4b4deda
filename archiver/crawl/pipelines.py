"""Item pipelines: validate the record, then version it against the archive and store it.

The spider yields two kinds of item: an article record (a page that was fetched and read), and a
removal (`status: "removed"`, an archived article's URL answered 404 or 410). Either may carry the page's
response under the transient key `_response`; the archive pipeline writes it to the source's WARC file
only when it stores a version, and never stores the key itself.

A write that fails (disk full, quota, a read-only file system) stops the source's crawl at once with
the reason `write error: …`: its job stays for the next crawl to resume, and the run is a failure. A
crawl that went on fetching would only lose more articles and report them as done.
"""

from __future__ import annotations

import logging

from scrapy.exceptions import DropItem
from scrapy.http import Response
from scrapy.utils.defer import deferred_from_coro

from archiver.archive.warc import DEFAULT_MAX_BYTES, WarcFiles
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
    change. A removal copies the newest version with `status: "removed"`, the fetch time and the HTTP
    status, and keeps its version number; an article that answers again after a removal gets a `live`
    record again.
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
        if self.job is None:  # the source is locked by another crawl: nothing will come
            return
        settings = self.crawler.settings
        self.writer = self.job.archive.writer(self.job.source.id)
        self.warc = WarcFiles(self.job.config.data.warc, self.job.source.id,
                              self.job.run_started,
                              max_bytes=settings.getint("ARCHIVER_WARC_MAX_BYTES", DEFAULT_MAX_BYTES),
                              operator=settings.get("ARCHIVER_CONTACT_URL"))

    def close_spider(self) -> None:
        if self.job is not None:
            for f in (self.writer, self.warc):
                try:
                    f.close()
                except OSError as exc:
                    logger.error("%s: closing the archive failed: %s", self.job.source.id, exc)

    def process_item(self, item: dict) -> dict:
        if self.broken:
            raise DropItem(f"{item.get('url')}: not stored, {self.broken}", log_level="DEBUG")
        try:
            return self._process(item)
        except OSError as exc:
            self.broken = f"write error: {exc.strerror or exc}"
            self.stats.inc_value("archiver/failed/write_error")
            logger.error("%s: %s (%s); stopping the crawl, the next one resumes it",
                         self.job.source.id, self.broken, getattr(exc, "filename", None) or exc)
            deferred_from_coro(self.crawler.engine.close_spider_async(reason=self.broken))
            raise DropItem(f"{item.get('url')}: not stored, {self.broken}",
                           log_level="DEBUG") from None

    def _process(self, item: dict) -> dict:
        response = item.pop("_response", None)
        previous = self.job.lookup(item["id"])
        if item.get("status") == "removed":
            return self._removed(item, previous, response)
        digest = content_hash(item["title"], item["body"])
        if previous and previous.content_hash == digest and previous.status == "live":
            self.stats.inc_value("archiver/articles/unchanged")
            self.job.note_validators(previous.id, item.get("http_etag"),
                                     item.get("http_last_modified"), item["fetched_at"])
            self.job.mark_checked(previous.id)
            return item
        version = 1 if previous is None else next_version(previous.version, previous.content_hash,
                                                          digest)
        first_seen = (previous.first_seen if previous else None) or item["fetched_at"]
        item.update(version=version, content_hash=digest, status="live",
                    first_seen=first_seen, last_seen=item["fetched_at"])
        self._store(item, response)
        kind = "new" if previous is None else "updated"
        self.stats.inc_value(f"archiver/articles/{kind}")
        return item

    def _removed(self, item: dict, previous: Known | None, response: Response | None) -> dict:
        if previous is None or previous.status == "removed":
            self.stats.inc_value("archiver/articles/unchanged")
            self.job.mark_checked(item["id"])
            return item
        record = self.job.archive.read_at(self.job.source.id, previous.offset)
        record.update(status="removed", fetched_at=item["fetched_at"],
                      http_status=item.get("http_status"))
        for stale in ("warc_file", "warc_offset", "http_etag", "http_last_modified", "extracted_at"):
            record.pop(stale, None)
        self._store(record, response)
        self.stats.inc_value("archiver/articles/removed")
        return record

    def _store(self, record: dict, response: Response | None) -> None:
        """The response to the WARC file first, then the record that points at it."""
        if response is not None:
            record.update(self.warc.write(response, record["fetched_at"]))
        offset = self.writer.write(record)
        self.job.note_written(record, offset)
