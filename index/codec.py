"""Everything that touches the internals of Whoosh's W3 codec: a fast writer and a bulk reader.

Writing: a SegmentWriter that pools postings per term in compact arrays.

Whoosh's own writer sends every posting through a sort pool as a 5-tuple and then back, one call per
posting, into the postings writer: about 9 µs a posting, and an article here has about 1,300 postings
(exact, folded and pair terms). This writer keeps one array of (docnum, frequency) per term and hands the
postings writer whole blocks, which makes indexing several times faster. Segments, files and readers
are plain Whoosh.

Reading: `postings` decodes a term's posting list block by block into arrays, instead of one Python
call per posting through the matcher interface.

The price is reliance on whoosh 2.7 internals (pinned in pyproject.toml), all of it in this module.
"""

from __future__ import annotations

from array import array
from collections import Counter, defaultdict
from collections.abc import Iterator
from itertools import accumulate, repeat

from whoosh.codec.whoosh3 import W3TermInfo
from whoosh.reading import IndexReader
from whoosh.system import pack_uint, pack_ushort
from whoosh.writing import SegmentWriter

from index.schema import Terms

_PACKED = [pack_uint(f) for f in range(256)]
#: Terms with at most this many postings in a segment (most adjacent-pair terms) are stored inside
#: the term table, as Whoosh's own `inlinelimit` intends; bigger blocks below this size would not
#: gain from zlib either.
_INLINE = 16
#: zlib level of full blocks: level 1 is twice as fast as Whoosh's 3, for a slightly larger index.
_COMPRESSION = 1


class TermPool:
    """Postings of one new segment: field → term → array of docnum, frequency, docnum, …"""

    def __init__(self, schema) -> None:  # noqa: ANN001 - a whoosh Schema
        self.schema = schema
        self.postings: dict[str, dict[str | bytes, array]] = defaultdict(dict)

    def add_counts(self, fieldname: str, docnum: int, counts: Counter[str]) -> int:
        """Add one document's terms of a `Terms` field; returns the field length."""
        terms = self.postings[fieldname]
        for term, freq in counts.items():
            postings = terms.get(term)
            if postings is None:
                terms[term] = postings = array("I")
            postings.append(docnum)
            postings.append(freq)
        return counts.total()

    def add(self, item: tuple) -> None:
        """Whoosh's entry point (other field types, merged segments): one posting tuple."""
        fieldname, tbytes, docnum, weight, _ = item
        term = tbytes.decode("utf-8") if isinstance(self.schema[fieldname], Terms) else tbytes
        postings = self.postings[fieldname].get(term)
        if postings is None:
            self.postings[fieldname][term] = postings = array("I")
        postings.append(docnum)
        postings.append(round(weight))

    def write(self, fieldwriter, lengths, doccount: int) -> None:  # noqa: ANN001 - whoosh codec
        """Write every posting list, fields and terms in sorted order, block by block."""
        for fieldname in sorted(self.postings):
            field = self.schema[fieldname]
            terms = self.postings[fieldname]
            fieldwriter.start_field(fieldname, field)
            lens = ([lengths.doc_field_length(d, fieldname) for d in range(doccount)]
                    if field.scorable else None)
            values = field.format.fixed_value_size() != 0
            pw = fieldwriter._postwriter
            compression = _COMPRESSION
            for term in sorted(terms):
                postings = terms[term]
                tbytes = term.encode("utf-8") if isinstance(term, str) else term
                if len(postings) <= 2 * _INLINE:
                    _write_inline(fieldwriter, tbytes, postings[0::2], postings[1::2], lens, values)
                    continue
                fieldwriter.start_term(tbytes)
                _write_blocks(pw, postings[0::2], postings[1::2], lens, values, compression)
                fieldwriter.finish_term()
            fieldwriter.finish_field()

    def cleanup(self) -> None:
        self.postings.clear()


def _write_inline(fieldwriter, tbytes: bytes, ids: array, freqs: array,  # noqa: ANN001
                  lens: list[int] | None, values: bool) -> None:
    """A short posting list stored in its term's entry (Whoosh 2.7's own inline path is broken:
    it calls a `set_inline` that W3TermInfo names `set_inlined`)."""
    info = W3TermInfo()
    info._weight, info._df = float(sum(freqs)), len(ids)
    info._maxweight, info._minid, info._maxid = float(max(freqs)), ids[0], ids[-1]
    if lens is not None:
        block_lens = [lens[d] for d in ids]
        info._minlength, info._maxlength = min(block_lens), max(block_lens)
    info.set_inlined(ids, [float(f) for f in freqs],
                     [_PACKED[f] if f < 256 else pack_uint(f) for f in freqs] if values else ())
    fieldwriter._tindex.add(pack_ushort(fieldwriter._fieldid) + tbytes, info.to_bytes())


