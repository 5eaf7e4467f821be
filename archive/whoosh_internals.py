"""The one place the program touches Whoosh's insides: every private name of Whoosh's it uses
(PRIVATE_NAMES, which tests/test_whoosh_seam.py checks against the installed whoosh3, and which
no other module may use) and every change it makes to Whoosh (install(), which archive.index
calls). whoosh3 is held to the tested release in pyproject.toml for this reason.

The changes: segment writing made cheaper where an index run spends its time, merged segments
streamed rather than pooled and read a block at a time, segment files read from the memory map
instead of copied (or, unmapped, with a read-ahead of their own), a refreshed reader that sees
the index as it now is, expanded words (wildcards, fuzzy words, ranges of words) looked for as a
bounded number of terms, a NOT that never lets a deleted document through, writer processes that
end with their indexer and say why they failed. Beside them, what the fast query path
(vector_query), the posting arrays (posting_columns), the merge process (merging) and the
searches (search) read or subclass of Whoosh's structures.

Each writing change was measured by writing the benchmark corpus's 1,765 documents (1.4 million
postings) into one segment, each merging change by merging segments of the 100,000-document
benchmark. The posting writer and the streamed merge give Whoosh's own bytes, and a mapped or
read-ahead file reads what a copy reads (tests/test_analysis.py compares them).
"""

from __future__ import annotations

import heapq
import io
from contextlib import contextmanager
import os
import sys
import weakref
from array import array
from typing import Iterable, Iterator

from whoosh import matching, multiproc, query, writing
from whoosh.collectors import TopCollector
from whoosh.matching import InverseMatcher, NullMatcher, WrappingMatcher
from whoosh.query.spans import Span, SpanNear2
from whoosh.codec.base import Segment
from whoosh.index import FileIndex
from whoosh.codec import whoosh3
from whoosh.codec.base import OutOfOrderError
from whoosh.filedb import compound
from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.structfile import BufferFile
from whoosh.reading import EmptyReader, IndexReader, MultiReader, SegmentReader
from whoosh.writing import SegmentWriter

_Posting = tuple[str, bytes, int, float, bytes | None]

#: Every private name of Whoosh's used here, by where it lives ("module:Class" or a module): a
#: method or class attribute there, or an attribute its code sets on ``self`` (read here on an
#: object of Whoosh's, or on ``self`` in a subclass or a method put in place of one of Whoosh's).
PRIVATE_NAMES = {
    "whoosh.codec.whoosh3": ("_lenfield",),
    "whoosh.codec.whoosh3:W3LeafMatcher": ("_next_block", "_read_ids", "_ids", "_read_values", "_values", "_read_weights",
                                           "_weights", "_nextoffset", "_lastblock", "_goto"),
    "whoosh.codec.whoosh3:W3PostingsWriter": ("_write_block", "_weights", "_values", "_minlength", "_maxweight",
                                              "_maxlength", "_ids", "_blocklimit"),
    "whoosh.codec.whoosh3:W3TermsReader": ("_tindex", "_postfile", "_fieldunmap"),
    "whoosh.codec.whoosh3:W3PerDocReader": ("_cached_reader",),
    "whoosh.codec.whoosh3:W3FieldWriter": ("_postwriter",),
    "whoosh.filedb.compound:SubFile": ("_file", "_offset", "_length", "_pos"),
    "whoosh.columns:NumericColumn.Reader": ("_dbfile", "_basepos", "_count"),
    "whoosh.reading:SegmentReader": ("_terms", "_perdoc"),
    "whoosh.index:FileIndex": ("_read_toc", "_reader"),
    "whoosh.writing:SegmentWriter": ("_finalize_segment", "_tempstorage", "_added"),
    "whoosh.scoring:BM25F": ("_field_B",),
    "whoosh.query:NumericRange": ("_compile_query",),
    "whoosh.query:MultiTerm": ("_btexts",),
    "whoosh.query.spans:SpanNear2": ("_span_context",),
    "whoosh.query.spans:SpanNear2.SpanNear2Matcher": ("_get_spans",),
    "whoosh.collectors:TopCollector": ("_collect",),
    "whoosh.matching:InverseMatcher": ("_find_next", "_id"),
    "whoosh.multiproc:MpWriter": ("_new_task", "_commit_toc"),
}


