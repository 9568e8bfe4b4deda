"""Many sources at once on one machine: each crawled by its own `archiver crawl SOURCE` child process
(Twisted's reactor runs once per process), at most `jobs` at a time. Each child keeps its source's
politeness (delay, robots.txt, concurrency) and takes its source's lock, so a source is never crawled
twice at once; a child that fails or dies is reported and leaves the others running. Children tell
their live status on stderr in marked lines (cli/progress.py writes them). A child killed by a signal
(SIGKILL, the OOM killer) writes no run record: the parent writes it (`jobs.died`)."""

from __future__ import annotations

import os
import re
import selectors
import subprocess
import sys
from dataclasses import dataclass, field

from archiver.archive.runs import CrawlSummary
from archiver.archive.store import Archive
from archiver.config import Config
from archiver.record import utc_now

#: Set in a child crawl's environment: write the live status as marked stderr lines.
PROGRESS_ENV = "ARCHIVER_PROGRESS_LINES"
#: Marks the stderr lines that carry a child crawl's live status.
PROGRESS_MARK = "\x1earchiver-progress "
#: The pages fetched, in a child's live status (`archiver.cli.progress.CrawlProgress.line`).
PAGES = re.compile(r"\bpages (\d+)")


def default_jobs() -> int:
    """Sources crawled at once by default: a crawl mostly waits (politeness delays, the network),
    so two per core, with at most a quarter of the memory in crawls (a crawl process ≈ 150 MB)."""
    cores = os.cpu_count() or 1
    try:
        memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError):
        memory = 1 << 30
    return max(1, min(2 * cores, memory // (600 << 20), MAX_JOBS))


#: The default's cap: more crawl processes than this mostly compete for one machine's cores.
MAX_JOBS = 32


class CrawlEvents:
    """What `crawl_in_children` tells its caller; the default says nothing."""

    def started(self, source: str) -> None:
        """A child crawl of `source` started."""

    def progress(self, source: str, line: str) -> None:
        """The child's live status changed (pages, articles, errors)."""

    def log(self, source: str, line: str) -> None:
        """The child wrote a line to stderr (a warning, an error)."""

    def finished(self, source: str, summary: str, status: int) -> None:
        """The child ended: its summary line(s) and exit status (0: the crawl completed)."""


@dataclass
class _Child:
    source: str
    process: subprocess.Popen
    since: str  # when it was started
    archived: int  # bytes of its source's archive file then
    pages: int = 0  # as its live status last told
    open_pipes: int = 2
    output: list[str] = field(default_factory=list)  # its stdout: summary lines
    buffers: dict[int, bytes] = field(default_factory=dict)


def crawl_in_children(config: Config, sources: list[str], args: list[str], jobs: int,
                      events: CrawlEvents) -> dict[str, int]:
    """Crawl each source in its own `archiver crawl SOURCE ARGS` process, at most `jobs` at once
    (Twisted's reactor runs once per process), and return each one's exit status. Every child
    keeps its source's politeness and takes its source's lock; one that fails or dies leaves the
    others running. Ctrl-C (which the terminal sends the children too) starts no more crawls and
    waits for the running ones to stop cleanly; a second Ctrl-C kills them."""
    pending = list(reversed(sources))
    running: dict[int, _Child] = {}  # by pipe descriptor
    statuses: dict[str, int] = {}
    interrupted = False
    with selectors.DefaultSelector() as selector:
        while pending or running:
            try:
                while pending and len({id(c) for c in running.values()}) < jobs:
                    child = _start(config, pending.pop(), args)
                    for pipe in (child.process.stdout, child.process.stderr):
                        selector.register(pipe, selectors.EVENT_READ)
                        running[pipe.fileno()] = child
                    events.started(child.source)
                for key, _ in selector.select():
                    _read(config, key.fileobj, running, selector, statuses, events)
            except KeyboardInterrupt:
                if interrupted:
                    for child in running.values():
                        child.process.kill()
                    raise
                interrupted = True
                pending.clear()
    return statuses


def _read(config: Config, pipe: object, running: dict[int, _Child], selector: selectors.BaseSelector,
          statuses: dict[str, int], events: CrawlEvents) -> None:
    """Take what a child's pipe has: summary lines (stdout), live status and log lines (stderr);
    once both its pipes are closed, its exit status."""
    fd = pipe.fileno()
    child = running[fd]
    chunk = os.read(fd, 65536)
    for line in _lines(child, fd, chunk):
        if pipe is child.process.stdout:
            child.output.append(line)
        elif line.startswith(PROGRESS_MARK):
            status = line.removeprefix(PROGRESS_MARK)
            if pages := PAGES.search(status):
                child.pages = int(pages[1])
            events.progress(child.source, status)
        elif line.strip():
            events.log(child.source, line)
    if chunk:
        return
    selector.unregister(pipe)
    pipe.close()
    del running[fd]
    child.open_pipes -= 1
    if not child.open_pipes:
        status = child.process.wait()
        statuses[child.source] = status
        summary = "\n".join(child.output)
        if status < 0 and (run := _died(config, child, status)) is not None:
            summary = run.line()
        events.finished(child.source, summary or
                        f"{child.source}: not crawled: the crawl process ended with status "
                        f"{status} (see the lines above)", status)


def _died(config: Config, child: _Child, status: int) -> CrawlSummary | None:
    """The run record written for a child a signal ended, unless it wrote its own."""
    from archiver.crawl.jobs import died  # Scrapy's modules: only for a dead child

    return died(config, child.source, child.since, child.archived, child.pages, status)


def _start(config: Config, source: str, args: list[str]) -> _Child:
    command = [sys.executable, "-m", "archiver", "--data-dir", str(config.data.root),
               "--sources", str(config.sources_path), "crawl", source, *args]
    path = Archive(config.data.archive).path_for(source)
    archived = path.stat().st_size if path.exists() else 0
    since = utc_now()
    process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, env={**os.environ, PROGRESS_ENV: "1"})
    return _Child(source, process, since, archived)


def _lines(child: _Child, fd: int, chunk: bytes) -> list[str]:
    """The complete lines a pipe gave (all that is left once it is closed: `chunk` empty)."""
    data = child.buffers.get(fd, b"") + chunk
    if chunk:
        data, _, rest = data.rpartition(b"\n")
        child.buffers[fd] = rest
    else:
        child.buffers.pop(fd, None)
    return data.decode("utf-8", "replace").rstrip("\n").split("\n") if data else []
