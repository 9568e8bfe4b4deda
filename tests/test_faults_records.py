"""Records of the wrong shape (issue 11 item 7): a title that is a number, `published` an int, `url`
null, a date out of range. Each is reported and skipped by every reader (index, rebuild, search,
stats, export, timeline, a crawl of the source); none is ever fatal, and the good records around it
are all still there."""

from __future__ import annotations

import json

import pytest

from archiver.record import content_hash
from tests.conftest import run_archiver
from tests.hostile_site import HostileSite, article, crawl, listing

BAD = [
    {"title": 12345},
    {"published": 20240101},
    {"url": None},
    {"published": "99999-01-01T00:00:00+07:00"},
    {"published": "0001-01-01T00:00:00+14:00"},
    {"body": ["not", "text"]},
    {"authors": "Nguyễn Văn A"},
    {"version": "two"},
    {"first_seen": 7},
]


def _good(n: int, base: str = "https://a.gov.vn") -> dict:
    title, body = f"Hội nghị số {n}", f"Nội dung hội nghị tổng kết số {n}. " * 20
    return {"id": f"{n:016x}", "url": f"{base}/news/{n}", "source": "hostile", "title": title,
            "body": body, "authors": [], "published": f"2024-03-{n % 28 + 1:02d}T08:30:00+07:00",
            "tags": [], "images": [], "attachments": [], "fetched_at": "2025-01-01T00:00:00Z",
            "first_seen": "2025-01-01T00:00:00Z", "version": 1, "content_hash": content_hash(title, body),
            "status": "live", "language": "vi"}


def _archive(tmp, base: str = "https://a.gov.vn") -> None:
    lines = []
    for n, bad in enumerate(BAD):
        lines.append(_good(n, base))
        lines.append({**_good(100 + n, base), **bad})
    (tmp / "archive").mkdir(parents=True, exist_ok=True)
    (tmp / "archive" / "hostile.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in lines), encoding="utf-8")


@pytest.mark.parametrize("command", [
    ("index",), ("index", "--rebuild"), ("stats",), ("stats", "--json"),
    ("export", "--output", "{tmp}/out.jsonl"), ("export", "--output", "{tmp}/out.csv"),
    ("timeline",), ("timeline", "--by", "year"),
])
def test_a_bad_record_is_skipped_never_fatal(tmp_path, command):
    _archive(tmp_path)
    args = [a.format(tmp=tmp_path) for a in command]
    done = run_archiver("--data-dir", str(tmp_path), *args)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    if command[0] == "export":
        out = (tmp_path / args[-1].rsplit("/", 1)[-1]).read_text(encoding="utf-8")
        assert all(f"Hội nghị số {n}" in out for n in range(len(BAD)))
        assert "Hội nghị số 100" not in out


def test_search_after_indexing_bad_records(tmp_path):
    _archive(tmp_path)
    assert run_archiver("--data-dir", str(tmp_path), "index", "--rebuild").returncode == 0
    found = run_archiver("--data-dir", str(tmp_path), "search", "hội nghị", "--limit", "50")
    assert found.returncode == 0, found.stderr
    assert all(f"Hội nghị số {n}\n" in found.stdout + "\n" or f"Hội nghị số {n} " in found.stdout
               for n in range(len(BAD))), found.stdout


def test_a_crawl_of_a_source_with_bad_records_goes_on(tmp_path):
    pages = {"/": listing(["/news/1", "/news/2"]),
             "/news/1": article("Tin một", 1), "/news/2": article("Tin hai", 2)}
    with HostileSite(pages.get) as site:
        _archive(tmp_path, site.base_url + "/old")
        done = crawl(site, tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "2 new" in done.stdout
    assert "Traceback" not in done.stderr