class SizeLimitedPostingPool(writing.PostingPool):
    """Whoosh's pool of postings awaiting their segment, spilled to disk by size (``limitmb``)
    only. Whoosh also spills every million postings, whatever their size: the benchmark corpus
    has 1.4 million, and pickling them out and back cost a third of the writer's time.

    The postings of segments being merged (``add_segment``) are not pooled: they come in order
    already, and are merged with the pool's own as the new segment is written."""

    def __init__(self, tempstore, segment, limitmb: int = 128, **kwargs) -> None:
        super().__init__(tempstore, segment, limitmb=limitmb, **kwargs)
        self.maxsize = sys.maxsize
        self._merging: list[tuple[SegmentReader, Iterator[_Posting]]] = []

    def add_sorted(self, reader: SegmentReader, postings: Iterator[_Posting]) -> None:
        self._merging.append((reader, postings))

    def iter_postings(self) -> Iterator[_Posting]:
        own = super().iter_postings()
        return heapq.merge(own, *(postings for _, postings in self._merging)) if self._merging else own

    def cleanup(self) -> None:
        for reader, _ in self._merging:
            reader.close()
        self._merging = []
        super().cleanup()


def add_segment(writer: SegmentWriter, reader: SegmentReader) -> dict[int, int] | None:
    """``SegmentWriter.add_reader`` for a segment being merged: its documents are copied now, its
    postings streamed into the new segment as that is written. Whoosh pools them (a Python call
    each, a sort, and a spill to disk past the pool's size; a merge of 40,000 documents holds some
    40 million): merging the 10,000-document benchmark index into one segment took 130 s, now 74 s.
    The writer's pool closes ``reader`` when the segment is written. Returns the new number of
    each live document when the segment has deletions (else they follow on from the writer's
    document count before the call)."""
    basedoc = writer.docnum
    fieldnames = set(writer.schema.names()) | {name for name in reader.indexed_field_names() if name in writer.schema}
    docmap = writer.write_per_doc(fieldnames, reader)
    writer.pool.add_sorted(reader, _renumbered_postings(reader, basedoc, docmap))
    writer._added = True
    return docmap


def _renumbered_postings(reader: SegmentReader, basedoc: int, docmap: dict[int, int] | None) -> Iterator[_Posting]:
    """A merged segment's postings under their new document numbers (``docmap``, or ``basedoc`` on
    when the segment has no deletions), those of deleted documents left out: what Whoosh's
    ``iter_postings`` and ``_process_posts`` give, read in the terms file's order a block at a
    time. Whoosh looked every term up again in the file's hash table, made a matcher for it and
    asked for each posting in four calls: merging six segments of 8,177 documents of the 100,000-
    document benchmark took 37.2 s, now 27.1 s."""
    for fieldname, text, blocks in every_term(reader):
        for docnums, weights, values in blocks:
            if docmap is None:
                for docnum, weight, value in zip(docnums, weights, values):
                    yield fieldname, text, basedoc + docnum, weight, value
            else:
                for docnum, weight, value in zip(docnums, weights, values):
                    if docnum in docmap:
                        yield fieldname, text, docmap[docnum], weight, value


def every_term(reader: SegmentReader) -> Iterator[tuple[str, bytes, Iterator[tuple]]]:
    """(field, term, its postings a block at a time: see posting_blocks) for every term of a
    segment, in the terms file's order (not sorted)."""
    terms = reader._terms
    schema = reader.schema
    for keybytes, infobytes in terms._tindex.items():
        fieldname = terms._fieldunmap[whoosh3.unpack_ushort(keybytes[:2])[0]]
        if fieldname in schema:
            yield fieldname, keybytes[2:], _posting_blocks(
                terms._postfile, whoosh3.W3TermInfo.from_bytes(infobytes), schema[fieldname].format)


def posting_blocks(reader: SegmentReader, fieldname: str, text: bytes, values: bool = False) -> Iterator[tuple]:
    """One term's postings in a segment (which must hold it) as (document numbers, weights,
    values or None), a block at a time; deleted documents included."""
    info = reader._terms.term_info(fieldname, text)
    return _posting_blocks(reader._terms._postfile, info, reader.schema[fieldname].format, values)


