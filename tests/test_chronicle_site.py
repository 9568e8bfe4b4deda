"""The real Chronicle blog of the benchmark (bench/chronicle, held out): in each of its six bundled
themes, every post shows its title and time where the theme puts them, every link the site prints
answers, and its month and tag pages list the posts the truth says they do. What
tests/test_generated_sites.py checks of every generator (each page written is in the truth and
served, the truth's text on the page) holds here too. The site is never crawled here, and its
extraction is never measured or printed: it is held out. Skips with the reason when Debian's
chronicle is not installed."""

from __future__ import annotations

import html as html_lib
import http.client
import re
from urllib.parse import quote, unquote, urlsplit

import pytest

from bench import chronicle
from bench.generalisation.api import serve
from bench.generalisation.static import showcase

#: Where each theme prints a post's title and its time (`entry.template`).
SHOWS = {
    "default": ('<div class="title">{title}</div>', '<div class="date">{date}</div>'),
    "leftbar": ('<div class="title">{title}</div>', '<div class="date">{date}</div>'),
    "blog.steve.org.uk": ('<div class="title">{title}</div>', '<div class="date">{date}</div>'),
    "blocky": ("<legend>{title}</legend>", '<td align="right">{date}</td>'),
    "copyrighteous": ('<span class="blosxomTitle">{title}</span>',
                      '<span class="blosxomDate">{date}</span>'),
    "simple": ('<h3 class="entry-title">{title}</h3>', '<div class="entry-date">{date}</div>'),
}


@pytest.fixture(scope="module", params=chronicle.THEMES)
def site(request):
    if reason := chronicle.missing():
        pytest.skip(f"real chronicle not available: {reason}")
    posts = showcase(chronicle.site_articles())
    server = serve(lambda base: chronicle.build(request.param, posts, base))
    yield request.param, server.site
    server.stop()


def _status(base_url: str, path: str) -> int:
    host = urlsplit(base_url)
    conn = http.client.HTTPConnection(host.hostname, host.port, timeout=30)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        response.read()
        return response.status
    finally:
        conn.close()


def _page(s, path: str) -> str:
    return s.pages[path].body.decode("utf-8")


def test_every_theme_is_tested():
    assert set(SHOWS) == set(chronicle.THEMES)


def test_a_post_shows_its_title_and_time_once_where_its_theme_puts_them(site):
    theme, s = site
    title, date = SHOWS[theme]
    for url, a in s.articles.items():
        page = _page(s, s.path(url))
        assert page.count(title.format(title=a.title)) == 1, url
        assert page.count(date.format(date=f"{a.published:%d/%m/%Y %H:%M}")) == 1, url


def test_every_link_the_site_prints_answers(site):
    """Links as a browser sends them (percent-encoded UTF-8): the tags' `tags/<tag>`, written
    without a trailing slash, answer too."""
    _, s = site
    links = set()
    for path in s.non_articles + [s.path(u) for u in s.articles]:
        for href in re.findall(r'(?:href|src)="([^"#]+)"', _page(s, path)):
            url = html_lib.unescape(href)
            if url.startswith(s.base_url):
                url = url.removeprefix(s.base_url)
            if url.startswith("/"):
                links.add(quote(url, safe="/%"))
    assert any(p.startswith("/tags/") and not p.endswith("/") for p in links)
    assert {p: _status(s.base_url, p) for p in sorted(links)} == dict.fromkeys(sorted(links), 200)


def test_month_and_tag_pages_list_their_posts(site):
    """Each month's page and each tag's lists exactly the posts the truth puts there."""
    _, s = site
    listed = {p: _page(s, p) for p in s.non_articles if p.startswith(("/archive/", "/tags/"))}
    for url, a in s.articles.items():
        month = f"/archive/{a.published:%Y/%m}/"
        where = {month} | {quote(f"/tags/{t}/") for t in a.tags}
        for path, page in listed.items():
            if path.endswith("/"):
                assert (chronicle.article_path(a).rsplit("/", 1)[1] in page) == (path in where), \
                    (url, unquote(path))
