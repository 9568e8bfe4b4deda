"""The portal spider: one source at a time, from its start URLs through listings, pagination,
sitemaps and feeds to its article pages.

A crawl is incremental unless its job says full (`archiver.crawl.jobs`: `--full`, the first crawl, or the
source's `full_every` due):
- incremental: links to articles archived before the crawl began are not followed. Along a listing
  (page 1, its next page, …) such links are counted; a link to an article not yet archived resets the
  count, and a link met on an earlier page of the same listing counts neither way (sidebars repeat on
  every page; judging by the listing's own pages keeps the decision independent of fetch order). The
  next page is not followed after a page with nothing new, once the count reached the source's
  `stop_after_known`. Deeper pages of a listing are reached only through its next pages, so that the
  count runs along the listing. The newest `ARCHIVER_RECHECK_NEWEST` archived articles are re-fetched,
  conditionally, because edits and removals happen mostly while an article is recent.
- full: every listing page is walked, every archived article met is re-fetched conditionally, and
  when the walk is over the archived articles it did not meet are re-fetched too. A home page with
  no next link (one drawn by script) has its `/page/2/`, `/page/3/`, … asked for while each
  links something new (`archiver.extract.links.guessed_next_page`).
A re-fetch sends If-None-Match / If-Modified-Since where the server gave validators: 304 is unchanged,
404 or 410 is a removal, 200 goes through extraction and versioning like any page.

The source's template (`archiver.extract.template`) is learned from its article pages. A source with
no stored template yet (its first crawl) does not wait for the next crawl to use one: the first
`ARCHIVER_LEARN_FIRST` pages taken for articles are held back, not emitted; once that many are held (or the
crawl goes idle with fewer), a template is learned from them, each is extracted again with it and
judged again, and only then archived or counted as a failure. Later pages use the template learned
so far, refreshed as pages accumulate. Every crawl applies what repetition shows (boilerplate, boxes,
the body container, the URL shape); the selectors the pages agree on are never applied unasked
(`LearnedTemplate.settled`), and are offered for pinning only when, tried pinned on the held pages,
each read the same as the rules did (`try_pinned`).
A held page is not archived until it is emitted, so a crawl killed meanwhile leaves it for the
resumed crawl to fetch as a new article.

A page that is an article in all but its date (no listing, no static page; some sites print no
date on a post page) is taken only on the source's article shape and a listing teaser naming it
(`archiver.extract.template.dateless_refusal`). What listings link to is known only as the crawl
goes, so such a page, refused, is held (`dateless_held`, up to `MAX_DATELESS_HELD`) and judged
again when the crawl goes idle, with the shape learned by then and the longest teaser text a
listing linked it with as the link text that led to it. Every article archived with no date is
counted as a warning, `archiver/warnings/no_date_read`, which the run record keeps.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import AsyncIterator, Generator, Iterator
from urllib.parse import urlsplit

import scrapy
from scrapy import signals
from scrapy.exceptions import DontCloseSpider
from scrapy.http import Response, TextResponse
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots

from archiver.archive.runs import CrawlSummary
from archiver.config import Config
from archiver.crawl.jobs import Job, Known, failed_start
from archiver.crawl.locks import SourceLocked
from archiver.extract.links import (
    cap_links,
    feed_links,
    guessed_next_page,
    in_domains,
    link_texts,
    next_pages,
    resolve,
    url_kind,
)
from archiver.extract.listing import learned_reason
from archiver.extract.page import ArticlePage
from archiver.extract.template import (
    DATELESS,
    FIELDS,
    MIN_PAGES,
    LearnedTemplate,
    TemplateLearner,
)
from archiver.record import article_id, clean_url, utc_now
from archiver.sources import Source, load_sources, select_sources

# Request priorities: finish listings' next pages and articles before wandering.
PRIORITY = {"article": 20, "next": 10, "listing": 5, None: 0}
#: Answers to a re-fetch of an archived article that the spider reads instead of Scrapy dropping.
RECHECK_STATUSES = [304, 404, 410]
REMOVED_STATUSES = (404, 410)
#: Pages refused only for want of a date held at most, for judging again once the crawl has seen
#: what its listings link to; when that many are held, they are judged again at once.
MAX_DATELESS_HELD = 500


class PortalSpider(scrapy.Spider):
    name = "portal"

    def __init__(self, source: Source | str, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.source = source if isinstance(source, Source) else None
        self.source_id = source.id if isinstance(source, Source) else source
        self.job: Job | None = None
        self.not_started: str | None = None  # why not, when another crawl holds the source
        self.summary: CrawlSummary | None = None
        self.requested: set[str] = set()  # ids of the articles this crawl asked for
        self.met: set[str] = set()  # article ids listing pages have linked to, so far (for stats)
        self.read: set[str] = set()  # ids of the articles read from pages
        self.rechecked_all = False
        self.learned: LearnedTemplate | None = None  # what earlier crawls learned of the template
        self.learner: TemplateLearner | None = None  # what this crawl learns
        self.template_path = None
        #: The template this crawl learned: from the held pages, then refreshed (None until then).
        self.learning: LearnedTemplate | None = None
        #: Pages taken for articles, held back until the template is learned from them: (response,
        #: decoded html, what its URL said).
        self.held: list[tuple[TextResponse, str, str | None]] = []
        #: Up to as many pages not taken for articles while pages are held: a learned selector
        #: offered to pin must leave them so (`try_pinned`).
        self.passed_over: list[tuple[TextResponse, str, str | None]] = []
        self.holding = False  # set once the stored template is known to be missing
        #: Pages refused only for want of a date, held to be judged again (see the module's
        #: docstring): (response, decoded html, what its URL said).
        self.dateless_held: list[tuple[TextResponse, str, str | None]] = []
        self.sitemaps = 0  # sitemap files asked for
        self.asked: set[str] = set()  # ids of the other pages (listings, …) this crawl asked for

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):  # noqa: ANN001, ANN206 - Scrapy's signature
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        config = Config.resolve(settings.get("ARCHIVER_DATA_DIR"), settings.get("ARCHIVER_SOURCES"))
        if spider.source is None:  # started by id (scrapy crawl / scrapyd): read the sources file
            spider.source = select_sources(load_sources(config.sources_path), [spider.source_id])[0]
        spider.allowed_domains = [d.split(":")[0] for d in spider.source.domains]
        # the source's politeness, unless the command line set a delay for everything
        settings.set("DOWNLOAD_DELAY", spider.source.delay, priority="spider")
        try:
            spider.job = Job.open(config, spider.source,
                                  full_requested=settings.getbool("ARCHIVER_FULL"))
        except SourceLocked as exc:
            spider.not_started = str(exc)
        except Exception as exc:  # a damaged or unwritable data dir: a failed run, on record
            spider.logger.exception("%s: the crawl could not start", spider.source.id)
            spider.summary = failed_start(config, spider.source.id, exc)
            spider.not_started = spider.summary.stopped_because
        crawler.signals.connect(spider.recheck_the_rest, signal=signals.spider_idle)
        crawler.signals.connect(spider.release_when_idle, signal=signals.spider_idle)
        spider.template_path = config.data.template(spider.source.id)
        spider.learned = LearnedTemplate.load(spider.template_path)
        spider.learner = TemplateLearner(
            spider.source.id, crawl=spider.job.run_started if spider.job is not None else None,
            pin_checks=spider.learned.pin_checks if spider.learned is not None else None)
        spider.holding = settings.getint("ARCHIVER_LEARN_FIRST") > 0 and (
            spider.learned is None or spider.learned.pages < MIN_PAGES)
        crawler.signals.connect(spider.robots_sitemaps, signal=signals.response_received)
        return spider

    async def start(self) -> AsyncIterator[scrapy.Request]:
        if self.job is None:
            self.logger.error("not crawled: %s", self.not_started)
            return
        origins = dict.fromkeys(f"{urlsplit(u).scheme}://{urlsplit(u).netloc}"
                                for u in self.source.start_urls)
        for url in self.source.start_urls:
            yield scrapy.Request(url, callback=self.parse, errback=self.failed,
                                 priority=PRIORITY["listing"])
        for origin in origins:
            if sitemap := self.sitemap_request(f"{origin}/sitemap.xml", depth=0):
                yield sitemap
        if not self.job.full:
            for known in self.job.rechecks(self.settings.getint("ARCHIVER_RECHECK_NEWEST")):
                if request := self.recheck(known):
                    yield request

    def closed(self, reason: str) -> None:
        if self.job is not None:
            self.crawler.stats.set_value("archiver/article_links", len(self.met | self.read))
            self.summary = self.job.close(reason, self.crawler.stats.get_stats())
        if self.held or self.dateless_held:  # stopped early (Ctrl-C, --max-articles): not
            # archived, so fetched next time
            self.logger.info("%s: %d article pages held for template learning and %d pages with no "
                             "date held for judging were not archived; the next crawl fetches "
                             "them", self.source.id, len(self.held), len(self.dateless_held))
        # an incremental crawl reads a few new articles: what it learned replaces a template
        # learned from more pages only once it has as many
        if self.learner is not None and self.learner.pages >= max(
                MIN_PAGES, self.learned.pages if self.learned is not None else 0):
            self.learner.result().save(self.template_path)

    # -- pages -------------------------------------------------------------------------------------
    def parse(self, response: Response, **kwargs) -> Iterator:
        if not isinstance(response, TextResponse):
            return
        html = self.decoded(response)
        cap = self.settings.getint("ARCHIVER_MAX_LINKS_PER_PAGE")
        if (cut := cap_links(html, cap)) is not None:
            self.crawler.stats.inc_value("archiver/pages_cut")
            self.logger.warning("%s: more than %d links; only the first are read "
                                "(ARCHIVER_MAX_LINKS_PER_PAGE)", response.url, cap)
            html = cut
        page = self.page(response, html, self.template)
        kind = url_kind(response.url, page.family, self.source.article_pattern,
                        self.source.listing_pattern)
        self.crawler.stats.inc_value(f"archiver/pages/{kind or 'other'}")
        pinned_listing = kind == "listing" and bool(self.source.listing_pattern) and bool(
            re.search(self.source.listing_pattern, response.url))
        if kind != "never" and not pinned_listing:
            if (verdict := self.verdict(page, kind)) is None:
                yield from self.follow(page, response, listing=True)
                return
            fields, reason = verdict
            self.learn(page, reason)
            if reason is not None and reason.startswith(DATELESS):
                self.dateless_held.append((response, html, kind))
                yield from self.follow(page, response, listing=True)
                if len(self.dateless_held) >= MAX_DATELESS_HELD:
                    yield from self.settle_dateless()
                return
            if (yield from self.take(page, fields, reason, response, html, kind)):
                kind = "article"
        yield from self.follow(page, response, listing=kind != "article")

    def learn(self, page: ArticlePage, reason: str | None) -> None:
        """What the page, judged, tells the learner: an article's template, or what the article
        shape must not cover (`TemplateLearner.add_other`), or a page short only of a date."""
        if self.learner is None:
            return
        if reason is None:
            self.learner.add(page.url, page.field_elements(), page.short_blocks(),
                             page.body_lines(), page.meta.keywords)
        elif reason.startswith(DATELESS):
            self.learner.add_dateless(page.url, page.field_elements(), page.title())
        else:
            self.learner.add_other(page.url)

    def take(self, page: ArticlePage, fields: dict, reason: str | None, response: TextResponse,
             html: str, kind: str | None) -> Generator[dict, None, bool]:
        """A judged page held (while the template is learned from the first pages), or emitted
        as an article, or counted as a failure or passed over; True when it is taken for an
        article (or held as one)."""
        learn_first = self.settings.getint("ARCHIVER_LEARN_FIRST")
        if self.holding and (reason is None or kind == "article"):
            self.held.append((response, html, kind))
            if len(self.held) >= learn_first:
                yield from self.release()
            return True
        if reason is not None and self.holding and len(self.passed_over) < learn_first:
            self.passed_over.append((response, html, kind))
        yield from self.judged(page, fields, reason, response, kind)
        if reason is None:
            self.refresh_template()
        return reason is None

    def settle_dateless(self) -> Iterator[dict]:
        """The held pages refused only for want of a date, judged again with the article shape
        learned since (`refresh_shape`) and, as the link text that led to each, the longest
        teaser text a listing linked it with: each taken (`take`) or passed over."""
        held, self.dateless_held = self.dateless_held, []
        self.refresh_shape()
        for response, html, kind in held:
            if teaser := self.learner.teaser(response.url):
                response.meta["link_text"] = teaser
            page = self.page(response, html, self.template)
            if (verdict := self.verdict(page, kind)) is None:
                continue
            fields, reason = verdict
            if reason is None:
                self.learn(page, reason)
            yield from self.take(page, fields, reason, response, html, kind)

    def refresh_shape(self) -> None:
        """The article shape this crawl's pages show (`TemplateLearner.article_shape`), else the
        stored template's, put on the template in use."""
        shape = self.learner.article_shape() if self.learner is not None else None
        if shape is None:
            return
        base = self.template or LearnedTemplate(self.source.id, crawl=self.learner.crawl)
        if base.shape() != shape:
            self.learning = dataclasses.replace(base, article_shape=dataclasses.asdict(shape))

    def page(self, response: TextResponse, html: str, template: LearnedTemplate | None,
             pinned: dict[str, str] | None = None) -> ArticlePage:
        """The page as the source's settings and `template` read it (with `pinned` selectors over
        the source's own)."""
        return ArticlePage(response.url, html, platform=self.source.platform,
                           selectors={**self.source.selectors, **(pinned or {})},
                           template=template, hint=response.meta.get("link_text"))

    def judged(self, page: ArticlePage, fields: dict, reason: str | None, response: TextResponse,
               kind: str | None) -> Iterator[dict]:
        """The page's record when it is an article; otherwise a failure counted and said when
        its URL promised an article."""
        if reason is None:
            record = self.record(fields, response)
            self.read.add(record["id"])
            if not record["published"]:
                self.crawler.stats.inc_value("archiver/warnings/no_date_read")
                self.logger.info("archived with no date read: %s", response.url)
            yield record
        elif kind == "article":
            self.crawler.stats.inc_value("archiver/failed/extraction")
            self.logger.warning("no article found on %s (%s)", response.url, reason)
        else:
            self.logger.debug("not an article: %s (%s)", response.url, reason)

    # -- the template learned in this crawl -------------------------------------------------------
    @property
    def template(self) -> LearnedTemplate | None:
        """What extraction uses: the stored template, else the one this crawl learned so far."""
        return self.learning if self.learning is not None else self.learned

    def release(self) -> Iterator[dict]:
        """The held pages, each extracted again with the template learned from them (when they
        were enough to learn one: `MIN_PAGES`), judged again and emitted."""
        held, self.held, self.holding = self.held, [], False
        passed_over, self.passed_over = self.passed_over, []
        self.refresh_template(force=True)
        if self.learning is not None:
            self.crawler.stats.set_value("archiver/template/learned_from", self.learning.pages)
            self.logger.info("%s: template learned from the first %d article pages, applied to "
                             "them and to the pages after", self.source.id, self.learning.pages)
        articles = []
        for response, html, kind in held:
            page = self.page(response, html, self.learning)
            if (verdict := self.verdict(page, kind)) is None:
                continue
            fields, reason = verdict
            (articles if reason is None else passed_over).append((response, html, kind))
            yield from self.judged(page, fields, reason, response, kind)
        self.try_pinned(articles + passed_over)

    def reason(self, page: ArticlePage, fields: dict, kind: str | None) -> str | None:
        """Why the page is not taken for an article (`learned_reason`), or None."""
        return learned_reason(page, fields, url_says_article=kind == "article",
                              url_says_listing=kind == "listing")

    def verdict(self, page: ArticlePage, kind: str | None) -> tuple[dict, str | None] | None:
        """The page's fields and why it is not an article (`reason`), or None when the extractor
        raised on it. An extractor bug met on markup nobody foresaw costs that one page, counted
        (`archiver/failed/extractor_error`, so the run's tally and status show it) and said in one
        line, the traceback at debug level; never the links the crawl follows from the page (a
        portal's home page is where a whole crawl starts) nor the pages held with it."""
        try:
            fields = page.fields()
            return fields, self.reason(page, fields, kind)
        except Exception as exc:  # noqa: BLE001 - any bug, on this one page's markup
            self.crawler.stats.inc_value("archiver/failed/extractor_error")
            self.logger.warning("%s: the extractor failed (%s: %s); the page's links are still "
                                "followed", page.url, type(exc).__name__, exc)
            self.logger.debug("the extractor's traceback on %s", page.url, exc_info=True)
            return None

    def try_pinned(self, pages: list[tuple[TextResponse, str, str | None]]) -> None:
        """Each field's best learned selector, tried pinned on pages of this crawl (the held pages
        and as many passed over), read with the learned template and without one (as a crawl
        into a new data directory starts), together with the fields before it that passed: one
        that leaves every verdict and every field of an article as the rules read them is
        offered to paste (`LearnedTemplate.pin_checks`)."""
        if self.learning is None or self.learner is None:
            return
        templates = (self.learning, None)
        readings = [(response, html, kind, [self.reading(response, html, kind, t) for t in templates])
                    for response, html, kind in pages]
        passed: dict[str, str] = {}
        for name in FIELDS:
            if (best := self.learning.best(name)) is None:
                continue
            pin = {**passed, name: best[0]}
            same = sum(all(self.reading(response, html, kind, t, pin) == rules
                           for t, rules in zip(templates, bases, strict=True))
                       for response, html, kind, bases in readings)
            self.learner.tried_pinned(name, best[0], same, len(readings))
            if same == len(readings):
                passed = pin

    def reading(self, response: TextResponse, html: str, kind: str | None,
                template: LearnedTemplate | None,
                pinned: dict[str, str] | None = None) -> tuple[dict, bool]:
        """The page's fields, and whether it is taken for an article, read with `template` and
        `pinned` selectors."""
        page = self.page(response, html, template, pinned)
        try:
            fields = page.fields()
            article = self.reason(page, fields, kind) is None
        except Exception:  # noqa: BLE001 - a reading that fails differs: the pin is not offered
            return {}, False  # (the page's own failure was counted once, by `verdict`)
        return (fields if article else {}), article

    def refresh_template(self, *, force: bool = False) -> None:
        """This crawl's template learned again from the pages read so far, when they doubled since
        (so the cost stays a few recounts per crawl); kept None below `MIN_PAGES` pages."""
        if self.learner is None or self.holding or self.learner.pages < MIN_PAGES or (
                self.learned is not None and self.learned.pages >= MIN_PAGES):
            return
        if force or self.learning is None or self.learner.pages >= 2 * self.learning.pages:
            self.learning = self.learner.result()

    def release_when_idle(self) -> None:
        """The crawl ran out of pages with fewer than `ARCHIVER_LEARN_FIRST` held, or with pages
        held for want of a date: they are released through a `data:` request (items can only
        come from a callback), which is no page of the portal and is not counted as one."""
        if not self.held and not self.dateless_held:
            return
        self.crawler.engine.crawl(scrapy.Request(
            "data:,", callback=self.release_held, dont_filter=True, priority=PRIORITY["article"],
            meta={"allow_offsite": True, "dont_obey_robotstxt": True}))
        raise DontCloseSpider

    def release_held(self, response: Response) -> Iterator[dict]:
        self.crawler.stats.inc_value("response_received_count", -1)
        yield from self.settle_dateless()
        if self.held:
            yield from self.release()

    def decoded(self, response: TextResponse) -> str:
        """The page's text. When its declared charset does not decode it (U+FFFD where the bytes
        hold none), UTF-8 and then Windows-1258 (Vietnamese) are tried; when neither fits, the
        page is kept as decoded and the loss is counted and said, never silently stored."""
        html = response.text
        if "\ufffd" not in html or b"\xef\xbf\xbd" in response.body:
            return html
        for charset in ("utf-8", "cp1258"):
            try:
                text = response.body.decode(charset)
            except UnicodeDecodeError:
                continue
            self.crawler.stats.inc_value("archiver/pages/charset_corrected")
            self.logger.warning("%s: declared charset %s does not fit the bytes; read as %s",
                                response.url, response.encoding, charset)
            return text
        self.crawler.stats.inc_value("archiver/failed/undecodable")
        self.logger.warning("%s: bytes that %s cannot decode stored as U+FFFD", response.url,
                            response.encoding)
        return html

    def parse_recheck(self, response: Response) -> Iterator:
        """An archived article fetched again: unchanged (304), removed (404/410, or redirected to
        a page that is not the article), or a page."""
        known = response.meta["known"]
        if response.status == 304:
            self.crawler.stats.inc_value("archiver/articles/unchanged")
            self.job.note_sighting(known.id, utc_now())
        elif response.status in REMOVED_STATUSES or self.job.redirected_away(known, response, self.template):
            away = response.status not in REMOVED_STATUSES
            yield {"id": known.id, "url": known.url, "source": self.source.id, "status": "removed",
                   "http_status": response.meta["redirect_reasons"][0] if away else response.status,
                   "redirected_to": response.url if away else None,
                   "fetched_at": utc_now(), "_response": response}
        else:
            yield from self.parse(response)

    def follow(self, page: ArticlePage, response: TextResponse, *,
               listing: bool) -> Iterator[scrapy.Request]:
        """Requests for a page's links. On a listing, article links are counted to decide whether
        its next page is worth fetching (see the module docstring)."""
        job = self.job
        own_shape = pagination_shape(response.url)
        nexts = set(next_pages(page.sel, response.url))
        pager = {pagination_shape(u) for u in nexts}
        run = response.meta.get("known_run", 0)
        earlier: frozenset[str] = response.meta.get("listing_met", frozenset())
        on_page: set[str] = set()
        anything_new = False
        fresh = not listing  # an article page, or one that leads somewhere new (see `barren`)
        others: list[tuple[str, str | None]] = []
        malformed: list[str] = []
        texts = link_texts(page.sel, response.url, self.source.domains, malformed)
        if malformed:
            self.crawler.stats.inc_value("archiver/failed/malformed_link", len(malformed))
            self.logger.info("%s: %d malformed links skipped, e.g. %r", response.url,
                             len(malformed), malformed[0][:200])
        for url in texts:
            kind = url_kind(url, page.family, self.source.article_pattern,
                            self.source.listing_pattern)
            if kind == "never":
                continue
            if listing and self.learner is not None:
                self.learner.add_teaser(url, texts[url])
            aid = article_id(url)
            known = job.lookup(aid)
            if known is None and kind != "article":
                others.append((url, kind))
                continue
            key = known.id if known else aid
            first_met = listing and key not in earlier and key not in on_page
            if listing:
                on_page.add(key)
            if known is not None and job.archived_before(known):
                self.crawler.stats.inc_value("archiver/articles/known_met")
                run += first_met
                if (job.full or known.doubtful) and (request := self.recheck(known, url)):
                    fresh = True
                    yield request
                continue
            if first_met:
                run, anything_new = 0, True
            if known is None and aid not in self.requested:
                self.requested.add(aid)
                fresh = True
                yield response.follow(url, callback=self.parse, errback=self.failed,
                                      priority=PRIORITY["article"],
                                      meta={"link_text": texts[url]})
        self.met |= on_page
        fresh = fresh or any(pagination_shape(u) not in pager | {own_shape}
                             and article_id(u) not in self.asked for u, _ in others)
        barren = 0 if fresh else response.meta.get("barren", 0) + 1
        if barren >= self.settings.getint("ARCHIVER_MAX_BARREN_PAGES"):
            self.crawler.stats.inc_value("archiver/chains_cut")
            self.logger.info("%s: %d pages in a row without a new article or page; links not "
                             "followed (ARCHIVER_MAX_BARREN_PAGES)", response.url, barren)
            others = []
        stop = (listing and not job.full and not anything_new
                and run >= self.source.stop_after_known)
        if stop and nexts:
            self.crawler.stats.inc_value("archiver/listings_stopped")
            self.logger.debug("%s: %d archived articles in a row, next page not followed",
                              response.url, run)
        for url, kind in others:
            if url in nexts:
                if not stop:
                    self.asked.add(article_id(url))
                    yield response.follow(url, callback=self.parse, errback=self.failed,
                                          priority=PRIORITY["next"],
                                          meta={"known_run": run, "listing_met": earlier | on_page,
                                                "barren": barren})
            elif job.full or pagination_shape(url) not in pager:
                self.asked.add(article_id(url))
                yield response.follow(url, callback=self.parse, errback=self.failed,
                                      priority=PRIORITY[kind],
                                      meta={"barren": barren, "link_text": texts[url]})
            # else: a deeper page of this listing, reached through its next pages in turn

        if job.full and listing and not nexts and texts \
                and set(texts) != response.meta.get("guessed_from") \
                and (guess := guessed_next_page(response.url)):
            # the home page's next link drawn by script: its `/page/2/` is asked for, and so on
            # while each page links what the one before did not; a 404 ends it quietly
            yield response.follow(guess, callback=self.parse, errback=self.ignore_missing,
                                  priority=PRIORITY["next"],
                                  meta={"guessed_from": frozenset(texts), "barren": barren})
        for url in feed_links(page.sel, response.url):
            yield response.follow(url, callback=self.parse_feed, meta={"optional": True})

    def robots_sitemaps(self, response: Response, request: scrapy.Request) -> None:
        """The sitemaps robots.txt names (`Sitemap: …`), besides the usual /sitemap.xml; read from
        the robots.txt Scrapy fetches to obey it, so it is fetched once."""
        if not (request.meta.get("dont_obey_robotstxt") and response.status == 200
                and urlsplit(response.url).path == "/robots.txt" and self.job is not None):
            return
        for loc in sitemap_urls_from_robots(response.body, base_url=response.url):
            url = resolve(response.url, loc)
            if url and (sitemap := self.sitemap_request(url, depth=0)):
                self.crawler.engine.crawl(sitemap)

    def sitemap_request(self, url: str, depth: int) -> scrapy.Request | None:
        """A sitemap to fetch, within ARCHIVER_SITEMAP_MAX_DEPTH nested indexes and
        ARCHIVER_SITEMAP_MAX_FILES files per run (recursive or huge indexes would cost a run
        thousands of requests and hundreds of megabytes)."""
        too_deep = depth > self.settings.getint("ARCHIVER_SITEMAP_MAX_DEPTH")
        if too_deep or self.sitemaps >= self.settings.getint("ARCHIVER_SITEMAP_MAX_FILES"):
            if not self.crawler.stats.get_value("archiver/sitemaps_skipped"):
                self.logger.info("%s: sitemap not fetched (%s)", url,
                                 "ARCHIVER_SITEMAP_MAX_DEPTH" if too_deep
                                 else "ARCHIVER_SITEMAP_MAX_FILES")
            self.crawler.stats.inc_value("archiver/sitemaps_skipped")
            return None
        self.sitemaps += 1
        return scrapy.Request(url, callback=self.parse_sitemap, errback=self.ignore_missing,
                              meta={"optional": True, "sitemap_depth": depth})

    def parse_sitemap(self, response: Response) -> Iterator[scrapy.Request]:
        """sitemap.xml and sitemap indexes: article URLs first, nested sitemaps followed."""
        try:
            sitemap = Sitemap(response.body)
        except Exception:  # lxml raises several types on a non-XML body
            self.logger.info("%s is not a sitemap", response.url)
            return
        depth = response.meta.get("sitemap_depth", 0) + 1
        for entry in sitemap:
            loc = entry.get("loc", "").strip()
            if not loc:
                continue
            if sitemap.type == "sitemapindex":
                url = resolve(response.url, loc)
                if url and (request := self.sitemap_request(url, depth)):
                    yield request
            elif request := self.listed(loc, response.url):
                yield request

    def parse_feed(self, response: Response) -> Iterator[scrapy.Request]:
        """RSS `<item><link>` and Atom `<entry><link href>`."""
        sel = scrapy.Selector(response, type="xml")
        sel.remove_namespaces()
        links = sel.xpath("//item/link/text() | //entry/link/@href").getall()
        for url in links:
            if request := self.listed(url, response.url):
                yield request

    def listed(self, href: str, base_url: str) -> scrapy.Request | None:
        """A URL a sitemap or feed lists: fetched unless it is an archived article (re-checked in
        a full walk); skipped and counted when it is not a fetchable http(s) URL."""
        url = resolve(base_url, href)
        if url is None:
            self.crawler.stats.inc_value("archiver/failed/malformed_link")
            return None
        known = self.job.lookup(article_id(url))
        if known is not None:  # archived before the job, or by its interrupted part (settled)
            if self.job.archived_before(known):
                self.crawler.stats.inc_value("archiver/articles/known_met")
            return self.recheck(known, url) if self.job.full or known.doubtful else None
        return scrapy.Request(url, callback=self.parse, errback=self.failed,
                              priority=PRIORITY["article"])

    # -- re-checking archived articles ---------------------------------------------------------
    def recheck(self, known: Known, url: str | None = None) -> scrapy.Request | None:
        """A conditional request for an archived article, unless this crawl has already seen to it."""
        if known.id in self.requested or self.job.settled(known.id):
            return None
        self.requested.add(known.id)
        return scrapy.Request(url or known.request_url, callback=self.parse_recheck,
                              errback=self.failed, headers=known.conditional_headers(),
                              priority=PRIORITY["article"], dont_filter=True,  # a redirect home too
                              meta={"known": known, "handle_httpstatus_list": RECHECK_STATUSES})

    def recheck_the_rest(self) -> None:
        """Full walk, once the walk is over: the archived articles no listing led to."""
        if self.job is None or not self.job.full or self.rechecked_all:
            return
        self.rechecked_all = True
        requests = [r for known in list(self.job.unsettled()) if (r := self.recheck(known))]
        for request in requests:
            self.crawler.engine.crawl(request)
        if requests:
            raise DontCloseSpider

    # -- failures ----------------------------------------------------------------------------------
    def ignore_missing(self, failure) -> None:  # noqa: ANN001 - a Twisted Failure
        self.logger.debug("optional %s: %s", failure.request.url, failure.value)

    def failed(self, failure) -> None:  # noqa: ANN001 - a Twisted Failure
        """Count a page that could not be fetched, by kind: `http_404`, `TimeoutError`, …"""
        response = getattr(failure.value, "response", None)
        kind = f"http_{response.status}" if response is not None else type(failure.value).__name__
        self.crawler.stats.inc_value(f"archiver/failed/{kind}")
        self.logger.warning("failed %s: %s", failure.request.url, kind)

    def record(self, fields: dict, response: Response) -> dict:
        """The page's fields plus where and when they came from. `_response` rides along for the
        archive pipeline's WARC file and is never stored. A canonical URL on another site (another
        host or port) is not believed: it would give the page another source's article id."""
        source = self.source
        if not in_domains(fields["url"], source.domains):
            self.crawler.stats.inc_value("archiver/canonical_offsite")
            self.logger.info("%s: canonical URL %r is on another site; not used", response.url,
                             fields["url"])
            fields = {**fields, "url": clean_url(response.url)}
        record = {
            "id": article_id(fields["url"]),
            "source": source.id,
            "source_name": source.name,
            "province": source.province,
            "district": source.district,
            **fields,
            "fetched_at": utc_now(),
            "http_etag": _header(response, "ETag"),
            "http_last_modified": _header(response, "Last-Modified"),
            "_response": response,
        }
        requested = response.meta.get("redirect_urls", [response.url])[0]
        if article_id(requested) != record["id"]:
            record["fetched_url"] = requested
        return record


def pagination_shape(url: str) -> str:
    """A URL with its numbers masked: the pages of one listing share it (`…/page-#/`, `?Page=#`)."""
    return re.sub(r"\d+", "#", url)


def _header(response: Response, name: str) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None