def _posting_blocks(postfile, info: whoosh3.W3TermInfo, format_, values: bool = True) -> Iterator[tuple]:
    """A term's postings as (document numbers, weights, values), a block at a time."""
    if info.is_inlined():
        docnums, weights, kept = info.inlined_postings()
        yield docnums, weights, (kept or (None,) * len(docnums)) if values else None
        return
    offset, length = info.extent()
    if isinstance(length, tuple):  # whoosh3's W3TermInfo.from_bytes leaves it in struct.unpack's tuple
        (length,) = length
    # Read whole, in one call: the blocks are then parsed in memory, not by a seek and a read each.
    matcher = whoosh3.W3LeafMatcher(BufferFile(postfile.get(offset, length)), 0, length, format_)
    while True:
        matcher._read_ids()
        matcher._read_weights()
        if values:
            matcher._read_values()
        yield matcher._ids, matcher._weights, matcher._values if values else None
        if matcher._lastblock:
            return
        matcher._goto(matcher._nextoffset)


def add_postings_by_term(self: whoosh3.W3FieldWriter, schema, lengths, items: Iterable[_Posting]) -> None:
    """``FieldWriter.add_postings`` for Whoosh's W3 codec, a term at a time.

    Whoosh hands every posting to the posting writer in three method calls, with four assertions,
    and looks its field length up in the column file (a seek and a read per posting). This
    gathers a term's postings in plain lists, reads each field's lengths once, and fills the
    posting writer's block directly: the same blocks, 12 % faster (9.0 → 7.9 s for the corpus;
    the rest is Whoosh's work per term and per block). Merges write through here too.
    """
    postwriter = None
    last = (None, None)
    field_lengths: list[int | None] = []
    docnums: list[int] = []
    weights: list[float] = []
    values: list[bytes | None] = []
    for fieldname, text, docnum, weight, value in items:
        if text != last[1] or fieldname != last[0]:
            if docnums:
                _write_term(self, postwriter, last[1], docnums, weights, values, field_lengths)
                docnums, weights, values = [], [], []
            if fieldname != last[0]:
                if last[0] is not None:
                    if fieldname < last[0]:
                        raise OutOfOrderError(f"Field {last[0]!r} .. {fieldname!r}")
                    self.finish_field()
                self.start_field(fieldname, schema[fieldname])
                postwriter = self._postwriter
                field_lengths = _field_lengths(lengths, fieldname)
            elif text < last[1]:
                raise OutOfOrderError(f"Term {fieldname}:{last[1]!r} .. {fieldname}:{text!r}")
            last = (fieldname, text)
        if docnum == -1:  # a spelling word, not a posting (Whoosh's convention; this schema has none)
            continue
        docnums.append(docnum)
        weights.append(weight)
        values.append(value)
    if docnums:
        _write_term(self, postwriter, last[1], docnums, weights, values, field_lengths)


def _field_lengths(lengths, fieldname: str) -> list[int | None]:
    """The field's length in every document of the segment, read once."""
    if not lengths:
        return []
    length_of = lengths.doc_field_length_reader(fieldname)
    return [length_of(docnum) for docnum in range(lengths.doc_count_all())]


def _write_term(fieldwriter, postwriter, text: bytes, docnums: list[int], weights: list[float],
                values: list, field_lengths: list[int | None]) -> None:
    """One term's postings, in blocks of the codec's size, as ``W3PostingsWriter`` would buffer
    them posting by posting (its block statistics use the weights before float32 rounding)."""
    fieldwriter.start_term(text)
    size = postwriter._blocklimit
    for start in range(0, len(docnums), size):
        block_weights = weights[start:start + size]
        block_lengths = [field_lengths[docnum] for docnum in docnums[start:start + size]] if field_lengths else []
        present = [length for length in block_lengths if length]
        postwriter._ids = array("I", docnums[start:start + size])
        postwriter._weights = array("f", block_weights)
        postwriter._values = [value for value in values[start:start + size] if value]
        postwriter._maxweight = max(0, max(block_weights))
        postwriter._minlength = min(present) if present else None
        postwriter._maxlength = max(present) if present else 0
        postwriter._write_block(last=start + size >= len(docnums))
    fieldwriter.finish_term()


