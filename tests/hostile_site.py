"""A small hostile portal for the fault and hostile-input tests: each test says what every URL answers.

`HostileSite(answer)` serves on 127.0.0.1 (a free port) whatever `answer(target)` returns for a request
target (path and query): a `Reply`, an HTML string, or None for 404. The server counts hits per target,
so a test can say what the crawler fetched. `crawl(...)` runs a real `archiver crawl` of it in a child
process, with a sources file written for the test.
"""

from __future__ import annotations

import subprocess
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from tests.conftest import FAST, run_archiver

BODY = ("Ủy ban nhân dân thị xã tổ chức hội nghị tổng kết công tác năm, đánh giá kết quả thực hiện "
        "các nhiệm vụ phát triển kinh tế - xã hội và triển khai kế hoạch cho năm tới. ") * 4


@dataclass
class Reply:
    status: int = 200
    body: bytes | str = b""
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = "text/html; charset=utf-8"


Answer = Callable[[str], "Reply | str | None"]


class HostileSite:
    """A threaded HTTP server on 127.0.0.1 answering with `answer(target)`; see the module docstring."""

    def __init__(self, answer: Answer) -> None:
        self.answer = answer
        self.hits: Counter[str] = Counter()
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._httpd.daemon_threads = True
        self._httpd.owner = self
        self.port = self._httpd.server_address[1]
        self.base_url = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self._thread.start()

    def reply(self, target: str) -> Reply:
        with self._lock:
            self.hits[target] += 1
        got = self.answer(target)
        if got is None:
            return Reply(404, "<html><body>not found</body></html>")
        return Reply(body=got) if isinstance(got, str) else got

    def fetched(self, prefix: str) -> int:
        """How many requests went to targets starting with `prefix`."""
        with self._lock:
            return sum(n for t, n in self.hits.items() if t.startswith(prefix))

    def close(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self) -> HostileSite:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"

    def do_GET(self) -> None:  # noqa: N802 - the base class's name
        reply = self.server.owner.reply(self.path)
        body = reply.body.encode("utf-8") if isinstance(reply.body, str) else reply.body
        try:
            self.send_response(reply.status)
            self.send_header("Content-Type", reply.content_type)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


def article(title: str, day: int = 1, extra: str = "") -> str:
    """An article page any generic extractor reads: headline, dated line, a body of real length."""
    return (f"<!DOCTYPE html><html lang=vi><head><meta charset=utf-8><title>{title}</title></head>"
            f"<body><h1>{title}</h1><p class=date>Ngày {day:02d}/03/2024 08:30</p>"
            f"<div class=content><p>{BODY}</p><p>{title}. {BODY}</p></div>{extra}</body></html>")


def listing(links: list[str], extra: str = "") -> str:
    """A listing page: one link per article, then anything else the test wants on it."""
    items = "".join(f'<li><a href="{href}">Tin số {n}</a></li>' for n, href in enumerate(links))
    return (f"<!DOCTYPE html><html><head><meta charset=utf-8><title>Tin tức</title></head>"
            f"<body><h2>Tin tức</h2><ul>{items}</ul>{extra}</body></html>")


def write_sources(path: Path, site: HostileSite | str, extra: str = "", sid: str = "hostile") -> Path:
    """A sources file with one source for the site; its article URLs are `/news/…`."""
    base = site if isinstance(site, str) else site.base_url
    path.write_text(f'[[source]]\nid = "{sid}"\nname = "Cổng hostile"\nprovince = "Quảng Ninh"\n'
                    f'start_urls = ["{base}/"]\ndelay = 0\narticle_pattern = "/news/"\n{extra}\n',
                    encoding="utf-8")
    return path


def crawl(site: HostileSite | str, tmp: Path, *args: str, extra: str = "",
          timeout: float = 120) -> subprocess.CompletedProcess:
    """A real `archiver crawl` of the site into `tmp` (data and sources file), without indexing."""
    sources = tmp / "sources.toml"
    if not sources.exists():
        write_sources(sources, site, extra)
    return run_archiver("--data-dir", str(tmp), "--sources", str(sources), "crawl", "--no-index",
                        *FAST, *args, timeout=timeout)
