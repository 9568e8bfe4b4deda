"""`archiver export`, `archiver stats` and `archiver timeline`: datasets for study.

    archiver export --province "Quảng Ninh" --from 2023 --output qn.parquet
    archiver stats
    archiver timeline "ngập lụt" --by year --split source --plot ngap-lut.png
"""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import click

from archiver.archive.store import Archive
from archiver.cli.errors import UserError
from archiver.cli.search import filter_options, match_option
from archiver.config import Config
from archiver.datasets.export import FORMATS, ExportError, Format, format_for
from archiver.datasets.manifest import export_with_manifest, reproduce
from archiver.datasets.selection import VERSIONS, Selection, plan
from archiver.datasets.stats import archive_stats, render
from archiver.datasets.timeline import (
    PERIODS,
    SPLITS,
    PlotError,
    bars,
    describe,
    plot,
    split_groups,
    timeline,
    write_csv,
)
from archiver.progress import Meter, silent
from index.filters import Filters
from index.query import IndexMissing, QueryError


@contextlib.contextmanager
def _dataset_errors(needing_index: str = "a query") -> Iterator[None]:
    """A query, option or path the dataset commands cannot use: one line and exit status 2
    (`needing_index`: what the command asked that needs the index, said when there is none)."""
    try:
        yield
    except (ExportError, PlotError, QueryError) as exc:
        raise UserError(str(exc)) from None
    except IndexMissing as exc:
        raise UserError(f"{needing_index} needs the search index; {exc}: run `archiver index` to build "
                        "it from the archive") from None


def _meter(output: str | None) -> Meter:
    """A bar on a terminal, unless the data itself goes to the terminal."""
    if output == "-" or not sys.stderr.isatty():
        return silent
    from archiver.cli.progress import bar

    return bar


@click.command()
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
@match_option
@click.pass_obj
def export(config: Config, query: str | None, filters: Filters, fmt: str | None,
           output: str | None, versions: str, include_removed: bool, fields: str | None,
           excel: bool, force: bool, manifest_file: str | None, match: str | None) -> None:
    """Write articles for study: the whole archive, or what QUERY and the filters select (as
    `archiver search` finds them), ordered by publish time then id, with PATH.manifest.json beside.

    \b
    archiver export --province "Quảng Ninh" --from 2023 --output qn.parquet
    """
    with _dataset_errors():
        if manifest_file:
            if query or filters != Filters() or fmt or fields or excel or include_removed \
                    or versions != "latest" or match:
                raise ExportError("--manifest re-runs the recorded export: only --output and "
                                  "--force go with it")
            done = reproduce(config, Path(manifest_file), output, force=force,
                             progress=_meter(output))
            click.echo("\n".join(done.report(Path(manifest_file))))
            return
        if not output:
            raise ExportError("--output PATH is required (- for stdout)")
        columns = tuple(f.strip() for f in fields.split(",")) if fields is not None else None
        written = export_with_manifest(
            config, Selection(query, filters, versions, include_removed, match or "auto"),
            Format(fmt or format_for(output), columns, excel), output, force=force,
            progress=_meter(output))
    if output != "-":
        click.echo(f"{written.count:,} records written to {output}, manifest beside it", err=True)


@click.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON document: sources and totals.")
@click.pass_obj
def stats(config: Config, as_json: bool) -> None:
    """Per source: articles, versions, removed, first and last published, last crawl and result."""
    per_source, total = archive_stats(Archive(config.data.archive), config.data)
    if as_json:
        click.echo(json.dumps({"sources": [s.to_json() for s in per_source],
                               "total": total.to_json()}, ensure_ascii=False, indent=2))
    elif not per_source:
        click.echo(f"The archive in {config.data.archive} is empty.")
    else:
        click.echo("\n".join(render(per_source, total)))


@click.command("timeline")
@click.argument("query", required=False)
@filter_options
@click.option("--by", type=click.Choice(PERIODS), default="month", show_default=True)
@click.option("--split", type=click.Choice(SPLITS),
              help="Count each source apart, or the sources of each province together (the "
                   "province as the search index gives it).")
@click.option("--include-removed", is_flag=True, help="Also articles whose page was removed.")
@click.option("--csv", "as_csv", is_flag=True, help="Print the table as CSV.")
@click.option("--plot", "chart", type=click.Path(dir_okay=False), metavar="FILE.png|FILE.svg",
              help="Also draw the chart into a file (needs the `plot` extra: matplotlib).")
@match_option
@click.pass_obj
def timeline_command(config: Config, query: str | None, filters: Filters, by: str,
                     split: str | None, include_removed: bool, as_csv: bool,
                     chart: str | None, match: str | None) -> None:
    """How many articles (those `archiver export` would write) were published per period.

    \b
    archiver timeline "ngập lụt" --by year --split province --plot ngap-lut.png
    """
    selection = Selection(query, filters, include_removed=include_removed, match=match or "auto")
    with _dataset_errors("a query" if query else f"--split {split}"):
        counts = timeline(plan(Archive(config.data.archive), selection, config.data.index), by,
                          split=bool(split), groups=split_groups(split, config.data.index))
        if chart:
            plot(counts, Path(chart), f"Articles per {by}: {describe(selection)}", split or "source")
    if as_csv:
        write_csv(counts, sys.stdout)
    else:
        click.echo("\n".join(bars(counts)) or "No articles match.")
    if counts.undated:
        click.echo(f"{counts.undated:,} articles without a publish date are in no {by}.", err=True)
    if chart:
        click.echo(f"chart written to {chart}", err=True)


COMMANDS = (export, stats, timeline_command)
