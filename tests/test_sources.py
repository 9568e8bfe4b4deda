"""The sources file: a good one loads; every kind of mistake is one line naming source and field."""

from pathlib import Path

import pytest
from click.testing import CliRunner

from archiver.cli import cli
from archiver.sources import SourcesError, load_sources, select_sources

GOOD = '''
[[source]]
id = "quangyen"
name = "Cổng thông tin điện tử thị xã Quảng Yên"
province = "Quảng Ninh"
district = "Quảng Yên"
start_urls = ["https://quangyen.quangninh.gov.vn/"]
delay = 2
platform = "sharepoint"
article_pattern = "ChiTietTinTuc"
schedule = "1d"
full_every = "30d"
[source.selectors]
title = "h1.title"
body = "//div[@id='content']"

[[source]]
id = "hanoi-tttt"
start_urls = ["https://sotttt.hanoi.gov.vn/"]
schedule = "30 2 * * 1"
'''


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sources.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_good_file_loads_with_defaults(tmp_path):
    quangyen, hanoi = load_sources(write(tmp_path, GOOD))
    assert quangyen.name == "Cổng thông tin điện tử thị xã Quảng Yên"
    assert quangyen.domains == ("quangyen.quangninh.gov.vn",)
    assert quangyen.delay == 2.0 and quangyen.selectors["title"] == "h1.title"
    assert hanoi.platform == "auto" and hanoi.delay == 1.0 and hanoi.district is None
    assert select_sources([quangyen, hanoi], ["hanoi-tttt"]) == [hanoi]


BAD = [
    ("[[source]\nid='x'", "TOML error"),
    ("[[source]]\nname='x'\nstart_urls=['https://a.vn/']", "id: missing"),
    ("[[source]]\nid='Bad Id'\nstart_urls=['https://a.vn/']", "id: 'Bad Id'"),
    ("[[source]]\nid='a'", "source 'a': start_urls: missing"),
    ("[[source]]\nid='a'\nstart_urls=['ftp://a.vn/']", "source 'a': start_urls: 'ftp://a.vn/'"),
    ("[[source]]\nid='a'\nstart_urls=['https://a.vn/']\n[[source]]\nid='a'\n"
     "start_urls=['https://b.vn/']", "source 'a': id: duplicate"),
    ("[[source]]\nid='a'\nstart_urls=['https://a.vn/']\ncolour='red'", "source 'a': colour: unknown"),
    ("[[source]]\nid='a'\nstart_urls=['https://a.vn/']\narticle_pattern='('",
     "source 'a': article_pattern: bad regular expression"),
    ("[[source]]\nid='a'\nstart_urls=['https://a.vn/']\n[source.selectors]\ntitle='h1[['",
     "source 'a': selectors.title: bad selector"),
    ("[[source]]\nid='a'\nstart_urls=['https://a.vn/']\n[source.selectors]\nbody='//div[@'",
     "source 'a': selectors.body: bad selector"),
    ("[[source]]\nid='a'\nstart_urls=['https://a.vn/']\n[source.selectors]\ncolour='h1'",
     "source 'a': selectors.colour: unknown field"),
    ("[[source]]\nid='a'\nstart_urls=['https://a.vn/']\nschedule='sometimes'",
     "source 'a': schedule:"),
    ("[[source]]\nid='a'\nstart_urls=['https://a.vn/']\nschedule='61 * * * *'",
     "source 'a': schedule: cron minute field"),
    ("[[source]]\nid='a'\nstart_urls=['https://a.vn/']\ndelay=-1", "source 'a': delay:"),
    ("[[source]]\nid='a'\nstart_urls=['https://a.vn/']\nplatform='drupal'", "source 'a': platform:"),
]


@pytest.mark.parametrize(("text", "message"), BAD)
def test_bad_file_is_one_clear_line(tmp_path, text, message):
    with pytest.raises(SourcesError) as exc:
        load_sources(write(tmp_path, text))
    assert message in str(exc.value)
    assert "\n" not in str(exc.value)


def test_cli_check_and_list(tmp_path):
    path = write(tmp_path, GOOD)
    runner = CliRunner()
    result = runner.invoke(cli, ["--sources", str(path), "sources", "check"])
    assert result.exit_code == 0, result.output
    assert "2 sources" in result.output
    result = runner.invoke(cli, ["--sources", str(path), "sources", "list"])
    assert "quangyen" in result.output and "Quảng Yên, Quảng Ninh" in result.output


def test_cli_bad_file_exits_2_without_traceback(tmp_path):
    path = write(tmp_path, "[[source]]\nid='a'\nstart_urls=['nope']")
    for args in (["sources", "check"], ["crawl"]):
        result = CliRunner().invoke(cli, ["--sources", str(path), "--data-dir", str(tmp_path), *args])
        assert result.exit_code == 2
        assert "Traceback" not in result.output
        assert result.output.strip().splitlines() == [
            f"error: {path}: source 'a': start_urls: 'nope' is not an http(s) URL"]


def test_cli_unknown_source_id(tmp_path):
    path = write(tmp_path, GOOD)
    result = CliRunner().invoke(cli, ["--sources", str(path), "crawl", "nowhere"])
    assert result.exit_code == 2
    assert "unknown source id 'nowhere'" in result.output


def test_the_example_sources_file_is_valid():
    example = Path(__file__).resolve().parents[1] / "sources.example.toml"
    assert [s.id for s in load_sources(example)] == ["quangyen", "hanoi-tttt"]
