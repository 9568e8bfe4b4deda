"""What either engine's update shares: bringing an index up to date with the archive, reading only
what was appended since the last run.

The archive is the truth and is append-only, so the index remembers, per source file, how many bytes it
has already indexed (`state.json`, written only after a successful commit) and reads from there next
time. Each run then indexes the latest version of every article it read, replacing any version already
in the index by its unique id: running again after a crash redoes at most the uncommitted batch and never
duplicates. A file that shrank or was rewritten has its source indexed again from scratch.

The Whoosh build (`index.build`) and the Tantivy one (`index.tantivy_engine`) both import this module;
it imports neither, so their imports point one way.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import multiprocessing
import multiprocessing.pool
import os
import shutil
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage

from archiver.archive.store import Archive, scan_lines
from archiver.record import problem
from index.schema import SCHEMA_VERSION, STATE_FILE

logger = logging.getLogger(__name__)

#: Articles per commit: bounds the writer's memory (≈ 20 MB per 1,000) and the work a crash can undo;
#: bigger batches write fewer, larger segments (a segment writes each distinct term once).
BATCH = 20_000
#: At most this many processes index in parallel (each holds one batch in memory).
MAX_WORKERS = 2
#: Bytes at the head of an archive file whose hash tells a rewritten file from an appended one.
HEAD_BYTES = 4096


@dataclass
class IndexReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0
    seconds: float = 0.0
    rebuilt: bool = False

    def summary(self) -> str:
        how = "rebuilt" if self.rebuilt else "updated"
        return (f"index {how}: {self.added} added, {self.updated} updated, "
                f"{self.unchanged} unchanged, {self.deleted} deleted in {self.seconds:.1f} s")


@dataclass(frozen=True)
class _Line:
    """Where a record sits in the archive: enough to find it again without keeping it in memory."""

    source: str
    offset: int  # byte offset of the line in its file
    end: int  # byte offset just past it
    text_at: int | None = None  # a removal notice without text: where the last text version is


@contextlib.contextmanager
def _write_lock(index_dir: Path, on_wait: Callable[[], None]) -> Iterator[None]:
    """Whoosh's own writer lock, waited for (telling `on_wait`) instead of failing with LockError."""
    lock = FileStorage(str(index_dir)).lock(f"{whoosh_index._DEF_INDEX_NAME}_WRITELOCK")
    if not lock.acquire():
        on_wait()
        while not lock.acquire():
            time.sleep(0.2)
    try:
        yield
    finally:
        lock.release()


def clear_index_dir(index_dir: Path) -> None:
    """Remove every file of the index (either engine's, and the state) but the write lock, before
    building anew."""
    for entry in Path(index_dir).iterdir():
        if entry.name.endswith("_WRITELOCK"):
            continue
        if entry.is_dir():
            shutil.rmtree(entry)
        else:
            entry.unlink()


