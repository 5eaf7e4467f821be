"""The items inside the item shown — a mailbox's messages, a message's attachments, a zip's files —
or the parts of an item of several files: a list under the preview (title, type, size, date); a
click shows that item."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from archive import Collection, member_name
from ..i18n import format_label, local_date, local_number, local_size, translate
from ..plain import tip

_PATH = Qt.ItemDataRole.UserRole + 1
#: Rows listed at most (a mailbox of 20,000 messages is searched, not scrolled).
SHOWN_AT_MOST = 2000


class MemberList(QTreeWidget):
    """Signals: ``chosen(path)`` when a member is clicked or Enter is pressed on it."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("member_list")
        self.children_paths: list[str] = []  # the items listed, in order
        self.setHeaderLabels(self._headings(0))
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setAccessibleName(translate("Members", "Items inside this one"))
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.itemActivated.connect(lambda item, _: self.chosen.emit(item.data(0, _PATH)))
        self.itemClicked.connect(lambda item, _: self.chosen.emit(item.data(0, _PATH)))
        self.hide()

    def show_members(self, collection: Collection | None, path: str | None) -> None:
        """List the parts of the item ``path`` is a part of, or the items directly inside
        ``path``; hidden when there are none."""
        self.clear()
        self.children_paths = []
        parts = collection.group_of(path) if collection is not None and path else []
        children = parts or (collection.children(path) if collection is not None and path else [])
        records = collection.catalog.records(children[:SHOWN_AT_MOST]) if children else {}
        for child in children[:SHOWN_AT_MOST]:
            record = records.get(child)
            if record is None:
                continue
            title = record.title or member_name(child)
            if parts:  # numbered: they are the pages of one item
                title = f"{local_number(len(self.children_paths) + 1)}. {title}"
            self.children_paths.append(child)
            row = QTreeWidgetItem(
                [
                    title,
                    format_label(record.format or ""),
                    local_size(record.size) if record.size is not None else "",
                    local_date(record.date),
                ]
            )
            row.setData(0, _PATH, child)
            row.setToolTip(0, tip(f"{title}\n{member_name(child)}"))
            row.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.addTopLevelItem(row)
        if len(children) > SHOWN_AT_MOST:
            more = QTreeWidgetItem(
                [
                    translate("Members", "… and {count} more: search for them").format(
                        count=local_number(len(children) - SHOWN_AT_MOST)
                    )
                ]
            )
            more.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addTopLevelItem(more)
        for column in (1, 2, 3):
            self.resizeColumnToContents(column)
        self.setHeaderLabels(self._headings(len(children), bool(parts)))
        self.setVisible(bool(children))

    def mark(self, path: str | None) -> None:
        """Select the row of ``path`` (the part the preview shows), without showing it again."""
        self.blockSignals(True)
        self.clearSelection()
        if path in self.children_paths:
            self.setCurrentItem(self.topLevelItem(self.children_paths.index(path)))
        self.blockSignals(False)

    @staticmethod
    def _headings(count: int, parts: bool = False) -> list[str]:
        return [
            (translate("Members", "Parts ({count})") if parts else translate("Members", "Inside ({count})")).format(
                count=local_number(count)
            ),
            translate("Members", "Type"),
            translate("Members", "Size"),
            translate("Members", "Date"),
        ]
