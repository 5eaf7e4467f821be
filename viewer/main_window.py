"""The main window: search field, facets, results, and the Preview / Metadata / Cite tabs.

It only arranges widgets and passes what a person does to archive.Collection; the core decides
everything. Long work (indexing, saving edits, formatting citations) runs off the GUI thread.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QSettings, QStringListModel, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication, QCompleter, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QInputDialog, QLabel, QLineEdit,
    QMainWindow, QMenu, QMessageBox, QProgressBar, QPushButton, QSplitter, QTableWidget,
    QTableWidgetItem, QTabWidget, QToolButton, QVBoxLayout, QWidget,
)

from archive import ArchiveError, Collection, IndexReport
from archive.edits import EditPlan
from archive.errors import QueryError
from archive.saved_searches import SavedSearch
from resources import ICON

from .message_bar import MessageBar
from .models import COLUMNS, PathRole, Query, ResultsModel, first_page, next_page
from .help import SHORTCUTS_HELP, SYNTAX_HELP, about_text
from .opening import open_in_desktop
from .panels.cite import CitePanel
from .panels.duplicates import DuplicatesDialog
from .panels.facets import FacetPanel
from .panels.metadata import MetadataPanel
from .panels.saved import SavedSearchesPanel
from .panels.timeline import Timeline
from .plain import plain_label, tip
from .preview import PreviewPane
from .results_view import ResultsView
from .tasks import BackgroundJobs, IndexTask
from .theme import THEMES, apply_theme

HISTORY_SIZE = 50
RECENT_SIZE = 8
RESCAN_AFTER_SECONDS = 30
SEARCH_DELAY_MS = 300
REFRESH_WHILE_INDEXING_MS = 1000
QUERY_ERROR_COLOUR = "#b00020"
#: A selection of at least this many items has its records read for the form off the GUI thread
#: (20,000 selected items took 0.6 s on it).
FORM_IN_BACKGROUND_FROM = 1000


class MainWindow(QMainWindow):
    def __init__(self, settings: QSettings, index_base: Path | None = None) -> None:
        super().__init__()
        self.settings = settings
        self.index_base = index_base
        self.collection: Collection | None = None
        self.index_task: IndexTask | None = None
        self.last_report: IndexReport | None = None
        self._last_scan = 0.0
        self._shown_path: str | None = None
        self._form_paths: list[str] = []  # the items the form shows, or is reading the records of
        self._shown_query = ""  # the query whose hits the preview marks
        self._search_generation = 0  # bumped by every search a person starts
        self._seen_generation = -1  # the index generation last shown
        self._indexed = (0, 0)  # (files read, files to read) of the index run under way
        self._query_error = False  # the count label shows why the query was not understood
        self.jobs = BackgroundJobs(self)  # catalog writes, one at a time
        self.snippet_jobs = BackgroundJobs(self)  # the result list's snippets, read off the GUI thread
        self.pages = BackgroundJobs(self)  # the result list's further pages
        self.sort: tuple[str, bool] = ("relevance", False)  # (what the core sorts by, descending)
        self.formatter = BackgroundJobs(self)  # pandoc, never in the GUI thread
        self.setWindowTitle("Archive viewer")
        self.setWindowIcon(QIcon(str(ICON)))
        self.setAcceptDrops(True)
        self._build_widgets()
        self._build_menus()
        self._build_status_bar()
        self._restore_settings()

    # -- building --------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.search_field = QLineEdit()
        self.search_field.setObjectName("search_field")
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setPlaceholderText('Search: words, "a phrase", title:…, creator:…, date:[1950 TO 1960]   (Ctrl+F)')
        self.history = QStringListModel(self)
        completer = QCompleter(self.history, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search_field.setCompleter(completer)
        self.search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.run_search)
        self.search_field.textEdited.connect(lambda _: self.search_timer.start())
        self.search_field.returnPressed.connect(self._search_now)
        help_button = QToolButton()
        help_button.setText("?")
        help_button.setToolTip("Search syntax")
        help_button.clicked.connect(lambda: QMessageBox.information(self, "Search syntax", SYNTAX_HELP))

        self.facets = FacetPanel()
        self.facets.filters_changed.connect(lambda _: self.run_search())
        self.timeline = Timeline()
        self.timeline.range_changed.connect(lambda _: self.run_search())
        self.timeline.hide()  # until a search shows dated items

        self.model = ResultsModel(self)
        self.model.passages_wanted.connect(self._fetch_passages)
        self.model.page_wanted.connect(self._fetch_page)
        self._selecting_all = False  # Select All waits for the rows not read yet
        self.model.page_done.connect(self._continue_select_all)
        self.model.modelReset.connect(self._stop_select_all)
        self.results = ResultsView(self.model)
        self.results.activated.connect(self.open_externally)
        self.results.menu_requested.connect(self._item_menu)
        self.table = self.results.table
        header = self.table.horizontalHeader()
        # Sorting is the window's: a click on a header sorts by that column (again: the other way),
        # and relevance is chosen from the View menu or the header's menu; the arrow always
        # matches the rows, and none shows for relevance.
        header.sectionClicked.connect(self._sort_by_column)
        header.customContextMenuRequested.connect(self._column_menu)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.search_field.installEventFilter(self)
        for view in (self.table, self.results.grid):
            view.installEventFilter(self)
        self.count_label = plain_label()
        self.count_label.setObjectName("count_label")
        self.count_label.setWordWrap(True)

        self.message_bar = MessageBar()
        self.preview = PreviewPane()
        self.preview.open_failed.connect(self.message_bar.show_error)
        self.metadata = MetadataPanel()
        self.metadata.save_requested.connect(self.save_edits)
        self.cite = CitePanel(self.formatter.run)
        self.cite.message.connect(self.show_status)
        self.cite.failed.connect(self.message_bar.show_error)
        self.cite.style_changed.connect(self._remember_style)
        self.cite_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.cite_timer.timeout.connect(lambda: self.cite.show_items(self.collection, self.selected_paths()))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.preview, "Preview")
        self.tabs.addTab(self.metadata, "Metadata")
        self.tabs.addTab(self.cite, "Cite")

        search_row = QHBoxLayout()
        search_row.addWidget(self.search_field, 1)
        search_row.addWidget(help_button)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.results, 1)
        count_row = QHBoxLayout()
        count_row.addWidget(self.count_label, 1)
        self.clear_filters_button = QToolButton()
        self.clear_filters_button.setObjectName("clear_filters")
        self.clear_filters_button.setText("Clear filters")
        self.clear_filters_button.setToolTip("Show every result of the words typed: no facet value, no years")
        self.clear_filters_button.clicked.connect(self.clear_filters)
        self.clear_filters_button.hide()
        count_row.addWidget(self.clear_filters_button, 0, Qt.AlignmentFlag.AlignTop)
        middle_layout.addLayout(count_row)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main_splitter")
        self.saved = SavedSearchesPanel()
        self.saved.run_requested.connect(self.run_saved_search)
        self.saved.forget_requested.connect(self._forget_saved_search)
        self.side_pane = QWidget()
        side_layout = QVBoxLayout(self.side_pane)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(2)
        side_layout.addWidget(self.saved)
        side_layout.addWidget(self.timeline)
        side_layout.addWidget(self.facets, 1)
        self.splitter.addWidget(self.side_pane)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 4)
        self.splitter.setSizes([170, 700, 410])
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addLayout(search_row)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)


    def _item_menu(self, position) -> None:
        """Right-click on a result: what can be done with it (or with the selection)."""
        if not self.selected_paths():
            return
        menu = QMenu(self)
        for text, slot in (
            ("&Open", self.open_externally), ("Show in &Folder", self.show_in_folder), ("Copy &Path", self.copy_paths),
            ("Copy &Citation", self.copy_citation), (None, None), ("&Edit Metadata", self.edit_metadata),
            ("C&ite Selection", lambda: self.tabs.setCurrentWidget(self.cite)), ("E&xport Selection…", self.export_selection),
        ):
            if text is None:
                menu.addSeparator()
            else:
                menu.addAction(text).triggered.connect(slot)
        menu.exec(position)

    def eventFilter(self, watched, event) -> bool:
        """Down from the search field goes to the results (unless the history list is open);
        Select All in the results selects every result, not only the rows read so far."""
        if (watched in (self.table, self.results.grid) and event.type() == event.Type.KeyPress
                and event.matches(QKeySequence.StandardKey.SelectAll)):
            self.select_all()
            return True
        if (watched is self.search_field and event.type() == event.Type.KeyPress and event.key() == Qt.Key.Key_Down
                and not self.search_field.completer().popup().isVisible() and self.model.rowCount()):
            self.results.current().setFocus()
            if not self.selected_paths():
                self.results.select_row(0)
            return True
        return super().eventFilter(watched, event)

    def _column_menu(self, position) -> None:
        """Right-click on the header: sort by relevance, show or hide columns."""
        menu = QMenu(self)
        relevance = menu.addAction("Sort by Relevance")
        relevance.triggered.connect(lambda: self.set_sort("relevance", False))
        menu.addSeparator()
        for column in range(1, self.model.columnCount()):
            action = menu.addAction(self.model.headerData(column, Qt.Orientation.Horizontal))
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(column))
            action.toggled.connect(lambda shown, c=column: self.table.setColumnHidden(c, not shown))
        menu.exec(self.table.horizontalHeader().mapToGlobal(position))

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self._add_action(file_menu, "&Open Collection…", QKeySequence.StandardKey.Open, self.choose_collection)
        self.recent_menu = file_menu.addMenu("Open &Recent")
        file_menu.addSeparator()
        self._add_action(file_menu, "Re-&index", QKeySequence("F5"), self.start_indexing)
        self.watch_action = self._add_action(file_menu, "&Watch for Changes", None, None)
        self.watch_action.setCheckable(True)
        self.watch_action.setToolTip("Look for new and changed files whenever the window comes back to the front")
        self._add_action(file_menu, "Indexing &Problems…", None, self.show_problems)
        file_menu.addSeparator()
        self._add_action(file_menu, "&Quit", QKeySequence.StandardKey.Quit, self.close)
        item_menu = self.menuBar().addMenu("&Item")
        self._add_action(item_menu, "&Open Externally", None, self.open_externally)
        self._add_action(item_menu, "Show in &Folder", None, self.show_in_folder)
        self._add_action(item_menu, "&Copy Citation", QKeySequence("Ctrl+Shift+C"), self.copy_citation)
        self._add_action(item_menu, "&Save Metadata", QKeySequence.StandardKey.Save, self.metadata.save)
        self._add_action(item_menu, "&Undo Last Save", QKeySequence.StandardKey.Undo, self.undo)
        view_menu = self.menuBar().addMenu("&View")
        rows = QActionGroup(self)
        self.mode_actions: dict[str, QAction] = {}
        for mode, label, keys in (("compact", "&Compact Rows", "Ctrl+1"), ("snippets", "Rows with &Snippets", "Ctrl+2"),
                                  ("grid", "&Grid of Thumbnails", "Ctrl+3")):
            action = self._add_action(view_menu, label, QKeySequence(keys), lambda _=False, m=mode: self.set_view_mode(m))
            action.setCheckable(True)
            rows.addAction(action)
            self.mode_actions[mode] = action
        view_menu.addSeparator()
        sort_menu = view_menu.addMenu("Sort &By")
        sorts = QActionGroup(self)
        self.sort_actions: dict[str, QAction] = {}
        for label, key in (("Relevance", "relevance"), *COLUMNS):
            action = self._add_action(sort_menu, label, None, lambda _=False, k=key: self.set_sort(k, self.sort[1] if k != "relevance" else False))
            action.setCheckable(True)
            sorts.addAction(action)
            self.sort_actions[key] = action
        sort_menu.addSeparator()
        self.descending_action = self._add_action(sort_menu, "&Descending", None, None)
        self.descending_action.setCheckable(True)
        self.descending_action.toggled.connect(lambda on: self.set_sort(self.sort[0], on) if on != self.sort[1] else None)
        self.facets_action = self._add_action(view_menu, "&Facets Pane", QKeySequence("F9"),
                                              lambda: self.side_pane.setVisible(self.facets_action.isChecked()))
        self.facets_action.setCheckable(True)
        self.facets_action.setChecked(True)
        theme_menu = view_menu.addMenu("&Theme")
        themes = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for name, label in THEMES.items():
            action = self._add_action(theme_menu, label, None, lambda _=False, n=name: self.set_theme(n))
            action.setCheckable(True)
            themes.addAction(action)
            self.theme_actions[name] = action
        search_menu = self.menuBar().addMenu("&Search")
        self._add_action(search_menu, "&Find", QKeySequence.StandardKey.Find, self.focus_search)
        focus_l = QShortcut(QKeySequence("Ctrl+L"), self)
        focus_l.activated.connect(self.focus_search)
        self._add_action(search_menu, "Clear &Filters", None, self.clear_filters)
        search_menu.addSeparator()
        self._add_action(search_menu, "&Save Search…", QKeySequence("Ctrl+Shift+S"), self.save_search)
        self._add_action(search_menu, "Find &Duplicates…", None, self.find_duplicates)
        self.saved_menu = search_menu.addMenu("Saved Searc&hes")
        help_menu = self.menuBar().addMenu("&Help")
        self._add_action(help_menu, "Search &Syntax", QKeySequence.StandardKey.HelpContents,
                         lambda: QMessageBox.information(self, "Search syntax", SYNTAX_HELP))
        self._add_action(help_menu, "&Keyboard Shortcuts", None,
                         lambda: QMessageBox.information(self, "Keyboard shortcuts", SHORTCUTS_HELP))
        self._add_action(help_menu, "&About Archive Viewer", None, self.show_about)

    def _add_action(self, menu, text: str, shortcut, slot) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        if slot is not None:
            action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.collection_label = plain_label()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.setFormat("%v / %m files")
        self.progress.hide()
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setToolTip("Stop indexing; what is done so far is kept")
        self.cancel_button.clicked.connect(self.cancel_indexing)
        self.cancel_button.hide()
        self.problems_button = QPushButton("")
        self.problems_button.setFlat(True)
        self.problems_button.clicked.connect(self.show_problems)
        self.problems_button.hide()
        bar.addPermanentWidget(self.problems_button)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)
        bar.addPermanentWidget(self.collection_label)
        self.refresh_timer = QTimer(self, interval=REFRESH_WHILE_INDEXING_MS)
        self.refresh_timer.timeout.connect(self._refresh_results)

    # -- collections -----------------------------------------------------------------------

    def open_collection(self, folder: str | Path) -> bool:
        """Open (and start bringing up to date) the collection in ``folder``; keep the current one
        and say why if it cannot be opened."""
        self.flush_edits()
        try:
            collection = Collection.open(folder, self.index_base, create=True)
        except ArchiveError as error:
            self.message_bar.show_error(f"Cannot open {folder}: {error}")
            return False
        except OSError as error:
            self.message_bar.show_error(f"Cannot open {folder}: {error.strerror or error}")
            return False
        self.cancel_indexing()
        if self.index_task is not None:
            self.index_task.wait()
        self.model.run(None, Query())
        if self.collection is not None:
            self.collection.close()
        self.collection = collection
        self.results.thumbnails.set_collection(collection)
        self.setWindowTitle(f"{collection.name} — Archive viewer")
        self.collection_label.setText(str(collection.root))
        self._remember_recent(str(collection.root))
        self.facets.filters = {}
        self.timeline.set_range(None, announce=False)
        self._show_saved_searches()
        self.run_search()
        self.start_indexing()
        return True

    def choose_collection(self) -> None:
        start = str(self.collection.root.parent) if self.collection else str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, "Open collection folder", start)
        if folder:
            self.open_collection(folder)

    def _remember_recent(self, folder: str) -> None:
        recent = [folder] + [f for f in self._recent() if f != folder]
        self.settings.setValue("recent", recent[:RECENT_SIZE])
        self.settings.setValue("last_collection", folder)
        self.recent_menu.clear()
        for path in recent[:RECENT_SIZE]:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _=False, p=path: self.open_collection(p))

    def _recent(self) -> list[str]:
        value = self.settings.value("recent", [])
        return [value] if isinstance(value, str) else list(value or [])

    def dragEnterEvent(self, event) -> None:
        if any(Path(url.toLocalFile()).is_dir() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        folders = [url.toLocalFile() for url in event.mimeData().urls() if Path(url.toLocalFile()).is_dir()]
        if folders:
            self.open_collection(folders[0])

    # -- indexing --------------------------------------------------------------------------

    def start_indexing(self) -> None:
        if self.collection is None or (self.index_task is not None and self.index_task.isRunning()):
            return
        self._last_scan = time.monotonic()
        task = IndexTask(self.collection.root, self.index_base, self)
        task.progress.connect(self._indexing_progress)
        task.finished_run.connect(self._indexing_finished)
        task.failed.connect(self._indexing_failed)
        task.finished.connect(self._indexing_stopped)
        self.index_task = task
        self._indexed = (0, 0)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.refresh_timer.start()
        self.show_status("Looking for new and changed files…", 0)
        task.start()

    def cancel_indexing(self) -> None:
        if self.index_task is not None and self.index_task.isRunning():
            self.index_task.cancel()
            self.show_status("Stopping after the files in progress…", 0)

    def _indexing_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self._indexed = (done, total)
        self._update_empty_state()

    def _indexing(self) -> bool:
        return self.index_task is not None and self.index_task.isRunning()

    def _empty_list_text(self) -> str:
        """What an empty result list means: nothing matches, or nothing is indexed yet."""
        if self._indexing():
            done, total = self._indexed
            reading = f"{done:,} of {total:,} files read" if total else "looking for files"
            return f"Indexing… {reading}. Items appear here as they are indexed."
        return "No items match."

    def _indexing_finished(self, report: IndexReport) -> None:
        self.last_report = report
        if report.added or report.updated:  # a changed picture's thumbnail is made again
            self.results.thumbnails.set_collection(self.collection)
        verb = "Indexing cancelled" if report.cancelled else "Index up to date"
        self.show_status(f"{verb}: {report.counts()} ({report.seconds:.1f} s)")
        if not self.metadata.changes():
            self.run_search()

    def _indexing_failed(self, message: str) -> None:
        self.message_bar.show_error(f"Indexing stopped: {message}. The list shows what is already indexed.")

    def _indexing_stopped(self) -> None:
        self.refresh_timer.stop()
        self.progress.hide()
        self.cancel_button.hide()
        self._update_problems()
        self._update_empty_state()

    def _update_empty_state(self) -> None:
        """The count and an empty list's message follow the index run (unless a query error shows)."""
        if self.model.result is not None and not self._query_error:
            self._show_count(self.model.result)
        if not self.model.rowCount():
            self.preview.show_message(self._empty_list_text(), None)

    def _update_problems(self) -> None:
        count = len(self._problems())
        self.problems_button.setText(f"⚠ {count} problem{'s' if count != 1 else ''}")
        self.problems_button.setVisible(count > 0)

    def _problems(self) -> dict[str, str]:
        """Files that could not be read, and edits whose file is gone, with what happened."""
        problems = dict(self.collection.failures()) if self.collection else {}
        if self.last_report is not None:
            problems.update({failure.path: failure.error for failure in self.last_report.failed})
        for path, edits in (self.collection.orphans() if self.collection else {}).items():
            problems[path] = f"gone from the folder; your edits ({', '.join(edits)}) are kept until it comes back"
        return problems

    def show_problems(self) -> None:
        problems = sorted(self._problems().items())
        dialog = QDialog(self)
        dialog.setWindowTitle("Problems")
        table = QTableWidget(len(problems), 2, dialog)
        table.setHorizontalHeaderLabels(["File", "What happened"])
        for row, (path, reason) in enumerate(problems):
            table.setItem(row, 0, QTableWidgetItem(path))
            table.setItem(row, 1, QTableWidgetItem(reason))
        table.horizontalHeader().setStretchLastSection(True)
        table.resizeColumnToContents(0)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(dialog)
        summary = QLabel(f"{len(problems)} file{'s' if len(problems) != 1 else ''} need{'s' if len(problems) == 1 else ''} "
                         "a look: those that could not be read completely are still listed by name; the edits of those "
                         "that are gone are kept." if problems else
                         "No problems: every file was read, and no edits are waiting for a file that is gone.")
        summary.setObjectName("problems_summary")
        summary.setWordWrap(True)
        layout.addWidget(summary)
        layout.addWidget(table)
        table.setVisible(bool(problems))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        dialog.resize(760, 360 if problems else 140)
        self.problems_dialog = dialog
        dialog.exec()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if (event.type() == event.Type.ActivationChange and self.isActiveWindow() and self.watch_action.isChecked()
                and time.monotonic() - self._last_scan > RESCAN_AFTER_SECONDS):
            self.start_indexing()

    # -- searching -------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    def _search_now(self) -> None:
        self.search_timer.stop()
        text = self.search_field.text().strip()
        if text.startswith("@") and len(text) > 1:  # a saved search, as on the command line
            self.run_saved_search(text[1:])
            return
        if text:
            history = [text] + [h for h in self.history.stringList() if h != text]
            self.history.setStringList(history[:HISTORY_SIZE])
        self.run_search()

    def current_query(self) -> Query:
        return Query(self.search_field.text().strip() or "*", dict(self.facets.filters), *self.sort, years=self.timeline.chosen)

    def save_search(self) -> None:
        """Keep the current search — words, facet values, years, order — under a name."""
        if self.collection is None:
            return
        query = self.current_query()
        name, chosen = QInputDialog.getText(self, "Save Search", f"Name for the search {query.text!r}:")
        if not chosen or not name.strip():
            return
        years = query.years or (None, None)
        try:
            self.collection.saved_searches.save(SavedSearch(
                name.strip(), query.text, dict(query.filters), query.sort, query.reverse,
                str(years[0]) if years[0] else None, str(years[1]) if years[1] else None))
        except (ArchiveError, OSError) as error:
            self.message_bar.show_error(f"The search was not saved: {error}")
            return
        self._show_saved_searches()
        self.show_status(f"Saved as @{name.strip()} (also: archive search @{name.strip()!r})")

    def run_saved_search(self, name: str) -> None:
        """Show a saved search's results: its words, facet values, years and order."""
        if self.collection is None:
            return
        try:
            saved = self.collection.saved_searches.get(name)
        except ArchiveError as error:
            self.message_bar.show_error(str(error))
            return
        self.search_field.setText("" if saved.query == "*" else saved.query)
        self.facets.filters = dict(saved.filters)
        years = (saved.date_from, saved.date_to)
        self.timeline.set_range((int(years[0][:4]), int(years[1][:4])) if all(years) else None, announce=False)
        self.sort = (saved.sort, saved.reverse)
        self._show_sort()
        self.run_search()

    def _show_saved_searches(self) -> None:
        names = [search.name for search in self.collection.saved_searches.all()] if self.collection else []
        self.saved.show_names(names)
        self.saved_menu.clear()
        for name in names:
            self.saved_menu.addAction(name).triggered.connect(lambda _=False, n=name: self.run_saved_search(n))
        self.saved_menu.setEnabled(bool(names))

    def _forget_saved_search(self, name: str) -> None:
        if self.collection is None:
            return
        try:
            self.collection.saved_searches.remove(name)
        except (ArchiveError, OSError) as error:
            self.message_bar.show_error(f"The saved search {name!r} was not removed: {error}")
        self._show_saved_searches()

    def find_duplicates(self) -> None:
        """Identical files and near copies, worked out off the GUI thread, then shown side by side."""
        if self.collection is None:
            return
        root, base = self.collection.root, self.index_base
        self.show_status("Looking for duplicates…", 0)
        self.jobs.run(lambda: self.jobs.collection(root, base).duplicates(near=True), self._show_duplicates,
                      lambda error: self.message_bar.show_error(f"Could not look for duplicates: {error}"))

    def _show_duplicates(self, groups) -> None:
        self.show_status(f"{len(groups)} group{'s' if len(groups) != 1 else ''} of duplicates")
        if self.collection is not None:
            self.duplicates_dialog = DuplicatesDialog(self.collection, groups, self)
            self.duplicates_dialog.show()

    def clear_filters(self) -> None:
        """Every facet value and the timeline's years let go: the whole result of the words."""
        self.timeline.set_range(None, announce=False)
        self.facets.clear_filters()

    # -- sorting and rows ------------------------------------------------------------------

    def _sort_by_column(self, column: int) -> None:
        key = COLUMNS[column][1]
        self.set_sort(key, not self.sort[1] if self.sort[0] == key else False)

    def set_sort(self, key: str, descending: bool) -> None:
        """Sort the results by ``key`` ('relevance' or a column's), remembered across restarts."""
        self.sort = (key, descending and key != "relevance")
        self.settings.setValue("sort/key", key)
        self.settings.setValue("sort/descending", self.sort[1])
        self._show_sort()
        self.run_search()

    def _show_sort(self) -> None:
        """The header's arrow and the View menu say what the rows are sorted by."""
        key, descending = self.sort
        columns = [column for column, (_, sorts_by) in enumerate(COLUMNS) if sorts_by == key]
        header = self.table.horizontalHeader()
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(columns[0] if columns else -1, order)
        if key in self.sort_actions:
            self.sort_actions[key].setChecked(True)
        self.descending_action.blockSignals(True)
        self.descending_action.setChecked(descending)
        self.descending_action.setEnabled(key != "relevance")
        self.descending_action.blockSignals(False)

    def set_theme(self, name: str) -> None:
        """Light, dark or the desktop's look, for the whole application; remembered."""
        applied = apply_theme(name)
        self.theme_actions[applied].setChecked(True)
        self.settings.setValue("view/theme", applied)

    def set_view_mode(self, mode: str) -> None:
        """Compact rows, rows with the snippet under the title, or a grid of thumbnails; remembered."""
        self.results.set_mode(mode)
        self.settings.setValue("results/mode", self.results.mode)
        self.mode_actions[self.results.mode].setChecked(True)

    def _fetch_page(self, generation: int, offset: int) -> None:
        if self.collection is None:
            return
        root, base, query = self.collection.root, self.index_base, self.model.query
        total = self.model.result.total if self.model.result is not None else 0
        self.pages.run(lambda: next_page(self.pages.collection(root, base), query, offset, total),
                       lambda hits: self.model.add_page(generation, offset, hits),
                       lambda _: self.model.add_page(generation, offset, None))

    def _fetch_passages(self, generation: int, query: str, paths: list[str]) -> None:
        """Work out the snippets of the rows on screen now (not of those scrolled past)."""
        if self.collection is None:
            return
        first, last = self.results.shown_rows()
        rows = {path: self.model.row_of(path) for path in paths}
        shown = [path for path, row in rows.items() if row is not None and first <= row <= last]
        self.model.not_fetched([path for path in paths if path not in shown])
        if not shown:
            return
        root, base = self.collection.root, self.index_base

        def work() -> dict:
            collection = self.snippet_jobs.collection(root, base)
            return {path: collection.passage(query, path) for path in shown}

        self.snippet_jobs.run(work, lambda passages: self.model.add_passages(generation, passages), lambda _: None)

    def run_search(self) -> None:
        self.search_timer.stop()
        if self.collection is None or self.search_field.text().strip().startswith("@"):
            return  # a saved search's name being typed: it runs on Enter
        self._search_generation += 1
        query = self.current_query()
        try:
            result = first_page(self.collection, query)
        except QueryError as error:  # the last good results stay; the message takes the count's place
            self._query_error = True
            self.count_label.setStyleSheet(f"color: {QUERY_ERROR_COLOUR};")
            self.count_label.setText(f"Cannot search: {error}")
            self.count_label.setToolTip(tip(str(error)))
            return
        except ArchiveError as error:
            self.show_status(str(error))
            return
        except Exception as error:  # e.g. the index folder vanished: say so, keep the window
            self.show_status(f"Search failed: {error}")
            return
        self._show_result(query, result)

    def _show_result(self, query: Query, result) -> None:
        selected = self.selected_paths()
        self.model.show(self.collection, query, result)
        self.facets.show_counts(result.facets)
        self.timeline.show_counts(result.timeline)
        self._show_count(result)
        self._reselect(selected)

    def _show_count(self, result) -> None:
        self._query_error = False
        self.count_label.setStyleSheet("")
        self.count_label.setToolTip("")
        at_least = "at least " if result.partial else ""
        so_far = ""
        if self._indexing():
            done, total = self._indexed
            so_far = f" so far — indexing, {done:,} of {total:,} files read" if total else " so far — indexing"
        # What narrows the results is always said: "0 results in 5 ms, with 2 filters — Year: 2022, Language: English".
        filters = self.facets.described() + ([f"Years: {self.timeline.chosen[0]}–{self.timeline.chosen[1]}"]
                                             if self.timeline.chosen else [])
        narrowed = f", with {len(filters)} filter{'s' if len(filters) != 1 else ''} — {', '.join(filters)}" if filters else ""
        self.clear_filters_button.setVisible(bool(filters))
        self.count_label.setText(f"{at_least}{result.total:,} result{'s' if result.total != 1 else ''} in "
                                 f"{result.took_ms:.0f} ms{narrowed}" + so_far + "".join(f" — {notice}" for notice in result.notices))

    def _refresh_results(self) -> None:
        """Show what the indexer has committed, searching on the background thread so the window
        never waits; a search the person starts meanwhile wins over this one."""
        if self.collection is None or self.metadata.changes() or self.collection.ix is None:
            return
        generation = self.collection.ix.latest_generation()
        if generation == self._seen_generation:
            return
        self._seen_generation = generation
        query, started_at = self.current_query(), self._search_generation
        root, base = self.collection.root, self.index_base

        def show(result) -> None:
            if started_at == self._search_generation and self.collection is not None and self.collection.root == root:
                self._show_result(query, result)

        self.jobs.run(lambda: first_page(self.jobs.collection(root, base), query), show, lambda _: None)

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
            for row in rows:
                selection.select(self.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
            if rows:
                selection.setCurrentIndex(self.model.index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate)
        finally:
            selection.blockSignals(False)
        self.results.current().viewport().update()
        if rows:
            self.results.scroll_to_row(rows[0])
        self._selection_changed()

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
            self.show_status(f"Selecting all {total:,} results… {self.model.rowCount():,} read")
            return
        self._selecting_all = False
        self.table.selectAll()
        self.show_status(f"{self.model.rowCount():,} selected")  # every row: none is left to read

    def _stop_select_all(self) -> None:
        self._selecting_all = False

    def selected_paths(self) -> list[str]:
        """The selected items, in row order. Read from the selection's ranges: Qt's list of selected
        rows makes an index for every row (half a second for 20,000)."""
        spans = self.table.selectionModel().selection()
        rows = sorted({row for span in spans for row in range(span.top(), span.bottom() + 1)})
        return [hit.path for hit in map(self.model.hit, rows) if hit is not None]

    # -- the selected item -----------------------------------------------------------------

    def _selection_changed(self) -> None:
        if not self.model.rowCount():
            self.flush_edits()
            self._show_item(None)
            return
        current = self.table.currentIndex()
        path = self.model.data(self.model.index(current.row(), 0), PathRole) if current.isValid() else None
        selected = self.selected_paths()
        if path not in selected:
            path = selected[0] if selected else None
        if path != self._shown_path:
            self.flush_edits()
            self._show_item(path)
        elif path is not None and self.model.query.text != self._shown_query:
            self._show_item(path, form=False)  # the same item for another query: its hits, not its form, change
        if path is not None and set(selected) != set(self._form_paths):
            self.flush_edits()
            self._show_form(selected)  # more or fewer items selected: the form edits them all
        self.cite_timer.start()

    def _show_form(self, paths: list[str]) -> None:
        """The form for the items ``paths``, with the history of their changes; for many items
        read off the GUI thread, the form empty (nothing to type into) until they are read."""
        if self.collection is None:
            return
        self._form_paths = paths
        if len(paths) < FORM_IN_BACKGROUND_FROM:
            self.metadata.show_records(*_form_records(self.collection, paths))
            return
        self.metadata.show_records([])
        self.metadata.status.setText(f"Reading the records of {len(paths):,} items…")
        root, base = self.collection.root, self.index_base

        def show(loaded: tuple[list, list]) -> None:
            if self._form_paths is paths:  # still the selection
                self.metadata.show_records(*loaded)

        self.jobs.run(lambda: _form_records(self.jobs.collection(root, base), paths), show,
                      lambda error: self.message_bar.show_error(f"Could not read the selected items: {error}"))

    def _show_item(self, path: str | None, form: bool = True) -> None:
        self._shown_path, self._shown_query = path, self.model.query.text
        if path is None or self.collection is None:
            self._form_paths = []
            self.metadata.show_record(None)
            self.preview.show_message("Nothing selected." if self.model.rowCount() else self._empty_list_text(), None)
            return
        try:
            record = self.collection.record(path)
        except ArchiveError as error:
            self.show_status(str(error))
            return
        chosen = self.selected_paths() or [path]
        if form and set(chosen) != set(self._form_paths):
            self._show_form(chosen)
        passage = self.model.passage(path) if record.format == "application/pdf" else None
        self.preview.show_item(self.collection, record, self.model.query.text, passage)

    def flush_edits(self) -> None:
        """Save what a person typed before the form shows something else: nothing is lost."""
        if self.metadata.changes():
            self.metadata.save()

    def save_edits(self, paths: list[str], values: dict, unset: list) -> None:
        """Save the form's changes to ``paths`` (one Save, one transaction, one Undo)."""
        if self.collection is None:
            return
        root, base = self.collection.root, self.index_base
        self.jobs.run(
            lambda: self.jobs.collection(root, base).edit_many(paths, EditPlan.of(values, unset), source="viewer"),
            lambda report: self._saved(paths, report),
            lambda error: self._save_failed(paths, error),
        )

    def _saved(self, paths: list[str], report) -> None:
        self.show_status(f"Saved {report.changed} item{'s' if report.changed != 1 else ''}" if report.changed else "Nothing changed")
        if report.warning:
            self.message_bar.show_error(report.warning[0].upper() + report.warning[1:] + ".")
        if set(paths) == set(self.metadata.paths):
            self._show_form(paths)
            self.metadata.status.setText("Saved")
        self.run_search()

    def _save_failed(self, paths: list[str], error: str) -> None:
        # The form keeps what was typed; nothing is lost.
        self.metadata.status.setText("Not saved")
        which = paths[0] if len(paths) == 1 else f"{len(paths)} items"
        self.message_bar.show_error(f"Your changes to {which} were not saved: {error}. They are still in the form; "
                                    "save again when the problem is solved.")

    def undo(self) -> None:
        """Take back the last save made in the viewer (all its items), kept in the history."""
        if self.collection is None:
            return
        self.flush_edits()
        root, base = self.collection.root, self.index_base
        self.jobs.run(lambda: self.jobs.collection(root, base).undo("viewer"), self._undone,
                      lambda error: self.message_bar.show_error(f"Could not undo: {error}"))

    def _undone(self, paths: list[str]) -> None:
        count = len(paths)
        self.show_status(f"Undid the last save ({count} item{'s' if count != 1 else ''})" if paths else "Nothing to undo")
        if paths:
            self._show_form(self.metadata.paths)
            self.run_search()

    def open_externally(self) -> None:
        if self.collection and self._shown_path:
            self._report(open_in_desktop(self.collection.file_path(self._shown_path)))

    def show_in_folder(self) -> None:
        if self.collection and self._shown_path:
            self._report(open_in_desktop(self.collection.file_path(self._shown_path).parent, "folder"))

    def _report(self, problem: str | None) -> None:
        if problem:
            self.message_bar.show_error(problem)

    def copy_paths(self) -> None:
        if self.collection is not None:
            paths = [str(self.collection.file_path(path)) for path in self.selected_paths()]
            QApplication.clipboard().setText("\n".join(paths))
            self.show_status(f"Copied {len(paths)} path{'s' if len(paths) != 1 else ''}")

    def edit_metadata(self) -> None:
        self.tabs.setCurrentWidget(self.metadata)
        self.metadata.setFocus()
        self.metadata.focusNextChild()

    def export_selection(self) -> None:
        paths = self.selected_paths()
        if self.collection is None or not paths:
            return
        choices = {"CSV, for spreadsheets (*.csv)": "csv", "JSON Lines (*.jsonl)": "jsonl", "BibTeX (*.bib)": "bibtex",
                   "BibLaTeX (*.bib)": "biblatex", "RIS (*.ris)": "ris", "CSL-JSON (*.json)": "csl-json"}
        target, chosen = QFileDialog.getSaveFileName(self, f"Export {len(paths)} item{'s' if len(paths) != 1 else ''}",
                                                     str(Path.home() / "export.csv"), ";;".join(choices))
        if target:
            self.cite.export_to(self.collection, paths, choices.get(chosen, "csv"), target)

    def show_about(self) -> None:
        QMessageBox.about(self, "About Archive Viewer", about_text(self.collection, self.index_base))

    def copy_citation(self) -> None:
        if self.cite_timer.isActive() or self.cite.paths != self.selected_paths():
            self.cite_timer.stop()
            self.cite.show_items(self.collection, self.selected_paths())
        self.cite.request_copy()

    # -- settings and status ---------------------------------------------------------------

    def show_status(self, text: str, timeout: int = 8000) -> None:
        self.statusBar().showMessage(text, timeout)

    def _remember_style(self, style: str, locale: str) -> None:
        self.settings.setValue("cite/style", style)
        self.settings.setValue("cite/locale", locale)

    def _restore_settings(self) -> None:
        if self.settings.value("geometry") is not None:
            self.restoreGeometry(self.settings.value("geometry"))
        else:
            self.resize(1280, 800)
        if self.settings.value("splitter") is not None:
            self.splitter.restoreState(self.settings.value("splitter"))
        if self.settings.value("columns") is not None:
            self.table.horizontalHeader().restoreState(self.settings.value("columns"))
        key = str(self.settings.value("sort/key", "relevance"))
        self.sort = (key if key in self.sort_actions else "relevance", self.settings.value("sort/descending", False, type=bool))
        self._show_sort()  # after the header's saved state, whose arrow may be an older one
        self.set_view_mode(str(self.settings.value("results/mode", "snippets")))
        self.set_theme(str(self.settings.value("view/theme", "system")))
        history = self.settings.value("history", [])
        self.history.setStringList([history] if isinstance(history, str) else list(history or []))
        self.watch_action.setChecked(self.settings.value("watch", True, type=bool))
        self.cite.set_style(self.settings.value("cite/style", "apa"), self.settings.value("cite/locale", ""))
        for path in self._recent():
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _=False, p=path: self.open_collection(p))

    def closeEvent(self, event) -> None:
        self.flush_edits()
        self.jobs.wait()
        self.cancel_indexing()
        if self.index_task is not None:
            self.index_task.wait(30000)
        self.formatter.wait()
        self.snippet_jobs.wait()
        self.pages.wait()
        self.results.thumbnails.wait()
        self.preview.pdf.wait()
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue("splitter", self.splitter.saveState())
        self.settings.setValue("columns", self.table.horizontalHeader().saveState())
        self.settings.setValue("history", self.history.stringList())
        self.settings.setValue("watch", self.watch_action.isChecked())
        self.model.run(None, Query())
        self.cite.show_items(None, [])
        if self.collection is not None:
            self.collection.close()
            self.collection = None
        super().closeEvent(event)


def _form_records(collection: Collection, paths: list[str]) -> tuple[list, list]:
    """The records of ``paths`` (in their order) and the history of their changes, oldest first."""
    records = collection.catalog.records(paths)
    history = sorted(collection.catalog.history(paths=paths), key=lambda change: (change.at, change.batch))
    return [records[path] for path in paths if path in records], history
