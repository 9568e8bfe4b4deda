"""`archiver try URL|--file PATH`: extraction, explained.

    archiver try https://tienyen.quangninh.gov.vn/Trang/ChiTietTinTuc.aspx?nid=123
    archiver try --file saved.html --url https://example.gov.vn/tin/1.html --source tienyen
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from archiver.cli.crawl import load
from archiver.cli.errors import CommandFailed, UserError
from archiver.config import Config
from archiver.extract.template import LearnedTemplate
from archiver.sources import is_http_url


@click.command("try")
@click.argument("url", required=False)
@click.option("--file", "path", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              help="Read a saved page instead of fetching (give its address with --url).")
@click.option("--url", "page_url", metavar="URL", help="The saved page's address (with --file).")
@click.option("--source", "source_id", metavar="ID",
              help="Extract as this source would: its platform, selectors and learned template.")
@click.option("--hint", metavar="TEXT", help="The link text that led to the page (a listing's "
              "teaser title), as the crawler would know it.")
@click.option("--json", "as_json", is_flag=True, help="Print the fields as one JSON document.")
@click.pass_obj
def try_command(config: Config, url: str | None, path: Path | None, page_url: str | None,
                source_id: str | None, hint: str | None, as_json: bool) -> None:
    """Extract one page and show every field, the family or learned template used, the rule
    behind each field, and why the page would not be archived as an article.

    Fetches URL once, with the crawler's user agent and only where robots.txt allows it; or reads
    a saved page with --file PATH --url URL."""
    from archiver.crawl.trial import TrialError, decode, fetch, read_file, render, try_page

    if path is None and not url:
        raise UserError("give a URL, or --file PATH --url URL")
    if path is not None and not (page_url or url):
        raise UserError("--file needs --url: the address the page was saved from")
    address = page_url or url
    if not is_http_url(address):
        raise UserError(f"{address}: not an http(s) address"
                        + ("" if path is not None else "; to read a saved page give --file PATH --url URL"))
    source = load(config, (source_id,))[0] if source_id else None
    learned = LearnedTemplate.load(config.data.template(source_id)) if source_id else None
    try:
        if path is not None:
            body, headers = read_file(path), {}
        else:
            address, body, headers = fetch(address)
    except TrialError as exc:
        raise UserError(str(exc)) from None
    try:
        trial = try_page(address, decode(address, body, headers), source=source, learned=learned,
                         hint=hint)
    except Exception as exc:  # noqa: BLE001 - an extractor bug on this page, said as the crawl says it
        raise CommandFailed(f"{address}: the extractor failed ({type(exc).__name__}: {exc}); this is a "
                        "bug in archiver: please report it with the saved page") from None
    if as_json:
        click.echo(json.dumps({"fields": trial.fields, "family": trial.family,
                               "template": trial.template, "url_says": trial.url_says,
                               "not_article": trial.not_article, "no_date": trial.no_date,
                               "evidence": trial.evidence},
                              ensure_ascii=False, indent=2))
    else:
        click.echo("\n".join(render(trial)))


COMMANDS = (try_command,)
