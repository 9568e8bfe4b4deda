"""Fetch the documents a new or changed article links to (and, with `ARCHIVER_CAPTURE_IMAGES`, its
images) before the archive pipeline stores it, so the stored version lists them with their media type,
size, sha256 and text (`archiver.archive.attachments`) and the WARC files hold their bytes.

The fetches go through the downloader (`engine.download_async`): same politeness, robots.txt and WARC
capture as pages, but not through the scheduler, so an attachment never counts as a page to extract. A
document linked from many articles is fetched once per crawl. `ARCHIVER_ATTACHMENT_MAX_BYTES` caps each
download (0: attachments are listed as the page links them, not fetched).
"""

from __future__ import annotations

import logging

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.http import Response, TextResponse

from archiver.archive.attachments import describe
from archiver.extract.attachment_links import linked_documents
from archiver.record import content_hash

logger = logging.getLogger(__name__)


class AttachmentsPipeline:
    """Describe (and capture) the attachments of every article version about to be stored."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        settings = crawler.settings
        self.max_bytes = settings.getint("ARCHIVER_ATTACHMENT_MAX_BYTES", 0)
        self.images = settings.getbool("ARCHIVER_CAPTURE_IMAGES")
        self.fetched: dict[str, dict] = {}  # url → description (without the link's title)
        self.images_fetched: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> AttachmentsPipeline:
        return cls(crawler)

    async def process_item(self, item: dict) -> dict:
        """The item once its documents are described. A coroutine, as Scrapy 2.19 documents
        (a returned Deferred is deprecated there); the common case (nothing to fetch) awaits
        nothing, so it finishes at once and no page is held in flight."""
        if item.get("status") == "removed" or not self._will_be_stored(item):
            return item
        response = item.get("_response")
        links = linked_documents(item.get("attachments") or [],
                                 response.text if isinstance(response, TextResponse) else None,
                                 item["url"] if response is None else response.url)
        images = [i["url"] for i in item.get("images") or []
                  if self.images and i.get("url") and i["url"] not in self.images_fetched]
        if self.max_bytes:
            links = [await self._attachment(a) for a in links]
        item["attachments"] = links
        for url in images:
            if url not in self.images_fetched:
                self.images_fetched.add(url)
                await self._download(url)
        return item

    def _will_be_stored(self, item: dict) -> bool:
        """New or changed: an unchanged article is not stored again, so nothing to describe."""
        previous = self.crawler.spider.job.lookup(item["id"])
        return (previous is None or previous.status != "live"
                or previous.content_hash != content_hash(item.get("title"), item.get("body")))

    async def _attachment(self, link: dict) -> dict:
        url, title = link["url"], link.get("title")
        if url not in self.fetched:
            self.fetched[url] = await self._fetch(url)
        return {"url": url, "title": title, **{k: v for k, v in self.fetched[url].items()
                                                if k not in ("url", "title")}}

    async def _fetch(self, url: str) -> dict:
        stats = self.crawler.stats
        try:
            response = await self._download(url)
        except Exception as exc:  # refused by robots.txt, too large, timed out, …
            stats.inc_value("archiver/attachments/failed")
            logger.info("attachment %s not fetched: %s", url, exc)
            return {"error": str(exc) or type(exc).__name__}
        if response.status != 200:
            stats.inc_value("archiver/attachments/failed")
            return {"error": f"HTTP {response.status}"}
        stats.inc_value("archiver/attachments/fetched")
        content_type = response.headers.get("Content-Type")
        return describe(url, None, response.body,
                        content_type.decode("latin-1") if content_type else None)

    async def _download(self, url: str) -> Response:
        request = Request(url, meta={"download_maxsize": self.max_bytes, "allow_offsite": True})
        return await self.crawler.engine.download_async(request)
