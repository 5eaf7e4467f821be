"""The collections the window searches: its own and those added to the search (File ▸ Add
Collection to Search…, or more folders on the command line), each with a check box under
Search ▸ Search In; the choice is kept between starts.

Several searched: the hits of all make one list (archive.CollectionSet), each row naming its
collection. A row of the window's own collection is its path, as always; a row of another is
its full path, so that every row is one string and no two collections' rows are taken for each
other. ``owner_of`` tells the collection and path of either; the item's form, preview, edits and
hand-offs go to its own collection.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal

from archive import ArchiveError, Collection, Hit

ADDED_KEY = "search_in/added"
UNCHECKED_KEY = "search_in/unchecked"


class SearchScope(QObject):
    """Signals: ``changed()`` when the collections searched change."""

    changed = Signal()

    def __init__(self, settings: QSettings, index_base: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.index_base = index_base
        self.own: Collection | None = None  # the window's collection
        self.added: dict[str, Collection] = {}  # the others, by folder, opened on the GUI thread
        self.unchecked: set[str] = set(_strings(settings.value(UNCHECKED_KEY)))

    def restore(self) -> list[tuple[str, str]]:
        """Open the collections added at the last start; returns (folder, why) of any that could not be."""
        return [
            (root, problem) for root in _strings(self.settings.value(ADDED_KEY)) if (problem := self.add(root, False))
        ]

    def set_own(self, collection: Collection) -> None:
        self.own = collection
        mine = self.added.pop(str(collection.root), None)
        if mine is not None:
            mine.close()
        self._keep()

    def add(self, folder: str | Path, announce: bool = True) -> str | None:
        """Search the indexed collection in ``folder`` too (from its index when the folder cannot be
        reached now); returns why not (not indexed…) or None."""
        try:
            collection = Collection.open_indexed(folder, self.index_base)
        except ArchiveError as error:
            return str(error)
        root = str(collection.root)
        if root in self.added or (self.own is not None and root == str(self.own.root)):
            collection.close()
        else:
            self.added[root] = collection
        self.unchecked.discard(root)
        self._keep()
        if announce:
            self.changed.emit()
        return None

    def set_checked(self, root: str, checked: bool) -> None:
        """Search ``root`` or not; the last one checked stays searched."""
        if checked:
            self.unchecked.discard(root)
        elif len(self.searched()) > 1:
            self.unchecked.add(root)
        self._keep()
        self.changed.emit()

    def roots(self) -> list[str]:
        """Every collection open: the window's own first."""
        return ([str(self.own.root)] if self.own is not None else []) + list(self.added)

    def searched(self) -> list[str]:
        """The collections searched now (the window's own when none is checked)."""
        chosen = [root for root in self.roots() if root not in self.unchecked]
        return chosen or self.roots()[:1]

    def several(self) -> bool:
        """Whether the search is not simply the window's own collection."""
        return self.own is not None and self.searched() != [str(self.own.root)]

    def owner_of(self, path: str) -> tuple[Collection, str]:
        """The collection of a row and the item's path in it."""
        if self.own is None:
            raise ArchiveError("no collection is open")
        if not Path(path).is_absolute():
            return self.own, path
        for root in sorted(self.added, key=len, reverse=True):
            if Path(path).is_relative_to(root):
                return self.added[root], str(Path(path).relative_to(root))
        return self.own, path

    def row_name(self, root: str | Path, path: str) -> str:
        """How the window names an item's row: its path in the window's collection, else its full path."""
        if self.own is None or str(root) in ("", str(self.own.root)):
            return path
        return str(Path(root) / path)

    def rows_of(self, hits: list[Hit]) -> list[Hit]:
        """The hits, each named as the window's rows are (row_name)."""
        for hit in hits:
            hit.path = self.row_name(hit.collection, hit.path)
        return hits

    def one_collection(self, paths: list[str]) -> tuple[Collection, list[str]] | None:
        """The collection of the rows ``paths`` and their paths there, when they are all of one."""
        groups = self.grouped(paths)
        return groups[0] if len(groups) == 1 else None

    def grouped(self, paths: list[str]) -> list[tuple[Collection, list[str]]]:
        """The rows' items, collection by collection (in the rows' order), by their paths there."""
        groups: dict[str, tuple[Collection, list[str]]] = {}
        for path in paths:
            collection, relative = self.owner_of(path)
            groups.setdefault(str(collection.root), (collection, []))[1].append(relative)
        return list(groups.values())

    def close(self) -> None:
        for collection in self.added.values():
            collection.close()
        self.added = {}

    def _keep(self) -> None:
        self.settings.setValue(ADDED_KEY, list(self.added))
        self.settings.setValue(UNCHECKED_KEY, sorted(self.unchecked))


def _strings(value) -> list[str]:
    """A QSettings list (None, one string, or a list) as a list of strings."""
    if not value:
        return []
    return [value] if isinstance(value, str) else [str(item) for item in value]
