"""`archiver index` and `archiver search` through click, as a user runs them."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from index_corpus import ids, make_archive

from archiver.cli import cli


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    data = tmp_path_factory.mktemp("data")
    make_archive(data)
    result = CliRunner().invoke(cli, ["--data-dir", str(data), "index"])
    assert result.exit_code == 0, result.output
    assert "6 added" in result.output
    return data


def run(data_dir, *args):
    return CliRunner().invoke(cli, ["--data-dir", str(data_dir), "search", *args])


def test_human_output(data_dir):
    result = run(data_dir, "quy che dan chu")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0] == f"  1. 22/06/2023 · quangninh · {ids('quy-che')[0][:10]}"  # the short id
    assert lines[1].strip() == "Huyện Tiên Yên sơ kết thực hiện dân vận"
    assert lines[2].strip() == "https://quangninh.gov.vn/tin-tuc/quy-che.html"
    assert "Quy chế dân chủ" in lines[3]
    assert "\x1b[" not in result.output  # no styling when piped
    assert lines[-1] == "Articles 1–2 of 2."


def test_paging_hint(data_dir):
    result = run(data_dir, "dân", "--limit", "2", "--sort", "newest")
    assert result.output.splitlines()[-1] == "Articles 1–2 of 5. Next page: --offset 2"


def test_json_lines(data_dir):
    result = run(data_dir, "hoa binh", "--json")
    assert result.exit_code == 0
    hits = [json.loads(line) for line in result.output.splitlines()]
    assert {h["id"] for h in hits} == set(ids("hoa-binh", "hoa-hop"))
    for h in hits:
        assert {"id", "url", "title", "source", "published", "score", "snippet"} <= h.keys()
        assert all(h["snippet"][s:e].lower() in ("hòa", "hoà", "bình") for s, e in h["spans"])


def test_facets(data_dir):
    result = run(data_dir, "dân", "--json", "--facets")
    *hits, summary = [json.loads(line) for line in result.output.splitlines()]
    assert summary["total"] == len(hits) == 5
    assert sum(summary["facets"]["source"].values()) == 5
    assert sum(summary["facets"]["year"].values()) == 5
    human = run(data_dir, "dân", "--facets").output.splitlines()
    assert "By source: quangninh 3, bacgiang 1, haiduong 1" in human
    assert human[-1] == "By year: 2021 1, 2023 2, 2024 1, unknown 1"


def test_filters_from_the_command_line(data_dir):
    result = run(data_dir, "dân", "--province", "quang ninh", "--from", "01/06/2023",
                 "--to", "2023-06", "--json")
    assert [json.loads(line)["id"] for line in result.output.splitlines()] == ids("quy-che")
    result = run(data_dir, "dân", "--source", "haiduong", "--author", "x", "--json")
    assert result.exit_code == 0 and result.output == ""


def test_no_match_says_so(data_dir):
    result = run(data_dir, "tàu vũ trụ")
    assert result.exit_code == 0
    assert result.output == "No articles match 'tàu vũ trụ'.\n"


@pytest.mark.parametrize("args", [['"quy chế'], ["(dân"], ["dân", "--from", "31/02/2023"],
                                  ["dân", "--sort", "best"], ["dân", "--limit", "0"]])
def test_bad_input_is_one_line_and_status_2(data_dir, args):
    result = run(data_dir, *args)
    assert result.exit_code == 2
    assert len(result.output.strip().splitlines()) == 1
    assert result.output.startswith("error: ")
    assert "Traceback" not in result.output


def test_missing_index_says_how_to_build_it(tmp_path):
    result = run(tmp_path, "dân")
    assert result.exit_code == 2
    assert "archiver index" in result.output
