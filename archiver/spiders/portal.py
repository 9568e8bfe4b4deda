"""The portal spider: one source at a time, from its start URLs through listings, pagination,
sitemaps and feeds to its article pages."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from urllib.parse import urlsplit

import scrapy
from scrapy.http import Response, TextResponse
from scrapy.utils.sitemap import Sitemap

from archiver.links import feed_links, next_pages, site_links, url_kind
from archiver.page import ArticlePage, looks_like_article
from archiver.record import article_id
from archiver.sources import Source, load_sources

# Request priorities: finish listings' next pages and articles before wandering.
PRIORITY = {"article": 20, "next": 10, "listing": 5, None: 0}


class PortalSpider(scrapy.Spider):
    name = "portal"

    def __init__(self, source: Source | str, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.source = source if isinstance(source, Source) else None
        self.source_id = source.id if isinstance(source, Source) else source

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):  # noqa: ANN001, ANN206 - Scrapy's signature
        spider = super().from_crawler(crawler, *args, **kwargs)
        if spider.source is None:  # started by id (scrapy crawl / scrapyd): read the sources file
            path = crawler.settings.get("ARCHIVER_SOURCES", "sources.toml")
            by_id = {s.id: s for s in load_sources(path)}
            spider.source = by_id[spider.source_id]
        spider.allowed_domains = [d.split(":")[0] for d in spider.source.domains]
        spider.download_delay = spider.source.delay
        return spider

    async def start(self) -> AsyncIterator[scrapy.Request]:
        origins = dict.fromkeys(f"{urlsplit(u).scheme}://{urlsplit(u).netloc}"
                                for u in self.source.start_urls)
        for url in self.source.start_urls:
            yield scrapy.Request(url, callback=self.parse, errback=self.failed,
                                 priority=PRIORITY["listing"])
        for origin in origins:
            yield scrapy.Request(f"{origin}/sitemap.xml", callback=self.parse_sitemap,
                                 errback=self.ignore_missing, meta={"optional": True})

    def parse(self, response: Response, **kwargs) -> Iterator:
        if not isinstance(response, TextResponse):
            return
        page = ArticlePage(response.url, response.text, platform=self.source.platform,
                           selectors=self.source.selectors)
        kind = url_kind(response.url, page.family, self.source.article_pattern,
                        self.source.listing_pattern)
        self.crawler.stats.inc_value(f"archiver/pages/{kind or 'other'}")
        if kind != "never" and kind != "listing":
            fields = page.fields()
            if looks_like_article(page, fields, url_says_article=kind == "article"):
                yield self.record(fields, response)
                kind = "article"
            elif kind == "article":
                self.crawler.stats.inc_value("archiver/failed/extraction")
                self.logger.warning("no article found on %s (title or body missing)",
                                    response.url)
        yield from self.follow(page, response)

    def follow(self, page: ArticlePage, response: TextResponse) -> Iterator[scrapy.Request]:
        domains = tuple(self.allowed_domains)
        nexts = set(next_pages(page.sel, response.url))
        for url in site_links(page.sel, response.url, domains):
            kind = url_kind(url, page.family, self.source.article_pattern,
                            self.source.listing_pattern)
            if kind == "never":
                continue
            priority = PRIORITY["next"] if url in nexts else PRIORITY[kind]
            yield response.follow(url, callback=self.parse, errback=self.failed,
                                  priority=priority)
        for url in feed_links(page.sel, response.url):
            yield response.follow(url, callback=self.parse_feed, meta={"optional": True})

    def parse_sitemap(self, response: Response) -> Iterator[scrapy.Request]:
        """sitemap.xml and sitemap indexes: article URLs first, nested sitemaps followed."""
        try:
            sitemap = Sitemap(response.body)
        except Exception:  # lxml raises several types on a non-XML body
            self.logger.info("%s is not a sitemap", response.url)
            return
        for entry in sitemap:
            loc = entry.get("loc", "").strip()
            if not loc:
                continue
            if sitemap.type == "sitemapindex":
                yield scrapy.Request(loc, callback=self.parse_sitemap, meta={"optional": True})
            else:
                yield scrapy.Request(loc, callback=self.parse, errback=self.failed,
                                     priority=PRIORITY["article"])

    def parse_feed(self, response: Response) -> Iterator[scrapy.Request]:
        """RSS `<item><link>` and Atom `<entry><link href>`."""
        sel = scrapy.Selector(response, type="xml")
        sel.remove_namespaces()
        links = sel.xpath("//item/link/text() | //entry/link/@href").getall()
        for url in links:
            yield response.follow(url.strip(), callback=self.parse, errback=self.failed,
                                  priority=PRIORITY["article"])

    def ignore_missing(self, failure) -> None:  # noqa: ANN001 - a Twisted Failure
        self.logger.debug("optional %s: %s", failure.request.url, failure.value)

    def failed(self, failure) -> None:  # noqa: ANN001 - a Twisted Failure
        """Count a page that could not be fetched, by kind: `http_404`, `TimeoutError`, …"""
        response = getattr(failure.value, "response", None)
        kind = f"http_{response.status}" if response is not None else type(failure.value).__name__
        self.crawler.stats.inc_value(f"archiver/failed/{kind}")
        self.logger.warning("failed %s: %s", failure.request.url, kind)

    def record(self, fields: dict, response: Response) -> dict:
        """The page's fields plus where and when they came from."""
        source = self.source
        return {
            "id": article_id(fields["url"]),
            "source": source.id,
            "source_name": source.name,
            "province": source.province,
            "district": source.district,
            **fields,
            "fetched_at": datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
            "http_status": response.status,
        }
