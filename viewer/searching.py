"""Searching and paging the results: the search field and its history, what narrows the results
(facets, years, their chips), the order, the result list a page at a time, and the count.

In a collection of BACKGROUND_SEARCH_FROM items or more a search runs off the GUI thread, and a
newer search drops an older one (not yet run: not run at all; running: its results unshown);
in a smaller one it runs at once (a few milliseconds, and the rows never show the last query's
results for a moment). Further pages, snippets and the refreshes while indexing always run off it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QItemSelectionModel, QLocale, QObject, QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit

from archive import ArchiveError, Collection, CollectionSet, SearchResult
from archive.errors import QueryError

from .filter_chips import YEARS, FilterChips
from .i18n import local_number, translate
from .models import COLUMNS, Query, ResultsModel, first_page, next_page
from .plain import plain_label, tip
from .results_view import ResultsView
from .tasks import BackgroundJobs
from .timers import timer

if TYPE_CHECKING:
    from .window_services import SearchingHost

HISTORY_SIZE = 50
#: From this many items a search runs off the GUI thread (see above).
BACKGROUND_SEARCH_FROM = 20_000
SEARCH_DELAY_MS = 300
QUERY_ERROR_COLOUR = "#b00020"


class Searching(QObject):
    """Signals: ``results_shown()`` after a new result is shown and the selection restored (the
    selection's own signal is held meanwhile); ``sort_changed()`` when the order changes;
    ``saved_search_typed(name)`` for '@name' and Enter."""

    results_shown = Signal()
    sort_changed = Signal()
    saved_search_typed = Signal(str)

    def __init__(self, window: SearchingHost) -> None:
        super().__init__(window)
        self.window = window
        self.generation = 0  # bumped by every search a person starts
        self._seen_generation = -1  # the index generation last shown
        self._query_error = False  # the count label shows why the query was not understood
        self._selecting_all = False  # Select All waits for the rows not read yet
        self._without_filters: int | None = None  # the total of the words alone, when filters left none
        self.waiting = False  # the search last started runs off the GUI thread, not answered yet
        self.sort: tuple[str, bool] = ("relevance", False)  # (what the core sorts by, descending)
        self.pages = BackgroundJobs(self)  # the result list's further pages
        self.searches = BackgroundJobs(self)  # the searches of a large collection
        self.snippet_jobs = BackgroundJobs(self)  # the snippets, read off the GUI thread

        self.field = QLineEdit()
        self.field.setObjectName("search_field")
        self.field.setAccessibleName(translate("Searching", "Search"))
        self.field.setClearButtonEnabled(True)
        self.field.setPlaceholderText(
            translate("Searching", 'Search: words, "a phrase", title:…, creator:…, date:[1950 TO 1960]   (Ctrl+F)')
        )
        self.history = QStringListModel(self)
        completer = QCompleter(self.history, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.field.setCompleter(completer)
        self.timer = timer(self, SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.run)
        self.field.textEdited.connect(lambda _: self.timer.start())
        self.field.returnPressed.connect(self.search_now)
        self.chips = FilterChips()
        self.chips.removed.connect(self._drop_filter)
        self.chips.cleared.connect(self.clear_filters)

        self.model = ResultsModel(self)
        self.model.passages_wanted.connect(self._fetch_passages)
        self.model.page_wanted.connect(self._fetch_page)
        self.model.page_done.connect(self._continue_select_all)
        self.model.modelReset.connect(self._stop_select_all)
        self.results = ResultsView(self.model)
        self.table = self.results.table
        self.table.horizontalHeader().sectionClicked.connect(self._sort_by_column)
        self.count_label = plain_label()
        self.count_label.setObjectName("count_label")
        self.count_label.setWordWrap(True)

    # -- the query ------------------------------------------------------------------------

    def focus(self) -> None:
        self.field.setFocus()
        self.field.selectAll()

    def search_now(self) -> None:
        self.timer.stop()
        text = self.field.text().strip()
        if text.startswith("@") and len(text) > 1:  # a saved search, as on the command line
            self.saved_search_typed.emit(text[1:])
            return
        if text:
            history = [text] + [h for h in self.history.stringList() if h != text]
            self.history.setStringList(history[:HISTORY_SIZE])
        self.run()

    def search_for(self, text: str) -> None:
        """Search for ``text`` as if typed (the facets and years chosen stay)."""
        self.field.setText(text)
        self.search_now()

    def current_query(self) -> Query:
        return Query(
            self.field.text().strip() or "*",
            dict(self.window.facets.filters),
            *self.sort,
            years=self.window.timeline.chosen,
        )

    def show_query(self, query: Query) -> None:
        """Show ``query`` (a saved search's): its words, facet values, years and order."""
        self.field.setText("" if query.text == "*" else query.text)
        self.window.facets.filters = dict(query.filters)
        self.window.timeline.set_range(query.years, announce=False)
        self.sort = (query.sort, query.reverse)
        self.sort_changed.emit()
        self.run()

    def clear_filters(self) -> None:
        """Every facet value and the timeline's years let go: the whole result of the words."""
        self.window.timeline.set_range(None, announce=False)
        self.window.facets.clear_filters()

    def _drop_filter(self, key: str) -> None:
        if key == YEARS:
            self.window.timeline.set_range(None)
        else:
            self.window.facets.drop(key)

    def filters(self) -> list[tuple[str, str]]:
        """(key, 'Heading: value') for what narrows the results now."""
        chosen = self.window.timeline.chosen
        return self.window.facets.described() + (
            [(YEARS, translate("Searching", "Years: {first}–{last}").format(first=chosen[0], last=chosen[1]))]
            if chosen
            else []
        )

    # -- the order ------------------------------------------------------------------------

    def _sort_by_column(self, column: int) -> None:
        key = COLUMNS[column][1]
        self.set_sort(key, not self.sort[1] if self.sort[0] == key else False)

    def set_sort(self, key: str, descending: bool) -> None:
        """Sort the results by ``key`` ('relevance' or a column's)."""
        self.sort = (key, descending and key != "relevance")
        self.sort_changed.emit()
        self.run()

    def show_sort(self) -> None:
        """The header's arrow says what the rows are sorted by (none for relevance)."""
        key, descending = self.sort
        columns = [column for column, (_, sorts_by) in enumerate(COLUMNS) if sorts_by == key]
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self.table.horizontalHeader().setSortIndicator(columns[0] if columns else -1, order)

    # -- running it -----------------------------------------------------------------------

    def run(self, keep_facets: bool = False) -> None:
        """Search now. ``keep_facets``: only what narrows the results changed, so the facet pane
        keeps its rows where they are (the next click lands where the pointer is)."""
        self.timer.stop()
        collection = self.window.collection
        if collection is None or self.field.text().strip().startswith("@"):
            return  # a saved search's name being typed: it runs on Enter
        self.generation += 1
        query = self.current_query()
        several = self.window.scope.several()
        if len(collection) < BACKGROUND_SEARCH_FROM and not several:
            self._answer(query, _searched(collection, query), keep_facets)
            return
        started_at, root = self.generation, collection.root
        read = self._reader(self.searches)
        self.waiting = True

        def work() -> SearchResult | Exception | None:
            if started_at != self.generation:  # a newer search was started before this one's turn
                return None
            return _searched(read(), query)

        def answer(outcome: SearchResult | Exception | None) -> None:
            if started_at == self.generation:
                self.waiting = False
            current = self.window.collection
            if outcome is not None and started_at == self.generation and current is not None and current.root == root:
                self._answer(query, outcome, keep_facets)

        self.searches.run(work, answer, lambda message: answer(ArchiveError(message)))

    def _answer(self, query: Query, outcome: SearchResult | Exception, keep_facets: bool) -> None:
        """Show a search's result, or why there is none."""
        if isinstance(outcome, QueryError):  # the last good results stay; the message takes the count's place
            self._query_error = True
            self.count_label.setStyleSheet(f"color: {QUERY_ERROR_COLOUR};")
            self.count_label.setText(translate("Searching", "Cannot search: {error}").format(error=outcome))
            self.count_label.setToolTip(tip(str(outcome)))
        elif isinstance(outcome, ArchiveError):
            self.window.show_status(translate("Searching", "Cannot search: {error}").format(error=outcome))
        elif isinstance(outcome, Exception):  # e.g. the index folder vanished: say so, keep the window
            self.window.show_status(translate("Searching", "Search failed: {error}").format(error=outcome))
        else:
            self._show_result(query, outcome, keep_facets)

    def _reader(self, jobs: BackgroundJobs) -> Callable[[], Collection | CollectionSet]:
        """What a job of ``jobs`` searches: its thread's own Collection of the window's collection,
        or CollectionSet of the collections searched (scope.py)."""
        scope, base = self.window.scope, self.window.index_base
        if not scope.several():
            root = self.window.collection.root if self.window.collection else Path()
            return lambda: jobs.collection(root, base)
        roots = [Path(root) for root in scope.searched()]
        return lambda: jobs.collections(roots, base)

    def _show_result(self, query: Query, result: SearchResult, keep_facets: bool = False) -> None:
        self.window.scope.rows_of(result.hits)
        selected = self.selected_paths()
        self._query_error = False
        # With nothing found through filters: how much there is without them (searched once here,
        # not each time the count is written again while an index run goes on).
        self._without_filters = self._total_without_filters(query) if not result.total and self.filters() else None
        self.model.several, self.model.owner_of = self.window.scope.several(), self.window.scope.owner_of
        self.results.thumbnails.owner_of = self.window.scope.owner_of
        self.model.show(self.window.collection, query, result)
        self.window.facets.show_counts(result.facets, keep_rows=keep_facets)
        self.window.timeline.show_counts(result.timeline)
        self.show_count()
        self._reselect(selected)

    def show_count(self) -> None:
        """'12 results in 5 ms'; what narrows them, and what there would be without it when
        there are none; how far an index run has gone."""
        result = self.model.result
        if result is None or self._query_error:
            return
        self.count_label.setStyleSheet("")
        self.count_label.setToolTip("")
        took = QLocale().toString(round(result.took_ms))
        total = result.total
        text = (
            translate("Searching", "at least %Ln result(s) in {ms} ms", None, total)
            if result.partial
            else translate("Searching", "%Ln result(s) in {ms} ms", None, total)
        ).format(ms=took)
        filters = self.filters()
        if filters:
            count = len(filters)
            text += translate("Searching", " with %Ln filter(s) — {filters}", None, count).format(
                filters=", ".join(label for _, label in filters)
            )
            if not result.total and self._without_filters is not None:
                text += (
                    translate("Searching", "; {count} without them")
                    if len(filters) > 1
                    else translate("Searching", "; {count} without it")
                ).format(count=local_number(self._without_filters))
        self.window.clear_filters_button.setVisible(bool(filters))
        self.chips.show_filters(filters)
        indexing = self.window.indexing.progress_words()
        if indexing:
            text += translate("Searching", " so far — {indexing}").format(indexing=indexing)
        self.count_label.setText(text + "".join(f" — {notice}" for notice in result.notices))

    def _total_without_filters(self, query: Query) -> int | None:
        collection = self.window.collection
        if self.window.scope.several():
            return None  # not searched again on the window's thread for several collections
        try:
            return collection.search(query.text, limit=0, facets=False, snippets=False).total if collection else 0
        except ArchiveError:
            return 0

    def refresh(self) -> None:
        """Show what the indexer has committed, searching on the background thread so the window
        never waits; a search the person starts meanwhile wins over this one."""
        collection = self.window.collection
        if collection is None or self.window.selection.has_changes() or collection.ix is None:
            return
        generation = collection.ix.latest_generation()
        if generation == self._seen_generation:
            return
        self._seen_generation = generation
        query, started_at = self.current_query(), self.generation
        root, jobs = collection.root, self.window.jobs
        read = self._reader(jobs)

        def show(result: SearchResult) -> None:
            if (
                started_at == self.generation
                and self.window.collection is not None
                and self.window.collection.root == root
            ):
                self._show_result(query, result)

        jobs.run(lambda: first_page(read(), query), show, lambda _: None)

    # -- the rows -------------------------------------------------------------------------

    def _reselect(self, paths: list[str]) -> None:
        """Select ``paths`` again after a search (else the first row), without reloading the item
        shown when it is still selected."""
        rows = [row for row in (self.model.row_of(path) for path in paths) if row is not None]
        if not rows and self.model.rowCount():
            rows = [0]
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        try:
            selection.clearSelection()
            flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            for row in rows:
                selection.select(self.model.index(row, 0), flags)
            if rows:
                selection.setCurrentIndex(self.model.index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate)
        finally:
            selection.blockSignals(False)
        self.results.selection_restored()
        if rows:
            self.results.scroll_to_row(rows[0])
        self.results_shown.emit()

    def select_all(self) -> None:
        """Select every result. Rows are read a page at a time as the list scrolls, and a view's
        Select All takes only those read (400 of 20,000, and a Save then changed 400): the rest
        are read first, off the GUI thread, the status saying how far it got."""
        self._selecting_all = True
        self._continue_select_all()

    def _continue_select_all(self) -> None:
        if not self._selecting_all:
            return
        if self.model.canFetchMore():
            self.model.fetchMore()
        if self.model.fetching:  # the page comes back through page_done
            total = self.model.result.total if self.model.result else 0
            self.window.show_status(
                translate("Searching", "Selecting all {total} results… {read} read").format(
                    total=local_number(total), read=local_number(self.model.rowCount())
                )
            )
            return
        self._selecting_all = False
        self.table.selectAll()
        count = self.model.rowCount()  # every row: none is left to read
        self.window.show_status(translate("Searching", "%Ln selected", None, count))

    def _stop_select_all(self) -> None:
        self._selecting_all = False

    def selected_paths(self) -> list[str]:
        """The selected items, in row order. Read from the selection's ranges: Qt's list of selected
        rows makes an index for every row (half a second for 20,000)."""
        spans = self.table.selectionModel().selection()
        rows = sorted({row for span in spans for row in range(span.top(), span.bottom() + 1)})
        return [hit.path for hit in map(self.model.hit, rows) if hit is not None]

    def _fetch_page(self, generation: int, offset: int) -> None:
        collection = self.window.collection
        if collection is None:
            return
        query, read = self.model.query, self._reader(self.pages)
        total = self.model.result.total if self.model.result is not None else 0
        self.pages.run(
            lambda: next_page(read(), query, offset, total),
            lambda hits: self.model.add_page(generation, offset, self.window.scope.rows_of(hits)),
            lambda _: self.model.add_page(generation, offset, None),
        )

    def _fetch_passages(self, generation: int, query: str, paths: list[str]) -> None:
        """Work out the snippets of the rows on screen now (not of those scrolled past)."""
        collection = self.window.collection
        if collection is None:
            return
        first, last = self.results.shown_rows()
        rows = {path: self.model.row_of(path) for path in paths}
        shown = [path for path, row in rows.items() if row is not None and first <= row <= last]
        self.model.not_fetched([path for path in paths if path not in shown])
        if not shown:
            return
        base, owners = self.window.index_base, {path: self.window.scope.owner_of(path) for path in shown}
        roots = {path: (owner.root, relative) for path, (owner, relative) in owners.items()}

        def work() -> dict:
            return {
                path: self.snippet_jobs.collection(root, base).passage(query, relative)
                for path, (root, relative) in roots.items()
            }

        self.snippet_jobs.run(work, lambda passages: self.model.add_passages(generation, passages), lambda _: None)

    def wait(self) -> None:
        self.snippet_jobs.wait()
        self.pages.wait()
        self.results.thumbnails.wait()


def _searched(collection: Collection | CollectionSet, query: Query) -> SearchResult | Exception:
    """The first page of ``query``'s results, or what stopped the search (any thread, with that
    thread's own Collection)."""
    try:
        return first_page(collection, query)
    except Exception as error:
        return error
