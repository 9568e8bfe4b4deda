"""The generalisation benchmark's instrument (issue 10): its template sites serve what their truth
says, the templates really differ, and its scoring measures what it claims to — checked on a small
real crawl, where a held-out template must meet issue 10's targets."""

from __future__ import annotations

import dataclasses
import html as html_lib
import http.client
import importlib
import itertools
import re
import unicodedata
from urllib.parse import urlsplit

import pytest
from lxml import html as lxml_html

from bench.generalisation.__main__ import GENERATORS, SERVED, Row, measure_templates, report, speed
from bench.generalisation.api import Image, load_articles, serve
from bench.generalisation.portal import build
from bench.generalisation.score import Tally, Truth, same_minute, tally
from bench.generalisation.templates import DEV, HELDOUT, REAL, templates

TEMPLATES = templates()
ARTICLES = load_articles()


@pytest.fixture(scope="module")
def sites():
    """Every template's site, served; built once for the module."""
    servers = {name: serve(lambda base, t=t: build(t, ARTICLES, base))
               for name, (_, t) in TEMPLATES.items()}
    yield {name: s.site for name, s in servers.items()}
    for s in servers.values():
        s.stop()


def test_fourteen_templates_in_two_groups_and_real_sites_held_out_too():
    """At least five pieces held out from tuning, templates and real CMSes together, and at
    least one of them real software."""
    real = [getattr(importlib.import_module(f"bench.{cms}"), "GROUP", REAL)
            for cms in (*GENERATORS, *SERVED)]
    groups = [g for g, _ in TEMPLATES.values()] + real
    assert len(TEMPLATES) >= 14
    assert groups.count(DEV) >= 6 and groups.count(HELDOUT) >= 5
    assert HELDOUT in real


@pytest.mark.parametrize("name", list(TEMPLATES))
def test_every_page_of_the_truth_is_served(sites, name):
    site = sites[name]
    paths = [site.path(u) for u in site.articles] + site.non_articles + list(site.aliases)
    assert len(site.articles) == len(ARTICLES) and len(site.non_articles) >= 20
    host = urlsplit(site.base_url)
    conn = http.client.HTTPConnection(host.hostname, host.port, timeout=10)
    try:
        for path in paths:
            conn.request("GET", path)
            response = conn.getresponse()
            body = response.read()
            assert response.status == 200, path
            assert response.getheader("Content-Type").startswith("text/html"), path
            assert body == site.pages[path].body
    finally:
        conn.close()


@pytest.mark.parametrize("name", list(TEMPLATES))
def test_truth_is_what_the_page_shows(sites, name):
    """Every truth field is on its article page (after decoding with the declared charset and NFC),
    and no text the page prints around the article is part of any truth body."""
    site = sites[name]
    for url, truth in site.articles.items():
        page = site.pages[site.path(url)]
        charset = page.content_type.split("charset=")[1]
        text = _visible(unicodedata.normalize("NFC", page.body.decode(charset)))
        for part in (truth.title, *truth.paragraphs, *truth.authors, truth.category, *truth.tags,
                     *(i.caption for i in truth.images if i.caption),
                     *(f.title for f in truth.attachments)):
            assert part in text, f"{url}: {part[:40]!r} not on the page"
        for image in truth.images:
            assert image.url in site.pages, "images are served"
        for foreign in site.foreign:
            assert foreign not in truth.body
    for path, target in site.aliases.items():
        assert site.pages[path].body == site.pages[target].body
        assert f'rel="canonical" href="{site.url(target)}"' in site.pages[path].body.decode()


def _visible(html: str) -> str:
    html = re.sub(r"<script.*?</script>", " ", html, flags=re.S)
    return re.sub(r"\s+", " ", html_lib.unescape(re.sub(r"<[^>]+>", " ", html)))


def test_templates_differ_in_structure(sites):
    """No two templates share most of their article page's structure (parent > child pairs of
    tag.class), so a held-out template is not a dev template with other words."""
    def skeleton(name: str) -> set[str]:
        site = sites[name]
        root = lxml_html.fromstring(site.pages[site.path(next(iter(site.articles)))].body)
        return {f"{_shape(el.getparent())}>{_shape(el)}" for el in root.iter()
                if isinstance(el.tag, str) and el.getparent() is not None}
    shapes = {name: skeleton(name) for name in TEMPLATES}
    for a, b in itertools.combinations(shapes, 2):
        shared = len(shapes[a] & shapes[b]) / len(shapes[a] | shapes[b])
        assert shared < 0.5, f"{a} and {b} share {shared:.0%} of their markup"


def _shape(el: lxml_html.HtmlElement) -> str:
    return f"{el.tag}.{el.get('class', '')}"


def test_special_cases_are_covered(sites):
    """The encodings and duplicates the brief asks for are really there."""
    charsets = {site.pages["/"].content_type for site in sites.values()}
    assert "text/html; charset=windows-1258" in charsets
    assert any(site.aliases for site in sites.values())
    nfd = [s for s in sites.values()
           if not unicodedata.is_normalized("NFC", s.pages["/"].body.decode("utf-8", "replace"))]
    assert nfd, "one template serves decomposed text"


def test_truth_wants_no_section_or_lead_a_template_does_not_print():
    """querycommune's article pages print no section and print the lead as a bare first
    paragraph: its truth has no category and reads the lead as the body's first paragraph."""
    template = TEMPLATES["querycommune"][1]
    assert not template.shows_category and not template.marks_lead
    written = {a.slug: a for a in ARTICLES}
    site = build(template, ARTICLES, "http://t.example")
    leads = 0
    for a in site.articles.values():
        assert a.category == "" and a.summary is None
        if (lead := written[a.slug].summary) is not None:
            leads += 1
            assert a.paragraphs[0] == lead
    assert leads


