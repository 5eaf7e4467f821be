"""Searches kept under a name — the words, the facet values, the years and the order — with the
collection, in its index folder (saved_searches.json; never in the collection). The command line
runs one as `archive search @name`; the viewer lists them in its side pane."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .errors import UsageError
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
        return {"filters": dict(self.filters), "date_from": self.date_from, "date_to": self.date_to,
                "type": self.type, "format": self.format}


class SavedSearches:
    """The saved searches of one collection."""

    def __init__(self, index_dir: Path) -> None:
        self.path = index_dir / FILE_NAME

    def all(self) -> list[SavedSearch]:
        """Every saved search, by name. A file that cannot be read counts as none (it is only
        replaced by the next save, whole)."""
        try:
            entries = json.loads(self.path.read_text(encoding="utf-8"))
            return sorted((SavedSearch(**entry) for entry in entries), key=lambda search: search.name.casefold())
        except (OSError, ValueError, TypeError):
            return []

    def get(self, name: str) -> SavedSearch:
        for search in self.all():
            if search.name.casefold() == name.casefold():
                return search
        known = ", ".join(search.name for search in self.all()) or "none yet"
        raise UsageError(f"no saved search named {name!r} (saved: {known}); save one with "
                         f"archive search QUERY --save NAME")

    def save(self, search: SavedSearch) -> None:
        """Keep ``search``, replacing one of the same name."""
        name = search.name.strip()
        if not name or name.startswith("@"):
            raise UsageError("a saved search needs a name (without a leading @)")
        search.name = name
        self._write([other for other in self.all() if other.name.casefold() != name.casefold()] + [search])

    def remove(self, name: str) -> None:
        found = self.get(name)
        self._write([search for search in self.all() if search.name != found.name])

    def _write(self, searches: list[SavedSearch]) -> None:
        with written_whole(self.path) as out:
            json.dump([asdict(search) for search in searches], out, ensure_ascii=False, indent=1)
