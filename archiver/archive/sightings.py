"""Sightings: each time a crawl found an archived article online (or found it missing) without storing a
new version, so the archive can say when an article was last seen and by which run.

A version line in the archive is written only when something about the article changed; a re-check that
finds it unchanged (a 304, or a 200 with the same title and body) is a *sighting*, one line in
`<data>/state/<source>.sightings.jsonl`:

    {"id": …, "at": "2025-03-01T02:00:00Z", "run": "<run start>", "seen": "live",
     "etag": …, "last_modified": …}
    {"id": …, "at": …, "run": …, "seen": "missing", "http_status": 404}

`seen: missing` is a removal seen once: the article is recorded removed only when a later run sees it
missing again (`archiver.crawl.jobs.Job.note_missing`). Lines written before sightings existed (the
validators file, `<source>.validators.jsonl`: id, etag, last_modified, at) are read as live sightings.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from archiver.archive.store import append_line, read_jsonl
from archiver.config import DataDir


@dataclass(frozen=True)
class Sighting:
    """The newest sighting of one article."""

    at: str
    run: str | None
    seen: str                       # "live" or "missing"
    http_status: int | None = None  # of a "missing" sighting: 404, 410, or the redirect's 3xx
    missing_since: str | None = None  # first of the unbroken "missing" sightings
    missing_run: str | None = None    # the run of that first "missing" sighting
    etag: str | None = None
    last_modified: str | None = None
    validated_at: str | None = None  # when the validators above were given


def read_sightings(data: DataDir, source: str) -> dict[str, Sighting]:
    """The newest sighting of each article of a source, keeping the freshest validators."""
    out: dict[str, Sighting] = {}
    lines = [*read_jsonl(data.validators(source)), *read_jsonl(data.sightings(source))]
    for line in sorted(lines, key=lambda x: x.get("at") or ""):
        before = out.get(line["id"])
        seen = line.get("seen", "live")
        has_validators = "etag" in line or "last_modified" in line
        missing_since = missing_run = None
        if seen == "missing":
            chained = before is not None and before.seen == "missing"
            missing_since = before.missing_since if chained else line["at"]
            missing_run = before.missing_run if chained else line.get("run")
        out[line["id"]] = Sighting(
            at=line["at"], run=line.get("run"), seen=seen, http_status=line.get("http_status"),
            missing_since=missing_since, missing_run=missing_run,
            etag=line.get("etag") if has_validators else (before.etag if before else None),
            last_modified=(line.get("last_modified") if has_validators
                           else (before.last_modified if before else None)),
            validated_at=line["at"] if has_validators else (before.validated_at if before else None))
    return out


def append_sighting(data: DataDir, source: str, line: dict) -> None:
    append_line(data.sightings(source), json.dumps(line))


def with_sightings(records: Iterable[dict], sightings: dict[str, Sighting]) -> list[dict]:
    """Newest versions with `last_seen` / `last_seen_run` moved to their newest live sighting."""
    out = []
    for record in records:
        s = sightings.get(record["id"])
        last = s.at if s and s.seen == "live" else None
        if last and last > (record.get("last_seen") or ""):
            record = {**record, "last_seen": last, "last_seen_run": s.run}
        out.append(record)
    return out
