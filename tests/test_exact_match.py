"""Matching follows how the query was typed: with diacritics exactly that syllable (any tone placement,
NFC or NFD, any case), without them every accented form; `exact:`/`fold:` and `--exact`/`--fold`
override it, and counts and exports follow the same rule as the search."""

from __future__ import annotations

import csv
import io
import unicodedata

import pytest
from conftest import run_archiver
from index_corpus import make_archive, record

from archiver.archive.store import Archive
from archiver.datasets.selection import Selection, plan
from index.build import update_index
from index.parse import QueryError, Words, parse
from index.query import search

ARTICLES = {
    "bao-lu": record("bao-lu", "Chủ động ứng phó bão lũ",
                     "Cơn bão số 3 gây mưa lớn; các xã sơ tán dân khỏi vùng lũ.",
                     published="2024-09-07T08:00:00+07:00"),
    "bao-cao": record("bao-cao", "Báo cáo kết quả sáu tháng",
                      "Huyện báo cáo tình hình kinh tế xã hội.", published="2024-07-01T08:00:00+07:00"),
    "bao-dam": record("bao-dam", "Bảo đảm an toàn giao thông",
                      "Lực lượng chức năng bảo đảm trật tự.", published="2023-03-01T08:00:00+07:00"),
    "bao-bi": record("bao-bi", "Hướng dẫn thu gom bao bì thuốc bảo vệ thực vật",
                     "Nông dân bỏ bao bì vào bể chứa.", published="2023-05-01T08:00:00+07:00"),
    "thuy-loi": record("thuy-loi", "Kiểm tra công trình thuỷ lợi",
                       "Hồ thuỷ lợi đủ nước tưới; báo lũ sớm cho dân.",
                       published="2022-05-01T08:00:00+07:00"),
}


def ids(*slugs: str) -> set[str]:
    return {ARTICLES[s]["id"] for s in slugs}


@pytest.fixture(scope="module")
def config(tmp_path_factory):
    config = make_archive(tmp_path_factory.mktemp("exact"), ARTICLES)
    update_index(config.data.index, Archive(config.data.archive))
    return config


def found(config, query: str, **kw) -> set[str]:
    return {h.id for h in search(config.data.index, query, limit=50, **kw).hits}


def test_a_word_with_diacritics_matches_only_that_syllable(config):
    assert found(config, "bão") == ids("bao-lu")
    assert found(config, "báo") == ids("bao-cao", "thuy-loi")
    assert found(config, "bảo") == ids("bao-dam", "bao-bi")


def test_case_normal_form_and_tone_placement_do_not_matter(config):
    assert found(config, "BÃO") == found(config, unicodedata.normalize("NFD", "bão")) == ids("bao-lu")
    assert found(config, "thủy lợi") == found(config, "thuỷ lợi") == ids("thuy-loi")


def test_a_word_without_diacritics_matches_every_accented_form(config):
    assert found(config, "bao") == ids("bao-lu", "bao-cao", "bao-dam", "bao-bi", "thuy-loi")


def test_mixed_query_each_word_as_typed(config):
    assert found(config, "bão lu") == ids("bao-lu")  # lũ from "lu", but only the exact bão
    assert found(config, "bao lũ") == ids("bao-lu", "thuy-loi")
    assert found(config, '"báo lũ"') == ids("thuy-loi")  # the phrase, exactly, not "bão lũ"


def test_syntax_and_option_overrides(config):
    assert found(config, "exact:bao") == ids("bao-bi")
    assert found(config, "fold:bão") == found(config, "bao")
    assert found(config, "khongdau:(bão lũ)") == ids("bao-lu", "thuy-loi")
    assert found(config, "bao", match="exact") == ids("bao-bi")
    assert found(config, "bão", match="fold") == found(config, "bao")
    assert found(config, "fold:bão", match="exact") == found(config, "bao")  # the syntax wins
    assert found(config, "bã*") == ids("bao-lu")  # a wildcard with diacritics is exact too
    with pytest.raises(QueryError):
        search(config.data.index, "bão", match="loose")


def test_the_parser_records_modes_per_syllable():
    node = parse("exact:bao lũ")
    assert node == Words("text", ("bao", "lũ"), modes=("exact", "auto"))
    assert node.exact() == (True, True) and node.exact("fold") == (True, False)


def test_snippets_mark_only_the_exact_syllable(config):
    for hit in search(config.data.index, "báo").hits:
        marked = [hit.snippet[s:e] for s, e in hit.spans] + [hit.title[s:e] for s, e in hit.title_spans]
        assert marked and {m.lower() for m in marked} == {"báo"}
    folded = search(config.data.index, "bao", match="fold").hits
    assert any({h.title[s:e].lower() for s, e in h.title_spans} - {"bao"} for h in folded)


def test_counts_and_exports_follow_the_mode(config):
    archive = Archive(config.data.archive)
    assert len(plan(archive, Selection("bão"), config.data.index)) == 1
    assert len(plan(archive, Selection("bão", match="fold"), config.data.index)) == 5
    assert len(plan(archive, Selection("bao", match="exact"), config.data.index)) == 1


def test_cli_search_timeline_and_export_take_the_options(config, tmp_path):
    base = ["--data-dir", str(config.data.root)]
    year = run_archiver(*base, "timeline", "bão", "--by", "year", "--csv")
    assert year.returncode == 0, year.stderr
    assert list(csv.reader(io.StringIO(year.stdout)))[1:] == [["2024", "1"]]
    folded = run_archiver(*base, "timeline", "bão", "--by", "year", "--csv", "--fold")
    assert [r[1] for r in csv.reader(io.StringIO(folded.stdout))][1:] == ["1", "2", "2"]
    out = tmp_path / "bao.csv"
    done = run_archiver(*base, "export", "bao", "--exact", "--fields", "id,title", "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert list(csv.reader(out.open()))[1:] == [[ARTICLES["bao-bi"]["id"], ARTICLES["bao-bi"]["title"]]]
    manifest = (tmp_path / "bao.csv.manifest.json").read_text()
    assert '"match": "exact"' in manifest and "--exact" in manifest
    hits = run_archiver(*base, "search", "bão", "--fold", "--json")
    assert len(hits.stdout.splitlines()) == 5


def test_snippet_marks_found_by_pattern_equal_those_found_word_by_word():
    from index.analysis import syllables, term
    from index.snippet import Marks, _marked, _marked_by_word

    texts = [f"{r['title']}\n{r['summary'] or ''}\n{r['body']}" for r in ARTICLES.values()]
    for text in texts:
        words = syllables(text)
        for start in range(0, len(words) - 2, 3):
            for exact in ((True, False), (False, True), (False, False), (True, True)):
                seq = tuple(map(term, words[start:start + 2], exact))
                for other in texts:
                    assert _marked(other, Marks((seq,))) == _marked_by_word(other, Marks((seq,)))
