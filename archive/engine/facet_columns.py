"""The documents of every facet value, kept per index segment in the index folder.

A search's facet counts, its timeline and its query check need, for each facet value, the
documents holding it. Read from the posting lists that took 0.2 s at 20,000 documents (every
value of eight facets, in every segment) at the first search of every process — most of the first
search's time, and all of `archive search`'s over the ranking. A segment never changes once
written (its deletions are kept apart, and applied here as they are now), so its value → documents
table is built once, saved beside the index under the segment's name, and read back by every
later process in milliseconds. Files of segments merged away are removed when a new one is saved;
an unreadable file is built again.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .posting_columns import segment_id
from .vector_query import live_documents, postings

#: Raise when what a file holds changes: older files are then built again.
FORMAT = 1
SUFFIX = ".facets"


@dataclass(frozen=True)
class FacetColumn:
    """One facet's values and, for each, the (global) numbers of the live documents holding it:
    kept as one array of documents, value after value, and the value of each (``owners``), so the
    counts among any set of matches are one ``bincount``."""

    values: list[str]
    docs: np.ndarray
    owners: np.ndarray

    def counts(self, matched: np.ndarray | None = None) -> dict[str, int]:
        """How many documents hold each value (among ``matched``, a mask of every document
        number, when given); values no document holds left out."""
        owners = self.owners if matched is None else self.owners[matched[self.docs]]
        counted = np.bincount(owners, minlength=len(self.values))
        return {self.values[index]: int(counted[index]) for index in np.flatnonzero(counted).tolist()}


def facet_postings(searcher, fields: dict[str, str], folders: list[Path | None]) -> dict[str, FacetColumn]:
    """For each facet (name → index field), its column over the live documents. ``folders``:
    where each segment's table is kept (None: not kept), a folder for each of the searcher's leaves."""
    found: dict[str, dict[str, list[np.ndarray]]] = {name: {} for name in fields}
    leaves = searcher.leaf_searchers()
    current = {named for leaf, _ in leaves if (named := segment_id(leaf.reader())) is not None}
    for (leaf, offset), folder in zip(leaves, folders):
        alive = live_documents(leaf.reader())
        for name, by_value in _segment_table(leaf, fields, folder, current).items():
            into = found[name]
            for value, local in by_value.items():
                live = local[alive[local]] if alive is not None else local
                if len(live):
                    into.setdefault(value, []).append(live.astype(np.int64) + offset)
    return {name: _column(by_value) for name, by_value in found.items()}


def _column(by_value: dict[str, list[np.ndarray]]) -> FacetColumn:
    values = sorted(by_value)
    parts = [np.concatenate(by_value[value]) for value in values]
    docs = np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)
    owners = np.repeat(np.arange(len(values)), [len(part) for part in parts]) if parts else np.zeros(0, dtype=np.int64)
    return FacetColumn(values, docs, owners)


def _segment_table(
    leaf, fields: dict[str, str], folder: Path | None, current: set[str]
) -> dict[str, dict[str, np.ndarray]]:
    """One segment's value → local document numbers, for each facet: read back, or built and saved."""
    name = segment_id(leaf.reader())
    path = folder / f"{name}{SUFFIX}" if folder is not None and name else None
    if path is not None and path.exists():
        try:
            with path.open("rb") as handle:
                kept = pickle.load(handle)
            if kept.get("format") == FORMAT and kept.get("fields") == fields:
                return kept["table"]
        except Exception:  # a cut or damaged file: built again below
            pass
    table = {
        name: {
            (term.decode("utf-8") if isinstance(term, bytes) else term): postings(leaf.reader(), field, term)[0].astype(
                np.int32
            )
            for term in leaf.reader().lexicon(field)
        }
        for name, field in fields.items()
    }
    if path is not None:
        _save(path, {"format": FORMAT, "fields": fields, "table": table}, current)
    return table


def _save(path: Path, kept: dict, current: set[str]) -> None:
    """Write the table whole (a reader never sees half of it), and remove those of segments the
    index no longer has."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".part")
        with os.fdopen(handle, "wb") as out:
            pickle.dump(kept, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
        for stale in path.parent.glob(f"*{SUFFIX}"):
            if stale.stem not in current:
                stale.unlink(missing_ok=True)
    except OSError:  # a full or read-only disk: the table is used unsaved, and built again next time
        pass
