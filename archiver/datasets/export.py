"""Export: a selection of the archive written out for study, as JSON Lines, CSV or Parquet.

    archiver export --format parquet --output quangninh.parquet --province "Quảng Ninh"
    archiver export "giải phóng mặt bằng" --from 2023 --format csv --excel --output gpmb.csv

Records stream from the archive to the file one at a time (Parquet: one row group per `BATCH`), so
memory stays flat however large the export. A file is written under a temporary name beside its
destination and renamed when complete: a failed export leaves no partial file behind. Output is a
function of the archive and the options only, so the same export of the same archive is byte-identical
(which `archiver export --manifest` checks).

Formats:
- JSONL: the article record (shared/docs/article-record.md), schema fields first, extra fields after;
- CSV: one row per record, RFC 4180, list fields joined with `; `, images and attachments as JSON
  text, empty cells for null; `excel` adds a byte-order mark so Excel reads the UTF-8;
- Parquet: typed columns; timestamps timezone-aware (`published`, `modified` in Asia/Ho_Chi_Minh,
  the crawl times in UTC), lists as list columns, images and attachments as lists of structs;
- OpenSearch: Elasticsearch/OpenSearch bulk NDJSON (an `index` action, then the JSONL record, per
  article) and `PATH.template.json` beside it, the index template (datasets/opensearch.py).
"""

from __future__ import annotations

import contextlib
import csv
import glob
import hashlib
import io
import json
import logging
import os
import secrets
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from archiver.datasets.opensearch import bulk_action, index_template
from archiver.datasets.selection import Plan
from archiver.progress import Meter, silent
from archiver.record import FIELDS, SCHEMA_VERSION, VN_TZ, ordered, published_at

logger = logging.getLogger(__name__)

#: Rows per Parquet row group (≈ 5 MB of text): bounds memory, and readers handle it well.
BATCH = 1000
NESTED_FIELDS = ("images", "attachments")
#: Time fields and their zone: publish times are Vietnamese, crawl times UTC.
TIME_ZONES = {"published": VN_TZ, "modified": VN_TZ,
              "fetched_at": UTC, "first_seen": UTC, "last_seen": UTC}


class ExportError(ValueError):
    """An export that cannot be made as asked; the message says why."""


@dataclass(frozen=True)
class Format:
    """How the records are written: the format, the columns (None: the whole record), Excel's BOM."""

    name: str = "jsonl"
    fields: tuple[str, ...] | None = None
    excel: bool = False

    def check(self, output: str) -> None:
        writer = WRITERS.get(self.name)
        if writer is None:
            raise ExportError(f"unknown format {self.name!r}: choose {', '.join(WRITERS)}")
        if self.fields is not None:
            unknown = [f for f in self.fields if f not in FIELDS]
            if unknown:
                raise ExportError(f"unknown field {', '.join(map(repr, unknown))}: "
                                  f"choose among {', '.join(FIELDS)}")
            if len(set(self.fields)) != len(self.fields):
                raise ExportError("a field is named twice in --fields")
        if self.excel and self.name != "csv":
            raise ExportError("--excel applies to CSV only")
        if output == "-" and not writer.streams:
            raise ExportError(f"{self.name.capitalize()} cannot stream to stdout: give --output FILE")

    @property
    def columns(self) -> tuple[str, ...]:
        return self.fields or FIELDS


def format_for(output: str) -> str:
    """The format an output name implies by its suffix (`.csv`, `.parquet`, …), else JSON Lines."""
    suffix = Path(output).suffix.lower()
    return next((name for name, w in WRITERS.items() if w.suffix == suffix), "jsonl")


@dataclass
class Written:
    """What an export wrote: counts for the manifest and the file's identity."""

    count: int = 0
    by_source: Counter[str] = field(default_factory=Counter)
    earliest: str | None = None  # `published` values as stored
    latest: str | None = None
    path: Path | None = None
    sha256: str | None = None
    size: int | None = None
    _first: datetime | None = None
    _last: datetime | None = None

    def add(self, record: dict) -> None:
        self.count += 1
        self.by_source[record.get("source")] += 1
        when = published_at(record)
        if when is None:
            return
        if self._first is None or when < self._first:
            self._first, self.earliest = when, record["published"]
        if self._last is None or when > self._last:
            self._last, self.latest = when, record["published"]


def check_destination(output: str, force: bool) -> Path | None:
    """The destination path (None for stdout), or an ExportError when it cannot be written; an
    existing file or manifest is replaced only with `force`."""
    if output == "-":
        return None
    path = Path(output)
    if path.is_dir():
        raise ExportError(f"{output} is a directory")
    if not path.parent.resolve().is_dir():
        raise ExportError(f"{path.parent}: no such directory")
    for existing in (path, manifest_path(path)):
        if (existing.exists() or existing.is_symlink()) and not existing.is_file():
            # a device, FIFO or socket: replacing it with a file would destroy it (`/dev/null`)
            raise ExportError(f"{existing} exists and is not a regular file: not replaced")
        if existing.exists() and not force:
            raise ExportError(f"{existing} exists: use --force to replace it")
    return path


