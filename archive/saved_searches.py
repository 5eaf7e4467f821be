"""Searches kept under a name — the words, the facet values, the years and the order — with the
collection, in its index folder (saved_searches.json; never in the collection). The command line
runs one as `archive search @name`; the viewer lists them in its side pane."""

from __future__ import annotations

import json
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any, Iterator

from .errors import ArchiveError, UsageError
from .locks import wait_for_lock
from .outputs import written_whole

FILE_NAME = "saved_searches.json"


@dataclass
class SavedSearch:
    name: str
    query: str = "*"
    filters: dict[str, str] = field(default_factory=dict)
    sort: str = "relevance"
    reverse: bool = False
    date_from: str | None = None
    date_to: str | None = None
    type: str | None = None
    format: str | None = None

    def narrowing(self) -> dict[str, Any]:
        """The search's options beside its words, as Collection.search takes them."""
        return {
            "filters": dict(self.filters),
            "date_from": self.date_from,
            "date_to": self.date_to,
            "type": self.type,
            "format": self.format,
        }


class SavedSearches:
    """The saved searches of one collection. Saving is a read, change and write under a lock, so
    that searches saved at the same moment (two windows, a script) are all kept; entries written
    by a newer version keep what this one does not know; a file that cannot be read is never
    replaced (it may hold a person's searches)."""

    def __init__(self, index_dir: Path) -> None:
        self.path = index_dir / FILE_NAME

    def all(self) -> list[SavedSearch]:
        """Every saved search, by name (none when the file cannot be read)."""
        try:
            entries = self._entries()
        except ArchiveError:
            return []
        return sorted((_search(entry) for entry in entries), key=lambda search: search.name.casefold())

    def get(self, name: str) -> SavedSearch:
        for search in self.all():
            if search.name.casefold() == name.casefold():
                return search
        known = ", ".join(search.name for search in self.all()) or "none yet"
        raise UsageError(
            f"no saved search named {name!r} (saved: {known}); save one with archive search QUERY --save NAME"
        )

    def save(self, search: SavedSearch) -> None:
        """Keep ``search``, replacing one of the same name."""
        name = search.name.strip()
        if not name or name.startswith("@"):
            raise UsageError("a saved search needs a name (without a leading @)")
        search.name = name
        with self._locked():
            entries = [entry for entry in self._entries() if str(entry.get("name", "")).casefold() != name.casefold()]
            self._write(entries + [asdict(search)])

    def remove(self, name: str) -> None:
        with self._locked():
            found = self.get(name)
            self._write([entry for entry in self._entries() if entry.get("name") != found.name])

    def _entries(self) -> list[dict[str, Any]]:
        """The file's entries as written (unknown keys kept), or ArchiveError when it cannot be read."""
        try:
            entries = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return []
        except (OSError, ValueError) as error:
            raise ArchiveError(
                f"the saved searches in {self.path} cannot be read ({error}); the file is kept as it is: "
                "repair or move it, then save again"
            ) from None
        if not isinstance(entries, list) or not all(isinstance(entry, dict) and "name" in entry for entry in entries):
            raise ArchiveError(
                f"the saved searches in {self.path} are not a list of searches; the file is kept as it "
                "is: repair or move it, then save again"
            )
        return entries

    @contextmanager
    def _locked(self) -> Iterator[None]:
        with open(self.path.with_suffix(".lock"), "a") as lock:
            wait_for_lock(lock.fileno())
            yield

    def _write(self, entries: list[dict[str, Any]]) -> None:
        with written_whole(self.path) as out:
            json.dump(entries, out, ensure_ascii=False, indent=1)


def _search(entry: dict[str, Any]) -> SavedSearch:
    """A saved search from its entry, ignoring what a newer version added."""
    known = {name.name for name in fields(SavedSearch)}
    return SavedSearch(**{key: value for key, value in entry.items() if key in known})
