"""WARC captures: every stored version points at its raw response in a gzip WARC file that warcio
reads; `archiver reextract` re-reads those captures and reproduces the archive, adding records only
where the extraction result differs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from warcio.archiveiterator import ArchiveIterator

from archiver.archive.store import Archive
from archiver.archive.warc import read_response
from archiver.cli import cli
from archiver.record import content_hash
from tests.changing_site import many_articles, serve_articles, source_table
from tests.conftest import FAST, run_archiver

MAX_BYTES = 60_000  # small files, so that rotation happens on a small site


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("warc")
    server = serve_articles(many_articles(1))
    sources = tmp / "sources.toml"
    sources.write_text(source_table("w", server), encoding="utf-8")
    done = run_archiver("--data-dir", str(tmp), "--sources", str(sources), "crawl", *FAST,
                        "-s", f"ARCHIVER_WARC_MAX_BYTES={MAX_BYTES}")
    assert done.returncode == 0, done.stderr
    server.stop()  # from here on, nothing may need the network
    return tmp, sources


def reextract(tmp: Path, sources: Path, *ids: str):  # noqa: ANN201 - click's Result
    return CliRunner().invoke(cli, ["--data-dir", str(tmp), "--sources", str(sources),
                                    "reextract", *ids])


def lines(tmp: Path) -> list[dict]:
    return [json.loads(x) for x in (tmp / "archive" / "w.jsonl").read_text().splitlines()]


def test_warc_files_open_with_warcio_and_rotate(crawled):
    tmp, _ = crawled
    files = sorted((tmp / "warc" / "w").glob("*.warc.gz"))
    assert len(files) > 1, "files should rotate past ARCHIVER_WARC_MAX_BYTES"
    responses = []
    for path in files:
        with open(path, "rb") as f:
            records = list(ArchiveIterator(f))
        assert records[0].rec_type == "warcinfo"
        assert all(r.rec_type == "response" for r in records[1:])
        responses += [r.rec_headers.get_header("WARC-Target-URI") for r in records[1:]]
    assert sorted(responses) == sorted(r["url"] for r in lines(tmp))


def test_every_version_points_at_its_response(crawled):
    tmp, _ = crawled
    for record in lines(tmp):
        stored = read_response(tmp / "warc", record["warc_file"], record["warc_offset"])
        assert stored.url == record.get("fetched_url", record["url"]) and stored.status == 200
        assert stored.date == record["fetched_at"]
        headers = {name.lower(): value for name, value in stored.headers}
        assert headers["content-type"].startswith("text/html")
        assert int(headers["content-length"]) == len(stored.body) > 1000
        assert headers["etag"] == record["http_etag"]


def test_reextract_reproduces_the_archive(crawled):
    tmp, sources = crawled
    before = (tmp / "archive" / "w.jsonl").read_bytes()
    result = reextract(tmp, sources)
    assert result.exit_code == 0, result.output
    n = len(lines(tmp))
    assert result.output.strip() == (f"0 changed (new records), {n} unchanged, "
                                     "0 without a capture, 0 failed")
    assert (tmp / "archive" / "w.jsonl").read_bytes() == before


def test_reextract_adds_versions_where_the_result_changed(crawled):
    """Records an older extractor would have written (a wrong title, no authors) are corrected."""
    tmp, sources = crawled
    good = lines(tmp)
    title = "Tiêu đề sai của bộ trích xuất cũ"
    wrong_title = {**good[0], "title": title, "content_hash": content_hash(title, good[0]["body"])}
    no_authors = {**good[1], "authors": []}
    assert good[1]["authors"], "the sample article should have authors"
    Archive(tmp / "archive").append([wrong_title, no_authors])

    result = reextract(tmp, sources, good[0]["id"], good[1]["id"], good[2]["id"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("2 changed (new records), 1 unchanged")
    latest = Archive(tmp / "archive").latest(["w"])
    fixed_title, fixed_authors = latest[good[0]["id"]], latest[good[1]["id"]]
    assert fixed_title["title"] == good[0]["title"] and fixed_title["version"] == 2
    assert fixed_authors["authors"] == good[1]["authors"] and fixed_authors["version"] == 1
    for fixed, original in ((fixed_title, good[0]), (fixed_authors, good[1])):
        assert fixed["fetched_at"] == original["fetched_at"] and fixed["extracted_at"]
        assert fixed["warc_offset"] == original["warc_offset"]
    history = CliRunner().invoke(cli, ["--data-dir", str(tmp), "history", good[1]["id"]])
    assert "also changed: authors" in history.output and "re-extracted on" in history.output


def test_reextract_of_an_unknown_id_is_a_clear_error(crawled):
    tmp, sources = crawled
    result = reextract(tmp, sources, "0000000000000000")
    assert result.exit_code == 2
    assert "not in the archive: 0000000000000000" in result.output
