"""Attachments: the documents an article links to (decisions, plans, schedules as PDF, DOC/DOCX,
XLS/XLSX), described in the article record and read for their text, so that a search finds the words of
a decree and says which attachment held them.

An attachment in the record: `{"url", "title", "media_type", "size", "sha256", "text"}`; `text` is the
document's text (NFC, one paragraph a line, at most `TEXT_MAX_CHARS`) or absent when the format has no
reader here (old binary .doc/.xls, archives, images). A fetch that failed keeps `url` and `title` and
says why under `error`. The bytes themselves are in the WARC capture of the fetch.
"""

from __future__ import annotations

import hashlib
import logging
import mimetypes
import zipfile
from io import BytesIO
from urllib.parse import urlsplit

from archiver.extract.text import normalize_text

logger = logging.getLogger(__name__)

#: Text kept per attachment; a 300-page budget annex is not searched to its last page.
TEXT_MAX_CHARS = 300_000
PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def describe(url: str, title: str | None, body: bytes, content_type: str | None) -> dict:
    """The record's description of one fetched attachment, with its text where it can be read."""
    media_type = media_type_of(url, body, content_type)
    out = {"url": url, "title": title, "media_type": media_type, "size": len(body),
           "sha256": hashlib.sha256(body).hexdigest()}
    text = document_text(body, media_type)
    if text:
        out["text"] = text[:TEXT_MAX_CHARS]
    return out


def with_descriptions(links: list[dict], described: list[dict]) -> list[dict]:
    """`links` with the description an earlier fetch gave each (media type, size, sha256, text)."""
    known = {a["url"]: a for a in described if "sha256" in a or "error" in a}
    return [{**known[a["url"]], "title": a.get("title")} if a["url"] in known else a for a in links]


def media_type_of(url: str, body: bytes, content_type: str | None) -> str:
    """The media type: the server's, unless it is a generic one and the bytes or name say better
    (portals serve decrees as `application/octet-stream` or `application/force-download`)."""
    declared = (content_type or "").split(";")[0].strip().lower()
    if declared and declared not in ("application/octet-stream", "application/force-download",
                                     "application/download", "binary/octet-stream"):
        return declared
    if body.startswith(b"%PDF-"):
        return PDF
    if body.startswith(b"PK\x03\x04"):
        names = _zip_names(body)
        if any(n.startswith("word/") for n in names):
            return DOCX
        if any(n.startswith("xl/") for n in names):
            return XLSX
    guessed, _ = mimetypes.guess_type(urlsplit(url).path)
    return guessed or declared or "application/octet-stream"


def document_text(body: bytes, media_type: str) -> str | None:
    """The text of a PDF, DOCX or XLSX document; None for other formats or an unreadable file."""
    reader = READERS.get(media_type)
    if reader is None:
        return None
    try:
        lines = reader(body)
    except Exception as exc:  # a damaged or encrypted document: listed, not searchable
        logger.info("attachment text unreadable (%s): %s", media_type, exc)
        return None
    text = "\n".join(line for raw in lines if (line := normalize_text(raw)))
    return text or None


def _pdf_lines(body: bytes) -> list[str]:
    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings about damaged files are noise
    return [page.extract_text() or "" for page in PdfReader(BytesIO(body)).pages]


def _docx_lines(body: bytes) -> list[str]:
    from docx import Document

    document = Document(BytesIO(body))
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        lines += [" | ".join(cell.text for cell in row.cells) for row in table.rows]
    return lines


def _xlsx_lines(body: bytes) -> list[str]:
    from openpyxl import load_workbook

    book = load_workbook(BytesIO(body), read_only=True, data_only=True)
    try:
        return [" | ".join(str(v) for v in row if v is not None)
                for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()


def _zip_names(body: bytes) -> list[str]:
    try:
        with zipfile.ZipFile(BytesIO(body)) as z:
            return z.namelist()
    except zipfile.BadZipFile:
        return []


#: Media type → reader of its text lines (imported lazily: most crawls never open a document).
READERS = {PDF: _pdf_lines, DOCX: _docx_lines, XLSX: _xlsx_lines}
