"""Every document a query of plain words matches, from posting lists, without scoring.

The total and the facet counts of a search need all its matches; the ranking needs only the best
few. Whoosh finds all matches by running the query's matchers document by document (a few
microseconds each: 0.2-0.5 s for a common word in 100,000 documents). For a word, or words
joined by OR (each looked for in several fields and forms), the matches are the union of the
words' posting lists, read here a block at a time; the ranking is left to Whoosh's collector,
which may then leave out the parts of the query that cannot lift a document into the top.
"""

from __future__ import annotations

from whoosh import query as q
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.matching import FilterMatcher


def is_union_of_words(node: q.Query) -> bool:
    """A word, or an OR of words: what ``matching_docs`` takes. (Not AND or NOT: Whoosh's
    collector, pruning an intersection, was seen to drop a document from the top.)"""
    return isinstance(node, q.Term) or (type(node) is q.Or and all(map(is_union_of_words, node.subqueries)))


def matching_docs(query: q.Query, searcher) -> set[int]:
    """The (global) numbers of every live document a union of words matches."""
    return _live_union(searcher, [(word.fieldname, word.text) for word in _words(query)])


def _live_union(searcher, terms: list[tuple[str, object]]) -> set[int]:
    found: set[int] = set()
    for leaf, offset in searcher.leaf_searchers():
        local = set().union(*(posting_ids(leaf, fieldname, text) for fieldname, text in terms))
        if leaf.reader().has_deletions():
            local -= leaf.reader().deleted_docs_set
        found |= {offset + docnum for docnum in local} if offset else local
    return found


def _words(node: q.Query) -> list[q.Term]:
    return [node] if isinstance(node, q.Term) else [word for child in node.subqueries for word in _words(child)]


def posting_ids(leaf, fieldname: str, text) -> set[int]:
    """The documents of one word's posting list, a block at a time."""
    reader = leaf.reader()
    if fieldname not in leaf.schema:
        return set()
    try:
        term = text if isinstance(text, bytes) else leaf.schema[fieldname].to_bytes(text)
    except ValueError:
        return set()
    if (fieldname, term) not in reader:
        return set()
    matcher = reader.postings(fieldname, term)
    if isinstance(matcher, FilterMatcher):  # the segment's deletions: taken away by the caller
        matcher = matcher.child
    if not isinstance(matcher, W3LeafMatcher):
        return set(matcher.all_ids())
    ids: set[int] = set()
    while matcher.is_active():
        if matcher._ids is None:
            matcher._read_ids()
        ids.update(matcher._ids)
        matcher._next_block()
    return ids
