"""A real WordPress 6.1 in Vietnamese, crawled by `archiver crawl` in each bundled theme (issue 10).

Every theme is held to issue 10's targets with no selectors: every post archived and nothing else,
titles, publish times to the minute, authors, categories and tags, clean bodies. Skips with the
reason when WordPress, MariaDB or PHP are not installed.
"""

from __future__ import annotations

import urllib.request

import pytest

from bench import wordpress
from bench.generalisation.crawl import crawl
from bench.generalisation.score import Truth, tally
from bench.generalisation.templates import REAL


@pytest.fixture(scope="module")
def site():
    """One WordPress with the 27 sample articles as posts (no generated ones: a quicker crawl)."""
    if reason := wordpress.missing():
        pytest.skip(f"real WordPress not available: {reason}")
    with wordpress.WordPress(generated=0) as wp:
        yield wp


@pytest.fixture(scope="module", params=wordpress.THEMES)
def crawled(request, site, tmp_path_factory):
    """The site in one theme, crawled and scored."""
    theme = request.param
    site.use_theme(theme)
    done = crawl({f"wp-{theme}": site.base_url}, tmp_path_factory.mktemp(theme), timeout=300)
    truth = Truth(theme, REAL, site.articles(), site.non_articles(), site.foreign())
    return theme, done, truth, tally(truth, done.records(f"wp-{theme}"))


def test_site_is_a_vietnamese_wordpress_with_what_portals_have(site):
    site.use_theme("twentytwentyone")
    articles = site.articles()
    assert len(articles) == 27
    assert all(a.authors and a.category and a.paragraphs for a in articles.values())
    assert all(a.published.utcoffset().total_seconds() == 7 * 3600 for a in articles.values())
    assert sum(bool(a.tags) for a in articles.values()) > 10
    assert sum(any(i.caption for i in a.images) for a in articles.values()) >= 5
    assert sum(bool(a.attachments) for a in articles.values()) >= 3
    url = next(u for u, a in articles.items() if a.images)
    page = urllib.request.urlopen(url, timeout=30).read().decode("utf-8")
    assert 'lang="vi"' in page and f'rel="canonical" href="{url}"' in page
    assert "?replytocom=" in page or "replytocom=" in page
    assert "wp-caption" in page or "wp-element-caption" in page
    assert len(site.non_articles()) > 20


def test_crawl_completes(crawled):
    """The crawl archives posts and finishes cleanly (a crawl archiving none would be a failed run:
    tests/test_faults_silence.py)."""
    theme, done, _, t = crawled
    assert "Traceback" not in done.stderr
    assert f"wp-{theme}: " in done.stdout
    assert t.archived and done.returncode == 0, done.stdout + done.stderr[-2000:]


def test_replytocom_copies_are_not_archived(crawled):
    _, done, _, t = crawled
    urls = [r["url"] for r in done.records(f"wp-{crawled[0]}")]
    assert not [u for u in urls if "replytocom" in u]
    assert len(urls) == len(set(urls)) == t.archived


def test_what_is_found_is_read_well(crawled):
    """Of the posts archived today: exact titles, body F1, no captions or comments in bodies."""
    theme, _, _, t = crawled
    assert t.found, f"no post of {theme} is archived"
    shares = t.shares()
    assert shares["title"] >= 0.99
    assert shares["f1_mean"] >= 0.97
    assert shares["caption_leak"] <= 0.01 and shares["sidebar_leak"] <= 0.01


def test_every_post_is_archived_and_nothing_else(crawled):
    _, _, _, t = crawled
    shares = t.shares()
    assert shares["found"] >= 0.99 and (shares["non_articles"] or 0) <= 0.01


def test_published_to_the_minute_and_authors(crawled):
    _, _, _, t = crawled
    shares = t.shares()
    assert t.found and shares["published"] >= 0.99 and shares["authors"] >= 0.95


def test_tags(crawled):
    _, _, _, t = crawled
    assert t.found and t.shares()["tags"] >= 0.99


def test_category(crawled):
    """Block themes print the category through wptexturize ("Tin tức – Sự kiện"): read as named."""
    _, _, _, t = crawled
    assert t.found and t.shares()["category"] >= 0.99
