"""Malformed metadata: the field is null, the article is kept, nothing raises (issue 10)."""

import pytest

from archiver.extract.dates import parse_date
from archiver.extract.page import extract_article
from tests.generic_pages import BODY_HTML, TITLE

URL = "http://portal.example.vn:8080/tin-tuc/bai-viet-1.html"


def page(head: str = "", date_line: str = "") -> str:
    return (f"<html><head><title>{TITLE}</title>{head}</head><body><div class='main'>"
            f"<h1>{TITLE}</h1><div class='date'>{date_line}</div><div class='content'>{BODY_HTML}"
            "</div></div></body></html>")


@pytest.mark.parametrize("raw", [
    "9999-12-31T23:00:00-05:00",  # year 10000 in Hà Nội
    "0001-01-01T00:00:00+14:00",  # before year 1 in Hà Nội
    "2022-06-05T10:00:00+99:00",
    "22/09/2022 15:15 (GMT+25)",
    "June 22, 2022 GMT+25",
    "31/12/9999 23:59 (GMT-12)",
    "2022-13-45",
    "",
])
def test_impossible_dates_parse_to_none(raw: str) -> None:
    assert parse_date(raw) is None


@pytest.mark.parametrize("value", ["9999-12-31T23:00:00-05:00", "0001-01-01T00:00:00+14:00"])
def test_out_of_range_meta_date_gives_null_published_and_keeps_article(value: str) -> None:
    fields = extract_article(URL, page(f'<meta property="article:published_time" content="{value}">'))
    assert fields["title"] == TITLE and fields["body"]
    assert fields["published"] is None


def test_impossible_zone_in_visible_date_gives_null_published() -> None:
    fields = extract_article(URL, page(date_line="22/09/2022 15:15 (GMT+25)"))
    assert fields["title"] == TITLE and fields["published"] is None


def test_a_good_visible_date_survives_a_hostile_meta_date() -> None:
    fields = extract_article(URL, page('<meta property="article:published_time" '
                                       'content="9999-12-31T23:00:00-05:00">',
                                       date_line="22/09/2022 15:15"))
    assert fields["published"] == "2022-09-22T15:15:00+07:00"


@pytest.mark.parametrize("href", [
    "http://portal.example.vn:99999/tin-tuc/x.html",  # port out of range
    "http://portal.example.vn:abc/tin-tuc/x.html",
    "http://[portal.example.vn/tin-tuc/x.html",  # a stray [
    "http://[::1/x",
])
def test_malformed_canonical_is_ignored(href: str) -> None:
    fields = extract_article(URL, page(f'<link rel="canonical" href="{href}">'))
    assert fields["url"] == URL and fields["title"] == TITLE


def test_canonical_on_another_port_or_scheme_is_not_identity() -> None:
    for href in ("http://portal.example.vn:8081/tin-tuc/x.html",
                 "https://portal.example.vn:8080/tin-tuc/x.html",
                 "http://other.example.vn:8080/tin-tuc/x.html"):
        assert extract_article(URL, page(f'<link rel="canonical" href="{href}">'))["url"] == URL


def test_same_site_canonical_collapses_replytocom_duplicates() -> None:
    html = page('<link rel="canonical" href="/tin-tuc/bai-viet-1.html">')
    assert extract_article(URL + "?replytocom=12#respond", html)["url"] == URL


@pytest.mark.parametrize("json_ld", [
    "null", '"a string"', "5", "[]", '{"@graph": 5}', '{"@graph": [null, 3, "x"]}',
    '{"@type": null}', '{"@type": ["NewsArticle"], "headline": null, "datePublished": 5}',
    '{"@type": "NewsArticle", "author": [null, 5, {"name": null}]}', "{broken json",
    '{"@type": "NewsArticle", "datePublished": "9999-12-31T23:00:00-05:00"}',
    '{"@type": "NewsArticle", "keywords": {"a": 1}, "articleSection": [null]}',
    "[" * 500 + "]" * 500,
])
def test_malformed_json_ld_never_raises(json_ld: str) -> None:
    html = page(f'<script type="application/ld+json">{json_ld}</script>', date_line="22/09/2022")
    fields = extract_article(URL, html)
    assert fields["title"] == TITLE and fields["body"]
    assert fields["published"] == "2022-09-22T00:00:00+07:00"


def test_mistyped_source_selector_falls_back_to_the_generic_rules() -> None:
    fields = extract_article(URL, page(date_line="22/09/2022"), selectors={"title": "h1[["})
    assert fields["title"] == TITLE
