"""`archiver stats` and `archiver timeline`: counts that agree with the archive and with the export."""

from __future__ import annotations

import csv
import io
import json
import sys

import pytest
from click.testing import CliRunner
from dataset_archive import LIVE, RUNS, make_dataset
from starlette.testclient import TestClient

from archiver.cli import cli
from archiver.config import DataDir
from archiver.web.app import create_app


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    root = tmp_path_factory.mktemp("dataset")
    make_dataset(root / "data")
    return root


def run(data, *args):
    return CliRunner().invoke(cli, ["--data-dir", str(data / "data"), *args])


def test_stats_json(data):
    result = run(data, "stats", "--json")
    assert result.exit_code == 0, result.output
    stats = json.loads(result.output)
    by_source = {s["source"]: s for s in stats["sources"]}
    assert by_source["quangninh"] == {
        "source": "quangninh", "articles": 3, "versions": 5, "removed": 1,
        "first_published": "2022-12-05T10:00:00+07:00",
        "last_published": "2023-07-01T09:00:00+07:00", "last_run": RUNS[1]}
    assert by_source["haiduong"]["first_published"] == "2024-01-15T08:30:00+07:00"  # one undated
    assert by_source["thanhhoa"]["last_run"] is None
    total = stats["total"]
    assert (total["articles"], total["versions"], total["removed"]) == (7, 9, 1)
    assert total["first_published"] == "2021-03-08T16:45:00+07:00"
    assert total["last_published"] == "2024-01-15T08:30:00+07:00"
    assert total["last_run"] == RUNS[1]  # the latest finished run of any source


def test_stats_table(data):
    assert run(data, "stats").output.splitlines() == [
        "source     articles  versions  removed  first       last        last crawl        result",
        "haiduong          2         2        0  2024-01-15  2024-01-15  2025-03-02 02:01  "
        "0 new, 0 updated, 2 unchanged, 0 removed",
        "quangninh         3         5        1  2022-12-05  2023-07-01  2025-03-02 02:04  "
        "0 new, 1 updated, 1 unchanged, 1 removed, 2 failed, stopped: shutdown",
        "thanhhoa          2         2        0  2021-03-08  2023-06-30  —                 —",
        "total             7         9        1  2021-03-08  2024-01-15  2025-03-02 02:04",
    ]


def test_stats_of_an_empty_archive(tmp_path):
    result = CliRunner().invoke(cli, ["--data-dir", str(tmp_path), "stats"])
    assert result.exit_code == 0
    assert result.output == f"The archive in {tmp_path / 'archive'} is empty.\n"


def _table(output: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(output)))


@pytest.mark.parametrize("by", ["day", "week", "month", "year"])
def test_timeline_adds_up_to_the_export(data, by):
    result = run(data, "timeline", "--by", by, "--csv")
    assert result.exit_code == 0, result.output
    rows = _table(result.stdout)
    assert sum(int(r["count"]) for r in rows) + 1 == len(LIVE)  # + the undated article
    assert "1 articles without a publish date" in result.stderr
    exported = run(data, "export", "--output", "-").stdout.splitlines()
    assert len(exported) == len(LIVE)


def test_timeline_months_keep_gaps_and_use_vietnam_time(data):
    rows = _table(run(data, "timeline", "--csv").stdout)
    months = {r["month"]: int(r["count"]) for r in rows}
    assert rows[0]["month"] == "2021-03" and rows[-1]["month"] == "2024-01"
    assert len(rows) == 35  # every month between, empty ones included
    assert months["2023-06"] == 2  # 30/06 23:30 +07:00 is June in Vietnam, not July
    assert months["2023-07"] == 1 and months["2022-01"] == 0


def test_timeline_weeks_start_on_monday(data):
    rows = _table(run(data, "timeline", "--by", "week", "--csv", "--from", "2023-06",
                      "--to", "2023-07").stdout)
    assert [(r["week"], r["count"]) for r in rows] == [("2023-06-19", "1"), ("2023-06-26", "2")]


def test_timeline_split_by_source(data):
    result = run(data, "timeline", "--by", "year", "--split", "source", "--csv",
                 "--include-removed")
    rows = _table(result.stdout)
    assert list(rows[0]) == ["year", "haiduong", "quangninh", "thanhhoa", "total"]
    for row in rows:
        assert sum(int(row[s]) for s in ("haiduong", "quangninh", "thanhhoa")) == int(row["total"])
    assert {r["year"]: r["quangninh"] for r in rows} == {
        "2021": "0", "2022": "1", "2023": "2", "2024": "0"}
    exported = run(data, "export", "--output", "-", "--include-removed").stdout.count("\n")
    assert sum(int(r["total"]) for r in rows) + 1 == exported  # + the undated article



