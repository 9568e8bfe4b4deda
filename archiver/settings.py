"""Scrapy settings: polite by default. Tests and benchmarks override the delay explicitly (`-s`)."""

from archiver import __version__

BOT_NAME = "archiver"
SPIDER_MODULES = ["archiver.spiders"]
NEWSPIDER_MODULE = "archiver.spiders"

#: Where an administrator can learn who is crawling; shown in the user agent.
ARCHIVER_CONTACT_URL = "https://github.com/archiver-vn/archiver"
USER_AGENT = f"archiver/{__version__} (+{ARCHIVER_CONTACT_URL}; news archive of local portals)"

ROBOTSTXT_OBEY = True
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False

# One source is one host or a few: concurrency per domain 1 with a delay is what portals tolerate.
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 1
DOWNLOAD_DELAY = 1.0
RANDOMIZE_DOWNLOAD_DELAY = False
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

DOWNLOAD_TIMEOUT = 30
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
DOWNLOAD_MAXSIZE = 16 * 1024 * 1024
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
DEPTH_LIMIT = 50
DEPTH_PRIORITY = 0

REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
LOG_LEVEL = "WARNING"

ITEM_PIPELINES = {
    "archiver.pipelines.ValidatePipeline": 100,
    "archiver.pipelines.ArchivePipeline": 300,
}
EXTENSIONS = {
    "archiver.progress.CrawlProgress": 500,
}
