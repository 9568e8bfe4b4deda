"""A real CodeRed CMS 6.0 website with its news (bench/coderedcms), for issue 10.

What CodeRed serves an anonymous visitor agrees with the truth built from what it was given (every
field where CodeRed's article page shows it, every address answering). Nothing here crawls or
extracts it: extraction is the benchmark's to measure (`python -m bench.generalisation --templates
"" --coderedcms`), in the group its module's `GROUP` names. Skips with the reason when
`.coderedcms-venv` (made by `.ci/install-cms-venv coderedcms`) is missing.
"""

from __future__ import annotations

import pytest

from bench import coderedcms
from bench.generalisation.__main__ import SERVED
from bench.generalisation.templates import REAL
from tests.served import (
    assert_foreign_shown,
    assert_holds_what_portals_have,
    assert_truth_answers,
    html_page,
    links_on,
    served_showcase,
    visible_text,
)


@pytest.fixture(scope="module")
def site():
    """A CodeRed site with a few articles that have what portals have (`static.showcase`)."""
    yield from served_showcase(coderedcms, coderedcms.CodeRed, "CodeRed CMS")


def test_site_is_open_to_tuning():
    """Scored fresh once, then opened to tuning (08ca5c9): its figures count as `real`."""
    assert coderedcms.GROUP == REAL and coderedcms.FRESH is False
    assert "coderedcms" in SERVED


def test_site_holds_what_portals_have(site):
    assert_holds_what_portals_have(site)
    assert any(len(a.authors) > 1 for a in site.articles().values())


def test_truth_is_what_coderedcms_shows(site):
    """Each article page names itself (canonical, og:url) and shows its truth: the heading, the
    lead, the authors' names and the day of publication in Django's Vietnamese date format and
    nothing else of its date, the images at their renditions with the captions as italic lines
    under them, a download button per document; the body paragraphs are exactly the truth's."""
    for url, a in site.articles().items():
        page, root = html_page(url)
        given = next(p for p in site.posts if p.slug == a.slug)
        assert 'lang="vi"' in page
        assert root.xpath("//link[@rel='canonical']/@href") == [url]
        assert root.xpath("//meta[@property='og:url']/@content") == [url]
        article = root.xpath("//article[@class='crx-article']")[0]
        assert [visible_text(h) for h in article.iter("h1")] == [a.title]
        header = article.xpath("./div[1]")[0]
        assert [visible_text(p) for p in header.find_class("lead")] == (
            [a.summary] if a.summary else [])
        assert [visible_text(x) for x in header.find_class("article-author")] == (
            [", ".join(a.authors)] if a.authors else [])
        assert [visible_text(x) for x in header.find_class("article-date")] == [
            f"Ngày {a.published:%d} tháng {a.published.month} năm {a.published.year}"]
        assert a.published.hour == a.published.minute == 0
        assert f"{given.published:%H:%M}" not in visible_text(header)
        body = article.xpath(".//div[contains(@class, 'article-body')]")[0]
        assert [img.get("src") for img in body.iter("img")] == [i.url for i in a.images]
        italic = [visible_text(p) for p in body.xpath(".//p[count(*) = 1 and i and "
                                                      "normalize-space(.) = normalize-space(i)]")]
        assert italic == [i.caption for i in a.images if i.caption]
        downloads = body.xpath(".//a[@download]")
        assert [(x.get("href"), visible_text(x)) for x in downloads] == [
            (f.url, f.title) for f in a.attachments]
        assert [visible_text(p) for p in body.xpath(".//p[not(i)]")] == a.paragraphs
        assert_foreign_shown(site, root, a)


def test_the_listings_link_every_article(site):
    """A visitor reaches every article from the home page's listings (the non-articles)."""
    assert set(site.articles()) <= links_on(site.non_articles())


def test_every_address_in_the_truth_answers(site):
    """Non-articles are HTML pages; documents and images are the files themselves."""
    assert_truth_answers(site, site.base_url)
