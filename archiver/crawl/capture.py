"""WARC capture of every fetch: a downloader middleware that writes each response, as received, with its
request to the source's WARC files (`archiver.archive.warc`), and tells later stages where it lies.

Placement (`CAPTURE_PRIORITY` in DOWNLOADER_MIDDLEWARES): above every built-in middleware, so that on the
way back from the downloader it runs first. It therefore sees the body before HttpCompressionMiddleware
decodes it (a gzip body is stored gzip-encoded), a 3xx before RedirectMiddleware follows it, a 5xx before
RetryMiddleware retries it, and the request with every header the other middlewares added (User-Agent,
Accept-Encoding, If-None-Match). Why a middleware rather than a replacement HTTP/1.1 download handler: the
handler would give the socket's bytes (chunk framing, hop-by-hop headers) at the price of reimplementing
Twisted's client protocol for each Scrapy/Twisted upgrade; the middleware keeps Scrapy's handler, HTTP/2
and proxies working, and what it loses (the chunk framing) replay tools discard anyway.

The capture goes to `request.meta["archiver_capture"]` (an `archiver.archive.warc.Capture`); the
archive pipeline copies its location into the article record, so a record points at the response that
holds its bytes. Switched by `ARCHIVER_WARC` (on by default).
"""

from __future__ import annotations

import logging

from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Response
from scrapy.utils.defer import deferred_from_coro

from archiver.archive.warc import DEFAULT_MAX_BYTES, Capture, WarcFiles
from archiver.record import utc_now

#: Where the middleware sits: past HttpCacheMiddleware (900), the last built-in on the downloader side.
CAPTURE_PRIORITY = 950
META_KEY = "archiver_capture"

logger = logging.getLogger(__name__)


def stop_on_write_error(crawler: Crawler, source: str, exc: OSError) -> str:
    """A write failed (disk full, quota, a read-only file system): stop the source's crawl at once,
    leaving its job for the next crawl to resume; returns the reason, `write error: …`."""
    reason = f"write error: {exc.strerror or exc}"
    if crawler.stats.get_value("archiver/failed/write_error"):  # the WARC's and the archive's
        return reason
    crawler.stats.inc_value("archiver/failed/write_error")
    logger.error("%s: %s (%s); stopping the crawl, the next one resumes it", source, reason,
                 getattr(exc, "filename", None) or exc)
    deferred_from_coro(crawler.engine.close_spider_async(reason=reason))
    return reason


def captured(response: Response | None) -> Capture | None:
    """The capture of the fetch that gave `response` (None when capture is off or failed)."""
    if response is None or response.request is None:
        return None
    return response.meta.get(META_KEY)


class WarcCaptureMiddleware:
    """Write every response and its request to the crawled source's WARC files."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.warc: WarcFiles | None = None
        self.source = ""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WarcCaptureMiddleware:
        if not crawler.settings.getbool("ARCHIVER_WARC", True):
            raise NotConfigured("ARCHIVER_WARC is off")
        middleware = cls(crawler)
        crawler.signals.connect(middleware.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(middleware.spider_closed, signal=signals.spider_closed)
        return middleware

    def spider_opened(self, spider: Spider) -> None:
        job = getattr(spider, "job", None)
        if job is None:  # the source is locked by another crawl: nothing will be fetched
            return
        settings = self.crawler.settings
        self.source = job.source.id
        self.warc = WarcFiles(job.config.data.warc, job.source.id, job.run_started,
                              max_bytes=settings.getint("ARCHIVER_WARC_MAX_BYTES", DEFAULT_MAX_BYTES),
                              operator=settings.get("ARCHIVER_CONTACT_URL"))

    def spider_closed(self, spider: Spider) -> None:
        if self.warc is not None:
            try:
                self.warc.close()
            except OSError as exc:
                logger.error("%s: closing the WARC file failed: %s", self.source, exc)

    def process_response(self, request: Request, response: Response) -> Response:
        """Capture the response; when that fails, the crawl stops and nothing points at it. A
        `data:` URL fetched nothing (the spider's own work item, `PortalSpider.release_when_idle`)."""
        if self.warc is not None and request.url.startswith(("http:", "https:")):
            try:
                capture = self.warc.capture(request, response, utc_now())
            except OSError as exc:
                stop_on_write_error(self.crawler, self.source, exc)
                self.warc = None  # a half-written file is not written to again
                return response
            request.meta[META_KEY] = capture
            self.crawler.stats.inc_value(f"archiver/warc/{'revisits' if capture.revisit else 'responses'}")
        return response