def test_timeline_split_by_province_is_the_web_timeline(data, tmp_path):
    """The sources of each province counted together, as the web timeline splits them (one
    definition: the province each source's articles give in the index)."""
    make_dataset(tmp_path / "data")  # no index yet
    missing = run(tmp_path, "timeline", "--split", "province")
    assert missing.exit_code == 2 and "--split province needs the search index" in missing.output
    assert run(data, "index").exit_code == 0
    result = run(data, "timeline", "--by", "year", "--split", "province", "--csv")
    assert result.exit_code == 0, result.output
    rows = _table(result.stdout)
    provinces = ["Hải Dương", "Quảng Ninh", "Thanh Hóa"]
    assert list(rows[0]) == ["year", *provinces, "total"]
    by_source = _table(run(data, "timeline", "--by", "year", "--split", "source", "--csv").stdout)
    assert [r["total"] for r in rows] == [r["total"] for r in by_source]
    assert [r["Quảng Ninh"] for r in rows] == [r["quangninh"] for r in by_source]
    web = TestClient(create_app(DataDir(data / "data"))).get(
        "/api/timeline", params={"by": "year", "split": "province"}).json()
    assert [{"year": p["period"], **{c: str(v["count"]) for c, v in p["split"].items()},
             "total": str(p["count"])} for p in web["periods"]] == rows

def test_timeline_bars_on_a_terminal(data):
    result = run(data, "timeline", "--by", "year", "--split", "source")
    lines = result.stdout.splitlines()
    assert [line.split()[0] for line in lines] == ["2021", "2022", "2023", "2024"]
    assert "█" in lines[2] and lines[2].split("  ")[-1] == "quangninh 2, thanhhoa 1"
    assert lines[1].split() == ["2022", "0"]
    assert max(map(len, lines)) <= 100


def test_timeline_of_a_query_counts_the_search_hits(data):
    assert run(data, "index").exit_code == 0
    result = run(data, "timeline", "giải phóng mặt bằng", "--by", "year", "--csv")
    assert _table(result.stdout) == [{"year": "2023", "count": "1"}]
    result = run(data, "timeline", "xyz không có", "--by", "year")
    assert result.exit_code == 0 and result.stdout == "No articles match.\n"


def test_plot_png_shows_bars(data):
    mpimg = pytest.importorskip("matplotlib.image")  # the `plot` extra
    chart = data / "timeline.png"
    result = run(data, "timeline", "--by", "year", "--split", "source", "--plot", str(chart))
    assert result.exit_code == 0, result.output
    assert f"chart written to {chart}" in result.stderr
    pixels = mpimg.imread(chart)  # opens: a real PNG
    height, width = pixels.shape[:2]
    assert width > 400 and height > 200
    rgb = pixels[..., :3]
    coloured = ((rgb.max(axis=2) - rgb.min(axis=2)) > 0.3).sum()  # bars; axes and text are grey
    assert coloured > 1000


def test_plot_svg_has_title_and_legend(data):
    pytest.importorskip("matplotlib")
    chart = data / "timeline.svg"
    result = run(data, "timeline", "--province", "thanh hoa", "--plot", str(chart))
    assert result.exit_code == 0, result.output
    svg = chart.read_text(encoding="utf-8")
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg
    assert "Articles per month: province thanh hoa" in svg  # the title, as text
    assert svg.count("<g id=\"patch_") > 3  # background, axes, bars


def test_plot_mistakes_are_one_line(data, monkeypatch):
    result = run(data, "timeline", "--plot", str(data / "chart.pdf"))
    assert result.exit_code == 2
    assert result.output == "error: chart.pdf: the chart must be a .png or .svg file\n"
    for name in ("matplotlib", "matplotlib.figure"):  # as when the extra is not installed
        monkeypatch.setitem(sys.modules, name, None)
    result = run(data, "timeline", "--plot", str(data / "chart.png"))
    assert result.exit_code == 2
    assert result.output == "error: --plot needs matplotlib: pip install 'archiver[plot]'\n"
    assert not (data / "chart.png").exists()
