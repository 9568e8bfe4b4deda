"""Shared fixtures: sample portals served from 127.0.0.1 and `archiver` run as a real process."""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from archiver.demo.articles import load_articles
from archiver.demo.families import FAMILIES as DEMO_FAMILIES
from archiver.demo.server import SiteServer, serve
from archiver.demo.site import build_site

FAMILIES = tuple(DEMO_FAMILIES)
#: Our own local servers: no politeness delay needed, and tests must be quick.
FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False",
        "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8"]


#: Test modules whose tests `make test` spreads over its workers by fixture parameter rather than
#: keeping the module whole: each generated site (its build, its crawl) is a parameter of its own.
SPLIT_BY_PARAMETER = ("tests/test_generated_sites.py",)
#: Test modules that take minutes on one worker (the worker test's 100 portals crawled twice, the
#: parallel crawl's sites): `make test` starts them first, so the rest of the suite runs beside
#: them on the other worker instead of after them (longest first).
LONGEST_FIRST = ("tests/test_worker.py", "tests/test_parallel_crawl.py")


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: object) -> object | None:
    """Under `pytest -n 2 --dist loadscope` (make test) a test module runs whole on one worker, so
    its module- and session-scoped servers and site builds start once (xdist would split a module
    by class); a module of SPLIT_BY_PARAMETER goes by parameter, so its builds run on both
    workers, each once; the modules of LONGEST_FIRST go first. xdist's own `loadgroup`, with
    marks, leaves tests ungrouped here."""
    if config.getvalue("dist") != "loadscope":
        return None
    from xdist.scheduler import LoadScopeScheduling

    class ByModule(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            module = nodeid.split("::", 1)[0]
            if module in SPLIT_BY_PARAMETER and nodeid.endswith("]"):
                return module + "[" + nodeid.split("[", 1)[1]
            return module

        def _assign_work_unit(self, node: object) -> None:
            for scope in reversed(LONGEST_FIRST):
                if scope in self.workqueue:
                    self.workqueue.move_to_end(scope, last=False)
            super()._assign_work_unit(node)

    return ByModule(config, log)


def run_archiver(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    """`archiver ARGS` in a child process: Twisted's reactor runs once per process."""
    return subprocess.run([sys.executable, "-m", "archiver", *args], capture_output=True,
                          text=True, timeout=timeout, cwd=Path(__file__).resolve().parents[1])


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def archiver_serve(data: Path) -> Iterator[str]:
    """`archiver serve` over a data directory in its own process, as a researcher starts it: its
    base URL once it answers (after it warmed its caches)."""
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "archiver", "--data-dir", str(data), "serve", "--port", str(port)],
        cwd=Path(__file__).resolve().parents[1], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            try:
                urllib.request.urlopen(base + "/api/sources", timeout=1).close()
                break
            except OSError:
                if server.poll() is not None:
                    pytest.fail(f"archiver serve exited: {server.stderr.read().decode()}")
                time.sleep(0.1)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=10)


def sources_toml(servers: dict[str, SiteServer]) -> str:
    return "".join(
        f'[[source]]\nid = "{name}"\nname = "Cổng thông tin mẫu {name}"\nprovince = "Quảng Ninh"\n'
        f'start_urls = ["{server.base_url}/"]\ndelay = 0\n\n' for name, server in servers.items())


@pytest.fixture(scope="session")
def family_servers() -> Iterator[dict[str, SiteServer]]:
    """One running sample portal per family; the sharepoint one also has a sitemap and a feed."""
    yield from serve_families()


def serve_families() -> Iterator[dict[str, SiteServer]]:
    """The sample portals of `family_servers`, fresh (their pages that fail once have not yet
    failed), stopped when the generator is closed: for a test module of its own."""
    articles = load_articles()
    servers = {}
    for family in FAMILIES:
        extra = {"sitemap": True, "feed": True} if family == "sharepoint" else {}
        servers[family] = serve(lambda base, f=family, x=extra: build_site(f, articles, base, **x))
    yield servers
    for server in servers.values():
        server.stop()
