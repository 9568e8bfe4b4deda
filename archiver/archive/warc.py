"""WARC files: every fetch of a crawl as the portal answered it, so an archivist can prove later what was
published, replay it with standard tools (pywb, ReplayWeb.page) and re-extract it without the network.

`<data>/warc/<source>/<run start>-<n>.warc.gz`, WARC 1.1 written with warcio: a `warcinfo` record opens
each file; every fetch (listing, article, sitemap, feed, robots.txt, attachment, image when captured) is
a `response` record followed by its `request` record (`WARC-Concurrent-To` pairs them). The response
body is stored as received: a gzip- or brotli-encoded body stays encoded, with its `Content-Encoding`
header, and `WARC-Payload-Digest` (sha1, base32) is taken over those bytes, as WARC 1.1 defines it.

Deduplication, as web archives do it: a `304 Not Modified` is a `revisit` record with the
`server-not-modified` profile (its block empty when it refers to an earlier capture, so that replay
shows that capture rather than a 304), and a 200 whose payload digest was already stored for this
source (in any earlier run) is a `revisit` with the `identical-payload-digest` profile that refers to
the first capture.
`<data>/warc/<source>/payloads.jsonl` remembers, per payload digest and per URL, the capture that holds
the bytes, so revisits find their original across runs.

A file is closed and the next begun past `max_bytes`. Every record is its own gzip member, flushed before
an archive line points at it, so an archive line never names a record that is not on disk.

What "as received" means here: the capture happens in a Scrapy downloader middleware placed below
HttpCompressionMiddleware (`archiver.crawl.capture`). It sees the body before decompression, but after
Twisted's HTTP/1.1 client has removed the connection-level framing: a chunked body arrives de-chunked and
the hop-by-hop headers (`Transfer-Encoding`, `Connection`, `Keep-Alive`, `Content-Length`) are not
handed on. The record therefore states `Content-Length` as the stored length. Capturing the framing too
would need a replacement of Scrapy's HTTP/1.1 download handler that tees the socket's bytes; replay tools
undo chunking anyway, and the payload digest (taken after de-chunking by WARC 1.1's definition) is the
same either way.
"""

from __future__ import annotations

import base64
import hashlib
import json
import socket
from dataclasses import asdict, dataclass
from http import HTTPStatus
from io import BytesIO
from pathlib import Path
from urllib.parse import urlsplit

import brotli
from scrapy.http import Request, Response
from scrapy.responsetypes import responsetypes
from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import BufferedReader
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordbuilder import RecordBuilder
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from archiver import __version__
from archiver.archive.store import read_jsonl

#: A WARC file is closed past this size; 1 GB is the common convention of web archives.
DEFAULT_MAX_BYTES = 1024**3
#: Headers about how the body travelled, not what it is: dropped when a body is handed on decoded.
TRANSFER_HEADERS = {"content-encoding", "transfer-encoding", "content-length"}
NOT_MODIFIED_PROFILE = RecordBuilder.REVISIT_PROFILE_1_1.replace("identical-payload-digest",
                                                                 "server-not-modified")
IDENTICAL_PROFILE = RecordBuilder.REVISIT_PROFILE_1_1
PAYLOADS_FILE = "payloads.jsonl"


@dataclass(frozen=True)
class Capture:
    """Where a fetch's payload is stored: its own `response` record, or the original a `revisit`
    refers to (`revisit` says which kind of record this fetch wrote)."""

    warc_file: str
    warc_offset: int
    date: str
    uri: str
    digest: str | None
    revisit: str | None = None  # None, "server-not-modified" or "identical-payload-digest"

    def location(self) -> dict:
        """The record fields that point at the payload."""
        return {"warc_file": self.warc_file, "warc_offset": self.warc_offset}


