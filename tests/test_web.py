"""The web site through Starlette's test client: every page and API answer on a small archive, the
same counts and bytes as the library and `archiver export`, escaping, bounds and one-line errors."""

from __future__ import annotations

import csv
import hashlib
import io
import json

import pytest
from dataset_archive import GPMB, GPMB_V2, LIVE, QUY_CHE, article, make_dataset
from starlette.testclient import TestClient

from archiver.archive.store import Archive
from archiver.datasets.export import Format, export
from archiver.datasets.selection import Selection, plan
from archiver.datasets.timeline import timeline
from archiver.web.app import create_app
from archiver.web.params import MAX_PER_PAGE, MAX_QUERY
from archiver.web.service import health
from index.build import update_index
from index.query import Filters, search

EVIL = article("haiduong", "xss", 'Bão <script>alert("x")</script> số 3',
               ['Mưa lớn <img src=x onerror=alert(1)> gây ngập "nhiều" nơi.'],
               published="2024-09-08T10:00:00+07:00", category="Thời sự & <b>Nóng</b>")


@pytest.fixture(scope="module")
def config(tmp_path_factory):
    config = make_dataset(tmp_path_factory.mktemp("web"))
    Archive(config.data.archive).append([EVIL])
    update_index(config.data.index, Archive(config.data.archive))
    return config


@pytest.fixture(scope="module")
def client(config):
    return TestClient(create_app(config.data))


def api(client, path: str, **params) -> dict:
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def test_search_page_finds_without_diacritics_and_marks_the_words(client):
    page = client.get("/", params={"q": "giai phong mat bang"})
    assert page.status_code == 200
    assert GPMB["id"] in page.text and "<mark>giải</mark> <mark>phóng</mark>" in page.text
    assert GPMB["id"][:10] in page.text  # the short id beside each hit


def test_archived_strings_are_escaped_everywhere(client, config):
    for path in ("/?q=bão", f"/article/{EVIL['id']}", "/?q=mua&category=Thời sự %26 <b>Nóng</b>"):
        page = client.get(path)
        assert page.status_code == 200, page.text
        assert "<script>" not in page.text and "<img src=x" not in page.text
        assert "<b>Nóng" not in page.text
    assert "&lt;script&gt;" in client.get("/?q=bão").text
    assert client.get("/?q=<script>").text.count("<script>") == 0


def test_api_search_equals_the_library_and_follows_the_matching(client, config):
    got = api(client, "/api/search", q="dan", province="quang ninh", per=5)
    lib = search(config.data.index, "dan", Filters(province="quang ninh"), limit=5, facets=True)
    assert got["total"] == lib.total and [h["id"] for h in got["hits"]] == [h.id for h in lib.hits]
    assert got["facets"] == lib.facets
    assert api(client, "/api/search", q="bão")["total"] == 1  # exactly "bão": not "bao biển"
    folded = api(client, "/api/search", q="bão", match="fold")["total"]
    assert folded == api(client, "/api/search", q="bao")["total"] == 4  # bao, bão, bảo, báo
    assert api(client, "/api/search", q="exact:bao")["total"] == 1  # "đường bao biển"


def test_facets_link_to_filtered_results_with_the_same_counts(client):
    got = api(client, "/api/search", q="dan")
    for province, count in got["facets"]["province"].items():
        assert api(client, "/api/search", q="dan", province=province)["total"] == count
    for author, count in got["facets"]["author"].items():
        assert api(client, "/api/search", q="dan", author=author)["total"] >= count
    page = client.get("/", params={"q": "dan"})
    assert "province=Qu%E1%BA%A3ng+Ninh" in page.text  # a facet value is a link that filters


def test_paging_sorting_and_bounds(client):
    first = api(client, "/api/search", q="dan OR lúa", per=2, sort="newest")
    second = api(client, "/api/search", q="dan OR lúa", per=2, page=2, sort="newest")
    assert first["total"] == second["total"] > 2
    assert not {h["id"] for h in first["hits"]} & {h["id"] for h in second["hits"]}
    days = [h["published"] for h in first["hits"] + second["hits"]]
    assert days == sorted(days, reverse=True)
    page = client.get("/", params={"q": "dan OR lúa", "per": 2})
    assert 'href="?q=dan+OR+l%C3%BAa&amp;page=2&amp;per=2"' in page.text


