"""`archiver history`, `archiver runs` and `archiver reextract`: what the archive holds over time.

    archiver history 3f2a9c0d41b7e5a1          # versions of an article, and what changed
    archiver runs --source quangyen --limit 5  # the last crawls of a source
    archiver reextract                         # re-read every capture with the current code
"""

from __future__ import annotations

import json
import os
import sys

import click

from archiver.archive.history import AmbiguousArticle, find_article, render_history
from archiver.archive.runs import read_runs, warnings_text
from archiver.archive.store import Archive
from archiver.cli.errors import UserError
from archiver.cli.terminal import printable_record
from archiver.config import Config
from archiver.crawl.locks import SourceLocked
from archiver.record import parse_utc


def local_time(utc_text: str | None) -> str:
    return parse_utc(utc_text).astimezone().strftime("%Y-%m-%d %H:%M") if utc_text else "—"


def color() -> bool:
    return sys.stdout.isatty() and "NO_COLOR" not in os.environ


@click.command("history")
@click.argument("article", metavar="ID|PREFIX|URL")
@click.pass_obj
def history_command(config: Config, article: str) -> None:
    """The versions of an article (version, fetched, status, title) and a word-level diff of what
    changed between them: coloured on a terminal, [-removed-]{+added+} otherwise. The article is
    named by its id, the start of it (as `search` shows it) or its URL."""
    try:
        records = find_article(Archive(config.data.archive), article)
    except AmbiguousArticle as exc:
        raise UserError(str(exc)) from None
    if not records:
        raise UserError(f"no article {article!r} in {config.data.archive}")
    records = [printable_record(r) for r in records]
    click.echo(render_history(records, color=color()), color=color())


@click.command("runs")
@click.option("--source", default=None, help="Only this source's runs.")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="The run records as JSON Lines.")
@click.pass_obj
def runs_command(config: Config, source: str | None, limit: int, as_json: bool) -> None:
    """The most recent crawl runs, newest first."""
    runs = read_runs(config.data, source)[-limit:][::-1]
    if not runs:
        click.echo(f"no runs recorded in {config.data.root}", err=True)
    for run in runs:
        if as_json:
            click.echo(json.dumps(run, ensure_ascii=False))
            continue
        failures = ", ".join(f"{k} {v}" for k, v in run.get("failures", {}).items()) or "none"
        walk = "full" if run.get("full") else "incremental"
        click.echo(f"{local_time(run['started'])}  {run['source']:<16} {walk:<11} "
                   f"{run.get('pages', 0):>5} pages  {run.get('new', 0)} new, "
                   f"{run.get('updated', 0)} updated, {run.get('unchanged', 0)} unchanged, "
                   f"{run.get('removed', 0)} removed; failures: {failures}; "
                   f"{run.get('stopped_because')}{' (resumed)' if run.get('resumed') else ''}"
                   f"{warnings_text(run)}")


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


COMMANDS = (history_command, runs_command, reextract_command)
