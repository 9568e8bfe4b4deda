"""Progress on a terminal, the only place that draws it: a bar for counted work (indexing,
exporting) and, for crawls, one live line per source with pages, articles and errors."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from archiver.progress import Advance

#: The Scrapy extension below, as the crawl command names it in the settings.
CRAWL_EXTENSION = "archiver.cli.progress.CrawlProgress"


@contextlib.contextmanager
def bar(label: str, total: int) -> Iterator[Advance]:
    """A transient bar on stderr (an `archiver.progress.Meter`)."""
    with Progress(transient=True, console=Console(stderr=True)) as shown:
        task = shown.add_task(label, total=total)
        yield lambda n: shown.advance(task, n)


_progress: Progress | None = None


def _shared_progress() -> Progress:
    """One display for every crawler of the process (rich allows one live display at a time)."""
    global _progress
    if _progress is None:
        _progress = Progress(SpinnerColumn(), TextColumn("[bold]{task.description}"),
                             TextColumn("{task.fields[line]}"), TimeElapsedColumn(),
                             console=Console(stderr=True), transient=False)
    return _progress


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

    def update(self, *args, **kwargs) -> None:
        stats = self.crawler.stats
        errors = sum(v for k, v in stats.get_stats().items() if k.startswith("archiver/failed/"))
        line = (f"pages {stats.get_value('response_received_count', 0)}  "
                f"articles {stats.get_value('item_scraped_count', 0)}  errors {errors}")
        _shared_progress().update(self.task, line=line)

    def closed(self, spider) -> None:  # noqa: ANN001
        self.update()
        progress = _shared_progress()
        progress.update(self.task, description=f"{spider.source.id} done")
        if progress.finished or all(t.description.endswith(" done") for t in progress.tasks):
            progress.stop()
