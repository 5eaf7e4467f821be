"""Hand-offs from the window: restrictions set on a selection in the Metadata tab, shown as a
padlock and in the row's tooltip and spoken text, and obeyed by Bag Selection and the exports —
which ask, with a box unticked to begin with, whether the items held back go too, and say how many
stayed; messages exported as a mailbox."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from test_viewer import WAIT, search, select, window_on

from format_builders import message, write_mbox
from viewer.models import AccessRole

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, tmp_path, index_base):
    root = tmp_path / "board"
    root.mkdir()
    (root / "minutes.txt").write_text("Minutes of the harbour board.", encoding="utf-8")
    (root / "patient.txt").write_text("The harbour doctor's file on a fisherman.", encoding="utf-8")
    write_mbox(
        root / "board.mbox",
        [message("Secretary <s@example.org>", f"Harbour letter {n}", f"Letter {n} to the board.") for n in (1, 2)],
    )
    main = window_on(qtbot, tmp_path, index_base, root)
    yield main
    main.close()


def answer(monkeypatch, button: QMessageBox.StandardButton, tick: bool, asked: list[str]) -> None:
    """Answer the question about items that are not open with ``button``, the box ticked or not."""

    def exec_(box: QMessageBox) -> int:
        asked.append(box.text())
        box.checkBox().setChecked(tick)
        return button

    monkeypatch.setattr("viewer.handing_on.QMessageBox.exec", exec_)


def test_a_restriction_set_in_the_form_is_a_padlock_and_a_bag_asks_before_taking_it(
    qtbot, window, tmp_path, monkeypatch
):
    search(qtbot, window, "harbour")
    select(window, "patient.txt")
    metadata = window.metadata
    window.tabs.setCurrentWidget(metadata)
    access = metadata._editors["access"]
    assert [access.itemText(i) for i in range(access.count())] == ["", "open", "restricted", "closed"]
    access.setCurrentIndex(access.findData("closed"))
    metadata._editors["access_until"].setText("2060-01-01")
    metadata._editors["access_note"].setText("medical records")
    qtbot.mouseClick(metadata.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: metadata.status.text() == "Saved", timeout=WAIT)
    record = window.collection.record("patient.txt")
    assert (record.access, record.access_until, record.access_note) == ("closed", "2060-01-01", "medical records")
    qtbot.waitUntil(lambda: window.model.row_of("patient.txt") is not None, timeout=WAIT)
    row = window.model.index(window.model.row_of("patient.txt"), 0)
    assert row.data(AccessRole) == "closed"
    assert "closed until" in row.data(Qt.ItemDataRole.ToolTipRole) and "medical records" in row.data(
        Qt.ItemDataRole.AccessibleTextRole
    )
    assert window.model.index(window.model.row_of("minutes.txt"), 0).data(AccessRole) is None

    window.table.setFocus()
    window.table.selectAll()
    asked: list[str] = []
    monkeypatch.setattr(
        "viewer.handing_on.QFileDialog.getExistingDirectory", lambda *args, **kwargs: str(tmp_path / "cancelled")
    )
    answer(monkeypatch, QMessageBox.StandardButton.Cancel, False, asked)
    window.selection.bag_selection()
    assert asked == [
        "1 of the selected items is held back: restricted, closed, or holding sensitive data no one has reviewed."
    ]
    assert not (tmp_path / "cancelled").exists()

    monkeypatch.setattr(
        "viewer.handing_on.QFileDialog.getExistingDirectory", lambda *args, **kwargs: str(tmp_path / "bag")
    )
    answer(monkeypatch, QMessageBox.StandardButton.Ok, False, asked)
    window.selection.bag_selection()
    qtbot.waitUntil(lambda: "Bagged" in window.statusBar().currentMessage(), timeout=WAIT)
    assert "1 item held back" in window.statusBar().currentMessage()
    bagged = sorted(path.name for path in (tmp_path / "bag" / "data").iterdir() if path.is_file())
    assert bagged == ["board.mbox", "board.mbox#1.eml", "board.mbox#2.eml", "minutes.txt"]  # the mailbox matched too

    answer(monkeypatch, QMessageBox.StandardButton.Ok, True, asked)
    monkeypatch.setattr(
        "viewer.handing_on.QFileDialog.getSaveFileName",
        lambda *args, **kwargs: (str(tmp_path / "all.xml"), "EAD finding aid (*.xml)"),
    )
    window.selection.export_selection()
    qtbot.waitUntil(lambda: (tmp_path / "all.xml").exists(), timeout=WAIT)
    assert "<accessrestrict>" in (tmp_path / "all.xml").read_text(encoding="utf-8")


def test_the_cite_tab_says_what_it_does_not_cite(qtbot, window):
    window.collection.edit("patient.txt", {"access": "restricted"})
    search(qtbot, window, "harbour")
    window.table.setFocus()
    window.table.selectAll()
    cite = window.selection.cite
    window.tabs.setCurrentWidget(cite)
    qtbot.waitUntil(lambda: "1 item held back is not cited." in cite.note.text(), timeout=WAIT)
    assert cite.note.isVisible()


def test_the_selected_messages_are_exported_as_a_mailbox(qtbot, window, tmp_path, monkeypatch):
    import mailbox

    search(qtbot, window, "letter")
    window.table.setFocus()
    window.table.selectAll()
    monkeypatch.setattr(
        "viewer.handing_on.QFileDialog.getSaveFileName",
        lambda *args, **kwargs: (str(tmp_path / "letters.mbox"), "Mailbox of the messages as they were (*.mbox)"),
    )
    window.selection.export_selection()
    qtbot.waitUntil(lambda: "Exported 2 messages" in window.statusBar().currentMessage(), timeout=WAIT)
    assert sorted(message["subject"] for message in mailbox.mbox(str(tmp_path / "letters.mbox"))) == [
        "Harbour letter 1",
        "Harbour letter 2",
    ]


def test_the_collection_record_is_set_from_the_file_menu(qtbot, window):
    from viewer.collection_record import CollectionRecordDialog

    dialog = CollectionRecordDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.editors["title"].placeholderText() == "board"  # the folder's name until one is given
    dialog.editors["identifier"].setText("MS 42")
    dialog.editors["creators"].setText("Saltmere Harbour Board; Brandt, Elsa")
    dialog.editors["access"].setPlainText("Open; the medical files closed until 2060.")
    assert set(dialog.changes()) == {"identifier", "creators", "access"}
    dialog.accept()
    record = window.collection.collection_record
    assert (record.identifier, record.creators) == ("MS 42", ["Saltmere Harbour Board", "Brandt, Elsa"])
    assert (
        record.access == "Open; the medical files closed until 2060." and "saved" in window.statusBar().currentMessage()
    )
    assert CollectionRecordDialog(window).editors["identifier"].text() == "MS 42"


def test_names_are_merged_from_the_names_window(qtbot, window):
    from viewer.panels.names import NamesDialog

    window.collection.edit("minutes.txt", {"creators": ["E. Brandt"]})
    window.collection.edit("patient.txt", {"creators": ["Brandt, Elsa"]})
    dialog = NamesDialog(window, window.collection)
    qtbot.addWidget(dialog)
    shown = {dialog.table.item(row, 0).text(): row for row in range(dialog.table.rowCount())}
    assert {"E. Brandt", "Brandt, Elsa", "Secretary"} <= set(shown)
    chosen = dialog.table.selectionModel()
    for name in ("Brandt, Elsa", "E. Brandt"):
        chosen.select(
            dialog.table.model().index(shown[name], 0), chosen.SelectionFlag.Select | chosen.SelectionFlag.Rows
        )
    assert sorted(dialog.chosen()) == ["Brandt, Elsa", "E. Brandt"] and dialog.merge_button.isEnabled()
    dialog.into.setText("Brandt, Elsa")
    dialog.authority.setText("https://viaf.org/viaf/123456789")
    with qtbot.waitSignal(dialog.merged):
        dialog.merge()
    assert window.collection.record("minutes.txt").creators == ["Brandt, Elsa"]
    names = {
        dialog.table.item(row, 0).text(): dialog.table.item(row, 3).text() for row in range(dialog.table.rowCount())
    }
    assert "E. Brandt" not in names and names["Brandt, Elsa"] == "https://viaf.org/viaf/123456789"


def test_rows_dropped_on_a_series_are_placed_in_it(qtbot, window):
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QDropEvent

    from viewer.models import PATHS_MIME

    window.collection.edit("minutes.txt", {"series": "Board/Minutes"})
    search(qtbot, window, "harbour")
    qtbot.waitUntil(lambda: "series" in {window.facets.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole + 1)
                                         for i in range(window.facets.topLevelItemCount())}, timeout=WAIT)  # fmt: skip
    rows = [window.model.index(window.model.row_of(path), 0) for path in ("patient.txt", "board.mbox")]
    dragged = window.model.mimeData(rows)
    assert bytes(dragged.data(PATHS_MIME)).decode().split("\n") == ["patient.txt", "board.mbox"]
    group = next(window.facets.topLevelItem(i) for i in range(window.facets.topLevelItemCount())
                 if window.facets.topLevelItem(i).text(0) == "Series")  # fmt: skip
    target = next(group.child(i) for i in range(group.childCount()) if group.child(i).text(0).strip().startswith("›"))
    spot = window.facets.visualItemRect(target).center()
    drop = QDropEvent(
        QPoint(spot), Qt.DropAction.CopyAction, dragged, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    with qtbot.waitSignal(window.facets.arranged):
        window.facets.dropEvent(drop)
    qtbot.waitUntil(lambda: window.collection.record("patient.txt").series == "Board/Minutes", timeout=WAIT)
    assert window.collection.record("board.mbox").series == "Board/Minutes"