def manifest_path(data_path: Path) -> Path:
    """Where the manifest of an exported file goes: beside it, `PATH.manifest.json`."""
    return data_path.with_name(data_path.name + ".manifest.json")


def export(plan: Plan, fmt: Format, output: str, *, progress: Meter = silent) -> Written:
    """Write the plan's records to `output` (`-`: stdout) in the given format, counting them on
    `progress`."""
    fmt.check(output)
    if output == "-":
        written = write_records(plan, fmt, sys.stdout.buffer, progress)
        sys.stdout.buffer.flush()
        return written
    path = Path(output)
    with atomic_file(path) as f:
        written = write_records(plan, fmt, f, progress)
    beside = WRITERS[fmt.name].beside
    for suffix, content in (beside(fmt) if beside else {}).items():
        with atomic_file(path.with_name(path.name + suffix)) as f:
            f.write(content)
    written.path, written.sha256, written.size = path, file_sha256(path), path.stat().st_size
    return written


def write_records(plan: Plan, fmt: Format, stream: BinaryIO, progress: Meter = silent) -> Written:
    """The plan's records written to an open stream in a format, counted: what every export (a
    file, stdout, a web download) writes, so all give the same bytes."""
    written = Written()

    def counted() -> Iterator[dict]:
        with progress("exporting", len(plan)) as advance:
            for record in plan.records():
                written.add(record)
                advance(1)
                yield record

    WRITERS[fmt.name].write(counted(), stream, fmt)
    return written


