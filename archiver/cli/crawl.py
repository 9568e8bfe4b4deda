"""`archiver sources list|check|learn` and `archiver crawl`.

    archiver sources check
    archiver crawl quangyen --max-articles 50 -s DOWNLOAD_DELAY=3
"""

from __future__ import annotations

import os
import sys

import click

from archiver.archive.runs import COMPLETE
from archiver.cli.errors import UserError
from archiver.config import Config, setting_pairs
from archiver.crawl.parallel import PROGRESS_ENV, crawl_in_children, default_jobs
from archiver.extract.template import LearnedTemplate
from archiver.sources import Source, SourcesError, load_sources, select_sources


def load(config: Config, ids: tuple[str, ...] = ()) -> list[Source]:
    """The sources named (all when none), or a one-line error and exit status 2."""
    try:
        return select_sources(load_sources(config.sources_path), ids)
    except SourcesError as exc:
        raise UserError(str(exc)) from None


def terminal_settings() -> dict:
    """Scrapy settings for a crawl watched on a terminal: one live line per source (drawn by the
    parent process when this is a child crawl of `crawl --jobs`)."""
    if os.environ.get(PROGRESS_ENV):
        from archiver.cli.progress import LINES_EXTENSION

        return {"EXTENSIONS": {LINES_EXTENSION: 500}}
    if not sys.stderr.isatty():
        return {}
    from archiver.cli.progress import CRAWL_EXTENSION

    return {"EXTENSIONS": {CRAWL_EXTENSION: 500}}


#: Options every command that starts crawls takes.
settings_option = click.option(
    "-s", "--set", "overrides", multiple=True, metavar="NAME=VALUE",
    help="A Scrapy setting for every crawl, as with `scrapy crawl -s` (repeatable).")
jobs_option = click.option(
    "-j", "--jobs", type=click.IntRange(min=1), default=None,
    help="Sources crawled at once, each in a process of its own [default: two per core, fewer on "
         "a small memory].")


@click.group()
def sources() -> None:
    """Show and check the sources file."""


@sources.command("list")
@click.pass_obj
def sources_list(config: Config) -> None:
    """One line per source: id, province, district, start URL, schedule."""
    for s in load(config):
        place = ", ".join(p for p in (s.district, s.province) if p)
        click.echo(f"{s.id:<16} {place:<28} {s.start_urls[0]}  {s.schedule or '-'}")


@sources.command("check")
@click.pass_obj
def sources_check(config: Config) -> None:
    """Validate the sources file; exit status 2 and one line naming the problem when it is bad."""
    found = load(config)
    click.echo(f"{config.sources_path}: {len(found)} sources, all valid")


@sources.command("learn")
@click.argument("source_id", metavar="ID")
@click.pass_obj
def learn_command(config: Config, source_id: str) -> None:
    """Show what crawls learned of a source's page template, as lines to paste into its
    `sources.toml` entry to pin them (`[source.selectors]`, with each selector's hit rate)."""
    load(config, (source_id,))
    learned = LearnedTemplate.load(config.data.template(source_id))
    if learned is None:
        raise UserError(f"nothing learned yet for {source_id!r}: crawl it first "
                        f"(a template is kept once a crawl archives a few articles)")
    click.echo(learned.to_toml())


@click.command()
@click.argument("ids", nargs=-1)
@click.option("--max-articles", type=click.IntRange(min=1), default=None,
              help="Stop each source after this many articles.")
@click.option("--full", is_flag=True,
              help="Walk every listing page and re-check every archived article.")
@click.option("--no-index", is_flag=True, help="Do not bring the search index up to date afterwards.")
@settings_option
@jobs_option
@click.pass_obj
def crawl(config: Config, ids: tuple[str, ...], max_articles: int | None, full: bool,
          no_index: bool, overrides: tuple[str, ...], jobs: int | None) -> None:
    """Crawl the named sources (all when none) into the archive.

    Incremental unless --full (or the source's full_every is due): listings stop after a run of
    archived articles. An interrupted crawl of a source is resumed by its next crawl."""
    from archiver.crawl.run import (  # Scrapy: load on use
        check_overrides,
        crawl_settings,
        locked_by_others,
        run_crawl,
    )

    chosen = load(config, tuple(dict.fromkeys(ids)))
    try:
        pairs = setting_pairs(overrides)
        check_overrides(pairs)
    except ValueError as exc:
        raise UserError(str(exc)) from None
    if busy := locked_by_others(config, chosen):
        raise UserError(busy)
    if len(chosen) > 1:
        failed = crawl_many(config, chosen, jobs, overrides, max_articles, full)
    else:
        settings = crawl_settings(config, {**terminal_settings(), **pairs}, max_articles, full)
        summaries = run_crawl(config, chosen, settings)
        for summary in summaries:
            click.echo(summary.line())
        failed = any(s.stopped_because not in COMPLETE for s in summaries)
    if not no_index:
        from archiver.cli.search import refresh_index  # the index's modules: only when indexing

        refresh_index(config)
    if failed:
        raise click.exceptions.Exit(1)  # each line above says why


def crawl_many(config: Config, sources: list[Source], jobs: int | None,
               overrides: tuple[str, ...], max_articles: int | None, full: bool) -> int:
    """`crawl` of several sources: each in a child process, `jobs` at once (default:
    `default_jobs()`); returns how many did not complete."""
    from archiver.cli.progress import LiveCrawls

    args = [arg for pair in overrides for arg in ("-s", pair)]
    args += ["--no-index", *(["--max-articles", str(max_articles)] if max_articles else []),
             *(["--full"] if full else [])]
    with LiveCrawls() as events:
        crawl_in_children(config, [s.id for s in sources], args, jobs or default_jobs(), events)
    return events.failed


COMMANDS = (sources, crawl)
