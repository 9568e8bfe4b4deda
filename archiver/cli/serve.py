"""`archiver serve`: the read-only web site over the archive and index (archiver.web), on uvicorn.

    archiver serve                       # http://127.0.0.1:8080/
    archiver serve --port 9000
"""

from __future__ import annotations

import ipaddress
import os

import click

from archiver.cli.errors import UserError
from archiver.config import Config


def loopback(host: str) -> bool:
    """Whether a bind address is reachable only from this machine."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; anything but a loopback address exposes the archive.")
@click.option("--port", type=click.IntRange(1, 65535), default=8080, show_default=True)
@click.option("--workers", type=click.IntRange(1, 32), default=1, show_default=True,
              help="Server processes answering searches side by side (each holds its own index "
                   "caches: memory grows with them).")
@click.pass_obj
def serve_command(config: Config, host: str, port: int, workers: int) -> None:
    """Serve a read-only search site over the archive (search, timelines, articles and their
    versions, sources, downloads) and its JSON API."""
    import uvicorn  # the server and the site load only for this command

    from archiver.web.app import DATA_ENV, HOSTS_ENV

    if not config.data.archive.is_dir():
        raise UserError(f"no archive in {config.data.root}: crawl first, or give --data-dir")
    if not loopback(host):
        click.echo(f"warning: serving on {host}, reachable from other machines", err=True)
    # On a loopback address, only requests naming it (not a rebound DNS name) are answered.
    hosts = ",".join([host, "localhost", "127.0.0.1"]) if loopback(host) else ""
    os.environ.update({DATA_ENV: str(config.data.root), HOSTS_ENV: hosts})  # for every worker
    click.echo(f"Serving {config.data.root} on http://{host}:{port}/ (Ctrl+C to stop)", err=True)
    uvicorn.run("archiver.web.app:from_environment", factory=True, host=host, port=port,
                workers=workers, log_level="warning", access_log=False)


COMMANDS = (serve_command,)