#: Posting blocks smaller than this are stored uncompressed. Whoosh compresses every block from 80
#: bytes, and most blocks are one rare word's few postings: zlib's set-up cost for each was the
#: largest single item of segment writing. For the corpus, 1,024 bytes: the writing 14 % faster
#: (7.8 → 6.7 s), the postings file 11 % larger (51 → 57 MB); no compression at all would be 30 %
#: faster but 77 % larger. Readers follow each block's own flag, so older segments stay readable.
COMPRESS_FROM_BYTES = 1024


class _MemoryviewReader(io.RawIOBase):
    """A read-only file over a memoryview (a stretch of a memory-mapped segment). Unbuffered:
    Whoosh seeks before nearly every small read, and a buffered reader then refills 8 KB."""

    def __init__(self, view: memoryview) -> None:
        self._view = view
        self._position = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> bytes:
        end = len(self._view) if size is None or size < 0 else min(len(self._view), self._position + size)
        data = bytes(self._view[self._position:end])
        self._position += len(data)
        return data

    def readinto(self, buffer) -> int:
        data = self.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def readline(self, size: int | None = -1) -> bytes:
        limit = len(self._view) if size is None or size < 0 else min(len(self._view), self._position + size)
        end = self._position
        while end < limit:
            chunk = bytes(self._view[end:min(end + 256, limit)])
            newline = chunk.find(b"\n")
            end += newline + 1 if newline >= 0 else len(chunk)
            if newline >= 0:
                break
        return self.read(end - self._position)

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._position, io.SEEK_END: len(self._view)}[whence]
        self._position = base + offset
        return self._position

    def tell(self) -> int:
        return self._position


class MappedBufferFile(BufferFile):
    """Whoosh's file inside a compound segment, read straight from the memory map. Whoosh
    wraps the mapped stretch in a BytesIO, which copies it: every searcher copied every segment's
    postings and terms into memory when it first touched them."""

    def __init__(self, buf, name=None, onclose=None) -> None:
        super().__init__(b"", name=name, onclose=onclose)
        self._buf = buf
        self.file = _MemoryviewReader(buf) if isinstance(buf, memoryview) else io.BytesIO(buf)


class ReadAheadSubFile(compound.SubFile):
    """A file inside a segment read without a memory map (a merge reads its segments so, see
    merging.py), with a read-ahead buffer of its own filled by ``os.pread``. Whoosh's
    sub-files of a segment share one file object, and a merge reads two of them side by side
    (terms and postings): every read sought that file away from its buffer, and refilled it
    (the merge of 8,177 documents 27.1 → 26.4 s)."""

    READ_AHEAD = 256 * 1024

    def __init__(self, parentfile, offset, length, name=None) -> None:
        super().__init__(parentfile, offset, length, name=name)
        self._buffer = b""
        self._buffer_at = 0  # the sub-file position of the buffer's first byte

    def read(self, size=None) -> bytes:
        remaining = max(0, self._length - self._pos)
        size = remaining if size is None else max(0, min(size, remaining))
        start = self._pos - self._buffer_at
        if start < 0 or start + size > len(self._buffer):
            wanted = min(remaining, max(size, self.READ_AHEAD))
            self._buffer = os.pread(self._file.fileno(), wanted, self._offset + self._pos)
            self._buffer_at, start = self._pos, 0
        self._pos += size
        return self._buffer[start:start + size]


class CountingSubStream(compound.CompoundWriter.SubStream):
    """A file being written into a compound segment that knows its length. Whoosh's ``tell`` adds
    up every 32 KB stretch written so far, and the posting writer asks twice per term: the cost
    grew with the square of a segment's size (the merge of 8,177 documents 26.4 → 25.1 s)."""

    def __init__(self, dbfile, buffersize: int) -> None:
        super().__init__(dbfile, buffersize)
        self._flushed = 0

    def tell(self) -> int:
        return self._flushed + self._buffer.tell()

    def write(self, inbytes: bytes) -> None:
        stretches = len(self.blocks)
        super().write(inbytes)
        if len(self.blocks) > stretches:
            self._flushed += self.blocks[-1][2]


