"""The `archiver` command: the group and its global options; each command group lives in a module of
its own beside this one (crawl, search, datasets, archive, schedule), a thin layer over the library.
Only this package imports click or rich."""

from __future__ import annotations

import logging
import sys

import click

from archiver import __version__
from archiver.cli.errors import UserError
from archiver.config import Config


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
    if ctx.obj.data.root.exists() and not ctx.obj.data.root.is_dir():
        raise UserError(f"the data directory {ctx.obj.data.root} is a file (--data-dir or "
                        "ARCHIVER_DATA_DIR)")


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


def main() -> None:
    cli(prog_name="archiver")


def _register() -> None:
    """Every command group, added to `cli` in the order `--help` lists them."""
    from archiver.cli import archive, capture, crawl, datasets, extract, schedule, search

    crawl.sources.add_command(extract.learn_command)
    for module in (crawl, extract, search, datasets, archive, capture, schedule):
        for command in module.COMMANDS:
            cli.add_command(command)


_register()