@pytest.mark.parametrize(("params", "words"), [
    ({"q": "x", "per": MAX_PER_PAGE + 1}, "per"),
    ({"q": "x", "page": "0"}, "page"),
    ({"q": "x", "page": "99999"}, "page"),
    ({"q": "x" * (MAX_QUERY + 1)}, "q:"),
    ({"q": "x", "sort": "random"}, "sort"),
    ({"q": "x", "from": "2023-13-45"}, "from:"),
    ({"q": "x", "match": "loose"}, "match"),
    ({"q": '"unclosed'}, "quote"),
    ({"q": "x", "by": "century"}, "by"),
    ({}, "q:"),
])
def test_bad_parameters_get_400_and_one_line(client, params, words):
    response = client.get("/api/search", params=params)
    assert response.status_code == 400
    message = response.json()["error"]
    assert words in message and "\n" not in message and "Traceback" not in message
    page = client.get("/", params=params) if params else None
    if page is not None and params.get("q"):
        assert page.status_code == 400 and "Traceback" not in page.text


def test_article_page_and_api_show_every_version_with_a_word_diff(client):
    page = client.get(f"/article/{GPMB['id']}")
    assert page.status_code == 200
    assert "<ins>Cập nhật: đã chi trả cho 4 hộ.</ins>" in page.text
    assert "Quang cảnh cuộc họp." in page.text and "Kế hoạch số 125/KH-UBND" in page.text
    assert f'href="{GPMB["url"]}"' in page.text
    got = api(client, f"/api/article/{GPMB['id']}")
    assert [v["record"]["version"] for v in got["versions"]] == [1, 2]
    assert got["latest"] == GPMB_V2
    assert ["+", "Cập nhật: đã chi trả cho 4 hộ."] in got["versions"][1]["changes"]["body"]
    assert client.get("/article/0123456789abcdef").status_code == 404
    assert client.get("/api/article/not-an-id").status_code == 404


def test_timeline_counts_and_shares_equal_the_dataset_timeline(client, config):
    got = api(client, "/api/timeline", q="dan", by="year")
    archive = Archive(config.data.archive)
    found = timeline(plan(archive, Selection("dan"), config.data.index), "year")
    every = timeline(plan(archive, Selection(None), config.data.index), "year")
    assert {p["period"]: p["count"] for p in got["periods"] if p["count"]} == {
        found.label(s): c.total() for s, c in found.counts.items()}
    assert {p["period"]: p["total"] for p in got["periods"]} == {
        every.label(s): every.counts.get(s, {}) and every.counts[s].total() or 0
        for s in every.starts}
    for p in got["periods"]:
        assert p["share"] == (p["count"] / p["total"] if p["total"] else None)
    split = api(client, "/api/timeline", q="dan", by="year", split="province")
    assert set(split["columns"]) == {"Quảng Ninh", "Hải Dương", "Thanh Hóa"}
    for p in split["periods"]:
        assert sum(c["count"] for c in p["split"].values()) == p["count"]
    page = client.get("/timeline", params={"q": "dan", "by": "year", "split": "source"})
    assert page.status_code == 200 and page.text.count("<svg") == 2


def test_download_is_the_export_byte_for_byte_with_its_manifest(client, config, tmp_path):
    expected = tmp_path / "dan.csv"
    export(plan(Archive(config.data.archive), Selection("dan"), config.data.index), Format("csv"),
           str(expected))
    got = client.get("/download", params={"q": "dan", "format": "csv"})
    assert got.status_code == 200 and got.headers["content-type"].startswith("text/csv")
    assert 'filename="archiver-dan.csv"' in got.headers["content-disposition"]
    assert got.content == expected.read_bytes()
    manifest = api(client, "/download/manifest", q="dan", format="csv")
    assert manifest["file"]["sha256"] == hashlib.sha256(got.content).hexdigest()
    assert manifest["count"] == len(list(csv.reader(io.StringIO(got.text)))) - 1
    assert manifest["command"].startswith("archiver export dan ")


def test_parquet_and_jsonl_downloads_of_the_whole_archive(client):
    import pyarrow.parquet as pq

    table = pq.read_table(io.BytesIO(client.get("/download", params={"format": "parquet"}).content))
    assert set(table.column("id").to_pylist()) == {r["id"] for r in [*LIVE, EVIL]}
    lines = client.get("/download", params={"format": "jsonl", "source": "thanhhoa"}).text
    assert [json.loads(x)["source"] for x in lines.splitlines()] == ["thanhhoa", "thanhhoa"]
    bulk = client.get("/download", params={"format": "opensearch", "source": "thanhhoa"})
    assert bulk.status_code == 200 and bulk.headers["content-type"].startswith("application/x-ndjson")
    actions, records = (list(map(json.loads, bulk.text.splitlines()[i::2])) for i in (0, 1))
    assert [a["index"]["_id"] for a in actions] == [r["id"] for r in records] and len(records) == 2


