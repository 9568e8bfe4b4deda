"""WARC files: the raw HTTP responses behind the archive's article versions, so an archivist can replay
a capture and re-extract it without the network.

`<data>/warc/<source>/<run start>-<n>.warc.gz`, written with warcio: a `warcinfo` record opens each
file, then one `response` record per stored article version (and per removal: the 404/410 answer is the
evidence). A file is closed and the next begun past `max_bytes`. Every record is its own gzip member,
flushed before the archive line that points at it is written, so an archive line never names a record
that is not on disk. Bodies are stored as Scrapy received them after decompression: the
Content-Encoding header is dropped and Content-Length states the stored length.
"""

from __future__ import annotations

import socket
from dataclasses import dataclass
from http import HTTPStatus
from io import BytesIO
from pathlib import Path

from scrapy.http import Response
from scrapy.responsetypes import responsetypes
from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from archiver import __version__

#: A WARC file is closed past this size; 1 GB is the common convention of web archives.
DEFAULT_MAX_BYTES = 1024**3
#: Headers describing a transfer encoding the stored body no longer has.
TRANSFER_HEADERS = {b"content-encoding", b"transfer-encoding", b"content-length"}


class WarcFiles:
    """The WARC files of one source for one run, rotated by size."""

    def __init__(self, root: Path, source: str, run_started: str, *,
                 max_bytes: int = DEFAULT_MAX_BYTES, operator: str | None = None):
        self.root = Path(root)
        self.source = source
        self.stem = run_started.replace("-", "").replace(":", "")  # 20250131T080000Z
        self.max_bytes = max_bytes
        self.operator = operator
        self._file = None
        self._writer: WARCWriter | None = None
        self._name = ""
        self._n = 0

    def write(self, response: Response, fetched_at: str) -> dict:
        """Store one response; returns the record fields that locate it (`warc_file`, relative to
        the WARC root, and `warc_offset`)."""
        if self._file is None or self._file.tell() >= self.max_bytes:
            self._next_file()
        offset = self._file.tell()
        body = response.body
        headers = [(k.decode("latin-1"), v.decode("latin-1"))
                   for k, values in response.headers.items() if k.lower() not in TRANSFER_HEADERS
                   for v in values]
        headers.append(("Content-Length", str(len(body))))
        status = f"{response.status} {_reason(response.status)}"
        record = self._writer.create_warc_record(
            response.url, "response", payload=BytesIO(body),
            http_headers=StatusAndHeaders(status, headers, protocol=response.protocol or "HTTP/1.1"),
            warc_headers_dict={"WARC-Date": fetched_at})
        self._writer.write_record(record)
        self._file.flush()
        return {"warc_file": self._name, "warc_offset": offset}

    def _next_file(self) -> None:
        self.close()
        directory = self.root / self.source
        directory.mkdir(parents=True, exist_ok=True)
        while True:
            name = f"{self.stem}-{self._n:05d}.warc.gz"
            self._n += 1
            try:
                self._file = open(directory / name, "xb")  # noqa: SIM115 - closed by close()
                break
            except FileExistsError:  # never overwrite a capture
                continue
        self._name = f"{self.source}/{name}"
        self._writer = WARCWriter(self._file, gzip=True)
        self._writer.write_record(self._writer.create_warcinfo_record(name, {
            "software": f"archiver/{__version__} (Scrapy, warcio)",
            "format": "WARC File Format 1.0",
            "hostname": socket.gethostname(),
            "operator": self.operator,
            "isPartOf": self.source,
            "description": "Article pages of a Vietnamese local government portal; bodies stored "
                           "decoded (no Content-Encoding).",
        }))
        self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None


@dataclass(frozen=True)
class StoredResponse:
    url: str
    status: int
    headers: list[tuple[str, str]]
    body: bytes
    date: str

    def to_scrapy(self) -> Response:
        """The response as Scrapy would have handed it to the spider (same text decoding)."""
        headers = {}
        for name, value in self.headers:
            headers.setdefault(name, []).append(value)
        cls = responsetypes.from_args(headers=headers, url=self.url, body=self.body)
        return cls(url=self.url, status=self.status, headers=headers, body=self.body)


def read_response(root: Path, warc_file: str, offset: int) -> StoredResponse:
    """The response record at `offset` of `<root>/<warc_file>`."""
    with open(Path(root) / warc_file, "rb") as f:
        f.seek(offset)
        try:
            record = next(iter(ArchiveIterator(f)), None)
        except ArchiveLoadFailed as exc:
            raise ValueError(f"{warc_file}@{offset}: {exc}") from None
        if record is None or record.rec_type != "response":
            raise ValueError(f"{warc_file}@{offset}: no response record there")
        return StoredResponse(
            url=record.rec_headers.get_header("WARC-Target-URI"),
            status=int(record.http_headers.get_statuscode()),
            headers=list(record.http_headers.headers),
            body=record.content_stream().read(),
            date=record.rec_headers.get_header("WARC-Date"))


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"
