"""The result list, shown one of three ways: compact rows, rows with snippets, or a grid of
thumbnails. The table and the grid show the same rows and one selection, so switching keeps the
items chosen; sorting stays the window's (it asks the core)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, QRect, QSize, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QListView,
    QStackedWidget,
    QStyledItemDelegate,
    QTableView,
    QWidget,
)

from .badges import HEIGHT as BADGE_HEIGHT, WIDTH as BADGE_WIDTH
from .delegates import FirstLineDelegate, GridDelegate, SnippetDelegate
from .i18n import translate
from .mirrored_selection import MirroredSelection
from .models import COLUMNS, ResultsModel
from .thumbnails import ThumbnailLoader

#: The ways of showing the results, as the View menu and the settings name them.
MODES = ("compact", "snippets", "grid")
#: Width of each column after the first (which stretches); 0: as wide as it comes.
COLUMN_WIDTHS = (0, 125, 82, 72, 105, 44)


class ResultsTable(QTableView):
    """The result rows. With two lines a row, the passage runs along the second line under every
    column, painted after the cells (``passages``: the delegate that paints it, else None)."""

    passages: SnippetDelegate | None = None

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        model, area = self.model(), event.rect()
        first = self.rowAt(area.top())
        if self.passages is None or model is None or first < 0:
            return
        last = self.rowAt(area.bottom())
        painter = QPainter(self.viewport())
        for row in range(first, last + 1 if last >= 0 else model.rowCount()):
            index = model.index(row, 0)
            cell = self.visualRect(index)
            self.passages.paint_passage(
                painter,
                self,
                index,
                QRect(cell.left(), cell.top(), self.viewport().width() - cell.left(), cell.height()),
            )
        painter.end()


class ResultsView(QStackedWidget):
    """Signals: ``activated()`` (double click or Enter: open the current item);
    ``menu_requested(global position)`` (right click, after the clicked item is selected)."""

    activated = Signal()
    menu_requested = Signal(QPoint)

    def __init__(self, model: ResultsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.thumbnails = ThumbnailLoader(self.is_shown, self)
        self.table = ResultsTable()
        self.table.setObjectName("results")
        self.table.setAccessibleName(translate("Results", "Results"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the list (the arrows move in it): no keyboard trap
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setDragEnabled(True)  # onto a series in the side pane
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.table.setIconSize(QSize(BADGE_WIDTH, BADGE_HEIGHT))
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        for column, width in enumerate(COLUMN_WIDTHS):
            if width:  # never narrower than its heading, in any language (and the sort arrow)
                heading = model.headerData(column, Qt.Orientation.Horizontal) or ""
                self.table.setColumnWidth(column, max(width, header.fontMetrics().horizontalAdvance(heading) + 24))
        # Type: the badge and the Format facet tell more (the header's menu shows it again).
        self.hidden_columns: set[str] = {"type"}  # what a person hid from the header's menu
        model.modelReset.connect(self.fit_columns)
        model.rowsInserted.connect(self.fit_columns)
        self.snippet_delegate = SnippetDelegate(self.thumbnails, self.table)
        self.first_line_delegate = FirstLineDelegate(self.table)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # 're — Regular expression …operations'

        self.grid = QListView()
        self.grid.setObjectName("results_grid")
        self.grid.setAccessibleName(translate("Results", "Results as thumbnails"))
        self.grid.setViewMode(QListView.ViewMode.IconMode)
        self.grid.setResizeMode(QListView.ResizeMode.Adjust)
        self.grid.setMovement(QListView.Movement.Static)
        self.grid.setUniformItemSizes(True)
        self.grid.setSpacing(4)
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.grid.setDragEnabled(True)
        self.grid.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.grid.setItemDelegate(GridDelegate(self.thumbnails, self.grid))
        # The same rows through a model Qt answers in C++ (see mirrored_selection), fed only
        # while the grid is shown: hidden, it still laid out every cell each time a page came.
        self.grid_rows = QSortFilterProxyModel(self)
        self.grid_rows.setDynamicSortFilter(False)
        self.grid.setModel(self.grid_rows)
        self.grid_selection = MirroredSelection(self.table.selectionModel(), self.grid.selectionModel(), self)
        self.grid.verticalScrollBar().setSingleStep(24)
        self.thumbnails.ready.connect(self._thumbnail_ready)

        for view in (self.table, self.grid):
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(lambda position, v=view: self._menu(v, position))
            view.doubleClicked.connect(lambda _: self.activated.emit())
            for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                QShortcut(QKeySequence(key), view, context=Qt.ShortcutContext.WidgetShortcut).activated.connect(
                    self.activated
                )
            self.addWidget(view)
        self.mode = "snippets"

    def set_mode(self, mode: str) -> None:
        """Show the results as ``mode`` (one of MODES), the selection kept in view."""
        self.mode = mode if mode in MODES else "snippets"
        two_lines = self.mode == "snippets"
        self.table.setItemDelegate(self.first_line_delegate if two_lines else QStyledItemDelegate(self.table))
        self.table.setItemDelegateForColumn(0, self.snippet_delegate if two_lines else None)
        self.table.passages = self.snippet_delegate if two_lines else None
        line = self.fontMetrics().height()
        self.table.verticalHeader().setDefaultSectionSize(2 * line + 10 if self.mode == "snippets" else line + 8)
        had_focus = self.current().hasFocus()
        if self.mode == "grid" and self.grid_rows.sourceModel() is None:
            self.grid_rows.setSourceModel(self.model)
            self.grid_selection.copy()
        self.setCurrentWidget(self.grid if self.mode == "grid" else self.table)
        if self.mode != "grid" and self.grid_rows.sourceModel() is not None:
            self.grid_rows.setSourceModel(None)
        current = self.table.selectionModel().currentIndex()
        if current.isValid():
            self.scroll_to_row(current.row())
        if had_focus:
            self.current().setFocus()

    def fit_columns(self) -> None:
        """Show the columns a person keeps shown and some row has a value in: an empty one
        collapses, leaving its room to the title."""
        empty = self.model.empty_columns()
        for column, (_, key) in enumerate(COLUMNS[1:], start=1):
            self.table.setColumnHidden(column, key in self.hidden_columns or column in empty)

    def show_column(self, key: str, shown: bool) -> None:
        """A person's choice from the header's menu (the window remembers it)."""
        (self.hidden_columns.discard if shown else self.hidden_columns.add)(key)
        self.fit_columns()

    def current(self) -> QAbstractItemView:
        return self.grid if self.mode == "grid" else self.table

    def _index(self, row: int) -> QModelIndex:
        """The row's first cell in the view shown (the grid has a model of its own)."""
        return self.current().model().index(row, 0)

    def selection_restored(self) -> None:
        """The table's selection was set with its signals blocked: the grid's follows, and both
        are drawn again."""
        if self.grid_rows.sourceModel() is not None:
            self.grid_selection.copy()
        self.current().viewport().update()

    def is_shown(self, path: str) -> bool:
        """Whether the item's row or cell is on screen now."""
        row = self.model.row_of(path)
        if row is None:
            return False
        view = self.current()
        return view.isVisible() and view.visualRect(self._index(row)).intersects(view.viewport().rect())

    def shown_rows(self) -> tuple[int, int]:
        """The first and last row on screen (of the table, or the grid's cells)."""
        view = self.current()
        area = view.viewport().rect()
        first = view.indexAt(area.topLeft() + QPoint(1, 1))
        last = view.indexAt(area.bottomRight() - QPoint(1, 1))
        return (first.row() if first.isValid() else 0, last.row() if last.isValid() else self.model.rowCount() - 1)

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def scroll_to_row(self, row: int) -> None:
        self.current().scrollTo(self._index(row))

    def _menu(self, view: QAbstractItemView, position: QPoint) -> None:
        clicked = view.indexAt(position)
        selected = {index.row() for index in self.table.selectionModel().selectedRows()}
        if clicked.isValid() and clicked.row() not in selected:
            self.select_row(clicked.row())
        self.menu_requested.emit(view.viewport().mapToGlobal(position))

    def _thumbnail_ready(self, path: str) -> None:
        row = self.model.row_of(path)
        if row is not None:
            self.current().update(self._index(row))