def test_sources_pages_show_holdings_runs_and_health(client):
    got = {s["source"]: s for s in api(client, "/api/sources")["sources"]}
    assert got["quangninh"]["articles"] == 3 and got["quangninh"]["health"] == "failing"
    assert got["thanhhoa"]["health"] == "never"
    one = api(client, "/api/sources/quangninh")
    assert [r["stopped_because"] for r in one["runs"]] == ["shutdown", "finished"]
    assert "Cổng thông tin điện tử Quảng Ninh" in client.get("/sources").text
    assert client.get("/sources/nowhere").status_code == 404


def test_health_from_run_records():
    done = {"stopped_because": "finished", "finished": "2025-03-01T00:00:00Z", "failures": {}}
    from datetime import UTC, datetime

    soon = datetime(2025, 3, 2, tzinfo=UTC)
    assert health([done], soon).state == "ok"
    assert health([done], datetime(2025, 6, 1, tzinfo=UTC)).state == "stale"
    assert health([done, {**done, "stopped_because": "shutdown"}], soon).state == "failing"
    assert health([]).state == "never"


def test_read_only_and_safe_headers(client, config):
    assert client.post("/", data={"q": "x"}).status_code == 405
    page = client.get("/", params={"q": "dan"})
    assert "script-src" not in page.headers["content-security-policy"]
    assert page.headers["referrer-policy"] == "no-referrer"
    guarded = TestClient(create_app(config.data, allowed_hosts=["127.0.0.1"]), base_url="http://evil.test")
    assert guarded.get("/").status_code == 400


def test_english_labels(client):
    page = client.get("/", params={"q": "dan", "lang": "en"})
    assert "Download these results" in page.text and 'lang="en"' in page.text
    assert "Tải kết quả" in client.get("/", params={"q": "dan"}).text


def test_author_facet_counts_the_same_by_bitmaps(config, monkeypatch):
    import index.query

    by_documents = search(config.data.index, "dan OR lúa OR bão", facets=True).facets["author"]
    monkeypatch.setattr(index.query, "AUTHOR_SCAN", 0)  # large result sets take the bitmaps
    assert search(config.data.index, "dan OR lúa OR bão", facets=True).facets["author"] == by_documents
    assert by_documents


def test_pages_follow_a_growing_archive(tmp_path):
    config = make_dataset(tmp_path)
    update_index(config.data.index, Archive(config.data.archive))
    client = TestClient(create_app(config.data))
    before = {s["source"]: s["articles"] for s in api(client, "/api/sources")["sources"]}
    timeline_before = api(client, "/api/timeline", by="year")["total"]
    Archive(config.data.archive).append([EVIL])
    after = {s["source"]: s["articles"] for s in api(client, "/api/sources")["sources"]}
    assert after["haiduong"] == before["haiduong"] + 1
    assert api(client, "/api/timeline", by="year")["total"] == timeline_before + 1


def test_a_hit_in_an_attachment_names_it(tmp_path):
    decree = article("thanhhoa", "quyet-dinh", "Thông báo của UBND huyện", ["Xem tệp đính kèm."],
                     published="2024-05-02T08:00:00+07:00", category="Thông báo",
                     attachments=[{"url": "https://thanhhoa.gov.vn/files/qd.pdf",
                                   "title": "Quyết định 4729", "sha256": "cd" * 32,
                                   "text": "Phê duyệt kế hoạch nạo vét kênh Thủy Lợi."}])
    config = make_dataset(tmp_path)
    Archive(config.data.archive).append([decree])
    update_index(config.data.index, Archive(config.data.archive))
    page = TestClient(create_app(config.data)).get("/", params={"q": "nao vet kenh"})
    assert "Trong tệp đính kèm" in page.text and "https://thanhhoa.gov.vn/files/qd.pdf" in page.text
    assert "<mark>nạo</mark> <mark>vét</mark> <mark>kênh</mark>" in page.text


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_both_date_inputs_show_one_day_first_form_that_filters(client, lang):
    from lxml import html

    page = html.fromstring(client.get("/", params={"q": "dan", "lang": lang}).text)
    shown = {name: page.xpath(f'//form[@class="dates"]//input[@name="{name}"]/@placeholder')
             for name in ("from", "to")}
    assert shown["from"] == shown["to"] == ["dd/mm/yyyy"]  # one form, day first

    def typed(day: str, month: str, year: str) -> str:  # a date written as the placeholder shows
        return shown["from"][0].replace("dd", day).replace("mm", month).replace("yyyy", year)

    as_typed = api(client, "/api/search", q="dan", **{"from": typed("01", "06", "2023"),
                                                     "to": typed("30", "06", "2023")})
    iso = api(client, "/api/search", q="dan", **{"from": "2023-06-01", "to": "2023-06-30"})
    found = [h["id"] for h in as_typed["hits"]]
    assert GPMB["id"] in found and QUY_CHE["id"] not in found  # 22/6 in, 1/7 out
    assert found == [h["id"] for h in iso["hits"]]
