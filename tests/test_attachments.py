"""Attachments: the decrees an article links to are fetched (within a size cap), stored in the WARC files
byte for byte, listed in the record with media type, size and sha256, and their text indexed, so that
`archiver search` finds a decree's words and says which attachment held them."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from archiver.archive.attachments import DOCX, PDF
from tests.capture_site import DECREE_WORDS, serve_capture_site, tiny_docx, tiny_pdf
from tests.changing_site import many_articles, source_table
from tests.conftest import FAST, run_archiver

CAP = 100_000
PLAN = ["Kế hoạch số 88/KH-UBND về phòng, chống lụt bão năm 2025",
        "Giao phòng Nông nghiệp chủ trì hồ chứa Đồng Mỏ"]


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("attachments")
    server = serve_capture_site(many_articles(1))
    paths = [a.url for article in server.site.articles.values() for a in article.attachments]
    pdfs = [p for p in paths if p.endswith(".pdf")]
    others = [p for p in paths if not p.endswith(".pdf")]
    assert len(pdfs) >= 2 and others, "the demo articles should link PDFs and Word files"
    decree, too_big = pdfs[0], pdfs[1]
    server.documents[decree] = (tiny_pdf(DECREE_WORDS), PDF)
    server.documents[too_big] = (tiny_pdf(["x" * 80] * (CAP // 80)), "application/octet-stream")
    for path in others:
        server.documents[path] = (tiny_docx(PLAN), "application/octet-stream")
    for path in pdfs[2:]:
        server.documents[path] = (tiny_pdf(["Thong bao"]), PDF)
    sources = tmp / "sources.toml"
    sources.write_text(source_table("att", server), encoding="utf-8")
    done = run_archiver("--data-dir", str(tmp), "--sources", str(sources), "crawl", *FAST,
                        "-s", f"ARCHIVER_ATTACHMENT_MAX_BYTES={CAP}", "-s", "ARCHIVER_CAPTURE_IMAGES=True")
    assert done.returncode == 0, done.stderr
    indexed = run_archiver("--data-dir", str(tmp), "index")
    assert indexed.returncode == 0, indexed.stderr
    server.stop()
    records = [json.loads(x) for x in (tmp / "archive" / "att.jsonl").read_text().splitlines()]
    by_url = {a["url"].removeprefix(server.base_url): (r, a)
              for r in records for a in r["attachments"]}
    return tmp, server, by_url, decree, too_big, others


def test_attachments_are_listed_with_type_size_and_hash(crawled):
    _, server, by_url, decree, too_big, others = crawled
    _, pdf = by_url[decree]
    body = server.documents[decree][0]
    assert pdf["media_type"] == PDF and pdf["size"] == len(body)
    assert pdf["sha256"] == hashlib.sha256(body).hexdigest() and pdf["title"]
    assert "4729/QD-UBND" in pdf["text"] and "nao vet kenh" in pdf["text"]
    _, word = by_url[others[0]]
    assert word["media_type"] == DOCX  # sniffed: the server said application/octet-stream
    assert word["text"].splitlines() == PLAN
    _, big = by_url[too_big]
    assert "sha256" not in big and big["error"] and big["title"]


def test_attachment_and_image_bytes_are_in_the_warc(crawled):
    tmp, server, _, decree, _, _ = crawled
    payloads, revisits = {}, set()
    for warc in Path(tmp, "warc", "att").glob("*.warc.gz"):
        with open(warc, "rb") as f:
            for record in ArchiveIterator(f):
                uri = record.rec_headers.get_header("WARC-Target-URI", "")
                path = uri.removeprefix(server.base_url)
                if record.rec_type == "response":
                    payloads[path] = record.raw_stream.read()
                elif record.rec_type == "revisit":
                    revisits.add(path)
    assert payloads[decree] == server.documents[decree][0]
    # ARCHIVER_CAPTURE_IMAGES: the demo serves one JPEG for all, so all but one are revisits
    images = {i.url for article in server.site.articles.values() for i in article.images}
    assert len(images) > 1 and images <= set(payloads) | revisits
    assert len(images & set(payloads)) == 1


def test_search_finds_a_decrees_words_and_names_the_attachment(crawled):
    tmp, server, by_url, decree, _, _ = crawled
    article, pdf = by_url[decree]
    # The PDF's text has no diacritics (its font lacks them): a query typed with them matches it
    # only folded, which --fold asks for (typed so, a word otherwise means exactly that word).
    found = run_archiver("--data-dir", str(tmp), "search", "--fold", "quyết định 4729 nạo vét kênh")
    assert found.returncode == 0, found.stderr
    assert article["title"] in found.stdout
    assert f"in attachment: {pdf['title']} {server.base_url}{decree}" in found.stdout
    as_json = run_archiver("--data-dir", str(tmp), "search", "--json", "nao vet kenh")
    hits = [json.loads(x) for x in as_json.stdout.splitlines()]
    assert [h["id"] for h in hits] == [article["id"]]
    assert hits[0]["attachment"]["url"] == server.base_url + decree
