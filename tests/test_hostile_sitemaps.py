"""Hostile sitemaps (issue 11 item 10): recursive and huge sitemap indexes are bounded
(ARCHIVER_SITEMAP_MAX_DEPTH, ARCHIVER_SITEMAP_MAX_FILES); the sitemaps robots.txt names are read; URLs
that are not http(s) (`ftp://`) are never fetched."""

from __future__ import annotations

import re

from tests.hostile_site import HostileSite, Reply, article, crawl, listing

NS = "http://www.sitemaps.org/schemas/sitemap/0.9"


def _index(locs: list[str]) -> Reply:
    body = "".join(f"<sitemap><loc>{loc}</loc></sitemap>" for loc in locs)
    return Reply(body=f"<?xml version='1.0'?><sitemapindex xmlns='{NS}'>{body}</sitemapindex>",
                 content_type="application/xml")


def _urlset(locs: list[str]) -> Reply:
    body = "".join(f"<url><loc>{loc}</loc></url>" for loc in locs)
    return Reply(body=f"<?xml version='1.0'?><urlset xmlns='{NS}'>{body}</urlset>",
                 content_type="application/xml")


def _site(sitemaps) -> HostileSite:  # noqa: ANN001 - target → Reply | None for sitemap paths
    def answer(target: str) -> str | Reply | None:
        if target == "/":
            return listing(["/news/1"])
        if target.startswith("/news/"):
            return article(f"Tin số {target[6:]}", int(target[6:]))
        return sitemaps(target, site.base_url)

    site = HostileSite(answer)
    return site


def test_a_recursive_sitemap_index_is_bounded(tmp_path):
    def sitemaps(target: str, base: str) -> Reply | None:
        if target == "/sitemap.xml":
            return _index([f"{base}/sm/1.xml"])
        if m := re.fullmatch(r"/sm/(\d+)\.xml", target):  # each index names two deeper ones
            n = int(m.group(1))
            return _index([f"{base}/sm/{2 * n}.xml", f"{base}/sm/{2 * n + 1}.xml"])
        return None

    with _site(sitemaps) as site:
        done = crawl(site, tmp_path, timeout=90)
    assert done.returncode == 0, done.stdout + done.stderr
    assert site.fetched("/sm/") <= 1 + 2 + 4, site.fetched("/sm/")


def test_a_huge_flat_index_is_bounded(tmp_path):
    def sitemaps(target: str, base: str) -> Reply | None:
        if target == "/sitemap.xml":
            return _index([f"{base}/flat/{n}.xml" for n in range(10_000)])
        if target.startswith("/flat/"):
            return _urlset([])
        return None

    with _site(sitemaps) as site:
        done = crawl(site, tmp_path, "-s", "ARCHIVER_SITEMAP_MAX_FILES=30", timeout=90)
    assert done.returncode == 0, done.stdout + done.stderr
    assert site.fetched("/flat/") < 30


def test_sitemaps_named_in_robots_txt_are_read_and_ftp_is_not_fetched(tmp_path):
    def sitemaps(target: str, base: str) -> str | Reply | None:
        if target == "/robots.txt":
            return Reply(body=f"User-agent: *\nAllow: /\nSitemap: {base}/hidden/map.xml\n",
                         content_type="text/plain")
        if target == "/hidden/map.xml":
            return _urlset([f"{base}/news/2", "ftp://127.0.0.1/news/3", f"{base}/news/4"])
        return None

    with _site(sitemaps) as site:
        done = crawl(site, tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "3 new" in done.stdout, done.stdout
    assert site.hits["/hidden/map.xml"] == 1


def test_sitemap_limits_are_on_by_default():
    from scrapy.settings import Settings

    settings = Settings()
    settings.setmodule("archiver.crawl.settings")
    assert 1 <= settings.getint("ARCHIVER_SITEMAP_MAX_DEPTH") <= 5
    assert 1 <= settings.getint("ARCHIVER_SITEMAP_MAX_FILES") <= 10_000
