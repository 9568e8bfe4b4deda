"""Serve a sample `Site` over real HTTP on 127.0.0.1, as a portal would answer a crawler.

Query-string paths are distinct pages; like real servers, it ignores tracking parameters and the
order of query parameters. Article pages carry ETag/Last-Modified and answer conditional requests
with 304. Paths in `site.fail_once` answer 500 the first time. The site can be replaced while
serving (`server.site = new_site`), so a test can change a portal between two crawls.

By hand: `python -m archiver.demo.server --family nukeviet --port 8000`.
"""

from __future__ import annotations

import argparse
import logging
import threading
from collections import Counter
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlencode, urlsplit

from archiver.demo.site import Page, Site
from archiver.record import is_tracking_param

log = logging.getLogger(__name__)

NOT_FOUND = Page(404, "text/html; charset=utf-8",
                 "<!DOCTYPE html><html><head><title>404 - Không tìm thấy trang</title></head>"
                 "<body><h1>Không tìm thấy trang</h1><p><a href=\"/\">Về trang chủ</a></p></body>"
                 "</html>".encode())
SERVER_ERROR = Page(500, "text/html; charset=utf-8",
                    "<!DOCTYPE html><html><head><title>500 - Lỗi máy chủ</title></head>"
                    "<body><h1>Lỗi máy chủ</h1><p>Vui lòng thử lại sau.</p></body></html>".encode())


class SiteServer:
    """A threaded HTTP server for one `Site`; bound on creation, serving once started."""

    def __init__(self, site_factory: Callable[[str], Site], host: str = "127.0.0.1",
                 port: int = 0) -> None:
        self._httpd = _HTTPServer((host, port), _Handler)
        self._httpd.owner = self
        bound_host, bound_port = self._httpd.server_address[:2]
        self.base_url = f"http://{bound_host}:{bound_port}"
        self._lock = threading.Lock()
        self._hits: Counter[str] = Counter()
        self._failed: set[str] = set()
        self._modified: dict[str, datetime] = {}  # path → Last-Modified after a content change
        self._site: Site | None = None
        self._keys: dict[str, str] = {}
        self._thread = threading.Thread(target=self._httpd.serve_forever,
                                        name=f"demo-site:{bound_port}", daemon=True)
        try:
            self.site = site_factory(self.base_url)
        except BaseException:
            self._httpd.server_close()
            raise

    @property
    def site(self) -> Site:
        return self._site

    @site.setter
    def site(self, new: Site) -> None:
        """Serve `new` from now on; a page whose ETag changed gets a newer Last-Modified."""
        keys = {_normal(path): path for path in new.pages}
        with self._lock:
            if self._site is not None:
                self._note_changes(self._site, new)
            self._site, self._keys = new, keys

    @property
    def requests(self) -> Counter[str]:
        """Hits per request target (path and query as the client sent them), 404s included."""
        with self._lock:
            return Counter(self._hits)

    def start(self) -> SiteServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._thread.is_alive():
            self._httpd.shutdown()
            self._thread.join()
        self._httpd.server_close()

    def __enter__(self) -> SiteServer:
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def answer(self, target: str,
               request_headers: Mapping[str, str]) -> tuple[Page, dict[str, str]]:
        """The page for a request target and the headers to send with it."""
        with self._lock:
            self._hits[target] += 1
            site, key = self._site, self._find(target)
            if key is None:
                return NOT_FOUND, {}
            if key in site.fail_once and key not in self._failed:
                self._failed.add(key)
                return SERVER_ERROR, {}
            modified = self._modified.get(key)
        page = site.pages[key]
        headers = dict(page.headers)
        if modified and "Last-Modified" in headers:
            headers["Last-Modified"] = format_datetime(modified, usegmt=True)
        if _not_modified(request_headers, headers):
            return Page(304, page.content_type, b""), {
                k: v for k, v in headers.items() if k in ("ETag", "Last-Modified")}
        return page, headers

    def _find(self, target: str) -> str | None:
        if target in self._site.pages:
            return target
        return self._keys.get(_normal(target))

    def _note_changes(self, old: Site, new: Site) -> None:
        now = datetime.now(UTC).replace(microsecond=0)
        for path, page in new.pages.items():
            before = old.pages.get(path)
            if before is None or before.headers.get("ETag") == page.headers.get("ETag"):
                continue
            seen = self._modified.get(path) or _last_modified(before)
            self._modified[path] = max(now, seen + timedelta(seconds=1)) if seen else now


