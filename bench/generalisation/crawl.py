"""A real `archiver crawl` over sites served on 127.0.0.1, and the archive read back.

The crawl is the product's own command in a child process, with no selectors and `platform` left
to auto-detection — exactly what a user adding an unknown portal gets — so the figures include the
spider's choice of which pages are articles, not only the extractor's fields.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from bench.generalisation.api import Archive, extract_article, read_response
from bench.generalisation.dateblind import DATE_BLIND

#: Our own local servers: no politeness delay (as tests/conftest.py's FAST).
FAST = ("-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False",
        "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8")
REPO = Path(__file__).resolve().parents[2]
#: The directory whose `sitecustomize` makes a crawl's every process date-blind.
BLIND = Path(__file__).resolve().parent / "blind"


@dataclass(frozen=True)
class Crawled:
    """One finished crawl: its data directory, exit status, output and wall time."""

    data_dir: Path
    returncode: int
    stdout: str
    stderr: str
    seconds: float

    def records(self, source: str) -> list[dict]:
        """The archived records of one source (latest version of each article)."""
        return list(Archive(self.data_dir / "archive").latest([source]).values())

    def page(self, record: dict) -> tuple[str, str]:
        """(url, decoded HTML) of the response an archived record was extracted from."""
        stored = read_response(self.data_dir / "warc", record["warc_file"], record["warc_offset"])
        response = stored.to_scrapy()
        return response.url, response.text


def sources_toml(sites: Mapping[str, str]) -> str:
    """A sources file with one source per site: id → base URL; nothing but the start URL set."""
    return "".join(f'[[source]]\nid = "{name}"\nname = "{name}"\nstart_urls = ["{base}/"]\n'
                   f"delay = 0\n\n" for name, base in sites.items())


def crawl(sites: Mapping[str, str], data_dir: Path, *, timeout: float = 900) -> Crawled:
    """Crawl every site (id → base URL) in one `archiver crawl` process into `data_dir`; with
    `DATE_BLIND` set in the environment, the crawl reads no page's date in any of its processes
    (`bench.generalisation.dateblind`)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(map(str, (BLIND, REPO)))} \
        if os.environ.get(DATE_BLIND) else None
    data_dir.mkdir(parents=True, exist_ok=True)
    sources = data_dir / "sources.toml"
    sources.write_text(sources_toml(sites), encoding="utf-8")
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "archiver", "--data-dir", str(data_dir), "--sources", str(sources),
         "crawl", "--no-index", *FAST],
        capture_output=True, text=True, timeout=timeout, cwd=REPO, env=env)
    return Crawled(data_dir, done.returncode, done.stdout, done.stderr,
                   time.perf_counter() - start)


def extraction_speed(pages: list[tuple[str, str]]) -> float | None:
    """Articles per second of `extract_article` over saved pages (one pass, this process)."""
    if not pages:
        return None
    start = time.perf_counter()
    for url, html in pages:
        extract_article(url, html)
    return len(pages) / (time.perf_counter() - start)
