"""What the tests of a real CMS served on 127.0.0.1 share (tests/test_plone.py,
tests/test_puput_site.py, tests/test_coderedcms_site.py, tests/test_djangocmsblog_site.py,
tests/test_mezzanine_site.py): fetching its pages and reading their text as a visitor sees it, and
what every truth holds."""

from __future__ import annotations

import re
import unicodedata
import urllib.request
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC
from typing import Any

import pytest
from lxml import html as lxml_html

from archiver.record import VN_TZ
from bench.generalisation.static import showcase


def fetch(url: str) -> tuple[int, str, bytes]:
    """Status, Content-Type and body of `url`."""
    with urllib.request.urlopen(url, timeout=60) as response:
        return response.status, response.headers["Content-Type"], response.read()


def visible_text(el: lxml_html.HtmlElement) -> str:
    """An element's text as a visitor reads it: NFC, whitespace collapsed."""
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", el.text_content())).strip()


def html_page(url: str) -> tuple[str, lxml_html.HtmlElement]:
    """The HTML page at `url` as text and parsed, after checking it is one, in UTF-8 as its
    Content-Type says (parsed from text, whatever the page's own `<meta charset>` says or where)."""
    status, kind, body = fetch(url)
    assert status == 200 and kind.startswith("text/html") and "charset=utf-8" in kind.lower(), url
    decoded = body.decode("utf-8")
    return decoded, lxml_html.fromstring(decoded)


def assert_truth_answers(site: Any, host: str) -> None:
    """Every address the truth of a served CMS `site` names answers: its non-articles as HTML
    pages, each article's documents and images (paths on `host`) as the files themselves."""
    for url in sorted(site.non_articles()):
        html_page(url)
    for a in site.articles().values():
        for f in a.attachments:
            status, kind, body = fetch(host + f.url)
            assert status == 200 and kind.startswith("application/") and body, f.url
        for image in a.images:
            status, kind, _ = fetch(host + image.url)
            assert status == 200 and kind.startswith("image/"), image.url


def links_on(urls: Iterable[str]) -> set[str]:
    """Every address the HTML pages at `urls` link, absolute, without its fragment."""
    out = set()
    for url in urls:
        _, root = html_page(url)
        root.make_links_absolute(url)
        out |= {href.split("#")[0] for href in root.xpath("//a/@href")}
    return out


def assert_foreign_shown(site: Any, root: lxml_html.HtmlElement, article: Any) -> None:
    """The text the served CMS `site` prints around every article (`foreign()`) is on the page
    `root` and not in the `article`'s body, so finding it in a body means a leak."""
    visible = visible_text(root)
    for foreign in site.foreign():
        assert foreign in visible and foreign not in article.body


def assert_holds_what_portals_have(site: Any, dated: bool = True, authorless: bool = True) -> None:
    """The truth of a served CMS `site` has what portals have: every post, each published at
    +07:00 (with `dated`; without it, a CMS whose post page prints no date: none), with documents,
    with no author (with `authorless`: a CMS where a post may have none) and with captioned
    images."""
    articles = site.articles()
    assert len(articles) == len(site.posts)
    if dated:
        assert all(a.published.utcoffset().total_seconds() == 7 * 3600 for a in articles.values())
    else:
        assert all(a.published is None for a in articles.values())
    assert any(a.attachments for a in articles.values())
    assert any(not a.authors for a in articles.values()) == authorless
    assert any(i.caption for a in articles.values() for i in a.images)


def served_showcase(cms: Any, site_class: Callable[[list], Any], what: str,
                    early: bool = False) -> Iterator[Any]:
    """For a module's fixture (`yield from`): the real CMS `cms` (its bench module, with
    `missing()` and `site_articles()`) served by `site_class` holding a few posts that have what
    portals have (`static.showcase`) and, with `early`, the first post published before 07:00 in
    Vietnam, whose day in UTC is the day before (`assert_addresses_carry_utc_day`); skips,
    naming `what`, when it cannot run here."""
    if reason := cms.missing():
        pytest.skip(f"real {what} not available: {reason}")
    posts = cms.site_articles()
    chosen = showcase(posts)
    if early:
        chosen += [a for a in posts if a.published.astimezone(VN_TZ).hour < 7][:1]
    with site_class(list({a.slug: a for a in chosen}.values())) as site:
        yield site


def assert_addresses_carry_utc_day(site: Any, blog: str) -> None:
    """A served blog that writes a post's date in its address as stored, in UTC
    (`<blog>/YYYY/MM/DD/slug/`): the early post's address has the day before its local day,
    every other its own."""
    urls = {shown.slug: url for url, shown in site.articles().items()}
    days = []
    for a in site.posts:
        utc = a.published.astimezone(UTC)
        assert urls[a.slug] == f"{site.base_url}{blog}/{utc:%Y/%m/%d}/{a.slug}/"
        days.append(utc.date() == a.published.astimezone(VN_TZ).date())
    assert days.count(False) == 1
