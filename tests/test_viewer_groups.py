"""Items of several files in the window: Item ▸ Group Selected makes the photographed pages of a
letter one row, titled as asked; a hit on page 2 opens the preview at the second photograph, the
parts listed under it, a click on one showing it, the Cite tab citing the leaf of the hit; Ungroup, and Undo Last Save, take it apart and
put it back."""

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

    monkeypatch.setattr("viewer.selection.QInputDialog.getText", get_text)
    window.selection.group_selected()
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
    window.selection.ungroup()
    qtbot.waitUntil(lambda: window.collection.group_of(PAGES[0]) == [], timeout=WAIT)
    qtbot.waitUntil(lambda: window.model.row_of(PAGES[1]) is not None, timeout=WAIT)
    window.selection.undo()
    qtbot.waitUntil(lambda: window.collection.group_of(PAGES[0]) == PAGES, timeout=WAIT)


def test_grouping_one_item_says_what_to_select(qtbot, window):
    search(qtbot, window, "herring")
    select(window, "note.txt")
    window.selection.group_selected()
    assert "at least two" in window.statusBar().currentMessage()
