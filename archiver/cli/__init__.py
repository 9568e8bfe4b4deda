"""The `archiver` command: the group and its global options; each command group lives in a module of
its own beside this one (crawl, demo, search, datasets, archive, capture, schedule, serve, worker), a
thin layer over the library, imported only when one of its commands runs. Only this package imports
click or rich."""

from __future__ import annotations

import importlib
import logging
import sys

import click

from archiver import __version__
from archiver.cli.errors import UserError
from archiver.config import Config

#: Where each command is defined (a module of this package, listing it in its COMMANDS) and the
#: line `archiver --help` shows for it. A command's module, and the library it drives, load only
#: when it runs: `archiver --help` imports none and `archiver search` only the index. A test holds
#: each line equal to the command's own help.
COMMANDS = {
    "crawl": ("crawl", "Crawl the named sources (all when none) into the archive."),
    "demo": ("demo", "Serve a bundled sample portal on 127.0.0.1, crawl it into the archive and "
                      "show the result."),
    "export": ("datasets", "Write articles for study: the whole archive, or what QUERY and the "
                           "filters select (as `archiver search` finds them), ordered by publish "
                           "time then id, with PATH.manifest.json beside."),
    "history": ("archive", "The versions of an article (version, fetched, status, title) and a "
                           "word-level diff of what changed between them: coloured on a terminal, "
                           "[-removed-]{+added+} otherwise."),
    "import": ("capture", "Archive the articles of WARC or WACZ FILES captured elsewhere, with their "
                          "provenance."),
    "index": ("search", "Bring the search index up to date with the archive (only what changed)."),
    "migrate": ("capture", "Re-key every source's archive to the current URL rules (a backup is "
                           "kept)."),
    "package": ("capture", "Package the WARC captures of SOURCES (all when none) as a WACZ file "
                           "that pywb, ReplayWeb.page and Browsertrix open."),
    "reextract": ("archive", "Re-read archived articles (all when no ID is given) from their WARC "
                             "captures with the current extraction code; append a record wherever "
                             "the result changed."),
    "runs": ("archive", "The most recent crawl runs, newest first."),
    "schedule": ("schedule", "Crawl the sources whose `schedule` is due, and show when each is "
                             "due."),
    "search": ("search", "Search the archive."),
    "serve": ("serve", "Serve a read-only search site over the archive (search, timelines, "
                       "articles and their versions, sources, downloads) and its JSON API."),
    "sources": ("crawl", "Show and check the sources file."),
    "stats": ("datasets", "Per source: articles, versions, removed, first and last published, last "
                          "crawl and result."),
    "try": ("extract", "Extract one page and show every field, the family or learned template "
                       "used, the rule behind each field, and why the page would not be archived "
                       "as an article."),
    "timeline": ("datasets", "How many articles (those `archiver export` would write) were "
                             "published per period."),
    "worker": ("worker", "Lease due sources from Redis and crawl them (the data directory is "
                         "shared by every worker); a source whose worker dies is leased again once "
                         "its lease expires."),
}


class LazyGroup(click.Group):
    """A group whose commands are imported from their modules (`COMMANDS`) when run."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        module = importlib.import_module(f"archiver.cli.{COMMANDS[name][0]}")
        return next(c for c in module.COMMANDS if c.name == name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The commands section of `--help`, from `COMMANDS`: no command module is imported."""
        with formatter.section("Commands"):
            formatter.write_dl([(name, COMMANDS[name][1]) for name in self.list_commands(ctx)])


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
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
