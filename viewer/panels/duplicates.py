"""The Duplicates window: the collection's groups of identical files and near copies, two members
of the chosen group shown side by side as the Preview tab shows them (photographs and scans as
pictures, PDFs as pages, texts as text) to judge which to keep, and what can be done with a group:
tag the copies, open them, show them in their folders."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from archive import ArchiveError, Collection, DuplicateGroup

from ..i18n import translate
from ..plain import plain_label, tip
from ..preview import PreviewPane

if TYPE_CHECKING:
    from ..window_services import DuplicatesHost

_PATH = Qt.ItemDataRole.UserRole + 1
COPY_TAG = "duplicate"


def find_duplicates(window: DuplicatesHost) -> None:
    """Identical files and near copies of the window's collection, worked out off the GUI
    thread, then shown side by side (the dialog is kept as ``window.duplicates_dialog``)."""
    collection = window.collection
    if collection is None:
        return
    root, base, jobs = collection.root, window.index_base, window.jobs
    window.show_status(translate("Duplicates", "Looking for duplicates…"), 0)

    def show(groups: list[DuplicateGroup]) -> None:
        count = len(groups)
        window.show_status(translate("Duplicates", "%Ln group(s) of duplicates", None, count))
        if window.collection is None:
            return
        dialog = DuplicatesDialog(window.collection, groups, window)
        dialog.tag_requested.connect(window.selection.add_tag)
        dialog.open_requested.connect(window.selection.open_item)
        dialog.folder_requested.connect(lambda path: window.selection.open_item(path, folder=True))
        window.duplicates_dialog = dialog
        dialog.show()

    jobs.run(
        lambda: jobs.collection(root, base).duplicates(near=True),
        show,
        lambda error: window.message_bar.show_error(
            translate("Duplicates", "Could not look for duplicates: {error}").format(error=error)
        ),
    )


class DuplicatesDialog(QDialog):
    """Signals: ``tag_requested(paths, tag)`` for the chosen group's copies (all but the first);
    ``open_requested(path)`` and ``folder_requested(path)`` for each of its items."""

    tag_requested = Signal(list, str)
    open_requested = Signal(str)
    folder_requested = Signal(str)

    def __init__(self, collection: Collection, groups: list[DuplicateGroup], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.collection = collection
        self.setWindowTitle(translate("Duplicates", "Duplicates in {collection}").format(collection=collection.name))
        copies, count = sum(len(group.paths) - 1 for group in groups), len(groups)
        summary = QLabel(
            translate("Duplicates", "%Ln group(s):", None, count)
            + " "
            + translate(
                "Duplicates",
                "%Ln copies beside the first of each. Identical files have the same bytes; near "
                "copies have nearly the same text (a typed clipping and its scan, say). Choose a "
                "group, or one of its items, to compare.",
                None,
                copies,
            )
            if groups
            else translate("Duplicates", "No duplicates: no two files are identical, and no two texts are near copies.")
        )
        summary.setWordWrap(True)
        summary.setObjectName("duplicates_summary")
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        for group in groups:
            members = len(group.paths)
            top = QTreeWidgetItem(
                [
                    translate("Duplicates", "%Ln identical", None, members)
                    if group.kind == "identical"
                    else translate("Duplicates", "%Ln near copies, {percent}% alike", None, members).format(
                        percent=QLocale().toString(round(group.similarity * 100))
                    )
                ]
            )
            top.setData(0, _PATH, group.paths[0])
            for path in group.paths:
                child = QTreeWidgetItem([path])
                child.setData(0, _PATH, path)
                child.setToolTip(0, tip(path))
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        self.tree.currentItemChanged.connect(lambda item, _: self._compare(item))
        self.sides = [_Side(), _Side()]
        compared = QSplitter(Qt.Orientation.Horizontal)
        for side in self.sides:
            compared.addWidget(side)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tree)
        splitter.addWidget(compared)
        splitter.setSizes([300, 900])
        actions = QHBoxLayout()
        for text, tooltip, slot in (
            (
                translate("Duplicates", "Tag the Copies…"),
                translate(
                    "Duplicates", "Tag every item of the group but the first, to find them again (tag:duplicate)"
                ),
                self._tag,
            ),
            (
                translate("Duplicates", "Open All"),
                translate("Duplicates", "Open every item of the group with the desktop's program"),
                lambda: self._each(self.open_requested),
            ),
            (
                translate("Duplicates", "Show in Folders"),
                translate("Duplicates", "Show where each item of the group is"),
                lambda: self._each(self.folder_requested),
            ),
        ):
            button = QPushButton(text)
            button.setToolTip(tooltip)
            button.clicked.connect(slot)
            button.setEnabled(bool(groups))
            actions.addWidget(button)
        actions.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        actions.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(splitter, 1)
        layout.addLayout(actions)
        self.resize(1200, 680)
        if groups:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))

    def group_paths(self) -> list[str]:
        """The items of the group chosen (or of the item chosen's group)."""
        item = self.tree.currentItem()
        if item is None:
            return []
        group = item if item.parent() is None else item.parent()
        return [group.child(row).data(0, _PATH) for row in range(group.childCount())]

    def _each(self, signal: Signal) -> None:
        for path in self.group_paths():
            signal.emit(path)

    def _compare(self, item: QTreeWidgetItem | None) -> None:
        """A group: its first two members; one of its items: that one beside the first."""
        if item is None:
            return
        paths = self.group_paths()
        chosen = item.data(0, _PATH)
        other = paths[1] if item.parent() is None or chosen == paths[0] else chosen
        for side, path in zip(self.sides, (paths[0], other)):
            side.show_item(self.collection, path)

    def _tag(self) -> None:
        copies = self.group_paths()[1:]
        if not copies:
            return
        count = len(copies)
        tag, chosen = QInputDialog.getText(
            self,
            translate("Duplicates", "Tag the Copies"),
            translate("Duplicates", "Tag for the %Ln copies (every item but the first):", None, count),
            text=COPY_TAG,
        )
        if chosen and tag.strip():
            self.tag_requested.emit(copies, tag.strip())


class _Side(QWidget):
    """One of the two items compared: its path over its preview."""

    def __init__(self) -> None:
        super().__init__()
        self.label = plain_label()
        self.label.setWordWrap(True)
        self.preview = PreviewPane()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.preview, 1)

    def show_item(self, collection: Collection, path: str) -> None:
        self.label.setText(path)
        try:
            self.preview.show_item(collection, collection.record(path), "", None)
        except ArchiveError as error:
            self.preview.show_message(
                translate("Duplicates", "This item cannot be shown: {error}").format(error=error), None
            )
