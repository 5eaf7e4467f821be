"""Several collections in one window: another indexed collection added to the search, its rows
among the window's own (each naming its collection), a collection facet, a check box per
collection, and an item of either previewed and edited in its own collection."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QItemSelectionModel
from test_viewer import WAIT, window_on

from archive import Collection

pytestmark = pytest.mark.gui


def notes(folder: Path, words: dict[str, str]) -> Path:
    folder.mkdir()
    for name, text in words.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def drive(tmp_path, index_base) -> Path:
    """A second accession, indexed: a note sharing a name with one of the first."""
    folder = notes(
        tmp_path / "drive-2015",
        {
            "note.txt": "Ledger of the herring quay, drive copy.\n\nThe herring came in late that year.",
            "minutes.txt": "Minutes of the pier committee.\n\nNo herring mentioned here.",
        },
    )
    Image.new("RGB", (120, 80), (30, 90, 160)).save(folder / "quay.jpg")
    with Collection.open(folder, index_base, create=True) as collection:
        collection.index(jobs=1)
    return folder


@pytest.fixture
def accession(tmp_path) -> Path:
    return notes(
        tmp_path / "accession-1",
        {"note.txt": "Herring prices at the quay.\n\nA note of the first accession about herring."},
    )


def rows(main) -> list[str]:
    return [main.model.hit(row).path for row in range(main.model.rowCount())]


def select(qtbot, main, path: str) -> None:
    row = main.model.row_of(path)
    main.table.selectionModel().setCurrentIndex(
        main.model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    qtbot.waitUntil(lambda: main.selection.shown_path == path, timeout=WAIT)


def test_a_collection_added_to_the_search_lists_its_items_among_the_windows_own(
    qtbot, tmp_path, index_base, accession, drive
):
    main = window_on(qtbot, tmp_path, index_base, accession)
    try:
        main.add_to_search(drive)
        qtbot.waitUntil(lambda: len(rows(main)) == 4, timeout=WAIT)
        other, picture = str(drive / "note.txt"), str(drive / "quay.jpg")
        assert sorted(rows(main)) == sorted(["note.txt", other, str(drive / "minutes.txt"), picture])
        assert list(main.model.result.facets)[0] == "collection"
        assert main.model.result.facets["collection"] == {str(drive): 3, str(accession): 1}
        main.menus.mode_actions["grid"].trigger()  # the drive's photograph has its thumbnail
        loader = main.searching.results.thumbnails
        qtbot.waitUntil(lambda: loader.pixmap(picture, "image/jpeg") is not None, timeout=WAIT)
        main.menus.mode_actions["compact"].trigger()
        source = main.model.index(main.model.row_of(other), 4).data()
        assert source.startswith("drive-2015")  # the row names its collection

        select(qtbot, main, other)  # the drive's note: its own record, not the accession's note.txt
        assert main.metadata.records[0].title.startswith("Ledger of the herring quay")
        main.metadata._editors["notes"].setPlainText("Checked against the ledger")
        main.metadata.save()
        main.jobs.wait()
        qtbot.waitUntil(lambda: "Saved" in main.statusBar().currentMessage(), timeout=WAIT)
        with Collection.open(drive, index_base) as saved, Collection.open(accession, index_base) as own:
            assert saved.record("note.txt").notes == "Checked against the ledger"
            assert own.record("note.txt").notes is None  # the same name in the window's collection: untouched

        main.scope.set_checked(str(drive), False)  # Search ▸ Search In: the drive unchecked
        qtbot.waitUntil(lambda: rows(main) == ["note.txt"], timeout=WAIT)
        assert "collection" not in main.model.result.facets
        assert [
            action.text().replace("&", "") for action in main.menus.scope_menu.actions() if action.isCheckable()
        ] == [
            "accession-1",
            "drive-2015",
        ]
    finally:
        main.close()


def test_the_collections_added_are_searched_again_at_the_next_start(qtbot, tmp_path, index_base, accession, drive):
    main = window_on(qtbot, tmp_path, index_base, accession)
    main.add_to_search(drive)
    qtbot.waitUntil(lambda: len(rows(main)) == 4, timeout=WAIT)
    main.close()
    again = window_on(qtbot, tmp_path, index_base, accession)  # the same settings file
    try:
        qtbot.waitUntil(lambda: len(rows(again)) == 4, timeout=WAIT)
        again.add_to_search(tmp_path / "never-indexed")
        assert "is not searched" in again.message_bar.text
    finally:
        again.close()
    drive.rename(tmp_path / "unplugged")  # a drive taken away: its index is still searched
    offline = window_on(qtbot, tmp_path, index_base, accession)
    try:
        qtbot.waitUntil(lambda: len(rows(offline)) == 4, timeout=WAIT)
        assert str(drive / "minutes.txt") in rows(offline) and not offline.message_bar.text
    finally:
        offline.close()


def test_check_lists_every_collection_given(tmp_path, index_base, accession, drive):
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    run = subprocess.run(
        [sys.executable, "-m", "viewer.app", str(accession), str(drive), "--index-dir", str(index_base), "--check"],
        capture_output=True,
        text=True,
        env=environment,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    assert "4 results" in run.stdout and str(drive) in run.stdout and str(accession) in run.stdout
