"""A crawl job: one source's crawl as the archive sees it, from its start to its normal end, however
many times it is interrupted (Ctrl-C, `kill -9`, a power cut) and resumed in between.

A job holds the source's lock, knows what the archive held when it began (`Known` articles, with the
validators for conditional requests) and decides the walk: *full* (every listing page, every archived
article re-checked) or *incremental* (listings stop after a run of already-archived articles). Its
state lives in `<data>/jobs/<source>/`: `job.json` (when it started, full or not) and `checked.txt` (the
ids it has settled, one per line, flushed as it goes). The next crawl of a source whose job is still
there resumes it: same start time and walk; articles archived since the job started are not fetched
again and count as new for the listing stop, so the resumed walk reaches as far as an uninterrupted
one; ids in `checked.txt` are not re-checked. A crawl that finishes (reason `finished`) deletes the
directory; one stopped otherwise (Ctrl-C, `--max-articles`) leaves it for the next crawl to go on.

A re-check that finds an article unchanged (a 304, or the same title and body) is a sighting
(`archiver.archive.sightings`): it moves the article's `last_seen` forward and keeps the validators the
server gave (its ETag changes whenever a sidebar does) for the next conditional request, without writing
an article record that says nothing new. A removal (404/410, or a redirect to a page that is not the
article: a soft 404) is recorded only when a second run sees it; the first is a `missing` sighting, and
an article seen missing once is re-checked by every crawl until it is settled either way.

Why not Scrapy's JOBDIR: its disk queue is saved only on a clean close while its dupefilter file
remembers every request as it is scheduled, so after `kill -9` a resumed crawl would skip requests that
were queued but never fetched. The archive and `checked.txt` are written line by line as work is done,
so they are exactly what was finished.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from scrapy.http import Response, TextResponse

from archiver.archive.migrate import is_current, rekey_source
from archiver.archive.runs import NOT_STARTED, CrawlSummary, append_run, read_runs
from archiver.archive.sightings import Sighting, append_sighting, read_sightings
from archiver.archive.store import Archive, scan_lines
from archiver.config import Config
from archiver.crawl.locks import SourceLock
from archiver.extract.listing import learned_reason
from archiver.extract.page import ArticlePage
from archiver.extract.template import LearnedTemplate
from archiver.record import article_id, content_hash, format_utc, parse_utc, utc_now
from archiver.schedule import parse_interval
from archiver.sources import Source

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Known:
    """What a crawl needs of an archived article: the newest stored version's essentials."""

    id: str
    url: str
    request_url: str      # the URL fetched for it (the canonical `url` unless they differed)
    offset: int           # where its newest line starts in the source's archive file
    version: int
    content_hash: str | None
    status: str
    first_seen: str | None
    published: str | None
    etag: str | None
    last_modified: str | None
    validated_at: str | None  # when the server last gave `etag` / `last_modified`
    last_seen: str | None = None
    missing_run: str | None = None  # the run that first found it missing, while unconfirmed

    @classmethod
    def of(cls, record: dict, offset: int) -> Known:
        return cls(id=record["id"], url=record.get("url") or "",
                   request_url=record.get("fetched_url") or record.get("url") or "",
                   offset=offset, version=record.get("version") or 1,
                   content_hash=record.get("content_hash"), status=record.get("status") or "live",
                   first_seen=record.get("first_seen"), published=record.get("published"),
                   etag=record.get("http_etag"), last_modified=record.get("http_last_modified"),
                   validated_at=record.get("fetched_at"),
                   last_seen=record.get("last_seen") or record.get("fetched_at"))

    @property
    def doubtful(self) -> bool:
        """Removed, or seen missing once: every crawl re-checks it, so that a removal is confirmed
        by a second run and an article served again is seen live again."""
        return self.status != "live" or self.missing_run is not None

    def conditional_headers(self) -> dict[str, str]:
        """If-None-Match / If-Modified-Since from the validators the server gave last time."""
        headers = {}
        if self.etag:
            headers["If-None-Match"] = self.etag
        if self.last_modified:
            headers["If-Modified-Since"] = self.last_modified
        return headers


