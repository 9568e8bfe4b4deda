"""A real django CMS 3.11 site with djangocms-blog 2.0 (bench/djangocmsblog), for issue 10.

What the CMS serves an anonymous visitor agrees with the truth built from what it was given (every
field where djangocms-blog's post page shows it, every address answering). Nothing here crawls or
extracts it: extraction is the benchmark's to measure (`python -m bench.generalisation --templates
"" --djangocmsblog`), in the group its module's `GROUP` names. Skips with the reason when
`.djangocmsblog-venv` (made by `.ci/install-cms-venv djangocmsblog`) is missing.
"""

from __future__ import annotations

import pytest

from bench import djangocmsblog
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
    """A site with a few posts that have what portals have (`static.showcase`) and the one post
    published before 07:00, whose address has the day before in UTC."""
    yield from served_showcase(djangocmsblog, djangocmsblog.DjangoCMSBlog,
                               "django CMS with djangocms-blog", early=True)


def test_site_is_open_to_tuning():
    """Held out and scored once (2026-11-30 14:39), then drawn at random to be tuned on."""
    assert djangocmsblog.GROUP == REAL and djangocmsblog.FRESH is False
    assert "djangocmsblog" in SERVED


def test_site_holds_what_portals_have(site):
    assert_holds_what_portals_have(site)
    assert any(a.tags for a in site.articles().values())
    assert len(site.non_articles()) > len(site.posts)


def test_addresses_carry_the_stored_utc_day(site):
    """djangocms-blog writes a post's date in its address as stored (UTC), under the blog's
    page."""
    assert_addresses_carry_utc_day(site, f"/{djangocmsblog.BLOG[0]}")


def test_truth_is_what_the_post_page_shows(site):
    """Each post page shows its truth: the title as `<title>` and heading, the author's full name
    (a link to their page), the day of publication in Django's Vietnamese date format and
    nothing else of its date, the category and tags, the pictures at their thumbnails with their
    captions as figcaptions, the documents as bare links; the content's paragraphs are exactly
    the truth's, the abstract is the meta description, and the author, category and tag pages
    it links are the truth's non-articles."""
    for url, a in site.articles().items():
        page, root = html_page(url)
        assert root.xpath("//link[@rel='canonical']/@href") == [url]
        assert [visible_text(t) for t in root.xpath("//title")] == [a.title]
        assert root.xpath("//meta[@name='description']/@content") == ([a.summary] if a.summary else [])
        post = root.xpath("//article[contains(@class, 'post-detail')]")[0]
        assert [visible_text(h) for h in post.xpath("./header/h2")] == [a.title]
        details = post.xpath("./header/ul[@class='post-detail']")[0]
        author = details.xpath("./li/a")
        assert [visible_text(x) for x in author] == a.authors
        assert [visible_text(li) for li in details.xpath("./li[not(a)]")] == [
            f"Ngày {a.published:%d} tháng {a.published.month} năm {a.published.year}"]
        assert a.published.hour == a.published.minute == 0
        given = next(p for p in site.posts if p.slug == a.slug)
        assert f"{given.published.astimezone(djangocmsblog.VN):%H:%M}" not in visible_text(post)
        labels = post.xpath("./header/ul[@class='post-detail tags']")[0]
        category = labels.xpath("./li[starts-with(@class, 'category_')]/a")
        assert [visible_text(x) for x in category] == [a.category]
        tags = labels.xpath("./li[starts-with(@class, 'tag_')]/a")
        assert sorted(visible_text(x) for x in tags) == sorted(a.tags)
        linked = {site.base_url + x.get("href") for x in [*author, *category, *tags]}
        assert linked <= site.non_articles()
        content = post.xpath("./div[@class='blog-content']")[0]
        assert [img.get("src") for img in content.iter("img")] == [i.url for i in a.images]
        assert [visible_text(c) for c in content.xpath(".//figcaption")] == [
            i.caption for i in a.images if i.caption]
        assert [(x.get("href"), visible_text(x)) for x in content.xpath("./a")] == [
            (f.url, f.title) for f in a.attachments]
        assert [visible_text(p) for p in content.xpath("./p")] == a.paragraphs
        assert_foreign_shown(site, root, a)


def test_the_listings_link_every_article(site):
    """A visitor reaches every post from the blog's pages (the non-articles)."""
    assert set(site.articles()) <= links_on(site.non_articles())


def test_every_address_in_the_truth_answers(site):
    """Non-articles are HTML pages; documents and pictures are the files themselves."""
    assert_truth_answers(site, site.base_url)
