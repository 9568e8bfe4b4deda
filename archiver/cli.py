"""The `archiver` command: a thin click layer over the library; each command a few lines."""

from __future__ import annotations

import logging

import click

from archiver import __version__
from archiver.config import Config
from archiver.crawl import crawl_settings, run_crawl
from archiver.errors import UserError
from archiver.export import export_jsonl
from archiver.sources import Source, SourcesError, load_sources, select_sources
from archiver.store import Archive


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
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
    # on the handler, not the root logger: Scrapy resets the root logger's level
    handler.setLevel((logging.WARNING, logging.INFO, logging.DEBUG)[min(verbose, 2)])
    logging.root.addHandler(handler)
    ctx.obj = Config.resolve(data_dir, sources)


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
@click.option("-s", "--set", "overrides", multiple=True, metavar="NAME=VALUE",
              help="A Scrapy setting, as with `scrapy crawl -s` (repeatable).")
@click.pass_obj
def crawl(config: Config, ids: tuple[str, ...], max_articles: int | None,
          overrides: tuple[str, ...]) -> None:
    """Crawl the named sources (all when none) into the archive."""
    chosen = load(config, ids)
    pairs = {}
    for item in overrides:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise UserError(f"-s {item!r}: expected NAME=VALUE")
        pairs[name] = value
    summaries = run_crawl(config, chosen, crawl_settings(config, pairs, max_articles))
    for summary in summaries:
        click.echo(summary.line())


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True)
@click.option("--output", "-o", required=True, help="File to write, or - for stdout.")
@click.pass_obj
def export(config: Config, fmt: str, output: str) -> None:
    """Write the latest version of every archived article."""
    count = export_jsonl(Archive(config.archive_dir), output)
    if output != "-":
        click.echo(f"{count} articles written to {output}", err=True)


@cli.command()
@click.option("--family", type=click.Choice(["sharepoint", "liferay", "nukeviet", "phpsite"]),
              default="sharepoint", show_default=True, help="Markup of the sample portal.")
@click.pass_obj
def demo(config: Config, family: str) -> None:
    """Serve a bundled sample portal on 127.0.0.1, crawl it into the archive and show the result."""
    from archiver.demo.run import run_demo

    run_demo(config, family)


def main() -> None:
    cli(prog_name="archiver")


# Commands live beside the library code they drive; each module registers here.