class Job:
    """The crawl of one source; see the module docstring. Open with `Job.open`, end with `close`."""

    def __init__(self, config: Config, source: Source, lock: SourceLock, *, started: str,
                 full: bool, why_full: str | None, resumed: bool, known: dict[str, Known],
                 checked: set[str]):
        self.config = config
        self.source = source
        self.archive = Archive(config.data.archive)
        self.run_started = utc_now()
        self.started = started
        self.full = full
        self.why_full = why_full
        self.resumed = resumed
        self.known = known
        # What a new job found archived; a resumed one tells by first-seen times (see below).
        self._before = None if resumed else frozenset(known)
        self.checked = checked
        self._lock = lock
        self._aliases = {article_id(k.request_url): k.id for k in known.values()
                         if k.request_url != k.url}
        self._checked_file = open(self.dir / "checked.txt", "a", encoding="utf-8")  # noqa: SIM115
        if self._checked_file.tell():  # a kill can tear the last line: start a fresh one
            self._checked_file.write("\n")

    @property
    def dir(self) -> Path:
        return self.config.data.job(self.source.id)

    @classmethod
    def open(cls, config: Config, source: Source, *, full_requested: bool = False,
             now: datetime | None = None) -> Job:
        """Lock the source (raises `SourceLocked`), then resume its job or begin a new one."""
        lock = SourceLock(config.data, source.id)
        lock.acquire()
        try:
            return cls._open_locked(config, source, lock, full_requested, now)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def _open_locked(cls, config: Config, source: Source, lock: SourceLock, full_requested: bool,
                     now: datetime | None) -> Job:
        if not is_current(config.data, source.id):
            report = rekey_source(config.data, source.id)
            if report.changed or report.clashes:  # never a silent change of ids
                logger.warning("%s (URL rules changed; run `archiver index --rebuild`)", report.line())
        known = load_known(config, source.id)
        directory = config.data.job(source.id)
        state = _read_state(directory / "job.json")
        if state:
            started, resumed = state["started"], True
            full, why = state["full"], state.get("why_full")
            if full_requested and not full:
                full, why = True, "--full"
        else:
            started, resumed = format_utc(now) if now else utc_now(), False
            why = full_walk_reason(config, source, known, full_requested, now)
            full = why is not None
        fresh = {"started": started, "full": full, "why_full": why}
        if state != fresh:
            directory.mkdir(parents=True, exist_ok=True)
            tmp = directory / "job.json.tmp"
            tmp.write_text(json.dumps(fresh), encoding="utf-8")
            os.replace(tmp, directory / "job.json")
        checked_path = directory / "checked.txt"
        checked = set(checked_path.read_text(encoding="utf-8").split()) \
            if checked_path.exists() else set()
        return cls(config, source, lock, started=started, full=full, why_full=why,
                   resumed=resumed, known=known, checked=checked)

    # -- what the archive knows ------------------------------------------------------------------
    def lookup(self, aid: str) -> Known | None:
        """The archived article a link leads to (by its id, or by the URL it was fetched at)."""
        return self.known.get(aid) or self.known.get(self._aliases.get(aid, ""))

    def archived_before(self, known: Known) -> bool:
        """Archived before this job began (not by an interrupted earlier part of it). A new job
        knows it from what the archive held when it opened: times are kept to the second, and an
        article archived in the second the job began would look like the job's own."""
        if self._before is not None:
            return known.id in self._before
        return known.first_seen is None or known.first_seen < self.started

    def settled(self, aid: str) -> bool:
        """Nothing left to do for this article in this job: checked, or archived by the job."""
        known = self.known.get(aid)
        return aid in self.checked or (known is not None and not self.archived_before(known))

    def rechecks(self, n: int) -> list[Known]:
        """What an incremental crawl re-fetches: the `n` newest live archived articles, and every
        article seen missing once. The newest are taken in turn from the most recently first seen
        (what the portal listed lately; by day, then by date) and the latest published, so that a
        wrong extracted date (an old date read from the body) cannot push a recent article out of
        the re-check."""
        live = [k for k in self.known.values() if k.status == "live" and not k.doubtful]
        by_seen = sorted(live, key=lambda k: ((k.first_seen or "")[:10], k.published or "", k.id),
                         reverse=True)
        by_date = sorted(live, key=lambda k: (k.published or k.first_seen or "", k.id),
                         reverse=True)
        chosen: dict[str, Known] = {}
        for seen, dated in zip(by_seen, by_date, strict=True):
            for k in (seen, dated):
                if len(chosen) < n:
                    chosen.setdefault(k.id, k)
        return list(chosen.values()) + [k for k in self.known.values() if k.missing_run is not None]

    def redirected_away(self, known: Known, response: Response,
                        template: LearnedTemplate | None = None) -> bool:
        """A re-check that was redirected to a page that is not the article (the home page, a
        listing, another article): a soft 404. A move to another URL of the same article (https,
        a new path) is not (`still_the_article`, judged with the source's learned `template`)."""
        if not response.meta.get("redirect_urls"):
            return False
        if not isinstance(response, TextResponse):  # a document or an image where the page was
            return True
        target = self.lookup(article_id(response.url))
        if target is not None and target.id == known.id:
            return False
        archived = self.archive.read_at(self.source.id, known.offset)
        return not still_the_article(archived, response, self.source, template)

    def unsettled(self) -> Iterator[Known]:
        return (k for k in self.known.values() if not self.settled(k.id))

    # -- progress --------------------------------------------------------------------------------
    def mark_checked(self, aid: str) -> None:
        if aid not in self.checked:
            self.checked.add(aid)
            self._checked_file.write(aid + "\n")
            self._checked_file.flush()

    def note_sighting(self, aid: str, at: str, *, etag: str | None = None,
                      last_modified: str | None = None, validators: bool = False) -> None:
        """An archived article found online unchanged (a 304, or the same title and body): its
        `last_seen` moves to `at`, an earlier `missing` is forgotten and, with `validators`, the
        server's ETag / Last-Modified are kept for the next conditional request."""
        self.mark_checked(aid)
        known = self.known.get(aid)
        if known is None:
            return
        line = {"id": aid, "at": at, "run": self.run_started, "seen": "live"}
        changes: dict = {"last_seen": at, "missing_run": None}
        if validators and (known.etag, known.last_modified) != (etag, last_modified):
            line.update(etag=etag, last_modified=last_modified)
            changes.update(etag=etag, last_modified=last_modified, validated_at=at)
        self.known[aid] = replace(known, **changes)
        append_sighting(self.config.data, self.source.id, line)

    def note_missing(self, aid: str, at: str, http_status: int | None) -> bool:
        """An archived article answered 404/410 or redirected elsewhere. True when this confirms
        a removal another run saw first; else the first sighting is noted and False returned."""
        self.mark_checked(aid)
        known = self.known.get(aid)
        if known is None:
            return False
        if known.missing_run is not None and known.missing_run != self.run_started:
            return True
        if known.missing_run is None:
            self.known[aid] = replace(known, missing_run=self.run_started)
            append_sighting(self.config.data, self.source.id, {
                "id": aid, "at": at, "run": self.run_started, "seen": "missing",
                "http_status": http_status})
        return False

    def note_written(self, record: dict, offset: int) -> None:
        """A version was appended to the archive at `offset`."""
        known = Known.of(record, offset)
        self.known[known.id] = known
        if known.request_url != known.url:
            self._aliases[article_id(known.request_url)] = known.id
        self.mark_checked(known.id)

    def close(self, reason: str, stats: dict) -> CrawlSummary:
        """Record the run, forget the job if it finished, release the lock."""
        try:
            self._checked_file.close()
        except OSError as exc:
            logger.error("%s: %s", self._checked_file.name, exc)
        try:
            summary = CrawlSummary.from_stats(
                self.source.id, {**stats, "finish_reason": reason}, started=self.run_started,
                finished=utc_now(), full=self.full, why_full=self.why_full,
                resumed=self.resumed)
            try:
                append_run(self.config.data, summary)
            except OSError as exc:  # a full disk: the summary is still printed, the job kept
                logger.error("%s: run record not written: %s", self.source.id, exc)
                summary.stopped_because = f"write error: {exc.strerror or exc}"
            if summary.stopped_because == "finished":
                shutil.rmtree(self.dir, ignore_errors=True)
        finally:
            self._lock.release()
        return summary


