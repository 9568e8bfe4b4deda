"""A real crawl over HTTP of one sample portal per family: every article once, and nothing else."""

from __future__ import annotations

import json
from collections import Counter

import pytest
from click.testing import CliRunner

from archiver.archive.store import Archive
from archiver.cli import cli
from tests.conftest import FAST, run_archiver, sources_toml


@pytest.fixture(scope="module")
def crawled(family_servers, tmp_path_factory):
    """Crawl all sample portals once (one process, one source each), then once more."""
    tmp = tmp_path_factory.mktemp("crawl")
    sources = tmp / "sources.toml"
    sources.write_text(sources_toml(family_servers), encoding="utf-8")
    before = {name: s.requests.copy() for name, s in family_servers.items()}
    first = run_archiver("--data-dir", str(tmp), "--sources", str(sources), "crawl", *FAST)
    hits = {name: s.requests - before[name] for name, s in family_servers.items()}
    second = run_archiver("--data-dir", str(tmp), "--sources", str(sources), "crawl", *FAST)
    return tmp, first, second, hits


def test_crawl_exits_cleanly_with_a_summary(crawled, family_servers):
    _, first, second, _ = crawled
    assert first.returncode == 0, first.stderr
    for name, server in family_servers.items():
        n = len(server.site.articles)
        assert f"{name}: " in first.stdout
        assert f"{n} new, 0 updated, 0 unchanged articles; failures: none" in first.stdout
        assert f"0 new, 0 updated, {n} unchanged articles" in second.stdout
    assert "Traceback" not in first.stderr + second.stderr


@pytest.mark.parametrize("family", ["sharepoint", "liferay", "nukeviet", "phpsite", "unknown"])
def test_every_article_archived_exactly_once_and_nothing_else(crawled, family_servers, family):
    tmp, _, _, _ = crawled
    site = family_servers[family].site
    records = list(Archive(tmp / "archive").iter_records([family]))
    urls = Counter(r["url"] for r in records)
    assert set(urls) == set(site.articles), "archived pages differ from the site's articles"
    assert max(urls.values()) == 1, "an article was archived twice"
    assert len({r["id"] for r in records}) == len(records)
    for record in records:
        truth = site.articles[record["url"]]
        assert record["title"] == truth.title
        assert record["published"] == truth.published.isoformat()
        assert record["source"] == family and record["province"] == "Quảng Ninh"
        assert record["version"] == 1 and record["status"] == "live"


@pytest.mark.parametrize("family", ["sharepoint", "liferay", "nukeviet", "phpsite", "unknown"])
def test_crawl_was_polite_and_recovered(crawled, family_servers, family):
    _, _, _, hits = crawled
    site = family_servers[family].site
    requested = hits[family]
    assert requested["/robots.txt"] == 1
    for path in requested:
        assert not path.startswith(site.disallowed), f"fetched {path} although robots.txt forbids it"
    for path in site.fail_once:  # answered 500 once, retried, archived (checked above)
        assert requested[path] == 2
    assert not [p for p in requested if "utm_" in p], "tracking parameters were not removed"
    assert max(requested.values()) <= 2, "a page was fetched more than once"


def test_records_are_complete_json_lines(crawled):
    tmp, _, _, _ = crawled
    for path in (tmp / "archive").glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            assert record["language"] == "vi" and record["content_hash"]
            assert record["fetched_at"].endswith("Z") and record["first_seen"]


def test_max_articles_is_exact(family_servers, tmp_path):
    sources = tmp_path / "sources.toml"
    sources.write_text(sources_toml({"nukeviet": family_servers["nukeviet"]}), encoding="utf-8")
    result = run_archiver("--data-dir", str(tmp_path), "--sources", str(sources), "crawl",
                          "--max-articles", "3", *FAST)
    assert result.returncode == 0, result.stderr
    assert "3 new" in result.stdout
    assert len(list(Archive(tmp_path / "archive").iter_records())) == 3
    assert "'body'" not in result.stderr  # no item dumps in the log


def test_crawl_leaves_the_index_up_to_date(crawled):
    tmp, first, second, _ = crawled
    assert "index rebuilt: 135 added" in first.stdout
    assert "index updated: 0 added, 0 updated" in second.stdout
    result = CliRunner().invoke(cli, ["--data-dir", str(tmp), "search", "quy che dan chu", "--json"])
    assert result.exit_code == 0, result.output
    hits = [json.loads(line) for line in result.output.splitlines()]
    archived = {r["id"]: r for r in Archive(tmp / "archive").iter_records()}
    assert hits and all(h["id"] in archived for h in hits)
    best = archived[hits[0]["id"]]
    assert "quy chế dân chủ" in (best["title"] + best["body"]).lower()
