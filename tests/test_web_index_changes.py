"""A running `archiver serve` answers from the index as it is now. A server warms its caches when it
starts (`index.query.warm`); an index added to (`archiver index` after a crawl) or rebuilt under it
(`--rebuild`, a change of engine, a new schema version) must be noticed on the next request, with
totals, facets and timelines of the new index. A rebuilt Whoosh index counts its commits from the
start again, so its generation alone looked current: the server kept answering from the old files."""

from __future__ import annotations

import json
import urllib.request

import pytest
from conftest import archiver_serve, run_archiver
from index_corpus import make_archive, record

from archiver.archive.store import Archive

SEARCH = "/api/search?q=nhan+dan"
TIMELINE = "/api/timeline?q=nhan+dan&by=year"


def api(base: str, path: str) -> dict:
    with urllib.request.urlopen(base + path, timeout=60) as response:
        return json.load(response)


def new_article(slug: str, published: str) -> dict:
    return record(slug, f"Nhân dân {slug} đón tết", "Nhân dân các xã vui mừng đón tết.",
                  source="binhdinh", province="Bình Định", authors=("Lê Mới",),
                  published=published)


def years(timeline: dict) -> dict[str, int]:
    return {p["period"]: p["count"] for p in timeline["periods"] if p["count"]}


@pytest.mark.parametrize("engine", ["whoosh", "tantivy"])
def test_a_running_server_sees_the_index_change_under_it(tmp_path, engine):
    config = make_archive(tmp_path)
    data = str(tmp_path)
    assert run_archiver("--data-dir", data, "index", "--engine", engine).returncode == 0
    archive = Archive(config.data.archive)
    with archiver_serve(tmp_path) as base:
        before = api(base, SEARCH)
        assert before["total"] == 2 and before["facets"]["source"] == {"quangninh": 2}
        assert years(api(base, TIMELINE)) == {"2023": 2}

        # Rebuilt from the archive with one more article: as many commits as the served index.
        archive.append([new_article("moi", "2025-01-20T08:00:00+07:00")])
        assert years(api(base, TIMELINE)) == {"2023": 2}  # asked between the crawl and the index
        done = run_archiver("--data-dir", data, "index", "--rebuild")
        assert "index rebuilt: 7 added" in done.stdout, done.stderr
        rebuilt = api(base, SEARCH)
        assert rebuilt["total"] == 3
        assert rebuilt["facets"]["source"] == {"quangninh": 2, "binhdinh": 1}
        assert rebuilt["facets"]["province"] == {"Quảng Ninh": 2, "Bình Định": 1}
        assert rebuilt["facets"]["author"] == {"Lê Mới": 1, "Minh Hà": 1, "Trần Văn Bình": 1}
        assert rebuilt["facets"]["year"] == {"2023": 2, "2025": 1}
        assert years(api(base, TIMELINE)) == {"2023": 2, "2025": 1}

        # Added to, as `archiver index` does after a crawl.
        archive.append([new_article("xuan", "2024-02-09T08:00:00+07:00")])
        done = run_archiver("--data-dir", data, "index")
        assert "index updated: 1 added" in done.stdout, done.stderr
        added = api(base, SEARCH)
        assert added["total"] == 4 and added["facets"]["source"] == {"binhdinh": 2, "quangninh": 2}
        assert added["facets"]["author"]["Lê Mới"] == 2
        assert added["facets"]["year"] == {"2023": 2, "2024": 1, "2025": 1}
        assert years(api(base, TIMELINE)) == {"2023": 2, "2024": 1, "2025": 1}
        assert {h["source"] for h in api(base, SEARCH + "&source=binhdinh")["hits"]} == {"binhdinh"}
