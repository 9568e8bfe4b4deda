"""The Tantivy engine against the Whoosh engine on the same small archive: the same ids, totals,
facets, snippets and export order for every kind of query, filter and matching mode (exact/fold)
the search tests use."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime

import pytest
from index_corpus import ARTICLES, make_archive, record
from test_exact_match import ARTICLES as SPELLED

from archiver.archive.store import Archive
from index.build import update_index
from index.engines import engine_name
from index.filters import Filters
from index.query import MATCH_MODES, QueryError, indexed, iter_matching_ids, search, source_places

pytest.importorskip("tantivy", reason="the tantivy engine needs the `tantivy` package")

QUERIES = [
    "quy che dan chu", "Quy chế dân chủ", "hòa bình", "hoà bình", "bạn", "bán",
    '"giải phóng mặt bằng"', '"giai phong mat bang"', "giai phong mat bang",
    '"an toàn thực phẩm ở 5 chợ"', "chuy*", "chuyển*", "title:hoà", "author:minh",
    "dân -chợ", "nhân dân OR nông dân", "NOT bạn", "giá AND (chợ OR sàn)", "khong co gi",
]
FILTERS = [
    Filters(), Filters(source="haiduong"), Filters(province="quang ninh"),
    Filters(category="Kinh tế"), Filters(author="Minh Hà"), Filters(district="tien yen"),
    Filters(date_from=datetime(2023, 1, 1)), Filters(date_to=datetime(2023, 7, 1)),
    Filters(date_from=datetime(2022, 1, 15, 10), date_to=datetime(2024, 1, 1)),
]


#: test_exact_match's queries (words with and without diacritics, `exact:`/`fold:`, wildcards),
#: over its articles and one whose attachment holds the words.
SPELLED_QUERIES = [
    "bão", "báo", "bảo", "BÃO", "thủy lợi", "thuỷ lợi", "bao", "bão lu", "bao lũ", '"báo lũ"',
    "exact:bao", "fold:bão", "khongdau:(bão lũ)", "chinhxac:(bao bì)", "bã*", "bao*", "exact:ba*",
    "fold:bã*", "title:báo", "bão OR bảo", "bao -bão", "cảnh báo",
]
ATTACHED = {**record("canh-bao", "Thông báo của huyện", "Xem tệp đính kèm.",
                     published="2024-08-01T08:00:00+07:00", authors=("Đỗ Văn Bão",)),
            "attachments": [{"url": "https://example.vn/canh-bao.pdf", "title": "Cảnh báo",
                             "media_type": "application/pdf", "sha256": "0" * 64,
                             "text": "Cảnh báo bão số 4: người dân không ra khơi."}]}


def _indexes(tmp_path_factory, articles: dict | None = None) -> dict:
    """The same archive indexed by each engine."""
    dirs = {}
    for engine in ("whoosh", "tantivy"):
        config = make_archive(tmp_path_factory.mktemp(engine), articles)
        update_index(config.data.index, Archive(config.data.archive), engine=engine)
        assert engine_name(config.data.index) == engine
        dirs[engine] = config.data.index
    return dirs


@pytest.fixture(scope="module")
def indexes(tmp_path_factory):
    return _indexes(tmp_path_factory)


@pytest.fixture(scope="module")
def spelled(tmp_path_factory):
    return _indexes(tmp_path_factory, {**SPELLED, "canh-bao": ATTACHED})


def answer(index_dir, query, filters, sort, match="auto"):
    try:
        results = search(index_dir, query, filters, sort=sort, limit=20, facets=True, match=match)
    except QueryError as exc:
        return str(exc)
    hits = [h.id for h in results.hits]
    # Within a rank tier the two BM25s may order near-ties differently: compare by relevance as
    # a set, by date as a sequence.
    return (results.total, sorted(hits) if sort == "relevance" else hits, results.facets,
            [(h.title, h.snippet, h.spans, h.title_spans, h.attachment) for h in
             sorted(results.hits, key=lambda h: h.id)])


@pytest.mark.parametrize("query", QUERIES)
def test_both_engines_give_the_same_results(indexes, query):
    for filters in FILTERS:
        for sort in ("relevance", "newest", "oldest"):
            for match in MATCH_MODES:
                w = answer(indexes["whoosh"], query, filters, sort, match)
                t = answer(indexes["tantivy"], query, filters, sort, match)
                assert t == w, (query, filters, sort, match)


@pytest.mark.parametrize("query", SPELLED_QUERIES)
def test_both_engines_match_as_the_query_was_typed(spelled, query):
    found = set()
    for filters in (Filters(), Filters(author="Đỗ Văn Bão"), Filters(date_from=datetime(2024, 1, 1))):
        for sort in ("relevance", "newest"):
            for match in MATCH_MODES:
                w = answer(spelled["whoosh"], query, filters, sort, match)
                t = answer(spelled["tantivy"], query, filters, sort, match)
                assert t == w, (query, filters, sort, match)
                if not isinstance(w, str):
                    found |= set(w[1])
                    found.update(str(h[4]) for h in w[3] if h[4])
        for match in MATCH_MODES:
            w = list(iter_matching_ids(spelled["whoosh"], query, filters, match))
            assert list(iter_matching_ids(spelled["tantivy"], query, filters, match)) == w
    assert found, f"{query!r} finds nothing: the comparison would hold for any engine"


def test_the_comparison_covers_attachments_and_exact_ranking(spelled):
    """The spelled corpus exercises what the comparison must hold: a hit whose snippet comes from
    its attachment, and a folded query typed with diacritics ranking its exact form first."""
    for engine in spelled.values():
        hits = search(engine, "ra khơi").hits
        assert [h.attachment["title"] for h in hits] == ["Cảnh báo"]
        ranked = search(engine, "báo", match="fold", limit=10).hits
        exact = {SPELLED["bao-cao"]["id"], SPELLED["thuy-loi"]["id"], ATTACHED["id"]}
        assert {h.id for h in ranked[:3]} == exact and len(ranked) > 3


@pytest.mark.parametrize("query", ["quy che dan chu", "bạn", "giai phong mat bang", "hoà bình"])
def test_both_engines_rank_the_tiers_alike(indexes, query):
    first = [search(d, query).hits[0].id for d in indexes.values()]
    assert first[0] == first[1]


def test_export_order_is_the_same(indexes):
    for query in (None, "dân", "giá"):
        for filters in FILTERS:
            w = list(iter_matching_ids(indexes["whoosh"], query, filters))
            assert list(iter_matching_ids(indexes["tantivy"], query, filters)) == w
    assert len(list(iter_matching_ids(indexes["tantivy"], None))) == len(ARTICLES)


def test_the_web_sites_lookups_are_the_same(indexes):
    """What `archiver serve` reads besides searches: an article's stored fields, the sources' places."""
    w, t = indexes["whoosh"], indexes["tantivy"]
    assert source_places(t) == source_places(w) and len(source_places(w)) == 3
    for article in ARTICLES.values():
        assert indexed(t, article["id"]) == indexed(w, article["id"]) is not None
    assert indexed(t, "0" * 16) is None


def test_the_engine_is_remembered_and_incremental_updates_work(tmp_path):
    config = make_archive(tmp_path)
    index_dir, archive = config.data.index, Archive(config.data.archive)
    first = update_index(index_dir, archive, engine="tantivy")
    assert engine_name(index_dir) == "tantivy" and first.added == len(ARTICLES)
    assert json.loads((index_dir / "state.json").read_text())["engine"] == "tantivy"
    changed = {**ARTICLES["gpmb"], "title": "Hoàn thành giải phóng mặt bằng", "version": 2,
               "content_hash": "changed"}
    archive.append([changed])
    again = update_index(index_dir, archive)  # no --engine: the remembered one
    assert (again.added, again.updated, again.rebuilt) == (0, 1, False)
    hits = search(index_dir, "hoàn thành").hits
    assert [h.id for h in hits] == [changed["id"]] and hits[0].title == changed["title"]
    assert search(index_dir, "giai phong mat bang").total == 2  # replaced, not added
    back = update_index(index_dir, archive, engine="whoosh")
    assert back.rebuilt and engine_name(index_dir) == "whoosh"
    assert not (index_dir / "tantivy").exists()
    assert search(index_dir, "giai phong mat bang").total == 2


def test_index_command_chooses_the_engine(tmp_path):
    config = make_archive(tmp_path)
    base = [sys.executable, "-m", "archiver", "--data-dir", str(config.data.root)]
    done = subprocess.run([*base, "index", "--engine", "tantivy"], capture_output=True, text=True)
    assert done.returncode == 0 and "index rebuilt: 6 added" in done.stdout, done.stderr
    found = subprocess.run([*base, "search", "giai phong mat bang", "--json", "--facets"],
                           capture_output=True, text=True)
    lines = [json.loads(x) for x in found.stdout.splitlines()]
    assert lines[-1]["total"] == 2 and lines[0]["id"] == ARTICLES["gpmb"]["id"]
    assert engine_name(config.data.index) == "tantivy"
