"""`archiver import`: a capture made by another tool (Debian's wget with `--warc-file`) becomes archived
articles, read with the crawl's extraction, with provenance; importing it again adds nothing; a WACZ
written by `archiver package` imports the same articles into another archive."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest

from tests.changing_site import many_articles, serve_articles, source_table
from tests.conftest import run_archiver


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    wget = shutil.which("wget")
    if wget is None:
        pytest.skip("wget is not installed (Debian package wget)")
    tmp = tmp_path_factory.mktemp("import")
    server = serve_articles(many_articles(1))
    capture = tmp / "capture"
    done = subprocess.run([wget, "--quiet", "--recursive", "--level=3", "--no-parent",
                           f"--warc-file={capture}", "--directory-prefix", str(tmp / "mirror"),
                           server.base_url + "/"], capture_output=True, text=True, timeout=600)
    assert (tmp / "capture.warc.gz").exists(), done.stderr
    titles = {a.title for a in server.site.articles.values()}
    server.stop()  # the portal is gone: only the capture is left
    sources = tmp / "sources.toml"
    sources.write_text(source_table("old", server), encoding="utf-8")
    data = tmp / "data"
    first = run_archiver("--data-dir", str(data), "--sources", str(sources), "import",
                         str(tmp / "capture.warc.gz"), "--source", "old")
    assert first.returncode == 0, first.stderr
    return tmp, data, sources, first, titles


def lines(data) -> list[dict]:
    return [json.loads(x) for x in (data / "archive" / "old.jsonl").read_text().splitlines()]


def test_articles_are_archived_with_provenance(imported):
    tmp, data, _, first, titles = imported
    records = lines(data)
    assert len(records) == len({r["id"] for r in records}) == len(titles)
    assert {r["title"] for r in records} == titles
    assert f"{len(titles)} new articles, 0 new versions" in first.stdout
    for record in records:
        assert record["version"] == 1 and record["status"] == "live" and record["body"]
        assert record["capture"]["file"].endswith("capture.warc.gz")
        assert record["capture"]["record_id"].startswith("<urn:uuid:")
        assert record["fetched_at"].endswith("Z") and record["imported_at"]
        assert (data / "warc" / record["warc_file"]).exists()
    documents = [a for r in records for a in r["attachments"]]
    assert documents and all(a["sha256"] and a["size"] for a in documents)  # wget fetched them too


def test_reimporting_adds_nothing_and_reextract_reads_the_import(imported):
    tmp, data, sources, _, titles = imported
    before = (data / "archive" / "old.jsonl").read_bytes()
    again = run_archiver("--data-dir", str(data), "--sources", str(sources), "import",
                         str(tmp / "capture.warc.gz"), "--source", "old")
    assert again.returncode == 0, again.stderr
    pages = re.search(r"(\d+) article pages: 0 new articles, 0 new versions, (\d+) already", again.stdout)
    assert pages and pages[1] == pages[2] and int(pages[1]) >= len(titles), again.stdout
    assert (data / "archive" / "old.jsonl").read_bytes() == before
    assert len(list((data / "warc" / "old").glob("import-*"))) == 1
    reread = run_archiver("--data-dir", str(data), "--sources", str(sources), "reextract")
    assert reread.returncode == 0, reread.stderr
    assert reread.stdout.startswith(f"0 changed (new records), {len(titles)} unchanged")


def test_a_wacz_package_imports_the_same_articles(imported):
    tmp, data, sources, _, _ = imported
    wacz = tmp / "old.wacz"
    assert run_archiver("--data-dir", str(data), "package", "old", "-o", str(wacz)).returncode == 0
    other = tmp / "other"
    done = run_archiver("--data-dir", str(other), "--sources", str(sources), "import", str(wacz),
                        "--source", "old")
    assert done.returncode == 0, done.stderr
    assert {r["id"] for r in lines(other)} == {r["id"] for r in lines(data)}
