"""Incremental indexing: only what the archive gained is read, the latest version wins, re-runs after a
crash never duplicate, a second writer waits, a rewritten archive file is indexed again."""

from __future__ import annotations

import json
import threading
import time

from index_corpus import ARTICLES, make_archive, record
from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage

from archiver.archive.store import Archive
from index.build import update_index
from index.query import search
from index.schema import STATE_FILE


def doc_count(config) -> int:
    return whoosh_index.open_dir(str(config.data.index)).doc_count()


def test_reindex_adds_only_the_changed_articles(tmp_path):
    config = make_archive(tmp_path)
    first = update_index(config.data.index, Archive(config.data.archive))
    assert (first.added, first.updated, first.unchanged, first.rebuilt) == (6, 0, 0, True)

    again = update_index(config.data.index, Archive(config.data.archive))
    assert (again.added, again.updated, again.unchanged) == (0, 0, 0)

    # A re-crawl: one article changed (new version), one seen again unchanged, one new.
    old = ARTICLES["quy-che"]
    changed = {**old, "title": "Tiên Yên tổng kết Quy chế dân chủ", "version": 2,
               "content_hash": "changed"}
    new = record("moi", "Khánh thành cầu Bình Liêu", "Cây cầu mới nối hai xã vùng cao.")
    Archive(config.data.archive).append([changed, ARTICLES["hoa-binh"], new])
    report = update_index(config.data.index, Archive(config.data.archive))
    assert (report.added, report.updated, report.unchanged, report.rebuilt) == (1, 1, 1, False)
    assert doc_count(config) == 7
    assert [h.title for h in search(config.data.index, "tổng kết quy chế").hits] == [changed["title"]]
    assert search(config.data.index, '"sơ kết thực hiện dân vận"').total == 0


def test_latest_version_wins_within_one_run(tmp_path):
    v1 = record("a", "Phiên bản một", "Nội dung cũ về thủy lợi.")
    v2 = {**v1, "title": "Phiên bản hai", "body": "Nội dung mới về giao thông.", "version": 2}
    config = make_archive(tmp_path, {"v1": v1, "v2": v2})
    assert update_index(config.data.index, Archive(config.data.archive)).added == 1
    assert [h.title for h in search(config.data.index, "phiên bản").hits] == ["Phiên bản hai"]
    assert search(config.data.index, "thủy lợi").total == 0


def test_removed_articles_stay_searchable_and_marked(tmp_path):
    config = make_archive(tmp_path)
    update_index(config.data.index, Archive(config.data.archive))
    gone = {**ARTICLES["gpmb"], "status": "removed"}
    # A removal notice may carry no text: the indexed text is kept.
    notice = {k: v for k, v in gone.items() if k not in ("title", "summary", "body")}
    Archive(config.data.archive).append([notice])
    assert update_index(config.data.index, Archive(config.data.archive)).updated == 1
    hit = search(config.data.index, '"giải phóng mặt bằng"').hits[0]
    assert (hit.id, hit.status, hit.title) == (gone["id"], "removed", gone["title"])


def test_rerun_after_a_crash_before_the_state_was_saved_never_duplicates(tmp_path):
    config = make_archive(tmp_path)
    update_index(config.data.index, Archive(config.data.archive))
    state = (config.data.index / STATE_FILE).read_text()
    Archive(config.data.archive).append([record("moi", "Tin mới", "Nội dung mới.")])
    update_index(config.data.index, Archive(config.data.archive))
    # As if the run had committed its batch but died before writing its state.
    (config.data.index / STATE_FILE).write_text(state)
    report = update_index(config.data.index, Archive(config.data.archive))
    assert (report.added, report.unchanged) == (0, 1)
    assert doc_count(config) == 7


