"""WARC captures as archivists expect them: every fetch a `response` + `request` pair with the body as the
portal sent it (gzip stays gzip, brotli brotli), WARC 1.1 payload digests, `revisit` records for 304s
and for payloads already stored, files rotated by size; every stored version points at its response,
and `archiver reextract` re-reads those captures and reproduces the archive, adding records only where
the extraction result differs."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import brotli
import pytest
from click.testing import CliRunner
from warcio.archiveiterator import ArchiveIterator

from archiver.archive.store import Archive
from archiver.archive.warc import payload_digest, read_response
from archiver.cli import cli
from archiver.record import content_hash
from tests.capture_site import serve_capture_site
from tests.changing_site import many_articles, source_table
from tests.conftest import FAST, run_archiver

MAX_BYTES = 60_000  # small files, so that rotation happens on a small site


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    """Two crawls of an unchanged gzip- and brotli-serving portal: the second finds everything
    already stored."""
    tmp = tmp_path_factory.mktemp("warc")
    server = serve_capture_site(many_articles(1))
    sources = tmp / "sources.toml"
    sources.write_text(source_table("w", server), encoding="utf-8")
    for _ in range(2):
        done = run_archiver("--data-dir", str(tmp), "--sources", str(sources), "crawl", *FAST,
                            "-s", f"ARCHIVER_WARC_MAX_BYTES={MAX_BYTES}")
        assert done.returncode == 0, done.stderr
    server.stop()  # from here on, nothing may need the network
    return tmp, sources, server


def warc_records(tmp: Path) -> list[tuple[str, list]]:
    """(file name, records with their raw payload read) of every WARC file, in order."""
    out = []
    for path in sorted((tmp / "warc" / "w").glob("*.warc.gz")):
        with open(path, "rb") as f:
            records = []
            for record in ArchiveIterator(f):
                record.raw = record.raw_stream.read()
                records.append(record)
        out.append((path.name, records))
    return out


def reextract(tmp: Path, sources: Path, *ids: str):  # noqa: ANN201 - click's Result
    return CliRunner().invoke(cli, ["--data-dir", str(tmp), "--sources", str(sources),
                                    "reextract", *ids])


def lines(tmp: Path) -> list[dict]:
    return [json.loads(x) for x in (tmp / "archive" / "w.jsonl").read_text().splitlines()]


def test_every_fetch_is_a_response_and_request_pair_in_rotated_files(crawled):
    tmp, _, server = crawled
    files = warc_records(tmp)
    assert len(files) > 2, "files should rotate past ARCHIVER_WARC_MAX_BYTES"
    fetched = set()
    for _, records in files:
        assert records[0].rec_type == "warcinfo"
        assert records[0].rec_headers.protocol == "WARC/1.1"
        pairs = records[1:]
        assert len(pairs) % 2 == 0
        for answer, request in zip(pairs[::2], pairs[1::2], strict=True):
            assert answer.rec_type in ("response", "revisit") and request.rec_type == "request"
            assert (request.rec_headers.get_header("WARC-Concurrent-To")
                    == answer.rec_headers.get_header("WARC-Record-ID"))
            uri = answer.rec_headers.get_header("WARC-Target-URI")
            assert request.rec_headers.get_header("WARC-Target-URI") == uri
            assert request.http_headers.protocol == "GET"
            assert request.http_headers.get_header("User-Agent").startswith("archiver/")
            fetched.add(uri.removeprefix(server.base_url))
    # listings, robots.txt, the sitemap probe, articles and attachments: everything the crawl fetched
    assert fetched == set(server.requests)
    assert {"/robots.txt", "/", "/sitemap.xml"} <= fetched
    assert any(p.endswith(".pdf") for p in fetched)


def test_bodies_are_stored_as_sent_with_payload_digests(crawled):
    tmp, _, server = crawled
    encoded = {"gzip": 0, "br": 0}
    for _, records in warc_records(tmp):
        for record in records:
            if record.rec_type != "response":
                continue
            assert record.rec_headers.get_header("WARC-Payload-Digest") == payload_digest(record.raw)
            path = record.rec_headers.get_header("WARC-Target-URI").removeprefix(server.base_url)
            encoding = record.http_headers.get_header("Content-Encoding")
            if encoding in encoded:
                encoded[encoding] += 1
                decode = gzip.decompress if encoding == "gzip" else brotli.decompress
                assert b"</html>" in decode(record.raw)
                assert record.raw == server.sent[path]
            assert int(record.http_headers.get_header("Content-Length")) == len(record.raw)
    assert encoded["gzip"] > 5 and encoded["br"] > 5


def test_second_crawl_writes_revisits(crawled):
    tmp, _, server = crawled
    by_run: dict[str, list] = {}
    for name, records in warc_records(tmp):
        by_run.setdefault(name.split("-")[0], []).extend(records[1:])
    first, second = (by_run[k] for k in sorted(by_run))
    originals = {(r.rec_headers.get_header("WARC-Target-URI"), r.rec_headers.get_header("WARC-Date"))
                 for r in first if r.rec_type == "response"}
    profiles = {}
    for record in second:
        if record.rec_type == "revisit":
            profile = record.rec_headers.get_header("WARC-Profile").rsplit("/", 1)[-1]
            profiles[profile] = profiles.get(profile, 0) + 1
            target = (record.rec_headers.get_header("WARC-Refers-To-Target-URI"),
                      record.rec_headers.get_header("WARC-Refers-To-Date"))
            assert target in originals, "a revisit refers to a capture of the first crawl"
            if profile == "server-not-modified":  # no headers: replay shows the original
                assert record.http_headers is None and not record.raw
            else:
                assert record.http_headers.get_statuscode() in ("200", "404")  # sitemap.xml: 404
    assert profiles["server-not-modified"] == 27  # the re-checked newest articles
    assert profiles["identical-payload-digest"] >= 2  # robots.txt, the unchanged home page, …
    assert not [r for r in second if r.rec_type == "response"
                and r.rec_headers.get_header("WARC-Target-URI").endswith("/robots.txt")]


def test_every_version_points_at_its_response(crawled):
    """Each stored response reads back decoded, brotli too (warcio alone cannot undo it)."""
    tmp, _, _ = crawled
    encodings = set()
    for record in lines(tmp):
        stored = read_response(tmp / "warc", record["warc_file"], record["warc_offset"])
        assert stored.url == record.get("fetched_url", record["url"]) and stored.status == 200
        assert stored.date == record["fetched_at"]
        headers = {name.lower(): value for name, value in stored.headers}
        assert headers["content-type"].startswith("text/html")
        encodings.add(headers["content-encoding"])
        assert b"</html>" in stored.body
        assert headers["etag"] == record["http_etag"]
    assert encodings == {"gzip", "br"}


def test_reextract_reproduces_the_archive(crawled):
    tmp, sources, _ = crawled
    before = (tmp / "archive" / "w.jsonl").read_bytes()
    result = reextract(tmp, sources)
    assert result.exit_code == 0, result.output
    n = len(lines(tmp))
    assert result.output.strip() == (f"0 changed (new records), {n} unchanged, "
                                     "0 without a capture, 0 failed")
    assert (tmp / "archive" / "w.jsonl").read_bytes() == before


def test_reextract_adds_versions_where_the_result_changed(crawled):
    """Records an older extractor would have written (a wrong title, no authors) are corrected."""
    tmp, sources, _ = crawled
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
    tmp, sources, _ = crawled
    result = reextract(tmp, sources, "0000000000000000")
    assert result.exit_code == 2
    assert "not in the archive: 0000000000000000" in result.output
