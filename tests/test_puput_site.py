"""A real Puput 2.2 blog on Wagtail (bench/puput), for issue 10.

What Puput serves an anonymous visitor agrees with the truth built from what it was given (every
field where Puput's entry page shows it, every address answering). Nothing here crawls or extracts
it: extraction is the benchmark's to measure (`python -m bench.generalisation --templates ""
--puput`), in the group its module's `GROUP` names. Skips with the reason when `.puput-venv` (made
by `.ci/install-cms-venv puput`) is missing.
"""

from __future__ import annotations

import pytest

from bench import puput
from bench.generalisation.__main__ import SERVED
from bench.generalisation.templates import REAL
from tests.served import (
    assert_addresses_carry_utc_day,
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
    """A Puput site with a few entries that have what portals have (`static.showcase`) and the
    one post published before 07:00, whose address has the day before in UTC."""
    yield from served_showcase(puput, puput.Puput, "Puput", early=True)


def test_site_is_open_to_tuning():
    """Scored fresh once, then opened to tuning (08ca5c9): its figures count as `real`."""
    assert puput.GROUP == REAL and puput.FRESH is False
    assert "puput" in SERVED


def test_site_holds_what_portals_have(site):
    assert_holds_what_portals_have(site)
    assert any(a.tags for a in site.articles().values())
    assert len(site.non_articles()) > len(site.posts)


def test_addresses_carry_the_stored_utc_day(site):
    """Puput writes an entry's date in its address as stored (UTC)."""
    assert_addresses_carry_utc_day(site, "")


def test_truth_is_what_puput_shows(site):
    """Each entry page shows its truth: the heading (linking the entry), the owner's user name,
    the day of publication in Django's Vietnamese date format and nothing else of its date, the
    category and tags, the images at their renditions with the captions as italic lines under
    them, the document links; the body paragraphs are exactly the truth's, and the author,
    category and tag pages it links are the truth's non-articles."""
    for url, a in site.articles().items():
        page, root = html_page(url)
        path = url.removeprefix(site.base_url)
        # Puput's template writes the canonical address between newlines
        assert [x.strip() for x in root.xpath("//link[@rel='canonical']/@href")] == [url]
        assert f'<meta property="og:url" content="{url}" />' in page
        entry = root.xpath("//article[contains(@class, 'page-content')]")[0]
        heading = entry.xpath(".//h2[@class='post_title']/a")
        assert [(visible_text(h), h.get("href")) for h in heading] == [(a.title, path)]
        links = entry.xpath(".//ul[@class='links']")[0]
        author = links.xpath(".//i[@class='fa fa-user']/following-sibling::a")
        assert [visible_text(x) for x in author] == a.authors
        day = links.xpath(".//i[@class='fa fa-calendar']/..")[0]
        assert visible_text(day) == f"Ngày {a.published:%d} tháng {a.published.month} năm {a.published.year}"
        assert a.published.hour == a.published.minute == 0
        given = next(p for p in site.posts if p.slug == a.slug)
        assert f"{given.published.astimezone(puput.VN):%H:%M}" not in visible_text(entry)
        category = links.xpath(".//i[@class='fa fa-folder-open']/..//a")
        assert [visible_text(x) for x in category] == [a.category]
        tags = links.xpath(".//li[@class='tag']/a")
        assert sorted(visible_text(x) for x in tags) == sorted(a.tags)
        linked = {site.base_url + x.get("href") for x in [*author, *category, *tags]}
        assert linked <= site.non_articles()
        text = entry.xpath(".//div[@class='rich-text']")[0]
        assert [img.get("src") for img in text.iter("img")] == [i.url for i in a.images]
        italic = [visible_text(p) for p in text.xpath("./p[count(*) = 1 and i and normalize-space(.) = "
                                               "normalize-space(i)]")]
        assert italic == [i.caption for i in a.images if i.caption]
        documents = text.xpath("./p[count(a) = 1 and normalize-space(.) = normalize-space(a)]/a")
        assert [(x.get("href"), visible_text(x)) for x in documents] == [(f.url, f.title)
                                                                   for f in a.attachments]
        assert [visible_text(p) for p in text.xpath("./p[not(a) and not(i)]")] == a.paragraphs
        assert_foreign_shown(site, root, a)


def test_the_listings_link_every_article(site):
    """A visitor reaches every article from the home page's listings (the non-articles)."""
    assert set(site.articles()) <= links_on(site.non_articles())


def test_every_address_in_the_truth_answers(site):
    """Non-articles are HTML pages; documents and images are the files themselves."""
    assert_truth_answers(site, site.base_url)
