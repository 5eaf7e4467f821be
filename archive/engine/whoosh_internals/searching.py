"""How searches expand, negate, collect and match, and what the fast query path (vector_query)
reads of Whoosh's own structures."""

from __future__ import annotations

import heapq
import weakref
from typing import Iterable

from whoosh import matching, query
from whoosh.codec import whoosh3
from whoosh.collectors import TopCollector
from whoosh.matching import InverseMatcher, NullMatcher, WrappingMatcher
from whoosh.query.spans import Span, SpanNear2

_Posting = tuple[str, bytes, int, float, bytes | None]


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


class LiveInverseMatcher(InverseMatcher):
    """Whoosh's matcher for a NOT query, which let through a deleted document (an edited file's
    old version, whose new one may hold the word) when it came right after the last document
    holding the word: it skips deleted documents only while the negated words have matches left."""

    def _find_next(self) -> None:
        super()._find_next()
        if not self.child.is_active():
            while self._id < self.limit and self.missing(self._id):
                self._id += 1


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
