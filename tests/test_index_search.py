"""Queries against a small real index: each kind of query returns the expected articles in order."""

from __future__ import annotations

from datetime import datetime

import pytest
from index_corpus import ARTICLES, ids, make_archive

from archiver.archive.store import Archive
from index import query
from index.analysis import analyze, syllables
from index.build import update_index
from index.filters import Filters, parse_date_bound
from index.query import QueryError, iter_matching_ids, search, warm


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    config = make_archive(tmp_path_factory.mktemp("data"))
    update_index(config.data.index, Archive(config.data.archive))
    return config.data.index


def found(index_dir, query, **kw):
    return [h.id for h in search(index_dir, query, **kw).hits]


def test_analysis_keeps_every_syllable_and_one_tone_placement():
    assert syllables("An toàn ở 5 chợ, Hoà bình") == ["an", "toàn", "ở", "5", "chợ", "hòa", "bình"]
    nfd = "Quy che\u0302\u0301 da\u0302n chu\u0309"  # decomposed input
    assert syllables(nfd) == ["quy", "chế", "dân", "chủ"]
    terms = analyze("Đảng ủy")
    assert set(terms.folded) == {"dang", "uy"} and set(terms.pairs) == {"dang uy"}


def test_diacritic_free_query_ranks_adjacent_syllables_first(index_dir):
    assert found(index_dir, "quy che dan chu") == ids("quy-che", "rai-rac")
    assert found(index_dir, "Quy chế dân chủ") == ids("quy-che", "rai-rac")


def test_tone_variants_find_the_same_articles(index_dir):
    old, new = found(index_dir, "hòa bình"), found(index_dir, "hoà bình")
    assert old == new and set(old) == set(ids("hoa-binh", "hoa-hop"))


def test_folded_diacritics_rank_exact_matches_first(index_dir):
    hits = found(index_dir, "bạn", match="fold")  # "Bạn đọc", then "Bán hàng", "Ban Thường vụ"
    assert hits[0] == ids("hoa-binh")[0] and set(hits) == set(ids("hoa-binh", "hoa-hop", "quy-che"))
    assert found(index_dir, "bán", match="fold")[0] == ids("hoa-hop")[0]


def test_quoted_phrase_needs_adjacent_syllables(index_dir):
    assert found(index_dir, '"giải phóng mặt bằng"') == ids("gpmb")
    assert found(index_dir, '"giai phong mat bang"') == ids("gpmb")
    assert set(found(index_dir, "giai phong mat bang")) == set(ids("gpmb", "mat-bang"))
    assert found(index_dir, "giai phong mat bang")[0] == ids("gpmb")[0]


def test_short_words_are_not_dropped(index_dir):
    assert found(index_dir, '"an toàn thực phẩm ở 5 chợ"') == ids("mat-bang")


def test_field_queries(index_dir):
    assert found(index_dir, "title:hòa") == ids("hoa-binh")  # body-only matches excluded
    assert found(index_dir, 'author:"minh ha"', sort="newest") == ids("gpmb", "quy-che")
    assert found(index_dir, 'title:(mặt bằng)', sort="oldest") == ids("gpmb", "mat-bang")


def test_boolean_queries(index_dir):
    assert set(found(index_dir, '"quy chế dân chủ" OR "giải phóng mặt bằng"')) == set(
        ids("quy-che", "gpmb"))
    assert found(index_dir, "hòa bình -biên") == ids("hoa-hop")
    assert found(index_dir, "hòa bình AND NOT biên") == ids("hoa-hop")
    assert found(index_dir, "(bạn OR bán) hàng") == ids("hoa-hop")
    assert found(index_dir, "-hàng -dân") == ids("hoa-binh")  # only NOTs: all but those


def test_wildcards(index_dir):
    assert found(index_dir, "chuy*") == ids("gpmb")
    assert found(index_dir, "chuyể*") == ids("gpmb")
    assert ids("rai-rac")[0] in found(index_dir, "th?n")  # thôn


def test_filters(index_dir):
    def by(**kw):
        return set(found(index_dir, "dân", filters=Filters(**kw), limit=50))

    assert by(source="haiduong") == set(ids("hoa-hop"))
    assert by(province="quang ninh") == set(ids("quy-che", "rai-rac", "gpmb"))
    assert by(district="Tiên Yên") == set(ids("quy-che"))
    assert by(author="Trần Văn Bình") == set(ids("rai-rac"))
    assert by(date_from=parse_date_bound("2023-06", end=False)) == set(
        ids("quy-che", "rai-rac", "gpmb"))
    assert by(date_from=parse_date_bound("2023-06", end=False),
              date_to=parse_date_bound("2023-06", end=True)) == set(ids("quy-che"))
    assert by(category="kinh te") == set(ids("hoa-hop", "mat-bang"))


