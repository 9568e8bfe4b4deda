"""The archivist's commands: `history`, `runs`, `schedule run|status`, `reextract` (each a few lines
over archiver.archive.history, archiver.archive.runs, archiver.crawl.scheduler and archiver.crawl.reextract).

    archiver history 3f2a9c0d41b7e5a1          # versions of an article, and what changed
    archiver runs --source quangyen --limit 5  # the last crawls of a source
    archiver schedule run                      # crawl what is due, then exit (for cron/systemd)
    archiver schedule run --loop               # stay up, wake for the next due source
    archiver schedule status                   # when each source ran, what it found, when it is due
    archiver reextract                         # re-read every capture with the current code
"""

from __future__ import annotations

import json
import os
import sys
from datetime import UTC, datetime

import click
from rich.console import Console
from rich.table import Table

from archiver.archive.history import AmbiguousArticle, find_article, render_history
from archiver.archive.runs import parse_utc, read_runs
from archiver.archive.store import Archive
from archiver.cli.errors import UserError
from archiver.config import Config, setting_pairs
from archiver.crawl.locks import SourceLocked
from archiver.crawl.scheduler import loop, run_due, source_states
from archiver.sources import SourcesError


def _local(utc_text: str | None) -> str:
    return parse_utc(utc_text).astimezone().strftime("%Y-%m-%d %H:%M") if utc_text else "—"


def _color() -> bool:
    return sys.stdout.isatty() and "NO_COLOR" not in os.environ


@click.command("history")
@click.argument("article", metavar="ID|PREFIX|URL")
@click.pass_obj
def history_command(config: Config, article: str) -> None:
    """The versions of an article (version, fetched, status, title) and a word-level diff of what
    changed between them: coloured on a terminal, [-removed-]{+added+} otherwise. The article is
    named by its id, the start of it (as `search` shows it) or its URL."""
    try:
        records = find_article(Archive(config.archive_dir), article)
    except AmbiguousArticle as exc:
        raise UserError(str(exc)) from None
    if not records:
        raise UserError(f"no article {article!r} in {config.archive_dir}")
    click.echo(render_history(records, color=_color()), color=_color())


@click.command("runs")
@click.option("--source", default=None, help="Only this source's runs.")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="The run records as JSON Lines.")
@click.pass_obj
def runs_command(config: Config, source: str | None, limit: int, as_json: bool) -> None:
    """The most recent crawl runs, newest first."""
    runs = read_runs(config.data_dir, source)[-limit:][::-1]
    if not runs:
        click.echo(f"no runs recorded in {config.data_dir}", err=True)
    for run in runs:
        if as_json:
            click.echo(json.dumps(run, ensure_ascii=False))
            continue
        failures = ", ".join(f"{k} {v}" for k, v in run.get("failures", {}).items()) or "none"
        walk = "full" if run.get("full") else "incremental"
        click.echo(f"{_local(run['started'])}  {run['source']:<16} {walk:<11} "
                   f"{run.get('pages', 0):>5} pages  {run.get('new', 0)} new, "
                   f"{run.get('updated', 0)} updated, {run.get('unchanged', 0)} unchanged, "
                   f"{run.get('removed', 0)} removed; failures: {failures}; "
                   f"{run.get('stopped_because')}{' (resumed)' if run.get('resumed') else ''}")


@click.group("schedule")
def schedule_group() -> None:
    """Crawl the sources whose `schedule` is due, and show when each is due."""


@schedule_group.command("run")
@click.option("--loop", "forever", is_flag=True,
              help="Stay in the foreground and wake for the next due source.")
@click.option("-s", "--set", "overrides", multiple=True, metavar="NAME=VALUE",
              help="A Scrapy setting for every crawl (repeatable).")
@click.pass_obj
def schedule_run(config: Config, forever: bool, overrides: tuple[str, ...]) -> None:
    """Crawl every due source, one after the other, then exit (exit status 1 if a crawl failed)."""
    try:
        setting_pairs(overrides)
        source_states(config)
    except (ValueError, SourcesError) as exc:
        raise UserError(str(exc)) from None
    if forever:
        try:
            loop(config, list(overrides), click.echo)
        except KeyboardInterrupt:
            click.echo("stopped")
        return
    if run_due(config, list(overrides), click.echo):
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
                      _local(state.last["started"]) if state.last else "never",
                      state.result(), when)
    console = Console(width=None if sys.stdout.isatty() else 200, no_color=not _color())
    console.print(table)
    for state in states:
        if warning := state.warning():
            console.print(f"warning: {state.source.id}: {warning}")


@click.command("reextract")
@click.argument("ids", nargs=-1)
@click.pass_obj
def reextract_command(config: Config, ids: tuple[str, ...]) -> None:
    """Re-read archived articles (all when no ID is given) from their WARC captures with the
    current extraction code; append a record wherever the result changed."""
    from archiver.crawl.reextract import reextract  # Scrapy and trafilatura: load on use

    try:
        summary = reextract(config, ids)
    except SourceLocked as exc:
        raise UserError(str(exc)) from None
    if ids and len(summary.missing) == len(set(ids)):
        raise UserError(f"not in the archive: {', '.join(summary.missing)}")
    click.echo(summary.line())


COMMANDS = (history_command, runs_command, schedule_group, reextract_command)
