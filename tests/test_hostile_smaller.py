"""The smaller items of issue 11, to the same standard: impossible cron schedules and intervals
refused at check time (cron read by cronsim: aliases and day names work), corrupt run records skipped,
bad ports, credentials and newline-ended ids refused, a data directory that is a file, leftovers of
killed exports, absurdly nested queries, and mis-declared charsets."""

from __future__ import annotations

import json
import os
import unicodedata

import pytest
from click.testing import CliRunner
from dataset_archive import make_dataset
from parsel import Selector

from archiver.archive.store import Archive
from archiver.cli import cli
from archiver.extract.links import site_links
from tests.hostile_site import HostileSite, Reply, article, crawl, listing, write_sources


def invoke(*args: str, env: dict | None = None):
    return CliRunner().invoke(cli, list(args), env=env)


def _sources(tmp_path, extra: str, start: str = "http://127.0.0.1:9") -> list[str]:
    write_sources(tmp_path / "sources.toml", start, extra=extra)
    return ["--data-dir", str(tmp_path), "--sources", str(tmp_path / "sources.toml")]


@pytest.mark.parametrize("schedule", ['"0 0 31 2 *"', '"0 0 30 2 *"', '"999999999d"', '"61 * * * *"',
                                      '"@sometimes"'])
def test_a_schedule_that_never_comes_due_is_refused_at_check_time(tmp_path, schedule):
    result = invoke(*_sources(tmp_path, f"schedule = {schedule}"), "sources", "check")
    assert result.exit_code == 2, result.output
    assert "schedule" in result.output and result.output.count("\n") == 1


@pytest.mark.parametrize("schedule", ["@daily", "@weekly", "0 8 * * mon-fri", "30 6 1 jan,jul *",
                                      "0 0 29 2 *", "6h"])
def test_cron_aliases_and_names_work_in_schedule_status(tmp_path, schedule):
    args = _sources(tmp_path, f'schedule = "{schedule}"')
    (tmp_path / "runs.jsonl").write_text(json.dumps(
        {"source": "hostile", "started": "2025-01-01T00:00:00Z", "stopped_because": "finished",
         "pages": 3, "new": 1, "updated": 0, "removed": 0}) + "\n")
    assert invoke(*args, "sources", "check").exit_code == 0
    status = invoke(*args, "schedule", "status")
    assert status.exit_code == 0, status.output
    assert "hostile" in status.output


CORRUPT_RUNS = [{"source": "hostile"}, {"source": "hostile", "started": "yesterday"},
                {"source": "hostile", "started": 5}, {"source": "hostile",
                                                      "started": "2025-01-01T00:00:00Z",
                                                      "failures": ["timeout"]}]


@pytest.mark.parametrize("command", [("runs",), ("stats",), ("schedule", "status"),
                                     ("schedule", "run")])
def test_corrupt_run_records_are_skipped(tmp_path, command):
    args = _sources(tmp_path, 'schedule = "1000d"')
    make_dataset(tmp_path, runs=False)
    good = {"source": "hostile", "started": "2025-01-02T00:00:00Z", "stopped_because": "finished",
            "pages": 3, "new": 1, "updated": 0, "removed": 0}
    lines = [json.dumps(r) for r in [good, *CORRUPT_RUNS]]
    (tmp_path / "runs.jsonl").write_text("\n".join(lines) + "\n")
    result = invoke(*args, *command)
    assert result.exit_code == 0, result.output
    assert result.exception is None


@pytest.mark.parametrize(("field", "value"), [
    ("start_urls", '["http://127.0.0.1:99999/"]'), ("start_urls", '["http://u:p@a.gov.vn/"]'),
    ("start_urls", '["http://a.gov.vn/\\n"]'), ("id", '"abc\\n"')])
def test_bad_ports_credentials_and_newlines_are_refused(tmp_path, field, value):
    table = {"id": '"ok"', "start_urls": '["http://a.vn/"]', field: value}
    (tmp_path / "sources.toml").write_text(
        "[[source]]\n" + "".join(f"{k} = {v}\n" for k, v in table.items()))
    result = invoke("--sources", str(tmp_path / "sources.toml"), "sources", "check")
    assert result.exit_code == 2, result.output
    assert field in result.output and result.output.count("\n") == 1


def test_links_with_credentials_are_not_followed():
    html = '<a href="http://u:p@a.vn/x">x</a><a href="http://evil.vn@a.vn/y">y</a><a href="/z">z</a>'
    assert site_links(Selector(text=html), "http://a.vn/", ("a.vn",)) == ["http://a.vn/z"]


def test_a_data_directory_that_is_a_file_is_one_line(tmp_path):
    (tmp_path / "data").write_text("not a directory")
    result = invoke("stats", env={"ARCHIVER_DATA_DIR": str(tmp_path / "data")})
    assert result.exit_code == 2, result.output
    assert "is a file" in result.output and result.output.count("\n") == 1


def test_leftovers_of_killed_exports_are_removed_and_live_ones_kept(tmp_path):
    make_dataset(tmp_path / "data")
    dead = tmp_path / ".out.jsonl.999999999.abcd1234.part"
    live = tmp_path / f".out.jsonl.{os.getpid()}.abcd1234.part"
    for path in (dead, live):
        path.write_text("half an export")
    result = invoke("--data-dir", str(tmp_path / "data"), "export", "--output",
                    str(tmp_path / "out.jsonl"))
    assert result.exit_code == 0, result.output
    assert not dead.exists() and live.exists()


@pytest.mark.parametrize("command", ["search", "export", "timeline"])
def test_absurdly_nested_queries_are_one_line(tmp_path, command):
    make_dataset(tmp_path)
    assert invoke("--data-dir", str(tmp_path), "index").exit_code == 0
    query = "(" * 250 + "hội" + ")" * 250
    extra = ["--output", str(tmp_path / "x.jsonl")] if command == "export" else []
    result = invoke("--data-dir", str(tmp_path), command, query, *extra)
    assert result.exit_code == 2, result.output
    assert "nested" in result.output and result.output.count("\n") == 1


def _windows_1258(text: str) -> bytes:
    """Vietnamese as Windows-1258 writes it: base letters precomposed, tone marks combining."""
    out = []
    for char in unicodedata.normalize("NFC", text):
        decomposed = unicodedata.normalize("NFD", char)
        tones = "".join(m for m in decomposed[1:] if m in "\u0300\u0301\u0303\u0309\u0323")
        base = unicodedata.normalize("NFC", "".join(m for m in decomposed if m not in tones))
        out.append(char if not tones else base + tones)
    return "".join(out).encode("cp1258")


def test_a_mis_declared_charset_is_corrected_or_reported(tmp_path):
    title = "Hội nghị tổng kết công tác năm"

    def answer(target: str) -> Reply | str | None:
        if target == "/":
            return listing(["/news/1", "/news/2"])
        if target == "/news/1":  # says UTF-8, is Windows-1258: read as Windows-1258
            return Reply(body=_windows_1258(article(title, 1)))
        if target == "/news/2":  # bytes no charset decodes: kept, and said
            return Reply(body=article("Tin hai", 2).encode() + b"\x81\x81")
        return None

    with HostileSite(answer) as site:
        done = crawl(site, tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    titles = {r["title"] for r in Archive(tmp_path / "archive").iter_records()}
    assert title in titles
    assert "does not fit the bytes" in done.stderr and "stored as U+FFFD" in done.stderr
    assert "undecodable 1" in done.stdout
