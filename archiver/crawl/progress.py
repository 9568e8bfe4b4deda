"""Live progress on a terminal: one line per source with pages, articles and errors. With the setting
ARCHIVER_PROGRESS=lines (a crawl run by `crawl.parallel`) the same line goes to stderr, marked,
for the parent process to show."""

from __future__ import annotations

import sys

from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from scrapy import signals

from archiver.crawl.parallel import PROGRESS_MARK

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
    """Scrapy extension; enabled only when stderr is a terminal and ARCHIVER_PROGRESS is on."""

    def __init__(self, crawler):  # noqa: ANN001
        self.crawler = crawler
        self.task = None
        self.lines = crawler.settings.get("ARCHIVER_PROGRESS") == "lines"

    @classmethod
    def from_crawler(cls, crawler):  # noqa: ANN001, ANN206
        ext = cls(crawler)
        if ext.lines or crawler.settings.getbool("ARCHIVER_PROGRESS", sys.stderr.isatty()):
            crawler.signals.connect(ext.opened, signal=signals.spider_opened)
            crawler.signals.connect(ext.update, signal=signals.response_received)
            crawler.signals.connect(ext.update, signal=signals.item_scraped)
            crawler.signals.connect(ext.closed, signal=signals.spider_closed)
        return ext

    def opened(self, spider) -> None:  # noqa: ANN001
        if self.lines:
            return
        progress = _shared_progress()
        progress.start()
        self.task = progress.add_task(spider.source.id, line="starting")

    def update(self, *args, **kwargs) -> None:
        stats = self.crawler.stats
        errors = sum(v for k, v in stats.get_stats().items() if k.startswith("archiver/failed/"))
        line = (f"pages {stats.get_value('response_received_count', 0)}  "
                f"articles {stats.get_value('item_scraped_count', 0)}  errors {errors}")
        if self.lines:
            print(PROGRESS_MARK + line, file=sys.stderr, flush=True)
            return
        _shared_progress().update(self.task, line=line)

    def closed(self, spider) -> None:  # noqa: ANN001
        self.update()
        if self.lines:
            return
        progress = _shared_progress()
        progress.update(self.task, description=f"{spider.source.id} done")
        if progress.finished or all(t.description.endswith(" done") for t in progress.tasks):
            progress.stop()
