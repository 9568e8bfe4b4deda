"""`archiver demo`: serve the sample portal on 127.0.0.1, crawl it with the normal spider, show it."""

from __future__ import annotations

from collections.abc import Callable

from archiver.archive.store import Archive
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


class DemoError(Exception):
    """The sample portal cannot be served (the port is taken, say)."""


def run_demo(config: Config, family: str = "sharepoint", port: int = DEMO_PORT, *,
             say: Callable[[str], None] = print, settings: dict | None = None) -> Config:
    """Crawl the sample portal into `config.data`, telling `say` what happens; returns the config
    that names its sources. `settings` are Scrapy settings on top of the local ones."""
    articles = load_articles()
    try:
        server = serve(lambda base: build_site(family, articles, base, sitemap=True, feed=True),
                       port=port)
    except OSError as exc:
        raise DemoError(f"cannot serve the sample portal on 127.0.0.1:{port} ({exc.strerror}); "
                        "choose another with --port") from None
    with server:
        config.data.root.mkdir(parents=True, exist_ok=True)
        sources_path = config.data.demo_sources
        entry = source_entry(server.base_url, id="quangyen-demo", district="Quảng Yên",
                             name="Cổng thông tin điện tử thị xã Quảng Yên (mẫu)")
        sources_path.write_text(entry, encoding="utf-8")
        demo = Config(config.data, sources_path)
        say(f"Serving a sample {family} portal of {len(articles)} articles at "
            f"{server.base_url}/ ; crawling it…")
        crawl = crawl_settings(demo, LOCAL_SETTINGS)
        crawl.setdict(settings or {}, priority="cmdline")
        for summary in run_crawl(demo, load_sources(sources_path), crawl):
            say(summary.line())
    for line in archive_lines(demo):
        say(line)
    return demo


def archive_lines(config: Config, limit: int = 8) -> list[str]:
    """What the demo archived: a count, then the newest articles with date and authors."""
    latest = sorted(Archive(config.data.archive).latest().values(),
                    key=lambda r: r.get("published") or "", reverse=True)
    lines = [f"\n{len(latest)} articles in {config.data.archive}/ — the newest "
             f"{min(limit, len(latest))}:"]
    for record in latest[:limit]:
        authors = ", ".join(record.get("authors") or []) or "—"
        lines.append(f"  {(record.get('published') or '?')[:16]}  {record['title']}  [{authors}]")
    return lines
