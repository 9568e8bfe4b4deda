"""Incremental crawls of a portal that changes between them (new articles on top, a silent edit, a
removal), then a full walk that finds the edit and the removal deep in the archive, then a crawl of
the unchanged portal answered with 304s. A removal is recorded by the second crawl that finds it.
Each crawl is a real `archiver crawl` process over HTTP."""

from __future__ import annotations

import json
import re
from collections import Counter
from types import SimpleNamespace

import pytest
from click.testing import CliRunner

from archiver.archive.history import render_diff, word_diff
from archiver.cli import cli
from tests.changing_site import (
    edited,
    fresh_articles,
    many_articles,
    rebuild,
    serve_articles,
    source_table,
)
from tests.conftest import FAST, run_archiver

STOP_AFTER = 5
RECHECK = 6


@pytest.fixture(scope="module")
def story(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("incremental")
    v1 = many_articles(3)  # 81 articles, oldest first; 5 per listing page
    server = serve_articles(v1)
    sources = tmp / "sources.toml"
    sources.write_text(source_table("portal", server, stop_after_known=STOP_AFTER),
                       encoding="utf-8")

    def crawl(*extra: str) -> SimpleNamespace:
        hits, statuses = server.requests, server.statuses.copy()
        lines = _lines(tmp)
        done = run_archiver("--data-dir", str(tmp), "--sources", str(sources), "crawl", *FAST,
                            *extra)
        assert done.returncode == 0, done.stderr
        assert "Traceback" not in done.stderr
        return SimpleNamespace(hits=server.requests - hits, statuses=server.statuses - statuses,
                               written=_lines(tmp)[len(lines):], run=_runs(tmp)[-1],
                               stdout=done.stdout)

    first = crawl()
    new = fresh_articles(3, v1[-1])
    recent_edit, recent_old_word = edited(v1[-2], 3, "SỬA-ĐỔI")
    deep_edit, deep_old_word = edited(v1[3], 2, "ĐÍNH-CHÍNH")
    recent_gone, deep_gone = v1[-4], v1[5]
    v2 = [recent_edit if a.slug == recent_edit.slug else deep_edit if a.slug == deep_edit.slug
          else a for a in v1 if a not in (recent_gone, deep_gone)] + new
    old_site = server.site
    rebuild(server, v2)
    second = crawl("-s", f"ARCHIVER_RECHECK_NEWEST={RECHECK}")
    third = crawl("--full")
    fourth = crawl()
    yield SimpleNamespace(tmp=tmp, server=server, old_site=old_site, v1=v1, new=new,
                          first=first, second=second, third=third, fourth=fourth,
                          recent_edit=(recent_edit, recent_old_word),
                          deep_edit=(deep_edit, deep_old_word),
                          recent_gone=recent_gone, deep_gone=deep_gone)
    server.stop()


def _lines(tmp) -> list[dict]:
    path = tmp / "archive" / "portal.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()] \
        if path.exists() else []


def _runs(tmp) -> list[dict]:
    return [json.loads(line) for line in (tmp / "runs.jsonl").read_text().splitlines()]


def _title_ids(story) -> dict[str, str]:
    return {r["title"]: r["id"] for r in _lines(story.tmp)}


def _listing_pages(hits: Counter) -> dict[str, int]:
    """Deepest listing page fetched, per category path."""
    deepest: dict[str, int] = {}
    for path in hits:
        if m := re.fullmatch(r"(/vi/news/[^/]+/)(?:page-(\d+)/)?", path):
            deepest[m.group(1)] = max(deepest.get(m.group(1), 0), int(m.group(2) or 1))
    return deepest


def test_first_crawl_is_a_full_walk(story):
    first = story.first
    assert first.run["full"] and first.run["why_full"] == "first crawl"
    assert first.run["new"] == len(story.v1) == len(first.written)
    assert {r["url"] for r in first.written} == set(story.old_site.articles)


def test_second_crawl_stops_early_on_listings(story):
    full, incremental = _listing_pages(story.first.hits), _listing_pages(story.second.hits)
    assert max(full.values()) >= 4, "the sample site should have deep listings"
    assert incremental, "the incremental crawl read no listing at all"
    assert max(incremental.values()) <= 2, incremental
    assert sum(incremental.values()) < sum(full.values())
    assert story.second.run["full"] is False


def test_second_crawl_adds_exactly_the_new_articles(story):
    second = story.second
    added = [r for r in second.written if r["version"] == 1 and r["status"] == "live"]
    assert sorted(r["title"] for r in added) == sorted(a.title for a in story.new)
    assert second.run["new"] == 3


def test_second_crawl_fetches_only_new_and_recent_articles(story):
    """Archived articles are not fetched again, except the newest (re-checked) ones."""
    site = story.server.site
    article_paths = {story.old_site.path(u) for u in story.old_site.articles} | {
        site.path(u) for u in site.articles}
    fetched = {p for p in story.second.hits if p in article_paths}
    rechecked = {story.old_site.path(u) for u, a in story.old_site.articles.items()
                 if a.slug in {x.slug for x in story.v1[-RECHECK:]}}
    new = {site.path(u) for u, a in site.articles.items() if a.slug in {x.slug for x in story.new}}
    assert fetched == rechecked | new


def test_recent_edit_is_a_new_version_with_a_word_diff(story):
    article, old_word = story.recent_edit
    aid = _title_ids(story)[article.title]
    versions = [r for r in _lines(story.tmp) if r["id"] == aid]
    assert [(r["version"], r["status"]) for r in versions] == [(1, "live"), (2, "live")]
    assert versions[1]["body"] == article.body and versions[0]["body"] != article.body
    assert versions[1]["first_seen"] == versions[0]["first_seen"]
    assert versions[1] in story.second.written
    result = CliRunner().invoke(cli, ["--data-dir", str(story.tmp), "history", aid])
    assert result.exit_code == 0, result.output
    assert "v1" in result.output and "v2" in result.output
    assert f"[-{old_word}-] {{+SỬA-ĐỔI+}}" in result.output
    assert result.output.count("[-") == 1 and result.output.count("{+") == 1


def test_recent_removal_is_recorded_and_nothing_deleted(story):
    aid = _title_ids(story)[story.recent_gone.title]
    versions = [r for r in _lines(story.tmp) if r["id"] == aid]
    assert [(r["version"], r["status"]) for r in versions] == [(1, "live"), (1, "removed")]
    removed = versions[1]
    assert removed["http_status"] == 404 and removed["body"] == versions[0]["body"]
    assert removed["content_hash"] == versions[0]["content_hash"]
    # seen missing by the second crawl, confirmed by the third
    assert story.second.run["removed"] == 0 and story.second.run["updated"] == 1
    assert removed in story.third.written
    assert removed["first_missing_run"] == story.second.run["started"]
    history = CliRunner().invoke(cli, ["--data-dir", str(story.tmp), "history", aid])
    assert "status: live → removed (HTTP 404)" in history.output


def test_full_walk_finds_the_deep_edit_and_removal(story):
    third = story.third
    assert third.run["full"] and third.run["why_full"] == "--full"
    assert (third.run["new"], third.run["updated"], third.run["removed"]) == (0, 1, 1)
    titles = {r["title"]: r for r in third.written}
    article, old_word = story.deep_edit
    assert titles[article.title]["version"] == 2
    assert titles[story.recent_gone.title]["status"] == "removed"
    assert len(third.written) == 2
    # the removed article is linked from no listing any more: re-checked from the archive
    gone_path = next(story.old_site.path(u) for u, a in story.old_site.articles.items()
                     if a.slug == story.deep_gone.slug)
    assert third.hits[gone_path] == 1


def test_unchanged_portal_answers_with_304(story):
    fourth = story.fourth
    # … and the deep removal the full walk found is confirmed
    assert [(r["title"], r["status"]) for r in fourth.written] == [(story.deep_gone.title, "removed")]
    assert (fourth.run["new"], fourth.run["updated"], fourth.run["removed"]) == (0, 0, 1)
    assert fourth.run["unchanged"] == 50  # ARCHIVER_RECHECK_NEWEST's default
    assert fourth.statuses[304] == 50


def test_no_duplicates(story):
    lines = _lines(story.tmp)
    assert len(lines) == len(story.v1) + 3 + 2 + 2
    seen = Counter((r["id"], r["version"], r["status"], r.get("extracted_at")) for r in lines)
    assert max(seen.values()) == 1


def test_runs_are_recorded_and_listed(story):
    runs = _runs(story.tmp)
    assert [r["full"] for r in runs] == [True, False, True, False]
    assert all(r["stopped_because"] == "finished" and r["source"] == "portal" for r in runs)
    assert all(r["started"] <= r["finished"] and r["article_links_found"] > 0 for r in runs)
    result = CliRunner().invoke(cli, ["--data-dir", str(story.tmp), "runs", "--limit", "2"])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert len(lines) == 2 and "incremental" in lines[0] and "full" in lines[1]
    assert "0 new, 0 updated, 50 unchanged, 1 removed" in lines[0]


def test_word_diff_keeps_a_little_context():
    old = " ".join(f"w{i}" for i in range(40))
    new = old.replace("w20", "W20 mới")
    runs = word_diff(old, new, context=3)
    assert runs == [("=", "… w17 w18 w19"), ("-", "w20"), ("+", "W20 mới"), ("=", "w21 w22 w23 …")]
    assert render_diff(runs, color=False) == "… w17 w18 w19 [-w20-] {+W20 mới+} w21 w22 w23 …"
    coloured = render_diff(runs, color=True)
    assert "\x1b[" in coloured and "[-" not in coloured
