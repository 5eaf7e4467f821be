"""Several collections searched as one: accessions and drives in one query, each hit naming its
collection.

The collections' indexes are read as one (engine/sources.py), so the hits make one ranked list
scored as one index holding them all would score them, and counts, facets, the timeline, sorting
and paging are the union's. Everything else — edits, restrictions, groups, names — stays with
each collection: a hit's ``collection`` says which one to ask.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator

from .collection import Collection, default_index_base
from .engine.search import COLLECTION_FACET, SearchEngine
from .errors import ArchiveError, CollectionNotFound, IndexDamaged, UsageError
from .model import Record, SearchResult
from .saved_searches import SavedSearch
from .settings import indexed_roots


class CollectionSet:
    """Collections searched as one. A collection whose index cannot be read is left out of the
    searches, each result saying so in a notice (the others still answer)."""

    def __init__(self, collections: list[Collection]) -> None:
        if not collections:
            raise CollectionNotFound("no collection to search: index a folder first (archive index FOLDER)")
        self.collections = {str(collection.root): collection for collection in collections}
        self._engines: dict[tuple[str, ...], SearchEngine] = {}
        self.unsearchable: dict[str, str] = {}  # collection → why its index cannot be searched

    @classmethod
    def open(cls, roots: list[str | Path], index_base: Path | None = None) -> CollectionSet:
        """The collections at ``roots``; one whose folder cannot be reached now (a drive not
        plugged in) is opened from its index, which stays searchable."""
        base = index_base or default_index_base()
        opened: list[Collection] = []
        try:
            for root in roots:
                collection = Collection.open_indexed(root, base)
                if all(collection.root != other.root for other in opened):
                    opened.append(collection)
                else:
                    collection.close()
        except ArchiveError:
            for collection in opened:
                collection.close()
            raise
        return cls(opened)

    @classmethod
    def every(cls, index_base: Path | None = None) -> CollectionSet:
        """Every collection indexed in the index folder, reachable or not."""
        return cls([Collection(root, folder) for root, folder in indexed_roots(index_base or default_index_base())])

    def close(self) -> None:
        for engine in self._engines.values():
            engine.close()
        for collection in self.collections.values():
            collection.close()

    def __enter__(self) -> CollectionSet:
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.close()

    def __len__(self) -> int:
        return sum(len(collection) for collection in self.collections.values())

    def collection(self, name: str) -> Collection:
        """The collection a hit names."""
        try:
            return self.collections[name]
        except KeyError:
            raise CollectionNotFound(f"{name} is not among the collections searched") from None

    def saved_search(self, name: str) -> SavedSearch:
        """The search saved as ``name`` in any of the collections (the first found)."""
        refusals = []
        for collection in self.collections.values():
            try:
                return collection.saved_search(name)
            except UsageError as refusal:
                refusals.append(refusal)
        raise refusals[0]

    def search(self, query: str, **options: Any) -> SearchResult:
        """As Collection.search, over every collection (or those ``filters['collection']`` names:
        a collection chosen in the facet is searched as if alone)."""
        engine, options = self._engine_for(options)
        result = engine.search(query, **options)
        result.notices.extend(f"{name} was not searched: {why}" for name, why in self.unsearchable.items())
        return result

    def matching(self, query: str, **options: Any) -> list[tuple[Collection, str]]:
        """Every matching item (its collection and path), in order (options as for search, less paging)."""
        engine, options = self._engine_for(options)
        return [(self.collections[source.name], path) for source, path in engine.matching(query, **options)]

    def matching_records(self, query: str, **options: Any) -> Iterator[tuple[Collection, Record]]:
        """The records of every matching item, with their collection, streamed in order."""
        found = self.matching(query, **options)
        for collection in dict.fromkeys(collection for collection, _ in found):
            records = collection.records([path for of, path in found if of is collection])
            yield from ((collection, record) for record in records)

    def cite(
        self,
        items: list[tuple[Collection, str]],
        style: str = "apa",
        locale: str | None = None,
        html: bool = False,
        include_restricted: bool = False,
        page: int | None = None,
    ) -> list[tuple[Collection, str, str]]:
        """(collection, path, formatted citation) for items of several collections, as one
        bibliography in the style's order (Collection.cite, whose options these are)."""
        from .cite import format_bibliography

        of: dict[str, tuple[Collection, str]] = {}
        every = []
        for collection in dict.fromkeys(collection for collection, _ in items):
            paths = [path for owner, path in items if owner is collection]
            for path, item in collection.handoffs.cited(paths, include_restricted or len(items) == 1, page):
                key, number = item["id"], 1
                while item["id"] in of:  # the same key in two collections: kept apart
                    number += 1
                    item["id"] = f"{key}-{number}"
                of[item["id"]] = (collection, path)
                every.append(item)
        return [(*of[key], text) for key, text in format_bibliography(every, style, locale, html)]

    def _engine_for(self, options: dict[str, Any]) -> tuple[SearchEngine, dict[str, Any]]:
        """The engine over the collections searched, and the options left for it."""
        filters = dict(options.get("filters") or {})
        chosen = filters.pop(COLLECTION_FACET, None)
        if chosen is not None:
            self.collection(chosen)  # refused in one line when it is not among them
        names = tuple(self.collections) if chosen is None else (chosen,)
        sources = {}
        for name in names:
            try:
                sources[name] = self.collections[name].index_source()
            except ArchiveError as error:
                self.unsearchable[name] = str(error)
            else:
                self.unsearchable.pop(name, None)
        if not sources:
            raise IndexDamaged("; ".join(f"{name}: {self.unsearchable[name]}" for name in names))
        key = tuple(sources)
        if key not in self._engines:
            self._engines[key] = SearchEngine(list(sources.values()))
        return self._engines[key], {**options, "filters": filters}
