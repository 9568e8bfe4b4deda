"""What many child crawls (`crawl --jobs`, `schedule run --jobs`) show: on a terminal one live line per
running source (pages, articles, errors) above which each finished source's summary line appears;
otherwise only the summary lines, one per source as it finishes, and its warnings prefixed with it."""

from __future__ import annotations

import sys

import click
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TaskID, TextColumn, TimeElapsedColumn

from archiver.config import Config
from archiver.crawl.parallel import CrawlEvents, crawl_in_children, default_jobs
from archiver.sources import Source


class LiveCrawls(CrawlEvents):
    """Use as a context manager: the live display runs inside it (on a terminal only)."""

    def __init__(self, live: bool | None = None):
        self.live = sys.stderr.isatty() if live is None else live
        self.failed = 0
        self._tasks: dict[str, TaskID] = {}
        self._progress = Progress(SpinnerColumn(), TextColumn("[bold]{task.description}"),
                                  TextColumn("{task.fields[line]}"), TimeElapsedColumn(),
                                  console=Console(stderr=True), transient=True)

    def __enter__(self) -> LiveCrawls:
        if self.live:
            self._progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.live:
            self._progress.stop()

    def started(self, source: str) -> None:
        if self.live:
            self._tasks[source] = self._progress.add_task(source, line="starting")

    def progress(self, source: str, line: str) -> None:
        if source in self._tasks:
            self._progress.update(self._tasks[source], line=line)

    def log(self, source: str, line: str) -> None:
        self._print(f"{source}: {line}", err=True)

    def finished(self, source: str, summary: str, status: int) -> None:
        self.failed += status != 0
        if source in self._tasks:
            self._progress.remove_task(self._tasks.pop(source))
        self._print(summary)

    def say(self, text: str) -> None:
        """A line of the caller's own (e.g. which sources are due)."""
        self._print(text)

    def _print(self, text: str, err: bool = False) -> None:
        """Above the live lines when they share the terminal; else a plain line."""
        if self.live and (err or sys.stdout.isatty()):
            self._progress.console.print(text, markup=False, highlight=False)
        else:
            click.echo(text, err=err)


def crawl_many(config: Config, sources: list[Source], jobs: int | None,
               overrides: tuple[str, ...], max_articles: int | None, full: bool) -> int:
    """`crawl` of several sources: each in a child process, `jobs` at once (default:
    `default_jobs()`); returns how many did not complete."""
    args = [arg for pair in overrides for arg in ("-s", pair)]
    args += ["--no-index", *(["--max-articles", str(max_articles)] if max_articles else []),
             *(["--full"] if full else [])]
    with LiveCrawls() as events:
        crawl_in_children(config, [s.id for s in sources], args, jobs or default_jobs(), events)
    return events.failed
