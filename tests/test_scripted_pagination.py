"""A blog whose next-page link is drawn by script (VuePress's blog theme, and others): the HTML of
its home page links only the newest posts. A full crawl asks for `/page/2/`, `/page/3/`, … itself,
while each page links something new, and ends quietly at the first 404."""

from __future__ import annotations

import json

import pytest

from archiver.extract.links import guessed_next_page
from tests.hostile_site import HostileSite, article, crawl, listing


@pytest.mark.parametrize(("url", "expected"), [
    ("http://a.vn/", "http://a.vn/page/2/"),
    ("http://a.vn", "http://a.vn/page/2/"),
    ("http://a.vn/page/2/", "http://a.vn/page/3/"),
    ("http://a.vn/page/9", "http://a.vn/page/10/"),
    ("http://a.vn/tin-tuc/", None),        # a section's pages are numbered its own way
    ("http://a.vn/?lang=vi", None),
])
def test_guessed_next_page(url, expected):
    assert guessed_next_page(url) == expected


def pages(site_pages: dict[str, list[str]]) -> HostileSite:
    def answer(target: str) -> str | None:
        if target in site_pages:
            return listing(site_pages[target])
        if target.startswith("/news/"):
            return article(f"Tin số {target[6:]}", int(target[6:]))
        return None  # 404
    return HostileSite(answer)


def test_a_full_crawl_walks_pages_no_link_leads_to(tmp_path):
    with pages({"/": ["/news/1", "/news/2"], "/page/2/": ["/news/3", "/news/4"],
                "/page/3/": ["/news/5"]}) as site:
        done = crawl(site, tmp_path)
        asked = site.fetched("/page/")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "5 new" in done.stdout, done.stdout
    assert asked == 3  # pages 2 and 3, and page 4's 404, which is no failure
    run = json.loads((tmp_path / "runs.jsonl").read_text().splitlines()[-1])
    assert run["failures"] == {}


def test_a_site_answering_every_page_with_its_home_is_asked_once(tmp_path):
    home = ["/news/1", "/news/2"]
    with pages({"/": home, **{f"/page/{n}/": home for n in range(2, 50)}}) as site:
        done = crawl(site, tmp_path)
        asked = site.fetched("/page/")
    assert done.returncode == 0, done.stdout + done.stderr
    assert asked == 1
