"""`archiver import`: archive the articles in captures made elsewhere (Browsertrix, Heritrix, wget, the
Wayback Machine's WARCs of a portal since switched off), read with the same extraction as a crawl.

Each WARC (or each WARC inside a WACZ) is copied into the source's WARC directory as
`import-<sha256 prefix>-<name>`, so that records point at their capture like crawled ones do (and
`archiver reextract` works on them). An article version found in it is archived with provenance:
`fetched_at` is the capture's WARC-Date, `capture` names the file, its sha256 and the record's
WARC-Record-ID, and `imported_at` says when it came in. The documents an article links to are
described (media type, size, sha256, text) from the same capture when it holds them. Versions follow the
archive's rule (a new title or body is a new version), in capture-time order, so importing the same file
twice adds nothing, and an older capture of an article already archived from a newer one adds nothing
either.
"""

from __future__ import annotations

import hashlib
import shutil
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from archiver.archive.attachments import describe, with_descriptions
from archiver.archive.store import Archive
from archiver.archive.warc import stored_response
from archiver.config import DataDir
from archiver.extract.attachment_links import linked_documents
from archiver.extract.links import url_kind
from archiver.extract.listing import looks_like_article
from archiver.extract.page import ArticlePage
from archiver.record import article_id, content_hash, utc_now
from archiver.sources import Source


@dataclass
class ImportReport:
    files: list[str] = field(default_factory=list)
    responses: int = 0  # article pages (an article captured at several URLs counts each time)
    new: int = 0
    updated: int = 0
    same: int = 0  # articles whose title and body the archive already holds

    def line(self) -> str:
        return (f"{len(self.files)} capture files, {self.responses} article pages: {self.new} new "
                f"articles, {self.updated} new versions, {self.same} already archived")


def import_captures(data: DataDir, source: Source, paths: list[Path]) -> ImportReport:
    """Archive the articles of WARC / WACZ files for `source`; the caller holds its lock."""
    archive = Archive(data.archive)
    latest = archive.latest([source.id])
    report = ImportReport()
    with archive.writer(source.id) as writer:
        for path in paths:
            for warc in _warcs(Path(path)):
                stored, digest = _copy_in(data.warc / source.id, warc)
                report.files.append(str(stored.relative_to(data.warc)))
                found = sorted(_articles(stored, digest, source, data.warc),
                               key=lambda r: r["fetched_at"])
                documents = _documents(stored, {a["url"] for r in found for a in r["attachments"]})
                for record in found:
                    record["attachments"] = with_descriptions(record["attachments"], documents)
                for record in found:
                    report.responses += 1
                    previous = latest.get(record["id"])
                    if previous is not None and (previous.get("content_hash") == record["content_hash"]
                                                 or previous["fetched_at"] >= record["fetched_at"]):
                        report.same += 1
                        continue
                    first_seen = (previous or record).get("first_seen") or record["fetched_at"]
                    record.update(version=(previous or {}).get("version", 0) + 1,
                                  first_seen=first_seen)
                    writer.write(record)
                    latest[record["id"]] = record
                    if previous is None:
                        report.new += 1
                    else:
                        report.updated += 1
    return report


def _warcs(path: Path) -> Iterator[Path]:
    """The WARC files of a path: itself, or those inside a WACZ (extracted to a temporary dir)."""
    if path.suffix.lower() != ".wacz":
        yield path
        return
    with tempfile.TemporaryDirectory() as tmp, zipfile.ZipFile(path) as wacz:
        for name in wacz.namelist():
            if name.startswith("archive/") and name.endswith((".warc", ".warc.gz")):
                target = Path(tmp) / Path(name).name
                with wacz.open(name) as src, open(target, "wb") as dst:
                    shutil.copyfileobj(src, dst)
                yield target


def _copy_in(directory: Path, warc: Path) -> tuple[Path, str]:
    """The capture's copy in the source's WARC directory (copied once: same bytes, same name), and
    its sha256."""
    digest = hashlib.sha256()
    with open(warc, "rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    target = directory / f"import-{digest.hexdigest()[:12]}-{warc.name}"
    if not target.exists():
        directory.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(warc, target)
    return target, digest.hexdigest()


def _articles(path: Path, file_hash: str, source: Source, root: Path) -> Iterator[dict]:
    """Article records of the HTML responses of one WARC file that read as articles."""
    with open(path, "rb") as f:
        records = ArchiveIterator(f)
        for record in records:
            if record.rec_type != "response" or record.http_headers is None:
                continue
            content_type = record.http_headers.get_header("Content-Type") or ""
            if record.http_headers.get_statuscode() != "200" or "html" not in content_type:
                continue
            stored = stored_response(record)
            offset = records.get_record_offset()  # after the read: it reads the record to its end
            page = ArticlePage(stored.url, stored.to_scrapy().text, platform=source.platform,
                               selectors=source.selectors)
            kind = url_kind(stored.url, page.family, source.article_pattern, source.listing_pattern)
            if kind in ("never", "listing"):
                continue
            fields = page.fields()
            if not looks_like_article(page, fields, url_says_article=kind == "article"):
                continue
            fetched_at = _utc(stored.date)
            fields["attachments"] = linked_documents(fields["attachments"], page.html, stored.url)
            yield {
                "id": article_id(fields["url"]), "source": source.id, "source_name": source.name,
                "province": source.province, "district": source.district, **fields,
                "fetched_at": fetched_at, "last_seen": fetched_at, "status": "live",
                "content_hash": content_hash(fields["title"], fields["body"]),
                "warc_file": str(path.relative_to(root)), "warc_offset": offset,
                "capture": {"file": path.name, "sha256": file_hash,
                            "record_id": record.rec_headers.get_header("WARC-Record-ID")},
                "imported_at": utc_now(),
                **({"fetched_url": stored.url} if article_id(stored.url) != article_id(fields["url"])
                   else {}),
            }


def _documents(path: Path, urls: set[str]) -> list[dict]:
    """Descriptions (media type, size, sha256, text) of the documents among `urls` that the WARC
    file holds: the decrees of a capture made elsewhere are as searchable as crawled ones."""
    out = []
    with open(path, "rb") as f:
        for record in ArchiveIterator(f):
            uri = record.rec_headers.get_header("WARC-Target-URI")
            if (record.rec_type == "response" and uri in urls and record.http_headers is not None
                    and record.http_headers.get_statuscode() == "200"):
                out.append(describe(uri, None, record.content_stream().read(),
                                    record.http_headers.get_header("Content-Type")))
    return out


def _utc(warc_date: str) -> str:
    """A WARC-Date (`2024-05-01T08:00:00Z`, maybe with a fraction) in the archive's format."""
    return warc_date.split(".")[0].removesuffix("Z") + "Z"
