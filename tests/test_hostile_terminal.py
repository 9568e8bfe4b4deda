"""Terminal escapes (issue 11 item 14): control characters archived from a hostile page (in its
canonical URL, title, category) are shown escaped by `search` and `history`, never sent raw to the
terminal; the archive keeps the text as it was."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from archiver.archive.store import Archive
from archiver.cli import cli
from archiver.cli.terminal import printable
from archiver.record import content_hash

CLEAR = "\x1b[2J"
CLIPBOARD = "\x1b]52;c;Y3VybCBldmlsfHNo\x07"
HOSTILE = (CLEAR, CLIPBOARD, "\x9b31m", "\u202e", "\x07")


def _record(version: int, title: str) -> dict:
    body = "Nội dung hội nghị tổng kết công tác năm. " * 10
    return {"id": "00000000000000aa", "url": f"https://a.gov.vn/tin{CLEAR}{CLIPBOARD}",
            "source": "hostile", "title": title, "body": body, "category": f"Tin{CLEAR}",
            "published": "2024-03-01T08:00:00+07:00", "version": version, "status": "live",
            "fetched_at": f"2025-01-0{version}T00:00:00Z", "content_hash": content_hash(title, body)}


@pytest.fixture
def data(tmp_path):
    Archive(tmp_path / "archive").append([_record(1, f"Hội nghị {CLIPBOARD} tổng kết"),
                                          _record(2, f"Hội nghị {CLEAR}\u202e tổng kết \x9b31m")])
    assert CliRunner().invoke(cli, ["--data-dir", str(tmp_path), "index"]).exit_code == 0
    return tmp_path


@pytest.mark.parametrize("command", [["search", "hội nghị"], ["search", "hội nghị", "--facets"],
                                     ["history", "00000000000000aa"]])
def test_archived_control_characters_are_never_printed_raw(data, command):
    result = CliRunner().invoke(cli, ["--data-dir", str(data), *command], color=True)
    assert result.exit_code == 0, result.output
    for raw in HOSTILE:
        assert raw not in result.output, (raw, result.output)
    assert "\\x1b[2J" in result.output or "\\x1b]52" in result.output


def test_printable_keeps_text_and_shows_controls():
    assert printable("Hội nghị – “tổng kết”") == "Hội nghị – “tổng kết”"
    assert printable("a\x1b[2Jb\u202ec") == "a\\x1b[2Jb\\u202ec"
