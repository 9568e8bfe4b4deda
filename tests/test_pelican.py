"""A real Pelican site (bench/pelican), the benchmark's second real CMS (issue 10): what Pelican
writes agrees with the truth built from what it was given, and `archiver crawl` over it keeps the
books straight. Extraction quality is the benchmark's to measure (`python -m bench.generalisation
--pelican`), not asserted here. Skips with the reason when Pelican or Markdown is not installed."""

from __future__ import annotations

import html as html_lib
import http.client
import re
import unicodedata
from urllib.parse import urlsplit

import pytest

from bench import pelican
from bench.generalisation.__main__ import measure_pelican
from bench.generalisation.api import serve
from bench.generalisation.templates import REAL

if reason := pelican.missing():
    pytest.skip(f"real Pelican not available: {reason}", allow_module_level=True)


def _articles() -> list:
    """A few posts with what portals have: captioned images, PDFs, several authors, none."""
    posts = pelican.site_articles()
    chosen = [a for a in posts if a.images][:3] + [a for a in posts if a.attachments][:2]
    chosen += [a for a in posts if len(a.authors) != 1][:2] + posts[-3:]
    return list({a.slug: a for a in chosen}.values())


@pytest.fixture(scope="module", params=pelican.THEMES)
def site(request):
    server = serve(lambda base: pelican.build(request.param, _articles(), base))
    yield server.site
    server.stop()


def _get(site, path: str) -> tuple[int, str, bytes]:
    host = urlsplit(site.base_url)
    conn = http.client.HTTPConnection(host.hostname, host.port, timeout=30)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        return response.status, response.getheader("Content-Type"), response.read()
    finally:
        conn.close()


def test_every_page_pelican_wrote_is_in_the_truth_and_served(site):
    """The truth's addresses come from the settings Pelican was given; they must be exactly the
    HTML pages it wrote (an `index.html` also answering at its directory)."""
    written = {p for p, page in site.pages.items()
               if page.content_type.startswith("text/html") and not p.endswith("/index.html")}
    truth = {site.path(u) for u in site.articles} | set(site.non_articles)
    assert written == truth
    assert len(site.articles) == len(_articles()) and len(site.non_articles) >= 15
    for path in sorted(truth):
        status, kind, body = _get(site, path)
        assert status == 200 and kind.startswith("text/html"), path
        assert body == site.pages[path].body


def test_truth_is_what_the_page_shows(site):
    """Every truth field is on its post's page, the time with its +07:00 offset, and no blogroll
    text is part of a body."""
    for url, a in site.articles.items():
        page = site.pages[site.path(url)].body.decode("utf-8")
        text = _visible(unicodedata.normalize("NFC", page))
        for part in (a.title, *a.paragraphs, *a.authors, a.category, *a.tags,
                     *(i.caption for i in a.images if i.caption), *(f.title for f in a.attachments)):
            assert part in text, f"{url}: {part[:40]!r} not on the page"
        assert a.published.isoformat() in page and 'lang="vi"' in page
        assert f"{a.published:%d/%m/%Y %H:%M}" in text
        for image in a.images:
            assert site.pages[image.url].content_type == "image/jpeg"
        for f in a.attachments:
            assert site.pages[f.url].content_type == "application/pdf"
        assert not any(x in a.body for x in site.foreign)
    assert any(a.images and a.images[0].caption for a in site.articles.values())
    assert any(a.authors == [pelican.DEFAULT_AUTHOR] for a in site.articles.values())


def _visible(page: str) -> str:
    page = re.sub(r"<script.*?</script>", " ", page, flags=re.S)
    return re.sub(r"\s+", " ", html_lib.unescape(re.sub(r"<[^>]+>", " ", page)))


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    """Both themes, 10 posts each, through one real `archiver crawl`."""
    rows, crawls, reason = measure_pelican(True, tmp_path_factory.mktemp("pelican"))
    assert reason is None
    return rows, crawls[0]


def test_crawl_keeps_the_books(crawled):
    """Each theme is crawled as its own source and scored against its own truth, the crawler walks
    the listings past the posts, and a source that archives no post ends as a failed run saying
    so, never silently."""
    rows, crawl = crawled
    assert "Traceback" not in crawl.stderr
    assert crawl.returncode in (0, 1), crawl.stderr[-2000:]
    assert {r.source for r in rows} == {f"pelican-{t}" for t in pelican.THEMES}
    for row in rows:
        t = row.tally
        assert row.group == REAL and row.fresh and row.name == f"pelican {row.source[8:]}"
        assert t.truth == 10 and len(t.f1) == t.found
        line = next(x for x in crawl.stdout.splitlines() if x.startswith(f"{row.source}:"))
        assert int(re.search(r"(\d+) pages fetched", line)[1]) > t.truth, line
        if t.found == 0:
            assert crawl.returncode == 1 and "no article found" in line, line
