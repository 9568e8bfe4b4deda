"""The index schema: which fields a record becomes, and how a record is turned into them.

Searchable text is held in pre-analysed term fields (see `analysis`): for the title, for all the text
(title + summary + body + the text of its attachments) and for the authors, each as exact syllables,
folded syllables and folded pairs. Attachments are stored too, so a hit can say which one held the words.
Filters use keys folded the same way, so `--province "quang ninh"` finds "Quảng Ninh".
"""

from __future__ import annotations

from collections import Counter

from whoosh import columns, fields, formats
from whoosh.system import pack_uint

from archiver.record import published_at
from index.analysis import fold, sequences, syllables

#: Bumped when the schema or the analysis changes; an index of another version is rebuilt.
SCHEMA_VERSION = 3
#: The file beside an index's own that says which version built it, with which engine, and how far
#: each archive file is indexed (`index.incremental`, `index.engines`).
STATE_FILE = "state.json"

#: Text groups and the name prefix of their three term fields: `<p>` exact, `<p>f` folded, `<p>p` pairs.
TEXT_GROUPS = {"title": "t", "text": "x", "author": "a"}

#: Record fields kept beside the text, for display and to tell an unchanged record on re-indexing.
META = ("url", "source", "source_name", "province", "district", "category", "authors",
        "published", "published_raw", "status", "version", "content_hash")

#: Filterable record fields, indexed as folded keys (`source` as is: it is an identifier).
KEY_FIELDS = ("source", "province", "district", "category", "status")


class Terms(fields.FieldType):
    """A field indexed from a ready `Counter` of terms, skipping Whoosh's per-token analyzers."""

    def __init__(self) -> None:
        self.format = formats.Frequency()
        self.analyzer = None
        self.scorable = True
        self.stored = False
        self.unique = False
        self.vector = None

    def index(self, value: Counter[str], **kwargs: object) -> list[tuple[bytes, int, float, bytes]]:
        return [(t.encode("utf-8"), f, float(f), pack_uint(f)) for t, f in value.items()]


def build_schema() -> fields.Schema:
    schema = fields.Schema(
        id=fields.ID(unique=True, stored=True, sortable=True),
        published=fields.DATETIME(sortable=True),
        # What a hit shows.
        meta=fields.STORED, title=fields.STORED, summary=fields.STORED, body=fields.STORED,
        attachments=fields.STORED,  # [{url, title, media_type, text}] of those with text
        # The authors as printed, one per line: read as a column to count the author facet.
        authorlist=fields.COLUMN(columns.VarBytesColumn()),
    )
    for name in KEY_FIELDS:
        schema.add(name, fields.ID(sortable=name == "source"))
    for prefix in TEXT_GROUPS.values():
        for suffix in ("", "f", "p"):
            schema.add(prefix + suffix, Terms())
    return schema


def key(value: str) -> str:
    """The folded filter key of a metadata value: `Quảng Ninh` → `quang ninh`."""
    return " ".join(map(fold, syllables(value)))


def document(record: dict, counted: bool = True) -> dict:
    """The index fields of one archive record (its latest version). Term fields hold a `Counter`
    of terms, or without `counted` the terms in text order (see `analysis.sequences`)."""
    title, summary, body = (record.get(k) or "" for k in ("title", "summary", "body"))
    authors = record.get("authors") or []
    attachments = [{k: a.get(k) for k in ("url", "title", "media_type", "text")}
                   for a in record.get("attachments") or [] if a.get("text")]
    doc = {
        "id": record["id"],
        "published": published_at(record),
        "meta": {k: record.get(k) for k in META},
        "title": title, "summary": summary, "body": body, "attachments": attachments,
        "authorlist": "\n".join(authors).encode("utf-8"),
    }
    for name in KEY_FIELDS:
        if record.get(name):
            doc[name] = record[name] if name == "source" else key(record[name])
    texts = {"title": title, "text": "\n".join((title, summary, body, *(a["text"] for a in attachments))),
             "author": "\n".join(authors)}
    for group, prefix in TEXT_GROUPS.items():
        terms = sequences(texts[group])
        doc[prefix], doc[prefix + "f"], doc[prefix + "p"] = map(Counter, terms) if counted else terms
    return doc
