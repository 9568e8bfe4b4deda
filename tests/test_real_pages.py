"""Extraction and link discovery on real saved pages from Vietnamese sites (../shared)."""

import json

from parsel import Selector

from archiver.extract.links import next_pages, site_links, url_kind
from archiver.extract.listing import looks_like_article
from archiver.extract.page import ArticlePage, extract_article
from archiver.extract.text import normalize_text
from archiver.families import detect
from tests.shared import real_page

VNEXPRESS_URL = "https://vnexpress.net/dau-bung-keo-dai-phat-hien-ung-thu-lymphoma-ruot-non-4954454.html"
LIFERAY_BASE = "https://sotttt.hanoi.gov.vn/"


def test_vnexpress_article_matches_expected_fields():
    html = real_page("vnexpress/VnExpress_2025_10_22.html").read_text(encoding="utf-8")
    expected = json.loads(real_page("vnexpress/VnExpress.json").read_text(encoding="utf-8"))["V1"]
    fields = extract_article(VNEXPRESS_URL + "?utm_source=facebook#box_comment", html)

    assert fields["title"] == expected["title"]
    assert fields["published"] == "2025-10-22T19:25:52+07:00"
    assert expected["publishing_date"].replace(" ", "T") == fields["published"]
    assert fields["authors"] == expected["authors"]
    assert fields["summary"] == expected["body"]["summary"][0]
    captions = {i["caption"] for i in expected["images"]}
    # the expected file keeps the caption line ("… Ảnh: Bệnh viện cung cấp") among paragraphs;
    # the record keeps it with its image instead
    paragraphs = [p for p in expected["body"]["sections"][0]["paragraphs"]
                  if not any(p.startswith(c) for c in captions)]
    assert fields["body"].split("\n\n") == paragraphs
    assert [i["caption"] for i in fields["images"]] == [
        "Y bác sĩ nội soi cho bệnh nhân. Ảnh: Bệnh viện cung cấp"]
    assert fields["tags"] == expected["topics"]
    assert fields["url"] == VNEXPRESS_URL


def test_liferay_listing_yields_article_links_and_next_page():
    path = real_page("liferay-hanoi/phong-chong-dich-benh-covid-19.html")
    url = LIFERAY_BASE + "phong-chong-dich-benh-covid-19.html"
    sel = Selector(text=path.read_text(encoding="utf-8"))
    family = detect(sel, url)
    assert family.name == "liferay"
    articles = [u for u in site_links(sel, url, ("sotttt.hanoi.gov.vn",))
                if url_kind(u, family) == "article"]
    assert len(articles) == 20  # "Hiển thị 1 - 20 of 26 kết quả"
    assert all("/-/view_content/" in u for u in articles)
    assert articles[0].endswith("/-/view_content/3885338-so-thong-tin-va-truyen-thong-ha-noi-xu-"
                                "phat-vi-pham-hanh-chinh-doi-voi-chu-tai-khoan-facebook-dang-tai-"
                                "thong-tin-sai-su-that-.html")
    nexts = next_pages(sel, url)
    assert len(nexts) == 1 and "_101_cur=2" in nexts[0]
    assert nexts[0].startswith(LIFERAY_BASE + "phong-chong-dich-benh-covid-1917b6.html?")


def test_liferay_last_page_has_no_next_page():
    path = real_page("liferay-hanoi/phong-chong-dich-benh-covid-1917b6.html")
    url = LIFERAY_BASE + "phong-chong-dich-benh-covid-1917b6.html?p_p_id=101&_101_cur=2"
    sel = Selector(text=path.read_text(encoding="utf-8"))
    articles = [u for u in site_links(sel, url, ("sotttt.hanoi.gov.vn",))
                if url_kind(u, detect(sel, url)) == "article"]
    assert len(articles) == 6  # the remaining 6 of 26
    assert not [u for u in next_pages(sel, url) if "_101_cur=3" in u]


def test_listing_pages_are_never_articles():
    for name in ("phong-chong-dich-benh-covid-19.html", "chi-dao-dieu-hanh.html", "index.html"):
        path = real_page(f"liferay-hanoi/{name}")
        url = LIFERAY_BASE + name
        sel = Selector(text=path.read_text(encoding="utf-8"))
        assert url_kind(url, detect(sel, url)) != "article"


def test_entity_encoded_page_decodes_to_vietnamese_text():
    """vpcp.chinhphu.vn writes nearly all text as numeric references, some double-escaped."""
    sel = Selector(text=real_page("chinhphu/vpcp-home.html").read_text(encoding="utf-8"))
    texts = [normalize_text(t) for t in sel.css("a::text, img::attr(alt)").getall()]
    texts = [t for t in texts if t]
    assert "Quán triệt thực hiện Nghị quyết 18-NQ/TW về tháo gỡ điểm nghẽn thể chế, tinh gọn " \
           "bộ máy" in texts  # that alt text is double-escaped (&amp;#225;) on the page
    assert any(t.startswith("Trao sổ hưu trí cho 4 cán bộ nghỉ theo chế") for t in texts)
    assert not [t for t in texts if "&#" in t or "&amp;" in t]


def test_newspaper_home_page_is_a_listing_not_an_article():
    html = real_page("baoquangninh/home-2018.html").read_text(encoding="utf-8")
    url = "http://baoquangninh.com.vn/"
    sel = Selector(text=html)
    links = site_links(sel, url, ("baoquangninh.com.vn",))
    assert len(links) > 50
    page = ArticlePage(url, html)
    assert not looks_like_article(page, page.fields(), url_says_article=False)
