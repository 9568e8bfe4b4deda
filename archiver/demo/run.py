"""`archiver demo`: serve the sample portal on 127.0.0.1, crawl it with the normal spider, show it."""

from __future__ import annotations

import click

from archiver.archive.store import Archive
from archiver.cli.errors import UserError
from archiver.config import Config
from archiver.crawl.run import crawl_settings, run_crawl
from archiver.demo.articles import load_articles
from archiver.demo.server import serve
from archiver.demo.site import build_site
from archiver.sources import load_sources


def source_entry(base_url: str, *, id: str, name: str, province: str = "Quảng Ninh",
                 district: str | None = None) -> str:
    """A `[[source]]` table for a sample portal served from 127.0.0.1 (demo and benchmarks)."""
    place = f'district = "{district}"\n' if district else ""
    return (f'[[source]]\nid = "{id}"\nname = "{name}"\nprovince = "{province}"\n{place}'
            f'start_urls = ["{base_url}/"]\ndelay = 0\n')


#: The sample portal is ours and local: no need to wait between requests.
LOCAL_SETTINGS = {"DOWNLOAD_DELAY": "0", "AUTOTHROTTLE_ENABLED": "False",
        "CONCURRENT_REQUESTS_PER_DOMAIN": "8"}


#: A fixed port, so article URLs (and so ids) are the same when the demo runs again.
DEMO_PORT = 8765


def run_demo(config: Config, family: str = "sharepoint", port: int = DEMO_PORT) -> Config:
    """Crawl the sample portal into `config.data_dir`; returns the config that names its sources."""
    articles = load_articles()
    try:
        server = serve(lambda base: build_site(family, articles, base, sitemap=True, feed=True),
                       port=port)
    except OSError as exc:
        raise UserError(f"cannot serve the sample portal on 127.0.0.1:{port} ({exc.strerror}); "
                        "choose another with --port") from None
    with server:
        config.data_dir.mkdir(parents=True, exist_ok=True)
        sources_path = config.data_dir / "demo-sources.toml"
        entry = source_entry(server.base_url, id="quangyen-demo", district="Quảng Yên",
                             name="Cổng thông tin điện tử thị xã Quảng Yên (mẫu)")
        sources_path.write_text(entry, encoding="utf-8")
        demo = Config(config.data_dir, sources_path)
        click.echo(f"Serving a sample {family} portal of {len(articles)} articles at "
                   f"{server.base_url}/ ; crawling it…")
        for summary in run_crawl(demo, load_sources(sources_path), crawl_settings(demo, LOCAL_SETTINGS)):
            click.echo(summary.line())
    show_archive(demo)
    return demo


def show_archive(config: Config, limit: int = 8) -> None:
    archive = Archive(config.archive_dir)
    latest = sorted(archive.latest().values(), key=lambda r: r.get("published") or "", reverse=True)
    shown = min(limit, len(latest))
    click.echo(f"\n{len(latest)} articles in {config.archive_dir}/ — the newest {shown}:")
    for record in latest[:limit]:
        authors = ", ".join(record.get("authors") or []) or "—"
        click.echo(f"  {(record.get('published') or '?')[:16]}  {record['title']}  [{authors}]")
