"""How long-running library work (indexing, exporting) reports progress without knowing who shows it.

A `Meter` is called with a label and a total and gives back a context whose value advances the count;
the command line passes a terminal bar (archiver.cli.progress.bar), everything else passes nothing.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager

Advance = Callable[[int], None]
Meter = Callable[[str, int], AbstractContextManager[Advance]]


@contextlib.contextmanager
def silent(label: str, total: int) -> Iterator[Advance]:
    """The meter of work nobody watches."""
    yield lambda n: None
