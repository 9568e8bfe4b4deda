"""Which engine an index directory holds, remembered in its state file, and the one place that
chooses the module serving it.

Whoosh (pure Python, bitmaps over its posting lists) stays the default: it needs nothing compiled and
answers a small archive in milliseconds, but its build and bitmaps grow with the archive (1 GiB of
memory at 100,000 articles, bench/SEARCH-100K.md). Tantivy (a Rust library) is for national-scale
archives (bench/MILLION.md). Both index the same fields from the same analysis and answer the same
query language with the same filters.

`index.build` and `index.query` are the way in for either engine and are the Whoosh engine
themselves: each asks `serving` which other module, if any, answers for the index, and hands the
call on. What both engines share lives in `index.incremental` (updates) and `index.searching`
(queries and results), which import neither engine: imports point one way.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

from index.schema import STATE_FILE

ENGINES = ("whoosh", "tantivy")
DEFAULT = "whoosh"


def engine_name(index_dir: Path) -> str:
    """The engine of the index in `index_dir` (the default when there is none yet)."""
    try:
        state = json.loads((Path(index_dir) / STATE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return DEFAULT
    return state.get("engine", DEFAULT)


def serving(engine: str) -> ModuleType | None:
    """The module of `engine` (one of ENGINES) when it is not the default, imported only then
    (Tantivy is compiled); None for the default, which the asking module serves itself."""
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {', '.join(ENGINES)}")
    if engine == DEFAULT:
        return None
    from index import tantivy_engine

    return tantivy_engine


def serving_index(index_dir: Path) -> ModuleType | None:
    """`serving` for the engine of the index in `index_dir`."""
    return serving(engine_name(index_dir))
