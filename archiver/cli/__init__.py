"""The `archiver` command: a thin click layer over the library; each command a few lines."""

from __future__ import annotations

import contextlib
import json
import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import click

from archiver import __version__
from archiver.archive.store import Archive
from archiver.cli.errors import UserError
from archiver.cli.search import filter_options
from archiver.config import Config, setting_pairs
from archiver.datasets.export import FORMATS, ExportError, Format, format_for
from archiver.datasets.manifest import export_with_manifest, reproduce
from archiver.datasets.selection import VERSIONS, Selection, plan
from archiver.datasets.stats import archive_stats, render
from archiver.datasets.timeline import PERIODS, PlotError, bars, describe, plot, timeline, write_csv
from archiver.sources import Source, SourcesError, load_sources, select_sources
from index.build import update_index
from index.query import Filters, IndexMissing, QueryError


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--data-dir", type=click.Path(file_okay=False), default=None,
              help="Where everything is written [env ARCHIVER_DATA_DIR, default ./data].")
@click.option("--sources", type=click.Path(dir_okay=False), default=None,
              help="The sources file [env ARCHIVER_SOURCES, default ./sources.toml].")
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
@click.version_option(__version__, prog_name="archiver")
@click.pass_context
def cli(ctx: click.Context, data_dir: str | None, sources: str | None, verbose: int) -> None:
    """Archive and search the news of Vietnamese local government portals."""
    _log_to_stderr((logging.WARNING, logging.INFO, logging.DEBUG)[min(verbose, 2)])
    ctx.obj = Config.resolve(data_dir, sources)


#: How a crawl that did its job ends; anything else (not started, interrupted) is exit status 1.
COMPLETED = ("finished", "closespider_itemcount")


def _log_to_stderr(level: int) -> None:
    """One stderr handler, its level on the handler: Scrapy resets the root logger's level."""
    handler = next((h for h in logging.root.handlers if getattr(h, "archiver", False)), None)
    if handler is None:
        handler = logging.StreamHandler()
        handler.archiver = True
        handler.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
        logging.root.addHandler(handler)
    handler.stream = sys.stderr  # click's test runner swaps stderr between invocations
    handler.setLevel(level)


def load(config: Config, ids: tuple[str, ...] = ()) -> list[Source]:
    """The sources named (all when none), or a one-line error and exit status 2."""
    try:
        return select_sources(load_sources(config.sources_path), ids)
    except SourcesError as exc:
        raise UserError(str(exc)) from None


@cli.group()
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


@cli.command()
@click.argument("ids", nargs=-1)
@click.option("--max-articles", type=click.IntRange(min=1), default=None,
              help="Stop each source after this many articles.")
@click.option("--full", is_flag=True,
              help="Walk every listing page and re-check every archived article.")
@click.option("--no-index", is_flag=True, help="Do not bring the search index up to date afterwards.")
@click.option("-s", "--set", "overrides", multiple=True, metavar="NAME=VALUE",
              help="A Scrapy setting, as with `scrapy crawl -s` (repeatable).")
@click.pass_obj
def crawl(config: Config, ids: tuple[str, ...], max_articles: int | None, full: bool,
          no_index: bool, overrides: tuple[str, ...]) -> None:
    """Crawl the named sources (all when none) into the archive.

    Incremental unless --full (or the source's full_every is due): listings stop after a run of
    archived articles. An interrupted crawl of a source is resumed by its next crawl."""
    from archiver.crawl.run import crawl_settings, locked_by_others, run_crawl  # Scrapy: load on use

    chosen = load(config, tuple(dict.fromkeys(ids)))
    try:
        pairs = setting_pairs(overrides)
    except ValueError as exc:
        raise UserError(str(exc)) from None
    if busy := locked_by_others(config, chosen):
        raise UserError(busy)
    summaries = run_crawl(config, chosen, crawl_settings(config, pairs, max_articles, full))
    for summary in summaries:
        click.echo(summary.line())
    if not no_index:
        click.echo(update_index(config).summary())
    if any(s.stopped_because not in COMPLETED for s in summaries):
        raise click.exceptions.Exit(1)  # each line above says why


@contextlib.contextmanager
def _dataset_errors() -> Iterator[None]:
    """A query, option or path the dataset commands cannot use: one line and exit status 2."""
    try:
        yield
    except (ExportError, PlotError, QueryError) as exc:
        raise UserError(str(exc)) from None
    except IndexMissing as exc:
        raise UserError(f"a query needs the search index; {exc}: run `archiver index` to build "
                        "it from the archive") from None


@cli.command()
@click.argument("query", required=False)
@filter_options
@click.option("--format", "fmt", metavar="|".join(FORMATS),
              help="Output format [default: from the output's suffix, else jsonl].")
@click.option("--output", "-o", metavar="PATH", help="File to write, or - for stdout (not Parquet).")
@click.option("--versions", type=click.Choice(VERSIONS), default="latest", show_default=True,
              help="The latest version of each article, or every stored version.")
