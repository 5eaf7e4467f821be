"""The main window: search field, facets, results, and the Preview / Metadata / Cite tabs.

It composes parts that each own one job — searching and paging the results (searching.py), the
selection and its editing (selection.py), indexing and its progress (indexing.py), saved
searches (saved_searches.py), the menus (menus.py) — wires them together by their signals, and
keeps the settings. The core decides everything; long work runs off the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QIcon, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from archive import ArchiveError, Collection, IndexReport
from resources import ICON

from .accessibility import install_roles, name_qt_parts
from .help import about_text, syntax_help
from .i18n import CITATION_LOCALES, LANGUAGES, SETTING, chosen_language, translate, use_language
from .indexing import Indexing
from .menus import Menus
from .message_bar import MessageBar
from .models import Query
from .panels.duplicates import find_duplicates
from .panels.facets import COLLECTION, FacetPanel
from .panels.timeline import Timeline
from .plain import plain_label
from .collection_record import edit_collection_record
from .panels.names import show_names
from .report import show_accession_report
from .saved_searches import SavedSearches
from .scope import SearchScope
from .searching import Searching
from .selection import Selection
from .tasks import BackgroundJobs
from .theme import apply_theme

RECENT_SIZE = 8
#: How wide the side pane grows by itself to show its values whole, in pixels (a person may widen it more).
SIDE_PANE_AT_MOST = 280
#: Set once a person has dragged the panes' widths: the side pane is no longer widened by itself.
SIDE_PANE_SET = "side_pane_set_by_person"


class MainWindow(QMainWindow):
    def __init__(self, settings: QSettings, index_base: Path | None = None) -> None:
        use_language(chosen_language(settings))  # before any widget takes its texts
        install_roles()  # before a screen reader asks for the widgets
        super().__init__()
        self.settings = settings
        self.index_base = index_base
        self.collection: Collection | None = None
        self.scope = SearchScope(settings, index_base, self)
        self.jobs = BackgroundJobs(self)  # catalog writes, one at a time
        self.setWindowTitle(translate("Window", "Archive viewer"))
        self.setWindowIcon(QIcon(str(ICON)))
        self.setAcceptDrops(True)
        self.message_bar = MessageBar()
        self.facets = FacetPanel()
        self.timeline = Timeline()
        self.timeline.hide()  # until a search shows dated items
        self.indexing = Indexing(self)
        self.searching = Searching(self)
        self.selection = Selection(self)
        self._build_widgets()
        self.menus = Menus(self)
        self.saved_searches = SavedSearches(self, self.menus.saved_menu)
        self.side_layout.insertWidget(0, self.saved_searches.panel)
        self._wire()
        self.collection_label = plain_label()
        self.indexing.add_to(self.statusBar())
        self.statusBar().addPermanentWidget(self.collection_label)
        self._restore_settings()
        self.statusBar().setAccessibleName(translate("Window", "Status"))
        self.splitter.handle(1).setAccessibleName(translate("Window", "Width of the side pane"))
        self.splitter.handle(2).setAccessibleName(translate("Window", "Width of the list"))
        name_qt_parts(self)
        for folder, problem in self.scope.restore():
            self.message_bar.show_error(
                translate("Window", "{folder} is not searched: {error}").format(folder=folder, error=problem)
            )

    # Shortcuts to the widgets every part and test speaks of.
    model = property(lambda self: self.searching.model)
    table = property(lambda self: self.searching.table)
    search_field = property(lambda self: self.searching.field)
    count_label = property(lambda self: self.searching.count_label)
    preview = property(lambda self: self.selection.preview)
    metadata = property(lambda self: self.selection.metadata)
    cite = property(lambda self: self.selection.cite)
    tabs = property(lambda self: self.selection.tabs)

    def _build_widgets(self) -> None:
        help_button = QToolButton()
        help_button.setText("?")
        help_button.setToolTip(translate("Window", "Search syntax"))
        help_button.setAccessibleName(translate("Window", "Search syntax"))
        help_button.clicked.connect(
            lambda: QMessageBox.information(self, translate("Window", "Search syntax"), syntax_help())
        )
        search_row = QHBoxLayout()
        search_row.addWidget(self.searching.field, 1)
        search_row.addWidget(help_button)
        middle = QWidget()
        middle.setAccessibleName(translate("Window", "Results"))
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.searching.results, 1)
        # Under the list, not above the panes: a chip that comes or goes moves nothing under the
        # pointer (above, the first one pushed the facets down as they were clicked).
        middle_layout.addWidget(self.searching.chips)
        count_row = QHBoxLayout()
        count_row.addWidget(self.searching.count_label, 1)
        self.clear_filters_button = QToolButton()
        self.clear_filters_button.setObjectName("clear_filters")
        self.clear_filters_button.setText(translate("Window", "Clear filters"))
        self.clear_filters_button.setToolTip(
            translate("Window", "Show every result of the words typed: no facet value, no years")
        )
        self.clear_filters_button.clicked.connect(self.searching.clear_filters)
        self.clear_filters_button.hide()
        count_row.addWidget(self.clear_filters_button, 0, Qt.AlignmentFlag.AlignTop)
        middle_layout.addLayout(count_row)
        self.side_pane = QWidget()
        self.side_pane.setAccessibleName(translate("Window", "Narrow the results"))
        self.side_layout = QVBoxLayout(self.side_pane)
        self.side_layout.setContentsMargins(0, 0, 0, 0)
        self.side_layout.setSpacing(2)
        self.side_layout.addWidget(self.timeline)
        self.side_layout.addWidget(self.facets, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.side_pane)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(self.selection.tabs)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setStretchFactor(2, 4)
        self.splitter.setSizes([220, 650, 410])  # the facets' values (PRONOM names, kinds of sensitive data) legible
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addLayout(search_row)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

    def _wire(self) -> None:
        searching, selection, indexing = self.searching, self.selection, self.indexing
        self.facets.filters_changed.connect(lambda _: searching.run(keep_facets=True))
        self.facets.arranged.connect(selection.arranging.arrange)
        self.scope.changed.connect(self._scope_changed)
        self.timeline.range_changed.connect(lambda _: searching.run(keep_facets=True))
        searching.results_shown.connect(selection.changed)
        searching.saved_search_typed.connect(self.saved_searches.run)
        searching.sort_changed.connect(self._remember_sort)
        searching.table.selectionModel().selectionChanged.connect(lambda *_: selection.changed())
        searching.table.horizontalHeader().customContextMenuRequested.connect(self.menus.column_menu)
        searching.results.activated.connect(selection.open_externally)
        searching.results.menu_requested.connect(selection.menu)
        selection.records_changed.connect(searching.run)
        selection.cite.style_changed.connect(self._remember_style)
        indexing.progressed.connect(searching.show_count)
        indexing.progressed.connect(selection.show_empty)
        indexing.refresh_due.connect(searching.refresh)
        indexing.finished.connect(self._indexed)
        searching.field.installEventFilter(self)
        for view in (searching.table, searching.results.grid):
            view.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        """Down from the search field goes to the results (unless the history list is open);
        Select All in the results selects every result, not only the rows read so far."""
        searching = self.searching
        if (
            watched in (searching.table, searching.results.grid)
            and event.type() == event.Type.KeyPress
            and event.matches(QKeySequence.StandardKey.SelectAll)
        ):
            searching.select_all()
            return True
        if (
            watched is searching.field
            and event.type() == event.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
            and not searching.field.completer().popup().isVisible()
            and searching.model.rowCount()
        ):
            searching.results.current().setFocus()
            if not self.selection.paths():
                searching.results.select_row(0)
            return True
        return super().eventFilter(watched, event)

    # -- collections -----------------------------------------------------------------------

    def open_collection(self, folder: str | Path) -> bool:
        """Open (and start bringing up to date) the collection in ``folder``; keep the current one
        and say why if it cannot be opened."""
        self.selection.flush_edits()
        try:
            collection = Collection.open(folder, self.index_base, create=True)
        except ArchiveError as error:
            self.message_bar.show_error(
                translate("Window", "Cannot open {folder}: {error}").format(folder=folder, error=error)
            )
            return False
        except OSError as error:
            self.message_bar.show_error(
                translate("Window", "Cannot open {folder}: {error}").format(
                    folder=folder, error=error.strerror or error
                )
            )
            return False
        self.indexing.wait()
        self.searching.model.run(None, Query())
        if self.collection is not None:
            self.collection.close()
        self.collection = collection
        self.scope.set_own(collection)
        self.menus.show_scope()
        collection.merges_in_background = True  # after each save
        self.searching.results.thumbnails.set_collection(collection)
        self.setWindowTitle(translate("Window", "{collection} — Archive viewer").format(collection=collection.name))
        self._show_searched()
        self._remember_recent(str(collection.root))
        self.facets.filters = {}
        self.timeline.set_range(None, announce=False)
        self.saved_searches.show()
        self.searching.run()
        self.indexing.start()
        return True

    def add_to_search(self, folder: str | Path | None = None) -> None:
        """Search another indexed collection too (asked for with a folder dialog when not given)."""
        start = str(self.collection.root.parent) if self.collection else str(Path.home())
        folder = folder or QFileDialog.getExistingDirectory(
            self, translate("Window", "Add a collection to the search"), start
        )
        problem = self.scope.add(folder) if folder else None
        if problem:
            self.message_bar.show_error(
                translate("Window", "{folder} is not searched: {error}").format(folder=folder, error=problem)
            )

    def _scope_changed(self) -> None:
        self.selection.flush_edits()
        self.facets.filters.pop(COLLECTION, None)  # a collection chosen may no longer be searched
        self.menus.show_scope()
        self._show_searched()
        self.searching.run()

    def _show_searched(self) -> None:
        """The status bar names the collection (or, several searched, each of them by its folder's name)."""
        searched = self.scope.searched()
        several = self.scope.several()
        self.collection_label.setText(" · ".join(Path(root).name for root in searched) if several else searched[0])
        self.collection_label.setToolTip("\n".join(searched))

    def choose_collection(self) -> None:
        start = str(self.collection.root.parent) if self.collection else str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, translate("Window", "Open collection folder"), start)
        if folder:
            self.open_collection(folder)

    def _indexed(self, report: IndexReport) -> None:
        if report.added or report.updated:  # a changed picture's thumbnail is made again
            self.searching.results.thumbnails.set_collection(self.collection)
        if not self.selection.has_changes():
            self.searching.run()

    def find_duplicates(self) -> None:
        find_duplicates(self)

    def _remember_recent(self, folder: str) -> None:
        recent = ([folder] + [f for f in self._recent() if f != folder])[:RECENT_SIZE]
        self.settings.setValue("recent", recent)
        self.settings.setValue("last_collection", folder)
        self.menus.show_recent(recent)

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

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if (
            event.type() == event.Type.ActivationChange
            and self.isActiveWindow()
            and self.menus.watch_action.isChecked()
        ):
            self.indexing.rescan_if_due()

    # -- view, status and settings ---------------------------------------------------------

    def set_theme(self, name: str) -> None:
        """Light, dark or the desktop's look, for the whole application; remembered."""
        applied = apply_theme(name)
        self.menus.theme_actions[applied].setChecked(True)
        self.settings.setValue("view/theme", applied)

    def set_language(self, code: str) -> None:
        """The viewer's language from the next start on; remembered."""
        self.settings.setValue(SETTING, code)
        self.menus.language_actions[code].setChecked(True)
        self.show_status(
            translate("Window", "The window speaks {language} from its next start").format(language=LANGUAGES[code])
        )

    def set_view_mode(self, mode: str) -> None:
        """Compact rows, rows with the snippet under the title, or a grid of thumbnails; remembered."""
        results = self.searching.results
        results.set_mode(mode)
        self.settings.setValue("results/mode", results.mode)
        self.menus.mode_actions[results.mode].setChecked(True)

    def show_column(self, key: str, shown: bool) -> None:
        """Show or hide a column of the results; remembered."""
        self.searching.results.show_column(key, shown)
        self.settings.setValue("results/hidden_columns", sorted(self.searching.results.hidden_columns))

    def show_about(self) -> None:
        QMessageBox.about(
            self, translate("Window", "About Archive Viewer"), about_text(self.collection, self.index_base)
        )

    def show_accession_report(self) -> None:
        show_accession_report(self)

    def edit_collection_record(self) -> None:
        edit_collection_record(self)

    def show_names(self) -> None:
        show_names(self)

    def show_status(self, text: str, timeout: int = 8000) -> None:
        self.statusBar().showMessage(text, timeout)

    def _remember_sort(self) -> None:
        self.settings.setValue("sort/key", self.searching.sort[0])
        self.settings.setValue("sort/descending", self.searching.sort[1])

    def _remember_style(self, style: str, locale: str) -> None:
        self.settings.setValue("cite/style", style)
        self.settings.setValue("cite/locale", locale)

    def _fit_side_pane(self) -> None:
        """Widen the side pane to show its values whole (within SIDE_PANE_AT_MOST), taking the room
        from the other two in proportion; never narrower. Until a person sets its width."""
        side, middle, tabs = self.splitter.sizes()
        wanted = min(self.facets.wanted_width(), SIDE_PANE_AT_MOST)
        if wanted <= side or not middle + tabs:
            return
        from_tabs = (wanted - side) * tabs // (middle + tabs)
        self.splitter.setSizes([wanted, middle - (wanted - side - from_tabs), tabs - from_tabs])

    def _side_pane_set(self) -> None:
        self.settings.setValue(SIDE_PANE_SET, "true")  # the window's own widths are saved too: this says whose
        self.facets.shown.disconnect(self._fit_side_pane)
        self.splitter.splitterMoved.disconnect(self._side_pane_set)

    def _restore_settings(self) -> None:
        settings = self.settings
        if settings.value("geometry") is not None:
            self.restoreGeometry(settings.value("geometry"))
        else:
            self.resize(1280, 800)
        if settings.value("splitter") is not None:
            self.splitter.restoreState(settings.value("splitter"))
        if settings.value(SIDE_PANE_SET) != "true":  # until a person sets it: as wide as its values need, within reason
            self.facets.shown.connect(self._fit_side_pane)
            self.splitter.splitterMoved.connect(self._side_pane_set)
        if settings.value("columns") is not None:
            self.table.horizontalHeader().restoreState(settings.value("columns"))
        hidden = settings.value("results/hidden_columns", ["type"])
        self.searching.results.hidden_columns = {hidden} if isinstance(hidden, str) else set(hidden or [])
        key = str(settings.value("sort/key", "relevance"))
        self.searching.sort = (
            key if key in self.menus.sort_actions else "relevance",
            settings.value("sort/descending", False, type=bool),
        )
        self.menus.show_sort()  # after the header's saved state, whose arrow may be an older one
        self.set_view_mode(str(settings.value("results/mode", "snippets")))
        self.set_theme(str(settings.value("view/theme", "system")))
        self.menus.language_actions[chosen_language(settings)].setChecked(True)
        history = settings.value("history", [])
        self.searching.history.setStringList([history] if isinstance(history, str) else list(history or []))
        self.menus.watch_action.setChecked(settings.value("watch", True, type=bool))
        # Until one is chosen, citations are in the window's language (dates, "and", "ed."), not the style's.
        spoken = CITATION_LOCALES.get(chosen_language(settings), "")
        self.cite.set_style(settings.value("cite/style", "apa"), settings.value("cite/locale", spoken))
        self.menus.show_recent(self._recent())

    def closeEvent(self, event) -> None:
        self.selection.flush_edits()
        self.jobs.wait()
        self.indexing.wait()
        self.selection.close()
        self.searching.wait()
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue("splitter", self.splitter.saveState())
        self.settings.setValue("columns", self.table.horizontalHeader().saveState())
        self.settings.setValue("history", self.searching.history.stringList())
        self.settings.setValue("watch", self.menus.watch_action.isChecked())
        self.searching.model.run(None, Query())
        if self.collection is not None:
            self.collection.close()
            self.collection = None
        self.scope.close()
        super().closeEvent(event)