def _write_blocks(pw, ids: array, freqs: array, lens: list[int] | None,  # noqa: ANN001
                  values: bool, compression: int) -> None:
    """Fill a W3PostingsWriter's block buffer a block at a time; the last block is left buffered
    for `finish_term` to write, exactly as `add_posting` would have left it."""
    size = pw._blocklimit
    for start in range(0, len(ids), size):
        if start:
            pw._write_block()
        block_ids, block_freqs = ids[start:start + size], freqs[start:start + size]
        pw._ids = block_ids
        pw._weights = array("f", block_freqs)
        pw._maxweight = max(block_freqs)
        pw._compression = compression if len(block_ids) > _INLINE else 0
        if values:
            pw._values = [_PACKED[f] if f < 256 else pack_uint(f) for f in block_freqs]
        if lens is not None:
            block_lens = [lens[d] for d in block_ids]
            pw._minlength, pw._maxlength = min(block_lens), max(block_lens)


class PooledWriter(SegmentWriter):
    """A SegmentWriter whose documents' `Terms` fields go straight into a `TermPool`."""

    def __init__(self, ix, **kwargs: object) -> None:  # noqa: ANN001 - a whoosh Index
        kwargs.setdefault("compound", False)  # assembling a compound file copies every byte again
        super().__init__(ix, **kwargs)
        self.pool = TermPool(self.schema)

    def add_document(self, **fields: object) -> None:
        self._check_state()
        names = sorted(name for name, value in fields.items() if value is not None)
        self._check_fields(self.schema, names)
        docnum = self.docnum
        perdoc = self.perdocwriter
        perdoc.start_doc(docnum)
        for name in names:
            value, field = fields[name], self.schema[name]
            length = 0
            if isinstance(field, Terms):
                length = self.pool.add_counts(name, docnum, value)
            elif field.indexed:
                for tbytes, freq, weight, vbytes in field.index(value):
                    self.pool.add((name, tbytes, docnum, weight, vbytes))
                    length += freq if field.scorable else 0
            perdoc.add_field(name, field, value if field.stored else None, length)
            if field.column_type:
                perdoc.add_column_value(name, field.column_type, field.to_column_value(value))
        perdoc.finish_doc()
        self._added = True
        self.docnum += 1

    def _flush_segment(self) -> None:
        self.perdocwriter.close()
        lengths = self.per_document_reader()
        self.pool.write(self.fieldwriter, lengths, self.docnum)
        self.fieldwriter.close()
        lengths.close()


def postings(reader: IndexReader, fieldname: str, text: str) -> tuple[array, array]:
    """Global docnums and weights (frequencies) of a term over every segment, deleted ones too."""
    ids, weights = array("I"), array("f")
    for leaf, offset in reader.leaf_readers():
        if (fieldname, text) not in leaf:
            continue
        # The raw block matcher: `leaf.postings` would wrap it to hide deleted documents.
        m = leaf._terms.matcher(fieldname, leaf._text_to_bytes(fieldname, text),
                                leaf.schema[fieldname].format)
        if not hasattr(m, "_read_ids"):  # an inlined posting list
            ids.extend(d + offset for d in m._ids)
            weights.extend(m._weights if m._weights is not None else [1.0] * len(m._ids))
            continue
        while m.is_active():
            m._read_data()
            deltas, block_weights = m._data[0], m._data[1]
            decoded = accumulate(deltas, initial=offset)
            next(decoded)
            ids.extend(decoded)
            if block_weights is None or isinstance(block_weights, float):  # all equal
                weights.extend(repeat(block_weights or 1.0, m._blocklength))
            else:
                weights.extend(block_weights)
            m._next_block()
    return ids, weights


def deleted_docs(reader: IndexReader) -> Iterator[int]:
    """Global docnums of the deleted documents still held in segments."""
    for leaf, offset in reader.leaf_readers():
        if leaf.has_deletions():
            for d in leaf._perdoc.deleted_docs():
                yield d + offset


def finish_segment(writer: SegmentWriter) -> object:
    """Write a writer's documents as a segment without listing it in the index: for a worker
    process, whose parent lists it with `add_segments`. Returns the (picklable) Segment."""
    segment = writer._finalize_segment()
    # Not `_finish()`: it would delete the temp directory the other workers share (MAIN.tmp);
    # the parent's `add_segments` does that once they are all done.
    writer.is_closed = True
    return segment


def add_segments(ix, segments: list) -> None:  # noqa: ANN001 - a whoosh Index
    """List finished segments in the index's table of contents (the caller holds the write lock,
    and no other segment may be in the making: listing deletes unlisted segment files)."""
    writer = PooledWriter(ix, _lk=False)
    writer._close_segment()  # its own empty segment: never listed, its files are cleaned up
    writer._commit_toc(writer.segments + list(segments))
    writer._finish()