@click.option("--include-removed", is_flag=True, help="Also articles whose page was removed.")
@click.option("--fields", metavar="A,B,C", help="Only these record fields, in this order.")
@click.option("--excel", is_flag=True, help="CSV with a byte-order mark, for Excel.")
@click.option("--force", is_flag=True, help="Replace an existing file and manifest.")
@click.option("--manifest", "manifest_file", type=click.Path(dir_okay=False), metavar="FILE",
              help="Run the export FILE records again and say whether the result is identical.")
@click.pass_obj
def export(config: Config, query: str | None, filters: Filters, fmt: str | None,
           output: str | None, versions: str, include_removed: bool, fields: str | None,
           excel: bool, force: bool, manifest_file: str | None) -> None:
    """Write articles for study: the whole archive, or what QUERY and the filters select (as
    `archiver search` finds them), ordered by publish time then id, with PATH.manifest.json beside.

    \b
    archiver export --province "Quảng Ninh" --from 2023 --output qn.parquet
    """
    progress = sys.stderr.isatty()
    with _dataset_errors():
        if manifest_file:
            if query or filters != Filters() or fmt or fields or excel or include_removed \
                    or versions != "latest":
                raise ExportError("--manifest re-runs the recorded export: only --output and "
                                  "--force go with it")
            done = reproduce(config, Path(manifest_file), output, force=force, progress=progress)
            click.echo("\n".join(done.report(Path(manifest_file))))
            return
        if not output:
            raise ExportError("--output PATH is required (- for stdout)")
        columns = tuple(f.strip() for f in fields.split(",")) if fields is not None else None
        written = export_with_manifest(
            config, Selection(query, filters, versions, include_removed),
            Format(fmt or format_for(output), columns, excel), output, force=force,
            progress=progress)
    if output != "-":
        click.echo(f"{written.count:,} records written to {output}, manifest beside it", err=True)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON document: sources and totals.")
@click.pass_obj
def stats(config: Config, as_json: bool) -> None:
    """Per source: articles, versions, removed, first and last published, last crawl and result."""
    per_source, total = archive_stats(Archive(config.archive_dir), config.data_dir)
    if as_json:
        click.echo(json.dumps({"sources": [s.to_json() for s in per_source],
                               "total": total.to_json()}, ensure_ascii=False, indent=2))
    elif not per_source:
        click.echo(f"The archive in {config.archive_dir} is empty.")
    else:
        click.echo("\n".join(render(per_source, total)))


@cli.command("timeline")
@click.argument("query", required=False)
@filter_options
@click.option("--by", type=click.Choice(PERIODS), default="month", show_default=True)
@click.option("--split", type=click.Choice(["source"]), help="Count each source apart.")
@click.option("--include-removed", is_flag=True, help="Also articles whose page was removed.")
@click.option("--csv", "as_csv", is_flag=True, help="Print the table as CSV.")
@click.option("--plot", "chart", type=click.Path(dir_okay=False), metavar="FILE.png|FILE.svg",
              help="Also draw the chart into a file (needs the `plot` extra: matplotlib).")
@click.pass_obj
def timeline_command(config: Config, query: str | None, filters: Filters, by: str,
                     split: str | None, include_removed: bool, as_csv: bool,
                     chart: str | None) -> None:
    """How many articles (those `archiver export` would write) were published per period.

    \b
    archiver timeline "ngập lụt" --by year --split source --plot ngap-lut.png
    """
    selection = Selection(query, filters, include_removed=include_removed)
    with _dataset_errors():
        counts = timeline(plan(Archive(config.archive_dir), selection, config.index_dir), by,
                          split=split == "source")
        if chart:
            plot(counts, Path(chart), f"Articles per {by}: {describe(selection)}")
    if as_csv:
        write_csv(counts, sys.stdout)
    else:
        click.echo("\n".join(bars(counts)) or "No articles match.")
    if counts.undated:
        click.echo(f"{counts.undated:,} articles without a publish date are in no {by}.", err=True)
    if chart:
        click.echo(f"chart written to {chart}", err=True)


@cli.command()
@click.option("--family", type=click.Choice(["sharepoint", "liferay", "nukeviet", "phpsite"]),
              default="sharepoint", show_default=True, help="Markup of the sample portal.")
@click.option("--port", type=click.IntRange(1, 65535), default=8765, show_default=True)
@click.pass_obj
def demo(config: Config, family: str, port: int) -> None:
    """Serve a bundled sample portal on 127.0.0.1, crawl it into the archive and show the result."""
    from archiver.demo.run import run_demo

    run_demo(config, family, port)
    click.echo(update_index(config).summary())
    click.echo(f"Now search it, e.g.: archiver --data-dir {config.data_dir} search "
               "'quy che dan chu'")


def main() -> None:
    cli(prog_name="archiver")


# Commands live beside the library code they drive; each module registers here.

from archiver.cli.search import index_command, search_command  # noqa: E402

cli.add_command(index_command)
cli.add_command(search_command)

from archiver.cli.archivist import COMMANDS as ARCHIVIST_COMMANDS  # noqa: E402

for command in ARCHIVIST_COMMANDS:
    cli.add_command(command)

from archiver.cli.capture import COMMANDS as CAPTURE_COMMANDS  # noqa: E402

for command in CAPTURE_COMMANDS:
    cli.add_command(command)
