"""`archiver try`: one page, fetched politely or read from a file, through the spider's extraction.

What an archivist reaches for when a portal misbehaves (as `scrapy parse` or `trafilatura -u`):
every field the page yields, which family, learned template and rule produced each, and — when the
page would not be archived — why. The decision is the spider's own (`learned_reason` after
`url_kind`), so what `try` says is what a crawl does.
"""

from __future__ import annotations

import re
import urllib.error
import urllib.request
import urllib.robotparser
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin

from scrapy.http import HtmlResponse

from archiver.extract.links import url_kind
from archiver.extract.listing import learned_reason
from archiver.extract.page import ArticlePage
from archiver.extract.template import LearnedTemplate
from archiver.sources import Source

#: Seconds to wait for the one page (and its robots.txt).
TIMEOUT = 30


class TrialError(Exception):
    """The page could not be had; the message is one line."""


@dataclass
class Trial:
    """One page's extraction, explained."""

    url: str
    fields: dict
    family: str
    url_says: str | None
    #: None when the page would be archived as an article.
    not_article: str | None
    evidence: dict[str, str] = field(default_factory=dict)
    #: "learned from N pages in the crawl of …" when a learned template was used
    template: str | None = None
    #: Why an article with no date read was taken all the same (`taken_without_date`).
    no_date: str | None = None


def _user_agent() -> str:
    from archiver.crawl import settings

    return settings.USER_AGENT


def fetch(url: str) -> tuple[str, bytes, dict[str, str]]:
    """(final URL, body, headers) of one GET with the project's user agent, when robots.txt
    allows it."""
    agent = _user_agent()
    robots = urllib.robotparser.RobotFileParser(urljoin(url, "/robots.txt"))
    try:
        robots.read()
    except (OSError, UnicodeDecodeError):
        pass  # no robots.txt to be had: allowed, as Scrapy treats it
    else:
        if not robots.can_fetch(agent, url):
            raise TrialError(f"{url}: robots.txt disallows it for {agent.split()[0]}")
    request = urllib.request.Request(url, headers={"User-Agent": agent})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as answer:  # noqa: S310 - http(s)
            return answer.geturl(), answer.read(), dict(answer.headers.items())
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise TrialError(f"{url}: {getattr(exc, 'reason', exc)}") from None


def decode(url: str, body: bytes, headers: dict[str, str] | None = None) -> str:
    """The page's text, decoded as the crawler decodes it (HTTP charset, meta, then detection)."""
    return HtmlResponse(url, body=body, headers=headers or {}).text


def read_file(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise TrialError(f"{path}: {exc.strerror or exc}") from None


def try_page(url: str, html: str, *, source: Source | None = None,
             learned: LearnedTemplate | None = None, hint: str | None = None) -> Trial:
    """The page as the spider would take it, with the source's settings when one is given."""
    page = ArticlePage(url, html, platform=source.platform if source else "auto",
                       selectors=source.selectors if source else None, template=learned,
                       hint=hint)
    kind = url_kind(url, page.family, source.article_pattern if source else None,
                    source.listing_pattern if source else None)
    fields = page.fields()
    if kind == "never":
        reason = "its URL is never an article (search, contact, print view, feed, …)"
    elif kind == "listing" and source and source.listing_pattern and re.search(
            source.listing_pattern, url):
        reason = "its URL matches the source's listing_pattern"
    else:
        reason = learned_reason(page, fields, url_says_article=kind == "article",
                                url_says_listing=kind == "listing")
    used = learned.origin() if learned and (page.overrides or learned.boilerplate
                                            or learned.article_shape) else None
    no_date = taken_without_date(page, kind) if reason is None and not fields["published"] \
        else None
    return Trial(url, fields, page.family.name, kind, reason, dict(page.evidence), used, no_date)


def taken_without_date(page: ArticlePage, kind: str | None) -> str:
    """Why a page with no date read is an article (what `learned_reason` took it on)."""
    if kind == "article":
        return "its URL says article"
    if page.meta.is_article:
        return "its structured data says article"
    if page.template is not None and (shape := page.template.shape()):
        return (f"it fits the source's article shape ({shape.describe()}) and a listing teaser "
                "names it")
    return "the source's learned template says article"


def render(trial: Trial, *, body_chars: int = 600) -> list[str]:
    """The trial as lines for a terminal."""
    f = trial.fields
    verdict = "article" if trial.not_article is None else f"NOT an article: {trial.not_article}"
    if trial.no_date:
        verdict += f" with no date read: {trial.no_date}"
    lines = [f"page        {trial.url}", f"verdict     {verdict}",
             f"family      {trial.family}" + (f"  (template {trial.template})"
                                               if trial.template else ""),
             f"url says    {trial.url_says or 'nothing'}"]
    for name in ("url", "title", "published", "published_raw", "modified", "authors", "summary",
                 "category", "tags"):
        value = f[name]
        shown = ", ".join(value) if isinstance(value, list) else value
        why = f"  [{trial.evidence[name]}]" if name in trial.evidence else ""
        lines.append(f"{name:<11} {shown if shown not in (None, '') else '—'}{why}")
    body = f["body"] or ""
    why = f"  [{trial.evidence['body']}]" if "body" in trial.evidence else ""
    lines.append(f"body        {len(body)} characters, {body.count(chr(10) * 2) + bool(body)} "
                 f"paragraphs{why}")
    lines += [f"    {p}" for p in (body[:body_chars] + ("…" if len(body) > body_chars else
                                                          "")).split("\n\n")]
    for image in f["images"]:
        lines.append(f"image       {image['url']}  caption: {image['caption'] or '—'}")
    for attachment in f["attachments"]:
        lines.append(f"attachment  {attachment['url']}  {attachment['title'] or ''}".rstrip())
    return lines
