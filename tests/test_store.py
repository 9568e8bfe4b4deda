"""The JSON Lines archive: append-only, torn lines reported and skipped, writes go on cleanly."""

import json
import logging

from archiver.archive.store import Archive


def rec(rid: str, version: int = 1, source: str = "s1", **extra) -> dict:
    return {"id": rid, "url": f"https://{source}.gov.vn/{rid}", "source": source,
            "title": f"Tiêu đề {rid}", "body": "Nội dung", "version": version, **extra}


def test_append_and_read_back_in_order(tmp_path):
    archive = Archive(tmp_path)
    assert archive.append([rec("a"), rec("b", source="s2"), rec("a", 2)]) == 3
    assert archive.sources() == ["s1", "s2"]
    assert [(r["id"], r["version"]) for r in archive.iter_records()] == [
        ("a", 1), ("a", 2), ("b", 1)]
    assert archive.latest()["a"]["version"] == 2
    line = archive.path_for("s1").read_text(encoding="utf-8").splitlines()[0]
    assert "Tiêu đề a" in line  # UTF-8 text, not \\u escapes: readable with jq and grep
    assert list(json.loads(line))[:3] == ["id", "url", "source"]


def test_torn_last_line_is_skipped_and_next_write_is_clean(tmp_path, caplog):
    archive = Archive(tmp_path)
    archive.append([rec("a"), rec("b")])
    path = archive.path_for("s1")
    whole = path.read_bytes()
    path.write_bytes(whole[: len(whole) - 10])  # a crash in the middle of writing "b"
    with caplog.at_level(logging.WARNING):
        assert [r["id"] for r in archive.iter_records()] == ["a"]
    assert "torn line skipped" in caplog.text
    caplog.clear()
    with caplog.at_level(logging.WARNING):
        archive.append([rec("c")])
    assert "last line is torn" in caplog.text
    assert [r["id"] for r in archive.iter_records()] == ["a", "c"]
    assert path.read_bytes().startswith(whole[: len(whole) - 10])  # nothing rewritten


def test_corrupt_and_foreign_lines_are_reported(tmp_path, caplog):
    archive = Archive(tmp_path)
    archive.append([rec("a")])
    with open(archive.path_for("s1"), "ab") as f:
        f.write(b"{not json}\n[1, 2]\n")
    archive.append([rec("b")])
    with caplog.at_level(logging.WARNING):
        assert [r["id"] for r in archive.iter_records()] == ["a", "b"]
    assert "s1.jsonl:2: corrupt line skipped" in caplog.text
    assert "s1.jsonl:3: line is not an article record" in caplog.text