def open_reader(storage, schema, segments: list[Segment], generation: int, reuse: IndexReader | None = None):
    """``FileIndex._reader``: a reader on ``segments``, reusing a reader of ``reuse`` only for a
    segment that is unchanged, deletions included.

    Whoosh's version put every segment of the old reader back beside the new ones (a segment
    merged away was read twice) and reused a reader whenever its segment kept its name, though an
    edit marks the old version of a document deleted in a segment that keeps its name: a
    searcher refreshed after an edit counted the item twice ("16 results" in 15 files)."""
    reusable = {}
    if reuse is not None:
        reusable = {reader.segment().segment_id(): reader for reader, _ in reuse.leaf_readers()
                    if reader.segment() is not None}
    readers, fresh = [], []
    try:
        for segment in segments:
            old = reusable.get(segment.segment_id())
            if old is not None and set(old.segment().deleted_docs()) == set(segment.deleted_docs()):
                readers.append(reusable.pop(segment.segment_id()))
            else:
                fresh.append(SegmentReader(storage, schema, segment, generation=generation))
                readers.append(fresh[-1])
    except BaseException:  # Whoosh tries again (a writer may have just deleted a file): keep reuse whole
        for reader in fresh:
            reader.close()
        raise
    for reader in reusable.values():
        reader.close()
    if not readers:
        return EmptyReader(schema)
    return readers[0] if len(readers) == 1 else MultiReader(readers, generation=generation)


#: An expanded word is looked for as at most this many terms per segment, the most frequent ones:
#: '*a*' matched 62,000 terms of the benchmark corpus and took 48 s; capped, about a second.
MAX_EXPANSION = 1000


def capped_expansion(btexts):
    """A ``_btexts`` (the terms a wildcard, fuzzy word or range stands for) that keeps the
    MAX_EXPANSION most frequent, and notes on the query how many there were (``expanded_from``).
    Kept on the query for each reader it was asked for: a search ranks with it and marks the
    snippets' words with it (a fuzzy word's automaton over 100,000 documents' words: 30 ms each)."""

    def limited(self, reader) -> list[bytes]:
        kept = self.__dict__.setdefault("_expansions", weakref.WeakKeyDictionary())
        if reader in kept:
            return kept[reader]
        found = list(btexts(self, reader))
        if len(found) > MAX_EXPANSION:
            self.expanded_from = max(getattr(self, "expanded_from", 0), len(found))
            fieldname = self.field()
            found = heapq.nlargest(MAX_EXPANSION, found, key=lambda text: reader.doc_frequency(fieldname, text))
        kept[reader] = found
        return found

    return limited


class _OrphanSafeSubWriter(multiproc.SubWriterTask):
    """Whoosh's writer sub-process, ending itself if the indexer dies (kill -9 of an index run):
    left orphaned it would wait for work forever. Ctrl+C is the indexer's to handle."""

    def run(self) -> None:
        from .workers import follow_parent

        follow_parent()
        try:
            super().run()
        except BaseException as error:  # the indexer says what happened, in one line (see _EndingMpWriter)
            if os.environ.get("ARCHIVE_DEBUG"):
                raise
            os._exit((error.errno or 1) if isinstance(error, OSError) else 1)


def end_writer_processes(writer) -> None:
    """End the writer processes of a multi-process writer, and wait for them. Whoosh's cancel
    only asks processes it started itself; those started from the fork server waited for work
    forever, and the indexer, at exit, for them: after an interrupt or a full disk it never ended."""
    from .workers import end_processes  # not at the top: searching needs none of the workers

    end_processes(getattr(writer, "tasks", []))


class _EndingMpWriter(multiproc.MpWriter):
    def _new_task(self):
        from .workers import interrupts_deferred

        with interrupts_deferred():
            return super()._new_task()

    def cancel(self) -> None:
        try:
            end_writer_processes(self)
        finally:
            SegmentWriter.cancel(self)

    def _commit_toc(self, segments) -> None:
        """Refuse to commit without the segment of a writer process that failed: Whoosh left it
        out, and its documents were silently missing from the index (a full disk, say). The
        process's exit status is the error number (see _OrphanSafeSubWriter)."""
        failed = [task.exitcode for task in self.tasks if task.exitcode]
        if failed:
            raise OSError(failed[0], f"a writer process failed: {os.strerror(failed[0])}")
        super()._commit_toc(segments)


