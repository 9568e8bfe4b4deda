"""Crawls that never end (issue 11 item 9): endless article-less pagination, calendar chains and link
mazes. Each walk is bounded (ARCHIVER_MAX_BARREN_PAGES along a chain, the page budget per run), in a
full and in an incremental crawl, and the run says why it stopped. Before the bounds each of these ran
until the test's timeout."""

from __future__ import annotations

import json
import re

from tests.hostile_site import HostileSite, article, crawl, listing

ARTICLES = ["/news/1", "/news/2"]


def _news(target: str) -> str | None:
    if target in ARTICLES:
        return article(f"Tin số {target[6:]}", int(target[6:]))
    return None


def endless_pagination(target: str) -> str | None:
    """`?page=N` forever, every page the same two articles and a "next page" link."""
    m = re.fullmatch(r"/(?:\?page=(\d+))?", target)
    if m:
        n = int(m.group(1) or 1)
        return listing(ARTICLES, f'<a href="/?page={n + 1}">Trang sau</a>')
    return _news(target)


def calendar_chain(target: str) -> str | None:
    """`/cal/Y/M/D` → the next day, forever; the home page links to the articles and today."""
    if target == "/":
        return listing(ARTICLES, '<a href="/cal/2024/1/1">Lịch</a>')
    m = re.fullmatch(r"/cal/(\d+)/(\d+)/(\d+)", target)
    if m:
        day = int(m.group(3))
        return f'<html><body><a href="/cal/2024/1/{day + 1}">Ngày {day + 1}</a></body></html>'
    return _news(target)


def maze(target: str) -> str | None:
    """Every page links to two new pages of a different shape: only a page budget ends it."""
    if target == "/":
        return listing(ARTICLES, '<a href="/maze/a">Mê cung</a>')
    if target.startswith("/maze/"):
        return (f'<html><body><a href="{target}a">a</a><a href="{target}b">b</a>'
                f'</body></html>')
    return _news(target)


def _trap(tmp_path, answer, prefix: str) -> None:
    with HostileSite(answer) as site:
        first = crawl(site, tmp_path, timeout=90)
        after_first = site.fetched(prefix)
        second = crawl(site, tmp_path, timeout=90)
        after_second = site.fetched(prefix) - after_first
    for done in (first, second):
        assert done.returncode == 0, done.stdout + done.stderr
    assert "2 new" in first.stdout and "0 new" in second.stdout
    assert after_first <= 10 and after_second <= 10, (after_first, after_second)


def test_endless_pagination_is_bounded_full_and_incremental(tmp_path):
    _trap(tmp_path, endless_pagination, "/?page=")


def test_calendar_chain_is_bounded_full_and_incremental(tmp_path):
    _trap(tmp_path, calendar_chain, "/cal/")


def test_a_maze_stops_at_the_page_budget_and_says_so(tmp_path):
    with HostileSite(maze) as site:
        done = crawl(site, tmp_path, "-s", "CLOSESPIDER_PAGECOUNT=40", timeout=90)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "page budget reached" in done.stdout, done.stdout
    run = json.loads((tmp_path / "runs.jsonl").read_text().splitlines()[-1])
    assert run["stopped_because"].startswith("page budget reached")
    assert (tmp_path / "jobs" / "hostile" / "job.json").exists(), "the next crawl goes on"


def test_the_page_budget_is_on_by_default():
    from scrapy.settings import Settings

    settings = Settings()
    settings.setmodule("archiver.crawl.settings")
    assert 0 < settings.getint("CLOSESPIDER_PAGECOUNT") <= 100_000
    assert 0 < settings.getint("ARCHIVER_MAX_BARREN_PAGES") <= 20
