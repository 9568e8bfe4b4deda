"""The archive for an Elasticsearch or OpenSearch cluster: a bulk action per record, and the index
template that maps every record field with Vietnamese analysis (`archiver export --format opensearch`).

Text is analysed by the ICU plugin (`analysis-icu`, bundled with OpenSearch, a plugin install on
Elasticsearch): `icu_tokenizer` cuts Vietnamese into syllables as our own index does; the main field is
exact (NFKC and case folded, diacritics kept: `bạn` ≠ `bán`) and its `.folded` sub-field drops the
diacritics (`icu_folding`, with `đ` → `d`), so `quy che dan chu` finds "Quy chế dân chủ". Names that
filter and count (source, province, district, category, authors, tags) are keywords, with a folded
keyword sub-field (a normalizer) for `--province "quang ninh"`-style filters. The mapping is `dynamic:
false`: a field the record schema does not know stays in `_source` without being indexed.

    curl -XPUT  "$OS/_index_template/archiver" -H 'Content-Type: application/json' \
         --data-binary @articles.ndjson.template.json
    split -l 20000 articles.ndjson part-     # an even number of lines: whole action+source pairs
    for f in part-*; do curl -XPOST "$OS/archiver-articles/_bulk" \
         -H 'Content-Type: application/x-ndjson' --data-binary @"$f"; done
"""

from __future__ import annotations

from archiver.record import SCHEMA_VERSION

#: Indexes the template applies to (the bulk file names none: the URL does).
INDEX_PATTERN = "archiver-*"
EXACT, FOLDED = "vi_exact", "vi_folded"
#: Date fields; an unparseable value is skipped, not a rejected document.
_DATE = {"type": "date", "format": "strict_date_optional_time||epoch_millis",
         "ignore_malformed": True}
_TEXT = {"type": "text", "analyzer": EXACT,
         "fields": {"folded": {"type": "text", "analyzer": FOLDED}}}
_NAME = {"type": "keyword", "ignore_above": 512,
         "fields": {"folded": {"type": "keyword", "normalizer": FOLDED, "ignore_above": 512},
                    "text": {"type": "text", "analyzer": FOLDED}}}
_KEYWORD = {"type": "keyword", "ignore_above": 2048}

#: Every record field (archiver.record.FIELDS) and its mapping.
PROPERTIES = {
    "id": {"type": "keyword"}, "url": _KEYWORD, "source": {"type": "keyword"},
    "source_name": _NAME, "province": _NAME, "district": _NAME,
    "title": _TEXT, "summary": _TEXT, "body": _TEXT,
    "authors": _NAME, "published": _DATE, "published_raw": {"type": "keyword", "index": False},
    "modified": _DATE, "category": _NAME, "tags": _NAME,
    "images": {"properties": {"url": _KEYWORD, "caption": _TEXT}},
    "attachments": {"properties": {"url": _KEYWORD, "title": _TEXT,
                                   "sha256": {"type": "keyword"}}},
    "language": {"type": "keyword"}, "fetched_at": _DATE, "first_seen": _DATE,
    "last_seen": _DATE, "version": {"type": "integer"}, "content_hash": {"type": "keyword"},
    "status": {"type": "keyword"},
}

ANALYSIS = {
    "char_filter": {"vi_d_stroke": {"type": "mapping", "mappings": ["đ => d", "Đ => D"]}},
    "analyzer": {
        EXACT: {"type": "custom", "tokenizer": "icu_tokenizer",
                "filter": ["icu_normalizer"]},  # nfkc_cf: NFKC, case folded, diacritics kept
        FOLDED: {"type": "custom", "char_filter": ["vi_d_stroke"], "tokenizer": "icu_tokenizer",
                 "filter": ["icu_folding"]},
    },
    "normalizer": {FOLDED: {"type": "custom", "char_filter": ["vi_d_stroke"],
                            "filter": ["icu_folding"]}},
}


def index_template(pattern: str = INDEX_PATTERN) -> dict:
    """The composable index template (`PUT _index_template/NAME`, Elasticsearch ≥ 7.8 and
    OpenSearch ≥ 1.0) for indexes of exported records."""
    return {
        "index_patterns": [pattern],
        "priority": 100,
        "template": {
            "settings": {"index": {"analysis": ANALYSIS}},
            "mappings": {"dynamic": False, "properties": PROPERTIES,
                         "_meta": {"archiver_record_schema": SCHEMA_VERSION}},
        },
        "_meta": {"description": "Vietnamese local government portal articles, exported by "
                                 "archiver: exact and diacritic-folded text (ICU)"},
    }


def bulk_action(record: dict) -> dict:
    """The bulk action line of a record: index it under its article id (re-importing an export
    replaces the articles it holds)."""
    return {"index": {"_id": record["id"]}}
