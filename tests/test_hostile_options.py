"""Hostile numbers and options (issue 11 item 12 and the smaller list): a delay of `inf`, `1e308` or
`nan` is refused when the sources file is checked, and a `-s` value its setting cannot hold is one
line and exit status 2, never a hung crawl or a Twisted traceback."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from archiver.cli import cli
from tests.hostile_site import write_sources


def invoke(*args: str) -> object:
    """In-process: every case here ends before a crawl starts, so no reactor is needed."""
    result = CliRunner().invoke(cli, list(args))
    result.returncode = result.exit_code
    return result


@pytest.mark.parametrize("delay", ["inf", "1e308", "nan", "-1", "-inf"])
def test_an_impossible_delay_is_refused_at_check_time(tmp_path, delay):
    sources = write_sources(tmp_path / "sources.toml", "http://127.0.0.1:9",
                            extra=f"delay = {delay}").read_text().replace("delay = 0\n", "", 1)
    (tmp_path / "sources.toml").write_text(sources)
    for command in (("sources", "check"), ("crawl", "--no-index")):
        done = invoke("--data-dir", str(tmp_path), "--sources", str(tmp_path / "sources.toml"),
                            *command)
        assert done.returncode == 2, (command, done.stdout, done.stderr)
        assert done.stderr.count("\n") == 1 and "delay" in done.stderr, done.stderr


@pytest.mark.parametrize("setting", ["DOWNLOAD_DELAY=abc", "DOWNLOAD_DELAY=inf", "DOWNLOAD_DELAY=nan",
                                     "DOWNLOAD_DELAY=1e308", "DOWNLOAD_TIMEOUT=-5",
                                     "CONCURRENT_REQUESTS=many", "CONCURRENT_REQUESTS=2.5",
                                     "ROBOTSTXT_OBEY=perhaps"])
def test_a_bad_setting_value_is_one_line_and_exit_2(tmp_path, setting):
    write_sources(tmp_path / "sources.toml", "http://127.0.0.1:9")
    for command in (("crawl", "--no-index"), ("schedule", "run")):
        done = invoke("--data-dir", str(tmp_path), "--sources", str(tmp_path / "sources.toml"),
                            *command, "-s", setting)
        assert done.returncode == 2, (command, done.stdout, done.stderr)
        assert done.stderr.startswith("error: -s ") and done.stderr.count("\n") == 1, done.stderr
