"""A resumed crawl (issue 11 item 8) does not fetch again what its interrupted part archived, also
when the site lists its articles in a sitemap and a feed (before: 61 of 61 fetched again). Held
before: resuming through listings (tests/test_resume.py)."""

from __future__ import annotations

from archiver.archive.store import Archive
from tests.hostile_site import HostileSite, Reply, article, crawl, listing

N = 12


def test_resume_with_sitemap_and_feed_fetches_nothing_twice(tmp_path):
    def answer(target: str) -> str | Reply | None:
        urls = [f"{site.base_url}/news/{n}" for n in range(N)]
        if target == "/":
            feed = '<link rel="alternate" type="application/rss+xml" href="/rss">'
            return listing([f"/news/{n}" for n in range(N)], feed)
        if target == "/sitemap.xml":
            body = "".join(f"<url><loc>{u}</loc></url>" for u in urls)
            return Reply(body="<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/"
                              f"schemas/sitemap/0.9'>{body}</urlset>", content_type="application/xml")
        if target == "/rss":
            items = "".join(f"<item><title>t</title><link>{u}</link></item>" for u in urls)
            return Reply(body=f"<?xml version='1.0'?><rss><channel>{items}</channel></rss>",
                         content_type="application/rss+xml")
        if target.startswith("/news/"):
            return article(f"Tin số {target[6:]}", 1 + int(target[6:]))
        return None

    site = HostileSite(answer)
    with site:
        first = crawl(site, tmp_path, "--max-articles", "4")
        archived = {r["url"] for r in Archive(tmp_path / "archive").iter_records()}
        before = site.hits.copy()
        second = crawl(site, tmp_path)
        again = {t: n - before[t] for t, n in site.hits.items() if n > before[t]}
    assert first.returncode == 0 and second.returncode == 0, second.stdout + second.stderr
    assert "resumed" in second.stdout
    assert 4 <= len(archived) < N
    refetched = [u for u in archived if again.get(u.removeprefix(site.base_url))]
    assert refetched == [], f"{len(refetched)} of {len(archived)} archived articles fetched again"
    urls = [r["url"] for r in Archive(tmp_path / "archive").iter_records()]
    assert len(urls) == len(set(urls)) == N