@pytest.mark.parametrize(("text", "end", "expected"), [
    ("2023-06-22", False, datetime(2023, 6, 22)),
    ("2023-06-22", True, datetime(2023, 6, 23)),
    ("22/06/2023", False, datetime(2023, 6, 22)),
    ("2023-12", True, datetime(2024, 1, 1)),
    ("2023", False, datetime(2023, 1, 1)),
    ("2023", True, datetime(2024, 1, 1)),
])
def test_date_bounds(text, end, expected):
    assert parse_date_bound(text, end=end) == expected


@pytest.mark.parametrize("text", ["31/02/2023", "2023/06/22", "June 2023", "22-06-2023"])
def test_bad_date_bounds(text):
    with pytest.raises(ValueError, match="date"):
        parse_date_bound(text, end=False)


def test_sorting_and_paging(index_dir):
    newest = found(index_dir, "dân", sort="newest", limit=50)
    assert newest == ids("gpmb", "rai-rac", "quy-che", "hoa-hop", "mat-bang")  # undated last
    assert found(index_dir, "dân", sort="oldest", limit=2) == ids("hoa-hop", "quy-che")
    page2 = search(index_dir, "dân", sort="newest", limit=2, offset=2)
    assert [h.id for h in page2.hits] == newest[2:4] and page2.total == 5
    assert [h.rank for h in page2.hits] == [3, 4]


def test_highlights_mark_the_accented_original(index_dir):
    hit = search(index_dir, "quy che dan chu").hits[0]
    marked = [hit.snippet[s:e] for s, e in hit.spans]
    assert marked == ["Quy", "chế", "dân", "chủ"]
    hit = search(index_dir, "hoa binh").hits[0]
    assert {hit.title[s:e] for s, e in hit.title_spans} == {"hoà", "bình"}


def test_facets_add_up_to_the_total(index_dir):
    results = search(index_dir, "dân OR hàng", facets=True)
    assert results.total == 5
    for name in ("source", "province", "category", "year"):  # every article has one of each
        assert sum(results.facets[name].values()) == results.total
    assert results.facets["year"]["unknown"] == 1
    assert results.facets["province"] == {"Quảng Ninh": 3, "Hải Dương": 1, "Bắc Giang": 1}
    assert results.facets["author"] == {"Lê Văn An": 1, "Minh Hà": 1, "Nguyễn Thị Minh Hà": 1,
                                        "Trần Văn Bình": 1}
    assert results.facets["district"] == {"Tiên Yên": 1}


def test_a_warmed_index_answers_as_a_cold_one(index_dir):
    """A server warms the index before its first request (`warm`): every term in enough articles
    (here, with few articles, every term) then comes from bitmaps built ahead."""
    queries = ["quy che dan chu", "Quy chế dân chủ", "bạn", '"giai phong mat bang"',
               "dân OR hàng", "dân -chủ", "hòa bình", "an toàn thực phẩm ở 5 chợ"]

    def answers():
        return [search(index_dir, q, facets=True, sort=s) for q in queries
                for s in ("relevance", "newest")]

    cold = answers()
    query._engines.pop(index_dir).close()
    warm(index_dir)
    assert query.open_engine(index_dir)._pinned  # what would be built on first use is built
    assert answers() == cold


def test_matching_ids_are_complete_and_stable(index_dir):
    everything = list(iter_matching_ids(index_dir, None))
    assert sorted(everything) == sorted(a["id"] for a in ARTICLES.values())
    assert everything[-1] == ids("mat-bang")[0]  # undated last
    assert list(iter_matching_ids(index_dir, "dân")) == list(iter_matching_ids(index_dir, "dân"))
    assert set(iter_matching_ids(index_dir, "dân", Filters(source="bacgiang"))) == set(
        ids("mat-bang"))


@pytest.mark.parametrize("query", ['"không đóng', "(dân OR chủ", "dân)", "dân AND", "OR dân",
                                   "NOT", "-", "...", "c*"])
def test_malformed_queries_raise_query_error(index_dir, query):
    with pytest.raises(QueryError):
        search(index_dir, query)


def test_pairs_found_apart_are_not_the_phrase(tmp_path):
    from index_corpus import record

    whole = record("whole", "Nhân dân làm chủ", "Phát huy quyền nhân dân làm chủ ở cơ sở.")
    apart = record("apart", "Đường mới", "Nhân dân tin tưởng. Người dân làm đường, họ làm chủ "
                   "công trình.", published="2024-01-01T08:00:00+07:00")
    config = make_archive(tmp_path, {"whole": whole, "apart": apart})
    update_index(config.data.index, Archive(config.data.archive))
    assert found(config.data.index, '"nhân dân làm chủ"') == [whole["id"]]
    assert found(config.data.index, "nhan dan lam chu") == [whole["id"], apart["id"]]
    assert found(config.data.index, "nhan dan lam chu", sort="newest") == [apart["id"], whole["id"]]
