"""Run the portal spider for some sources in one Scrapy process and summarise what each run did."""

from __future__ import annotations

import math

from scrapy.crawler import CrawlerProcess
from scrapy.settings import SETTINGS_PRIORITIES, Settings

from archiver.archive.runs import CrawlSummary
from archiver.config import Config
from archiver.crawl.locks import SourceLock
from archiver.crawl.settings import user_agent
from archiver.crawl.spider import PortalSpider
from archiver.sources import MAX_DELAY, Source


def crawl_settings(config: Config, overrides: dict[str, str] | None = None,
                   max_articles: int | None = None, full: bool = False) -> Settings:
    """The project settings, the data paths, then the user's `-s NAME=VALUE` on top."""
    settings = Settings()
    settings.setmodule("archiver.crawl.settings", priority="project")
    settings.set("ARCHIVER_DATA_DIR", str(config.data.root), priority="project")
    settings.set("ARCHIVER_SOURCES", str(config.sources_path), priority="project")
    if max_articles:
        settings.set("CLOSESPIDER_ITEMCOUNT", max_articles, priority="cmdline")
        settings.set("ARCHIVER_MAX_ARTICLES", max_articles, priority="cmdline")
    if full:
        settings.set("ARCHIVER_FULL", True, priority="cmdline")
    settings.setdict(overrides or {}, priority="cmdline")
    if settings.getpriority("USER_AGENT") < SETTINGS_PRIORITIES["cmdline"]:
        settings.set("USER_AGENT", user_agent(settings["ARCHIVER_CONTACT_URL"]), priority="project")
    if not settings.getbool("COOKIES_ENABLED"):
        # Off, the middleware would do nothing; listed, it is imported all the same (tldextract:
        # ~50 ms of every crawl's start-up).
        settings.set("DOWNLOADER_MIDDLEWARES_BASE", {
            name: order for name, order in settings.getdict("DOWNLOADER_MIDDLEWARES_BASE").items()
            if name != COOKIES_MIDDLEWARE}, priority="project")
    return settings


#: Scrapy's cookie handling, left out of a crawl with COOKIES_ENABLED off.
COOKIES_MIDDLEWARE = "scrapy.downloadermiddlewares.cookies.CookiesMiddleware"


def check_overrides(overrides: dict[str, str]) -> None:
    """ValueError with one line when a `-s NAME=VALUE` cannot be the kind of value its setting
    holds (`DOWNLOAD_DELAY=abc` would end in Twisted tracebacks) or is a delay or timeout no crawl
    would live through (`inf`, `nan`, `1e308`)."""
    defaults = Settings()
    defaults.setmodule("archiver.crawl.settings")
    for name, value in overrides.items():
        default = defaults.get(name)
        try:
            if isinstance(default, bool):
                Settings({name: value}).getbool(name)
            elif isinstance(default, int | float):
                number = float(value)
                if isinstance(default, int) and not number.is_integer():
                    raise ValueError
                if not math.isfinite(number) or (name.endswith(("DELAY", "TIMEOUT"))
                                                 and not 0 <= number <= MAX_DELAY):
                    raise ValueError
        except ValueError:
            kind = ("true or false" if isinstance(default, bool) else
                    "a whole number" if isinstance(default, int) else "a number")
            bound = f" from 0 to {MAX_DELAY}" if name.endswith(("DELAY", "TIMEOUT")) else ""
            raise ValueError(f"-s {name}={value!r}: not {kind}{bound}") from None


def run_crawl(config: Config, sources: list[Source], settings: Settings) -> list[CrawlSummary]:
    """Crawl the sources side by side (each with its own politeness) and wait for all of them."""
    settings = settings.copy()
    settings.set("LOG_INSTALL_ROOT_HANDLER", False, priority="cmdline")
    process = CrawlerProcess(settings)
    crawlers = []
    for source in sources:
        crawler = process.create_crawler(PortalSpider)
        crawlers.append((source.id, crawler))
        process.crawl(crawler, source=source)
    process.start()
    return [_summary(sid, getattr(crawler, "spider", None)) for sid, crawler in crawlers]


def _summary(source: str, spider: PortalSpider | None) -> CrawlSummary:
    if spider is not None and spider.summary is not None:
        return spider.summary
    why = spider.not_started if spider is not None else "the crawl could not start (see the log)"
    return CrawlSummary(source, stopped_because=f"not crawled: {why}")


def locked_by_others(config: Config, sources: list[Source]) -> str | None:
    """Why one of the sources cannot be crawled now (another process holds it), or None. The crawl
    takes the locks itself; this is for a clear error before anything starts."""
    return next(filter(None, (SourceLock(config.data, s.id).busy() for s in sources)), None)
