"""`archiver worker`: crawl the due sources together with workers on other machines, through Redis.

    archiver worker --redis redis://10.0.0.5:6379/0            # stay up, like `schedule run --loop`
    archiver worker --redis redis://10.0.0.5:6379/0 --jobs 4   # four sources at once on this machine
"""

from __future__ import annotations

import sys

import click

from archiver.cli.crawl import settings_option
from archiver.cli.errors import UserError
from archiver.config import Config, setting_pairs


@click.command("worker")
@click.option("--redis", "redis_url", required=True, metavar="redis://HOST[:PORT][/DB]",
              help="The Redis every worker shares: source leases, crawl frontiers.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=1, show_default=True,
              help="Sources this worker crawls at once.")
@click.option("--lease", "lease_seconds", type=click.FloatRange(min=1), default=30,
              show_default=True, help="Seconds a dead worker's source stays leased.")
@click.option("--until-idle", is_flag=True,
              help="Exit once no source is due or leased by any worker (for batch runs).")
@settings_option
@click.pass_obj
def worker_command(config: Config, redis_url: str, jobs: int, lease_seconds: float,
                   until_idle: bool, overrides: tuple[str, ...]) -> None:
    """Lease due sources from Redis and crawl them (the data directory is shared by every worker);
    a source whose worker dies is leased again once its lease expires. Exit status 1 if a crawl
    failed (with --until-idle)."""
    from redis.exceptions import RedisError

    from archiver.crawl.worker import Worker  # Scrapy and scrapy-redis: load on use

    try:
        setting_pairs(overrides)
    except ValueError as exc:
        raise UserError(str(exc)) from None
    args = [arg for pair in overrides for arg in ("-s", pair)]
    try:
        failed = Worker(config, redis_url, jobs, lease_seconds, args, click.echo).run(until_idle)
    except RedisError as exc:
        raise UserError(f"Redis at {redis_url}: {exc}") from None
    except KeyboardInterrupt:
        click.echo("stopped")
        return
    if failed:
        sys.exit(1)


COMMANDS = (worker_command,)
