"""Re-keying an archive when the URL rules change (`archiver.record.URL_RULES_VERSION`): the ids of
articles whose canonical URL the new rules write differently are recomputed, after a backup, never
silently.

An article id is a hash of the cleaned URL, so a change of `clean_url` (a parameter now kept, another
now dropped as a tracker) changes some ids. For each source whose archive was written under older rules,
`rekey_source`:
- copies `<data>/archive/<source>.jsonl` (and its sightings file) to `<data>/backup/url-rules-<time>/…`;
- rewrites every record whose id changes with the new `id` and `url` and the old id as `previous_id`;
  where two different old ids would become one, neither is re-keyed (ids never merge two articles) and
  the clash is reported;
- replaces the files atomically and stamps the source with the current rules in
  `<data>/archive/url-rules.json`.
A source whose ids do not change is only stamped. The caller holds the source's lock.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from archiver.archive.store import Archive, ArchiveWriter, read_jsonl
from archiver.config import DataDir
from archiver.record import URL_RULES_VERSION, article_id, clean_url, utc_now


@dataclass
class Rekeyed:
    source: str
    records: int = 0
    changed: int = 0                # records re-keyed
    articles: int = 0               # distinct articles re-keyed
    clashes: list[str] = field(default_factory=list)  # new ids two old ids would have shared
    backup: Path | None = None

    def line(self) -> str:
        if self.changed:
            text = (f"{self.source}: {self.articles} articles re-keyed ({self.changed} of "
                    f"{self.records} records) to URL rules v{URL_RULES_VERSION}; backup in "
                    f"{self.backup}")
        else:
            text = f"{self.source}: ids already follow URL rules v{URL_RULES_VERSION}"
        if self.clashes:
            text += (f"; {len(self.clashes)} left as they were, since re-keying would merge two "
                     f"articles: {', '.join(self.clashes[:5])}")
        return text


def is_current(data: DataDir, source: str) -> bool:
    """The source's archive was written (or re-keyed) under the current URL rules."""
    return _stamps(data).get(source) == URL_RULES_VERSION


def rekey_source(data: DataDir, source: str) -> Rekeyed:
    """Re-key one source's archive to the current URL rules (see the module docstring)."""
    archive = Archive(data.archive)
    report = Rekeyed(source)
    records = list(read_jsonl(archive.path_for(source)))
    report.records = len(records)
    new_ids: dict[str, str] = {}
    for record in records:
        new_ids.setdefault(record["id"], article_id(clean_url(record["url"])) if record.get("url")
                           else record["id"])
    owners: dict[str, set[str]] = {}
    for old, new in new_ids.items():
        owners.setdefault(new, set()).add(old)
    report.clashes = sorted(new for new, olds in owners.items() if len(olds) > 1)
    moves = {old: new for old, new in new_ids.items()
             if new != old and len(owners[new]) == 1}
    if moves:
        report.backup = _backup(data, source)
        rewritten = []
        for record in records:
            if record["id"] in moves:
                record = {**record, "id": moves[record["id"]], "url": clean_url(record["url"]),
                          "previous_id": record["id"]}
                report.changed += 1
            rewritten.append(record)
        report.articles = len(moves)
        _rewrite_archive(archive.path_for(source), rewritten)
        sightings = data.sightings(source)
        if sightings.exists():
            _replace_lines(sightings, [{**s, "id": moves.get(s["id"], s["id"])}
                                       for s in read_jsonl(sightings)])
    _stamp(data, source)
    return report


def _backup(data: DataDir, source: str) -> Path:
    target = data.backups / f"url-rules-{utc_now().replace(':', '')}"
    for path in (Archive(data.archive).path_for(source), data.sightings(source)):
        if path.exists():
            where = target / path.parent.name
            where.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, where / path.name)
    return target


def _rewrite_archive(path: Path, records: list[dict]) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.unlink(missing_ok=True)
    with ArchiveWriter(tmp) as writer:
        for record in records:
            writer.write(record)
    os.replace(tmp, path)


def _replace_lines(path: Path, lines: list[dict]) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    os.replace(tmp, path)


def _stamps(data: DataDir) -> dict[str, int]:
    try:
        return json.loads(data.url_rules.read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        return {}


def _stamp(data: DataDir, source: str) -> None:
    """Add the source to the stamps file. Crawls of other sources (`--jobs`, workers) stamp the same
    file at the same time, so the read-modify-write holds an exclusive flock beside it."""
    path = data.url_rules
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_name(path.name + ".lock"), "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        stamps = {**_stamps(data), source: URL_RULES_VERSION}
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(json.dumps(stamps, sort_keys=True), encoding="utf-8")
        os.replace(tmp, path)
