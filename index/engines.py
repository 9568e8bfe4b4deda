"""Which engine an index directory holds, remembered in its state file.

Whoosh (pure Python, bitmaps over its posting lists) stays the default: it needs nothing compiled and
answers a small archive in milliseconds, but its build and bitmaps grow with the archive (1 GiB of
memory at 100,000 articles, bench/SEARCH-100K.md). Tantivy (a Rust library) is for national-scale
archives (bench/MILLION.md). Both index the same fields from the same analysis and answer the same
query language with the same filters.
"""

from __future__ import annotations

import json
from pathlib import Path

ENGINES = ("whoosh", "tantivy")
DEFAULT = "whoosh"
#: The index's state: schema version, engine, and how far each archive file is indexed.
STATE_FILE = "state.json"


def engine_name(index_dir: Path) -> str:
    """The engine of the index in `index_dir` (the default when there is none yet)."""
    try:
        state = json.loads((Path(index_dir) / STATE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return DEFAULT
    return state.get("engine", DEFAULT)