def failed_start(config: Config, source: str, exc: Exception) -> CrawlSummary:
    """The run of a crawl whose job could not be opened (the data dir damaged or unwritable, a
    shared file that failed under a parallel crawl): a failed run, on record like any other so that
    `archiver runs`, the scheduler and a benchmark see it, not only the terminal it was told on."""
    now = utc_now()
    summary = CrawlSummary(source, started=now, finished=now,
                           stopped_because=f"{NOT_STARTED}: {exc}")
    try:
        append_run(config.data, summary)
    except OSError as exc:
        logger.error("%s: run record not written: %s", source, exc)
    return summary


def died(config: Config, source: str, since: str, archived: int, pages: int,
         status: int) -> CrawlSummary | None:
    """The run of a crawl child that a signal ended (`status` -9: SIGKILL, the OOM killer) before
    it wrote its run record, written for it as far as it is known, so that `archiver runs`, the
    scheduler and the site see a failed run, not nothing; None when the child had written its own
    (a run finished since `since`, when the child was started). Known: the job's start and walk
    (its state survives the child, and the next crawl resumes it), the `pages` the child last told,
    and what the archive gained from byte `archived` of the source's file on (each article version
    is appended as it is stored). Unchanged articles and failures by kind died with the child."""
    if any(parse_utc(r["finished"]) >= parse_utc(since)
           for r in read_runs(config.data, source) if r.get("finished")):
        return None
    job = _read_state(config.data.job(source) / "job.json") or {}
    started = job.get("started", since)
    gained = Counter("removed" if record.get("status") == "removed" else
                     "new" if record.get("version") == 1 else "updated"
                     for _, _, record in scan_lines(Archive(config.data.archive).path_for(source),
                                                    archived, complete_only=True))
    summary = CrawlSummary(source, started=started, finished=utc_now(), pages=pages,
                           new=gained["new"], updated=gained["updated"], removed=gained["removed"],
                           stopped_because=f"failed: killed by signal {-status}",
                           full=job.get("full", False), why_full=job.get("why_full"),
                           resumed=parse_utc(started) < parse_utc(since))
    try:
        append_run(config.data, summary)
    except OSError as exc:
        logger.error("%s: run record not written: %s", source, exc)
    return summary


