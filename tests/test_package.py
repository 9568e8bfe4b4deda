"""WACZ packages: `archiver package` writes a package `wacz validate` accepts, and pywb, serving it on
127.0.0.1, replays the archived articles and attachments byte for byte.

pywb and wacz pin versions of cryptography, pyOpenSSL, redis and brotli that conflict with the project's
own, so they live in a venv of their own: `python3 -m venv .replay-venv && .replay-venv/bin/pip install
pywb wacz` (or point ARCHIVER_REPLAY_VENV at one). Without it those two tests skip, saying so."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import time
import urllib.error
import urllib.request
import zipfile
from hashlib import sha256
from pathlib import Path

import pytest

from archiver.archive.attachments import PDF
from tests.capture_site import DECREE_WORDS, serve_capture_site, tiny_pdf
from tests.changing_site import many_articles, source_table
from tests.conftest import FAST, run_archiver

ROOT = Path(__file__).resolve().parents[1]
REPLAY_VENV = Path(os.environ.get("ARCHIVER_REPLAY_VENV", ROOT / ".replay-venv"))


def replay_tool(name: str) -> Path:
    path = REPLAY_VENV / "bin" / name
    if not path.exists():
        pytest.skip(f"{name} is not installed in {REPLAY_VENV}: python3 -m venv .replay-venv && "
                    ".replay-venv/bin/pip install pywb wacz")
    return path


@pytest.fixture(scope="module")
def packaged(tmp_path_factory):
    """Two crawls of a portal whose one decree is a real PDF, packaged."""
    tmp = tmp_path_factory.mktemp("package")
    server = serve_capture_site(many_articles(1))
    decree = next(a.url for article in server.site.articles.values() for a in article.attachments
                  if a.url.endswith(".pdf"))
    server.documents[decree] = (tiny_pdf(DECREE_WORDS), PDF)
    sources = tmp / "sources.toml"
    sources.write_text(source_table("pk", server), encoding="utf-8")
    for _ in range(2):
        done = run_archiver("--data-dir", str(tmp), "--sources", str(sources), "crawl", *FAST)
        assert done.returncode == 0, done.stderr
    originals = {**{path: page.body for path, page in server.site.pages.items()},
                 **{path: body for path, (body, _) in server.documents.items()}}
    server.stop()
    wacz = tmp / "pk.wacz"
    done = run_archiver("--data-dir", str(tmp), "package", "pk", "--output", str(wacz))
    assert done.returncode == 0, done.stderr
    assert "pages" in done.stdout
    records = [json.loads(x) for x in (tmp / "archive" / "pk.jsonl").read_text().splitlines()]
    return tmp, wacz, server, decree, originals, records


def test_package_holds_warcs_index_pages_and_a_datapackage(packaged):
    tmp, wacz, server, decree, _, records = packaged
    with zipfile.ZipFile(wacz) as z:
        names = set(z.namelist())
        datapackage = json.loads(z.read("datapackage.json"))
        for resource in datapackage["resources"]:
            body = z.read(resource["path"])
            assert resource["hash"] == "sha256:" + sha256(body).hexdigest()
            assert resource["bytes"] == len(body)
        warcs = {n for n in names if n.startswith("archive/")}
        assert len(warcs) == len(list((tmp / "warc" / "pk").glob("*.warc.gz"))) == 2
        assert all(z.getinfo(n).compress_type == zipfile.ZIP_STORED for n in warcs)
        pages = [json.loads(x) for x in z.read("pages/pages.jsonl").splitlines()]
        index = z.read("indexes/index.cdx").decode().splitlines()
    assert {r["path"] for r in datapackage["resources"]} == names - {"datapackage.json",
                                                                     "datapackage-digest.json"}
    assert pages[0]["format"] == "json-pages-1.0"
    assert sorted(p["url"] for p in pages[1:]) == sorted(r["url"] for r in records)
    assert index == sorted(index) and any(decree in line for line in index)


def test_nothing_to_package_is_a_clear_error(packaged):
    tmp = packaged[0]
    done = run_archiver("--data-dir", str(tmp), "package", "pk", "--to", "2001",
                        "--output", str(tmp / "none.wacz"))
    assert done.returncode == 2 and "no WARC captures of pk" in done.stderr
    assert not (tmp / "none.wacz").exists()


def test_wacz_validate_accepts_the_package(packaged):
    wacz = packaged[1]
    done = subprocess.run([replay_tool("wacz"), "validate", "-f", str(wacz)], capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "the passed WACZ is valid" in done.stdout


def test_pywb_replays_articles_and_attachments_byte_for_byte(packaged, tmp_path):
    _, wacz, server, decree, originals, records = packaged
    manager, wayback = replay_tool("wb-manager"), replay_tool("wayback")
    for args in (["init", "archive"], ["add", "--unpack-wacz", "archive", str(wacz)]):
        done = subprocess.run([manager, *args], cwd=tmp_path, capture_output=True, text=True,
                              timeout=300)
        assert done.returncode == 0, done.stderr
    port = _free_port()
    replay = subprocess.Popen([wayback, "-b", "127.0.0.1", "-p", str(port)], cwd=tmp_path,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        base = f"http://127.0.0.1:{port}/archive"
        _wait_for(base + "/")
        article = records[0]["url"]
        paths = [decree, article.removeprefix(server.base_url)]
        for path in paths:
            # `id_`: the payload as archived, without pywb's rewriting
            with urllib.request.urlopen(f"{base}/2id_/{server.base_url}{path}", timeout=60) as r:
                assert r.status == 200
                assert r.read() == originals[path], path
    finally:
        replay.terminate()
        replay.wait(timeout=30)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_for(url: str) -> None:
    """Until pywb answers (it loads for a few seconds); gives up after two minutes."""
    deadline = time.monotonic() + 120
    while True:
        try:
            with urllib.request.urlopen(url, timeout=10):
                return
        except (urllib.error.URLError, ConnectionError):
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)
