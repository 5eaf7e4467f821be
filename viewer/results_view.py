"""The result list, shown one of three ways: compact rows, rows with snippets, or a grid of
thumbnails. The table and the grid show the same model and share one selection, so switching
keeps the items chosen; sorting stays the window's (it asks the core)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QListView, QStackedWidget, QTableView, QWidget

from .badges import HEIGHT as BADGE_HEIGHT, WIDTH as BADGE_WIDTH
from .delegates import GridDelegate, SnippetDelegate
from .models import COLUMNS, ResultsModel
from .thumbnails import ThumbnailLoader

#: The ways of showing the results, as the View menu and the settings name them.
MODES = ("compact", "snippets", "grid")
#: Width of each column after the first (which stretches); 0: as wide as it comes.
COLUMN_WIDTHS = (0, 125, 82, 72, 105, 44)


class ResultsView(QStackedWidget):
    """Signals: ``activated()`` (double click or Enter: open the current item);
    ``menu_requested(global position)`` (right click, after the clicked item is selected)."""

    activated = Signal()
    menu_requested = Signal(QPoint)

    def __init__(self, model: ResultsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.thumbnails = ThumbnailLoader(self.is_shown, self)
        self.table = QTableView()
        self.table.setObjectName("results")
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
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
            if width:
                self.table.setColumnWidth(column, width)
        # Type: the badge and the Format facet tell more (the header's menu shows it again).
        self.table.setColumnHidden([key for _, key in COLUMNS].index("type"), True)
        self.snippet_delegate = SnippetDelegate(self.thumbnails, self.table)

        self.grid = QListView()
        self.grid.setObjectName("results_grid")
        self.grid.setViewMode(QListView.ViewMode.IconMode)
        self.grid.setResizeMode(QListView.ResizeMode.Adjust)
        self.grid.setMovement(QListView.Movement.Static)
        self.grid.setUniformItemSizes(True)
        self.grid.setSpacing(4)
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.grid.setItemDelegate(GridDelegate(self.thumbnails, self.grid))
        self.grid.verticalScrollBar().setSingleStep(24)
        self.thumbnails.ready.connect(self._thumbnail_ready)

        for view in (self.table, self.grid):
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(lambda position, v=view: self._menu(v, position))
            view.doubleClicked.connect(lambda _: self.activated.emit())
            for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                QShortcut(QKeySequence(key), view, context=Qt.ShortcutContext.WidgetShortcut).activated.connect(self.activated)
            self.addWidget(view)
        self.mode = "snippets"

    def set_mode(self, mode: str) -> None:
        """Show the results as ``mode`` (one of MODES), the selection kept in view."""
        self.mode = mode if mode in MODES else "snippets"
        self.table.setItemDelegateForColumn(0, self.snippet_delegate if self.mode == "snippets" else None)
        line = self.fontMetrics().height()
        self.table.verticalHeader().setDefaultSectionSize(2 * line + 10 if self.mode == "snippets" else line + 8)
        had_focus = self.current().hasFocus()
        # The grid holds the model only while shown: hidden, it still laid out every cell each
        # time a page of rows came (100+ ms at 40,000 rows, holding up the table).
        if self.mode == "grid" and self.grid.model() is None:
            self.grid.setModel(self.model)
            self.grid.setSelectionModel(self.table.selectionModel())  # one selection, two views
        self.setCurrentWidget(self.grid if self.mode == "grid" else self.table)
        if self.mode != "grid" and self.grid.model() is not None:
            self.grid.setModel(None)
        current = self.table.selectionModel().currentIndex()
        if current.isValid():
            self.current().scrollTo(current)
        if had_focus:
            self.current().setFocus()

    def current(self) -> QAbstractItemView:
        return self.grid if self.mode == "grid" else self.table

    def is_shown(self, path: str) -> bool:
        """Whether the item's row or cell is on screen now."""
        row = self.model.row_of(path)
        if row is None:
            return False
        view = self.current()
        return view.isVisible() and view.visualRect(self.model.index(row, 0)).intersects(view.viewport().rect())

    def shown_rows(self) -> tuple[int, int]:
        """The first and last row on screen (of the table, or the grid's cells)."""
        view = self.current()
        area = view.viewport().rect()
        first = view.indexAt(area.topLeft() + QPoint(1, 1))
        last = view.indexAt(area.bottomRight() - QPoint(1, 1))
        return (first.row() if first.isValid() else 0,
                last.row() if last.isValid() else self.model.rowCount() - 1)

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def scroll_to_row(self, row: int) -> None:
        self.current().scrollTo(self.model.index(row, 0))

    def _menu(self, view: QAbstractItemView, position: QPoint) -> None:
        clicked = view.indexAt(position)
        selected = {index.row() for index in self.table.selectionModel().selectedRows()}
        if clicked.isValid() and clicked.row() not in selected:
            self.select_row(clicked.row())
        self.menu_requested.emit(view.viewport().mapToGlobal(position))

    def _thumbnail_ready(self, path: str) -> None:
        row = self.model.row_of(path)
        if row is not None:
            index: QModelIndex = self.model.index(row, 0)
            self.current().update(index)
