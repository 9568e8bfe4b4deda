"""The real BlazeBlogger blog of the benchmark (bench/blazeblogger, held out): its tags as Perl's
`lc` leaves them, every link the site prints answering as a web server answers it (a directory
linked without its slash redirected to it), and its feed naming the posts at the truth's
addresses. What tests/test_generated_sites.py checks of every generator holds here too. The site
is never crawled here, and its extraction is never measured or printed: it is held out. Skips with
the reason when Debian's blazeblogger is not installed."""

from __future__ import annotations

import html as html_lib
import http.client
import re
from urllib.parse import urljoin, urlsplit

import pytest

from bench import blazeblogger
from bench.generalisation.api import serve
from bench.generalisation.static import showcase


def _module():
    if reason := blazeblogger.missing():
        pytest.skip(f"real blazeblogger not available: {reason}")
    return blazeblogger


@pytest.fixture(scope="module", params=blazeblogger.THEMES)
def site(request):
    module = _module()
    server = serve(lambda base: module.build(request.param, showcase(module.site_articles()), base))
    yield request.param, server.site
    server.stop()


def _answer(base_url: str, path: str) -> tuple[int, str | None]:
    host = urlsplit(base_url)
    conn = http.client.HTTPConnection(host.hostname, host.port, timeout=30)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        response.read()
        return response.status, response.getheader("Location")
    finally:
        conn.close()


def test_tags_lower_only_their_ascii_letters():
    """BlazeBlogger lower-cases tags with Perl's `lc` on bytes: "Đại hội Đảng" keeps its "Đ"s
    (str.lower would not), "Tin tức" becomes "tin tức"; the post prints them so, sorted."""
    module = _module()
    post = next(a for a in module.site_articles() if "Đại hội Đảng" in a.tags)
    s = module.build("default", [post], "http://t.example")
    [(url, shown)] = s.articles.items()
    page = s.pages[s.path(url)].body.decode("utf-8")
    printed = re.findall(r'<span class="tags">(.*?)</span>', page)[0]
    assert [html_lib.unescape(t) for t in re.findall(r">([^<]+)</a>", printed)] == shown.tags
    assert "Đại hội Đảng" in shown.tags and "đại hội đảng" not in shown.tags
    assert shown.tags == sorted(shown.tags) and shown.tags != sorted(t.lower() for t in post.tags)


def test_every_link_the_site_prints_answers(site):
    """Every link on every page, resolved from where it is, answers 200, or 301 to its directory
    where BlazeBlogger writes a directory without the final slash (the posts' links among them)."""
    _, s = site
    links = set()
    for path in s.non_articles + [s.path(u) for u in s.articles]:
        page = s.pages[path].body.decode("utf-8")
        for href in re.findall(r'(?:href|src)="([^"#]+)"', page):
            url = urljoin(f"{s.base_url}{path}", html_lib.unescape(href))
            if url.startswith(s.base_url):
                links.add(urlsplit(url).path)
    posts = {s.path(u) for u in s.articles}
    assert {p.rstrip("/") for p in posts} <= links   # the listings link each post, slashless
    for path in sorted(links):
        status, location = _answer(s.base_url, path)
        assert status == 200 or (status == 301 and location == f"{path}/"), path
        if status == 301:
            assert _answer(s.base_url, location)[0] == 200, path


def test_the_feed_names_the_posts_at_the_truths_addresses(site):
    """BlazeBlogger's RSS feed links each post with the final slash: the truth's URLs."""
    _, s = site
    feed = s.pages["/index.rss"].body.decode("utf-8")
    linked = set(re.findall(r"<guid>([^<]+)</guid>", feed))
    assert linked and linked <= set(s.articles)
