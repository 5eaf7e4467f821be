"""The side pane's list of saved searches: a click runs one, a right-click runs or forgets it.
Hidden while there are none."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QMenu, QVBoxLayout, QWidget

from ..i18n import translate

SHOWN_ROWS = 6


class SavedSearchesPanel(QWidget):
    """Signals: ``run_requested(name)``, ``forget_requested(name)``."""

    run_requested = Signal(str)
    forget_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setObjectName("saved_searches")
        self.list.setAccessibleName(translate("SavedSearches", "Saved searches"))
        self.list.setToolTip(
            translate(
                "SavedSearches", "Saved searches: click one to run it (Search ▸ Save Search… keeps the current one)"
            )
        )
        self.list.itemClicked.connect(lambda item: self.run_requested.emit(item.text()))
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(QLabel("<b>" + translate("SavedSearches", "Saved searches") + "</b>"))
        layout.addWidget(self.list)
        self.show_names([])

    def show_names(self, names: list[str]) -> None:
        self.list.clear()
        self.list.addItems(names)
        self.list.setFixedHeight(min(len(names), SHOWN_ROWS) * (self.fontMetrics().height() + 6) + 6)
        self.setVisible(bool(names))

    def _menu(self, position) -> None:
        item = self.list.itemAt(position)
        if item is None:
            return
        menu = QMenu(self)
        menu.addAction(translate("SavedSearches", "&Run")).triggered.connect(
            lambda: self.run_requested.emit(item.text())
        )
        menu.addAction(translate("SavedSearches", "&Forget")).triggered.connect(
            lambda: self.forget_requested.emit(item.text())
        )
        menu.exec(self.list.viewport().mapToGlobal(position))
