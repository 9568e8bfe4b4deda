"""Bring the index up to date with the archive, reading only what was appended since the last run.

The archive is the truth and is append-only, so the index remembers, per source file, how many bytes it
has already indexed (`state.json`, written only after a successful commit) and reads from there next
time. Each run then indexes the latest version of every article it read, replacing any version already
in the index by its unique id: running again after a crash redoes at most the uncommitted batch and never
duplicates. A file that shrank or was rewritten has its source indexed again from scratch.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import logging
import multiprocessing
import multiprocessing.pool
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage
from whoosh.index import Index
from whoosh.query import Term

from archiver.archive.store import Archive, scan_lines
from archiver.progress import Meter, silent
from archiver.record import problem
from index.codec import PooledWriter, add_segments, finish_segment
from index.schema import SCHEMA_VERSION, build_schema, document

logger = logging.getLogger(__name__)

STATE_FILE = "state.json"
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


def update_index(index_dir: Path, archive: Archive, *, rebuild: bool = False,
                 progress: Meter = silent,
                 on_wait: Callable[[], None] = lambda: None) -> IndexReport:
    """Index what the archive gained since the last run (everything with `rebuild`), counting the
    articles on `progress`; `on_wait` is called once if another indexer holds the index."""
    started = time.perf_counter()
    index_dir.mkdir(parents=True, exist_ok=True)
    with _write_lock(index_dir, on_wait):
        ix, state, created = _open(index_dir, rebuild)
        report = IndexReport(rebuilt=created)
        _drop_stale_sources(ix, archive, state, report, index_dir)
        fresh = ix.doc_count() == 0  # then every id read below is new: no lookups needed
        todo = {s: _start_offset(archive.path_for(s), state["sources"].get(s))
                for s in archive.sources()}
        latest, ends = _latest_lines(archive, todo)
        workers = _workers(len(latest)) if fresh else 1
        with _pool(workers) as pool, progress("indexing", len(latest)) as advance:
            batches = _batches(latest, workers)
            while group := list(islice(batches, workers)):
                if pool is None:
                    _index_batch(ix, archive, group[0], report, fresh)
                else:
                    jobs = [(str(index_dir), str(archive.root), batch) for batch in group]
                    add_segments(ix, pool.starmap(_write_segment, jobs))
                    report.added += sum(map(len, group))
                # Lines up to the end of these batches are now safely in the index.
                last = {line.source: line.end for batch in group for line in batch}
                for source, offset in last.items():
                    state["sources"][source] = _file_state(archive.path_for(source), offset)
                _save_state(index_dir, state)
                advance(sum(map(len, group)))
        for source, end in ends.items():
            state["sources"][source] = _file_state(archive.path_for(source), end)
        _save_state(index_dir, state)
    report.seconds = time.perf_counter() - started
    return report


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


def _open(index_dir: Path, rebuild: bool) -> tuple[Index, dict, bool]:
    """The index, its state and whether it was just created: a new empty one when asked, when
    either is missing or unreadable, or when it was made by another schema version."""
    state = _load_state(index_dir)
    if not rebuild and state is not None:
        if (damage := index_damage(index_dir, state)) is None:
            return whoosh_index.open_dir(str(index_dir)), state, False
        logger.warning("the index in %s is damaged (%s); rebuilding it from the archive",
                       index_dir, damage)
    state = {"schema": SCHEMA_VERSION, "sources": {}}
    (index_dir / STATE_FILE).unlink(missing_ok=True)
    ix = whoosh_index.create_in(str(index_dir), build_schema())
    _save_state(index_dir, state)
    return ix, state, True


def _load_state(index_dir: Path) -> dict | None:
    try:
        state = json.loads((index_dir / STATE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return state if state.get("schema") == SCHEMA_VERSION else None


def index_damage(index_dir: Path, state: dict | None = None) -> str | None:
    """What is wrong with the index's files, or None. Segment files are never changed once
    written, so each must still have the size recorded after the commit that made it (missing and
    truncated files); then each segment's first and last stored documents and first terms must
    read (garbage). Whoosh itself would open such an index and fail only in a search."""
    state = _load_state(index_dir) if state is None else state
    try:
        ix = whoosh_index.open_dir(str(index_dir))
        live = {f"{whoosh_index._DEF_INDEX_NAME}_{seg.segid}" for seg in ix._segments()}
        for name, size in (state or {}).get("files", {}).items():
            if name.split(".", 1)[0] not in live:
                continue
            path = index_dir / name
            if not path.exists():
                return f"segment file {name} is missing"
            if path.stat().st_size != size:
                return f"segment file {name} has {path.stat().st_size} bytes, not {size}"
        with ix.reader() as reader:
            for leaf, _ in reader.leaf_readers():
                for doc in {0, leaf.doc_count_all() - 1} - {-1}:
                    leaf.stored_fields(doc)
                list(islice(leaf.all_terms(), 3))
    except Exception as exc:  # noqa: BLE001 - Whoosh fails in many ways on damaged files
        return f"{type(exc).__name__}: {exc}"[:200]
    return None


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


def _drop_stale_sources(ix: Index, archive: Archive, state: dict, report: IndexReport,
                        index_dir: Path) -> None:
    """Delete from the index the sources whose archive file is gone or was rewritten."""
    if not archive.root.is_dir():  # unmounted or moved: not a reason to empty the index
        if state["sources"]:
            logger.warning("no archive in %s; the index is left as it is", archive.root)
        return
    present = set(archive.sources())
    stale = [s for s in state["sources"]
             if s not in present or _start_offset(archive.path_for(s), state["sources"][s]) < 0]
    if not stale:
        return
    writer = PooledWriter(ix, _lk=False)
    for source in stale:
        report.deleted += writer.delete_by_query(Term("source", source))
        del state["sources"][source]
    writer.commit()
    _save_state(index_dir, state)


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


def _write_segment(index_dir: str, archive_root: str, batch: list[_Line]) -> object:
    """In a worker process: index a batch of new articles into a segment not yet listed in the
    index (the caller lists it, under its lock)."""
    ix = whoosh_index.open_dir(index_dir)
    writer = PooledWriter(ix, _lk=False)
    gc.disable()
    for record in _read_records(Archive(archive_root), batch):
        writer.add_document(**document(record))
    return finish_segment(writer)


def _index_batch(ix: Index, archive: Archive, batch: list[_Line], report: IndexReport,
                 fresh: bool) -> None:
    """Index one batch of records in one commit. `fresh`: the index holds none of these ids yet.

    The cyclic garbage collector is paused meanwhile: the batch creates millions of objects and no
    cycles, and its repeated scans of them cost about a tenth of the indexing time."""
    writer = PooledWriter(ix, _lk=False)
    gc.disable()
    try:
        with ix.searcher() as searcher:
            for record in _read_records(archive, batch):
                if fresh:
                    writer.add_document(**document(record))
                    report.added += 1
                    continue
                old = searcher.document(id=record["id"])
                if old is None:
                    writer.add_document(**document(record))
                    report.added += 1
                elif _same(old, record):
                    report.unchanged += 1
                else:
                    writer.update_document(**document(_fill_tombstone(record, old)))
                    report.updated += 1
        writer.commit()
    except BaseException:
        writer.cancel()
        raise
    finally:
        gc.enable()


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
