"""A query's every match, their scores and the best of them, computed with numpy over Whoosh's
own index.

Whoosh runs a query one document at a time: each posting costs a few Python calls to find, score
and count (a common word at 100,000 documents: 0.1-0.5 s). Here each word's posting list is taken
as arrays of document numbers and weights (a large segment's posting arrays, posting_columns.py,
else Whoosh's blocks read in one call), BM25F is computed for all of them at once, the query's
AND / OR / NOT are set operations on sorted arrays, and the best few are picked with a partial
sort. The scores are Whoosh's: the same formula, the same statistics, added in the same order for
the common shapes (within 1e-13 otherwise). The index stays Whoosh's, and every shape of query not
computed here (``NotVectorised``) is left to Whoosh (search.py); tests/test_search.py compares both.

Order: by score, best first; equal scores by document number, lower first (as Whoosh's collector).
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import numpy as np
from whoosh import query as q
from whoosh.reading import SegmentReader
from whoosh.scoring import BM25F
from whoosh.system import emptybytes
from whoosh.util.numeric import byte_to_length

from . import posting_columns, whoosh_internals

#: A field length byte → the length it stands for (Whoosh keeps lengths as one byte each).
_LENGTHS = np.array([byte_to_length(code) or 0 for code in range(256)], dtype=np.float64)
_NO_IDS = np.zeros(0, dtype=np.int64)


class NotVectorised(Exception):
    """A part of the query this module does not compute: the whole query is left to Whoosh."""


@dataclass(frozen=True)
class ScoredDocuments:
    """Documents (sorted, distinct) and their scores."""

    ids: np.ndarray
    scores: np.ndarray

    @classmethod
    def nothing(cls) -> ScoredDocuments:
        return cls(_NO_IDS, np.zeros(0))

    def boosted(self, boost: float) -> ScoredDocuments:
        return self if boost == 1.0 else ScoredDocuments(self.ids, self.scores * boost)


def ranked_matches(
    searcher, query: q.Query, limit: int, folders: list[Path | None]
) -> tuple[list[tuple[float, int]], np.ndarray]:
    """(the best ``limit`` (score, global document number) pairs, best first; the global numbers
    of every live match, ascending). ``folders``: where each of the searcher's leaves (segments)
    keeps its posting arrays (posting_columns.py). Raises NotVectorised for a query it does not compute."""
    if not isinstance(searcher.weighting, BM25F):
        raise NotVectorised(type(searcher.weighting).__name__)
    statistics = _Statistics(searcher)
    leaves = searcher.leaf_searchers()
    kept = posting_columns.columns_in(folders, [posting_columns.segment_id(leaf.reader()) for leaf, _ in leaves])
    ids, scores = [], []
    for (leaf, offset), arrays in zip(leaves, kept):
        found = _Segment(leaf, statistics, arrays).evaluate(query)
        alive = live_documents(leaf.reader())
        if alive is not None and len(found.ids):
            keep = alive[found.ids]
            found = ScoredDocuments(found.ids[keep], found.scores[keep])
        ids.append(found.ids + offset)
        scores.append(found.scores)
    every = np.concatenate(ids) if ids else _NO_IDS
    return top_scored(every, np.concatenate(scores) if scores else np.zeros(0), limit), every


class _Statistics:
    """What BM25F takes from the whole index (the inverse document frequency of each word, the
    average length of each field), each asked of Whoosh once per query."""

    def __init__(self, searcher) -> None:
        self.searcher = searcher
        self._idf: dict[tuple[str, bytes], float] = {}
        self._average: dict[str, float] = {}

    def idf(self, fieldname: str, btext: bytes) -> float:
        key = (fieldname, btext)
        if key not in self._idf:
            self._idf[key] = self.searcher.idf(fieldname, btext)
        return self._idf[key]

    def average_length(self, fieldname: str) -> float:
        if fieldname not in self._average:
            self._average[fieldname] = self.searcher.avg_field_length(fieldname) or 1
        return self._average[fieldname]


def top_scored(ids: np.ndarray, scores: np.ndarray, limit: int) -> list[tuple[float, int]]:
    """The ``limit`` best (score, id) pairs: by score, then by lower id. ``ids`` ascending."""
    if limit <= 0:
        return []
    if limit < len(ids):
        cut = np.partition(scores, len(scores) - limit)[len(scores) - limit]  # the limit-th best score
        above = np.flatnonzero(scores > cut)
        tied = np.flatnonzero(scores == cut)[: limit - len(above)]  # ids ascending: the lowest first
        chosen = np.concatenate([above, tied])
        ids, scores = ids[chosen], scores[chosen]
    order = np.lexsort((ids, -scores))
    return list(zip(scores[order].tolist(), ids[order].tolist()))


class _Segment:
    """One segment's matches of a query, in the segment's own document numbers (deletions not
    applied: the caller does, once)."""

    def __init__(self, leaf, statistics: _Statistics, columns: posting_columns.PostingColumns | None) -> None:
        self.searcher = leaf
        self.reader = leaf.reader()
        self.statistics = statistics
        self.size = self.reader.doc_count_all()
        self.columns = columns

    def evaluate(self, node: q.Query) -> ScoredDocuments:
        if type(node) is q.Term:
            return self.term(node.fieldname, node.text).boosted(node.boost)
        if type(node) is q.Or:
            if node.minmatch or node.scale:
                raise NotVectorised("an OR with a minimum or a scale")
            return self._compound(node, partial(_union, size=self.size))
        if type(node) is q.And:
            wanted = [child for child in node.subqueries if not isinstance(child, q.Not)]
            if not wanted:  # NOTs alone: each is every other document
                return self._compound(node, partial(_intersection, size=self.size))
            found = self._compound(q.And(wanted), partial(_intersection, size=self.size))
            for child in node.subqueries:
                if isinstance(child, q.Not):  # Whoosh's matcher of a NOT adds 1 to the score
                    found = _without(found, self.evaluate(child.query), self.size)
                    found = ScoredDocuments(found.ids, found.scores + 1.0)
            return found.boosted(node.boost)
        if type(node) is q.Not:  # every document but the child's, each scored 1 (as Whoosh's matcher)
            ids = np.flatnonzero(~mask(self.evaluate(node.query).ids, self.size))
            return ScoredDocuments(ids, np.ones(len(ids)))
        if type(node) is q.AndNot:
            return _without(self.evaluate(node.a), self.evaluate(node.b), self.size)
        if type(node) is q.Require:
            return _within(self.evaluate(node.a), self.evaluate(node.b), self.size)
        if type(node) is q.AndMaybe:
            return _with_optional_scores(self.evaluate(node.a), self.evaluate(node.b), self.size)
        if type(node) is q.ConstantScoreQuery:
            found = self.evaluate(node.child)
            return ScoredDocuments(found.ids, np.full(len(found.ids), float(node.score)))
        if type(node) is q.NumericRange:
            return self.evaluate(whoosh_internals.compiled_range(node, self.reader))
        if isinstance(node, q.MultiTerm) and not isinstance(node, q.Variations):
            # The words it stands for, added up one after another (Whoosh's order for a segment
            # of up to 5,000 documents; in a larger one it adds them as a tree: the same to 1e-13)
            fieldname, boost = str(node.field()), node.boost  # type: ignore[attr-defined]  # set by every kind
            words = [
                self.term(fieldname, word, known=True).boosted(boost)
                for word in whoosh_internals.expansion(node, self.reader)
                if word
            ]
            return _union_all(words, self.size)
        if node is q.NullQuery or type(node) is type(q.NullQuery):
            return ScoredDocuments.nothing()
        if isinstance(node, q.Phrase) and node.slop == 1:
            return self._adjacent(node.fieldname, node.words).boosted(node.boost)
        raise NotVectorised(type(node).__name__)

    def _compound(self, node: q.CompoundQuery, combine) -> ScoredDocuments:
        """An AND or an OR, its parts combined two by two in a balanced tree. Whoosh's matchers
        form a tree weighted by the lists' sizes: for two or three parts (a word in its fields
        and forms) the same additions, the same scores to the last bit; else within 1e-13."""
        parts = [self.evaluate(child) for child in node.subqueries]
        if not parts:
            return ScoredDocuments.nothing()

        def tree(found: list[ScoredDocuments]) -> ScoredDocuments:
            if len(found) == 1:
                return found[0]
            half = len(found) // 2
            return combine(tree(found[:half]), tree(found[half:]))

        return tree(parts).boosted(node.boost)

    def term(self, fieldname: str, text, known: bool = False) -> ScoredDocuments:
        """One word's documents and BM25F scores (or weights, in a field that is not scored);
        ``known``: the segment holds the word (it was found in its lexicon)."""
        schema = self.searcher.schema
        if fieldname not in schema:
            return ScoredDocuments.nothing()
        try:
            btext = text if isinstance(text, bytes) else schema[fieldname].to_bytes(text)
        except ValueError:
            return ScoredDocuments.nothing()
        kept = self.columns.postings(fieldname, btext) if self.columns is not None else None
        if kept is None:
            if not known and (fieldname, btext) not in self.reader:
                return ScoredDocuments.nothing()
            kept = postings(self.reader, fieldname, btext)
        ids, weights = kept
        if not schema[fieldname].scorable:  # Whoosh's WeightScorer
            return ScoredDocuments(ids, weights)
        # BM25F, as whoosh.scoring.bm25 computes it, operation for operation
        weighting = self.searcher.weighting
        B, K1 = whoosh_internals.field_b(weighting, fieldname), weighting.K1
        idf, average = self.statistics.idf(fieldname, btext), self.statistics.average_length(fieldname)
        lengths = field_lengths(self.reader, fieldname)[ids]
        return ScoredDocuments(ids, idf * ((weights * (K1 + 1)) / (weights + K1 * ((1 - B) + B * lengths / average))))

    def _adjacent(self, fieldname: str, words) -> ScoredDocuments:
        """A phrase of adjacent words: the documents holding all of them (scored as Whoosh scores
        a phrase: the sum of its words' scores), kept where the words follow one another; the
        positions are read for those documents only."""
        field = self.searcher.schema[fieldname] if fieldname in self.searcher.schema else None
        if field is None:
            return ScoredDocuments.nothing()
        if not field.format.supports("positions"):
            raise NotVectorised(f"a phrase in {fieldname}, which keeps no positions")
        try:
            terms = [field.to_bytes(word) for word in words]
        except ValueError:
            return ScoredDocuments.nothing()
        found = [self.term(fieldname, term) for term in terms]
        together = found[0]
        for other in found[1:]:
            together = _intersection(together, other, self.size)
        if not len(together.ids):
            return together
        # Where the phrase may start in each candidate, as document * _STRIDE + position, narrowed
        # word by word: a document left with no start is not read for the next word.
        starts = _NO_IDS
        candidates = together.ids
        for offset, term in enumerate(terms):
            kept = (
                self.columns.positions_in(fieldname, term, field.format.field_boost, candidates)
                if self.columns is not None
                else None
            )
            docs, positions = (
                kept if kept is not None else _positions(self.reader, fieldname, term, field.format, candidates)
            )
            shifted = docs * _STRIDE + (positions - offset)  # ascending: documents and their positions are
            starts = shifted if offset == 0 else np.intersect1d(starts, shifted, assume_unique=True)
            candidates = _distinct(starts // _STRIDE)
        keep = np.isin(together.ids, candidates, assume_unique=True)
        return ScoredDocuments(together.ids[keep], together.scores[keep])


#: Each open segment reader's field lengths, read once (segments never change once written).
_lengths: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def field_lengths(reader, fieldname: str) -> np.ndarray:
    """Every document's length in a field of one segment, as Whoosh's scorer reads it (a byte each)."""
    known = _lengths.setdefault(reader, {})
    if fieldname not in known:
        lengths = whoosh_internals.length_bytes(reader, fieldname)
        if lengths is None:
            raise NotVectorised("field lengths of a segment not written by Whoosh 3")
        codes = np.zeros(reader.doc_count_all(), dtype=np.uint8)
        stored = np.frombuffer(lengths, dtype=np.uint8)[: len(codes)]
        codes[: len(stored)] = stored
        known[fieldname] = _LENGTHS[codes]
    return known[fieldname]


def _blocks(reader, fieldname: str, btext: bytes):
    """A word's posting list in one segment, a W3 block at a time (the matcher positioned on it)."""
    matcher = whoosh_internals.leaf_matcher(reader, fieldname, btext)
    if matcher is None:
        raise NotVectorised("postings not in Whoosh 3's blocks")
    while matcher.is_active():
        yield matcher
        whoosh_internals.next_block(matcher)


def postings(reader, fieldname: str, btext: bytes) -> tuple[np.ndarray, np.ndarray]:
    """(document numbers, weights) of a word in one segment, read from Whoosh's file."""
    if not isinstance(reader, SegmentReader):
        raise NotVectorised(f"postings of a {type(reader).__name__}")
    ids, weights = [], []
    for docnums, block_weights, _ in whoosh_internals.posting_blocks(reader, fieldname, btext):
        ids.append(np.asarray(docnums, dtype=np.int64))
        weights.append(np.asarray(block_weights, dtype=np.float64))
    if not ids:
        return _NO_IDS, np.zeros(0)
    return np.concatenate(ids), np.concatenate(weights)


#: Positions and documents in one number (a position is below 2**32).
_STRIDE = 1 << 32


def _positions(reader, fieldname: str, btext: bytes, format_, wanted: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(document, position) of each occurrence of a word in the ``wanted`` documents (ascending)
    of one segment, in that order; the blocks holding none of them are not read."""
    docs: list[int] = []
    values: list[bytes] = []
    is_wanted = mask(wanted, reader.doc_count_all())
    after = -1  # the last document of the block before
    for block in _blocks(reader, fieldname, btext):
        last = block.block_max_id()
        if np.searchsorted(wanted, after, side="right") < np.searchsorted(wanted, last, side="right"):
            ids = whoosh_internals.block_ids(block)
            inside = np.flatnonzero(is_wanted[np.asarray(ids, dtype=np.int64)]).tolist()
            if inside:
                block_values = whoosh_internals.block_values(block)
                docs.extend(ids[index] for index in inside)
                values.extend(block_values[index] or emptybytes for index in inside)
        after = last
    counts, positions = posting_columns.positions_of(values, format_)
    return np.repeat(np.array(docs, dtype=np.int64), counts), positions


#: Lists holding together more than this share of a segment's documents are combined through an
#: array as long as the segment (a pass over each), not by sorting them together: the faster way
#: for a common word's long lists.
DENSE_FROM = 1 / 64


def _dense(size: int, *lists: ScoredDocuments) -> bool:
    return sum(len(found.ids) for found in lists) > size * DENSE_FROM


def live_documents(reader) -> np.ndarray | None:
    """Which of a segment's documents are not deleted; None when none is."""
    if not reader.has_deletions():
        return None
    return ~mask(np.fromiter(reader.deleted_docs_set, dtype=np.int64), reader.doc_count_all())


def mask(ids: np.ndarray, size: int) -> np.ndarray:
    """Which of ``size`` document numbers ``ids`` holds."""
    mask = np.zeros(size, dtype=bool)
    mask[ids] = True
    return mask


def _scores_by_document(found: ScoredDocuments, size: int) -> np.ndarray:
    """Scores by document number (0 where not found)."""
    scores = np.zeros(size)
    scores[found.ids] = found.scores
    return scores


def _union(a: ScoredDocuments, b: ScoredDocuments, size: int) -> ScoredDocuments:
    """Each document of either, its scores added (a's first, as Whoosh adds them)."""
    if _dense(size, a, b):
        scores = _scores_by_document(a, size)
        scores[b.ids] += b.scores
        ids = np.flatnonzero(mask(a.ids, size) | mask(b.ids, size))
        return ScoredDocuments(ids, scores[ids])
    ids = _distinct(np.concatenate((a.ids, b.ids)))
    scores = np.zeros(len(ids))
    scores[np.searchsorted(ids, a.ids)] += a.scores
    scores[np.searchsorted(ids, b.ids)] += b.scores
    return ScoredDocuments(ids, scores)


def _distinct(numbers: np.ndarray) -> np.ndarray:
    """The numbers, ascending, each once. (np.unique does this but loads numpy.ma on its first
    call: 10 ms of a search process's start.)"""
    ordered = np.sort(numbers, kind="stable")
    keep = np.empty(len(ordered), dtype=bool)
    keep[:1] = True
    np.not_equal(ordered[1:], ordered[:-1], out=keep[1:])
    return ordered[keep]


def _union_all(lists: list[ScoredDocuments], size: int) -> ScoredDocuments:
    """Each document of any of ``lists``, its scores added in their order."""
    if len(lists) == 1:
        return lists[0]
    scores, present = np.zeros(size), np.zeros(size, dtype=bool)
    for found in lists:
        scores[found.ids] += found.scores
        present[found.ids] = True
    ids = np.flatnonzero(present)
    return ScoredDocuments(ids, scores[ids])


def _intersection(a: ScoredDocuments, b: ScoredDocuments, size: int) -> ScoredDocuments:
    if _dense(size, a, b):
        keep = mask(b.ids, size)[a.ids]
        ids = a.ids[keep]
        return ScoredDocuments(ids, a.scores[keep] + _scores_by_document(b, size)[ids])
    ids, in_a, in_b = np.intersect1d(a.ids, b.ids, assume_unique=True, return_indices=True)
    return ScoredDocuments(ids, a.scores[in_a] + b.scores[in_b])


def _also_in(a: ScoredDocuments, b: ScoredDocuments, size: int) -> np.ndarray:
    """Which of a's documents b holds."""
    return mask(b.ids, size)[a.ids] if _dense(size, a, b) else np.isin(a.ids, b.ids, assume_unique=True)


def _without(a: ScoredDocuments, b: ScoredDocuments, size: int) -> ScoredDocuments:
    keep = ~_also_in(a, b, size)
    return ScoredDocuments(a.ids[keep], a.scores[keep])


def _within(a: ScoredDocuments, b: ScoredDocuments, size: int) -> ScoredDocuments:
    keep = _also_in(a, b, size)
    return ScoredDocuments(a.ids[keep], a.scores[keep])


def _with_optional_scores(a: ScoredDocuments, b: ScoredDocuments, size: int) -> ScoredDocuments:
    """a's documents, with b's scores added where b holds them too."""
    ids, in_a, in_b = np.intersect1d(a.ids, b.ids, assume_unique=True, return_indices=True)
    scores = a.scores.copy()
    scores[in_a] = a.scores[in_a] + b.scores[in_b]
    return ScoredDocuments(a.ids, scores)
