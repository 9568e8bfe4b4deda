"""Hostile links (issue 11 item 1): one malformed href never costs a page its other links; it is
skipped and counted, in listings, next-page detection, sitemaps and feeds."""

from __future__ import annotations

import json

from parsel import Selector

from archiver.extract.links import next_pages, site_links
from tests.hostile_site import HostileSite, Reply, article, crawl, listing

BAD = ["http://host:abc/", "http://[object Object]/x", "http://127.0.0.1:99999/news/9",
       "http://[::1/news/8"]


def test_malformed_hrefs_are_skipped_and_the_rest_kept():
    html = "".join(f'<a href="{h}">x</a>' for h in ["/news/1", *BAD, "/news/2"])
    bad: list[str] = []
    links = site_links(Selector(text=html), "http://a.vn/", ("a.vn",), bad)
    assert links == ["http://a.vn/news/1", "http://a.vn/news/2"]
    assert bad == BAD


def test_malformed_next_link_does_not_hide_the_good_one():
    html = '<a href="http://[x/" rel=next>»</a><a href="http://a:b/">Trang sau</a>' \
           '<a href="/list?page=2">Tiếp</a>'
    assert next_pages(Selector(text=html), "http://a.vn/list?page=1") == ["http://a.vn/list?page=2"]


def test_a_crawl_follows_every_good_link_beside_bad_ones(tmp_path):
    bad = "".join(f'<a href="{h}">hỏng</a>' for h in BAD)
    sitemap = ("<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
               "<url><loc>http://[object Object]/x</loc></url><url><loc>{base}/news/4</loc></url>"
               "</urlset>")

    def answer(target: str) -> str | Reply | None:
        if target == "/":
            return listing(["/news/1", "/news/2"], bad + '<a href="http://[x/">»</a>'
                                                         '<a href="/?page=2">Trang sau</a>')
        if target == "/?page=2":
            return listing(["/news/3"], bad)
        if target == "/sitemap.xml":
            return Reply(body=sitemap.format(base=site.base_url), content_type="application/xml")
        if target.startswith("/news/"):
            return article(f"Tin số {target[6:]}", int(target[6:]))
        return None

    with HostileSite(answer) as site:
        done = crawl(site, tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "4 new" in done.stdout, done.stdout
    assert "malformed_link" in done.stdout
    run = json.loads((tmp_path / "runs.jsonl").read_text().splitlines()[-1])
    assert run["failures"]["malformed_link"] >= 2 * len(BAD) + 1
    assert "Traceback" not in done.stderr


def test_a_page_of_300000_links_is_read_up_to_the_cap(tmp_path):
    """Item 11: before the cap this page held the crawl for minutes (Ctrl-C ignored, 1.75 GB)."""
    farm = listing(["/news/1", "/news/2"], "".join(f'<a href="/p/{n}">{n}</a>'
                                                    for n in range(300_000)))

    def answer(target: str) -> str | None:
        if target == "/":
            return farm
        if target.startswith("/news/"):
            return article(f"Tin số {target[6:]}", int(target[6:]))
        if target.startswith("/p/"):
            return "<html><body>trang</body></html>"
        return None

    with HostileSite(answer) as site:
        done = crawl(site, tmp_path, "-s", "ARCHIVER_MAX_LINKS_PER_PAGE=100", timeout=150)
        farm_links = site.fetched("/p/")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "2 new" in done.stdout
    assert 0 < farm_links < 100
    assert "ARCHIVER_MAX_LINKS_PER_PAGE" in done.stderr


def test_the_link_cap_is_on_by_default():
    from scrapy.settings import Settings

    settings = Settings()
    settings.setmodule("archiver.crawl.settings")
    assert 500 <= settings.getint("ARCHIVER_MAX_LINKS_PER_PAGE") <= 10_000