def serve(site_factory: Callable[[str], Site], host: str = "127.0.0.1",
          port: int = 0) -> SiteServer:
    """Bind, build the site for the real base URL (`site_factory(base_url)`), start serving."""
    return SiteServer(site_factory, host, port).start()


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    # socketserver's listen backlog is 5: a crawl with no delay opens a connection for most requests
    # (the next one starts before the last one's goes back to Twisted's pool), the accepting thread
    # shares the GIL with every other server of the process, and each connection the full backlog
    # drops waits for the kernel's SYN retry (1 s, then 3 s, 7 s…): most of a local crawl's time
    request_queue_size = 1024
    owner: SiteServer

    def handle_error(self, request, client_address) -> None:
        log.debug("connection from %s ended with an error", client_address, exc_info=True)


class _Handler(BaseHTTPRequestHandler):
    disable_nagle_algorithm = True  # else Nagle + delayed ACK add ~40 ms to every response
    protocol_version = "HTTP/1.1"
    timeout = 30  # an idle keep-alive connection is closed after this many seconds

    def do_GET(self) -> None:
        self._respond(with_body=True)

    def do_HEAD(self) -> None:
        self._respond(with_body=False)

    def _respond(self, with_body: bool) -> None:
        parts = urlsplit(self.path)  # a proxy-style absolute target counts as its path
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        page, headers = self.server.owner.answer(target or "/", self.headers)
        self.send_response(page.status)
        if page.status != 304:
            self.send_header("Content-Type", page.content_type)
            self.send_header("Content-Length", str(len(page.body)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        if with_body and page.status != 304:
            self.wfile.write(page.body)

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the base class's name
        log.debug("%s - " + format, self.address_string(), *args)


def _normal(target: str) -> str:
    """A target as a real server reads it: tracking parameters dropped, parameter order ignored."""
    path, _, query = target.partition("?")
    params = sorted((k, v) for k, v in parse_qsl(query, keep_blank_values=True)
                    if not is_tracking_param(k))
    return path + (f"?{urlencode(params)}" if params else "")


def _last_modified(page: Page) -> datetime | None:
    value = page.headers.get("Last-Modified")
    return parsedate_to_datetime(value) if value else None


def _not_modified(request: Mapping[str, str], headers: Mapping[str, str]) -> bool:
    """RFC 9110: If-None-Match decides when present; else If-Modified-Since."""
    etag, modified = headers.get("ETag"), headers.get("Last-Modified")
    if (match := request.get("If-None-Match")) is not None:
        tags = {t.strip().removeprefix("W/") for t in match.split(",")}
        return etag is not None and ("*" in tags or etag in tags)
    since = request.get("If-Modified-Since")
    if not (since and modified):
        return False
    try:
        when = parsedate_to_datetime(since)
    except (TypeError, ValueError):
        return False
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return parsedate_to_datetime(modified) <= when


def main(argv: list[str] | None = None) -> None:
    from archiver.demo.articles import load_articles
    from archiver.demo.families import FAMILIES
    from archiver.demo.site import build_site

    parser = argparse.ArgumentParser(
        prog="python -m archiver.demo.server",
        description="Serve a sample portal built from the demo articles.")
    parser.add_argument("--family", choices=sorted(FAMILIES), default="nukeviet")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000, help="0 picks a free port")
    parser.add_argument("--page-size", type=int, default=5, help="articles per listing page")
    parser.add_argument("--sitemap", action="store_true", help="also serve /sitemap.xml")
    parser.add_argument("--feed", action="store_true", help="also serve an RSS feed at /rss")
    args = parser.parse_args(argv)
    articles = load_articles()

    def factory(base_url: str) -> Site:
        return build_site(args.family, articles, base_url, page_size=args.page_size,
                          sitemap=args.sitemap, feed=args.feed)
    try:
        server = serve(factory, args.host, args.port)
    except (OSError, ValueError) as e:
        parser.exit(2, f"error: cannot serve on {args.host}:{args.port}: {e}\n")
    print(f"Serving the {args.family} sample site ({len(server.site.articles)} articles) at "
          f"{server.base_url}/ - Ctrl-C stops", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()


if __name__ == "__main__":
    main()
