"""A static server fast enough not to be what a crawl benchmark measures.

Every page of a sample `Site` is encoded once, headers and all, and answered from memory by an asyncio
protocol (HTTP/1.1, keep-alive, pipelining) on a thread of its own; the benchmark's main thread only
waits for the crawler process, so the server has the parent process to itself. Requests are counted per
target, with the times of the first and the last, so a crawl's pages/s is measured where the pages are
served. No failing pages, no conditional requests: `archiver.demo.server` is the one that imitates a
portal; this one only has to keep up.

    python -m bench.server [--quick]   # this server alone, and archiver.demo.server, under one load
"""

from __future__ import annotations

import asyncio
import socket
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from archiver.demo.server import _normal as normal_target  # the demo server's target matching
from archiver.demo.server import serve as serve_threaded
from archiver.demo.site import Page, Site, build_site
from bench.common import arguments, emit, note, num, print_result, ratio, run_worker, section, table
from bench.corpus import generate

REASONS = {200: "OK", 400: "Bad Request", 404: "Not Found"}
NOT_FOUND = Page(404, "text/html; charset=utf-8", b"<!DOCTYPE html><title>404</title>")


class StaticServer:
    """Serve a `Site` built for this server's base URL; bound on creation, serving once started."""

    def __init__(self, site_factory: Callable[[str], Site], host: str = "127.0.0.1",
                 port: int = 0) -> None:
        self._sock = socket.create_server((host, port), backlog=1024)
        bound_host, bound_port = self._sock.getsockname()[:2]
        self.base_url = f"http://{bound_host}:{bound_port}"
        self.site = site_factory(self.base_url)
        self._answers = {path: _encode(page) for path, page in self.site.pages.items()}
        self._keys = {normal_target(path): path for path in self.site.pages}
        self._not_found = _encode(NOT_FOUND)
        self.hits: Counter[str] = Counter()
        self.first: float | None = None  # perf_counter() of the first request since reset()
        self.last: float | None = None
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._run, name=f"static:{bound_port}", daemon=True)
        self._ready = threading.Event()

    def start(self) -> StaticServer:
        self._thread.start()
        self._ready.wait()
        return self

    def stop(self) -> None:
        if self._thread.is_alive():
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join()
        self._sock.close()

    def __enter__(self) -> StaticServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def reset(self) -> None:
        """Forget the counts, before the next client."""
        self.hits.clear()
        self.first = self.last = None

    @property
    def served(self) -> int:
        return sum(self.hits.values())

    def answer(self, target: str) -> tuple[bytes, bytes]:
        """(status line and headers, body) for a request target; runs on the server's thread."""
        now = time.perf_counter()
        if self.first is None:
            self.first = now
        self.last = now
        self.hits[target] += 1
        found = self._answers.get(target)
        if found is None:
            key = self._keys.get(normal_target(target))
            found = self._answers[key] if key else self._not_found
        return found

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        server = self._loop.run_until_complete(
            self._loop.create_server(lambda: _Http(self), sock=self._sock))
        self._ready.set()
        try:
            self._loop.run_forever()
        finally:
            server.close()
            self._loop.close()


class _Http(asyncio.Protocol):
    """One connection: parse request heads as they arrive, write the stored answers."""

    def __init__(self, server: StaticServer) -> None:
        self.server = server
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while (end := self.buffer.find(b"\r\n\r\n")) >= 0:
            head, self.buffer = self.buffer[:end], self.buffer[end + 4:]
            request_line, _, headers = head.partition(b"\r\n")
            parts = request_line.split(b" ")
            if len(parts) != 3 or parts[0] not in (b"GET", b"HEAD"):
                self.transport.write(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n"
                                     b"Connection: close\r\n\r\n")
                self.transport.close()
                return
            target = parts[1].decode("latin-1")
            if "://" in target:  # absolute form: only the path and query select a page
                target = "/" + target.split("://", 1)[1].partition("/")[2]
            status_and_headers, body = self.server.answer(target)
            # one write per answer: head and body written apart stalled each answer ~40 ms here
            # (Nagle and delayed ACK)
            self.transport.write(status_and_headers + body if parts[0] == b"GET"
                                 else status_and_headers)
            if b"connection: close" in headers.lower():
                self.transport.close()
                return


