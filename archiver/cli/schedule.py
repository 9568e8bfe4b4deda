"""`archiver schedule run|status`: crawl what is due, and show when each source is due.

    archiver schedule run                      # crawl what is due, then exit (for cron/systemd)
    archiver schedule run --jobs 8             # eight sources at once, each in its own process
    archiver schedule run --loop               # stay up, wake for the next due source
    archiver schedule status                   # when each source ran, what it found, when it is due
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime

import click
from rich.console import Console
from rich.table import Table

from archiver.cli.archive import color, local_time
from archiver.cli.crawl import jobs_option, settings_option
from archiver.cli.errors import UserError
from archiver.cli.progress import LiveCrawls
from archiver.config import Config, setting_pairs
from archiver.crawl.parallel import default_jobs
from archiver.crawl.scheduler import loop, run_due, source_states
from archiver.sources import SourcesError


@click.group("schedule")
def schedule_group() -> None:
    """Crawl the sources whose `schedule` is due, and show when each is due."""


@schedule_group.command("run")
@click.option("--loop", "forever", is_flag=True,
              help="Stay in the foreground and wake for the next due source.")
@settings_option
@jobs_option
@click.pass_obj
def schedule_run(config: Config, forever: bool, overrides: tuple[str, ...],
                 jobs: int | None) -> None:
    """Crawl every due source, --jobs at once, then exit (exit status 1 if a crawl failed)."""
    from archiver.crawl.run import check_overrides  # Scrapy: load on use

    try:
        check_overrides(setting_pairs(overrides))
        source_states(config)
    except (ValueError, SourcesError) as exc:
        raise UserError(str(exc)) from None
    jobs = jobs or default_jobs()
    with LiveCrawls() as events:
        if forever:
            try:
                loop(config, list(overrides), events.say, jobs=jobs, events=events)
            except KeyboardInterrupt:
                events.say("stopped")
            return
        failed = run_due(config, list(overrides), events.say, jobs=jobs, events=events)
    if failed:
        sys.exit(1)


@schedule_group.command("status")
@click.pass_obj
def schedule_status(config: Config) -> None:
    """A table: source, schedule, last run, its result, next due; warnings below it."""
    try:
        states = source_states(config)
    except SourcesError as exc:
        raise UserError(str(exc)) from None
    now = datetime.now(UTC)
    table = Table("source", "schedule", "last run", "result", "next due")
    for state in states:
        due = state.next_due(now)
        when = "—" if due is None else "now" if due <= now else due.astimezone().strftime(
            "%Y-%m-%d %H:%M")
        table.add_row(state.source.id, state.source.schedule or "—",
                      local_time(state.last["started"]) if state.last else "never",
                      state.result(), when)
    console = Console(width=None if sys.stdout.isatty() else 200, no_color=not color())
    console.print(table)
    for state in states:
        if warning := state.warning():
            console.print(f"warning: {state.source.id}: {warning}")


COMMANDS = (schedule_group,)
