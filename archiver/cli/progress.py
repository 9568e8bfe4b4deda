"""Progress on a terminal, the only place that draws it: a bar for counted work (indexing,
exporting) and, for crawls, one live line per source with pages, articles and errors: drawn by the
crawl's own process, or, for child crawls (`crawl --jobs`), by the parent from the lines each child
writes (`CrawlProgressLines`, `LiveCrawls`). rich is imported where a display is drawn: a child crawl
only writes lines, and each of the many children of `crawl --jobs` would pay for it at start-up."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING

import click

from archiver.crawl.parallel import PROGRESS_MARK, CrawlEvents
from archiver.progress import Advance

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

#: The Scrapy extensions below, as the crawl command names them in the settings.
CRAWL_EXTENSION = "archiver.cli.progress.CrawlProgress"
LINES_EXTENSION = "archiver.cli.progress.CrawlProgressLines"


@contextlib.contextmanager
def bar(label: str, total: int) -> Iterator[Advance]:
    """A transient bar on stderr (an `archiver.progress.Meter`)."""
    from rich.console import Console
    from rich.progress import Progress

    with Progress(transient=True, console=Console(stderr=True)) as shown:
        task = shown.add_task(label, total=total)
        yield lambda n: shown.advance(task, n)


_progress: Progress | None = None


def _shared_progress() -> Progress:
    """One display for every crawler of the process (rich allows one live display at a time)."""
    global _progress
    if _progress is None:
        _progress = _crawl_lines(transient=False)
    return _progress


def _crawl_lines(transient: bool) -> Progress:
    """A display of one line per crawl: spinner, source, status, time."""
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    return Progress(SpinnerColumn(), TextColumn("[bold]{task.description}"),
                    TextColumn("{task.fields[line]}"), TimeElapsedColumn(),
                    console=Console(stderr=True), transient=transient)


class CrawlProgress:
    """Scrapy extension, added by the crawl command when stderr is a terminal."""

    def __init__(self, crawler):  # noqa: ANN001
        self.crawler = crawler
        self.task = None

    @classmethod
    def from_crawler(cls, crawler):  # noqa: ANN001, ANN206
        from scrapy import signals  # only a crawl needs Scrapy

        ext = cls(crawler)
        crawler.signals.connect(ext.opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.update, signal=signals.response_received)
        crawler.signals.connect(ext.update, signal=signals.item_scraped)
        crawler.signals.connect(ext.closed, signal=signals.spider_closed)
        return ext

    def opened(self, spider) -> None:  # noqa: ANN001
        progress = _shared_progress()
        progress.start()
        self.task = progress.add_task(spider.source.id, line="starting")

    def line(self) -> str:
        stats = self.crawler.stats
        errors = sum(v for k, v in stats.get_stats().items() if k.startswith("archiver/failed/"))
        return (f"pages {stats.get_value('response_received_count', 0)}  "
                f"articles {stats.get_value('item_scraped_count', 0)}  errors {errors}")

    def update(self, *args, **kwargs) -> None:
        _shared_progress().update(self.task, line=self.line())

    def closed(self, spider) -> None:  # noqa: ANN001
        self.update()
        progress = _shared_progress()
        progress.update(self.task, description=f"{spider.source.id} done")
        if progress.finished or all(t.description.endswith(" done") for t in progress.tasks):
            progress.stop()


class CrawlProgressLines(CrawlProgress):
    """In a child crawl of `crawl --jobs`: the same live line, written to stderr as a marked line
    for the parent's `LiveCrawls` to draw."""

    def opened(self, spider) -> None:  # noqa: ANN001
        self.update()

    def update(self, *args, **kwargs) -> None:
        print(PROGRESS_MARK + self.line(), file=sys.stderr, flush=True)

    def closed(self, spider) -> None:  # noqa: ANN001
        self.update()


class LiveCrawls(CrawlEvents):
    """What child crawls show: on a terminal one live line per running source, above which each
    finished source's summary line appears; otherwise only the summary lines, one per source as
    it finishes, and its warnings prefixed with it. Use as a context manager."""

    def __init__(self, live: bool | None = None):
        self.live = sys.stderr.isatty() if live is None else live
        self.failed = 0
        self._tasks: dict[str, TaskID] = {}
        self._lines = _crawl_lines(transient=True)

    def __enter__(self) -> LiveCrawls:
        if self.live:
            self._lines.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.live:
            self._lines.stop()

    def started(self, source: str) -> None:
        if self.live:
            self._tasks[source] = self._lines.add_task(source, line="starting")

    def progress(self, source: str, line: str) -> None:
        if source in self._tasks:
            self._lines.update(self._tasks[source], line=line)

    def log(self, source: str, line: str) -> None:
        self._print(f"{source}: {line}", err=True)

    def finished(self, source: str, summary: str, status: int) -> None:
        self.failed += status != 0
        if source in self._tasks:
            self._lines.remove_task(self._tasks.pop(source))
        self._print(summary)

    def say(self, text: str) -> None:
        """A line of the caller's own (e.g. which sources are due)."""
        self._print(text)

    def _print(self, text: str, err: bool = False) -> None:
        """Above the live lines when they share the terminal; else a plain line."""
        if self.live and (err or sys.stdout.isatty()):
            self._lines.console.print(text, markup=False, highlight=False)
        else:
            click.echo(text, err=err)
