"""A source's FIRST crawl applies the template it learns (archiver.crawl.spider, "held" pages): a real
`archiver crawl` over HTTP of a portal whose pages all print, inside the article's text column, a
line and a box of other articles' teasers that only repetition across pages shows to be the
template's."""

from __future__ import annotations

import dataclasses
import json
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from archiver.archive.store import Archive
from archiver.crawl.settings import ARCHIVER_LEARN_FIRST as LEARN_FIRST
from archiver.demo.server import SiteServer, serve
from archiver.demo.site import Page, Site
from archiver.extract.template import MIN_PAGES, LearnedTemplate
from tests.conftest import FAST, run_archiver

REPO = Path(__file__).resolve().parents[1]
#: Printed at the foot of every article's text column: no rule knows it, only repetition does.
REPEATED = "Mời bạn đọc gửi ý kiến đóng góp về Ban biên tập qua hộp thư điện tử của xã."
#: Heads a box of teasers that differ on every page; no list of "related" headings knows it.
HEADING = "Bài viết cùng chủ đề"
TEASER = "ra quân làm đường giao thông nông thôn"
HTML = "text/html; charset=utf-8"


def article_html(i: int, n: int) -> str:
    paras = "".join(
        f"<p>Đoạn {k} của bài {i}: UBND xã Hồng Phong tổ chức hội nghị triển khai nhiệm vụ phát "
        f"triển kinh tế xã hội năm {2000 + i}, với sự tham gia của đông đảo cán bộ và nhân dân "
        f"trên địa bàn xã số {i * 7 + k}.</p>" for k in range(8))
    teasers = "".join(f'<p><a href="/tin-tuc/bai-{j % n}.html">Xã Hồng Phong {TEASER} đợt {j}</a>'
                      f" - ngày {j}/3/2024, cán bộ và nhân dân cùng tham gia làm đường.</p>"
                      for j in range(i + 1, i + 4))
    return (f"<html><head><title>Bài số {i} về hội nghị xã Hồng Phong</title></head><body>"
            '<div class="top"><a href="/">Trang chủ</a> <a href="/">Tin tức</a></div>'
            f'<div class="khung"><div class="tieude-bai">Bài số {i} về hội nghị xã Hồng Phong</div>'
            f'<div class="ngay">Ngày {1 + i % 27:02d}/03/2024 08:{10 + i:02d}</div>'
            f'<div class="noidung">{paras}<p>{REPEATED}</p><div class="more"><b>{HEADING}</b>'
            f'{teasers}</div></div></div>'
            '<div class="chan">Bản quyền thuộc UBND xã Hồng Phong</div></body></html>')


def commune_site(n: int):  # noqa: ANN201 - a factory for serve()
    """A home page listing `n` articles, each in the template above."""
    def build(base: str) -> Site:
        links = "".join(f'<li><a href="/tin-tuc/bai-{i}.html">Bài số {i} về hội nghị xã Hồng '
                        f"Phong</a></li>" for i in range(n))
        pages = {"/": Page(200, HTML, f"<html><body><ul>{links}</ul></body></html>".encode())}
        pages |= {f"/tin-tuc/bai-{i}.html": Page(200, HTML, article_html(i, n).encode())
                  for i in range(n)}
        return Site("generic", "Hồng Phong", base, pages, {}, set(), ["/"])
    return build


@pytest.fixture(scope="module")
def portal() -> Iterator[SiteServer]:
    server = serve(commune_site(LEARN_FIRST + 4))
    yield server
    server.stop()


def _sources(tmp: Path, server: SiteServer) -> Path:
    path = tmp / "sources.toml"
    path.write_text(f'[[source]]\nid = "hp"\nname = "Xã Hồng Phong"\n'
                    f'start_urls = ["{server.base_url}/"]\ndelay = 0\n', encoding="utf-8")
    return path


def _crawl(tmp: Path, server: SiteServer, *args: str) -> subprocess.CompletedProcess:
    done = run_archiver("--data-dir", str(tmp), "--sources", str(_sources(tmp, server)), "crawl",
                        "--no-index", *FAST, *args)
    assert done.returncode == 0, done.stderr
    return done


def _records(tmp: Path) -> list[dict]:
    return list(Archive(tmp / "archive").iter_records(["hp"]))


