"""The manifest written beside an export: what was asked, what came out, and the archive's state.

`PATH.manifest.json` records the options (enough to run the export again), the record count, counts
per source, the earliest and latest publish time, the file's sha256 and size, the record schema and tool
versions, when it was made and the last crawl run of each source included. Re-running an export from
its manifest on an unchanged archive gives a byte-identical file; `differences` says what changed.
"""

from __future__ import annotations

import json
import os
import shlex
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from pathlib import Path

from archiver import __version__
from archiver.archive.store import Archive
from archiver.config import Config, DataDir
from archiver.datasets.export import (
    ExportError,
    Format,
    Written,
    atomic_file,
    check_destination,
    export,
    file_sha256,
    manifest_path,
    remove_leftovers,
)
from archiver.datasets.selection import Selection, plan
from archiver.datasets.stats import last_runs
from archiver.progress import Meter, silent
from archiver.record import SCHEMA_VERSION
from index.filters import Filters, as_typed

MANIFEST_VERSION = 1
SORT = ["published", "id"]


def build(selection: Selection, fmt: Format, written: Written, data: DataDir) -> dict:
    """The manifest of a finished export to a file."""
    runs = last_runs(data)
    return {
        "manifest_version": MANIFEST_VERSION,
        "command": command_line(selection, fmt, written.path.name),
        "query": selection.query,
        "match": selection.match,
        "filters": {f.name: _jsonable(getattr(selection.filters, f.name))
                    for f in fields(Filters)},
        "sort": SORT,
        "versions": selection.versions,
        "include_removed": selection.include_removed,
        "format": fmt.name,
        "fields": list(fmt.fields) if fmt.fields else None,  # None: every field of the record
        "excel": fmt.excel,
        "file": {"name": written.path.name, "sha256": written.sha256, "bytes": written.size},
        "count": written.count,
        "counts_by_source": dict(sorted(written.by_source.items())),
        "published": {"earliest": written.earliest, "latest": written.latest},
        "schema_version": SCHEMA_VERSION,
        "tool_version": __version__,
        "created": datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
        "last_runs": {source: runs.get(source) for source in sorted(written.by_source)},
    }


