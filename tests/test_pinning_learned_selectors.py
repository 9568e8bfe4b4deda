"""What `archiver sources learn` offers to paste does what the archivist expects (issue 10, point
2): a real `archiver crawl` over HTTP learns two portals' templates, the lines it prints are pasted
into each source's entry, and a crawl into a new data directory with them pinned archives the same
articles with the same fields.

The two portals are development templates of the generalisation benchmark whose learned selectors,
all pasted, once broke them: a Joomla 1.5 site (its headline table, pinned, made every blog listing
an article) and a SharePoint site whose family's URL rule calls its article pages listings (a pinned
headline lost "the page names this headline", and every article with it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from archiver.archive.store import Archive
from bench.generalisation.api import load_articles, serve
from bench.generalisation.portal import build
from bench.generalisation.templates import templates
from tests.conftest import FAST, run_archiver

NAMES = ("joomla15", "spspans")
#: Enough articles for the first crawl to hold back and learn from (ARCHIVER_LEARN_FIRST = 10).
ARTICLES = 14
FIELDS = ("title", "published", "authors", "body", "category", "tags")


@pytest.fixture(scope="module")
def sites():
    known, articles = templates(), load_articles()[:ARTICLES]
    servers = {n: serve(lambda base, t=known[n][1]: build(t, articles, base)) for n in NAMES}
    yield {n: s.site.base_url for n, s in servers.items()}
    for s in servers.values():
        s.stop()


def _entry(name: str, base: str) -> str:
    return f'[[source]]\nid = "{name}"\nname = "{name}"\nstart_urls = ["{base}/"]\ndelay = 0\n'


def _crawl(data: Path, sources: str) -> dict[str, dict[str, dict]]:
    data.mkdir()
    (data / "sources.toml").write_text(sources, encoding="utf-8")
    done = run_archiver("--data-dir", str(data), "--sources", str(data / "sources.toml"), "crawl",
                        "--no-index", *FAST, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr[-2000:]
    archive = Archive(data / "archive")
    return {n: {r["url"]: {f: r.get(f) for f in FIELDS}
                for r in archive.latest([n]).values()} for n in NAMES}


def test_pasting_what_sources_learn_offers_archives_the_same(sites, tmp_path: Path) -> None:
    first = _crawl(tmp_path / "first", "\n".join(_entry(n, b) for n, b in sites.items()))
    assert all(len(first[n]) == ARTICLES for n in NAMES), {n: len(first[n]) for n in NAMES}
    pasted, offered = [], {}
    for name, base in sites.items():
        learned = run_archiver("--data-dir", str(tmp_path / "first"), "--sources",
                               str(tmp_path / "first" / "sources.toml"), "sources", "learn", name)
        assert learned.returncode == 0, learned.stderr
        lines = learned.stdout.splitlines()
        offered[name] = [x.split(" = ")[0] for x in lines[lines.index("[source.selectors]") + 1:]
                         if x and not x.startswith("#")]
        pasted.append(_entry(name, base) + learned.stdout)
    assert all(offered.values()), f"nothing offered to pin: {offered}"
    again = _crawl(tmp_path / "pinned", "\n".join(pasted))
    assert again == first
