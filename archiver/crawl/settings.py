"""Scrapy settings: polite by default. Tests and benchmarks override the delay explicitly (`-s`)."""

from scrapy.settings import default_settings

from archiver import __version__

BOT_NAME = "archiver"
SPIDER_MODULES = ["archiver.crawl.spider"]

#: Where an administrator can learn who is crawling; shown in the user agent.
ARCHIVER_CONTACT_URL = "https://github.com/archiver-vn/archiver"


def user_agent(contact_url: str) -> str:
    return f"archiver/{__version__} (+{contact_url}; news archive of local portals)"


USER_AGENT = user_agent(ARCHIVER_CONTACT_URL)

ROBOTSTXT_OBEY = True
COOKIES_ENABLED = False

# One source is one host or a few: concurrency per domain 1 with a delay is what portals tolerate.
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 1
#: Scrapy's, keeping the per-domain concurrency when a source's delay is 0 (see the module).
DOWNLOADER = "archiver.crawl.downloader.PoliteDownloader"
DOWNLOAD_DELAY = 1.0
DOWNLOAD_DELAY_JITTER = 0
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
# No depth limit: a full walk must reach page 1,000 of a long listing, and related-article links make
# chains deeper still. Traps (endless `?page=N`, calendars, link mazes) are kept out by the URL rules
# (archiver.extract.links), by ARCHIVER_MAX_BARREN_PAGES and, last, by the page budget.
DEPTH_LIMIT = 0
#: A chain of this many pages in a row that lead to no article and no page not asked for before
#: (an endless pagination, a calendar's "next day") is not followed further.
ARCHIVER_MAX_BARREN_PAGES = 8
#: Sitemaps: nested indexes followed this deep, and at most this many sitemap files per run.
ARCHIVER_SITEMAP_MAX_DEPTH = 3
ARCHIVER_SITEMAP_MAX_FILES = 1000
#: A page is read only up to this many links (portal pages have hundreds; more is a trap).
ARCHIVER_MAX_LINKS_PER_PAGE = 3000
#: The page budget of one source's run: past it the crawl stops and its next run resumes it.
CLOSESPIDER_PAGECOUNT = 50_000
DEPTH_PRIORITY = 0

REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
LOG_LEVEL = "WARNING"
LOG_FORMATTER = "archiver.crawl.logformatter.OneLineLogFormatter"

# The archivist's workflow (archiver.crawl.jobs, archiver.crawl.spider, archiver.archive.warc).
#: Walk every listing page and re-check every archived article (`archiver crawl --full`).
ARCHIVER_FULL = False
#: An incremental crawl re-fetches this many of the newest archived articles (conditionally: mostly
#: 304s), since edits and removals happen mostly while an article is recent.
ARCHIVER_RECHECK_NEWEST = 50
#: Write every fetch to WARC files (archiver.crawl.capture); off, articles have no capture to re-read.
ARCHIVER_WARC = True
#: A WARC file is closed and the next one begun past this size.
ARCHIVER_WARC_MAX_BYTES = 1024**3
#: Fetch the documents (PDF, DOC/DOCX, XLS/XLSX) an article links to, up to this size each (0: none).
ARCHIVER_ATTACHMENT_MAX_BYTES = 32 * 1024 * 1024
#: Also fetch (and so capture) the images of an article's body.
ARCHIVER_CAPTURE_IMAGES = False
#: A source's first crawl holds back this many article pages, learns the source's template from
#: them and extracts them again with it before archiving them (archiver.crawl.spider); 0: never.
ARCHIVER_LEARN_FIRST = 10

DOWNLOADER_MIDDLEWARES = {
    # host and port, not the host alone (archiver.crawl.offsite)
    "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware": None,
    "archiver.crawl.offsite.SameSiteMiddleware": 50,
    "archiver.crawl.capture.WarcCaptureMiddleware": 950,  # = archiver.crawl.capture.CAPTURE_PRIORITY
}
ITEM_PIPELINES = {
    "archiver.crawl.pipelines.ValidatePipeline": 100,
    "archiver.crawl.attachments.AttachmentsPipeline": 200,
    "archiver.crawl.pipelines.ArchivePipeline": 300,
}
# Scrapy's default extensions, reviewed: the two that open a port and run code sent to it (the telnet
# console, and since Scrapy 2.19 the remote-control HTTP server) are off; an unattended crawler of
# hostile sites has no use for them. Kept: stats, log counts, memory usage, CLOSESPIDER_* limits,
# throttle; feed export, spider state and the memory debugger do nothing unless configured.
# The two are left out of Scrapy's base list rather than set to None in EXTENSIONS: Scrapy imports
# every extension a list names before it reads the None (the remote control's aiohttp server was
# ~0.2 s of CPU at every crawl's start), and a command line's EXTENSIONS replaces the project's.
REMOTE_CONTROL_ENABLED = False
TELNETCONSOLE_ENABLED = False
#: Extensions that open a port and run code sent to it: never loaded.
CODE_RUNNING_EXTENSIONS = ("scrapy.extensions.telnet.TelnetConsole",
                           "scrapy.extensions.remote_control.RemoteControl")
EXTENSIONS_BASE = {name: order for name, order in default_settings.EXTENSIONS_BASE.items()
                   if name not in CODE_RUNNING_EXTENSIONS}
