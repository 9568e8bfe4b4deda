"""`archiver demo`: a bundled sample portal served, crawled and searched in one command; a module of
its own so that a crawl does not load the sample portals' markup (the `--family` choices).

    archiver demo --family liferay
"""

from __future__ import annotations

import click

from archiver.cli.crawl import terminal_settings
from archiver.cli.errors import UserError
from archiver.config import Config
from archiver.demo.families import FAMILIES as DEMO_FAMILIES


@click.command()
@click.option("--family", type=click.Choice(sorted(DEMO_FAMILIES)), default="sharepoint",
              show_default=True, help="Markup of the sample portal.")
@click.option("--port", type=click.IntRange(1, 65535), default=8765, show_default=True)
@click.pass_obj
def demo(config: Config, family: str, port: int) -> None:
    """Serve a bundled sample portal on 127.0.0.1, crawl it into the archive and show the result."""
    from archiver.demo.run import DemoError, run_demo

    try:
        run_demo(config, family, port, say=click.echo, settings=terminal_settings())
    except DemoError as exc:
        raise UserError(str(exc)) from None
    from archiver.cli.search import refresh_index

    refresh_index(config)
    click.echo(f"Now search it, e.g.: archiver --data-dir {config.data.root} search "
               "'quy che dan chu'")


COMMANDS = (demo,)
