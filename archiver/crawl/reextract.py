"""`archiver reextract`: read the archived articles again from their WARC captures with the current
extraction code, and append a record wherever the result differs.

The capture is the same, so `fetched_at` stays the capture's time and `extracted_at` says when it was
read again; identity (`id`, `url`) never changes. The version goes up only when the title or body
changed (a version is a distinct title + body), so a record fixing, say, the authors keeps its version.
Only the newest version of each live article is re-read: older versions are history, and a removed
article's last capture is its 404.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field

from archiver.archive.attachments import with_descriptions
from archiver.archive.store import Archive
from archiver.archive.warc import read_response
from archiver.config import Config
from archiver.crawl.locks import SourceLock
from archiver.extract.attachment_links import linked_documents
from archiver.extract.page import ArticlePage
from archiver.record import content_hash, next_version, utc_now
from archiver.sources import Source, SourcesError, load_sources

logger = logging.getLogger(__name__)


@dataclass
class ReextractSummary:
    changed: int = 0
    same: int = 0
    no_capture: int = 0  # removed, or archived before WARC files were written
    failed: int = 0      # the capture is unreadable, or no title/body is found in it any more
    missing: list[str] = field(default_factory=list)  # ids asked for that the archive lacks

    def line(self) -> str:
        text = (f"{self.changed} changed (new records), {self.same} unchanged, "
                f"{self.no_capture} without a capture, {self.failed} failed")
        if self.missing:
            text += f"; not in the archive: {', '.join(self.missing)}"
        return text


def reextract(config: Config, ids: Iterable[str] = ()) -> ReextractSummary:
    """Re-extract the named articles (all when none); raises SourceLocked while a crawl of one of
    their sources runs."""
    wanted = set(ids)
    archive = Archive(config.data.archive)
    sources = _sources(config)
    summary = ReextractSummary()
    found: set[str] = set()
    for source_id in archive.sources():
        latest = [r for r in archive.latest([source_id]).values() if not wanted or r["id"] in wanted]
        if not latest:
            continue
        found.update(r["id"] for r in latest)
        with SourceLock(config.data, source_id), archive.writer(source_id) as writer:
            for record in latest:
                fresh = _reread(config, record, sources.get(source_id), summary)
                if fresh is not None:
                    writer.write(fresh)
    summary.missing = sorted(wanted - found)
    return summary


def _reread(config: Config, record: dict, source: Source | None,
            summary: ReextractSummary) -> dict | None:
    """The record as the current code reads its capture, or None when there is nothing to add."""
    if record.get("status") != "live" or not record.get("warc_file"):
        summary.no_capture += 1
        return None
    try:
        stored = read_response(config.data.warc, record["warc_file"],
                               record["warc_offset"])
        response = stored.to_scrapy()
        fields = ArticlePage(response.url, response.text,
                             platform=source.platform if source else "auto",
                             selectors=source.selectors if source else None).fields()
        fields["attachments"] = with_descriptions(
            linked_documents(fields["attachments"], response.text, response.url),
            record.get("attachments") or [])
    except (OSError, ValueError, AttributeError) as exc:
        logger.warning("%s: capture %s@%s unreadable: %s", record["id"], record["warc_file"],
                       record["warc_offset"], exc)
        summary.failed += 1
        return None
    if not fields["title"] or not fields["body"]:
        logger.warning("%s: no title or body found in its capture any more; record kept as is",
                       record["id"])
        summary.failed += 1
        return None
    fields.pop("url")  # identity never changes
    if all(record.get(k) == v for k, v in fields.items()):
        summary.same += 1
        return None
    fresh = {**record, **fields}
    digest = content_hash(fresh["title"], fresh["body"])
    fresh.update(content_hash=digest, extracted_at=utc_now(),
                 version=next_version(record.get("version", 1),
                                              record.get("content_hash"), digest))
    summary.changed += 1
    return fresh


def _sources(config: Config) -> dict[str, Source]:
    """Sources give the platform and selectors extraction used; without the file, auto-detection."""
    try:
        return {s.id: s for s in load_sources(config.sources_path)}
    except SourcesError as exc:
        logger.warning("%s; re-extracting with auto-detected families", exc)
        return {}

