"""Item pipelines: validate the record, then version it against the archive and store it."""

from __future__ import annotations

import logging

from scrapy.exceptions import DropItem

from archiver.config import Config
from archiver.record import content_hash
from archiver.store import Archive

logger = logging.getLogger(__name__)


class ValidatePipeline:
    """Drop what is not an article record; an archive with a titleless record is worse than none."""

    def process_item(self, item: dict, spider) -> dict:  # noqa: ANN001 - Scrapy's signature
        for key in ("id", "url", "source", "title", "body"):
            if not item.get(key):
                spider.crawler.stats.inc_value("archiver/failed/invalid_record")
                raise DropItem(f"{item.get('url')}: no {key}")
        return item


class ArchivePipeline:
    """Append new articles and changed versions; count unchanged ones without writing them."""

    def open_spider(self, spider) -> None:  # noqa: ANN001
        config = Config.resolve(spider.settings.get("ARCHIVER_DATA_DIR"),
                                spider.settings.get("ARCHIVER_SOURCES"))
        archive = Archive(config.archive_dir)
        self.stats = spider.crawler.stats
        self.known = {rid: (r.get("content_hash"), r.get("version", 1), r.get("first_seen"))
                      for rid, r in archive.latest([spider.source.id]).items()}
        self.writer = archive.writer(spider.source.id)

    def close_spider(self, spider) -> None:  # noqa: ANN001
        self.writer.close()

    def process_item(self, item: dict, spider) -> dict:  # noqa: ANN001
        item.pop("http_status", None)
        digest = content_hash(item["title"], item["body"])
        previous = self.known.get(item["id"])
        if previous and previous[0] == digest:
            self.stats.inc_value("archiver/articles/unchanged")
            return item
        version = previous[1] + 1 if previous else 1
        first_seen = previous[2] if previous else item["fetched_at"]
        item.update(version=version, content_hash=digest, status="live",
                    first_seen=first_seen, last_seen=item["fetched_at"])
        self.writer.write(item)
        self.known[item["id"]] = (digest, version, first_seen)
        self.stats.inc_value("archiver/articles/updated" if previous else "archiver/articles/new")
        return item
