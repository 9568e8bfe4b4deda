# ruff: noqa: E501 - page markup reads best one element per line, as a CMS prints it
"""A listing laid out as a grid of dated links (ASP.NET WebForms' GridView "STT | Tiêu đề | Ngày
đăng", Drupal Views' tables) is no article, for `archiver try` with no source as for the crawl
(`listing.dated_grid_share`); an article with such a grid of other news after its text is one."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from archiver.cli import cli
from archiver.crawl.trial import render, try_page
from archiver.extract.listing import dated_grid_share
from archiver.extract.page import ArticlePage
from tests import generic_pages as g

BASE = "http://127.0.0.1:8080"
LISTING_URL = f"{BASE}/Pages/DanhSachTin.aspx?CM=59"
ARTICLE_URL = f"{BASE}/Pages/XemTin.aspx?ID=1234&CM=59"


def _grid(rows: list[tuple[str, str]], css: str = "gvDanhSach", header: bool = True, pager: bool = True) -> str:
    head = '<tr class="gvHeader"><th>STT</th><th>Tiêu đề</th><th>Ngày đăng</th></tr>' if header else ""
    body = "".join(f'<tr class="{"gvRow" if i % 2 == 0 else "gvAltRow"}"><td align="center">{i + 1}</td>'
                   f'<td><a href="/Pages/XemTin.aspx?ID={900 + i}&CM=59">{t}</a></td><td align="center">{d}</td></tr>'
                   for i, (t, d) in enumerate(rows))
    more = ('<tr class="gvPager"><td colspan="3"><table><tr><td><span>1</span></td>'
            '<td><a href="/Pages/DanhSachTin.aspx?CM=59&p=2">2</a></td></tr></table></td></tr>') if pager else ""
    return f'<table class="{css}" cellspacing="0" rules="all" border="1">{head}{body}{more}</table>'


#: A register of new documents in the right column, as the office's portal prints it: the number
#: links the record, the subject follows it as text.
DOCUMENTS = "".join(f'<tr><td>{d}</td><td><a href="/Pages/XemVanBan.aspx?ID={i}">{n}</a>: {about}</td></tr>' for i, (d, n, about) in enumerate((
    ("10/03/2019", "1245/QĐ-UBND", "Quyết định phê duyệt kế hoạch sử dụng đất năm 2019 huyện Phú Lâm"),
    ("05/03/2019", "318/UBND-VP", "V/v tăng cường công tác phòng, chống cháy rừng mùa khô năm 2019"),
    ("22/02/2019", "27/KH-UBND", "Kế hoạch cải cách hành chính năm 2019"),
    ("18/02/2019", "15/CT-UBND", "Chỉ thị về tăng cường công tác quản lý trật tự xây dựng trên địa bàn huyện"))))


def _page(title: str, main: str, documents: str = DOCUMENTS) -> str:
    return f"""<html><head><title>{title}</title></head><body><form id="aspnetForm">
<div id="dau"><span>ỦY BAN NHÂN DÂN HUYỆN PHÚ LÂM</span></div>
<ul class="mnChinh"><li><a href="/">Trang chủ</a></li><li><a href="/Pages/DanhSachTin.aspx?CM=59">Tin tức</a></li></ul>
<div id="cotNoiDung">{main}</div>
<div id="cotPhai"><div class="khoiPhai_ten">Văn bản mới</div><table class="gvVanBanMoi">{documents}</table></div>
<div id="chan">Bản quyền thuộc Văn phòng HĐND và UBND huyện Phú Lâm</div></form></body></html>"""


def listing() -> str:
    return _page("Tin tức - Sự kiện", '<div class="tieuDeKhoi">Tin tức - Sự kiện</div>' + _grid(g.TEASERS[:5]))


def article() -> str:
    rows = "".join(f'<tr><td class="dvNhan">{k}</td><td class="dvGiaTri">{v}</td></tr>' for k, v in (
        ("Tiêu đề", g.TITLE), ("Ngày đăng", "14/03/2019 08:30"), ("Nội dung", g.BODY_HTML)))
    return _page(g.TITLE, f'<table class="dvChiTiet">{rows}</table><div class="tieuDeKhoi">Các tin khác</div>'
                 + _grid(g.TEASERS, css="gvTinKhac", header=False, pager=False))


def test_try_without_a_source_says_a_grid_listing_is_a_listing() -> None:
    trial = try_page(LISTING_URL, listing())
    assert trial.not_article is not None and "grid of dated links" in trial.not_article
    assert any(line.startswith("verdict     NOT an article: the body is a grid of dated links")
               for line in render(trial))


def test_an_article_with_a_grid_of_other_news_after_its_text_is_an_article() -> None:
    trial = try_page(ARTICLE_URL, article())
    assert trial.not_article is None
    assert trial.fields["published"] == "2019-03-14T08:30:00+07:00"


def test_a_grid_of_two_rows_is_no_grid_listing() -> None:
    page = ArticlePage(LISTING_URL, _page("Tin tức", _grid(g.TEASERS[:2], pager=False), documents=""))
    assert dated_grid_share(page) == 0.0


def test_archiver_try_prints_the_reason(tmp_path: Path) -> None:
    saved = tmp_path / "list.html"
    saved.write_text(listing(), encoding="utf-8")
    done = CliRunner().invoke(cli, ["--data-dir", str(tmp_path), "try", "--file", str(saved),
                                    "--url", LISTING_URL])
    assert done.exit_code == 0, done.output
    assert "NOT an article: the body is a grid of dated links to other pages" in done.output
