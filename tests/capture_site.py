"""A sample portal that answers as real ones do where captures are concerned: gzip- or brotli-encoded
HTML when the client accepts it (brotli for half the pages: nginx's and CDNs' `br` is common), real
PDF / DOCX decrees behind the attachment links, and redirects set per path (a removed article sent
to the home page: a soft 404)."""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterable, Mapping
from io import BytesIO

import brotli

from archiver.demo.model import SampleArticle
from archiver.demo.site import Page
from tests.changing_site import StatusServer, site_factory

#: Words of the test decree, ASCII so the hand-written PDF needs no font encoding.
DECREE_WORDS = ["QUYET DINH so 4729/QD-UBND", "phe duyet ke hoach nao vet kenh Thuy Loi Bac",
                "kinh phi 12 ty dong tu ngan sach huyen"]


class CaptureServer(StatusServer):
    """The demo portal, gzip- or brotli-encoding HTML for clients that accept it, with `documents`
    (path → body and media type) served in place of the demo's placeholder files, and `redirects` (path →
    location)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.documents: dict[str, tuple[bytes, str]] = {}
        self.redirects: dict[str, str] = {}
        self.sent: dict[str, bytes] = {}  # path → the last body sent, as sent (encoded or not)

    def answer(self, target: str, request_headers: Mapping[str, str]) -> tuple[Page, dict]:
        if target in self.redirects:
            return Page(302, "text/html; charset=utf-8", b""), {"Location": self.redirects[target]}
        if target in self.documents:
            body, media_type = self.documents[target]
            self.sent[target] = body
            return Page(200, media_type, body), {"ETag": f'"{len(body)}"'}
        page, headers = super().answer(target, request_headers)
        accepted = request_headers.get("Accept-Encoding", "")
        if page.status == 200 and page.content_type.startswith("text/html") and "gzip" in accepted:
            brotli_here = "br" in accepted and zlib.crc32(target.encode()) % 2 == 0
            body = brotli.compress(page.body) if brotli_here else gzip.compress(page.body, mtime=0)
            page = Page(200, page.content_type, body, page.headers)
            headers = {**headers, "Content-Encoding": "br" if brotli_here else "gzip",
                       "Vary": "Accept-Encoding"}
        if page.status == 200:
            self.sent[target] = page.body
        return page, headers


def serve_capture_site(articles: Iterable[SampleArticle]) -> CaptureServer:
    return CaptureServer(site_factory(articles)).start()


def tiny_pdf(lines: list[str]) -> bytes:
    """A one-page PDF whose text is `lines` (ASCII), with a correct cross-reference table."""
    text = " ".join(f"({line}) Tj T*" for line in lines)
    content = f"BT /F1 12 Tf 72 720 Td 16 TL {text} ET".encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % n + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objects) + 1, xref))
    return out.getvalue()


def tiny_docx(paragraphs: list[str]) -> bytes:
    """A DOCX document of `paragraphs`, written with python-docx."""
    from docx import Document

    document = Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    out = BytesIO()
    document.save(out)
    return out.getvalue()