@contextlib.contextmanager
def atomic_file(path: Path) -> Iterator[BinaryIO]:
    """A file that appears at `path` only once fully written (temporary name, then rename)."""
    remove_leftovers(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.part")
    try:
        f = open(tmp, "xb")  # noqa: SIM115 - closed below; "x": never another's file
    except OSError as exc:
        raise ExportError(f"cannot write in {path.parent}: {exc.strerror}") from None
    try:
        with f:
            yield f
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def remove_leftovers(path: Path) -> None:
    """Delete the temporary files (`.NAME.PID.*.part`, `.NAME.PID.rerun`) that exports of `path`
    killed before their rename left behind; those of a process still running are its own."""
    for leftover in path.parent.glob(f".{glob.escape(path.name)}.*"):
        pid, _, rest = leftover.name[len(path.name) + 2:].partition(".")
        if pid.isdigit() and (rest.endswith(".part") or rest == "rerun") \
                and not _running(int(pid)):
            leftover.unlink(missing_ok=True)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process, running
        pass
    return True


def file_sha256(path: Path) -> str:
    with open(path, "rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


# JSON Lines


def _write_jsonl(records: Iterable[dict], stream: BinaryIO, fmt: Format) -> None:
    for record in records:
        stream.write(_json_line(_row(record, fmt)))


def _row(record: dict, fmt: Format) -> dict:
    """The record as JSON formats write it: schema fields first, or only the chosen fields."""
    return ordered(record) if fmt.fields is None else {k: record.get(k) for k in fmt.fields}


def _json_line(value: dict) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"


# Elasticsearch / OpenSearch


def _write_opensearch(records: Iterable[dict], stream: BinaryIO, fmt: Format) -> None:
    """Bulk NDJSON: per article an `index` action under its id, then its record as JSONL writes
    it. One document per article: a second version of one would silently replace the first."""
    seen: set[str] = set()
    for record in records:
        if record["id"] in seen:
            raise ExportError(f"article {record['id']} twice: OpenSearch holds one document per "
                              "article; export --versions latest, or every version as JSONL")
        seen.add(record["id"])
        stream.write(_json_line(bulk_action(record)))
        stream.write(_json_line(_row(record, fmt)))


def _opensearch_template(fmt: Format) -> dict[str, bytes]:
    return {".template.json": json.dumps(index_template(), ensure_ascii=False, indent=2,
                                         sort_keys=True).encode("utf-8") + b"\n"}


# CSV


def _write_csv(records: Iterable[dict], stream: BinaryIO, fmt: Format) -> None:
    text = io.TextIOWrapper(stream, encoding="utf-8-sig" if fmt.excel else "utf-8", newline="",
                            write_through=True)
    try:
        writer = csv.writer(text, lineterminator="\r\n")  # RFC 4180
        writer.writerow(fmt.columns)
        for record in records:
            writer.writerow([csv_cell(name, record.get(name), excel=fmt.excel)
                             for name in fmt.columns])
        text.flush()
    finally:
        text.detach()  # the stream belongs to the caller (stdout stays open)


#: What makes a spreadsheet read a cell as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(name: str, value: object, *, excel: bool = False) -> str:
    """One CSV cell: lists joined with `; `, nested values as JSON text, null as empty. For Excel,
    a cell that a spreadsheet would run as a formula (a title starting with `=`, `+`, `-`, `@`, a
    tab or a carriage return: OWASP's CSV injection rule) gets a leading `'`; JSON Lines and
    Parquet keep the value as archived."""
    if value is None:
        return ""
    if name in NESTED_FIELDS or isinstance(value, dict):
        text = json.dumps(value, ensure_ascii=False)
    elif isinstance(value, list):
        text = "; ".join(map(str, value))
    else:
        text = str(value)
    return "'" + text if excel and text.startswith(FORMULA_STARTS) else text


# Parquet


def parquet_schema(columns: tuple[str, ...]):  # noqa: ANN201 - pyarrow is imported lazily
    """The typed Arrow schema of the record's columns."""
    import pyarrow as pa

    text = pa.string()
    types = {
        "authors": pa.list_(text), "tags": pa.list_(text),
        "images": pa.list_(pa.struct([("url", text), ("caption", text)])),
        "attachments": pa.list_(pa.struct([("url", text), ("title", text), ("sha256", text)])),
        "version": pa.int32(),
    }
    for name, zone in TIME_ZONES.items():
        types[name] = pa.timestamp("us", tz="UTC" if zone is UTC else "Asia/Ho_Chi_Minh")
    metadata = {"archiver.schema_version": str(SCHEMA_VERSION)}
    return pa.schema([(name, types.get(name, text)) for name in columns], metadata=metadata)


def _write_parquet(records: Iterable[dict], stream: BinaryIO, fmt: Format) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema(fmt.columns)
    pool = pa.default_memory_pool()
    with pq.ParquetWriter(stream, schema, compression="zstd") as writer:
        for ids, columns in _column_batches(records, fmt.columns):
            arrays = [_array(ids, f, values) for f, values in zip(schema, columns, strict=True)]
            writer.write_batch(pa.RecordBatch.from_arrays(arrays, schema=schema))
            del arrays
            pool.release_unused()  # else the allocator keeps each batch's peak: ~25 MB more


def _column_batches(records: Iterable[dict],
                    names: tuple[str, ...]) -> Iterator[tuple[list[str], list[list]]]:
    """The records' ids and values column by column, `BATCH` records at a time."""
    ids: list[str] = []
    columns: list[list] = [[] for _ in names]
    for record in records:
        ids.append(record.get("id"))
        for name, column in zip(names, columns, strict=True):
            column.append(_timestamp(record, name) if name in TIME_ZONES else record.get(name))
        if len(ids) == BATCH:
            yield ids, columns
            ids, columns = [], [[] for _ in names]
    if ids:
        yield ids, columns


def _array(ids: list[str], field, values: list):  # noqa: ANN001, ANN202 - pyarrow types
    """One column as an Arrow array; a value that does not fit is named with its record's id."""
    import pyarrow as pa

    try:
        return pa.array(values, type=field.type)
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        for rid, value in zip(ids, values, strict=True):
            try:
                pa.array([value], type=field.type)
            except (pa.ArrowInvalid, pa.ArrowTypeError) as exc:
                raise ExportError(f"record {rid}: {field.name} is not {field.type} ({exc}): "
                                  "export it as JSONL") from None
        raise


def _timestamp(record: dict, name: str) -> datetime | None:
    """An ISO 8601 field as an aware datetime (in its zone when it has no offset); one that does not
    parse is logged and left null (its text is kept in the JSONL and CSV exports)."""
    value = record.get(name)
    if not value:
        return None
    try:
        dt = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        logger.warning("%s: %s %r is not an ISO 8601 time; left empty", record.get("id"), name,
                       value)
        return None
    return dt if dt.tzinfo else dt.replace(tzinfo=TIME_ZONES[name])


@dataclass(frozen=True)
class Writer:
    """One export format: how records become bytes, its file suffix, whether it can go to stdout,
    and the files it writes beside the output (by the suffix added to the output's name)."""

    write: Callable[[Iterable[dict], BinaryIO, Format], None]
    suffix: str
    streams: bool = True
    beside: Callable[[Format], dict[str, bytes]] | None = None


#: Every export format; a new format is one writer here.
WRITERS = {
    "jsonl": Writer(_write_jsonl, ".jsonl"),
    "csv": Writer(_write_csv, ".csv"),
    "parquet": Writer(_write_parquet, ".parquet", streams=False),
    "opensearch": Writer(_write_opensearch, ".bulk", streams=False, beside=_opensearch_template),
}
FORMATS = tuple(WRITERS)
