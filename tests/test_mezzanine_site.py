"""A real Mezzanine 6.0 site with its blog (bench/mezzanine), for issue 10.

What the CMS serves an anonymous visitor agrees with the truth built from what it was given (every
field where Mezzanine's post page shows it, nothing where it does not, every address answering).
Nothing here crawls or extracts it: extraction is the benchmark's to measure (`python -m
bench.generalisation --templates "" --mezzanine`), in the group its module's `GROUP` names. Skips
with the reason when `.mezzanine-venv` (made by `.ci/install-cms-venv mezzanine`) is missing.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

import pytest

from bench import mezzanine
from bench.generalisation.__main__ import SERVED
from bench.generalisation.score import same_minute
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
    """A site with a few posts that have what portals have (`static.showcase`)."""
    yield from served_showcase(mezzanine, mezzanine.Mezzanine, "Mezzanine")


def test_site_is_open_to_tuning():
    """Held out and scored once (2026-11-30 17:42), then drawn at random to be tuned on."""
    assert mezzanine.GROUP == REAL and mezzanine.FRESH is False
    assert "mezzanine" in SERVED


def test_an_undated_truth_wants_no_date():
    """Where the page prints no date (the truth's None), only a record without one is right."""
    assert same_minute(None, None) and same_minute("", None)
    assert not same_minute("2019-03-14T08:30:00+07:00", None)


def test_site_holds_what_portals_have(site):
    """Every post has a user on Mezzanine: a post that names no author is the editor's
    administrator account's, which names no writer (docs/record.md), so it has no authors."""
    assert_holds_what_portals_have(site, dated=False, authorless=True)
    articles = site.articles().values()
    assert any(a.tags for a in articles) and all(a.category == mezzanine.BLOG[1] for a in articles)
    assert not any(mezzanine.EDITOR in a.authors for a in articles)
    assert len(site.non_articles()) > len(site.posts)


def test_addresses_are_the_slugs_mezzanine_makes_of_the_titles(site):
    """Mezzanine makes a post's slug of its title, Vietnamese letters kept (percent-encoded in
    links), under the blog's address."""
    for url, a in site.articles().items():
        path = unquote(url.removeprefix(site.base_url))
        assert re.fullmatch(rf"/{mezzanine.BLOG[0]}/[^/]+/", path), url
        assert path.split("/")[2].split("-")[0] == a.title.lower().split()[0].strip(",:")


def test_truth_is_what_the_post_page_shows(site):
    """Each post page shows its truth: the title as `<title>` (with the site's) and `h1`; "Gửi
    bởi:" and the author (a link to their posts; the editor's `admin` for a post with none)
    then how long ago, never a date or the time of
    day; the blog page as the breadcrumb's step before the title, no blog category; the text,
    each image centred at its address with its caption the italic
    line under it, each document a paragraph holding its link; the keywords after "Các thẻ:".
    The description is the meta description; the author and tag pages it links are the truth's
    non-articles."""
    for url, a in site.articles().items():
        page, root = html_page(url)
        assert [visible_text(t) for t in root.xpath("//title")] == [f"{a.title} | {mezzanine.SITENAME}"]
        if a.summary:
            assert root.xpath("//meta[@name='description']/@content") == [a.summary]
        assert [visible_text(h) for h in root.xpath("//h1")] == [a.title]
        middle = root.xpath("//div[contains(@class, 'middle')]")[0]
        meta = middle.xpath("./h6[@class='post-meta']")[0]
        author = meta.xpath("./a")
        assert [visible_text(x) for x in author] == (a.authors or [mezzanine.EDITOR])
        assert re.fullmatch(r"Gửi bởi: .+ \d+ \w+(, \d+ \w+)? trước", visible_text(meta))
        given = next(p for p in site.posts if p.slug == a.slug)
        local = given.published.astimezone(mezzanine.VN)
        shown = visible_text(root)
        for when in (f"{local:%d/%m/%Y}", f"{local:%H:%M}", f"{local.day}/{local.month}/{local.year}"):
            assert when not in shown
        assert not middle.xpath(".//a[contains(@href, '/category/')]")
        crumbs = [visible_text(li) for li in root.xpath("//ul[@class='breadcrumb']/li")]
        assert crumbs[-2:] == [a.category, a.title]
        tags = middle.xpath("./ul[contains(@class, 'tags')]/li/a")
        assert sorted(visible_text(x) for x in tags) == sorted(a.tags)
        linked = {site.base_url + x.get("href") for x in [*author, *tags]}
        assert linked <= site.non_articles()
        assert middle.xpath("./p[@style]/img/@src") == [i.url for i in a.images]
        assert [visible_text(c) for c in middle.xpath("./p[@style]/em")] == [
            i.caption for i in a.images if i.caption]
        documents = middle.xpath("./p[not(@style)]/a[starts-with(@href, '/media/')]")
        assert [(x.get("href"), visible_text(x)) for x in documents] == [
            (f.url, f.title) for f in a.attachments]
        text = [visible_text(p) for p in middle.xpath("./p[not(@style)][not(a)]")]
        assert text == a.paragraphs
        assert_foreign_shown(site, root, a)


def test_the_listings_link_every_article(site):
    """A visitor reaches every post from the post lists (the non-articles)."""
    assert set(site.articles()) <= links_on(site.non_articles())


def test_every_address_in_the_truth_answers(site):
    """Non-articles are HTML pages; documents and images are the files themselves."""
    assert_truth_answers(site, site.base_url)
