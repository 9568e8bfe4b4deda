"""The Whoosh engine's build, and the way in to either engine's (`update_index`).

How an update resumes from what the archive gained, and what the engines share for it, is
`index.incremental`; which engine an index holds is `index.engines`.
"""

from __future__ import annotations

import gc
import logging
import time
from collections.abc import Callable
from itertools import islice
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.index import Index
from whoosh.query import Term

from archiver.archive.store import Archive
from archiver.progress import Meter, silent
from index.codec import PooledWriter, add_segments, finish_segment
from index.engines import DEFAULT, engine_name, serving
from index.incremental import (
    MAX_WORKERS,
    IndexReport,
    _batches,
    _file_state,
    _fill_tombstone,
    _latest_lines,
    _Line,
    _load_state,
    _pool,
    _read_records,
    _same,
    _save_state,
    _stale_sources,
    _start_offset,
    _workers,
    _write_lock,
    clear_index_dir,
)
from index.schema import SCHEMA_VERSION, build_schema, document

#: MAX_WORKERS is read here by the benchmarks.
__all__ = ["MAX_WORKERS", "IndexReport", "index_damage", "update_index"]

logger = logging.getLogger(__name__)


def update_index(index_dir: Path, archive: Archive, *, rebuild: bool = False,
                 progress: Meter = silent, on_wait: Callable[[], None] = lambda: None,
                 engine: str | None = None) -> IndexReport:
    """Index what the archive gained since the last run (everything with `rebuild`), counting the
    articles on `progress`; `on_wait` is called once if another indexer holds the index. The index
    keeps its engine unless `engine` (one of ENGINES) names another: then it is rebuilt."""
    index_dir.mkdir(parents=True, exist_ok=True)
    chosen = engine or engine_name(index_dir)
    other = serving(chosen)
    rebuild = rebuild or chosen != engine_name(index_dir)
    if other is not None:
        return other.update_tantivy(index_dir, archive, rebuild=rebuild, progress=progress,
                                    on_wait=on_wait)
    started = time.perf_counter()
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
    clear_index_dir(index_dir)
    ix = whoosh_index.create_in(str(index_dir), build_schema())
    _save_state(index_dir, state)
    return ix, state, True


def index_damage(index_dir: Path, state: dict | None = None) -> str | None:
    """What is wrong with the index's files, or None. Segment files are never changed once
    written, so each must still have the size recorded after the commit that made it (missing and
    truncated files); then each segment's first and last stored documents and first terms must
    read (garbage). Whoosh itself would open such an index and fail only in a search. (A Tantivy
    index is checked by Tantivy as it opens its files.)"""
    if engine_name(index_dir) != DEFAULT:
        return None
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


def _drop_stale_sources(ix: Index, archive: Archive, state: dict, report: IndexReport,
                        index_dir: Path) -> None:
    """Delete from the index the sources whose archive file is gone or was rewritten."""
    stale = _stale_sources(archive, state)
    if not stale:
        return
    writer = PooledWriter(ix, _lk=False)
    for source in stale:
        report.deleted += writer.delete_by_query(Term("source", source))
        del state["sources"][source]
    writer.commit()
    _save_state(index_dir, state)


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


