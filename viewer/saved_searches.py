"""Saved searches: keeping the current search under a name, and running or forgetting one from
the side pane, the Search menu or '@name' in the search field."""

from __future__ import annotations

import shlex
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject
from PySide6.QtWidgets import QInputDialog, QMenu

from archive import ArchiveError, SavedSearch

from .i18n import translate
from .models import Query
from .panels.saved import SavedSearchesPanel

if TYPE_CHECKING:
    from .window_services import SavedSearchesHost


class SavedSearches(QObject):
    def __init__(self, window: SavedSearchesHost, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.menu = menu
        self.panel = SavedSearchesPanel()
        self.panel.run_requested.connect(self.run)
        self.panel.forget_requested.connect(self.forget)

    def save(self) -> None:
        """Keep the current search — words, facet values, years, order — under a name."""
        collection = self.window.collection
        if collection is None:
            return
        query = self.window.searching.current_query()
        name, chosen = QInputDialog.getText(
            self.window,
            translate("SavedSearches", "Save Search"),
            translate("SavedSearches", "Name for the search {query}:").format(query=QLocale().quoteString(query.text)),
        )
        if not chosen or not name.strip():
            return
        years = query.years or (None, None)
        try:
            collection.saved_searches.save(
                SavedSearch(
                    name.strip(),
                    query.text,
                    dict(query.filters),
                    query.sort,
                    query.reverse,
                    str(years[0]) if years[0] else None,
                    str(years[1]) if years[1] else None,
                )
            )
        except (ArchiveError, OSError) as error:
            self.window.message_bar.show_error(
                translate("SavedSearches", "The search was not saved: {error}").format(error=error)
            )
            return
        self.show()
        self.window.show_status(
            translate("SavedSearches", "Saved as @{name} (also: archive search {quoted})").format(
                name=name.strip(),
                quoted=shlex.quote("@" + name.strip()),  # as a shell takes it
            )
        )

    def run(self, name: str) -> None:
        """Show a saved search's results: its words, facet values, years and order."""
        collection = self.window.collection
        if collection is None:
            return
        try:
            saved = collection.saved_searches.get(name)
        except ArchiveError as error:
            self.window.message_bar.show_error(
                translate("SavedSearches", "The saved search could not be opened: {error}").format(error=error)
            )
            return
        years = (saved.date_from, saved.date_to)
        chosen = (int(years[0][:4]), int(years[1][:4])) if all(years) else None
        self.window.searching.show_query(Query(saved.query, dict(saved.filters), saved.sort, saved.reverse, chosen))

    def show(self) -> None:
        """The collection's saved searches in the side pane and the menu."""
        collection = self.window.collection
        names = [search.name for search in collection.saved_searches.all()] if collection else []
        self.panel.show_names(names)
        self.menu.clear()
        for name in names:
            self.menu.addAction(name).triggered.connect(lambda _=False, n=name: self.run(n))
        self.menu.setEnabled(bool(names))

    def forget(self, name: str) -> None:
        collection = self.window.collection
        if collection is None:
            return
        try:
            collection.saved_searches.remove(name)
        except (ArchiveError, OSError) as error:
            self.window.message_bar.show_error(
                translate("SavedSearches", "The saved search {name} was not removed: {error}").format(
                    name=QLocale().quoteString(name), error=error
                )
            )
        self.show()
