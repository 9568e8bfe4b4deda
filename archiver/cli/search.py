"""`archiver index` and `archiver search`: thin click layers over `index.build` and `index.query`.

    archiver index                                  # bring the index up to date with the archive
    archiver search "giải phóng mặt bằng" --province "Quảng Ninh" --from 2023 --sort newest
    archiver search 'quy che dan chu -"hội nghị"' --json | jq .url
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from datetime import datetime

import click

from archiver.archive.history import short_id
from archiver.cli.errors import UserError
from archiver.cli.terminal import printable
from archiver.config import Config
from index.engines import ENGINES
from index.filters import FILTERS, Filter, Filters
from index.query import (
    SORTS,
    Hit,
    IndexMissing,
    QueryError,
    SearchResults,
    search,
)


def _parsed(f: Filter) -> Callable:
    """The option's callback: the filter's value, or a one-line error naming the option."""
    def convert(ctx: click.Context, param: click.Parameter, value: str | None) -> object:
        if value is None:
            return None
        try:
            return f.parse(value)
        except ValueError as exc:
            raise UserError(f"{f.option}: {exc}") from None
    return convert


def filter_options(command: Callable) -> Callable:
    """Add an option per filter (index.filters.FILTERS) to a command, which receives their values
    as one `filters: Filters`."""

    @functools.wraps(command)
    def wrapper(*args: object, **kwargs: object) -> object:
        kwargs["filters"] = Filters(**{f.name: kwargs.pop(f.name) for f in FILTERS})
        return command(*args, **kwargs)

    for f in reversed(FILTERS):
        wrapper = click.option(f.option, f.name, metavar=f.metavar, help=f.help,
                               callback=_parsed(f))(wrapper)
    return wrapper


def match_option(command: Callable) -> Callable:
    """`--exact` / `--fold`: how the query's syllables match where the query does not say; the
    command receives `match` ("auto" when neither is given)."""
    return click.option(
        "--exact", "match", flag_value="exact",
        help="Every query word matches exactly as typed (`bao` is not `bão`).")(click.option(
            "--fold", "match", flag_value="fold",
            help="Every query word matches with or without diacritics (`bão` finds `báo`, "
                 "`bao`). Default: words typed with diacritics match exactly, others folded.")(
            command))


def _count(minimum: int) -> Callable:
    def check(ctx: click.Context, param: click.Parameter, value: int) -> int:
        if value < minimum:
            raise UserError(f"--{param.name} must be at least {minimum}")
        return value
    return check


def _sort(ctx: click.Context, param: click.Parameter, value: str) -> str:
    if value not in SORTS:
        raise UserError(f"--sort must be one of: {', '.join(SORTS)}")
    return value


def refresh_index(config: Config, rebuild: bool = False, engine: str | None = None) -> None:
    """Bring the index up to date (with `engine` when given), with a bar on a terminal, and say
    what changed."""
    from archiver.archive.store import Archive  # indexing loads the archive; searching does not
    from archiver.cli.progress import bar
    from archiver.progress import silent
    from index.build import update_index

    report = update_index(config.data.index, Archive(config.data.archive), rebuild=rebuild,
                          progress=bar if sys.stderr.isatty() else silent,
                          on_wait=lambda: click.echo("waiting for another indexer to finish…",
                                                     err=True), engine=engine)
    click.echo(report.summary())


@click.command("index")
@click.option("--rebuild", is_flag=True, help="Make the index from scratch.")
@click.option("--engine", type=click.Choice(ENGINES), default=None,
              help="whoosh (default; small archives) or tantivy (a million articles and more); "
                   "remembered in the index, and changing it rebuilds the index.")
@click.pass_obj
def index_command(config: Config, rebuild: bool, engine: str | None) -> None:
    """Bring the search index up to date with the archive (only what changed)."""
    refresh_index(config, rebuild, engine)


@click.command("search")
@click.argument("query")
@filter_options
@click.option("--sort", default="relevance", show_default=True, callback=_sort,
              help=f"Order of the hits: {', '.join(SORTS)}.")
@click.option("--limit", default=10, show_default=True, callback=_count(1),
              help="Hits to show.")
@click.option("--offset", default=0, show_default=True, callback=_count(0),
              help="Hits to skip (for the next pages).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per hit per line.")
@click.option("--facets", is_flag=True, help="Counts by source and by year of all matches.")
@match_option
@click.pass_obj
def search_command(config: Config, query: str, filters: Filters, sort: str, limit: int,
                   offset: int, as_json: bool, facets: bool, match: str | None) -> None:
    """Search the archive. QUERY: words, "phrases", AND, OR, NOT, -word, title:…, author:…, chuy*
    wildcards, exact:… and fold:…. A word typed with diacritics matches exactly that word, one
    typed without them every accented form. Bare words rank articles holding them adjacent first."""
    try:
        results = search(config.data.index, query, filters, sort, limit, offset, facets,
                         match or "auto")
    except QueryError as exc:
        raise UserError(f"cannot read the query: {exc}") from None
    except IndexMissing as exc:
        raise UserError(f"{exc}: run `archiver index` to build it from the archive") from None
    except Exception:
        from index.build import index_damage  # only when a search failed: not on the way in

        if damage := index_damage(config.data.index):
            raise UserError(f"the search index is damaged ({damage}): run `archiver index` to "
                            "repair it") from None
        raise
    if as_json:
        for hit in results.hits:
            click.echo(json.dumps(hit.to_json(), ensure_ascii=False))
        if results.facets is not None:
            click.echo(json.dumps({"total": results.total, "facets": results.facets},
                                  ensure_ascii=False))
        return
    _print_human(results)


def _print_human(results: SearchResults) -> None:
    if not results.total:
        click.echo(f"No articles match {results.query!r}.")
        return
    for hit in results.hits:
        _print_hit(hit)
    shown = len(results.hits)
    first = results.offset + 1
    if shown:
        click.echo(f"Articles {first}–{results.offset + shown} of {results.total:,}.", nl=False)
    else:
        click.echo(f"{results.total:,} articles match; none at offset {results.offset}.", nl=False)
    if results.offset + shown < results.total:
        click.echo(f" Next page: --offset {results.offset + results.limit}")
    else:
        click.echo()
    if results.facets:
        for name, counts in results.facets.items():
            listed = ", ".join(f"{printable(str(k))} {v:,}" for k, v in counts.items())
            click.echo(f"By {name}: {listed}")


def _print_hit(hit: Hit) -> None:
    date = _day(hit.published)
    status = click.style(" [removed]", fg="red") if hit.status == "removed" else ""
    click.echo(f"{hit.rank:>3}. {printable(date)} · {printable(hit.source)} · {short_id(hit.id)}"
               f"{status}")
    click.echo("     " + _bold(hit.title, hit.title_spans, base=True))
    click.echo(f"     {printable(hit.url)}")
    click.echo("     " + _bold(hit.snippet, hit.spans))
    if hit.attachment:
        click.echo(f"     in attachment: {hit.attachment['title'] or ''} {hit.attachment['url']}")
    click.echo()


def _day(published: str | None) -> str:
    try:
        return datetime.fromisoformat(published).strftime("%d/%m/%Y") if published else "—"
    except ValueError:
        return published or "—"


def _bold(text: str, spans: list[tuple[int, int]], base: bool = False) -> str:
    """Text with the spans bold (click drops the styling when output is not a terminal); the
    archived text itself is made `printable`."""
    out, pos = [], 0
    for start, end in spans:
        out.append(click.style(printable(text[pos:start]), bold=base))
        out.append(click.style(printable(text[start:end]), bold=True, underline=base, fg="yellow"))
        pos = end
    out.append(click.style(printable(text[pos:]), bold=base))
    return "".join(out)


COMMANDS = (index_command, search_command)
