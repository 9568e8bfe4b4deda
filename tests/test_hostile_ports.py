"""Ports are part of a site (issue 11 item 16): a redirect to another port of the same host is not
followed, its site is not crawled, and a canonical link cannot claim another site's article URL (and
with it another source's article id). Held before: other hosts (Scrapy's offsite filter)."""

from __future__ import annotations

from archiver.archive.store import Archive
from archiver.extract.links import in_domains, site_key
from archiver.sources import Source
from tests.hostile_site import HostileSite, Reply, article, crawl, listing


def test_site_keys_keep_ports_that_are_not_the_default():
    assert site_key("https://A.gov.vn:443/x") == "a.gov.vn"
    assert site_key("http://a.gov.vn:8080/x") == "a.gov.vn:8080"
    assert in_domains("http://www.a.gov.vn/x", ("a.gov.vn",))
    assert not in_domains("http://a.gov.vn:8081/x", ("a.gov.vn:8080",))
    assert not in_domains("http://a.gov.vn:8081/x", ("a.gov.vn",))
    assert Source("s", ("http://127.0.0.1:8000/",)).domains == ("127.0.0.1:8000",)


def test_neither_redirects_nor_canonicals_cross_to_another_port(tmp_path):
    def other(target: str) -> str | None:
        if target == "/":
            return listing(["/news/8", "/news/9"])
        if target.startswith("/news/"):
            return article(f"Tin của trang khác {target[6:]}", int(target[6:]))
        return None

    with HostileSite(other) as b:
        canonical = f'<link rel="canonical" href="{b.base_url}/news/9">'

        def answer(target: str) -> str | Reply | None:
            if target == "/":
                return listing(["/news/1", "/news/2", "/go"])
            if target == "/go":
                return Reply(302, headers={"Location": f"{b.base_url}/"})
            if target == "/news/1":
                return article("Tin một", 1)
            if target == "/news/2":
                return article("Tin hai", 2).replace("<head>", "<head>" + canonical)
            return None

        with HostileSite(answer) as a:
            done = crawl(a, tmp_path)
            base = a.base_url
        b_hits = sum(b.hits.values())
    assert done.returncode == 0, done.stdout + done.stderr
    assert b_hits == 0, b.hits
    urls = {r["url"] for r in Archive(tmp_path / "archive").iter_records()}
    assert urls == {f"{base}/news/1", f"{base}/news/2"}
