"""Removals and sightings an archivist can trust: an article is recorded removed only when a second crawl
finds it gone (404, or a redirect to a page that is not the article: a soft 404); one that comes back is
live again with the same version; `last_seen` and the run that saw it move forward on every sighting,
304s included. Each crawl is a real `archiver crawl` process over HTTP."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest

from archiver.archive.sightings import read_sightings, with_sightings
from archiver.archive.store import Archive
from archiver.config import DataDir
from tests.capture_site import serve_capture_site
from tests.changing_site import many_articles, rebuild, source_table
from tests.conftest import FAST, run_archiver


@pytest.fixture(scope="module")
def story(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("sightings")
    articles = many_articles(1)
    server = serve_capture_site(articles)
    sources = tmp / "sources.toml"
    sources.write_text(source_table("s", server), encoding="utf-8")
    site = server.site
    path_of = {a.slug: site.path(u) for u, a in site.articles.items()}
    gone, moved_away, stays = articles[-1], articles[-2], articles[-3]

    def crawl() -> SimpleNamespace:
        before = len(lines(tmp))
        done = run_archiver("--data-dir", str(tmp), "--sources", str(sources), "crawl", *FAST)
        assert done.returncode == 0, done.stderr
        runs = [json.loads(x) for x in (tmp / "runs.jsonl").read_text().splitlines()]
        return SimpleNamespace(written=lines(tmp)[before:], run=runs[-1])

    first = crawl()
    rebuild(server, [a for a in articles if a is not gone])  # gone: 404
    server.redirects[path_of[moved_away.slug]] = server.base_url + "/"  # to the home page
    second = crawl()
    third = crawl()
    rebuild(server, articles)  # `gone` is served again
    fourth = crawl()
    server.stop()
    ids = {r["title"]: r["id"] for r in lines(tmp)}
    yield SimpleNamespace(tmp=tmp, first=first, second=second, third=third, fourth=fourth,
                          gone=ids[gone.title], moved_away=ids[moved_away.title],
                          stays=ids[stays.title], server=server)


def lines(tmp) -> list[dict]:
    path = tmp / "archive" / "s.jsonl"
    return [json.loads(x) for x in path.read_text().splitlines()] if path.exists() else []


def versions(story, aid: str) -> list[tuple[int, str]]:
    return [(r["version"], r["status"]) for r in lines(story.tmp) if r["id"] == aid]


def test_one_missing_sighting_is_not_a_removal(story):
    assert story.second.written == [] and story.second.run["removed"] == 0
    path = story.tmp / "state" / "s.sightings.jsonl"
    missing = {x["id"]: x for x in map(json.loads, path.read_text().splitlines())
               if x["seen"] == "missing" and x["run"] == story.second.run["started"]}
    assert {aid: x["http_status"] for aid, x in missing.items()} == {story.gone: 404,
                                                                    story.moved_away: 302}


def test_the_second_crawl_confirms_removals_incl_soft_404(story):
    removed = {r["id"]: r for r in story.third.written}
    assert set(removed) == {story.gone, story.moved_away} and story.third.run["removed"] == 2
    assert removed[story.gone]["http_status"] == 404
    soft = removed[story.moved_away]
    assert soft["http_status"] == 302 and soft["redirected_to"] == story.server.base_url + "/"
    assert all(r["status"] == "removed" and r["first_missing_run"] == story.second.run["started"]
               for r in removed.values())


def test_an_article_served_again_is_live_again_not_a_new_version(story):
    assert versions(story, story.gone) == [(1, "live"), (1, "removed"), (1, "live")]
    back = story.fourth.written
    assert [(r["id"], r["status"], r["version"]) for r in back] == [(story.gone, "live", 1)]
    assert versions(story, story.moved_away) == [(1, "live"), (1, "removed")]


def test_last_seen_moves_forward_on_every_sighting_incl_304(story):
    archived = Archive(story.tmp / "archive").latest(["s"])[story.stays]
    assert archived["last_seen"] == archived["fetched_at"] <= story.first.run["finished"]
    current = with_sightings([archived], read_sightings(DataDir(story.tmp), "s"))[0]
    fourth_run = story.fourth.run
    assert fourth_run["started"] <= current["last_seen"] <= fourth_run["finished"]
    assert current["last_seen_run"] == fourth_run["started"]
    assert current["last_seen"] > archived["last_seen"]