def _encode(page: Page) -> tuple[bytes, bytes]:
    lines = [f"HTTP/1.1 {page.status} {REASONS.get(page.status, 'OK')}",
             f"Content-Type: {page.content_type}", f"Content-Length: {len(page.body)}",
             *(f"{k}: {v}" for k, v in page.headers.items())]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"), page.body


# -- measuring a server alone ---------------------------------------------------------------------

async def _load(base_url: str, paths: list[str], seconds: float, connections: int) -> dict:
    """Keep `connections` keep-alive connections busy with GETs for `seconds`; count full answers."""
    host, port = base_url.removeprefix("http://").split(":")
    deadline = time.perf_counter() + seconds
    done = 0
    received = 0

    async def client(offset: int) -> None:
        nonlocal done, received
        reader, writer = await asyncio.open_connection(host, int(port))
        i = offset
        while time.perf_counter() < deadline:
            path = paths[i % len(paths)]
            i += connections
            writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\n\r\n".encode())
            head = await reader.readuntil(b"\r\n\r\n")
            length = next(int(line.split(b":")[1]) for line in head.split(b"\r\n")
                          if line.lower().startswith(b"content-length:"))
            await reader.readexactly(length)
            done += 1
            received += len(head) + length
        writer.close()

    start = time.perf_counter()
    await asyncio.gather(*(client(k) for k in range(connections)))
    return {"requests": done, "seconds": time.perf_counter() - start, "bytes": received}


def measure_alone(base_url: str, paths: list[str], seconds: float = 5.0,
                  connections: int = 8) -> dict:
    """Pages/s a server answers to a load client in another process (which shares the cores, so
    this is a lower bound of what the server could do)."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt") as listing:
        listing.write("\n".join(paths))
        listing.flush()
        result, _ = run_worker("bench.server", "--load", base_url, "--paths", listing.name,
                               "--seconds", str(seconds), "--connections", str(connections))
    result["pages_per_s"] = result["requests"] / result["seconds"]
    return result


def report(quick: bool) -> str:
    n, seconds = (200, 2.0) if quick else (3000, 8.0)
    articles = list(generate(n, seed=1))

    def factory(base: str) -> Site:
        return build_site("sharepoint", articles, base, page_size=10)

    rows = []
    with StaticServer(factory) as fast:
        paths = [fast.site.path(u) for u in fast.site.articles]
        note(f"server: bench.server alone, {seconds:.0f} s")
        ours = measure_alone(fast.base_url, paths, seconds)
    with serve_threaded(factory) as threaded:
        note(f"server: archiver.demo.server alone, {seconds:.0f} s")
        theirs = measure_alone(threaded.base_url, paths, seconds)
    size = ours["bytes"] / max(ours["requests"], 1) / 1024
    for name, r in (("bench.server (asyncio, pre-encoded)", ours),
                    ("archiver.demo.server (threaded, baseline)", theirs)):
        rows.append([name, num(r["requests"]), num(r["pages_per_s"]),
                     num(r["bytes"] / r["seconds"] / 2**20), ratio(r["pages_per_s"], theirs["pages_per_s"])])
    return section(
        "Static server alone",
        f"Article pages of a {n:,}-article SharePoint-style sample site (≈{size:.0f} KiB each) requested "
        f"for {seconds:.0f} s over 8 keep-alive connections by an asyncio client in another process "
        "(`python -m bench.server`). The client shares the two cores, so these are lower bounds.",
        table(["server", "pages", "pages/s", "MiB/s", "vs threaded"], rows))


def main() -> None:
    parser = arguments("Measure the benchmark static server alone, beside archiver.demo.server.")
    parser.add_argument("--load", metavar="BASE_URL", help="(worker) be the load client")
    parser.add_argument("--paths", help="(worker) a file of paths to request, one a line")
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--connections", type=int, default=8)
    args = parser.parse_args()
    if args.load:
        paths = Path(args.paths).read_text(encoding="utf-8").split()
        print_result(asyncio.run(_load(args.load, paths, args.seconds, args.connections)))
        return
    emit(lambda: report(args.quick))


if __name__ == "__main__":
    main()
