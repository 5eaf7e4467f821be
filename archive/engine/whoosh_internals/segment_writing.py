"""Segment writing and merging, changed where an index run and a merge spend their time; the
writer processes that end with their indexer; what a merge in a process of its own needs of a
writer and an index."""

from __future__ import annotations

import heapq
import os
import sys
from array import array
from typing import Any, Iterable, Iterator

from whoosh import multiproc, writing
from whoosh.codec import whoosh3
from whoosh.codec.base import OutOfOrderError, Segment
from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.structfile import BufferFile
from whoosh.index import FileIndex
from whoosh.reading import SegmentReader
from whoosh.writing import SegmentWriter

_Posting = tuple[str, bytes, int, float, bytes | None]


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
    40 million), which was most of a merge's time.
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
    asked for each posting in four calls."""
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
            yield (
                fieldname,
                keybytes[2:],
                _posting_blocks(terms._postfile, whoosh3.W3TermInfo.from_bytes(infobytes), schema[fieldname].format),
            )


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
    matcher = whoosh3.W3LeafMatcher(BufferFile(postfile.get(offset, length)), 0, length, format_)  # type: ignore[abstract]
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
    posting writer's block directly: the same blocks, for less (the rest is Whoosh's work per term
    and per block). Merges write through here too.
    """
    postwriter = None
    last: tuple[str | None, bytes] = (None, b"")
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


def _write_term(
    fieldwriter,
    postwriter,
    text: bytes,
    docnums: list[int],
    weights: list[float],
    values: list,
    field_lengths: list[int | None],
) -> None:
    """One term's postings, in blocks of the codec's size, as ``W3PostingsWriter`` would buffer
    them posting by posting (its block statistics use the weights before float32 rounding)."""
    fieldwriter.start_term(text)
    size = postwriter._blocklimit
    for start in range(0, len(docnums), size):
        block_weights = weights[start : start + size]
        block_lengths = [field_lengths[docnum] for docnum in docnums[start : start + size]] if field_lengths else []
        present = [length for length in block_lengths if length]
        postwriter._ids = array("I", docnums[start : start + size])
        postwriter._weights = array("f", block_weights)
        postwriter._values = [value for value in values[start : start + size] if value]
        postwriter._maxweight = max(0, max(block_weights))
        postwriter._minlength = min(present) if present else None
        postwriter._maxlength = max(present) if present else 0
        postwriter._write_block(last=start + size >= len(docnums))
    fieldwriter.finish_term()


#: Posting blocks smaller than this are stored uncompressed. Whoosh compresses every block from 80
#: bytes, and most blocks are one rare word's few postings: zlib's set-up cost for each was the
#: largest single item of segment writing. 1,024 bytes trades a postings file about a tenth larger
#: for the writing a seventh faster; no compression at all would make it three quarters larger.
#: Readers follow each block's own flag, so older segments stay readable.
COMPRESS_FROM_BYTES = 1024


class OrphanSafeSubWriter(multiproc.SubWriterTask):
    """Whoosh's writer sub-process, ending itself if the indexer dies (kill -9 of an index run):
    left orphaned it would wait for work forever. Ctrl+C is the indexer's to handle."""

    def run(self) -> None:
        from ...workers import follow_parent

        follow_parent()
        try:
            super().run()
        except BaseException as error:  # the indexer says what happened, in one line (see EndingMpWriter)
            if os.environ.get("ARCHIVE_DEBUG"):
                raise
            os._exit((error.errno or 1) if isinstance(error, OSError) else 1)


def end_writer_processes(writer) -> None:
    """End the writer processes of a multi-process writer, and wait for them. Whoosh's cancel
    only asks processes it started itself; those started from the fork server waited for work
    forever, and the indexer, at exit, for them: after an interrupt or a full disk it never ended."""
    from ...workers import end_processes  # not at the top: searching needs none of the workers

    end_processes(getattr(writer, "tasks", []))


class EndingMpWriter(multiproc.MpWriter):
    def _new_task(self):
        from ...workers import interrupts_deferred

        with interrupts_deferred():
            return super()._new_task()

    def cancel(self, **kwargs: Any) -> None:
        try:
            end_writer_processes(self)
        finally:
            SegmentWriter.cancel(self)

    def _commit_toc(self, segments) -> None:
        """Refuse to commit without the segment of a writer process that failed: Whoosh left it
        out, and its documents were silently missing from the index (a full disk, say). The
        process's exit status is the error number (see OrphanSafeSubWriter)."""
        failed = [task.exitcode for task in self.tasks if task.exitcode]
        if failed:
            raise OSError(failed[0], f"a writer process failed: {os.strerror(failed[0])}")
        super()._commit_toc(segments)


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
