"""One selection for two views of the same rows in the same order, each view with its own model
and selection model: what is selected (and current) in one is selected (and current) in the other.

The grid of thumbnails shows the results through a QSortFilterProxyModel (neither sorting nor
filtering: the same rows) because Qt's list view asks the model for an index of every cell each
time it lays the cells out, and an index of a model written in Python asks its rowCount in
Python: 100,000 calls a layout at 50,000 cells, 80 ms each time a page of rows arrived. The
proxy answers them in C++; the views can then no longer share one selection model."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QAbstractItemModel, QItemSelection, QItemSelectionModel, QModelIndex, QObject


def same_rows(selection: QItemSelection, model: QAbstractItemModel) -> QItemSelection:
    """``selection``'s rows, whole, in ``model``: one range for each range (Qt's own mapping of
    a proxy's selection makes a range of every index: 450,000 for 50,000 rows of nine columns)."""
    mapped, last = QItemSelection(), model.columnCount() - 1
    for span in selection:
        mapped.select(model.index(span.top(), 0), model.index(span.bottom(), last))
    return mapped


class MirroredSelection(QObject):
    """Keeps ``first`` and ``second`` (selection models of two models with the same rows) alike."""

    def __init__(self, first: QItemSelectionModel, second: QItemSelectionModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._following = False
        for leader, follower in ((first, second), (second, first)):
            leader.selectionChanged.connect(
                lambda selected, deselected, follower=follower: self._select(follower, selected, deselected)
            )
            leader.currentChanged.connect(lambda current, _, follower=follower: self._make_current(follower, current))
        self.first, self.second = first, second

    def copy(self) -> None:
        """``second`` made like ``first`` whole (after ``second``'s model was reset, or ``first``
        changed with its signals blocked)."""
        self._select(self.second, self.first.selection(), None, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._make_current(self.second, self.first.currentIndex())

    def _select(
        self,
        follower: QItemSelectionModel,
        selected: QItemSelection,
        deselected: QItemSelection | None,
        flag: QItemSelectionModel.SelectionFlag = QItemSelectionModel.SelectionFlag.Select,
    ) -> None:
        def follow() -> None:
            if deselected is not None and not deselected.isEmpty():
                follower.select(same_rows(deselected, follower.model()), QItemSelectionModel.SelectionFlag.Deselect)
            follower.select(same_rows(selected, follower.model()), flag)

        self._follow(follow)

    def _make_current(self, follower: QItemSelectionModel, current: QModelIndex) -> None:
        index = follower.model().index(current.row(), 0) if current.isValid() else QModelIndex()
        self._follow(lambda: follower.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate))

    def _follow(self, change: Callable[[], None]) -> None:
        """Make ``change`` to the follower, unless it is the follower's own change coming back."""
        if self._following:
            return
        self._following = True
        try:
            change()
        finally:
            self._following = False
