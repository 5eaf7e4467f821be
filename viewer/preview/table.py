"""Table preview: a spreadsheet's sheets (a CSV's one) as tables, from the text the index holds
(a line per row, cells apart by tabs, a workbook's sheet headed by its name); the cells holding
the search's words marked and the first in view, the other sheets a choice away."""

from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from archive.model import letters

from ..i18n import local_number, translate
from ..plain import plain_label

#: Rows shown of one sheet (the index holds them all; a search finds the rest).
MAX_SHOWN_ROWS = 5000


class TablePreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sheets = QComboBox()
        self.sheets.setObjectName("sheet_choice")
        self.sheets.setAccessibleName(translate("Preview", "Sheet"))
        self.sheets.currentIndexChanged.connect(self._show_sheet)
        self.note = plain_label()
        self.table = QTableWidget()
        self.table.setObjectName("sheet_table")
        self.table.setAccessibleName(translate("Preview", "Cells of the sheet"))
        self.table.setTabKeyNavigation(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        top = QHBoxLayout()
        self.sheet_label = QLabel(translate("Preview", "Sheet"))
        top.addWidget(self.sheet_label)
        top.addWidget(self.sheets, 1)
        top.addWidget(self.note)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self._pages: list[list[list[str]]] = []
        self._marks: Callable[[str], list[tuple[int, int]]] = lambda _: []

    def show_sheets(self, pages: list[str], named: bool, marks: Callable[[str], list[tuple[int, int]]]) -> None:
        """Each page a sheet (``named``: its first line is the sheet's name); ``marks`` finds the
        search's words in a cell. The first sheet with a hit is shown, else the first."""
        self._marks = marks
        self._pages = []
        names = []
        for number, page in enumerate(pages, start=1):
            lines = page.split("\n")
            names.append(
                lines.pop(0) if named and lines else translate("Preview", "Sheet {number}").format(number=number)
            )
            self._pages.append([line.split("\t") for line in lines])
        first_hit = next(
            (
                number
                for number, rows in enumerate(self._pages)
                if any(marks(cell) for row in rows[:MAX_SHOWN_ROWS] for cell in row)
            ),
            0,
        )
        self.sheets.blockSignals(True)
        self.sheets.clear()
        self.sheets.addItems(names)
        self.sheets.setCurrentIndex(first_hit)
        self.sheets.blockSignals(False)
        for widget in (self.sheets, self.sheet_label):
            widget.setVisible(len(names) > 1)
        self._show_sheet(first_hit)

    def _show_sheet(self, number: int) -> None:
        rows = self._pages[number] if 0 <= number < len(self._pages) else []
        shown = rows[:MAX_SHOWN_ROWS]
        self.table.clear()
        self.table.setRowCount(len(shown))
        self.table.setColumnCount(max((len(row) for row in shown), default=0))
        self.table.setHorizontalHeaderLabels([letters(c + 1).upper() for c in range(self.table.columnCount())])
        marked, marked_text = self.palette().highlight(), self.palette().highlightedText()  # as the text preview marks
        first = None
        for r, row in enumerate(shown):
            for c, text in enumerate(row):
                if not text:
                    continue
                item = QTableWidgetItem(text)
                if self._marks(text):
                    item.setBackground(marked)
                    item.setForeground(marked_text)
                    first = first or item
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.note.setText(
            translate("Preview", "the first {shown} of {count} rows").format(
                shown=local_number(MAX_SHOWN_ROWS), count=local_number(len(rows))
            )
            if len(rows) > len(shown)
            else ""
        )
        if first is not None:
            self.table.scrollToItem(first)
