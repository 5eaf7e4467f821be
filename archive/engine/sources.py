"""The indexes a search reads: one collection's, or several searched as one.

Several collections' indexes are read through one Whoosh searcher over all their segments, so
BM25F's statistics (how rare a word is, how long a field is on average) are those of the union:
an item scores as it would in one index holding every collection, and the hits of all of them
make one ranked list. Each index keeps its own files; nothing is copied or merged on disk.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
from whoosh.index import FileIndex
from whoosh.reading import MultiReader
from whoosh.searching import Searcher

from ..catalog import Catalog


@dataclass(frozen=True)
class IndexSource:
    """One collection's index, as a search reads it."""

    name: str  # the collection's folder: how hits and messages name it
    ix: FileIndex
    catalog: Catalog
    facet_folder: Path | None = None  # where each segment's facet values are kept (facet_columns.py)
    posting_folder: Path | None = None  # where large segments' postings are kept as arrays (posting_columns.py)


class Searchers:
    """A searcher over the sources' indexes, refreshed when any of them has changed. Its leaves
    (segments) come source by source, so a document number tells its source."""

    def __init__(self, sources: list[IndexSource]) -> None:
        self.sources = sources
        self.own = [source.ix.searcher() for source in sources]
        self.searcher = self._joined()

    def close(self) -> None:
        for searcher in self.own:
            searcher.close()

    def current(self) -> tuple[Searcher, bool]:
        """(the searcher of the indexes as they are now, whether it changed since last asked)."""
        stale = [number for number, searcher in enumerate(self.own) if not searcher.up_to_date()]
        if not stale:
            return self.searcher, False
        for number in stale:
            self.own[number] = _refreshed(self.own[number], self.sources[number].ix)
        self.searcher = self._joined()
        return self.searcher, True

    def _joined(self) -> Searcher:
        if len(self.own) == 1:
            return self.own[0]
        leaves = [leaf for searcher in self.own for leaf, _ in searcher.reader().leaf_readers()]
        return Searcher(MultiReader(leaves), closereader=False)  # the leaves are the sources' to close

    def leaf_folders(self, kind: str) -> list[Path | None]:
        """The folder (``facet_folder`` or ``posting_folder``) of each of the searcher's leaves."""
        return [
            getattr(source, kind)
            for source, searcher in zip(self.sources, self.own)
            for _ in searcher.reader().leaf_readers()
        ]

    def starts(self) -> np.ndarray:
        """The first document number of each source in the searcher (ascending)."""
        sizes = [searcher.doc_count_all() for searcher in self.own]
        return np.concatenate([[0], np.cumsum(sizes)[:-1]]).astype(np.int64)

    def source_numbers(self, docnums: np.ndarray) -> np.ndarray:
        """Which source each of the document numbers is of."""
        return np.searchsorted(self.starts(), docnums, side="right") - 1


def _refreshed(searcher: Searcher, ix: FileIndex) -> Searcher:
    try:
        return searcher.refresh()
    except TypeError:  # Whoosh cannot refresh a searcher opened on an empty index
        searcher.close()
        return ix.searcher()