def still_the_article(archived: dict, response: TextResponse, source: Source,
                      template: LearnedTemplate | None) -> bool:
    """Whether the page a re-check of the `archived` article was redirected to is that article
    at another URL: a page taken for an article as a crawl takes one, with the source's learned
    `template` (a page that prints no date is an article on the source's article shape and a
    teaser naming it: `learned_reason`), and the archived article's title as the link text that
    led to it (the redirect came from that article's address); then the same id, the same title
    and body, or the same title."""
    title = archived.get("title")
    page = ArticlePage(response.url, response.text, platform=source.platform,
                       selectors=source.selectors, template=template, hint=title)
    fields = page.fields()
    if learned_reason(page, fields, url_says_article=False) is not None:
        return False
    return article_id(fields["url"]) == archived.get("id") or content_hash(
        fields["title"], fields["body"]) == archived.get("content_hash") or title == fields["title"]


def load_known(config: Config, source: str) -> dict[str, Known]:
    """The newest record of each archived article of a source, brought up to date by the sightings
    since (last seen, freshest validators, a removal seen once)."""
    known = {r["id"]: Known.of(r, offset) for offset, r in Archive(config.data.archive).scan(source)}
    for aid, s in read_sightings(config.data, source).items():
        k = known.get(aid)
        if k is not None and s.at >= (k.validated_at or ""):
            known[aid] = _sighted(k, s)
    return known


def _sighted(k: Known, s: Sighting) -> Known:
    """`k` after sighting `s` (newer than its record)."""
    changes: dict = {"missing_run": s.missing_run if s.seen == "missing" else None}
    if s.seen == "live":
        changes["last_seen"] = s.at
    if s.validated_at and s.validated_at >= (k.validated_at or ""):
        changes.update(etag=s.etag, last_modified=s.last_modified, validated_at=s.validated_at)
    return replace(k, **changes)


def _read_state(path: Path) -> dict | None:
    """The interrupted job's state, or None (none, or unreadable: then a new job begins)."""
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except ValueError as exc:
        logger.warning("%s is unreadable (%s); starting a new crawl job", path, exc)
        return None
    return state if isinstance(state, dict) and "started" in state else None


def full_walk_reason(config: Config, source: Source, known: dict[str, Known],
                     full_requested: bool, now: datetime | None = None) -> str | None:
    """Why this crawl walks everything (`--full`, the first crawl, `full_every` due), or None."""
    if full_requested:
        return "--full"
    if not known:
        return "first crawl"
    if source.full_every:
        last = max((parse_utc(r["started"]) for r in read_runs(config.data, source.id)
                    if r.get("full") and r.get("stopped_because") == "finished"), default=None)
        when = now or parse_utc(utc_now())
        if last is None or when - last >= parse_interval(source.full_every):
            return f"full_every {source.full_every}"
    return None
