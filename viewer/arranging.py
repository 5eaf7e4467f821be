"""Arranging in the window: the selection placed in a series (Item ▸ Arrange in Series…, or result
rows dropped on the side pane's Series), and several files made one item (Item ▸ Group Selected…,
Ungroup). Each is one save, taken back by one undo."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QInputDialog

from archive import EditPlan, in_name_order

from .handing_on import of_one_collection
from .i18n import translate

if TYPE_CHECKING:
    from .selection import Selection


class Arranging:
    def __init__(self, selection: Selection) -> None:
        self.selection = selection
        self.window = selection.window

    def arrange(self, paths: list[str], series: str = "") -> None:
        """Place the items ``paths`` in ``series`` (asked for when not given: a new one, or one
        there is), after saving what the form holds (nothing typed is lost to it showing them again)."""
        chosen = of_one_collection(self.window, paths)
        if chosen is None:
            return
        collection = chosen[0]
        if not series:
            known = list(collection.search("*", limit=0, snippets=False).facets.get("series", {}))
            count = len(paths)
            series, chosen = QInputDialog.getItem(
                self.window,
                translate("Selection", "Arrange in Series"),
                translate("Selection", "The series of the %Ln item(s), its levels parted by '/':", None, count),
                sorted(known),
                0,
                True,
            )
            if not chosen or not series.strip():
                return
        self.selection.flush_edits()
        self.selection.apply_edit(paths, EditPlan.of({"series": series}))

    def arrange_selected(self) -> None:
        self.arrange(self.selection.paths())

    def group_selected(self) -> None:
        """Make the selected items one, titled as a person says; its parts in the order of their
        names (a camera's numbering: the list's order, by relevance, is no page order)."""
        rows = self.selection.paths()
        chosen = of_one_collection(self.window, rows) if rows else None
        if chosen is None or len(rows) < 2:
            if chosen is not None or not rows:
                self.window.show_status(translate("Selection", "Select the parts of the item, at least two, in order"))
            return
        collection, paths = chosen[0], in_name_order(chosen[1])
        count = len(paths)
        title, chosen = QInputDialog.getText(
            self.window,
            translate("Selection", "Group Selected"),
            translate(
                "Selection", "The title of the item made of these %Ln files, in the order of their names:", None, count
            ),
            text=collection.record(paths[0]).title or "",
        )
        if chosen:
            self.selection.flush_edits()
            self.selection.apply_edit(rows, lambda edited: edited.group(paths, title, source="viewer"))

    def ungroup(self) -> None:
        """Take apart the item of several files shown: each part an item again."""
        row = self.selection.shown_path
        collection, path = self.window.scope.owner_of(row) if row and self.window.collection else (None, "")
        if collection is None or not path or not collection.group_of(path):
            self.window.show_status(translate("Selection", "The item shown is not made of several files"))
            return
        self.selection.apply_edit([row], lambda edited: edited.ungroup(path, source="viewer"))
