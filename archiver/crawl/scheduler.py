"""`archiver schedule`: which sources are due, crawling them, and a table of every source's state.

A source with a `schedule` is due when it has never been crawled, or when the schedule's next time
after its last run's start has come (cron expressions are read in the machine's local time, as cron
reads them). A source without a schedule is never due here; `archiver crawl` still crawls it. Each due
source is crawled in a child `archiver crawl` process, one after the other: Twisted's reactor runs
once per process, and one crawl at a time keeps a long-running `--loop` light.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from archiver.archive.runs import COMPLETE, runs_by_source
from archiver.config import Config
from archiver.crawl.locks import SourceLock
from archiver.record import parse_utc
from archiver.schedule import Schedule, parse_schedule
from archiver.sources import Source, SourcesError, load_sources

#: A source whose last this-many runs found no article link at all gets a warning.
SILENT_RUNS = 3
#: `--loop` wakes at least this often, to pick up edits to the sources file.
MAX_NAP = timedelta(minutes=5)


@dataclass
class SourceState:
    source: Source
    schedule: Schedule | None
    runs: list[dict]  # oldest first
    attempted: datetime | None = None  # a crawl this process started that left no run record

    @property
    def last(self) -> dict | None:
        return self.runs[-1] if self.runs else None

    def next_due(self, now: datetime) -> datetime | None:
        """When the source is next due (`now` if it never ran); None without a schedule."""
        if self.schedule is None:
            return None
        starts = [t for t in (self.attempted, self.last and parse_utc(self.last["started"])) if t]
        if not starts:
            return now
        return self.schedule.next_after(max(starts).astimezone())

    def is_due(self, now: datetime) -> bool:
        due = self.next_due(now)
        return due is not None and due <= now

    def result(self) -> str:
        """The last run in a few words: its counts, or why it failed or stopped."""
        run = self.last
        if run is None:
            return "never crawled"
        failures = sum(run.get("failures", {}).values())
        if (run.get("stopped_because") or "").startswith("failed"):
            return run["stopped_because"]
        if run.get("stopped_because") not in COMPLETE:
            return f"interrupted ({run.get('stopped_because')})"
        if not run.get("pages") or (failures and not run.get("article_links_found")):
            kinds = ", ".join(run.get("failures", {})) or "nothing fetched"
            return f"failed ({kinds})"
        text = f"{run['new']} new, {run['updated']} updated, {run['removed']} removed"
        return text + (f", {failures} failures" if failures else "")

    def warning(self) -> str | None:
        recent = self.runs[-SILENT_RUNS:]
        if len(recent) == SILENT_RUNS and not any(r.get("article_links_found") for r in recent):
            return (f"no article links found in the last {SILENT_RUNS} runs: site down, or its "
                    "template changed?")
        return None


def source_states(config: Config, attempts: dict[str, datetime] | None = None
                  ) -> list[SourceState]:
    """Every source of the sources file with its schedule, runs and `attempts` (see `run_due`)."""
    runs = runs_by_source(config.data)
    attempts = attempts or {}
    return [SourceState(s, parse_schedule(s.schedule) if s.schedule else None, runs.get(s.id, []),
                        attempts.get(s.id))
            for s in load_sources(config.sources_path)]


def run_due(config: Config, overrides: list[str], echo: Callable[[str], None],
            now: datetime | None = None, attempts: dict[str, datetime] | None = None) -> int:
    """Crawl each due source in turn; returns how many crawls failed (a non-zero exit status).
    `attempts` (source → time) remembers crawls started, so that a source whose crawl is skipped
    or dies before writing its run record is not retried at once, again and again."""
    now = now or datetime.now(UTC)
    attempts = {} if attempts is None else attempts
    failed = 0
    due = [s for s in source_states(config, attempts) if s.is_due(now)]
    if not due:
        echo("no source is due")
    for state in due:
        source = state.source.id
        attempts[source] = now
        if busy := SourceLock(config.data, source).busy():
            echo(f"{source}: skipped: {busy}")
            continue
        echo(f"{source}: due ({state.schedule.text}), crawling")
        settings = [arg for pair in overrides for arg in ("-s", pair)]
        child = subprocess.run([sys.executable, "-m", "archiver", "--data-dir",
                                str(config.data.root), "--sources", str(config.sources_path),
                                "crawl", source, *settings], check=False)
        failed += child.returncode != 0
    return failed


def next_wake(config: Config, now: datetime,
              attempts: dict[str, datetime] | None = None) -> datetime:
    """When `--loop` should look again: the next due time, but not later than MAX_NAP."""
    due = [d for s in source_states(config, attempts) if (d := s.next_due(now)) is not None]
    return min([*due, now + MAX_NAP])


def loop(config: Config, overrides: list[str], echo: Callable[[str], None],
         sleep: Callable[[float], None] = time.sleep) -> None:
    """`schedule run --loop`: crawl what is due, sleep until the next due time, forever."""
    attempts: dict[str, datetime] = {}
    while True:
        now = datetime.now(UTC)
        try:
            run_due(config, overrides, echo, attempts=attempts)
            now = datetime.now(UTC)
            wake = next_wake(config, now, attempts)
        except SourcesError as exc:  # edited while we run: say so, look again later
            echo(f"error: {exc}")
            wake = now + MAX_NAP
        echo(f"next check at {wake.astimezone():%Y-%m-%d %H:%M}")
        sleep(max(1.0, (wake - now).total_seconds()))
