"""Sample portals big enough for paginated listings, and the changes a portal goes through between two
crawls: new articles on top, an edited article, a removed one."""

from __future__ import annotations

import dataclasses
import threading
from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import timedelta

from archiver.demo.articles import load_articles
from archiver.demo.model import SampleArticle
from archiver.demo.server import SiteServer
from archiver.demo.site import Page, Site, build_site

FAMILY = "nukeviet"
PAGE_SIZE = 5


def many_articles(copies: int) -> list[SampleArticle]:
    """The demo articles `copies` times over, each copy seven years older than the one before,
    so listings are newest-first blocks (oldest first, like load_articles)."""
    out = []
    for k in range(copies):
        for a in load_articles():
            out.append(a if k == 0 else dataclasses.replace(
                a, slug=f"{a.slug}-{k + 1}", title=f"{a.title} (kỳ {k + 1})",
                published=a.published - timedelta(days=7 * 365 * k)))
    return sorted(out, key=lambda a: a.published)


def fresh_articles(n: int, after: SampleArticle) -> list[SampleArticle]:
    """`n` articles published after `after` (the newest so far)."""
    base = load_articles()
    return [dataclasses.replace(base[i], slug=f"bai-moi-{i}", title=f"Tin mới số {i + 1}: "
                                f"{base[i].title}", published=after.published + timedelta(days=i + 1))
            for i in range(n)]


def edited(a: SampleArticle, word: int, new: str) -> tuple[SampleArticle, str]:
    """The article with word number `word` of its last paragraph replaced (a silent edit), and the
    word that was there."""
    words = a.paragraphs[-1].split(" ")
    old, words[word] = words[word], new
    return dataclasses.replace(a, paragraphs=[*a.paragraphs[:-1], " ".join(words)]), old


def site_factory(articles: Iterable[SampleArticle]):  # noqa: ANN201 - a factory for serve()
    articles = list(articles)
    return lambda base: build_site(FAMILY, articles, base, page_size=PAGE_SIZE)


class StatusServer(SiteServer):
    """The demo server, also counting the statuses it answers with (304s above all)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.statuses: Counter[int] = Counter()
        self._status_lock = threading.Lock()

    def answer(self, target: str, request_headers: Mapping[str, str]) -> tuple[Page, dict]:
        page, headers = super().answer(target, request_headers)
        with self._status_lock:
            self.statuses[page.status] += 1
        return page, headers


def serve_articles(articles: Iterable[SampleArticle]) -> StatusServer:
    return StatusServer(site_factory(articles)).start()


def rebuild(server: SiteServer, articles: Iterable[SampleArticle]) -> Site:
    """Serve other articles from now on (the portal changed)."""
    server.site = site_factory(articles)(server.base_url)
    return server.site


def source_table(sid: str, server: SiteServer, **extra: object) -> str:
    """One `[[source]]` of a sources file for a served site; `extra` are more keys (TOML values)."""
    lines = ["[[source]]", f'id = "{sid}"', f'name = "Cổng thông tin mẫu {sid}"',
             'province = "Quảng Ninh"', f'start_urls = ["{server.base_url}/"]', "delay = 0"]
    lines += [f'{k} = "{v}"' if isinstance(v, str) else f"{k} = {v}" for k, v in extra.items()]
    return "\n".join(lines) + "\n\n"
