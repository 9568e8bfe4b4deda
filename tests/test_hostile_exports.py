"""Harm from exports (issue 11 items 13 and 15): `--force` never replaces a device, FIFO or socket
with a file; a manifest cannot make `export --manifest` write anywhere but beside itself; titles a
spreadsheet would run as formulas are neutralised in `--excel` CSV and kept raw elsewhere."""

from __future__ import annotations

import csv
import io
import json
import os
import stat

import pytest
from click.testing import CliRunner
from dataset_archive import article, make_dataset

from archiver.archive.store import Archive
from archiver.cli import cli


def run(tmp_path, *args: str):
    return CliRunner().invoke(cli, ["--data-dir", str(tmp_path / "data"), "export", *args])


@pytest.fixture
def data(tmp_path):
    make_dataset(tmp_path / "data")
    return tmp_path


@pytest.mark.parametrize("which", ["output", "manifest"])
def test_force_never_replaces_a_fifo(data, which):
    out = data / "out.jsonl"
    fifo = out if which == "output" else data / "out.jsonl.manifest.json"
    os.mkfifo(fifo)
    result = run(data, "--output", str(out), "--force")
    assert result.exit_code == 2, result.output
    assert "is not a regular file" in result.output
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode), "the FIFO was replaced"


def test_force_never_replaces_what_a_symlink_points_at_unless_a_file(data):
    os.mkfifo(data / "pipe")
    (data / "out.jsonl").symlink_to(data / "pipe")
    result = run(data, "--output", str(data / "out.jsonl"), "--force")
    assert result.exit_code == 2 and "is not a regular file" in result.output


@pytest.mark.parametrize("name", ["../escaped.jsonl", "{abs}/abs.jsonl", "sub/../../x.jsonl", ".."])
def test_a_manifest_cannot_send_the_file_elsewhere(data, name):
    (data / "exp").mkdir()
    (data / "elsewhere").mkdir()
    assert run(data, "--output", str(data / "exp" / "a.jsonl")).exit_code == 0
    manifest = data / "exp" / "a.jsonl.manifest.json"
    recorded = json.loads(manifest.read_text())
    recorded["file"]["name"] = name.format(abs=data / "elsewhere")
    manifest.write_text(json.dumps(recorded))
    result = run(data, "--manifest", str(manifest), "--force")
    assert result.exit_code == 2, result.output
    assert "is not a file beside the manifest" in result.output
    assert not (data / "escaped.jsonl").exists() and not (data / "x.jsonl").exists()
    assert not list((data / "elsewhere").iterdir())


FORMULAS = ["=HYPERLINK(\"http://evil\",\"bấm\")", "+84 912 345 678", "-1+1", "@SUM(A1:A9)",
            "\tTab"]


def test_formulas_are_neutralised_in_excel_csv_only(tmp_path):
    make_dataset(tmp_path / "data", runs=False)
    Archive(tmp_path / "data" / "archive").append(
        article("thanhhoa", f"cong-thuc-{n}", title, ["Nội dung."], published=None,
                category=title) for n, title in enumerate(FORMULAS))
    assert run(tmp_path, "--output", str(tmp_path / "x.csv"), "--excel").exit_code == 0
    rows = list(csv.DictReader(io.StringIO((tmp_path / "x.csv").read_text(encoding="utf-8-sig"))))
    titles = {r["title"] for r in rows}
    assert {"'" + t for t in FORMULAS} <= titles
    assert not any(t.startswith(("=", "+", "-", "@", "\t")) for r in rows for t in r.values())
    assert run(tmp_path, "--output", str(tmp_path / "x.jsonl")).exit_code == 0
    raw = {json.loads(line)["title"] for line in (tmp_path / "x.jsonl").read_text().splitlines()}
    assert set(FORMULAS) <= raw
    assert run(tmp_path, "--output", str(tmp_path / "plain.csv")).exit_code == 0
    assert "=HYPERLINK" in (tmp_path / "plain.csv").read_text(encoding="utf-8")