def write(path: Path, manifest: dict) -> None:
    with atomic_file(path) as f:
        f.write(json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8") + b"\n")


def load(path: Path) -> tuple[Selection, Format, Path, dict]:
    """The selection, format and data file a manifest describes, and the manifest itself."""
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
        filters = Filters(**{k: _filter_value(k, v) for k, v in manifest["filters"].items()})
        selection = Selection(manifest["query"], filters, manifest["versions"],
                              manifest["include_removed"], manifest.get("match", "auto"))
        columns = manifest["fields"]
        fmt = Format(manifest["format"], tuple(columns) if columns else None, manifest["excel"])
        data = path.parent / manifest["file"]["name"]
        if Path(manifest["file"]["name"]).name != manifest["file"]["name"] \
                or data.resolve().parent != path.resolve().parent:
            raise ExportError(f"{path}: file name {manifest['file']['name']!r} is not a file "
                              "beside the manifest")
    except OSError as exc:
        raise ExportError(f"cannot read {path}: {exc.strerror}") from None
    except (ValueError, KeyError, TypeError) as exc:
        raise ExportError(f"{path} is not an export manifest ({exc})") from None
    return selection, fmt, data, manifest


def differences(old: dict, new: dict) -> list[str]:
    """What differs between the exports two manifests describe, one line each; [] when the files
    are identical."""
    if old["file"]["sha256"] == new["file"]["sha256"]:
        return []
    lines = []
    if old["count"] != new["count"]:
        lines.append(f"records: {old['count']} → {new['count']}")
    before, after = old["counts_by_source"], new["counts_by_source"]
    for source in sorted(before.keys() | after.keys()):
        a, b = before.get(source, 0), after.get(source, 0)
        if a != b:
            lines.append(f"  {source}: {a} → {b}")
    for end in ("earliest", "latest"):
        a, b = old["published"][end], new["published"][end]
        if a != b:
            lines.append(f"{end} published: {a} → {b}")
    for source, run in new["last_runs"].items():
        if run != old["last_runs"].get(source):
            when = (run or {}).get("finished") or (run or {}).get("started")
            lines.append(f"{source} was crawled again since (last run {when})")
    if not lines:
        lines.append("same counts, different content (articles edited or re-versioned)")
    return lines


def command_line(selection: Selection, fmt: Format, output: str) -> str:
    """The `archiver export` command that makes this export."""
    args = ["archiver", "export"]
    if selection.query is not None:
        args.append(selection.query)
    for name, value in as_typed(selection.filters).items():
        args += [f"--{name}", value]
    args += ["--format", fmt.name, "--versions", selection.versions]
    if selection.include_removed:
        args.append("--include-removed")
    if selection.match != "auto":
        args.append(f"--{selection.match}")
    if fmt.fields is not None:
        args += ["--fields", ",".join(fmt.fields)]
    if fmt.excel:
        args.append("--excel")
    args += ["--output", output]
    return shlex.join(args)


def _jsonable(value: object) -> object:
    return value.isoformat() if isinstance(value, datetime) else value


def _filter_value(name: str, value: object) -> object:
    return datetime.fromisoformat(value) if name.startswith("date_") and value else value


@dataclass
class Reproduction:
    """The outcome of re-running an export from its manifest."""

    written: Written
    differences: list[str]  # [] when the new file is identical to the recorded one
    target: Path
    stale: bool  # the target exists, differs and was kept (no --force): it is not this export

    def report(self, manifest: Path) -> list[str]:
        """What to tell the user, one line each."""
        w = self.written
        if not self.differences:
            return [f"identical: {self.target} is byte for byte the export {manifest} records "
                    f"({w.count:,} records, sha256 {w.sha256[:16]}…)"]
        lines = [f"differs from {manifest}:", *(f"  {d}" for d in self.differences)]
        if self.stale:
            lines.append(f"not written: {self.target} exists (--force replaces it, --output "
                         "writes elsewhere)")
        else:
            lines.append(f"{w.count:,} records written to {self.target}")
        return lines


def export_with_manifest(config: Config, selection: Selection, fmt: Format, output: str, *,
                         force: bool = False, progress: Meter = silent) -> Written:
    """Export, then write the manifest beside the file (not for stdout)."""
    path = check_destination(output, force)
    fmt.check(output)
    written = export(plan(Archive(config.data.archive), selection, config.data.index), fmt, output,
                     progress=progress)
    if path is not None:
        write(manifest_path(path), build(selection, fmt, written, config.data))
    return written


def reproduce(config: Config, manifest: Path, output: str | None = None, *, force: bool = False,
              progress: Meter = silent) -> Reproduction:
    """Run the export a manifest records again, to `output` or the file it names, and compare.

    An existing target is kept when the new file is identical (nothing to replace) and, unless
    `force`, when it differs; the differences are reported either way."""
    selection, fmt, recorded, old = load(manifest)
    if output == "-":
        raise ExportError("--manifest compares files: give --output FILE, not -")
    target = Path(output) if output else recorded
    check_destination(str(target), force=True)  # path errors only: an existing target is below
    fmt.check(str(target))
    remove_leftovers(target)
    scratch = target.with_name(f".{target.name}.{os.getpid()}.rerun")
    written = export(plan(Archive(config.data.archive), selection, config.data.index), fmt,
                     str(scratch), progress=progress)
    written.path = target
    new = build(selection, fmt, written, config.data)
    stale = False
    if target.exists() and file_sha256(target) == written.sha256:
        scratch.unlink()  # already there, byte for byte
    elif target.exists() and not force:
        scratch.unlink()
        stale = True
    else:
        os.replace(scratch, target)
        write(manifest_path(target), new)
    return Reproduction(written, differences(old, new), target, stale)
