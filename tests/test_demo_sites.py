"""The sample portals: the truth they are built from, the markup of each family, the local server."""

from __future__ import annotations

import dataclasses
import html
import re
import unicodedata
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import datetime, timedelta
from urllib.robotparser import RobotFileParser

import pytest
from parsel import Selector

from archiver.demo.articles import load_articles, load_draft
from archiver.demo.families import FAMILIES
from archiver.demo.model import SampleArticle
from archiver.demo.server import serve
from archiver.demo.site import DISALLOWED, Site, build_site
from archiver.record import clean_url

BASE = "http://127.0.0.1:8765"

# How a reader finds its way through each family's listings: the menu, the article links in the
# listing column, the link to the next listing page (markup as shared/docs/portals.md describes).
NAVIGATION = {
    "sharepoint": ("#zz1_TopNavigationMenu a", "div.list-news a.news-title",
                   '//div[@class="paging"]/a[contains(., "Tiếp")]/@href'),
    "liferay": ("ul.child-menu a", "div.asset-abstract h3.asset-title a",
                '//ul[contains(@class, "lfr-pagination-buttons")]/li[3]/a/@href'),
    "nukeviet": ("#menusite ul.dropdown-menu a", "div.news_column div.panel-body h3 a",
                 '//ul[@class="pagination"]//a[. = "Sau"]/@href'),
    "phpsite": ("#menu a", "div.khung_tin div.tin_item a.tieude",
                '//div[@class="phantrang"]/a[contains(., "Trang sau")]/@href'),
    "unknown": ("nav.np-nav a", "section.np-section div.np-card a.np-card-link",
                '//nav[@class="np-pages"]/a[. = "Xem thêm"]/@href'),
}


@pytest.fixture(scope="module")
def articles() -> list[SampleArticle]:
    return load_articles()


@pytest.fixture(scope="module", params=sorted(FAMILIES))
def site(request, articles) -> Site:
    return build_site(request.param, articles, BASE, page_size=2, sitemap=True, feed=True)


