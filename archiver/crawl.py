"""Run the portal spider for some sources in one Scrapy process and summarise what each run did."""

from __future__ import annotations

from dataclasses import dataclass, field

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from archiver.config import Config
from archiver.sources import Source
from archiver.spiders.portal import PortalSpider


@dataclass
class CrawlSummary:
    source: str
    pages: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    failures: dict[str, int] = field(default_factory=dict)
    finish_reason: str | None = None

    @classmethod
    def from_stats(cls, source: str, stats: dict) -> CrawlSummary:
        prefix = "archiver/failed/"
        return cls(
            source=source,
            pages=stats.get("response_received_count", 0),
            new=stats.get("archiver/articles/new", 0),
            updated=stats.get("archiver/articles/updated", 0),
            unchanged=stats.get("archiver/articles/unchanged", 0),
            failures={k[len(prefix):]: v for k, v in sorted(stats.items()) if k.startswith(prefix)},
            finish_reason=stats.get("finish_reason"),
        )

    def line(self) -> str:
        failures = ", ".join(f"{k} {v}" for k, v in self.failures.items()) or "none"
        return (f"{self.source}: {self.pages} pages fetched, {self.new} new, {self.updated} updated, "
                f"{self.unchanged} unchanged articles; failures: {failures}")


def crawl_settings(config: Config, overrides: dict[str, str] | None = None,
                   max_articles: int | None = None) -> Settings:
    """The project settings, the data paths, then the user's `-s NAME=VALUE` on top."""
    settings = Settings()
    settings.setmodule("archiver.settings", priority="project")
    settings.set("ARCHIVER_DATA_DIR", str(config.data_dir), priority="project")
    settings.set("ARCHIVER_SOURCES", str(config.sources_path), priority="project")
    if max_articles:
        settings.set("CLOSESPIDER_ITEMCOUNT", max_articles, priority="cmdline")
    settings.setdict(overrides or {}, priority="cmdline")
    return settings


def run_crawl(config: Config, sources: list[Source], settings: Settings) -> list[CrawlSummary]:
    """Crawl the sources side by side (each with its own politeness) and wait for all of them."""
    process = CrawlerProcess(settings, install_root_handler=False)
    crawlers = []
    for source in sources:
        crawler = process.create_crawler(PortalSpider)
        crawlers.append((source.id, crawler))
        process.crawl(crawler, source=source)
    process.start()
    return [CrawlSummary.from_stats(sid, c.stats.get_stats()) for sid, c in crawlers]