class WarcFiles:
    """The WARC files of one source for one run, rotated by size, with revisits across runs."""

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
        self._by_digest: dict[str, Capture] = {}
        self._by_uri: dict[str, Capture] = {}
        self._payloads_path = self.root / source / PAYLOADS_FILE
        for line in read_jsonl(self._payloads_path, key="uri"):
            self._remember(Capture(**line), persist=False)

    def capture(self, request: Request, response: Response, date: str) -> Capture:
        """Store one fetch (response, then request); returns where its payload lies."""
        if self._file is None or self._file.tell() >= self.max_bytes:
            self._next_file()
        uri = response.url
        body = response.body
        http = StatusAndHeaders(f"{response.status} {_reason(response.status)}",
                                _response_headers(response, len(body)),
                                protocol=response.protocol or "HTTP/1.1")
        warc_headers = {"WARC-Date": date}
        if response.ip_address is not None:
            warc_headers["WARC-IP-Address"] = str(response.ip_address)
        digest = payload_digest(body) if body else None
        earlier = self._by_digest.get(digest) if digest else None
        if response.status == 304:
            before = self._by_uri.get(uri)
            # Without the 304's headers when the original is known: replay tools (pywb) answer a
            # revisit with its own headers, and the page would replay as "304 Not Modified".
            record = self._revisit(uri, None if before else http, warc_headers,
                                   NOT_MODIFIED_PROFILE, before, before.digest if before else None)
            kind = "server-not-modified"
        elif earlier is not None:
            record = self._revisit(uri, http, warc_headers, IDENTICAL_PROFILE, earlier, digest)
            kind = "identical-payload-digest"
        else:
            warc_headers["WARC-Payload-Digest"] = digest or payload_digest(b"")
            record = self._writer.create_warc_record(uri, "response", payload=BytesIO(body),
                                                     length=len(body), http_headers=http,
                                                     warc_headers_dict=warc_headers)
            kind = None
        offset = self._file.tell()
        self._writer.write_record(record)
        self._writer.write_record(self._request_record(request, uri, record, date))
        self._file.flush()
        if kind is None:
            stored = Capture(self._name, offset, date, uri, digest)
            self._remember(stored, persist=True)
            return stored
        original = earlier if kind == "identical-payload-digest" else self._by_uri.get(uri)
        if original is None:  # a 304 for a URL this source never captured: nothing to point at
            return Capture(self._name, offset, date, uri, None, kind)
        return Capture(original.warc_file, original.warc_offset, date, uri, original.digest, kind)

    def _revisit(self, uri: str, http: StatusAndHeaders | None, warc_headers: dict,
                 profile: str, original: Capture | None, digest: str | None):  # noqa: ANN202
        headers = {**warc_headers, "WARC-Profile": profile}
        if digest:
            headers["WARC-Payload-Digest"] = digest
        if original is not None:
            headers["WARC-Refers-To-Target-URI"] = original.uri
            headers["WARC-Refers-To-Date"] = original.date
        return self._writer.create_warc_record(uri, "revisit", payload=BytesIO(b""), length=0,
                                               http_headers=http, warc_headers_dict=headers)

    def _request_record(self, request: Request, uri: str, response_record, date: str):  # noqa: ANN001, ANN202
        parts = urlsplit(request.url)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        headers = [(k.decode("latin-1"), v.decode("latin-1"))
                   for k, values in request.headers.items() for v in values]
        if not any(name.lower() == "host" for name, _ in headers):
            headers.insert(0, ("Host", parts.netloc))
        http = StatusAndHeaders(f"{request.method} {target} HTTP/1.1", headers,
                                is_http_request=True)
        return self._writer.create_warc_record(
            request.url, "request", payload=BytesIO(request.body), length=len(request.body),
            http_headers=http, warc_headers_dict={
                "WARC-Date": date,
                "WARC-Concurrent-To": response_record.rec_headers.get_header("WARC-Record-ID")})

    def _remember(self, capture: Capture, *, persist: bool) -> None:
        if capture.digest:
            self._by_digest.setdefault(capture.digest, capture)
        self._by_uri[capture.uri] = capture
        if persist:
            with open(self._payloads_path, "a", encoding="utf-8") as f:
                f.write(json.dumps(asdict(capture)) + "\n")

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
        self._writer = WARCWriter(self._file, gzip=True, warc_version="1.1")
        self._writer.write_record(self._writer.create_warcinfo_record(name, {
            "software": f"archiver/{__version__} (Scrapy, warcio)",
            "format": "WARC File Format 1.1",
            "conformsTo": "https://iipc.github.io/warc-specifications/specifications/"
                          "warc-format/warc-1.1/",
            "hostname": socket.gethostname(),
            "operator": self.operator,
            "isPartOf": self.source,
            "description": "Every fetch of a crawl of a Vietnamese local government portal; "
                           "bodies as received (content encoding kept), chunked framing removed "
                           "by the HTTP client.",
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
    body: bytes  # the payload with its content encoding undone
    date: str

    def to_scrapy(self) -> Response:
        """The response as Scrapy would have handed it to the spider (decoded, same text decoding)."""
        headers: dict[str, list[str]] = {}
        for name, value in self.headers:
            if name.lower() not in TRANSFER_HEADERS:
                headers.setdefault(name, []).append(value)
        cls = responsetypes.from_args(headers=headers, url=self.url, body=self.body)
        return cls(url=self.url, status=self.status, headers=headers, body=self.body)


class BrotliDecompressor:
    """warcio's decompressor protocol (`decompress`, `flush`, `unused_data`) over Google's `brotli`,
    the package Scrapy installs and with which it asks portals for `br` (Ghost, nginx and CDNs
    answer so). warcio 1.8 sets `unused_data` on `brotli.Decompressor`, which that package's
    object refuses, so without this every brotli-encoded capture fails to read back: in
    `read_response` (re-extraction, `archiver try` on a capture), the importer and the CDXJ index
    of `archiver package`. Registered for `br` when this module is imported."""

    unused_data: bytes | None = None

    def __init__(self) -> None:
        self._decompressor = brotli.Decompressor()

    def decompress(self, data: bytes) -> bytes:
        return self._decompressor.process(data)

    def flush(self) -> bytes:
        return b""


BufferedReader.DECOMPRESSORS["br"] = BrotliDecompressor


def read_response(root: Path, warc_file: str, offset: int) -> StoredResponse:
    """The response record at `offset` of `<root>/<warc_file>`, its body decoded."""
    with open(Path(root) / warc_file, "rb") as f:
        f.seek(offset)
        try:
            record = next(iter(ArchiveIterator(f)), None)
            if record is None or record.rec_type != "response":
                raise ValueError(f"{warc_file}@{offset}: no response record there")
            return stored_response(record)
        except ArchiveLoadFailed as exc:
            raise ValueError(f"{warc_file}@{offset}: {exc}") from None


def stored_response(record) -> StoredResponse:  # noqa: ANN001 - a warcio ArcWarcRecord
    """A warcio `response` record as a StoredResponse (content encoding undone by warcio)."""
    return StoredResponse(
        url=record.rec_headers.get_header("WARC-Target-URI"),
        status=int(record.http_headers.get_statuscode()),
        headers=list(record.http_headers.headers),
        body=record.content_stream().read(),
        date=record.rec_headers.get_header("WARC-Date"))


def payload_digest(body: bytes) -> str:
    """WARC's `sha1:BASE32` digest of a payload."""
    return "sha1:" + base64.b32encode(hashlib.sha1(body).digest()).decode("ascii")


def _response_headers(response: Response, length: int) -> list[tuple[str, str]]:
    """The headers as Twisted handed them on, with the length of the body as stored."""
    headers = [(k.decode("latin-1"), v.decode("latin-1"))
               for k, values in response.headers.items()
               if k.lower() not in (b"content-length", b"transfer-encoding") for v in values]
    headers.append(("Content-Length", str(length)))
    return headers


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"
