"""The Names window (Search ▸ Names…): every person and organisation the records give, with how
many items name them as creator and as recipient, and their authority where one is known; the
names chosen merged into one form — typed, or the first chosen — with an authority's address, in
every record as one batch of edits (archive's Collection.merge_names; Item ▸ Undo Last Save does
not take it back, `archive revert --batch` does, and the history lists it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from archive import ArchiveError, Collection

from ..i18n import local_number, translate
from ..plain import plain_label

if TYPE_CHECKING:
    from ..window_services import SearchingHost, Services


class NamesDialog(QDialog):
    """Signals: ``merged()`` once names were merged (the results are searched again)."""

    merged = Signal()

    def __init__(self, window: Services, collection: Collection) -> None:
        super().__init__(window)
        self.window_, self.collection = window, collection
        self.setWindowTitle(translate("Names", "Names"))
        self.resize(760, 560)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [
                translate("Names", "Name"),
                translate("Names", "As creator"),
                translate("Names", "As recipient"),
                translate("Names", "Authority"),
            ]
        )
        self.table.setAccessibleName(translate("Names", "People and organisations"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSortingEnabled(True)
        self.table.itemSelectionChanged.connect(self._chosen)
        layout.addWidget(self.table, 1)
        form = QFormLayout()
        self.into = QLineEdit()
        self.into.setPlaceholderText(translate("Names", "Family, Given — the form every record will give"))
        self.authority = QLineEdit()
        self.authority.setPlaceholderText("https://viaf.org/viaf/…")
        self.into.textChanged.connect(self._can_merge)
        form.addRow(translate("Names", "Merge into"), self.into)
        form.addRow(translate("Names", "Authority record"), self.authority)
        layout.addLayout(form)
        self.status = plain_label()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.merge_button = QPushButton(translate("Names", "&Merge"))
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self.merge)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.show_names()

    def show_names(self) -> None:
        names = self.collection.names()
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(names))
        for row, name in enumerate(names):
            cells = [
                QTableWidgetItem(name.name),
                _count(name.roles["creators"]),
                _count(name.roles["recipients"]),
                QTableWidgetItem(name.authority or ""),
            ]
            for column, cell in enumerate(cells):
                self.table.setItem(row, column, cell)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.resizeColumnsToContents()
        count = len(names)  # a plain name: lupdate sees the count only so
        self.status.setText(translate("Names", "%Ln name(s)", None, count))

    def chosen(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        return [self.table.item(row, 0).text() for row in rows]

    def _chosen(self) -> None:
        chosen = self.chosen()
        if chosen and not self.into.isModified():  # the first chosen, until the person types another
            self.into.setText(chosen[0])
        self._can_merge()

    def _can_merge(self) -> None:
        """Merging needs a form to keep and a name other than it."""
        into = self.into.text().strip()
        self.merge_button.setEnabled(bool(into) and any(name != into for name in self.chosen()))

    def merge(self) -> None:
        chosen, into = self.chosen(), self.into.text().strip()
        try:
            report = self.collection.merge_names(chosen, into, self.authority.text().strip() or None)
        except ArchiveError as error:  # the form keeps what was typed
            self.status.setText(translate("Names", "Not merged: {error}").format(error=error))
            return
        count = report.changed
        self.window_.show_status(translate("Names", "Merged into {name} in %Ln item(s)", None, count).format(name=into))
        self.into.clear()
        self.into.setModified(False)
        self.authority.clear()
        self.show_names()
        self.merged.emit()


def _count(number: int) -> QTableWidgetItem:
    item = QTableWidgetItem()
    if number:  # none: an empty cell, read at a glance
        item.setData(Qt.ItemDataRole.DisplayRole, number)  # sorted as a number
        item.setToolTip(local_number(number))
    return item


def show_names(window: SearchingHost) -> None:
    if window.collection is not None:
        dialog = NamesDialog(window, window.collection)
        dialog.merged.connect(window.searching.run)
        dialog.open()