def _load_state(index_dir: Path) -> dict | None:
    try:
        state = json.loads((index_dir / STATE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return state if state.get("schema") == SCHEMA_VERSION else None


def _segment_files(index_dir: Path) -> dict[str, int]:
    """Name → size of every segment file (`MAIN_<segment>.*`), for `index_damage`."""
    prefix = f"{whoosh_index._DEF_INDEX_NAME}_"
    return {p.name: p.stat().st_size for p in index_dir.iterdir()
            if p.name.startswith(prefix) and p.name != f"{prefix}WRITELOCK"}


def _save_state(index_dir: Path, state: dict) -> None:
    """The state, with the segment files as they are after the commit that came just before."""
    state["files"] = _segment_files(index_dir)
    tmp = index_dir / f"{STATE_FILE}.tmp"
    tmp.write_text(json.dumps(state, indent=1, sort_keys=True), encoding="utf-8")
    os.replace(tmp, index_dir / STATE_FILE)


def _file_state(path: Path, indexed: int) -> dict:
    return {"bytes": indexed, "head": _head_hash(path, indexed)}


def _head_hash(path: Path, upto: int) -> str:
    with open(path, "rb") as f:
        return hashlib.sha1(f.read(min(upto, HEAD_BYTES))).hexdigest()


def _start_offset(path: Path, seen: dict | None) -> int:
    """Where to resume reading a source file: 0 unless the file still starts as it did."""
    if not seen:
        return 0
    size = path.stat().st_size
    if size < seen["bytes"] or _head_hash(path, seen["bytes"]) != seen["head"]:
        logger.warning("%s shrank or was rewritten; indexing this source again", path)
        return -1
    return seen["bytes"]


def _stale_sources(archive: Archive, state: dict) -> list[str]:
    """The indexed sources whose archive file is gone or was rewritten (none when the whole
    archive is missing: unmounted or moved is not a reason to empty the index)."""
    if not archive.root.is_dir():
        if state["sources"]:
            logger.warning("no archive in %s; the index is left as it is", archive.root)
        return []
    present = set(archive.sources())
    return [s for s in state["sources"]
            if s not in present or _start_offset(archive.path_for(s), state["sources"][s]) < 0]


def _latest_lines(archive: Archive, todo: dict[str, int]) -> tuple[dict[str, _Line], dict[str, int]]:
    """The last new line of each article id, in archive order, and where each file's complete lines
    end. Only ids are kept in memory; records are read again when indexed."""
    latest: dict[str, _Line] = {}
    ends: dict[str, int] = {}
    for source, start in todo.items():
        path = archive.path_for(source)
        # Where the complete lines end *before* reading: a line a crawl appends while we read is
        # read again next time (an update by id, harmless), never recorded as read unread.
        ends[source] = _complete_end(path)
        texts: dict[str, int] = {}
        for offset, end, record in scan_lines(path, start, complete_only=True, check=problem):
            rid = record["id"]
            if _has_text(record):
                texts[rid] = offset
            latest.pop(rid, None)  # re-inserted last: keeps the archive order of last versions
            latest[rid] = _Line(source, offset, end, None if _has_text(record) else texts.get(rid))
    return latest, ends


def _complete_end(path: Path) -> int:
    """Byte offset just past the last newline of a file."""
    with open(path, "rb") as f:
        f.seek(0, os.SEEK_END)
        end = f.tell()
        while end > 0:
            step = min(end, 65536)
            f.seek(end - step)
            chunk = f.read(step)
            nl = chunk.rfind(b"\n")
            if nl >= 0:
                return end - step + nl + 1
            end -= step
    return 0


def _batches(latest: dict[str, _Line], workers: int) -> Iterator[list[_Line]]:
    """The lines in batches of at most BATCH, evened out so that every round of `workers`
    parallel batches is full (100,000 on two workers: six of 16,667, not five of 20,000)."""
    rounds = -(-len(latest) // (BATCH * workers))
    size = -(-len(latest) // (rounds * workers)) if rounds else BATCH
    batch: list[_Line] = []
    for line in latest.values():
        batch.append(line)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _workers(count: int) -> int:
    """Processes for a fresh build of `count` articles: one per core for a big one, where each
    writes its own segments in parallel (Whoosh segments are independent until listed)."""
    if count < 2 * BATCH or multiprocessing.current_process().daemon:  # daemons have no children
        return 1
    return max(1, min(os.cpu_count() or 1, MAX_WORKERS))


@contextlib.contextmanager
def _pool(workers: int) -> Iterator[multiprocessing.pool.Pool | None]:
    """Worker processes, forked before any thread (the progress bar's) starts: forked, because
    spawned ones would re-run the caller's `__main__` (the `archiver` command itself)."""
    if workers < 2:
        yield None
        return
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        yield pool


def _read_records(archive: Archive, batch: list[_Line]) -> Iterator[dict]:
    """The batch's records; a removal notice without text takes the text of the line it points at."""
    with archive.reader() as reader:
        for line in batch:
            record = reader.read(line.source, line.offset)
            if line.text_at is not None:
                text = reader.read(line.source, line.text_at)
                record = {**text, **{k: v for k, v in record.items() if v is not None}}
            yield record


def _same(old: dict, record: dict) -> bool:
    """Whether the indexed version already shows this record (same content, same status)."""
    meta = old["meta"]
    return (meta.get("content_hash") == record.get("content_hash")
            and meta.get("status") == record.get("status")
            and meta.get("version") == record.get("version"))


def _has_text(record: dict) -> bool:
    return bool(record.get("title") or record.get("body"))


def _fill_tombstone(record: dict, old: dict) -> dict:
    """A removal notice without text keeps the text of the indexed version (nothing is lost)."""
    if _has_text(record):
        return record
    return {**old["meta"], "id": old["id"], "title": old["title"], "summary": old["summary"],
            "body": old["body"], **{k: v for k, v in record.items() if v is not None}}
