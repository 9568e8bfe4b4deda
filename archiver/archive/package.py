"""WACZ packages (https://specs.webrecorder.net/wacz/1.1.1/): a source's captures in the one-file format
ReplayWeb.page, pywb and Browsertrix read, for deposit or to hand a researcher.

    archive/<source>-<file>.warc.gz   the crawl's WARC files as written (ZIP "stored", not re-compressed)
    indexes/index.cdx                 a sorted CDXJ index of them (cdxj-indexer, as the `wacz` tool does)
    pages/pages.jsonl                 one line per archived article version: url, ts, title, id
    datapackage.json                  every file with its sha256 and size (Frictionless data package)
    datapackage-digest.json           the sha256 of datapackage.json

A WARC file goes in when its run began from `start` and before `end`; a file holding the original that one of
its `revisit` records refers to goes in too, so every revisit replays.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from cdxj_indexer.main import write_cdx_index
from warcio.archiveiterator import ArchiveIterator

from archiver import __version__
from archiver.archive.store import Archive, read_jsonl
from archiver.archive.warc import PAYLOADS_FILE
from archiver.config import DataDir
from archiver.record import format_utc, utc_now

WACZ_VERSION = "1.1.1"


@dataclass
class PackageReport:
    output: Path
    warc_files: int
    pages: int
    bytes: int

    def line(self) -> str:
        return (f"{self.output}: {self.warc_files} WARC files, {self.pages} pages, "
                f"{self.bytes / 1e6:.1f} MB")


class PackageError(Exception):
    """Nothing to package, or the output cannot be written."""


def package(data: DataDir, sources: Iterable[str], output: Path, *,
            start: datetime | None = None, end: datetime | None = None) -> PackageReport:
    """Write the WACZ package of `sources`' captures (runs begun at or after `start` and before
    `end`) to `output`."""
    output = Path(output)
    files = {s: _files(data.warc / s, start, end) for s in sources}
    if not any(files.values()):
        raise PackageError("no WARC captures of " + ", ".join(files) + " in that period")
    member = {path: f"{source}-{path.name}" for source, paths in files.items() for path in paths}
    included = {f"{source}/{path.name}" for source, paths in files.items() for path in paths}
    pages = [{"format": "json-pages-1.0", "id": "pages", "title": "Archived articles"}]
    archive = Archive(data.archive)
    for source in files:
        for record in archive.iter_records([source]):
            if record.get("warc_file") in included and record.get("status") == "live":
                pages.append({"id": f"{record['id']}-v{record.get('version', 1)}",
                              "url": record.get("fetched_url") or record["url"],
                              "ts": record["fetched_at"], "title": record.get("title")})
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp_output = output.with_name(output.name + ".tmp")
    with tempfile.TemporaryDirectory() as tmp, \
            zipfile.ZipFile(tmp_output, "w", zipfile.ZIP_STORED) as wacz:
        links = Path(tmp, "archive")
        links.mkdir()
        for path, name in member.items():
            os.symlink(path.resolve(), links / name)
        index = Path(tmp, "index.cdxj")
        write_cdx_index(str(index), [str(links)], {"sort": True, "post_append": True})
        resources = [_add(wacz, links / name, f"archive/{name}") for name in sorted(member.values())]
        resources.append(_add(wacz, index, "indexes/index.cdx"))
        pages_file = Path(tmp, "pages.jsonl")
        pages_file.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in pages),
                              encoding="utf-8")
        resources.append(_add(wacz, pages_file, "pages/pages.jsonl"))
        datapackage = json.dumps({
            "profile": "data-package",
            "wacz_version": WACZ_VERSION,
            "title": "archiver captures of " + ", ".join(files),
            "created": utc_now(),
            "modified": utc_now(),
            "software": f"archiver/{__version__}",
            "resources": resources,
        }, indent=2, ensure_ascii=False).encode("utf-8")
        wacz.writestr("datapackage.json", datapackage)
        wacz.writestr("datapackage-digest.json", json.dumps({
            "path": "datapackage.json", "hash": "sha256:" + hashlib.sha256(datapackage).hexdigest()}))
    os.replace(tmp_output, output)
    return PackageReport(output, len(member), len(pages) - 1, output.stat().st_size)


def _files(directory: Path, start: datetime | None, end: datetime | None) -> list[Path]:
    """The source's WARC files of runs begun in the period, and those their revisits refer to."""
    low = _stem(start) if start else ""
    high = _stem(end) if end else "~"
    chosen = [p for p in sorted(directory.glob("*.warc.gz")) if low <= p.name[:16] < high]
    originals = {(c["uri"], c["date"]): c["warc_file"]
                 for c in read_jsonl(directory / PAYLOADS_FILE, key="uri")}
    needed = set(chosen)
    for path in chosen:
        with open(path, "rb") as f:
            for record in ArchiveIterator(f):
                if record.rec_type == "revisit":
                    target = (record.rec_headers.get_header("WARC-Refers-To-Target-URI"),
                              record.rec_headers.get_header("WARC-Refers-To-Date"))
                    if target in originals:
                        needed.add(directory.parent / originals[target])
    return sorted(needed)


def _stem(when: datetime) -> str:
    """A time as WARC file names begin: 20250131T080000Z."""
    return format_utc(when).replace("-", "").replace(":", "")


def _add(wacz: zipfile.ZipFile, path: Path, name: str) -> dict:
    """Store one file in the package; its datapackage resource."""
    digest = hashlib.sha256()
    size = 0
    info = zipfile.ZipInfo(name, datetime.now().timetuple()[:6])
    with open(path, "rb") as src, wacz.open(info, "w", force_zip64=True) as dst:
        while chunk := src.read(1 << 20):
            digest.update(chunk)
            size += len(chunk)
            dst.write(chunk)
    # Frictionless allows lower-case resource names only
    return {"name": Path(name).name.lower(), "path": name, "hash": "sha256:" + digest.hexdigest(),
            "bytes": size}
