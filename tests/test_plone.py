"""A real Plone 6.2 portal in Classic UI (bench/plone) for the benchmark (issue 10).

What Plone serves an anonymous visitor agrees with the truth built from what it was given (every
field where Barceloneta shows it, every address answering), and `archiver crawl` over it keeps the
books straight. Extraction quality is the benchmark's to measure, once, fresh (`python -m
bench.generalisation --templates "" --plone`), never asserted here. Skips with the reason when
`.plone-venv` (made by `.ci/install-plone`) is missing.
"""

from __future__ import annotations

import re

import pytest

from bench import plone
from bench.generalisation.__main__ import measure_server
from bench.generalisation.api import SampleArticle
from bench.generalisation.templates import REAL
from tests.served import (
    assert_foreign_shown,
    assert_holds_what_portals_have,
    assert_truth_answers,
    html_page,
    served_showcase,
    visible_text,
)


@pytest.fixture(scope="module")
def site():
    """A Plone site with a few News Items that have what portals have (`static.showcase`)."""
    yield from served_showcase(plone, plone.Plone, "Plone")


def test_site_holds_what_portals_have(site):
    assert_holds_what_portals_have(site)
    articles = site.articles().values()
    assert any(a.tags for a in articles) and any(len(a.authors) > 1 for a in articles)


def test_truth_is_what_barceloneta_shows(site):
    """Each News Item page shows its truth: the heading, the lead, "by" each creator's full name,
    the day of publication and nothing else of its date, the category folder in the breadcrumbs,
    the subjects, the captions and the document links; the body paragraphs are exactly the truth's,
    and the author and subject pages it links are the truth's non-articles."""
    posts = {plone.article_path(a): a for a in site.posts}
    for url, a in site.articles().items():
        page, root = html_page(url)
        given: SampleArticle = posts[url.removeprefix(site.base_url + "/")]
        assert 'lang="vi"' in page and f'<link rel="canonical" href="{url}" />' in page
        content = root.get_element_by_id("content")
        assert [visible_text(h) for h in content.iter("h1")] == [a.title]
        assert [visible_text(p) for p in content.find_class("lead")] == ([a.summary] if a.summary else [])
        byline = root.get_element_by_id("section-byline")
        assert [visible_text(x) for x in byline.xpath(".//*[@class='label-by-author']/a")] == a.authors
        assert visible_text(byline).endswith(f"published {a.published:%d/%m/%Y}")
        assert a.published == given.published.replace(hour=0, minute=0)
        assert f"{given.published:%H:%M}" not in visible_text(byline)
        assert not byline.find_class("documentModified")
        crumbs = [visible_text(li) for li in root.get_element_by_id("portal-breadcrumbs").iter("li")]
        assert crumbs == ["Trang chủ", plone.NEWS[1], a.category, a.title]
        tags = root.xpath("//*[contains(@class, 'keywords-viewlet')]//a")
        assert sorted(visible_text(x) for x in tags) == sorted(a.tags)
        authors = byline.xpath(".//*[@class='label-by-author']/a")
        assert {x.get("href") for x in [*tags, *authors]} <= site.non_articles()
        text = root.get_element_by_id("parent-fieldname-text")
        captions = [visible_text(c) for c in text.iter("figcaption")]
        assert captions == [i.caption for i in a.images if i.caption]
        assert len(text.xpath(".//img")) == len(a.images)
        links = text.xpath(".//p[count(a) = 1 and normalize-space(.) = normalize-space(a)]/a")
        assert [(x.get("href"), visible_text(x)) for x in links] == [
            (site.base_url.rsplit("/", 1)[0] + f.url, f.title) for f in a.attachments]
        assert [visible_text(p) for p in text.xpath("./p") if not p.xpath("a")] == a.paragraphs
        assert_foreign_shown(site, root, a)


def test_every_address_in_the_truth_answers(site):
    """Non-articles are HTML pages; documents and images are the files themselves."""
    assert_truth_answers(site, site.base_url.rsplit("/", 1)[0])


@pytest.fixture(scope="module")
def crawled(site, tmp_path_factory):
    """The site through one real `archiver crawl`, scored by the benchmark's own function."""
    return measure_server("plone barceloneta", "plone-barceloneta", site, plone.FRESH,
                          tmp_path_factory.mktemp("plone"))


def test_crawl_keeps_the_books(site, crawled):
    """The crawl finishes, walks the portal past its News Items, and a source that archives none
    ends as a failed run saying so, never silently."""
    row, crawl = crawled
    assert "Traceback" not in crawl.stderr
    assert crawl.returncode in (0, 1), crawl.stderr[-2000:]
    assert row.group == REAL and row.fresh == plone.FRESH and row.source == "plone-barceloneta"
    t = row.tally
    assert t.truth == len(site.posts) and len(t.f1) == t.found
    line = next(x for x in crawl.stdout.splitlines() if x.startswith("plone-barceloneta:"))
    assert int(re.search(r"(\d+) pages fetched", line)[1]) > t.truth, line
    if int(re.search(r"(\d+) new", line)[1]) == 0:  # archived nothing: a failed run
        assert crawl.returncode == 1 and "no article found" in line, line
