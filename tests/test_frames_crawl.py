"""A real `archiver crawl` over HTTP of a portal built as an HTML 4.01 frameset (W3C HTML 4.01,
section 16, "Frames"): its root page has no body and no `a` link outside `noframes`, which a
frames-capable parser reads as raw text; the articles are reached only through the documents its
`frame src` load, each archived under its own URL, and robots.txt still rules every frame."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from archiver.archive.store import Archive
from archiver.demo.server import SiteServer, serve
from archiver.demo.site import Page, Site
from tests.conftest import FAST, run_archiver

HTML = "text/html; charset=utf-8"
ARTICLES = 3
#: A frame robots.txt forbids: the crawl must never fetch it, frame or not.
FORBIDDEN = "/quangcao/banner.php"


def _html(body: str, title: str) -> bytes:
    return (f'<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html><head>'
            f"<title>{title}</title></head><body>{body}</body></html>").encode()


def _article(i: int) -> bytes:
    paras = "".join(
        f"<p>Đoạn {k} của bài {i}: UBND huyện Phú Lâm tổ chức hội nghị triển khai nhiệm vụ phát "
        f"triển kinh tế xã hội năm {2000 + i}, với sự tham gia của đông đảo cán bộ và nhân dân "
        f"trên địa bàn xã số {i * 7 + k}.</p>" for k in range(6))
    return _html(f"<h1>Hội nghị số {i} của huyện Phú Lâm</h1><p><i>Ngày {10 + i}/03/2024 "
                 f"08:30</i></p>{paras}", f"Hội nghị số {i} của huyện Phú Lâm")


def frameset_site(base: str) -> Site:
    """The root a frameset (banner, menu, main and a forbidden advert frame), the main frame's
    document listing the articles with `target="main"`, each article a bare document."""
    root = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Frameset//EN"><html><head><title>'
            'Huyện Phú Lâm</title></head><frameset rows="150,*"><frame name="top" src="/top.php">'
            '<frameset cols="190,*"><frame name="menu" src="/menu.php"><frame name="main" '
            f'src="/trangchu.php"><frame name="qc" src="{FORBIDDEN}"></frameset><noframes><body>'
            "Trình duyệt không hỗ trợ khung.</body></noframes></frameset></html>")
    listing = "".join(f'<li><a href="/noidung.php?id={i}" target="main">Hội nghị số {i} của '
                      f"huyện Phú Lâm</a> (1{i}/03/2024)</li>" for i in range(ARTICLES))
    pages = {"/": Page(200, HTML, root.encode()),
             "/robots.txt": Page(200, "text/plain", b"User-agent: *\nDisallow: /quangcao/\n"),
             "/top.php": Page(200, HTML, _html("<b>Huyện Phú Lâm</b>", "Huyện Phú Lâm")),
             "/menu.php": Page(200, HTML, _html('<a href="/trangchu.php" target="main">Trang chủ'
                                                "</a>", "Danh mục")),
             "/trangchu.php": Page(200, HTML, _html(f"<ul>{listing}</ul>", "Tin mới")),
             FORBIDDEN: Page(200, HTML, _html('<a href="/noidung.php?id=99">Quảng cáo</a>', "QC"))}
    pages |= {f"/noidung.php?id={i}": Page(200, HTML, _article(i)) for i in range(ARTICLES)}
    return Site("generic", "Phú Lâm", base, pages, {}, set(), ["/"])


@pytest.fixture(scope="module")
def portal() -> Iterator[SiteServer]:
    server = serve(frameset_site)
    yield server
    server.stop()


def test_articles_behind_frames_are_archived_at_their_own_urls(portal: SiteServer,
                                                                tmp_path: Path) -> None:
    sources = tmp_path / "sources.toml"
    sources.write_text(f'[[source]]\nid = "pl"\nname = "Phú Lâm"\nstart_urls = '
                       f'["{portal.base_url}/"]\ndelay = 0\n', encoding="utf-8")
    done = run_archiver("--data-dir", str(tmp_path), "--sources", str(sources), "crawl",
                        "--no-index", *FAST)
    assert done.returncode == 0, done.stderr
    records = list(Archive(tmp_path / "archive").iter_records(["pl"]))
    assert sorted(r["url"] for r in records) == [
        f"{portal.base_url}/noidung.php?id={i}" for i in range(ARTICLES)]
    assert {r["title"] for r in records} == {f"Hội nghị số {i} của huyện Phú Lâm"
                                             for i in range(ARTICLES)}
    requested = portal.requests
    assert requested["/trangchu.php"] == 1 and requested["/menu.php"] == 1
    assert FORBIDDEN not in requested, "robots.txt forbids the advert frame"
