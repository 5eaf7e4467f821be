"""The Duplicates window: the collection's groups of identical files and near copies, and the
texts of two members of the chosen group side by side, to judge which to keep."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QSplitter, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from archive import Collection
from archive.duplicates import DuplicateGroup

from ..plain import tip

if TYPE_CHECKING:
    from ..main_window import MainWindow

_PATH = Qt.ItemDataRole.UserRole + 1
#: Characters of each text shown side by side.
SHOWN_CHARS = 20_000


def find_duplicates(window: MainWindow) -> None:
    """Identical files and near copies of the window's collection, worked out off the GUI
    thread, then shown side by side (the dialog is kept as ``window.duplicates_dialog``)."""
    collection = window.collection
    if collection is None:
        return
    root, base, jobs = collection.root, window.index_base, window.jobs
    window.show_status("Looking for duplicates…", 0)

    def show(groups: list[DuplicateGroup]) -> None:
        window.show_status(f"{len(groups)} group{'s' if len(groups) != 1 else ''} of duplicates")
        if window.collection is not None:
            window.duplicates_dialog = DuplicatesDialog(window.collection, groups, window)
            window.duplicates_dialog.show()

    jobs.run(lambda: jobs.collection(root, base).duplicates(near=True), show,
             lambda error: window.message_bar.show_error(f"Could not look for duplicates: {error}"))


class DuplicatesDialog(QDialog):
    def __init__(self, collection: Collection, groups: list[DuplicateGroup], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.collection = collection
        self.setWindowTitle(f"Duplicates in {collection.name}")
        copies = sum(len(group.paths) - 1 for group in groups)
        summary = QLabel(f"{len(groups)} group{'s' if len(groups) != 1 else ''}: {copies} cop{'ies' if copies != 1 else 'y'} "
                         "beside the first of each. Identical files have the same bytes; near copies have nearly the "
                         "same text (a typed clipping and its scan, say). Choose a group, or one of its items, to compare."
                         if groups else "No duplicates: no two files are identical, and no two texts are near copies.")
        summary.setWordWrap(True)
        summary.setObjectName("duplicates_summary")
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        for group in groups:
            how = "identical" if group.kind == "identical" else f"near copies, {group.similarity:.0%} alike"
            top = QTreeWidgetItem([f"{len(group.paths)} {how}"])
            top.setData(0, _PATH, group.paths[0])
            for path in group.paths:
                child = QTreeWidgetItem([path])
                child.setData(0, _PATH, path)
                child.setToolTip(0, tip(path))
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        self.tree.currentItemChanged.connect(lambda item, _: self._compare(item))
        self.left, self.right = QPlainTextEdit(), QPlainTextEdit()
        for text in (self.left, self.right):
            text.setReadOnly(True)
        texts = QSplitter(Qt.Orientation.Horizontal)
        texts.addWidget(self.left)
        texts.addWidget(self.right)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tree)
        splitter.addWidget(texts)
        splitter.setSizes([320, 760])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(1100, 620)
        if groups:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))

    def _compare(self, item: QTreeWidgetItem | None) -> None:
        """A group: its first two members; one of its items: that one beside the first."""
        if item is None:
            return
        group = item if item.parent() is None else item.parent()
        first = group.child(0).data(0, _PATH)
        other = group.child(1).data(0, _PATH) if item.parent() is None or item.data(0, _PATH) == first else item.data(0, _PATH)
        for view, path in ((self.left, first), (self.right, other)):
            pages = self.collection.text(path) or []
            view.setPlainText(f"{path}\n\n" + "\n".join(pages)[:SHOWN_CHARS])
