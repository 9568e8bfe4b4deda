"""A real Ghost 5 news site in its Casper theme on MariaDB (bench/ghost), for issue 10.

What Ghost serves an anonymous visitor agrees with the truth built from what it was given (every
field where Casper's post page shows it, every address answering, the same bytes each time).
Nothing here crawls or extracts it: extraction is the benchmark's to measure, once, by the lead
(`python -m bench.generalisation --templates "" --ghost`), in the held-out group. Skips with the
reason when Ghost (`.ci/install-ghost`), Node.js or MariaDB is missing.
"""

from __future__ import annotations

from datetime import datetime
from urllib.parse import urlsplit

import pytest

from bench import ghost
from bench.generalisation.__main__ import SERVED
from bench.generalisation.templates import REAL
from tests.served import (
    assert_foreign_shown,
    assert_holds_what_portals_have,
    assert_truth_answers,
    fetch,
    html_page,
    links_on,
    served_showcase,
    visible_text,
)


@pytest.fixture(scope="module")
def site():
    """A site with a few posts that have what portals have (`static.showcase`)."""
    yield from served_showcase(ghost, ghost.Ghost, "Ghost")


def test_site_is_open_to_tuning():
    """Held out and scored once (2026-12-01 00:04), then drawn at random to be tuned on."""
    assert ghost.GROUP == REAL and ghost.FRESH is False
    assert "ghost" in SERVED


def test_import_is_what_ghost_takes():
    """The JSON import names every post once with its primary tag first, and a post's authors as
    staff users; ids are the same on every build."""
    posts = ghost.site_articles()
    data = ghost.import_data(posts)["data"]
    assert data == ghost.import_data(posts)["data"]
    rows = [p for p in data["posts"] if p["type"] == "post"]
    assert [p["slug"] for p in rows] == [a.slug for a in posts]
    tags = {t["id"]: t["name"] for t in data["tags"]}
    first = {r["post_id"]: tags[r["tag_id"]] for r in data["posts_tags"] if r["sort_order"] == 0}
    names = ghost.tag_names(posts)
    assert [first[p["id"]] for p in rows] == [names[a.category] for a in posts]
    assert len({t["slug"] for t in data["tags"]}) == len(data["tags"])
    assert {u["name"] for u in data["users"]} == {n for a in posts for n in a.authors}


def test_site_holds_what_portals_have(site):
    """Every Ghost post has a staff author: one that names none is the owner's, the newsroom's
    editor, whose name its page prints as the byline."""
    assert_holds_what_portals_have(site, dated=True, authorless=False)
    articles = site.articles().values()
    assert any(a.authors == [ghost.OWNER[0]] for a in articles)
    assert all(a.category and a.tags[0] == a.category for a in articles)
    assert any(len(a.tags) > 1 for a in articles)
    assert len(site.non_articles()) > len(site.posts)


def test_truth_is_what_the_post_page_shows(site):
    """Each post page shows its truth: the title as `<title>` and `h1`; the primary tag above it
    (the category); the excerpt; the authors; the instant in `article:published_time`, every tag
    in `article:tag` (the primary one first); the text, each image in a figure with its caption,
    each document in a file card linking it. The tag and author pages it links are non-articles."""
    for url, a in site.articles().items():
        page, root = html_page(url)
        assert [visible_text(t) for t in root.xpath("/html/head/title")] == [a.title]
        assert [visible_text(h) for h in root.xpath("//h1")] == [a.title]
        article = root.xpath("//article")[0]
        primary = article.xpath(".//span[@class='post-card-primary-tag']/a")
        assert [visible_text(x) for x in primary] == [a.category]
        assert [visible_text(p) for p in article.xpath(".//p[@class='article-excerpt']")] == (
            [a.summary] if a.summary else [])
        authors = article.xpath(".//h4[@class='author-name']/a")
        assert [visible_text(x) for x in authors] == a.authors
        published = root.xpath("//meta[@property='article:published_time']/@content")
        assert [datetime.fromisoformat(p) for p in published] == [a.published]
        assert root.xpath("//meta[@property='article:tag']/@content") == a.tags
        assert a.tags[0] == a.category
        linked = {url_of(site, x.get("href")) for x in [*primary, *authors]}
        assert linked <= site.non_articles()
        content = article.xpath(".//section[contains(@class, 'gh-content')]")[0]
        assert [visible_text(p) for p in content.xpath("./p")] == a.paragraphs
        figures = content.xpath("./figure[contains(@class, 'kg-image-card')]")
        assert [urlsplit(f.xpath(".//img/@src")[0]).path for f in figures] == [
            i.url for i in a.images]
        assert [visible_text(c) for f in figures for c in f.xpath(".//figcaption")] == [
            i.caption for i in a.images if i.caption]
        files = content.xpath("./div[contains(@class, 'kg-file-card')]//a")
        assert [(urlsplit(x.get("href")).path,
                 visible_text(x.xpath(".//*[contains(@class, 'kg-file-card-title')]")[0]))
                for x in files] == [(f.url, f.title) for f in a.attachments]
        assert_foreign_shown(site, root, a)


def url_of(site: ghost.Ghost, href: str) -> str:
    """A link on a Ghost page as the truth spells addresses (Ghost links absolutely)."""
    return href if "://" in href else site.base_url + href


def test_the_listings_link_every_article(site):
    """A visitor reaches every post from the lists (the non-articles)."""
    assert set(site.articles()) <= links_on(site.non_articles())


def test_every_address_in_the_truth_answers(site):
    """Non-articles are HTML pages; documents and images are the files themselves."""
    assert_truth_answers(site, site.base_url)


def test_the_site_is_deterministic(site):
    """Ghost serves the same bytes for a page each time it is asked while it runs."""
    for url in [*sorted(site.articles())[:3], *sorted(site.non_articles())[:3]]:
        assert fetch(url)[2] == fetch(url)[2], url