class _LiveInverseMatcher(InverseMatcher):
    """Whoosh's matcher for a NOT query, which let through a deleted document (an edited file's
    old version, whose new one may hold the word) when it came right after the last document
    holding the word: it skips deleted documents only while the negated words have matches left."""

    def _find_next(self) -> None:
        super()._find_next()
        if not self.child.is_active():
            while self._id < self.limit and self.missing(self._id):
                self._id += 1


# -- how searches collect and match (search) -----------------------------------------------


class TopAndAllCollector(TopCollector):
    """The best ``limit`` matches by relevance, and the set of all matches, in one pass. Whoosh's
    own collector skips postings that cannot reach the top, and then runs the whole query again
    for the set, which the total and the facets need: twice the work, and a fuzzy or wildcard
    word expanded again. Here nothing is skipped: no block-quality skipping, and the matcher is
    only ever pruned of exhausted parts (the lowest score to beat stays 0)."""

    def __init__(self, limit: int) -> None:
        super().__init__(limit=limit, usequality=False)

    def _collect(self, global_docnum: int, score: float):
        self.docset.add(global_docnum)
        ranked = super()._collect(global_docnum, score)
        self.minscore = 0
        return ranked

    def all_ids(self) -> set[int]:
        return self.docset

    def count(self) -> int:
        return len(self.docset)

    def results(self):
        results = super().results()
        results.docset = self.docset
        return results


class AdjacentWords(query.Phrase):
    """A phrase whose words must follow one another (the usual "…" query), matched by
    intersecting sets of positions. Whoosh's general span matcher compares positions pair by
    pair in Python; this way "command line" takes half the time on the benchmark corpus."""

    def matcher(self, searcher, context=None):
        reader = searcher.reader()
        field = searcher.schema[self.fieldname] if self.fieldname in searcher.schema else None
        if field is None or not field.format.supports("positions"):
            return super().matcher(searcher, context)
        terms = []
        for word in self.words:
            try:
                term = field.to_bytes(word)
            except ValueError:
                return NullMatcher()
            if (self.fieldname, term) not in reader:
                return NullMatcher()
            terms.append(query.Term(self.fieldname, term))
        context = SpanNear2._span_context(context)
        found = AdjacentMatcher([term.matcher(searcher, context) for term in terms], slop=1, ordered=True, mindist=1)
        return WrappingMatcher(found, boost=self.boost) if self.boost != 1.0 else found


class AdjacentMatcher(SpanNear2.SpanNear2Matcher):
    def _get_spans(self) -> list[Span]:
        starts = set(self.ms[0].value_as("positions"))
        for offset, matcher in enumerate(self.ms[1:], start=1):
            starts.intersection_update(position - offset for position in matcher.value_as("positions"))
            if not starts:
                return []
        last = len(self.ms) - 1
        return [Span(start, start + last) for start in sorted(starts)]


# -- what a merge in a process of its own (merging) needs of a writer and an index ------------


def table_of_contents(ix: FileIndex):
    """The index's table of contents as it now is on disk (its segments, their deletions)."""
    return ix._read_toc()


class StagedIndex:
    """The index as the writer of a merged segment sees it: its segments are the index's, its
    files go to the staging folder (where no commit of the index removes them as unknown)."""

    def __init__(self, staging: FileStorage, ix: FileIndex) -> None:
        self.storage = staging
        self.indexname = ix.indexname
        self._read_toc = ix._read_toc


def finished_segment(writer: SegmentWriter) -> Segment:
    """Write out what a writer holds as its segment, without committing it to the index."""
    return writer._finalize_segment()


def drop_temporary_files(writer: SegmentWriter) -> None:
    writer._tempstorage.destroy()


# -- what the fast query path (vector_query) reads of Whoosh's own structures ------------------


