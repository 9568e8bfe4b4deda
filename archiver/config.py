"""Where the tool reads its sources and writes its data: one place decides, every command obeys.

`DataDir` is the only place that spells a path under the data directory; everything else asks it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class DataDir:
    """The layout of one data directory (`--data-dir`, else `$ARCHIVER_DATA_DIR`, else `./data`)."""

    root: Path

    @property
    def archive(self) -> Path:
        """JSON Lines, one file per source: the archive itself, the source of truth."""
        return self.root / "archive"

    @property
    def index(self) -> Path:
        """The search index, derived from the archive and rebuildable from it."""
        return self.root / "index"

    @property
    def warc(self) -> Path:
        """WARC captures, one folder per source."""
        return self.root / "warc"

    @property
    def runs(self) -> Path:
        """One line per crawl of a source."""
        return self.root / "runs.jsonl"

    def job(self, source: str) -> Path:
        """The state of a source's crawl in progress, kept for resuming it."""
        return self.root / "jobs" / source

    def validators(self, source: str) -> Path:
        """ETag / Last-Modified of a source's articles, for conditional re-fetches."""
        return self.root / "state" / f"{source}.validators.jsonl"

    def template(self, source: str) -> Path:
        """What the crawler learned of a source's page template (`archiver sources learn`)."""
        return self.root / "templates" / f"{source}.json"

    def sightings(self, source: str) -> Path:
        """Each time a crawl found an archived article online unchanged, or missing."""
        return self.root / "state" / f"{source}.sightings.jsonl"

    @property
    def url_rules(self) -> Path:
        """Which URL rules (archiver.record.URL_RULES_VERSION) each source's article ids follow."""
        return self.archive / "url-rules.json"

    @property
    def backups(self) -> Path:
        """Copies of files the tool rewrote (a re-keying of ids), one folder per rewrite."""
        return self.root / "backup"

    @property
    def demo_sources(self) -> Path:
        """The sources file `archiver demo` writes for its sample portal."""
        return self.root / "demo-sources.toml"

    def lock(self, source: str) -> Path:
        """Held while a process crawls or rewrites the source."""
        return self.root / "locks" / f"{source}.lock"


@dataclass(frozen=True)
class Config:
    """Paths chosen by `--data-dir`/`--sources`, else the environment, else the working directory."""

    data: DataDir
    sources_path: Path

    @classmethod
    def resolve(cls, data_dir: str | None = None, sources: str | None = None) -> Config:
        data = data_dir or os.environ.get("ARCHIVER_DATA_DIR") or "data"
        src = sources or os.environ.get("ARCHIVER_SOURCES") or "sources.toml"
        return cls(DataDir(Path(data).resolve()), Path(src).resolve())


def setting_pairs(items: tuple[str, ...] | list[str]) -> dict[str, str]:
    """`NAME=VALUE` strings (as `-s` takes them) → a dict; ValueError names a malformed one."""
    pairs = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise ValueError(f"-s {item!r}: expected NAME=VALUE")
        pairs[name] = value
    return pairs