def test_truth_wants_no_date_a_template_does_not_print():
    """A template whose article pages print no publish date (`shows_date = False`) has truths
    with no date, so a date taken from anything else on its pages is scored wrong."""
    dated = TEMPLATES["crumbdate"][1]
    undated = type("Undated", (type(dated),), {"name": "undated", "shows_date": False})()
    assert all(a.published is None for a in build(undated, ARTICLES, "http://t.example").articles.values())
    assert all(a.published for a in build(dated, ARTICLES, "http://t.example").articles.values())


# -- scoring ---------------------------------------------------------------------------------------

def _truth() -> Truth:
    site = build(TEMPLATES["crumbdate"][1], ARTICLES[:6], "http://t.example")
    return Truth("t", HELDOUT, site.articles, frozenset(), site.foreign)


def _perfect(truth: Truth) -> list[dict]:
    return [{"url": url, "title": a.title, "body": a.body, "authors": a.authors,
             "published": a.published.isoformat(), "category": a.category, "tags": a.tags,
             "attachments": [{"url": "http://t.example" + f.url} for f in a.attachments]}
            for url, a in truth.articles.items()]


def test_perfect_records_score_perfectly():
    truth = _truth()
    t = tally(truth, _perfect(truth) + [{"url": "http://t.example/lien-he", "body": ""}])
    shares = t.shares()
    assert shares["found"] == shares["title"] == shares["published"] == shares["authors"] == 1.0
    assert shares["f1_mean"] == shares["f1_min"] == 1.0
    assert shares["category"] == shares["tags"] == shares["attachments"] == 1.0
    assert shares["caption_leak"] == shares["sidebar_leak"] == 0.0
    assert shares["non_articles"] == pytest.approx(1 / 7)
    assert t.misses() == ["non_articles 14.3% > 1%"]


def test_leaks_and_misses_are_counted():
    truth = _truth()
    records = _perfect(truth)
    with_image = next(r for r in records if truth.articles[r["url"]].images)
    other = next(r for r in records if r is not with_image)
    with_image["body"] += "\n\n" + truth.articles[with_image["url"]].images[0].caption
    with_image["body"] += "\n\nThống kê truy cập"
    other["published"] = other["published"][:10] + "T00:00:00+07:00"
    other["title"] += " - Cổng thông tin"
    t = tally(truth, records)
    assert t.captions_leaked == 1 and t.sidebar_leaked == 1
    assert t.title == t.published == 5 and min(t.f1) < 1.0
    assert tally(truth, records[1:]).found == 5
    assert (t + t).truth == 12


def test_same_minute_needs_the_offset():
    truth = ARTICLES[0].published  # 08:30 +07:00
    assert same_minute("2019-03-14T08:30:00+07:00", truth)
    assert not same_minute("2019-03-14T01:30:00+00:00", truth)  # the same instant, not +07:00
    assert not same_minute("2019-03-14T00:00:00+07:00", truth)
    assert not same_minute(None, truth) and not same_minute("14/03/2019", truth)


def test_images_without_caption_are_not_counted():
    truth = _truth()
    url, a = next(iter(truth.articles.items()))
    bare = Truth("t", HELDOUT, {url: dataclasses.replace(a, images=[Image("/x.jpg", None)])})
    assert tally(bare, _perfect(bare)).captions == 0


# -- a small real crawl ----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    """Two dev templates, 10 articles each, through a real `archiver crawl`: crumbdate, and
    twelvehour, held out until it was spent."""
    rows, crawl = measure_templates(["crumbdate", "twelvehour"], True, tmp_path_factory.mktemp("g"))
    return {r.name: r for r in rows}, crawl


def test_crawl_is_scored(crawled):
    rows, crawl = crawled
    assert crawl.returncode == 0, crawl.stderr[-2000:]
    assert "Traceback" not in crawl.stderr
    for row in rows.values():
        t = row.tally
        assert t.truth == 10 and 0 < t.found <= t.truth and t.archived >= t.found
        assert len(t.f1) == t.found and all(0 <= x <= 1 for x in t.f1)
    assert rows["twelvehour"].group == rows["crumbdate"].group == DEV


def test_report_has_a_row_per_site_and_the_held_out_verdict(crawled):
    rows, crawl = crawled
    rows = {**rows, "twelvehour": dataclasses.replace(rows["twelvehour"], group=HELDOUT)}
    rate = speed([crawl], list(rows.values()))
    text = report(list(rows.values()), rate, ["a note"])
    assert text.startswith("## Extraction on portals it has never seen")
    assert "| crumbdate | dev |" in text and "| twelvehour | held-out |" in text
    assert "**held-out total**" in text and "- a note" in text
    assert ("**Below target** on held-out templates" in text
            or "**Target met** on held-out templates" in text)
    assert rate and rate > 1


def test_a_spent_held_out_template_still_meets_issue_10_targets(crawled):
    rows, _ = crawled
    assert rows["twelvehour"].tally.misses() == []


def test_rows_add_up():
    a, b = Tally(truth=2, found=1, f1=[0.5]), Tally(truth=3, found=3, f1=[1.0, 1.0, 1.0])
    assert (a + b).truth == 5 and (a + b).shares()["f1_mean"] == pytest.approx(0.875)
    assert Row("x", DEV, a).tally.shares()["found"] == 0.5
