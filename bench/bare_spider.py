"""The crawl benchmark's baseline: Scrapy with the archiver's settings and link rules, and nothing else.

It follows the links the portal spider would follow (`archiver.extract.links.site_links`, minus the URLs
`url_kind` calls "never") and extracts nothing: no page object, no items, no pipelines, no progress
display. What the archiver does beyond this is the price of extraction and archiving.

    python -m bench.bare_spider http://127.0.0.1:8000/ --platform sharepoint -s DOWNLOAD_DELAY=0
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from urllib.parse import urlsplit

import scrapy
from scrapy.crawler import CrawlerProcess
from scrapy.http import Response, TextResponse
from scrapy.settings import Settings

from archiver.extract.links import site_links, url_kind
from archiver.families import FAMILIES
from bench.common import print_result


class BareSpider(scrapy.Spider):
    name = "bare"

    def __init__(self, start_url: str, platform: str = "auto", **kwargs):
        super().__init__(**kwargs)
        self.start_urls = [start_url]
        self.domains = (urlsplit(start_url).hostname or "",)
        self.allowed_domains = list(self.domains)
        self.family = FAMILIES.get(platform, FAMILIES["generic"])

    def parse(self, response: Response, **kwargs) -> Iterator[scrapy.Request]:
        if not isinstance(response, TextResponse):
            return
        for url in site_links(response.selector, response.url, self.domains):
            if url_kind(url, self.family) != "never":
                yield response.follow(url, callback=self.parse)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("start_url")
    parser.add_argument("--platform", default="auto", help="the family whose URL rules apply")
    parser.add_argument("-s", "--set", dest="overrides", action="append", default=[],
                        metavar="NAME=VALUE", help="a Scrapy setting (repeatable)")
    args = parser.parse_args()
    settings = Settings()
    settings.setmodule("archiver.crawl.settings", priority="project")
    settings.set("ITEM_PIPELINES", {}, priority="project")
    settings.set("EXTENSIONS", {}, priority="project")
    settings.setdict(dict(o.split("=", 1) for o in args.overrides), priority="cmdline")
    process = CrawlerProcess(settings, install_root_handler=False)
    crawler = process.create_crawler(BareSpider)
    process.crawl(crawler, start_url=args.start_url, platform=args.platform)
    process.start()
    stats = crawler.stats.get_stats()
    print_result({k: v for k, v in stats.items() if isinstance(v, int | float)})


if __name__ == "__main__":
    main()