def test_a_rewritten_archive_file_is_indexed_again(tmp_path):
    config = make_archive(tmp_path)
    update_index(config.data.index, Archive(config.data.archive))
    path = Archive(config.data.archive).path_for("haiduong")
    path.write_text("")  # shrank: e.g. restored from an older copy
    Archive(config.data.archive).append([record("thay", "Bài thay thế", "Nội dung.",
                                               source="haiduong", province="Hải Dương")])
    report = update_index(config.data.index, Archive(config.data.archive))
    assert (report.deleted, report.added) == (2, 1)
    assert doc_count(config) == 5


def test_a_deleted_archive_file_leaves_the_index(tmp_path):
    config = make_archive(tmp_path)
    update_index(config.data.index, Archive(config.data.archive))
    Archive(config.data.archive).path_for("bacgiang").unlink()
    assert update_index(config.data.index, Archive(config.data.archive)).deleted == 1
    assert doc_count(config) == 5


def test_rebuild_and_a_damaged_index_start_from_the_archive(tmp_path):
    config = make_archive(tmp_path)
    update_index(config.data.index, Archive(config.data.archive))
    assert update_index(config.data.index, Archive(config.data.archive), rebuild=True).added == 6
    for f in config.data.index.glob("*.toc"):
        f.write_bytes(b"garbage")
    report = update_index(config.data.index, Archive(config.data.archive))
    assert report.rebuilt and report.added == 6 and doc_count(config) == 6


def test_a_second_writer_waits_for_the_lock(tmp_path):
    config = make_archive(tmp_path)
    update_index(config.data.index, Archive(config.data.archive))
    Archive(config.data.archive).append([record("moi", "Tin mới", "Nội dung mới.")])
    lock = FileStorage(str(config.data.index)).lock("MAIN_WRITELOCK")
    assert lock.acquire()
    results, waits = [], []
    worker = threading.Thread(target=lambda: results.append(
        update_index(config.data.index, Archive(config.data.archive),
                     on_wait=lambda: waits.append("waiting"))))
    worker.start()
    time.sleep(0.5)
    assert worker.is_alive() and not results  # waiting, not failing
    lock.release()
    worker.join(timeout=30)
    assert results[0].added == 1
    assert waits == ["waiting"]  # told once, so the command can say why it pauses


def test_torn_last_line_is_left_for_the_next_run(tmp_path):
    config = make_archive(tmp_path)
    path = Archive(config.data.archive).path_for("bacgiang")
    complete = path.stat().st_size
    with open(path, "ab") as f:
        f.write('{"id": "torn", "title": "Tin bị'.encode())
    assert update_index(config.data.index, Archive(config.data.archive)).added == 6
    state = json.loads((config.data.index / STATE_FILE).read_text())
    assert state["sources"]["bacgiang"]["bytes"] == complete  # the torn bytes are not claimed


def test_a_removal_notice_without_text_keeps_the_text_on_rebuild(tmp_path):
    gone = {k: v for k, v in ARTICLES["gpmb"].items() if k not in ("title", "summary", "body")}
    config = make_archive(tmp_path, {**ARTICLES, "gone": {**gone, "status": "removed"}})
    assert update_index(config.data.index, Archive(config.data.archive)).added == 6
    hit = search(config.data.index, '"giải phóng mặt bằng"').hits[0]
    assert (hit.status, hit.title) == ("removed", ARTICLES["gpmb"]["title"])


def test_a_big_fresh_build_writes_segments_in_parallel(tmp_path, monkeypatch):
    import index.incremental

    monkeypatch.setattr(index.incremental, "BATCH", 2)  # 6 articles: batches of 2, two workers
    config = make_archive(tmp_path)
    report = update_index(config.data.index, Archive(config.data.archive))
    assert report.added == 6 and doc_count(config) == 6
    ix = whoosh_index.open_dir(str(config.data.index))
    assert len(ix._segments()) == 3
    assert [h.id for h in search(config.data.index, "quy che dan chu").hits] == [
        ARTICLES["quy-che"]["id"], ARTICLES["rai-rac"]["id"]]
    assert update_index(config.data.index, Archive(config.data.archive)).added == 0  # the state was recorded
