"""`archiver export`: every format read back equals the archive, manifests reproduce, mistakes stop
cleanly."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import unicodedata
from datetime import datetime

import pandas as pd
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from dataset_archive import GPMB_V2, LIVE, REMOVED_RECORD, RUNS, article, make_dataset

from archiver.archive.store import Archive
from archiver.cli import cli
from archiver.datasets.selection import Selection, plan
from archiver.record import FIELDS, SCHEMA_VERSION
from index.filters import Filters, parse_date_bound
from index.query import iter_matching_ids, search


@pytest.fixture
def data(tmp_path):
    make_dataset(tmp_path / "data")
    return tmp_path


def run(tmp_path, *args):
    return CliRunner().invoke(cli, ["--data-dir", str(tmp_path / "data"), "export", *args])


def export(tmp_path, name, *args):
    out = tmp_path / name
    result = run(tmp_path, "--output", str(out), *args)
    assert result.exit_code == 0, result.output
    return out


def expected(records, fields=FIELDS):
    return [{k: r.get(k) for k in fields} for r in records]


def test_jsonl_equals_the_archive(data):
    out = export(data, "all.jsonl")
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [{k: r[k] for k in FIELDS} for r in rows] == expected(LIVE)
    assert rows[2]["warc"] == "warc/thanhhoa-20250301.warc.gz#1234"  # extra fields kept
    assert list(rows[0])[:3] == ["id", "url", "source"]
    assert "Quảng Ninh: đẩy nhanh giải phóng mặt bằng" in out.read_text(encoding="utf-8")
    assert all(unicodedata.is_normalized("NFC", r["body"]) for r in rows)


def test_csv_equals_the_archive(data):
    out = export(data, "all.csv")
    raw = out.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert raw.split(b"\n")[0].endswith(b"\r")  # RFC 4180 line ends
    reader = csv.DictReader(io.StringIO(raw.decode("utf-8"), newline=""))
    assert tuple(reader.fieldnames) == FIELDS
    rows = [_from_csv(row) for row in reader]
    assert rows == expected(LIVE)
    assert rows[1]["body"].count("\n\n") == 2  # paragraphs survive quoting


def _from_csv(row: dict) -> dict:
    """A CSV row back to record values: lists split on `; `, nested JSON parsed, empty is null."""
    out = {}
    for name, cell in row.items():
        if name in ("authors", "tags"):
            out[name] = cell.split("; ") if cell else []
        elif name in ("images", "attachments"):
            out[name] = json.loads(cell)
        elif name == "version":
            out[name] = int(cell)
        else:
            out[name] = cell or None
    return out


def test_excel_csv_has_a_byte_order_mark(data):
    out = export(data, "excel.csv", "--excel")
    assert out.read_bytes().startswith(b"\xef\xbb\xbfid,url,")
    frame = pd.read_csv(out, encoding="utf-8-sig")
    assert frame["title"].tolist() == [r["title"] for r in LIVE]


def test_parquet_read_with_pyarrow_and_pandas(data):
    out = export(data, "all.parquet")
    table = pq.read_table(out)
    assert table.schema.names == list(FIELDS)
    assert str(table.schema.field("published").type) == "timestamp[us, tz=Asia/Ho_Chi_Minh]"
    assert str(table.schema.field("fetched_at").type) == "timestamp[us, tz=UTC]"
    assert str(table.schema.field("authors").type) == "list<element: string>"
    assert table.schema.metadata[b"archiver.schema_version"] == str(SCHEMA_VERSION).encode()
    times = ("published", "modified", "fetched_at", "first_seen", "last_seen")
    for got, want in zip(table.to_pylist(), LIVE, strict=True):
        for name in FIELDS:
            if name in times:
                value = want[name] and datetime.fromisoformat(want[name])
                assert got[name] == value, name  # the same instant
            elif name == "attachments":
                assert got[name] == [{"sha256": None, **a} for a in want[name]]
            else:
                assert got[name] == want[name], name
    frame = pd.read_parquet(out)
    assert str(frame["published"].dtype) == "datetime64[us, Asia/Ho_Chi_Minh]"
    assert frame["published"].iloc[1].isoformat() == GPMB_V2["published"]
    assert list(frame["authors"].iloc[3]) == ["Nguyễn Thị Minh Hà", "Lê Văn Đức"]
    assert frame["images"].iloc[1][0]["caption"] == "Quang cảnh cuộc họp."
    assert frame["title"].tolist() == [r["title"] for r in LIVE]


def test_fields_choose_and_order_columns(data):
    out = export(data, "some.csv", "--fields", "title,id,published")
    header = out.read_text(encoding="utf-8").splitlines()[0]
    assert header == "title,id,published"
    table = pq.read_table(export(data, "some.parquet", "--fields", "id,authors"))
    assert table.schema.names == ["id", "authors"]
    assert table.column("id").to_pylist() == [r["id"] for r in LIVE]


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_stdout_streams_the_same_bytes(data, fmt):
    out = export(data, f"all.{fmt}")
    result = run(data, "--format", fmt, "-o", "-")
    assert result.exit_code == 0
    assert result.stdout_bytes == out.read_bytes()
    assert sorted(p.name for p in data.iterdir()) == ["all." + fmt, f"all.{fmt}.manifest.json",
                                                      "data"]


def test_removed_articles_and_all_versions(data):
    out = export(data, "removed.jsonl", "--include-removed")
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == [r["id"] for r in [LIVE[0], REMOVED_RECORD, *LIVE[1:]]]
    assert rows[1] == REMOVED_RECORD  # with its extra field, http_status
    out = export(data, "versions.jsonl", "--versions", "all", "--include-removed")
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 9  # every line of the archive
    assert [(r["version"], r["status"]) for r in rows if r["id"] == REMOVED_RECORD["id"]] == [
        (1, "live"), (1, "removed")]
    assert [r["version"] for r in rows if r["id"] == GPMB_V2["id"]] == [1, 2]
    out = export(data, "live-versions.jsonl", "--versions", "all")
    assert len(out.read_text(encoding="utf-8").splitlines()) == 7  # the removed article left out


def test_manifest_describes_the_file(data):
    out = export(data, "qn.csv", "--province", "quang ninh", "--from", "2023")
    manifest = json.loads((data / "qn.csv.manifest.json").read_text(encoding="utf-8"))
    assert manifest["file"] == {"name": "qn.csv", "bytes": out.stat().st_size,
                                "sha256": hashlib.sha256(out.read_bytes()).hexdigest()}
    assert manifest["count"] == 2
    assert manifest["counts_by_source"] == {"quangninh": 2}
    assert manifest["published"] == {"earliest": GPMB_V2["published"],
                                     "latest": "2023-07-01T09:00:00+07:00"}
    assert manifest["filters"]["province"] == "quang ninh"
    assert manifest["filters"]["date_from"] == "2023-01-01T00:00:00"
    assert manifest["sort"] == ["published", "id"]
    assert manifest["versions"] == "latest" and manifest["include_removed"] is False
    assert manifest["schema_version"] == SCHEMA_VERSION
    assert manifest["tool_version"] and manifest["created"].endswith("Z")
    assert manifest["last_runs"] == {"quangninh": RUNS[1]}
    assert manifest["command"] == ("archiver export --province 'quang ninh' --from 2023-01-01 "
                                   "--format csv --versions latest --output qn.csv")


def test_manifest_without_run_records(tmp_path):
    make_dataset(tmp_path / "data", runs=False)
    export(tmp_path, "all.jsonl")
    manifest = json.loads((tmp_path / "all.jsonl.manifest.json").read_text(encoding="utf-8"))
    assert manifest["last_runs"] == {"haiduong": None, "quangninh": None, "thanhhoa": None}


@pytest.mark.parametrize("name", ["again.parquet", "again.csv", "again.jsonl"])
def test_manifest_rerun_is_byte_identical(data, name):
    out = export(data, name, "--from", "2022", "--include-removed")
    first = out.read_bytes()
    manifest = str(data / f"{name}.manifest.json")
    result = run(data, "--manifest", manifest)
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"identical: {out} is byte for byte the export")
    assert out.read_bytes() == first
    copy = data / f"copy-{name}"
    result = run(data, "--manifest", manifest, "--output", str(copy))
    assert result.output.startswith("identical:")
    assert copy.read_bytes() == first


def test_manifest_rerun_reports_what_changed(data):
    out = export(data, "qn.jsonl", "--source", "quangninh")
    before = out.read_bytes()
    Archive(data / "data" / "archive").append([article(
        "quangninh", "moi", "Bài mới về chuyển đổi số", ["Nội dung."],
        published="2025-01-02T08:00:00+07:00", category="Tin tức - Sự kiện")])
    manifest = str(data / "qn.jsonl.manifest.json")
    result = run(data, "--manifest", manifest)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        f"differs from {manifest}:",
        "  records: 2 → 3",
        "    quangninh: 2 → 3",
        "  latest published: 2023-07-01T09:00:00+07:00 → 2025-01-02T08:00:00+07:00",
        f"not written: {out} exists (--force replaces it, --output writes elsewhere)",
    ]
    assert out.read_bytes() == before
    result = run(data, "--manifest", manifest, "--force")
    assert result.output.splitlines()[-1] == f"3 records written to {out}"
    assert json.loads((data / "qn.jsonl.manifest.json").read_text(encoding="utf-8"))["count"] == 3


def test_existing_file_is_not_replaced_without_force(data):
    out = export(data, "all.csv")
    out.write_text("mine", encoding="utf-8")
    result = run(data, "--output", str(out))
    assert result.exit_code == 2
    assert result.output == f"error: {out} exists: use --force to replace it\n"
    assert out.read_text(encoding="utf-8") == "mine"
    export(data, "all.csv", "--force")
    assert out.read_text(encoding="utf-8").startswith("id,url,")


@pytest.mark.parametrize(("args", "message"), [
    (["--format", "xlsx"], "error: unknown format 'xlsx': choose jsonl, csv, parquet"),
    (["--fields", "id,titel"], "error: unknown field 'titel': choose among id, url,"),
    (["--excel", "--format", "jsonl"], "error: --excel applies to CSV only"),
    (["--from", "31/02/2023"], "error: --from: '31/02/2023' is not a real date"),
    (["--author", "…"], "error: author '…' has no letters"),
])
def test_mistakes_are_one_line_and_leave_no_file(data, args, message):
    result = run(data, "--output", str(data / "out.csv"), *args)
    assert result.exit_code == 2
    assert result.output.startswith(message) and result.output.count("\n") == 1
    assert sorted(p.name for p in data.iterdir()) == ["data"]


def test_bad_paths(data):
    for output, message in [(str(data / "nowhere" / "x.csv"), "no such directory"),
                            (str(data), "is a directory")]:
        result = run(data, "--output", output)
        assert result.exit_code == 2 and message in result.output
    result = run(data, "--output", "-", "--format", "parquet")
    assert result.exit_code == 2 and "Parquet cannot stream to stdout" in result.output
    result = run(data, "--manifest", str(data / "missing.json"))
    assert result.exit_code == 2 and "cannot read" in result.output
    export(data, "all.jsonl")
    result = run(data, "--manifest", str(data / "all.jsonl.manifest.json"), "--output", "-")
    assert result.exit_code == 2 and "give --output FILE, not -" in result.output
    result = run(data, "--manifest", str(data / "all.jsonl.manifest.json"), "--excel")
    assert result.exit_code == 2 and "only --output and --force go with it" in result.output


def test_a_record_that_does_not_fit_parquet_leaves_no_file(data):
    bad = {**article("thanhhoa", "hong", "Bản ghi hỏng", ["x"], published=None,
                     category="Kinh tế"), "images": [1, 2]}
    Archive(data / "data" / "archive").append([bad])
    result = run(data, "--output", str(data / "x.parquet"))
    assert result.exit_code == 2
    assert result.output.startswith(f"error: record {bad['id']}: images is not list<")
    assert sorted(p.name for p in data.iterdir()) == ["data"]


# The selection agrees with the search.

FILTERS = [
    {"province": "thanh hoa"}, {"district": "Cẩm Giàng"}, {"category": "chinh tri"},
    {"author": "minh ha"}, {"author": "Lê Văn Đức"}, {"source": "haiduong"},
    {"date_from": "2023-06", "date_to": "2023-06"}, {"date_from": "2022"},
    {"province": "quảng ninh", "date_to": "30/06/2023"},
]


@pytest.fixture
def indexed(data):
    result = CliRunner().invoke(cli, ["--data-dir", str(data / "data"), "index"])
    assert result.exit_code == 0, result.output
    return data


def _filters(spec: dict) -> Filters:
    dates = {k: parse_date_bound(v, end=k == "date_to") for k, v in spec.items()
             if k.startswith("date_")}
    return Filters(**{**spec, **dates})


@pytest.mark.parametrize("spec", FILTERS, ids=lambda s: ",".join(f"{k}={v}" for k, v in s.items()))
def test_filters_select_what_the_index_selects(indexed, spec):
    filters = _filters(spec)
    config_dir = indexed / "data"
    selected = plan(Archive(config_dir / "archive"), Selection(filters=filters,
                                                               include_removed=True),
                    config_dir / "index")
    exported = [a.id for a in selected.articles]
    assert exported == list(iter_matching_ids(config_dir / "index", None, filters))
    assert exported, "each filter should select something"


@pytest.mark.parametrize(("query", "spec"), [
    ("giải phóng mặt bằng", {}), ("dan", {}), ("đảng", {"source": "haiduong"}),
    ("dân OR lúa", {"date_from": "2023"}), ("thông báo", {}),
])
def test_filtered_export_count_equals_the_search_total(indexed, query, spec):
    filters = _filters(spec)
    results = search(indexed / "data" / "index", query, filters, limit=100)
    assert results.total
    args = [f"--{k.removeprefix('date_')}={v}" for k, v in spec.items()]
    out = export(indexed, "q.jsonl", query, *args, "--include-removed", "--force")
    assert len(out.read_text(encoding="utf-8").splitlines()) == results.total
    manifest = json.loads((indexed / "q.jsonl.manifest.json").read_text(encoding="utf-8"))
    assert manifest["count"] == results.total and manifest["query"] == query
    out = export(indexed, "q.jsonl", query, *args, "--force")  # removed ones left out
    live = [h.id for h in results.hits if h.status != "removed"]
    assert sorted(json.loads(line)["id"] for line in out.read_text("utf-8").splitlines()) == sorted(live)


def test_query_without_index_says_how_to_build_it(data):
    result = run(data, "dân", "--output", str(data / "x.jsonl"))
    assert result.exit_code == 2
    assert result.output == (f"error: a query needs the search index; there is no index in "
                             f"{data / 'data' / 'index'}: run `archiver index` to build it from "
                             "the archive\n")