def _assert_all_archived_clean(tmp: Path, n: int) -> None:
    records = _records(tmp)
    assert sorted(r["title"] for r in records) == sorted(
        f"Bài số {i} về hội nghị xã Hồng Phong" for i in range(n))
    leaked = [r["url"] for r in records if REPEATED in r["body"] or TEASER in r["body"]]
    assert leaked == [], "the repeated line and box are the template's, not the articles'"


def test_first_crawl_applies_the_template_it_learns(portal: SiteServer, tmp_path: Path) -> None:
    """The first LEARN_FIRST pages are held, re-extracted with the template learned from them;
    the pages after use it too; the template is stored, stamped with the crawl."""
    done = _crawl(tmp_path, portal)
    assert f"{LEARN_FIRST + 4} new" in done.stdout
    _assert_all_archived_clean(tmp_path, LEARN_FIRST + 4)
    learned = LearnedTemplate.load(tmp_path / "templates" / "hp.json")
    assert learned is not None and learned.crawl and REPEATED in learned.boilerplate
    again = _crawl(tmp_path, portal)  # the next crawl starts from the stored template
    assert "0 new" in again.stdout


def test_a_crawl_that_reads_fewer_pages_keeps_the_stored_template(portal: SiteServer,
                                                                  tmp_path: Path) -> None:
    """What a crawl learns replaces the stored template only when learned from as many pages: an
    incremental crawl's few new articles do not overwrite what a full walk learned."""
    _crawl(tmp_path, portal)
    path = tmp_path / "templates" / "hp.json"
    stored = LearnedTemplate.load(path)
    assert stored is not None and stored.pages == LEARN_FIRST + 4
    dataclasses.replace(stored, pages=stored.pages + 1).save(path)
    _crawl(tmp_path, portal, "--full")  # reads every article again: one page fewer than stored
    assert LearnedTemplate.load(path).pages == LEARN_FIRST + 5
    dataclasses.replace(stored, pages=stored.pages - 1).save(path)
    _crawl(tmp_path, portal, "--full")
    assert LearnedTemplate.load(path).pages == LEARN_FIRST + 4


def test_a_source_smaller_than_the_hold_is_released_when_the_crawl_goes_idle(
        portal: SiteServer, tmp_path: Path) -> None:
    before = portal.requests
    done = _crawl(tmp_path, portal, "-s", f"ARCHIVER_LEARN_FIRST={LEARN_FIRST * 10}")
    assert f"{LEARN_FIRST + 4} new" in done.stdout
    _assert_all_archived_clean(tmp_path, LEARN_FIRST + 4)
    run = json.loads((tmp_path / "runs.jsonl").read_text().splitlines()[-1])
    # the release's `data:` request is no page of the portal: one page per request it answered
    assert run["pages"] == sum((portal.requests - before).values())


def test_too_few_pages_to_learn_from_are_archived_as_they_are(tmp_path: Path) -> None:
    with serve(commune_site(MIN_PAGES - 2)) as small:
        _crawl(tmp_path, small)
    records = _records(tmp_path)
    assert len(records) == MIN_PAGES - 2
    assert all(REPEATED in r["body"] for r in records)  # nothing to learn from: no template
    assert not (tmp_path / "templates" / "hp.json").exists()


def test_a_crawl_killed_while_pages_are_held_loses_none(portal: SiteServer,
                                                        tmp_path: Path) -> None:
    """Held pages are not archived yet: after `kill -9` the resumed crawl fetches them again."""
    slow = ["-s", "DOWNLOAD_DELAY=0.2", "-s", "AUTOTHROTTLE_ENABLED=False",
            "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1", "-s", f"ARCHIVER_LEARN_FIRST={LEARN_FIRST * 10}"]
    before = portal.requests
    proc = subprocess.Popen([sys.executable, "-m", "archiver", "--data-dir", str(tmp_path),
                             "--sources", str(_sources(tmp_path, portal)), "crawl", "--no-index",
                             *slow], cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while sum(n for path, n in (portal.requests - before).items()
                  if path.startswith("/tin-tuc/")) < 3:
            assert proc.poll() is None, proc.stderr.read().decode()
            assert time.monotonic() < deadline, "no article fetched within 60 s"
            time.sleep(0.02)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    assert _records(tmp_path) == []  # held, not archived
    _crawl(tmp_path, portal)
    _assert_all_archived_clean(tmp_path, LEARN_FIRST + 4)
