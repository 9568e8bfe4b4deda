"""An article's versions and what changed between them, word by word: silent edits to official
bulletins are what an archivist needs to see."""

from __future__ import annotations

import difflib
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # `search` shows short ids without loading the archive code
    from archiver.archive.store import Archive

#: Words of unchanged text kept on each side of a change.
CONTEXT_WORDS = 8
#: Fields that describe a capture rather than the article; a change in them is not an edit.
CAPTURE_FIELDS = frozenset({
    "fetched_at", "first_seen", "last_seen", "version", "content_hash", "status", "http_status",
    "http_etag", "http_last_modified", "warc_file", "warc_offset", "fetched_url", "extracted_at"})
TEXT_FIELDS = ("title", "summary", "body")
#: Terminal colours of a diff: removed words red and struck through, added words green and bold.
REMOVED, ADDED, PLAIN = "\x1b[31;9m", "\x1b[32;1m", "\x1b[0m"


#: Hex digits of an id that search output shows: unique among millions of articles in practice
#: (a clash is reported by `find_article`, never resolved silently).
SHORT_ID = 10


class AmbiguousArticle(LookupError):
    """An id prefix that several articles share; the message lists them."""


def short_id(aid: str) -> str:
    return aid[:SHORT_ID]


def article_history(archive: Archive, aid: str, sources: list[str] | None = None) -> list[dict]:
    """Every stored record of one article, oldest first (searching only `sources` when known)."""
    return [r for r in archive.iter_records(sources) if r["id"] == aid]


def find_article(archive: Archive, ref: str) -> list[dict]:
    """The records of the article a person names by its id, an id prefix (as search prints it) or
    its URL (any form of it that cleans to the same address); [] when none. Raises
    AmbiguousArticle when a prefix fits several articles."""
    from archiver.record import article_id

    ref = ref.strip()
    if "://" in ref:
        return article_history(archive, article_id(ref))
    prefix = ref.lower()
    found: dict[str, list[dict]] = {}
    for record in archive.iter_records():
        if record["id"].startswith(prefix):
            found.setdefault(record["id"], []).append(record)
    if len(found) > 1:
        listed = ", ".join(sorted(found)[:5])
        raise AmbiguousArticle(f"{len(found)} articles have ids starting with {ref!r} ({listed}"
                               f"{', …' if len(found) > 5 else ''}): give more of the id")
    return next(iter(found.values()), [])


def word_diff(old: str, new: str, context: int = CONTEXT_WORDS) -> list[tuple[str, str]]:
    """The change from `old` to `new` as runs of ("=", kept), ("-", removed), ("+", added) words;
    kept runs are clipped to `context` words beside a change, with "…" for what is left out."""
    a, b = (old or "").split(), (new or "").split()
    opcodes = difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes()
    runs: list[tuple[str, str]] = []
    for n, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        if tag == "equal":
            words = a[i1:i2]
            first, last = n == 0, n == len(opcodes) - 1
            if first and not last and len(words) > context:
                words = ["…", *words[-context:]]
            elif last and not first and len(words) > context:
                words = [*words[:context], "…"]
            elif not first and not last and len(words) > 2 * context:
                words = [*words[:context], "…", *words[-context:]]
            runs.append(("=", " ".join(words)))
            continue
        if i2 > i1:
            runs.append(("-", " ".join(a[i1:i2])))
        if j2 > j1:
            runs.append(("+", " ".join(b[j1:j2])))
    return runs


def render_diff(runs: list[tuple[str, str]], color: bool) -> str:
    """Coloured on a terminal; `[-removed-]{+added+}` (wdiff's notation) otherwise."""
    parts = []
    for op, text in runs:
        if op == "=":
            parts.append(text)
        elif color:
            parts.append(f"{REMOVED if op == '-' else ADDED}{text}{PLAIN}")
        else:
            parts.append(f"[-{text}-]" if op == "-" else f"{{+{text}+}}")
    return " ".join(p for p in parts if p)


def render_history(records: list[dict], color: bool = False) -> str:
    """The versions table, then what changed from each record to the next."""
    latest = records[-1]
    lines = [f"{latest['id']}  {latest.get('url')}", ""]
    for r in records:
        note = f" (HTTP {r['http_status']})" if r.get("status") == "removed" else ""
        lines.append(f"  v{r.get('version', 1):<3} {r.get('fetched_at', '?'):<21} "
                     f"{r.get('status', 'live'):<8} {r.get('title')}{note}")
    for before, after in zip(records, records[1:], strict=False):
        lines += ["", f"v{before.get('version', 1)} → v{after.get('version', 1)} "
                      f"({after.get('fetched_at')}):"]
        lines += [f"  {line}" for line in changes(before, after, color)]
    return "\n".join(lines)


def edits(before: dict, after: dict) -> tuple[list[tuple[str, list[tuple[str, str]]]], list[str]]:
    """The text fields that differ between two records of an article, each as its word diff, and
    the names of the other article fields that differ (capture fields are not edits)."""
    texts = [(name, word_diff(before.get(name), after.get(name))) for name in TEXT_FIELDS
             if (before.get(name) or "") != (after.get(name) or "")]
    others = sorted(k for k in {*before, *after} - CAPTURE_FIELDS - set(TEXT_FIELDS)
                    if before.get(k) != after.get(k))
    return texts, others


def changes(before: dict, after: dict, color: bool) -> list[str]:
    """What differs between two records of an article, one line per field."""
    out = []
    if after.get("status") != before.get("status"):
        status = after.get("status")
        why = f" (HTTP {after['http_status']})" if after.get("http_status") else ""
        out.append(f"status: {before.get('status')} → {status}{why}")
    texts, others = edits(before, after)
    out += [f"{name}: {render_diff(runs, color)}" for name, runs in texts]
    if others:
        out.append(f"also changed: {', '.join(others)}")
    if after.get("extracted_at"):
        out.append(f"(re-extracted on {after['extracted_at']} from the capture of "
                   f"{after.get('fetched_at')})")
    return out or ["no change in the article's fields (a new capture)"]