def compiled_range(node: query.NumericRange, reader) -> query.Query:
    """A numeric range as the query of the terms it stands for in ``reader``."""
    return node._compile_query(reader)


def expansion(node: query.MultiTerm, reader) -> Iterable[bytes]:
    """The words a wildcard, fuzzy word or range of words stands for in ``reader`` (capped: see
    capped_expansion)."""
    return node._btexts(reader)


def field_b(weighting, fieldname: str) -> float:
    """BM25F's B for a field: its own, else the weighting's."""
    return weighting._field_B.get(fieldname, weighting.B)


def length_bytes(reader, fieldname: str) -> bytes | None:
    """A segment's field lengths as Whoosh 3 stores them (a byte a document), or None for a
    segment whose lengths are not in that column."""
    perdoc = getattr(reader, "_perdoc", None)
    column = perdoc._cached_reader(whoosh3._lenfield(fieldname), whoosh3.LENGTHS_COLUMN) if perdoc is not None else None
    return None if column is None else column._dbfile.get(column._basepos, column._count)


def leaf_matcher(reader, fieldname: str, btext: bytes) -> whoosh3.W3LeafMatcher | None:
    """A word's matcher in one segment, positioned on its first block of Whoosh 3's postings
    (deletions not applied: the caller masks them), or None when its postings are not so."""
    matcher = reader.postings(fieldname, btext)
    if isinstance(matcher, matching.FilterMatcher):  # the segment's deletions
        matcher = matcher.child
    return matcher if isinstance(matcher, whoosh3.W3LeafMatcher) else None


def next_block(matcher: whoosh3.W3LeafMatcher) -> None:
    matcher._next_block()


def block_ids(matcher: whoosh3.W3LeafMatcher) -> list[int]:
    """The document numbers of the block a leaf matcher is on."""
    matcher._read_ids()
    return matcher._ids


def block_values(matcher: whoosh3.W3LeafMatcher) -> list[bytes | None]:
    """The posting values (positions) of the block a leaf matcher is on."""
    matcher._read_values()
    return matcher._values


def _changes() -> list[tuple[object, str, object]]:
    """(where, name, what takes its place) of each change install() makes."""
    expanding = [(kind, "_btexts", capped_expansion(kind.__dict__["_btexts"]))  # Wildcard, Regex: PatternQuery's
                 for kind in (query.PatternQuery, query.Prefix, query.FuzzyTerm, query.TermRange)]
    return [
        (writing, "PostingPool", SizeLimitedPostingPool),
        (whoosh3.W3FieldWriter, "add_postings", add_postings_by_term),
        (whoosh3, "COMPRESSION_MIN_SIZE", COMPRESS_FROM_BYTES),
        (compound, "BufferFile", MappedBufferFile),
        (compound, "SubFile", ReadAheadSubFile),
        (compound.CompoundWriter, "SubStream", CountingSubStream),
        (FileIndex, "_reader", staticmethod(open_reader)),
        *expanding,
        (multiproc, "SubWriterTask", _OrphanSafeSubWriter),
        (multiproc, "MpWriter", _EndingMpWriter),
        (matching, "InverseMatcher", _LiveInverseMatcher),  # what Whoosh's Not query builds
    ]


#: Each changed name's own value and the program's, once installed: (where, name) → (Whoosh's, ours).
_installed: dict[tuple[object, str], tuple[object, object]] = {}
#: Whoosh's value of a name a class inherits (W3FieldWriter.add_postings is FieldWriter's).
_INHERITED = object()


def install() -> None:
    """Put every change in place (once: a second call changes nothing)."""
    if _installed:
        return
    for owner, name, ours in _changes():
        _installed[(owner, name)] = (vars(owner).get(name, _INHERITED), ours)
        setattr(owner, name, ours)


@contextmanager
def uninstalled() -> Iterator[None]:
    """Whoosh as it is without the program's changes, for as long as the block runs: what the
    tests compare the changes' output with."""
    for (owner, name), (whooshs, _) in _installed.items():
        if whooshs is _INHERITED:
            delattr(owner, name)
        else:
            setattr(owner, name, whooshs)
    try:
        yield
    finally:
        for (owner, name), (_, ours) in _installed.items():
            setattr(owner, name, ours)
