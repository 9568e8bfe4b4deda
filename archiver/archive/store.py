"""The archive: one JSON Lines file per source under `<data>/archive/`, one line per article version.

Lines are only ever appended. A crash can leave a torn last line; readers report it and skip it, and the
next writer starts on a fresh line, so nothing written before is ever damaged or rewritten.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from archiver.record import ordered, problem

logger = logging.getLogger(__name__)
#: What is wrong with a record, or None (see `scan_lines`).
Check = Callable[[dict], "str | None"]


class Archive:
    """Read and append article records, grouped in one file per source."""

    def __init__(self, root: Path | str):
        self.root = Path(root)

    def path_for(self, source: str) -> Path:
        return self.root / f"{source}.jsonl"

    def sources(self) -> list[str]:
        """Ids of the sources that have an archive file, sorted."""
        if not self.root.is_dir():
            return []
        return sorted(p.stem for p in self.root.glob("*.jsonl"))

    def iter_records(self, sources: Iterable[str] | None = None) -> Iterator[dict]:
        """Every stored version, file by file, in the order written; corrupt lines are skipped."""
        for source in self.sources() if sources is None else sources:
            yield from read_jsonl(self.path_for(source), check=problem)

    def scan(self, source: str) -> Iterator[tuple[int, dict]]:
        """(byte offset of the line, record) for every stored version of one source."""
        yield from scan_jsonl(self.path_for(source), check=problem)

    def read_at(self, source: str, offset: int) -> dict:
        """The record on the line starting at `offset` (an offset `scan` or `write` gave)."""
        with self.reader() as reader:
            return reader.read(source, offset)

    def reader(self) -> RecordReader:
        """For reading many records by offset: one open file per source."""
        return RecordReader(self)

    def latest(self, sources: Iterable[str] | None = None) -> dict[str, dict]:
        """The newest version of each article, by id."""
        latest: dict[str, dict] = {}
        for record in self.iter_records(sources):
            latest[record["id"]] = record
        return latest

    def writer(self, source: str) -> ArchiveWriter:
        return ArchiveWriter(self.path_for(source))

    def append(self, records: Iterable[dict]) -> int:
        """Append records to their sources' files; returns how many were written."""
        writers: dict[str, ArchiveWriter] = {}
        count = 0
        try:
            for record in records:
                source = record["source"]
                if source not in writers:
                    writers[source] = self.writer(source)
                writers[source].write(record)
                count += 1
        finally:
            for w in writers.values():
                w.close()
        return count


class RecordReader:
    """Reads records back by (source, byte offset), keeping each source's file open meanwhile."""

    def __init__(self, archive: Archive):
        self.archive = archive
        self.files: dict[str, BinaryIO] = {}

    def read(self, source: str, offset: int) -> dict:
        f = self.files.get(source)
        if f is None:
            f = self.files[source] = open(self.archive.path_for(source), "rb")  # noqa: SIM115
        f.seek(offset)
        return json.loads(f.readline())

    def close(self) -> None:
        for f in self.files.values():
            f.close()

    def __enter__(self) -> RecordReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class ArchiveWriter:
    """Appends records to one file, flushing each line so a killed process loses nothing it wrote."""

    def __init__(self, path: Path):
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._file = open(path, "ab")  # noqa: SIM115 - closed by close()
        if self._file.tell() and not _ends_with_newline(path):
            logger.warning("%s: last line is torn (an interrupted write); it is kept and skipped "
                           "on read, new records start on a fresh line", path)
            self._file.write(b"\n")

    def write(self, record: dict) -> int:
        """Append one record; returns the byte offset its line starts at."""
        line = json.dumps(ordered(record), ensure_ascii=False, separators=(",", ":"))
        offset = self._file.tell()
        self._file.write(line.encode("utf-8") + b"\n")
        self._file.flush()
        return offset

    def close(self) -> None:
        if not self._file.closed:
            self._file.flush()
            os.fsync(self._file.fileno())
            self._file.close()

    def __enter__(self) -> ArchiveWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def append_line(path: Path, line: str) -> None:
    """Append one line to an append-only text file (run records, validators): created with its
    directory when missing, and begun on a fresh line when a killed writer left a torn last line, so
    the torn line never swallows this one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "ab") as f:
        torn = f.tell() and not _ends_with_newline(path)
        f.write((b"\n" if torn else b"") + line.encode("utf-8") + b"\n")


def _ends_with_newline(path: Path) -> bool:
    with open(path, "rb") as f:
        f.seek(-1, os.SEEK_END)
        return f.read(1) == b"\n"


def read_jsonl(path: Path, key: str = "id", check: Check | None = None) -> Iterator[dict]:
    """Records of one JSON Lines file; a line that is not a JSON object with `key` is reported and
    skipped."""
    for _, record in scan_jsonl(path, key, check):
        yield record


def scan_jsonl(path: Path, key: str = "id", check: Check | None = None) -> Iterator[tuple[int, dict]]:
    """(byte offset, record) of each good line of one JSON Lines file."""
    for start, _, record in scan_lines(path, key=key, check=check):
        yield start, record


def scan_lines(path: Path, start: int = 0, *, key: str = "id", complete_only: bool = False,
               check: Check | None = None) -> Iterator[tuple[int, int, dict]]:
    """(offset, end, record) of each good line from byte `start`. A line that is not a JSON object
    with `key`, or that `check` finds a problem with (`record.problem` for article records), is
    reported and skipped; with `complete_only`, a last line without its newline (a write still
    going on, or torn) is left for a later reader instead."""
    try:
        f = open(path, "rb")  # noqa: SIM115 - closed below
    except FileNotFoundError:
        return
    with f:
        f.seek(start)
        offset = start
        for lineno, raw in enumerate(f, 1):
            if complete_only and not raw.endswith(b"\n"):
                return
            here, offset = offset, offset + len(raw)
            where = f"{path}:{lineno}" if start == 0 else f"{path}@{here}"
            if not raw.strip():
                continue
            try:
                record = json.loads(raw)
            except ValueError as exc:
                torn = not raw.endswith(b"\n")
                logger.warning("%s: %s line skipped (%s)", where, "torn" if torn else "corrupt", exc)
                continue
            if not isinstance(record, dict) or not isinstance(record.get(key), str):
                logger.warning("%s: line is not %s record, skipped", where,
                               "an article" if key == "id" else f"a {key!r}")
                continue
            if check is not None and (why := check(record)):
                logger.warning("%s: record skipped: %s", where, why)
                continue
            yield here, offset, record
