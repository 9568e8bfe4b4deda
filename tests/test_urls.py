"""URLs: only tracking parameters are dropped (courlan's maintained list and a few more), every parameter
that selects content is kept, so ids never merge two articles; re-keying an archive written under older
rules is done by `archiver migrate` with a backup, and never merges two articles either."""

from __future__ import annotations

import json

from click.testing import CliRunner

from archiver.archive.migrate import is_current, rekey_source
from archiver.archive.store import Archive
from archiver.cli import cli
from archiver.config import DataDir
from archiver.record import article_id, clean_url


def test_tracking_parameters_go_content_parameters_stay():
    assert clean_url("http://a.vn/tin-tuc?from=20") == "http://a.vn/tin-tuc?from=20"
    assert (clean_url("http://A.vn:80/x.php?cid=3&id=5&utm_source=fb&fbclid=1&PHPSESSID=ab"
                      "&gclid=2&zarsrc=30&_ga=1&mc_eid=9#top")
            == "http://a.vn/x.php?cid=3&id=5")
    assert clean_url("http://a.vn/?page=2&keyword=lũ&src=home") == \
        "http://a.vn/?page=2&keyword=l%C5%A9&src=home"
    liferay = "http://a.vn/tin?p_p_id=101&_101_keywords=&_101_cur=2&ref_src=tw&sessionid=x"
    assert clean_url(liferay) == "http://a.vn/tin?p_p_id=101&_101_keywords=&_101_cur=2"


def test_ids_never_merge_articles_that_differ_in_a_content_parameter():
    ids = {article_id(f"http://a.vn/index.php?language=vi&nv=news&op={op}&from={n}")
           for op in ("tin-tuc", "thong-bao") for n in (0, 20)}
    assert len(ids) == 4
    assert article_id("http://a.vn/bai.php?id=5&utm_medium=zalo") == article_id("https://www.a.vn/bai.php?id=5")


def _record(aid: str, url: str, version: int = 1) -> dict:
    return {"id": aid, "url": url, "source": "m", "title": f"Bài {aid}", "body": "Nội dung",
            "version": version, "status": "live", "fetched_at": "2024-01-01T00:00:00Z"}


def test_migrate_rekeys_with_a_backup_and_never_merges(tmp_path):
    """An archive written when session ids were kept: one article re-keyed, two that would merge
    left alone."""
    archive = Archive(tmp_path / "archive")
    rekeyed_url = "http://a.vn/bai.php?id=7&PHPSESSID=abc"
    archive.append([
        _record("old-one", rekeyed_url), _record("old-one", rekeyed_url, version=2),
        _record("clash-a", "http://a.vn/bai.php?id=8&PHPSESSID=a"),
        _record("clash-b", "http://a.vn/bai.php?id=8&PHPSESSID=b"),
        _record(article_id("http://a.vn/bai.php?id=9"), "http://a.vn/bai.php?id=9"),
    ])
    state = tmp_path / "state"
    state.mkdir()
    (state / "m.sightings.jsonl").write_text(json.dumps(
        {"id": "old-one", "at": "2024-02-01T00:00:00Z", "run": "r", "seen": "live"}) + "\n")
    before = archive.path_for("m").read_bytes()
    assert not is_current(DataDir(tmp_path), "m")

    result = CliRunner().invoke(cli, ["--data-dir", str(tmp_path), "migrate"])
    assert result.exit_code == 0, result.output
    assert "m: 1 articles re-keyed (2 of 5 records)" in result.output
    assert "1 left as they were, since re-keying would merge two articles" in result.output
    backups = list((tmp_path / "backup").glob("url-rules-*/archive/m.jsonl"))
    assert len(backups) == 1 and backups[0].read_bytes() == before
    records = list(archive.iter_records(["m"]))
    new_id = article_id("http://a.vn/bai.php?id=7")
    assert [(r["id"], r.get("previous_id"), r["url"]) for r in records[:2]] == \
        [(new_id, "old-one", "http://a.vn/bai.php?id=7")] * 2
    assert [r["id"] for r in records[2:4]] == ["clash-a", "clash-b"]
    assert json.loads((state / "m.sightings.jsonl").read_text())["id"] == new_id
    assert is_current(DataDir(tmp_path), "m")

    again = CliRunner().invoke(cli, ["--data-dir", str(tmp_path), "migrate"])
    assert "m: ids already follow URL rules" in again.output
    assert len(list((tmp_path / "backup").glob("url-rules-*"))) == 1


def test_sources_crawled_at_once_keep_each_others_stamps(tmp_path):
    """Parallel crawls (`--jobs`, workers) stamp the shared url-rules file at the same moment; each
    stamp survives and none fails on the other's temporary file (a CI run once lost that race)."""
    import multiprocessing

    sources = [f"s{i}" for i in range(24)]
    with multiprocessing.get_context("fork").Pool(8) as pool:
        pool.starmap(rekey_source, [(DataDir(tmp_path), s) for s in sources])
    assert all(is_current(DataDir(tmp_path), s) for s in sources)
