"""Index faults (issue 11 item 6 and the smaller list): a line appended while `archiver index` reads
is indexed by the next run, never recorded as read; a damaged segment (missing, truncated, garbage
file) is one line in `search` and is repaired by the next `index`; a missing archive directory never
empties the index. Held before: kill -9 of an index run, a state file that does not parse."""

from __future__ import annotations

import json
import os
import shutil

import pytest
from click.testing import CliRunner

import index.incremental
from archiver.archive.store import Archive
from archiver.cli import cli
from index.build import update_index
from tests.test_faults_records import _good


def _cli(data, *args: str):
    return CliRunner().invoke(cli, ["--data-dir", str(data), *args])


def _titles(data) -> set[str]:
    found = _cli(data, "search", "hội nghị", "--limit", "100", "--json")
    assert found.exit_code == 0, found.output
    return {json.loads(line)["title"] for line in found.output.splitlines() if '"title"' in line}


@pytest.fixture
def data(tmp_path):
    Archive(tmp_path / "archive").append([_good(n) for n in range(5)])
    assert _cli(tmp_path, "index").exit_code == 0
    return tmp_path


def test_a_line_appended_during_the_scan_is_indexed_next_time(data, monkeypatch):
    original = index.incremental.scan_lines
    Archive(data / "archive").append([_good(5)])

    def scan_then_a_crawl_appends(*args, **kwargs):
        yield from original(*args, **kwargs)
        Archive(data / "archive").append([_good(6)])  # written just as the scan ended

    monkeypatch.setattr(index.incremental, "scan_lines", scan_then_a_crawl_appends)
    update_index(data / "index", Archive(data / "archive"))
    monkeypatch.setattr(index.incremental, "scan_lines", original)
    update_index(data / "index", Archive(data / "archive"))
    assert "Hội nghị số 6" in _titles(data)


@pytest.mark.parametrize("damage", ["missing", "truncated", "garbage"])
def test_a_damaged_segment_is_reported_and_repaired(data, damage):
    victim = max((p for p in (data / "index").iterdir() if p.name.endswith((".trm", ".col"))),
                 key=lambda p: p.stat().st_size)
    if damage == "missing":
        victim.unlink()
    elif damage == "truncated":
        os.truncate(victim, victim.stat().st_size // 3)
    else:
        victim.write_bytes(os.urandom(victim.stat().st_size))
    broken = _cli(data, "search", "hội nghị")
    assert broken.exit_code == 2, broken.output
    assert "the search index is damaged" in broken.output and "run `archiver index`" in broken.output
    healed = _cli(data, "index")
    assert healed.exit_code == 0, healed.output
    assert "rebuilt" in healed.output
    assert _titles(data) == {f"Hội nghị số {n}" for n in range(5)}


def test_a_missing_archive_directory_does_not_empty_the_index(data):
    shutil.move(data / "archive", data / "archive.moved")
    assert _cli(data, "index").exit_code == 0
    assert _titles(data) == {f"Hội nghị số {n}" for n in range(5)}
