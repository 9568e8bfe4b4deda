"""Where the tool reads its sources and writes its data: one place decides, every command obeys."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Config:
    """Paths chosen by `--data-dir`/`--sources`, else the environment, else the working directory."""

    data_dir: Path
    sources_path: Path

    @classmethod
    def resolve(cls, data_dir: str | None = None, sources: str | None = None) -> Config:
        data = data_dir or os.environ.get("ARCHIVER_DATA_DIR") or "data"
        src = sources or os.environ.get("ARCHIVER_SOURCES") or "sources.toml"
        return cls(Path(data).resolve(), Path(src).resolve())

    @property
    def archive_dir(self) -> Path:
        return self.data_dir / "archive"

    @property
    def index_dir(self) -> Path:
        return self.data_dir / "index"


def setting_pairs(items: tuple[str, ...] | list[str]) -> dict[str, str]:
    """`NAME=VALUE` strings (as `-s` takes them) → a dict; ValueError names a malformed one."""
    pairs = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise ValueError(f"-s {item!r}: expected NAME=VALUE")
        pairs[name] = value
    return pairs
