"""The collections indexed in an index folder: each one's folder, how many items it holds, when it
was last indexed, how large its index is, and whether its folder can be reached now (a drive not
plugged in is offline; its index stays searchable). Read without opening a Collection: the
catalogs are read only, so listing never upgrades, locks or writes anything."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from .settings import indexed_roots


@dataclass
class KnownCollection:
    root: str
    items: int | None  # None: the catalog could not be read
    last_indexed: str | None
    index_octets: int
    reachable: bool
    index_dir: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def known_collections(base: Path) -> list[KnownCollection]:
    """Every collection with an index under ``base``, by folder."""
    found = []
    for root, folder in indexed_roots(base):
        items, last = _catalog_summary(folder / "catalog.sqlite")
        found.append(
            KnownCollection(
                root=str(root),
                items=items,
                last_indexed=last,
                index_octets=sum(path.stat().st_size for path in folder.rglob("*") if path.is_file()),
                reachable=root.is_dir(),
                index_dir=str(folder),
            )
        )
    return sorted(found, key=lambda known: known.root)


def _catalog_summary(catalog: Path) -> tuple[int | None, str | None]:
    """(items, the latest time an item was indexed) of a catalog, read only; (None, None) when it
    cannot be read (never indexed, damaged, or of a newer version)."""
    if not catalog.is_file():
        return None, None
    try:
        with closing(sqlite3.connect(f"{catalog.as_uri()}?mode=ro", uri=True)) as db:
            count, last = db.execute("SELECT count(*), max(indexed_at) FROM files").fetchone()
    except sqlite3.Error:
        return None, None
    return count, last
