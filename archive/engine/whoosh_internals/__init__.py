"""The one place the program touches Whoosh's insides: every private name of Whoosh's it uses
(PRIVATE_NAMES, which tests/test_whoosh_seam.py checks against the installed whoosh3, and which
no other module may use) and every change it makes to Whoosh (install(), which archive.engine.index
calls). whoosh3 is held to the tested release in pyproject.toml for this reason.

The changes: segment writing made cheaper where an index run spends its time, merged segments
streamed rather than pooled and read a block at a time, segment files read from the memory map
instead of copied (or, unmapped, with a read-ahead of their own), a refreshed reader that sees
the index as it now is, expanded words (wildcards, fuzzy words, ranges of words) looked for as a
bounded number of terms, a NOT that never lets a deleted document through, writer processes that
end with their indexer and say why they failed. Beside them, what the fast query path
(vector_query), the posting arrays (posting_columns), the merge process (merging) and the
searches (search) read or subclass of Whoosh's structures.

Each change was made where the benchmarks (tests/benchmarks/, figures in the README) showed
the time going. The posting writer and the streamed merge give Whoosh's own bytes, and a mapped or
read-ahead file reads what a copy reads (tests/test_analysis.py compares them).
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from whoosh import matching, multiproc, query, writing
from whoosh.codec import whoosh3
from whoosh.filedb import compound
from whoosh.index import FileIndex

from .files import CountingSubStream, MappedBufferFile, ReadAheadSubFile, open_reader
from .searching import (
    MAX_EXPANSION,
    AdjacentWords,
    TopAndAllCollector,
    LiveInverseMatcher,
    block_ids,
    block_values,
    capped_expansion,
    compiled_range,
    expansion,
    field_b,
    leaf_matcher,
    length_bytes,
    next_block,
)
from .segment_writing import (
    COMPRESS_FROM_BYTES,
    SizeLimitedPostingPool,
    StagedIndex,
    EndingMpWriter,
    OrphanSafeSubWriter,
    add_postings_by_term,
    add_segment,
    drop_temporary_files,
    end_writer_processes,
    every_term,
    finished_segment,
    posting_blocks,
    table_of_contents,
)

#: Every private name of Whoosh's used here, by where it lives ("module:Class" or a module): a
#: method or class attribute there, or an attribute its code sets on ``self`` (read here on an
#: object of Whoosh's, or on ``self`` in a subclass or a method put in place of one of Whoosh's).
PRIVATE_NAMES = {
    "whoosh.codec.whoosh3": ("_lenfield",),
    "whoosh.codec.whoosh3:W3LeafMatcher": (
        "_next_block",
        "_read_ids",
        "_ids",
        "_read_values",
        "_values",
        "_read_weights",
        "_weights",
        "_nextoffset",
        "_lastblock",
        "_goto",
    ),
    "whoosh.codec.whoosh3:W3PostingsWriter": (
        "_write_block",
        "_weights",
        "_values",
        "_minlength",
        "_maxweight",
        "_maxlength",
        "_ids",
        "_blocklimit",
    ),
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


#: What the rest of the engine uses of the seam.
__all__ = [
    "PRIVATE_NAMES",
    "install",
    "uninstalled",
    "MAX_EXPANSION",
    "AdjacentWords",
    "TopAndAllCollector",
    "block_ids",
    "block_values",
    "compiled_range",
    "expansion",
    "field_b",
    "leaf_matcher",
    "length_bytes",
    "next_block",
    "StagedIndex",
    "add_segment",
    "drop_temporary_files",
    "end_writer_processes",
    "every_term",
    "finished_segment",
    "posting_blocks",
    "table_of_contents",
    "CountingSubStream",
    "MappedBufferFile",
    "ReadAheadSubFile",
]


def _changes() -> list[tuple[object, str, object]]:
    """(where, name, what takes its place) of each change install() makes."""
    expanding = [
        (kind, "_btexts", capped_expansion(kind.__dict__["_btexts"]))  # Wildcard, Regex: PatternQuery's
        for kind in (query.PatternQuery, query.Prefix, query.FuzzyTerm, query.TermRange)
    ]
    return [
        (writing, "PostingPool", SizeLimitedPostingPool),
        (whoosh3.W3FieldWriter, "add_postings", add_postings_by_term),
        (whoosh3, "COMPRESSION_MIN_SIZE", COMPRESS_FROM_BYTES),
        (compound, "BufferFile", MappedBufferFile),
        (compound, "SubFile", ReadAheadSubFile),
        (compound.CompoundWriter, "SubStream", CountingSubStream),
        (FileIndex, "_reader", staticmethod(open_reader)),
        *expanding,
        (multiproc, "SubWriterTask", OrphanSafeSubWriter),
        (multiproc, "MpWriter", EndingMpWriter),
        (matching, "InverseMatcher", LiveInverseMatcher),  # what Whoosh's Not query builds
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
