"""The capture commands: `package` (WACZ), `import` (WARC/WACZ made elsewhere), `migrate` (re-key the
archive after a change of URL rules); each a few lines over archiver.archive.package, .importer, .migrate.

    archiver package quangyen --from 2025-01 --output quangyen-2025.wacz
    archiver import portal-2019.warc.gz --source oldportal
    archiver migrate
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import click

from archiver.archive.importer import import_captures
from archiver.archive.migrate import rekey_source
from archiver.archive.package import PackageError, package
from archiver.archive.store import Archive
from archiver.cli.errors import UserError
from archiver.config import Config
from archiver.crawl.locks import SourceLock, SourceLocked
from archiver.sources import SourcesError, load_sources, select_sources
from index.filters import parse_date_bound


def _date_bound(end: bool):  # noqa: ANN202 - a click callback factory
    def convert(ctx: click.Context, param: click.Parameter, value: str | None) -> datetime | None:
        try:
            return parse_date_bound(value, end=end) if value else None
        except ValueError as exc:
            raise UserError(f"--{'to' if end else 'from'}: {exc}") from None
    return convert


@click.command("package")
@click.argument("sources", nargs=-1)
@click.option("--from", "start", metavar="DATE", callback=_date_bound(end=False),
              help="Only crawls begun on or after DATE (YYYY-MM-DD, YYYY-MM, YYYY).")
@click.option("--to", "end", metavar="DATE", callback=_date_bound(end=True),
              help="Only crawls begun on or before DATE (the whole day, month or year).")
@click.option("--output", "-o", required=True, type=click.Path(dir_okay=False), metavar="FILE.wacz")
@click.pass_obj
def package_command(config: Config, sources: tuple[str, ...], start: datetime | None,
                    end: datetime | None, output: str) -> None:
    """Package the WARC captures of SOURCES (all when none) as a WACZ file that pywb,
    ReplayWeb.page and Browsertrix open."""
    chosen = list(sources) or sorted(p.name for p in config.data.warc.glob("*") if p.is_dir())
    try:
        click.echo(package(config.data, chosen, Path(output), start=start, end=end).line())
    except PackageError as exc:
        raise UserError(str(exc)) from None


@click.command("import")
@click.argument("files", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--source", "source_id", required=True, metavar="ID",
              help="The source (in the sources file) the captured pages belong to.")
@click.pass_obj
def import_command(config: Config, files: tuple[Path, ...], source_id: str) -> None:
    """Archive the articles of WARC or WACZ FILES captured elsewhere, with their provenance."""
    try:
        source = select_sources(load_sources(config.sources_path), [source_id])[0]
    except SourcesError as exc:
        raise UserError(str(exc)) from None
    try:
        with SourceLock(config.data, source.id):
            click.echo(import_captures(config.data, source, list(files)).line())
    except SourceLocked as exc:
        raise UserError(str(exc)) from None


@click.command("migrate")
@click.pass_obj
def migrate_command(config: Config) -> None:
    """Re-key every source's archive to the current URL rules (a backup is kept). A crawl does the
    same for its source on its own; this does all sources at once."""
    try:
        for source in Archive(config.data.archive).sources():
            with SourceLock(config.data, source):
                click.echo(rekey_source(config.data, source).line())
    except SourceLocked as exc:
        raise UserError(str(exc)) from None


COMMANDS = (package_command, import_command, migrate_command)
