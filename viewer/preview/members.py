"""The items inside the item shown: a mailbox's messages, a message's attachments, a zip's files —
a list under the preview (title, type, size, date); a click shows that item."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from archive import Collection
from archive.formats import format_name
from archive.member_paths import member_name
from archive.model import readable_size

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
        self.setHeaderLabels(["Inside", "Type", "Size", "Date"])
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setAccessibleName("Items inside this one")
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.itemActivated.connect(lambda item, _: self.chosen.emit(item.data(0, _PATH)))
        self.itemClicked.connect(lambda item, _: self.chosen.emit(item.data(0, _PATH)))
        self.hide()

    def show_members(self, collection: Collection | None, path: str | None) -> None:
        """List the items directly inside ``path``; hidden when there are none."""
        self.clear()
        children = collection.children(path) if collection is not None and path else []
        records = collection.catalog.records(children[:SHOWN_AT_MOST]) if children else {}
        for child in children[:SHOWN_AT_MOST]:
            record = records.get(child)
            if record is None:
                continue
            title = record.title or member_name(child)
            row = QTreeWidgetItem([title, format_name(record.format or ""), readable_size(record.size) if record.size is not None else "", record.date or ""])
            row.setData(0, _PATH, child)
            row.setToolTip(0, tip(f"{title}\n{member_name(child)}"))
            row.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.addTopLevelItem(row)
        if len(children) > SHOWN_AT_MOST:
            more = QTreeWidgetItem([f"… and {len(children) - SHOWN_AT_MOST:,} more: search for them"])
            more.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addTopLevelItem(more)
        for column in (1, 2, 3):
            self.resizeColumnToContents(column)
        self.setHeaderLabels([f"Inside ({len(children):,})", "Type", "Size", "Date"])
        self.setVisible(bool(children))