def text_of(body: bytes) -> str:
    """What a reader sees: references resolved, NFC, whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFC", html.unescape(body.decode("utf-8"))).split())


def links(body: bytes, css: str = "a") -> list[str]:
    return Selector(text=body.decode("utf-8")).css(f"{css}::attr(href)").getall()


# --- the truth -----------------------------------------------------------------------------------

def test_articles_are_varied_vietnamese_prose(articles):
    assert articles == load_articles(), "loading must be deterministic"
    assert len(articles) >= 24
    assert len({a.published for a in articles}) == len(articles)
    assert {a.published.year for a in articles} >= set(range(2019, 2026))
    assert all(a.published.utcoffset() == timedelta(hours=7) for a in articles)
    assert len({a.category for a in articles}) >= 5
    for a in articles:
        assert 3 <= len(a.paragraphs) <= 8, a.slug
        assert all(40 <= len(p.split()) <= 120 for p in a.paragraphs), a.slug
        assert a.slug.isascii() and a.slug == a.slug.lower()
    text = " ".join(a.title + " " + a.body for a in articles)
    assert unicodedata.is_normalized("NFC", text)
    for phrase in ("Cộng hòa", "Cộng hoà", "hòa bình", "hoà bình", "Quy chế dân chủ ở cơ sở",
                   "giải phóng mặt bằng", "nông thôn mới", "sáp nhập", "đảng viên", "địa phương"):
        assert phrase in text, phrase
    assert any(a.summary is None for a in articles) and any(a.summary for a in articles)
    bylines = {a.byline for a in articles}
    assert None in bylines and "PV" in bylines
    assert {"Tin, ảnh", "T/h", "Tác giả"} <= {b.split(":")[0] for b in bylines if b and ":" in b}
    assert any(len(a.authors) > 1 for a in articles)
    assert any(i.caption and "(Ảnh:" in i.caption for a in articles for i in a.images)
    assert any(i.caption is None for a in articles for i in a.images)
    assert {f.url.rsplit(".", 1)[-1] for a in articles for f in a.attachments} >= {"pdf", "doc"}


def test_draft_is_not_an_article(articles):
    assert load_draft().slug not in {a.slug for a in articles}


# --- every family ----------------------------------------------------------------------------

def test_every_article_page_shows_its_truth(site):
    assert len(site.articles) == len(load_articles())
    for url, truth in site.articles.items():
        assert url.startswith(BASE + "/")
        page = site.pages[site.path(url)]
        assert page.status == 200 and page.content_type.startswith("text/html")
        seen = text_of(page.body)
        assert truth.title in seen
        for paragraph in truth.paragraphs:
            assert paragraph in seen, (url, paragraph[:40])
        if truth.summary:
            assert truth.summary in seen
        assert "Tin liên quan" in seen
        assert "Trang chủ" in seen or "Trang nhất" in seen


def test_every_html_page_decodes(site):
    for path, page in site.pages.items():
        if "html" in page.content_type:
            assert "</html>" in page.body.decode("utf-8"), path


def test_listings_reach_every_article_exactly_once(site):
    menu, items, following = NAVIGATION[site.family]
    seen, listing_pages = Counter(), 0
    for start in dict.fromkeys(links(site.pages["/"].body, menu)):
        path = start if start != "/" else None
        while path and path in site.pages:
            listing_pages += 1
            body = site.pages[path].body
            seen.update(links(body, items))
            path = Selector(text=body.decode("utf-8")).xpath(following).get()
            if path and path.startswith("javascript"):
                path = None
    assert dict(seen) == {site.path(url): 1 for url in site.articles}
    assert listing_pages > len({a.category for a in site.articles.values()}), "no pagination"


def test_every_internal_link_leads_somewhere(site):
    for path, page in site.pages.items():
        if "html" not in page.content_type:
            continue
        for href in links(page.body):
            if not href.startswith("/"):
                continue
            target = site.path(clean_url(BASE + href))
            assert target in site.pages or target.startswith(DISALLOWED), (path, href)


def test_related_links_carry_tracking_and_point_at_articles(site):
    body = site.pages[site.path(next(iter(site.articles)))].body
    tracked = [h for h in links(body) if "utm_source=tinlienquan" in h]
    assert tracked
    assert all(clean_url(BASE + h) in site.articles for h in tracked)


def test_robots_disallows_a_page_that_looks_like_an_article(site):
    robots = RobotFileParser()
    robots.parse(site.pages["/robots.txt"].body.decode().splitlines())
    draft = load_draft()
    trap = [h for h in links(site.pages["/"].body) if h.startswith("/admin/")]
    assert trap and not robots.can_fetch("*", BASE + trap[0])
    assert not robots.can_fetch("*", BASE + "/tim-kiem/")
    assert draft.title in text_of(site.pages[trap[0]].body)
    assert BASE + trap[0] not in site.articles and trap[0] in site.non_articles
    assert all(robots.can_fetch("*", url) for url in site.articles)


def test_sitemap_and_feed_use_absolute_urls(site):
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    urlset = ET.fromstring(site.pages["/sitemap.xml"].body)
    listed = {u.findtext("s:loc", namespaces=ns): u.findtext("s:lastmod", namespaces=ns)
              for u in urlset.findall("s:url", ns)}
    for url, truth in site.articles.items():
        assert datetime.fromisoformat(listed[url]) == truth.published
    channel = ET.fromstring(site.pages["/rss"].body).find("channel")
    items = channel.findall("item")
    assert len(items) == min(20, len(site.articles))
    for item in items:
        title = unicodedata.normalize("NFC", item.findtext("title"))
        assert site.articles[item.findtext("link")].title == title
    assert f"Sitemap: {BASE}/sitemap.xml" in site.pages["/robots.txt"].body.decode()


def test_non_articles_are_every_other_page(site):
    assert set(site.non_articles) == set(site.pages) - {site.path(u) for u in site.articles}
    assert {"/", "/robots.txt", "/tim-kiem/"} <= set(site.non_articles)
    assert site.fail_once and site.fail_once <= {site.path(u) for u in site.articles}


# --- what sets the families apart --------------------------------------------------------------

def test_sharepoint_writes_fields_as_numeric_references(articles):
    site = build_site("sharepoint", articles, BASE)
    url, truth = next(iter(site.articles.items()))
    raw = site.pages[site.path(url)].body.decode()
    assert truth.title not in raw and "&#x" in raw
    assert "__VIEWSTATE" in raw and "ctl00_PlaceHolderMain_g_" in raw and "MsoNormal" in raw
    assert '<link rel="canonical" href="' + url + '"' in raw
    assert re.search(r"\?nid=\d+$", url)
    assert all(f.url.startswith("/Lists/TinTuc/Attachments/") for t in site.articles.values()
               for f in t.attachments)


def test_liferay_double_escapes_one_listing_summary(articles):
    site = build_site("liferay", articles, BASE)
    listings = [p.body.decode() for path, p in site.pages.items()
                if path in site.non_articles and b"asset-abstract" in p.body]
    doubled = {abstract.css("h3.asset-title a::attr(href)").get()
               for body in listings for abstract in Selector(text=body).css("div.asset-abstract")
               if re.search(r"&[a-z]+;", abstract.css("div.asset-summary::text").get())}
    assert len(doubled) == 1
    first_page = next(b for b in listings if "Hiển thị 1 - 5 of" in b)
    buttons = Selector(text=first_page).css("ul.lfr-pagination-buttons a::text").getall()
    assert [b.strip() for b in buttons] == ["← Đầu tiên", "Trước", "Tiếp", "Cuối cùng →"]
    assert all("/-/view_content/" in url for url in site.articles)


def test_nukeviet_has_print_views_and_counter(articles):
    site = build_site("nukeviet", articles, BASE)
    raw = site.pages["/"].body.decode()
    assert '<meta name="generator" content="NukeViet v4.5">' in raw and 'class="counter' in raw
    for url, truth in site.articles.items():
        page = site.pages[site.path(url)].body
        printed = [h for h in links(page) if "/vi/news/print/" in h]
        assert printed and printed[0] in site.non_articles
        assert truth.title in text_of(site.pages[printed[0]].body)
        when = Selector(text=page.decode()).css("div.panel-body span.h5::text").get()
        assert re.fullmatch(r"(Thứ \w+|Chủ nhật) - \d\d/\d\d/\d{4} \d\d:\d\d", when)


def test_phpsite_charset_only_in_meta_and_one_nfd_article(articles):
    site = build_site("phpsite", articles, BASE)
    pages = {url: site.pages[site.path(url)] for url in site.articles}
    assert all(p.content_type == "text/html" for p in pages.values())
    assert all(b'<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />' in p.body
               for p in pages.values())
    decomposed = [url for url, truth in site.articles.items()
                  if unicodedata.normalize("NFD", truth.title).encode() in pages[url].body]
    assert len(decomposed) == 1
    assert all(unicodedata.is_normalized("NFC", t.title + t.body) for t in site.articles.values())
    assert all(t.tags == [] for t in site.articles.values()), "the page shows no tags"


def test_unknown_family_uses_made_up_markup(articles):
    site = build_site("unknown", articles, BASE)
    url, truth = next(iter(site.articles.items()))
    sel = Selector(text=site.pages[site.path(url)].body.decode())
    assert sel.css("div.np-post > h2.np-heading::text").get() == truth.title
    assert sel.css("time.np-when::text").get() == truth.published.strftime("%H:%M | %d/%m/%Y")


def test_urls_stay_put_when_another_article_is_added(articles):
    before = build_site("nukeviet", articles, BASE)
    extra = dataclasses.replace(articles[0], slug="bai-moi-them", title="Bài mới thêm",
                                published=articles[-1].published + timedelta(days=1))
    after = build_site("nukeviet", [*articles, extra], BASE)
    assert set(before.articles) < set(after.articles)
    assert build_site("nukeviet", articles, BASE).pages == before.pages, "rendering is deterministic"


# --- the server ---------------------------------------------------------------------------------

def fetch(url: str, method: str = "GET", **headers) -> tuple[int, dict, bytes]:
    request = urllib.request.Request(url, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


@pytest.fixture()
def server(articles):
    with serve(lambda base: build_site("nukeviet", articles, base, feed=True)) as running:
        yield running


def test_server_answers_over_http(server):
    status, headers, body = fetch(server.base_url + "/")
    assert status == 200 and server.site.name in body.decode()
    url, truth = next(iter(server.site.articles.items()))
    assert url.startswith(server.base_url)
    status, headers, body = fetch(url + "?utm_source=tinlienquan&utm_medium=related")
    assert status == 200 and truth.title in body.decode()
    status, headers, body = fetch(url, method="HEAD")
    assert status == 200 and body == b"" and int(headers["Content-Length"]) > 1000
    assert fetch(server.base_url + "/khong-co-trang-nay")[0] == 404
    assert fetch(server.base_url + "/favicon.ico")[0] == 404
    hits = server.requests
    assert hits["/"] == 1 and hits["/khong-co-trang-nay"] == 1
    assert hits[server.site.path(url)] == 1


def test_server_fails_once_then_recovers(server):
    path = next(iter(server.site.fail_once))
    assert fetch(server.base_url + path)[0] == 500
    status, _, body = fetch(server.base_url + path)
    assert status == 200 and server.site.articles[server.base_url + path].title in body.decode()


def test_server_answers_conditional_requests_with_304(server, articles):
    url = next(iter(server.site.articles))
    status, headers, _ = fetch(url)
    etag, modified = headers["ETag"], headers["Last-Modified"]
    assert fetch(url, **{"If-None-Match": etag})[0] == 304
    assert fetch(url, **{"If-Modified-Since": modified})[0] == 304
    assert fetch(server.base_url + "/", **{"If-None-Match": etag})[0] == 200

    slug = server.site.articles[url].slug
    edited = [dataclasses.replace(a, paragraphs=[*a.paragraphs, a.paragraphs[-1] + " (Đã sửa.)"])
              if a.slug == slug else a for a in articles]
    server.site = build_site("nukeviet", edited, server.base_url, feed=True)
    status, headers, body = fetch(url, **{"If-None-Match": etag})
    assert status == 200 and headers["ETag"] != etag and "(Đã sửa.)" in body.decode()
    assert fetch(url, **{"If-Modified-Since": modified})[0] == 200
    assert fetch(url, **{"If-Modified-Since": headers["Last-Modified"]})[0] == 304
