"""Export: the archive's latest versions written out for study."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

from archiver.record import ordered
from archiver.store import Archive


def export_jsonl(archive: Archive, output: str) -> int:
    """Write the latest version of each article, one JSON object per line; `-` is stdout.

    A file is written under a temporary name and renamed at the end, so a failed export leaves no
    partial file behind."""
    records = archive.latest().values()
    if output == "-":
        return _write(records, sys.stdout.buffer)
    path = Path(output)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent or ".")
    try:
        with os.fdopen(fd, "wb") as f:
            count = _write(records, f)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise
    return count


def _write(records, stream) -> int:  # noqa: ANN001
    count = 0
    for record in records:
        line = json.dumps(ordered(record), ensure_ascii=False, separators=(",", ":"))
        stream.write(line.encode("utf-8") + b"\n")
        count += 1
    stream.flush()
    return count
