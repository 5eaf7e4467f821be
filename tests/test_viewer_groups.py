"""Items of several files in the window: Item ▸ Group Selected makes the photographed pages of a
letter one row, titled as asked; a hit on page 2 opens the preview at the second photograph, the
parts listed under it, a click on one showing it, the Cite tab citing the leaf of the hit; Ungroup,
and Undo Last Save, take it apart and put it back. Item ▸ Arrange in Series… and a drop on the
side pane's Series heading ask for a new series."""

from __future__ import annotations

import pytest
from PIL import Image
from test_viewer import WAIT, search, select, window_on

pytestmark = pytest.mark.gui

PAGES = ["letter/IMG_4411.png", "letter/IMG_4412.png", "letter/IMG_4413.png"]


@pytest.fixture
def window(qtbot, tmp_path, index_base):
    root = tmp_path / "drive"
    (root / "letter").mkdir(parents=True)
    for path, (width, colour) in zip(PAGES, ((60, "white"), (70, "ivory"), (80, "beige"))):
        Image.new("RGB", (width, 90), colour).save(root / path)
    (root / "note.txt").write_text("A note about the herring market.", encoding="utf-8")
    main = window_on(qtbot, tmp_path, index_base, root)
    main.collection.edit(PAGES[1], {"transcription": "The herring quay is rotten through."})
    yield main
    main.close()


def test_group_selected_makes_one_item_shown_at_the_page_of_its_hit(qtbot, window, monkeypatch):
    search(qtbot, window, "path:letter")
    window.table.selectAll()
    asked = []

    def get_text(parent, title, label, text=""):
        asked.append((label, text))
        return "Letter to the board", True

    monkeypatch.setattr("viewer.arranging.QInputDialog.getText", get_text)
    window.selection.arranging.group_selected()
    assert asked == [("The title of the item made of these 3 files, in the order of their names:", "IMG 4411")]
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=WAIT)  # the search is run again

    window.search_field.clear()
    search(qtbot, window, "herring")
    qtbot.waitUntil(lambda: window.model.row_of(PAGES[0]) is not None, timeout=WAIT)
    assert window.model.rowCount() == 2
    select(window, PAGES[0])
    image = window.preview.image
    qtbot.waitUntil(lambda: window.preview.kind == "image" and not image.item.pixmap().isNull(), timeout=WAIT)
    assert image.item.pixmap().width() == 70  # the second photograph, where the hit is
    members = window.selection.members
    assert members.isVisible() and members.headerItem().text(0) == "Parts (3)"
    assert [members.topLevelItem(row).text(0) for row in range(3)] == [
        "1. Letter to the board",
        "2. IMG 4412",
        "3. IMG 4413",
    ]
    assert members.currentItem().text(0) == "2. IMG 4412"  # the part shown
    window.cite.set_style("gost-r-7-0-100-2018", "ru-RU")
    window.selection.copy_citation()  # the Cite tab cites the hit's leaf, as an archival reference does
    qtbot.waitUntil(lambda: "Л. 2" in window.cite.output.toPlainText(), timeout=WAIT)

    window.selection.show_member(PAGES[2])
    assert window.selection.shown_path == PAGES[2] and members.headerItem().text(0) == "Parts (3)"
    window.selection.arranging.ungroup()
    qtbot.waitUntil(lambda: window.collection.group_of(PAGES[0]) == [], timeout=WAIT)
    qtbot.waitUntil(lambda: window.model.row_of(PAGES[1]) is not None, timeout=WAIT)
    window.selection.undo()
    qtbot.waitUntil(lambda: window.collection.group_of(PAGES[0]) == PAGES, timeout=WAIT)


def test_grouping_one_item_says_what_to_select(qtbot, window):
    search(qtbot, window, "herring")
    select(window, "note.txt")
    window.selection.arranging.group_selected()
    assert "at least two" in window.statusBar().currentMessage()


def test_a_new_series_is_asked_for_from_the_item_menu_and_from_a_drop_on_the_heading(qtbot, window, monkeypatch):
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QDropEvent

    offered = []

    def get_item(parent, title, label, items, current=0, editable=True):
        offered.append(items)
        return "Series 1: Correspondence/Outgoing", True

    monkeypatch.setattr("viewer.arranging.QInputDialog.getItem", get_item)
    search(qtbot, window, "herring")
    select(window, "note.txt")
    facets = window.facets
    qtbot.waitUntil(lambda: facets.topLevelItemCount() > 0, timeout=WAIT)
    [heading] = [
        facets.topLevelItem(i) for i in range(facets.topLevelItemCount()) if facets.topLevelItem(i).text(0) == "Series"
    ]
    assert heading.child(0).text(0) == "(drop rows here)"  # no series yet: where to start one
    dragged = window.model.mimeData(
        [window.model.index(window.model.row_of("note.txt"), 0)]
    )  # kept: the event does not own it
    spot = facets.visualItemRect(heading.child(0)).center()
    drop = QDropEvent(
        QPoint(spot), Qt.DropAction.CopyAction, dragged, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    facets.dropEvent(drop)
    qtbot.waitUntil(lambda: window.collection.search("series:outgoing").total == 1, timeout=WAIT)
    assert window.collection.record("note.txt").series == "Series 1: Correspondence/Outgoing"
    select(window, PAGES[1])
    window.selection.arranging.arrange_selected()  # Item ▸ Arrange in Series…: the series there are offered
    qtbot.waitUntil(lambda: window.collection.record(PAGES[1]).series is not None, timeout=WAIT)
    assert offered[-1] == ["Series 1: Correspondence", "Series 1: Correspondence/Outgoing"]
