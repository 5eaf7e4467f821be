"""Queries: parsing, filters, sorting, paging, facet counts and snippets.

A SearchEngine keeps one Whoosh searcher open and refreshes it only when the index has changed,
so consecutive queries cost milliseconds. Like the catalog it belongs to one thread.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any, Iterator

import numpy as np
from whoosh import sorting
from whoosh import query as q
from whoosh.collectors import TimeLimit, TimeLimitCollector
from whoosh.qparser import FuzzyTermPlugin, MultifieldParser

from . import vector_query
from ..errors import IndexLost, QueryError
from ..formats import format_words
from ..analysis import word_forms
from .facet_columns import FacetColumn, facet_postings
from .sources import IndexSource, Searchers
from .index import FACET_FIELDS, MISSING_LAST
from ..language import DEFAULT_LANGUAGE, main_languages
from ..model import DCMI_TYPES, Hit, Record, SearchResult
from ..periods import period
from ..query_syntax import check
from ..snippets import MAX_PASSAGE_CHARS, Marks, best_passage, typed_pages
from .whoosh_internals import MAX_EXPANSION, AdjacentWords, TopAndAllCollector

#: Fields searched when a word names no field, with how much a match there counts.
DEFAULT_FIELDS = ("content", "title", "creator", "subject", "meta")
FIELD_BOOSTS = {"title": 3.0, "creator": 2.0, "subject": 2.0, "meta": 1.5}
SORTS = {
    "relevance": None,
    "date": "date_sort",
    "title": "title_sort",
    "creator": "creator_sort",
    "type": "type_sort",
    "source": "source_sort",
    "pages": "pages_sort",
}
FACET_LIMIT = 50
#: The facet of a search over several collections: how many matches each holds.
COLLECTION_FACET = "collection"
#: A search returns what it has found after this long, saying so ("partial").
SEARCH_SECONDS = 5.0
#: How much deeper than asked a query read page by page is ranked (see SearchEngine._ranked).
RANK_AHEAD = 4


class SearchEngine:
    """Searches one collection's index, or several as one (sources.py): then each hit names its
    collection and the facets begin with a count per collection."""

    def __init__(self, sources: list[IndexSource]) -> None:
        self.sources = sources
        self._parser = MultifieldParser(list(DEFAULT_FIELDS), sources[0].ix.schema, fieldboosts=FIELD_BOOSTS)
        self._parser.add_plugin(FuzzyTermPlugin())
        self._searchers = Searchers(sources)
        self._facet_values: dict[str, FacetColumn] | None = None
        self._ranking: tuple | None = None  # (searcher, query key, ranked pairs, matches, partial): see _ranked

    def close(self) -> None:
        self._searchers.close()

    def _current_searcher(self):
        searcher, changed = self._searchers.current()
        if changed:
            self._facet_values = None
        return searcher

    def parse(self, text: str) -> q.Query:
        """The person's query, checked (query_syntax.py: a query is understood or refused with a
        QueryError saying where); ``lang:ru`` in it says which language its words are in (they are
        then stemmed as Russian only, instead of in every language of the collection)."""
        checked = check(text, self.types(), format_words())
        if checked.text.strip() in ("", "*:*"):
            return q.Every()
        try:
            parsed = self._parser.parse(checked.text)
        except Exception as error:  # Whoosh's field parsers raise bare Exceptions; none is known to reach here
            raise QueryError(f"cannot understand the query {text!r}: {error}") from None
        parsed = _dates_as_periods(_formats_by_name(_phrases_as_words(parsed, self._parser.schema)))
        # Words said to be of a language (lang:) are looked for as its stems in every item; else a
        # stem only one other language makes is looked for in that language's items alone.
        return _tuned(_with_stems(parsed, checked.languages or self.languages(), confined=not checked.languages))

    def types(self) -> dict[str, str]:
        """The types a query may name, by their lower-case form: the DCMI types, and those the
        items carry (a person may have set 'letter')."""
        return {**DCMI_TYPES, **{value.lower(): value for value in self._facet_postings()["type"].values}}

    def search(
        self,
        text: str,
        *,
        limit: int = 20,
        offset: int = 0,
        sort: str = "relevance",
        reverse: bool = False,
        facets: bool = True,
        snippets: bool = True,
        rank_depth: int = 0,
        **narrowing: Any,
    ) -> SearchResult:
        """Run a query. ``narrowing``: type, format (a word such as 'pdf', or a MIME type), date_from,
        date_to, and filters (facet name → value). ``rank_depth``: rank at least this many now
        (a list read page by page asks for all at once, off its GUI thread; see _ranked)."""
        started = time.perf_counter()
        searcher, user_query, final, sort_field = self._prepare(text, sort, **narrowing)
        order, matched, partial = self._ranked(
            searcher,
            (text, sort, reverse, repr(sorted(narrowing.items()))),
            final,
            offset,
            max(limit, rank_depth - offset),
            sort_field,
            reverse,
        )
        shown = order[offset : offset + limit]
        hits = self._hits(
            self._items([docnum for _, docnum in shown]), [score for score, _ in shown], user_query, snippets
        )
        facet_counts = self._facets(matched) if facets else {}
        timeline = self._timeline(searcher, text, narrowing, matched) if facets else {}
        took = (time.perf_counter() - started) * 1000
        notices = _expansion_notices(user_query)
        if partial:
            notices.append(
                f"the search took longer than {SEARCH_SECONDS:g} s: these are the results found by then; "
                "narrow the query (fewer wildcards, a field, a date) for all of them"
            )
        return SearchResult(text, len(matched), took, hits, facet_counts, partial, notices, timeline)

    def _ranked(
        self, searcher, key: tuple, final: q.Query, offset: int, limit: int, sort_field: str | None, reverse: bool
    ) -> tuple[list[tuple[float, int]], np.ndarray, bool]:
        """(the ranked (score, document number) pairs reaching at least ``offset + limit``, every
        match, whether the time budget ran out). A query read page by page (the viewer's list) is
        ranked RANK_AHEAD times deeper than asked and kept for the pages after: every page of a
        20,000-hit result cost a whole search (150 ms); now one in a growing number does."""
        cached = self._ranking
        if (
            offset
            and cached is not None
            and cached[0] is searcher
            and cached[1] == key
            and (len(cached[2]) >= offset + limit or len(cached[2]) == len(cached[3]))
        ):
            return cached[2], cached[3], cached[4]  # a later page: a first page is always searched afresh
        depth = max(offset + limit, 1) if offset == 0 else max(RANK_AHEAD * (offset + limit), RANK_AHEAD * 250)
        order, matched, partial = _run(searcher, final, depth, sort_field, reverse, self._posting_folders())
        self._ranking = (searcher, key, order, matched, partial)
        return order, matched, partial

    def matching(
        self, text: str, *, sort: str = "relevance", reverse: bool = False, **narrowing: Any
    ) -> list[tuple[IndexSource, str]]:
        """Every matching item (its source and path), in order: for exports, which stream the records after."""
        searcher, _, final, sort_field = self._prepare(text, sort, **narrowing)
        results = searcher.search(
            final, limit=None, sortedby=_sorted_by(sort_field, reverse), reverse=reverse, terms=False
        )
        return self._items([hit.docnum for hit in results])

    def _items(self, docnums: list[int]) -> list[tuple[IndexSource, str]]:
        """The source and path of each document."""
        searcher: Any = self._searchers.searcher  # its stored_fields is the reader's, copied on at run time
        sources = self._searchers.source_numbers(np.asarray(docnums, dtype=np.int64)).tolist()
        return [
            (self.sources[number], searcher.stored_fields(docnum)["key"]) for number, docnum in zip(sources, docnums)
        ]

    def _prepare(
        self,
        text: str,
        sort: str,
        type: str | None = None,
        format: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        filters: dict[str, str] | None = None,
    ):
        """(searcher, the person's query, that query narrowed, the field to sort by)."""
        searcher = self._current_searcher()
        for source, own in zip(self.sources, self._searchers.own):
            if own.doc_count() == 0 and len(source.catalog):  # never so in use: an upgrade or damage dropped it
                raise IndexLost(
                    f"the search index of {source.name} is empty (after an upgrade, or damaged), while its catalog "
                    f"holds every item and your edits; rebuild it: archive index {source.name}"
                )
        user_query = self.parse(text)
        final = _with_restriction(user_query, self._type_filter(type), format, date_from, date_to, filters or {})
        return searcher, user_query, final, _sort_field(sort, user_query)

    def _type_filter(self, type_: str | None) -> str | None:
        """--type's value as the index holds it; refused with the known types when unknown."""
        if not type_:
            return None
        known, word = self.types(), type_.strip().lower()
        if word in known:
            return known[word]
        offered = ", ".join(sorted(known.values()))
        if word in format_words():
            raise QueryError(
                f"'{type_}' is a format, not a type: use --format {word} or format:{word} in the query "
                f"(types: {offered})"
            )
        raise QueryError(f"unknown type '{type_}'; types: {offered}")

    def languages(self) -> tuple[str, ...]:
        """The collection's main languages (English always): query words are looked for as their
        stems in each. A language of a handful of items (often a misdetected short text) is left
        out: every language adds a term per word and field to every query."""
        counts = self._facet_postings()["language"].counts()
        return tuple(sorted({*main_languages(counts), DEFAULT_LANGUAGE}))

    def highlight_marks(self, user_query: q.Query | str) -> Marks:
        """The analysed words and phrases of a query that can occur in a text, wildcards and
        fuzzy terms expanded against the index: what a preview should mark."""
        if isinstance(user_query, str):
            user_query = self.parse(user_query)
        return _marks(user_query, self._current_searcher())

    def _hits(
        self, items: list[tuple[IndexSource, str]], scores: list[float], user_query: q.Query, snippets: bool
    ) -> list[Hit]:
        records: dict[tuple[str, str], Record] = {}
        texts: dict[tuple[str, str], Iterator[str]] = {}
        for source in dict.fromkeys(source for source, _ in items):
            paths = [path for of, path in items if of is source]
            records.update(((source.name, path), record) for path, record in source.catalog.records(paths).items())
            if snippets:
                found = source.catalog.lazy_texts(paths, MAX_PASSAGE_CHARS)
                texts.update(((source.name, path), pages) for path, pages in found.items())
        marks = _marks(user_query, self._searchers.searcher) if snippets else Marks()
        languages = self.languages()
        hits = []
        for (source, path), score in zip(items, scores):
            record = records.get((source.name, path))
            if record is None:  # removed from the catalog since the index was read
                continue
            passage = (
                best_passage(_or_description(texts.get((source.name, path)), record), marks, languages)
                if snippets
                else None
            )
            hits.append(
                Hit(
                    path=path,
                    title=record.title,
                    creators=record.creators,
                    date=record.date,
                    type=record.type,
                    format=record.format,
                    score=round(score, 4),
                    snippet=passage.html if passage else "",
                    page=passage.page if passage else None,
                    pages=passage.pages if passage else [],
                    record=record,
                    collection=source.name,
                )
            )
        return hits

    def _facets(self, matched: np.ndarray) -> dict[str, dict[str, int]]:
        among = self._mask(matched)
        counts: dict[str, dict[str, int]] = {}
        if len(self.sources) > 1:  # several collections: how many of the matches each holds, first
            held = np.bincount(self._searchers.source_numbers(matched), minlength=len(self.sources)).tolist()
            by_source = sorted(
                zip((source.name for source in self.sources), held), key=lambda pair: (-pair[1], pair[0])
            )
            counts[COLLECTION_FACET] = {name: count for name, count in by_source if count}
        for name, column in self._facet_postings().items():
            ranked = sorted(column.counts(among).items(), key=lambda item: (-item[1], item[0]))
            if name == "year":
                ranked = sorted(ranked, reverse=True)
            counts[name] = dict(ranked[:FACET_LIMIT])
        return counts

    def _timeline(self, searcher, text: str, narrowing: dict[str, Any], matched: np.ndarray) -> dict[str, int]:
        """Items per year, every year: of the matches, or, when the search is narrowed to a date
        range, of the matches without that range (a timeline shows where the range lies)."""
        if narrowing.get("date_from") or narrowing.get("date_to"):
            undated = {name: value for name, value in narrowing.items() if name not in ("date_from", "date_to")}
            _, _, query, _ = self._prepare(text, "relevance", **undated)
            matched = _run(searcher, query, 1, None, False, self._posting_folders())[1]
        return dict(sorted(self._facet_postings()["year"].counts(self._mask(matched)).items()))

    def _mask(self, matched: np.ndarray) -> np.ndarray:
        """The matches as a yes or no for every document number of the index."""
        return vector_query.mask(matched, self._searchers.searcher.doc_count_all())

    def _facet_postings(self) -> dict[str, FacetColumn]:
        """For each facet, its values and the documents holding each; built once per version of the index."""
        if self._facet_values is None:
            self._facet_values = facet_postings(
                self._searchers.searcher, FACET_FIELDS, self._searchers.leaf_folders("facet_folder")
            )
        return self._facet_values

    def _posting_folders(self) -> list[Path | None]:
        return self._searchers.leaf_folders("posting_folder")


def _or_description(pages: Iterator[str] | None, record: Record) -> Iterator[str]:
    """The pages of a text; when they hold no words, what a person read in it or described."""
    blank: list[str] = []
    for page in pages if pages is not None else ():
        if page.strip():
            yield from blank
            yield page
            yield from pages  # type: ignore[misc]  # the same iterator, read on
            return
        blank.append(page)
    yield from typed_pages(record)


#: Fields analysed with stems; a word in them is looked for in all its forms.
STEMMED_FIELDS = frozenset({"content", "title", "subject", "description", "meta", "notes", "transcription"})


def _with_stems(node: q.Query, languages: tuple[str, ...], confined: bool) -> q.Query:
    """Each plain word becomes an OR of the word and its stems in the collection's languages
    (a Russian 'документы' also finds 'документов'). Phrases, wildcards and fuzzy words are
    left as typed: they match the exact (folded) words, which the index holds too.

    With ``confined``, a stem that neither the word is nor the default language makes is looked
    for only in items of the languages that make it: 'capstan' is 'caps' in Turkish, which must
    not find the word 'caps' in an English text."""
    if type(node) is q.Term and node.fieldname in STEMMED_FIELDS:
        made_by: dict[str, list[str]] = {}
        for language in languages:
            for form in word_forms(node.text, (language,)):
                made_by.setdefault(form, []).append(language)
        if len(made_by) == 1:
            return node
        alternatives: list[q.Query] = []
        for form, makers in sorted(made_by.items()):
            term: q.Query = q.Term(node.fieldname, form, boost=node.boost)
            if confined and form != node.text and DEFAULT_LANGUAGE not in makers:
                term = q.And([term, q.Or([q.Term("language", language) for language in makers])])
            alternatives.append(term)
        return q.Or(alternatives)
    return node.apply(lambda child: _with_stems(child, languages, confined))


def _run(
    searcher, query: q.Query, limit: int, sort_field: str | None, reverse: bool, posting_folders: list[Path | None]
) -> tuple[list[tuple[float, int]], np.ndarray, bool]:
    """(the top ``limit`` (score, document number) pairs, every match's number, ascending: for the
    total and the facets, and whether the time budget ran out first: then both hold what was found
    by then). Ranked by relevance, a query is computed with numpy (vector_query.py) when its shape
    allows, else by Whoosh's matchers."""
    every: Any  # a set of document numbers, or an array of them
    if sort_field is None:
        try:
            top, every = vector_query.ranked_matches(searcher, query, limit, posting_folders)
            return top, every, False
        except vector_query.NotVectorised:
            collector = TopAndAllCollector(limit)
            results, partial = _within_budget(searcher, query, collector)
            every = collector.docset
            top = [(float(score), docnum) for score, docnum in results.top_n[:limit]]
    else:  # Whoosh's sorting collector keeps every match itself; its "score" is the sort key
        collector = searcher.collector(limit=limit, sortedby=_sorted_by(sort_field, reverse), reverse=reverse)
        results, partial = _within_budget(searcher, query, collector)
        every = results.docs()
        top = [(0.0, docnum) for _, docnum in results.top_n[:limit]]
    return top, np.fromiter(sorted(every), dtype=np.int64, count=len(every)), partial


def _expansion_notices(user_query: q.Query) -> list[str]:
    """What a person should know of words that stood for too many terms (whoosh_internals)."""
    counted: dict[str, int] = {}
    for leaf in user_query.leaves():
        if getattr(leaf, "expanded_from", 0):
            shown = str(leaf).split(":", 1)[-1].split("^")[0]
            counted[shown] = max(counted.get(shown, 0), getattr(leaf, "expanded_from"))
    return [
        f"'{shown}' matches {count:,} words; the {MAX_EXPANSION:,} most frequent were searched"
        for shown, count in counted.items()
    ]


def _within_budget(searcher, query: q.Query, collector):
    """(the collector's results, whether SEARCH_SECONDS ran out before it was through)."""
    try:
        searcher.search_with_collector(query, TimeLimitCollector(collector, SEARCH_SECONDS, use_alarm=False))
    except TimeLimit:
        return collector.results(), True
    return collector.results(), False


def _tuned(node: q.Query) -> q.Query:
    """Three measured adjustments to what Whoosh's parser builds:

    - an OR (every word is looked for in several fields) uses a binary tree of union matchers:
      Whoosh would pre-load whole posting arrays on a small segment, 2-3 times slower here;
    - a fuzzy word keeps its first letter (``lamguage~`` → words starting with 'l'), as most
      misspellings do: scanning the whole vocabulary took 1.7 s on the benchmark corpus;
    - the words a wildcard or a fuzzy word stands for are scored as words are: Whoosh's
      "constant score" scored them by BM25F in segments of over 5,000 documents and as 1 in
      smaller ones, so an item's rank depended on the segment it was written in;
    - a phrase of adjacent words is matched by AdjacentWords.
    """
    if type(node) is q.Phrase and node.slop == 1:
        return AdjacentWords(node.fieldname, node.words, boost=node.boost, char_ranges=node.char_ranges)
    if not node.is_leaf():
        node = node.apply(_tuned)
    if isinstance(node, q.Or):
        node.matcher_type = q.Or.DEFAULT_MATCHER
    if isinstance(node, q.FuzzyTerm) and node.prefixlength == 0:
        node.prefixlength = 1
    if isinstance(node, q.MultiTerm):
        node.constantscore = False
    return node


def _sort_field(sort: str, user_query: q.Query) -> str | None:
    """The index field to sort by; browsing everything 'by relevance' means by title."""
    if sort not in SORTS:
        raise QueryError(f"unknown sort {sort!r}; choose one of: {', '.join(SORTS)}")
    if sort == "relevance" and isinstance(user_query, q.Every):
        return SORTS["title"]
    return SORTS[sort]


def _sorted_by(field: str | None, reverse: bool):
    """What Whoosh sorts by: the field; reversed, with items that lack a value still last (their
    key, MISSING_LAST, would otherwise come first: undated items atop 'newest first')."""
    if field is None or not reverse:
        return field
    missing = MISSING_LAST.encode("utf-8")
    return sorting.TranslateFacet(lambda value: b"" if value == missing else value, sorting.FieldFacet(field))


def _with_restriction(
    user_query: q.Query,
    type_: str | None,
    format_: str | None,
    date_from: str | None,
    date_to: str | None,
    filters: dict[str, str],
) -> q.Query:
    """The person's query narrowed by the type, format, date range and facet values they chose."""
    parts: list[q.Query] = []
    if type_:
        parts.append(q.Term("f_type", type_))
    if format_:
        parts.append(q.Term("f_format", _mime_type(format_)))
    for name, value in filters.items():
        if name not in FACET_FIELDS:
            raise QueryError(f"unknown facet {name!r}; choose one of: {', '.join(FACET_FIELDS)}")
        parts.append(q.Term(FACET_FIELDS[name], value))
    if date_from or date_to:
        start = _date_option(date_from, "from", 0)
        end = _date_option(date_to, "to", 1)
        if start and end and start > end:
            raise QueryError(f"--from {date_from} is after --to {date_to}")
        parts.append(_within(start, end))
    return q.And([user_query, *parts]) if parts else user_query


def _date_option(text: str | None, which: str, bound: int):
    """The first (bound 0) or last (1) moment of the period a --from/--to date names."""
    if not text:
        return None
    named = period(text)
    if named is None:
        raise QueryError(f"--{which} {text!r} is not a date; write 2021, 2021-02 or 2021-02-26")
    return named[bound]


def _within(start, end) -> q.Query:
    """Items whose whole date lies from ``start`` to ``end`` (either may be None: open)."""
    return _dates_as_periods(q.NumericRange("date", start and start.toordinal(), end and end.toordinal()))


def _dates_as_periods(node: q.Query) -> q.Query:
    """A date range of the query (query_syntax made every date clause one) matches the items
    whose whole date lies inside it: one dated '2022' is not in date:[2022-03 TO 2022-04]."""
    if isinstance(node, q.NumericRange) and node.fieldname == "date":
        parts = ([q.NumericRange("date", node.start, None)] if node.start is not None else []) + (
            [q.NumericRange("date_end", None, node.end)] if node.end is not None else []
        )
        return parts[0] if len(parts) == 1 else q.And(parts)
    return node if node.is_leaf() else node.apply(_dates_as_periods)


def _phrases_as_words(node: q.Query, schema) -> q.Query:
    """A phrase in a field that keeps no positions (``format:"application/pdf"``) is its words,
    all of them: what such a field can tell."""
    if type(node) is q.Phrase and node.fieldname in schema and not schema[node.fieldname].format.supports("positions"):
        return q.And([q.Term(node.fieldname, word, boost=node.boost) for word in node.words])
    return node if node.is_leaf() else node.apply(lambda child: _phrases_as_words(child, schema))


def _formats_by_name(node: q.Query) -> q.Query:
    """``format:docx`` finds Word files: a format word is also looked for as its MIME type."""
    if type(node) is q.Term and node.fieldname == "format" and node.text in format_words():
        return q.Or([node, q.Term("f_format", format_words()[node.text])])
    return node if node.is_leaf() else node.apply(_formats_by_name)


def _mime_type(format_: str) -> str:
    """--format's value (a word such as 'pdf', or a MIME type) as a MIME type."""
    word = format_.strip().lower()
    if word in format_words() or word in format_words().values():
        return format_words().get(word, word)
    from ..formats import READERS, usual_suffix

    known = ", ".join(dict.fromkeys(usual_suffix(mime)[1:] for mime in READERS))
    raise QueryError(f"unknown format '{format_}'; formats: {known}, or a MIME type such as audio/mpeg")


#: Fields whose words a passage of the text can show.
TEXT_FIELDS = frozenset({"content", "title", "meta", "description", "notes", "transcription"})


def _marks(user_query: q.Query, searcher) -> Marks:
    """What a passage marks for the query: its words (wildcards and fuzzy words expanded
    against the index) and its phrases, leaving out what it excludes (NOT)."""
    terms: set[str] = set()
    phrases: set[tuple[str, ...]] = set()
    try:
        for node in _wanted_leaves(user_query):
            if node.field() not in TEXT_FIELDS:
                continue
            if isinstance(node, q.Phrase) and node.slop == 1:
                phrases.add(tuple(node.words))
            elif isinstance(node, q.Phrase):
                terms.update(node.words)
            else:
                # Segment by segment: Whoosh finds fuzzy matches in one segment with an automaton,
                # and across segments by measuring the distance to every word (0.2 s on the benchmark corpus).
                for reader, _ in searcher.reader().leaf_readers():
                    terms.update(_text(text) for _, text in node.existing_terms(reader, expand=True))
    except Exception:  # an unusual query shape must not cost the results, only the highlighting
        return Marks()
    return Marks(frozenset(terms), frozenset(phrases))


def _wanted_leaves(node: q.Query) -> Iterator[q.Query]:
    if isinstance(node, q.Not):
        return
    if isinstance(node, (q.AndNot, q.AndMaybe)):  # only the first part is what is looked for
        yield from _wanted_leaves(node.a)
        if isinstance(node, q.AndMaybe):
            yield from _wanted_leaves(node.b)
        return
    if node.is_leaf():
        yield node
        return
    for child in node.children():
        yield from _wanted_leaves(child)


def _text(term) -> str:
    return term.decode("utf-8") if isinstance(term, bytes) else term
