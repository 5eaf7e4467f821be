"""The desktop window, driven for real (offscreen) with pytest-qt."""

from __future__ import annotations

import csv
import gc
import json
import os
import shutil
import time
from pathlib import Path

import pytest
from cli_runner import archive
from PySide6.QtCore import QElapsedTimer, QItemSelectionModel, QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QPushButton, QToolButton

from archive import Collection
from resources.sample_builders import write_pdf
from viewer.help import about_text
from viewer.main_window import MainWindow
from viewer.delegates import THUMBNAIL_BOX, SnippetDelegate
from viewer.models import COLUMNS, PAGE_SIZE, PassageRole, PathRole

pytestmark = pytest.mark.gui
WAIT = 120000


def tree(root: Path) -> dict:
    return {p: (p.stat().st_size, p.stat().st_mtime_ns, p.read_bytes()) for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture
def window(qtbot, tmp_path, sample_copy, index_base):
    before = tree(sample_copy)
    main = window_on(qtbot, tmp_path, index_base, sample_copy)
    yield main
    main.close()
    after = tree(sample_copy)
    changed = {path for path in before.keys() | after.keys() if before.get(path) != after.get(path)}
    # Only what a test itself wrote into the folder may differ: the viewer writes nothing there.
    assert changed <= {
        sample_copy / "reports" / "damaged.pdf",
        sample_copy / "reports" / "tides.pdf",
        sample_copy / "clippings" / "tides.txt",
        sample_copy / "photographs" / "harbour-copy.jpg",
    }, changed


def window_on(qtbot, tmp_path: Path, index_base: Path, root: Path, language: str | None = None) -> MainWindow:
    """A window of its own settings at 1280×800, with ``root`` opened and indexed; in ``language``
    when given (the caller sets English back: use_language('en'))."""
    settings = QSettings(str(tmp_path / "viewer.ini"), QSettings.Format.IniFormat)
    if language is not None:
        settings.setValue("language", language)
    main = MainWindow(settings, index_base)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    assert main.open_collection(root)
    wait_for_indexing(qtbot, main)
    return main


def wait_for_indexing(qtbot, main: MainWindow) -> None:
    qtbot.waitUntil(lambda: main.indexing.task is not None and main.indexing.task.isFinished(), timeout=WAIT)
    qtbot.waitUntil(lambda: not main.indexing.progress.isVisible(), timeout=WAIT)


def search(qtbot, main: MainWindow, text: str) -> None:
    qtbot.keyClicks(main.search_field, text)
    qtbot.keyClick(main.search_field, Qt.Key.Key_Return)


def select(main: MainWindow, path: str) -> None:
    """Select one row, whatever keys an earlier test left held: a view's selectRow reads them, and
    after qtbot's Ctrl+Shift+C the offscreen platform still reported Shift down (the row was then
    an extension of no selection: nothing)."""
    row = main.model.row_of(path)
    assert row is not None, f"{path} is not in the results"
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    main.table.selectionModel().setCurrentIndex(main.model.index(row, 0), flags)


def test_search_shows_count_and_pdf_on_the_page_of_the_hit(qtbot, window):
    assert window.model.rowCount() == 15
    search(qtbot, window, "dredging")
    assert window.model.rowCount() == 1
    assert window.count_label.text().startswith("1 result in")
    qtbot.waitUntil(lambda: window.preview.kind == "pdf")
    qtbot.waitUntil(lambda: window.preview.pdf.current_page() == 1)  # page 2 holds the word
    qtbot.waitUntil(lambda: window.preview.pdf.current_hit() == (1, 1))
    assert window.preview.pdf.marked_words() == {"Dredging"}
    assert window.preview.pdf.page_count.text().strip() == "of 3"


def test_facet_click_filters_and_second_click_clears(qtbot, window):
    facets = window.facets
    type_group = next(
        facets.topLevelItem(i) for i in range(facets.topLevelItemCount()) if facets.topLevelItem(i).text(0) == "Type"
    )
    image_item = next(
        type_group.child(i)
        for i in range(type_group.childCount())
        if type_group.child(i).text(0).startswith("Still image")
    )
    rect = facets.visualItemRect(image_item)
    qtbot.mouseClick(facets.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.model.rowCount() == 3
    assert facets.filters == {"type": "StillImage"}
    type_group = facets.topLevelItem(0)
    chosen = next(
        type_group.child(i)
        for i in range(type_group.childCount())
        if type_group.child(i).text(0).startswith("Still image")
    )
    qtbot.mouseClick(facets.viewport(), Qt.MouseButton.LeftButton, pos=facets.visualItemRect(chosen).center())
    assert window.model.rowCount() == 15 and facets.filters == {}


def test_image_and_text_previews(qtbot, window):
    search(qtbot, window, "dawn")
    select(window, "photographs/harbour-at-dawn.jpg")
    qtbot.waitUntil(
        lambda: window.preview.kind == "image" and not window.preview.image.item.pixmap().isNull(), timeout=WAIT
    )
    assert window.preview.image.item.pixmap().width() == 640
    for sizes in ([170, 400, 710], [170, 800, 310]):  # the pane grows, then shrinks: the image fits it each time
        window.splitter.setSizes(sizes)
        qtbot.waitUntil(lambda: _fits(window.preview.image))
    recognised = "".join(window.collection.text("photographs/harbour-at-dawn.jpg")).strip()
    assert window.preview.image.text_action.isEnabled() == bool(recognised)  # a landscape has no words
    window.search_field.clear()
    search(qtbot, window, "soyqirim")
    qtbot.waitUntil(lambda: window.preview.kind == "text")
    selections = window.preview.text.editor.extraSelections()
    assert [s.cursor.selectedText() for s in selections] == ["Soyqırım"]


def _fits(image) -> bool:
    """Whether the picture fills its pane along one edge and stays inside it along the other."""
    shown = image.view.mapFromScene(image.item.sceneBoundingRect()).boundingRect()
    pane = image.view.viewport().rect()
    return (
        shown.width() <= pane.width() + 2
        and shown.height() <= pane.height() + 2
        and min(pane.width() - shown.width(), pane.height() - shown.height()) <= 6
    )


def test_edit_save_and_find_by_search(qtbot, window):
    search(qtbot, window, "lighthouse")
    select(window, "photographs/lighthouse-1987.tif")
    window.tabs.setCurrentWidget(window.metadata)
    title = window.metadata.findChild(type(window.search_field), "field_title")
    title.setText("Saltmere lighthouse from the breakwater")
    tags = window.metadata.findChild(type(window.search_field), "field_tags")
    tags.setText("lighthouses; prints")
    qtbot.mouseClick(window.metadata.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.metadata.status.text() == "Saved", timeout=WAIT)
    assert "● edited" in window.metadata._labels["title"].text()
    window.search_field.clear()
    search(qtbot, window, "tag:prints")
    assert [window.model.hit(0).path, window.model.hit(0).title] == [
        "photographs/lighthouse-1987.tif",
        "Saltmere lighthouse from the breakwater",
    ]
    qtbot.mouseClick(window.metadata.revert_button, Qt.MouseButton.LeftButton)
    # Reverted, the item has no tag 'prints' any more: the search it was found by no longer lists it.
    qtbot.waitUntil(lambda: window.model.rowCount() == 0, timeout=WAIT)
    assert window.count_label.text().startswith("0 results")
    record = window.collection.record("photographs/lighthouse-1987.tif")
    assert record.overrides == [] and record.title == "lighthouse 1987"


def test_typed_edits_are_saved_when_the_selection_moves(qtbot, window, index_base):
    select(window, "clippings/1974-rybaki.txt")
    notes = window.metadata.findChild(type(window.metadata._editors["notes"]), "field_notes")
    notes.setPlainText("Check the date against the paper's archive.")
    select(window, "clippings/1953-02-02-storm-flood.txt")
    window.jobs.wait()
    qtbot.waitUntil(lambda: "Saved" in window.statusBar().currentMessage(), timeout=WAIT)
    with Collection.open(window.collection.root, index_base) as other:
        assert other.record("clippings/1974-rybaki.txt").notes == "Check the date against the paper's archive."


def test_copy_citation(qtbot, window):
    search(qtbot, window, "dredging")
    qtbot.keyClick(window, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    clipboard = QApplication.clipboard()
    qtbot.waitUntil(lambda: clipboard.text().startswith("Kowalczyk, M., & Lindqvist, J. (1998)."), timeout=WAIT)
    assert (
        "<i>Harbour Survey 1998</i>" in clipboard.mimeData().html()
        or "Harbour Survey 1998" in clipboard.mimeData().html()
    )


def test_unpreviewable_file_says_why(qtbot, window):
    broken = window.collection.root / "reports" / "damaged.pdf"
    broken.write_bytes(b"%PDF-1.4\n1 0 obj garbage")
    window.indexing.start()
    wait_for_indexing(qtbot, window)
    search(qtbot, window, "path:damaged")
    select(window, "reports/damaged.pdf")
    qtbot.waitUntil(lambda: window.preview.kind == "message")
    assert "cannot be shown" in window.preview.message.label.text()
    assert window.preview.message.open_button.isVisibleTo(window.preview.message)
    assert window.indexing.problems_button.isVisible() and "1 problem" in window.indexing.problems_button.text()


def test_missing_folder_and_locked_index_are_messages_that_stay(qtbot, window, tmp_path):
    assert not window.open_collection(tmp_path / "gone")
    assert "Cannot open" in window.message_bar.text
    assert window.collection is not None and window.model.rowCount() == 15
    with Collection.open(window.collection.root, window.index_base) as other, other._indexer_lock():
        window.indexing.start()
        qtbot.waitUntil(lambda: "already being indexed" in window.message_bar.text, timeout=WAIT)
    assert window.model.rowCount() == 15


def _big_collection(root: Path, count: int) -> Path:
    root.mkdir()
    words = "harbour quay herring net boat storm tide lamp pier dyke market council survey".split()
    for number in range(count):
        body = " ".join(words[(number + i) % len(words)] for i in range(400))
        (root / f"note-{number:04d}.txt").write_text(
            f"date 2001-01-{number % 28 + 1:02d} By Gazette\n\nNote {number}. {body}\n"
        )
    for number in range(6):
        write_pdf(root / f"report-{number}.pdf", [f"Report {number} page {p} harbour" for p in range(40)])
    return root


def test_a_large_collections_search_runs_off_the_window_and_a_newer_one_drops_it(qtbot, window, monkeypatch):
    """With the searches of a large collection on a background thread, keys typed while one runs
    are answered at once; the searches they start while it runs replace each other, and only the
    last one's results are shown (a search dropped before its turn is never run)."""
    from viewer import searching

    monkeypatch.setattr(searching, "BACKGROUND_SEARCH_FROM", 0)
    searched: list[str] = []
    real_first_page = searching.first_page

    def slow_first_page(collection, query):
        searched.append(query.text)
        if query.text == "harbour":
            time.sleep(0.5)  # a search of a large collection
        return real_first_page(collection, query)

    monkeypatch.setattr(searching, "first_page", slow_first_page)
    shown: list[str] = []
    window.searching.results_shown.connect(lambda: shown.append(window.model.query.text))
    search(qtbot, window, "harbour")
    qtbot.waitUntil(lambda: searched == ["harbour"], timeout=WAIT)  # running now
    clock = QElapsedTimer()
    clock.start()
    for text in ("lamp", "pier"):
        window.search_field.clear()
        search(qtbot, window, text)
    assert clock.elapsed() < 400, "the window waited for the search"
    qtbot.waitUntil(lambda: window.model.query is not None and window.model.query.text == "pier", timeout=WAIT)
    window.searching.searches.wait()
    qtbot.wait(50)
    assert searched == ["harbour", "pier"]  # 'lamp' was dropped before its turn
    assert shown == ["pier"]  # the results of 'harbour', which came after 'pier' was typed, were never shown
    assert [hit.path for hit in window.model.result.hits] == [
        hit.path for hit in window.collection.search("pier", limit=100).hits
    ]


def test_indexing_keeps_the_window_responsive_and_can_be_cancelled(qtbot, window, tmp_path):
    big = _big_collection(tmp_path / "big", 6000)
    longest, clock, ticks = [0], QElapsedTimer(), [0]

    def tick() -> None:
        elapsed = clock.restart()
        if ticks[0]:
            longest[0] = max(longest[0], elapsed)
        ticks[0] += 1

    timer = QTimer(interval=10)
    timer.timeout.connect(tick)
    # The heap the whole test session built up costs 50-90 ms per full garbage collection; that
    # pause is the session's, not the window's, so it is kept out of what this test measures.
    gc.collect()
    gc.disable()
    try:
        assert window.open_collection(big)
        clock.start()
        timer.start()
        qtbot.waitUntil(
            lambda: window.indexing.progress.maximum() > 0 and window.indexing.progress.value() > 0, timeout=WAIT
        )
        qtbot.waitUntil(lambda: window.model.result.total > 0, timeout=WAIT)  # results appear as batches commit
        assert window.indexing.task.isRunning()
        qtbot.mouseClick(window.indexing.cancel_button, Qt.MouseButton.LeftButton)
        wait_for_indexing(qtbot, window)
        timer.stop()
    finally:
        gc.enable()
    assert window.indexing.last_report.cancelled
    assert "Indexing cancelled" in window.statusBar().currentMessage()
    assert ticks[0] > 20
    # What this catches is work done on the window's thread, which at 6,000 files blocks it for
    # seconds; alone it measures 60-75 ms here, the 2-core machine's scheduling and the background
    # search sharing the interpreter, and a loaded CI machine once gave 101 ms. A fifth of a second
    # is where a person sees a window hang; the figure itself belongs to a benchmark, not a test.
    assert longest[0] < 200, f"the GUI thread was blocked for {longest[0]} ms"
    window.indexing.start()  # the next run finishes the job
    wait_for_indexing(qtbot, window)
    assert window.model.result.total == 6006


def test_results_load_page_by_page(qtbot, window, tmp_path):
    big = _big_collection(tmp_path / "many", PAGE_SIZE * 2 + 50)
    window.open_collection(big)
    wait_for_indexing(qtbot, window)
    window.searching.run()
    assert window.model.result.total == PAGE_SIZE * 2 + 56
    assert window.model.rowCount() == PAGE_SIZE
    window.table.scrollToBottom()
    qtbot.waitUntil(lambda: window.model.rowCount() > PAGE_SIZE)


def test_settings_persist(qtbot, tmp_path, sample_copy, index_base):
    settings = QSettings(str(tmp_path / "persist.ini"), QSettings.Format.IniFormat)
    first = MainWindow(settings, index_base)
    qtbot.addWidget(first)
    first.open_collection(sample_copy)
    wait_for_indexing(qtbot, first)
    first.splitter.setSizes([100, 700, 480])
    first.cite.style_box.setEditText("ieee")  # as typed, then Enter
    first.cite.style_box.lineEdit().editingFinished.emit()
    first.close()
    second = MainWindow(settings, index_base)
    qtbot.addWidget(second)
    assert second.settings.value("last_collection") == str(sample_copy.resolve())
    assert second.cite.style == "ieee"
    assert second.splitter.sizes()[0] == first.splitter.sizes()[0]
    second.close()


def test_sample_is_the_default_collection(qtbot, tmp_path, index_base, monkeypatch):
    from resources import SAMPLE_COLLECTION
    from viewer import app

    settings = QSettings(str(tmp_path / "fresh.ini"), QSettings.Format.IniFormat)
    assert app.choose_collection(None, settings) == SAMPLE_COLLECTION
    settings.setValue("last_collection", str(tmp_path))
    assert app.choose_collection(None, settings) == tmp_path
    shutil.rmtree(tmp_path / "indexes", ignore_errors=True)


def test_the_qt_binding_keeps_none_true_and_false_alive(qtbot):
    """PySide6 6.12.0 on Python 3.11 dropped a reference to True per emit and to None per
    overridden virtual call or singleShot, aborting the program after a few thousand: the
    dependency pins exclude it, and this fails if a release with the defect gets installed."""
    import sys

    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QWidget

    class Source(QObject):
        signal = Signal(int)

    class Resized(QWidget):
        def resizeEvent(self, event) -> None:  # a Python override of a void virtual
            pass

    source, widget = Source(), Resized()
    qtbot.addWidget(widget)
    widget.show()
    before = sys.getrefcount(None), sys.getrefcount(True)
    for number in range(500):
        source.signal.emit(number)
        widget.resize(100 + number % 50, 100)
        QTimer.singleShot(0, lambda: None)
    QApplication.processEvents()
    after = sys.getrefcount(None), sys.getrefcount(True)
    assert after[0] >= before[0] - 50 and after[1] >= before[1] - 50, (before, after)


def test_a_query_that_cannot_be_understood_says_why_and_keeps_the_results(qtbot, window):
    search(qtbot, window, "quay")
    shown = [window.model.hit(row).path for row in range(window.model.rowCount())]
    assert shown and window.count_label.text().endswith("ms")
    window.search_field.clear()
    search(qtbot, window, 'harbour "north quay')
    assert window.count_label.text() == 'Cannot search: unclosed quote at column 9: "north quay; close it: "north quay"'
    assert [window.model.hit(row).path for row in range(window.model.rowCount())] == shown
    qtbot.keyClicks(window.search_field, '"')
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    assert window.count_label.text().startswith("1 result in") and window.count_label.styleSheet() == ""
    assert window.model.hit(0).path == "reports/harbour-survey-1998.pdf"


def test_edits_whose_file_is_gone_are_listed_as_problems(qtbot, window):
    window.collection.edit("clippings/1974-rybaki.txt", {"notes": "Check against the paper's archive."})
    clipping = window.collection.root / "clippings/1974-rybaki.txt"
    away = clipping.parent.parent.parent / "rybaki-away.txt"
    os.rename(clipping, away)  # moved out of the folder, to come back unchanged (mtime included)
    window.indexing.start()
    wait_for_indexing(qtbot, window)
    assert window.indexing.problems_button.isVisible() and window.indexing.problems_button.text() == "⚠ 1 problem"
    assert window.indexing.problems() == {
        "clippings/1974-rybaki.txt": "gone from the folder; your edits (notes) are kept until it comes back"
    }
    os.rename(away, clipping)


@pytest.mark.qt_log_ignore("does not support QPlatformServices::openDocument")
def test_an_item_no_program_opens_says_so_until_dismissed(qtbot, window):
    # The offscreen platform has no program for anything: as a desktop with none registered.
    select(window, "reports/harbour-survey-1998.pdf")
    window.selection.open_externally()
    assert window.message_bar.isVisible()
    assert "could not be opened: no program on this computer is set to open this '.pdf' file" in window.message_bar.text
    qtbot.mouseClick(window.message_bar.findChild(QToolButton, "message_close"), Qt.MouseButton.LeftButton)
    assert not window.message_bar.isVisible()


def test_the_first_indexing_says_what_it_is_doing_instead_of_no_items(qtbot, tmp_path, index_base):
    settings = QSettings(str(tmp_path / "viewer.ini"), QSettings.Format.IniFormat)
    main = MainWindow(settings, index_base)
    qtbot.addWidget(main)
    main.show()
    assert main.open_collection(_big_collection(tmp_path / "big", 1500))
    qtbot.waitUntil(lambda: main.indexing.progress.maximum() > 0)
    assert main.model.rowCount() == 0
    assert (
        main.preview.message.label.text().startswith("Indexing… ") and "files read" in main.preview.message.label.text()
    )
    assert "so far — indexing" in main.count_label.text()
    wait_for_indexing(qtbot, main)
    assert main.model.rowCount() > 0 and "indexing" not in main.count_label.text()
    main.close()


def test_the_problems_dialog_says_when_there_are_none(qtbot, window):
    seen = []

    def read_and_close() -> None:
        dialog = window.indexing.problems_dialog
        seen.append(dialog.findChild(QLabel, "problems_summary").text())
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close).click()

    QTimer.singleShot(200, read_and_close)
    window.indexing.show_problems()
    assert seen and seen[0].startswith("No problems")


def test_an_item_not_read_inside_a_file_is_a_problem(qtbot, tmp_path, index_base):
    from test_never_stop import corrupt_zip

    root = tmp_path / "drive"
    root.mkdir()
    corrupt_zip(root / "backup.zip")
    main = window_on(qtbot, tmp_path, index_base, root)
    assert main.indexing.problems_button.isVisible() and main.indexing.problems_button.text() == "⚠ 1 problem"
    assert main.indexing.problems()["backup.zip"].startswith("read in part: bad.txt: damaged (")
    main.close()


def test_two_line_rows_show_the_bolded_snippet_and_its_page(qtbot, window):
    assert (
        window.table.itemDelegateForColumn(0) is window.searching.results.snippet_delegate
    )  # rows with snippets by default
    search(qtbot, window, "dredging")
    index = window.model.index(0, 0)
    window.table.viewport().update()
    qtbot.waitUntil(lambda: index.data(PassageRole) is not None, timeout=WAIT)  # worked out off the GUI thread
    passage = index.data(PassageRole)
    markup = SnippetDelegate._second_line(passage, index.data(PathRole))
    assert "p. 2 · " in markup and "<b>Dredging</b>" in markup
    # The passage runs under every column, not only the title's: its second line has text past
    # the title column, in the Creators and Date columns' width.
    table = window.table
    for key, width in (("creator", 220), ("date", 160)):  # the title column keeps what is left: ~250 px
        table.setColumnWidth(next(c for c, (_, k) in enumerate(COLUMNS) if k == key), width)
    table.viewport().repaint()
    image = table.viewport().grab().toImage()
    row = table.visualRect(index)
    line = table.fontMetrics().height()
    title_end = table.columnViewportPosition(0) + table.columnWidth(0)
    background = image.pixelColor(image.width() - 3, row.top() + line + line // 2)
    inked = [
        x
        for x in range(title_end + 4, image.width() - 4)
        if any(image.pixelColor(x, y) != background for y in range(row.top() + line + 2, row.top() + 2 * line))
    ]
    assert len(inked) > 50, "the passage stops at the title column"
    assert not index.data(Qt.ItemDataRole.DecorationRole).isNull()  # the format badge
    window.menus.mode_actions["compact"].trigger()
    assert window.table.itemDelegateForColumn(0) is None
    assert window.settings.value("results/mode") == "compact"


def test_empty_columns_collapse_and_the_columns_chosen_are_remembered(qtbot, window, index_base):
    column = {key: number for number, (_, key) in enumerate(COLUMNS)}
    search(qtbot, window, "harbour")
    hits = [window.model.hit(row) for row in range(window.model.rowCount())]
    assert any(hit.creators for hit in hits) and not window.table.isColumnHidden(column["creator"])
    assert window.table.isColumnHidden(column["type"])  # hidden unless chosen: the badge says it
    window.search_field.clear()
    search(qtbot, window, "path:photographs")  # no photograph has pages
    assert window.table.isColumnHidden(column["pages"])
    window.show_column("date", False)
    window.show_column("type", True)
    assert window.table.isColumnHidden(column["date"]) and not window.table.isColumnHidden(column["type"])
    root = window.collection.root
    window.close()
    again = MainWindow(window.settings, index_base)
    qtbot.addWidget(again)
    assert again.open_collection(root)
    wait_for_indexing(qtbot, again)
    search(qtbot, again, "harbour")
    assert again.table.isColumnHidden(column["date"]) and not again.table.isColumnHidden(column["type"])
    assert not again.table.isColumnHidden(column["pages"])  # the harbour survey has pages
    again.close()


def test_the_format_facet_names_formats_and_narrows(qtbot, window):
    facets = window.facets
    group = next(
        facets.topLevelItem(i) for i in range(facets.topLevelItemCount()) if facets.topLevelItem(i).text(0) == "Format"
    )
    labels = [group.child(i).text(0) for i in range(group.childCount())]
    assert "PDF  (3)" in labels and "JPEG  (1)" in labels and "Web page  (1)" in labels
    pdf = next(group.child(i) for i in range(group.childCount()) if group.child(i).text(0).startswith("PDF"))
    qtbot.mouseClick(facets.viewport(), Qt.MouseButton.LeftButton, pos=facets.visualItemRect(pdf).center())
    assert window.model.rowCount() == 3 and facets.filters == {"format": "application/pdf"}


def _paths(main: MainWindow) -> list[str]:
    return [main.model.data(main.model.index(row, 0), PathRole) for row in range(main.model.rowCount())]


def test_relevance_comes_back_after_a_date_sort_and_a_restart(qtbot, window, tmp_path, index_base):
    search(qtbot, window, "harbour")
    by_relevance = _paths(window)
    header = window.table.horizontalHeader()
    date_column = next(c for c, (_, key) in enumerate(COLUMNS) if key == "date")
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=header.viewport().rect().topLeft() + QPoint(header.sectionViewportPosition(date_column) + 5, 5),
    )
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=header.viewport().rect().topLeft() + QPoint(header.sectionViewportPosition(date_column) + 5, 5),
    )  # again: newest first
    assert window.searching.sort == ("date", True)
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (date_column, Qt.SortOrder.DescendingOrder)
    dates = [window.model.hit(row).date for row in range(window.model.rowCount())]
    assert dates == sorted(dates, reverse=True)
    window.close()  # a restart keeps the order, and the arrow says so
    again = MainWindow(window.settings, index_base)
    qtbot.addWidget(again)
    assert again.open_collection(window.collection.root if window.collection else tmp_path / "sample")
    wait_for_indexing(qtbot, again)
    search(qtbot, again, "harbour")
    assert (
        again.searching.sort == ("date", True) and again.table.horizontalHeader().sortIndicatorSection() == date_column
    )
    assert [again.model.hit(row).date for row in range(again.model.rowCount())] == dates
    again.menus.sort_actions["relevance"].trigger()
    assert _paths(again) == by_relevance and again.table.horizontalHeader().sortIndicatorSection() == -1
    again.close()


def test_a_style_picked_from_the_suggestions_is_applied_at_once(qtbot, window):
    panel = window.cite
    select(window, "reports/harbour-survey-1998.pdf")
    window.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.suggestions.rowCount() > 1000, timeout=WAIT)  # titles read off the GUI thread
    completer = panel.style_box.completer()
    panel.style_box.lineEdit().setFocus()
    panel.style_box.lineEdit().clear()
    qtbot.keyClicks(panel.style_box.lineEdit(), "IEEE Reference Guide")
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible)
    assert popup.minimumWidth() <= panel.width() - panel.style_box.x()  # never past the window's edge
    shown = completer.completionModel().index(0, 0).data()
    assert shown.startswith("IEEE Reference Guide") and shown.endswith(" — ieee")  # a title, then the name
    popup.setCurrentIndex(completer.completionModel().index(0, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert panel.style == "ieee"  # no Enter in the field needed
    qtbot.waitUntil(lambda: panel.output.toPlainText().startswith("[1] M. Kowalczyk"), timeout=WAIT)


def _choose_from_menu(qtbot, open_menu, text: str) -> None:
    """Open a context menu (``open_menu`` blocks while it is shown) and trigger one of its entries."""
    chosen = []

    def pick() -> None:
        menu = QApplication.activePopupWidget()
        action = next(a for a in menu.actions() if a.text().replace("&", "") == text)
        chosen.append(action.text())
        menu.close()
        action.trigger()

    QTimer.singleShot(150, pick)
    open_menu()
    qtbot.waitUntil(lambda: bool(chosen))


def test_the_results_context_menu_acts_on_the_selection(qtbot, window):
    select(window, "reports/harbour-survey-1998.pdf")
    position = window.table.visualRect(
        window.model.index(window.model.row_of("reports/harbour-survey-1998.pdf"), 0)
    ).center()
    _choose_from_menu(qtbot, lambda: window.selection.menu(position), "Copy Path")
    assert QApplication.clipboard().text() == str(window.collection.root / "reports" / "harbour-survey-1998.pdf")
    _choose_from_menu(qtbot, lambda: window.selection.menu(position), "Edit Metadata")
    assert window.tabs.currentWidget() is window.metadata
    _choose_from_menu(qtbot, lambda: window.selection.menu(position), "Cite Selection")
    assert window.tabs.currentWidget() is window.cite
    window.cite.export_to(window.collection, window.selection.paths(), "csv", str(window.collection.root / "out.csv"))
    assert window.message_bar.text.startswith("Not exported: will not write")  # into the collection: refused, in view
    QApplication.clipboard().clear()


def test_down_from_the_search_field_goes_to_the_results_and_about_names_versions(qtbot, window):
    assert not window.windowIcon().isNull() and not window.windowIcon().pixmap(64, 64).isNull()  # its own icon
    window.search_field.setFocus()
    qtbot.keyClick(window.search_field, Qt.Key.Key_Down)
    assert window.table.hasFocus() and window.selection.paths()
    about = about_text(window.collection, window.index_base)
    assert "Archive viewer 0.1.0" in about and "Tesseract" in about and "pandoc" in about
    assert str(window.collection.index_dir) in about


def test_f3_steps_from_hit_to_hit_across_the_pages_of_a_pdf(qtbot, window):
    write_pdf(
        window.collection.root / "reports" / "tides.pdf",
        ["The spring tide reached the north quay.", "Nothing here.", "A second spring tide, and a third spring tide."],
    )
    window.indexing.start()
    wait_for_indexing(qtbot, window)
    search(qtbot, window, '"spring tide"')
    select(window, "reports/tides.pdf")
    pdf = window.preview.pdf
    qtbot.waitUntil(lambda: window.preview.kind == "pdf" and pdf.hit_count() == 3, timeout=WAIT)
    assert pdf.marked_words() == {"spring tide"}  # the phrase, not one of its words
    qtbot.waitUntil(lambda: pdf.current_hit() == (1, 0))
    assert pdf.hit_label.text().strip() == "hit 1 of 3"
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert pdf.current_hit() == (2, 2) and pdf.hit_label.text().strip() == "hit 2 of 3"  # on the third page
    qtbot.keyClick(window, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert pdf.current_hit() == (1, 0)
    qtbot.keyClick(window, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)  # from the first to the last
    assert pdf.current_hit() == (3, 2)


def test_every_word_is_marked_in_a_pdf_and_f3_steps_through_the_marks_of_a_text(qtbot, window):
    search(qtbot, window, "breakwater quay")
    select(window, "reports/harbour-survey-1998.pdf")
    pdf = window.preview.pdf
    qtbot.waitUntil(lambda: window.preview.kind == "pdf" and not pdf._finding and pdf.hit_count() > 0, timeout=WAIT)
    assert {word.lower() for word in pdf.marked_words()} >= {"breakwater", "quay", "quays"}  # each word, every form
    filler = "Nothing of note happened that day. " * 400
    (window.collection.root / "clippings" / "tides.txt").write_text(
        f"A spring tide.\n{filler}\nThe second spring tide.\n{filler}\nThe third spring tide.\n", encoding="utf-8"
    )
    window.indexing.start()
    wait_for_indexing(qtbot, window)
    window.search_field.clear()
    search(qtbot, window, '"spring tide"')
    select(window, "clippings/tides.txt")
    text = window.preview.text
    qtbot.waitUntil(lambda: window.preview.kind == "text")
    assert text.current_hit() == 1 and text.hits.label.text().strip() == "hit 1 of 3"
    top = text.editor.verticalScrollBar().value()
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert text.current_hit() == 2 and text.editor.verticalScrollBar().value() > top  # scrolled to the mark
    assert text.editor.textCursor().block().text() == "The second spring tide."
    text.editor.setFocus()
    qtbot.keyClick(text.editor, Qt.Key.Key_N, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(text.editor, Qt.Key.Key_N, Qt.KeyboardModifier.ShiftModifier)
    assert text.current_hit() == 3  # from the first back to the last


def test_a_new_query_marks_its_hits_in_the_item_still_shown(qtbot, window):
    search(qtbot, window, "dredging")
    qtbot.waitUntil(lambda: window.preview.kind == "pdf" and window.preview.pdf.marked_words() == {"Dredging"})
    window.search_field.clear()
    search(qtbot, window, "breakwater")  # the same item stays selected
    assert window.selection.paths() == ["reports/harbour-survey-1998.pdf"]
    qtbot.waitUntil(lambda: window.preview.pdf.marked_words() == {"breakwater"})


def test_the_grid_shows_thumbnails_of_the_photographs_and_shares_the_selection(qtbot, window):
    search(qtbot, window, "path:photographs")
    photographs = {"photographs/harbour-at-dawn.jpg", "photographs/lighthouse-1987.tif", "photographs/market-day.png"}
    assert set(_paths(window)) == photographs
    select(window, "photographs/market-day.png")
    window.menus.mode_actions["grid"].trigger()
    grid = window.searching.results.grid
    assert window.searching.results.currentWidget() is grid and window.settings.value("results/mode") == "grid"
    assert window.selection.paths() == ["photographs/market-day.png"]  # the table's selection, kept
    loader = window.searching.results.thumbnails
    qtbot.waitUntil(
        lambda: all(
            loader.pixmap(path, window.model.hit(window.model.row_of(path)).format) is not None for path in photographs
        ),
        timeout=WAIT,
    )
    assert (window.collection.index_dir / "thumbnails").is_dir()
    row = window.model.row_of("photographs/harbour-at-dawn.jpg")
    cell = grid.visualRect(grid.model().index(row, 0))
    picture = grid.viewport().grab().toImage()
    sky = picture.pixelColor(cell.center().x() - 30, cell.top() + THUMBNAIL_BOX // 2 - 20)  # left of the mast
    assert sky.blue() > sky.red() + 40, sky.name()  # the photograph's sky, not a badge on white
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=cell.center())
    assert window.selection.paths() == ["photographs/harbour-at-dawn.jpg"]
    qtbot.waitUntil(lambda: window.preview.kind == "image")
    assert [index.row() for index in grid.selectionModel().selectedRows()] == [row]
    window.searching.select_all()  # the table's selection, shown in the grid
    assert len(grid.selectionModel().selectedRows()) == len(photographs)
    select(window, "photographs/harbour-at-dawn.jpg")
    window.search_field.setText("path:photographs harbour")  # keys would go to the grid, which has the focus
    window.searching.search_now()  # the same item stays selected, in the grid too
    row = window.model.row_of("photographs/harbour-at-dawn.jpg")
    assert [index.row() for index in grid.selectionModel().selectedRows()] == [row]
    window.menus.mode_actions["snippets"].trigger()
    assert window.searching.results.currentWidget() is window.table and window.selection.paths() == [
        "photographs/harbour-at-dawn.jpg"
    ]


def test_dragging_across_the_timeline_searches_those_years(qtbot, window):
    timeline = window.timeline
    assert timeline.isVisible() and timeline.counts[2019] == 2 and timeline.span() == (1953, 2022)
    y = timeline.height() // 2
    qtbot.mousePress(timeline, Qt.MouseButton.LeftButton, pos=QPoint(int(timeline._x_of(2019)) + 1, y))
    qtbot.mouseMove(timeline, QPoint(int(timeline._x_of(2022)) + 1, y))
    qtbot.mouseRelease(timeline, Qt.MouseButton.LeftButton, pos=QPoint(int(timeline._x_of(2022)) + 1, y))
    assert timeline.chosen == (2019, 2022)
    expected = {record.path for record in window.collection.matching_records("date:[2019 TO 2022]")}
    assert set(_paths(window)) == expected and len(expected) == 4
    assert window.count_label.text().startswith("4 results")
    assert timeline.counts[1953] == 1  # the bars still show every year: the range is seen against the whole
    search(qtbot, window, "harbour")  # the words change: the range stays, the bars follow the words
    harbour = {record.path for record in window.collection.matching_records("harbour date:[2019 TO 2022]")}
    assert set(_paths(window)) == harbour and timeline.counts == {
        int(year): count for year, count in window.collection.search("harbour").timeline.items()
    }
    middle = int(timeline._x_of(2020)) + 1
    qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=QPoint(middle, y))  # a click on the range lets it go
    assert timeline.chosen is None
    assert set(_paths(window)) == {record.path for record in window.collection.matching_records("harbour")}


def test_the_theme_is_chosen_from_the_view_menu_and_remembered(qtbot, window):
    before = QApplication.palette().color(QPalette.ColorRole.Base)
    try:
        window.menus.theme_actions["dark"].trigger()
        assert QApplication.palette().color(QPalette.ColorRole.Base).lightness() < 60
        qtbot.waitUntil(lambda: window.table.palette().color(QPalette.ColorRole.Text).lightness() > 180)
        assert window.settings.value("view/theme") == "dark"
        window.menus.theme_actions["light"].trigger()
        assert QApplication.palette().color(QPalette.ColorRole.Base).lightness() > 200
    finally:
        window.menus.theme_actions["system"].trigger()
    assert QApplication.palette().color(QPalette.ColorRole.Base) == before
    assert window.settings.value("view/theme") == "system"


def test_the_type_of_items_of_several_types_says_so(qtbot, window):
    search(qtbot, window, "harbour")  # texts and a photograph
    window.table.setFocus()
    window.table.selectAll()
    kind = window.metadata._editors["type"]
    assert kind.currentText() == "" and kind.lineEdit().placeholderText() == "(several values)"
    assert window.metadata.changes() == {}  # left alone unless typed


def test_several_items_are_edited_in_one_save_and_one_undo_takes_it_back(qtbot, window):
    search(qtbot, window, "path:clippings")
    window.table.setFocus()
    window.table.selectAll()
    paths = window.selection.paths()
    metadata = window.metadata
    assert len(paths) == 5 and metadata.save_button.text() == "Save 5 items"
    title, rights, tags = (metadata._editors[name] for name in ("title", "rights", "tags"))
    assert title.text() == "" and title.placeholderText() == "(several values)"  # they differ: left alone
    qtbot.keyClicks(rights, "In copyright")
    qtbot.keyClicks(tags, "clipping")
    qtbot.mouseClick(metadata.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: metadata.status.text() == "Saved", timeout=WAIT)
    records = [window.collection.record(path) for path in paths]
    assert all(record.rights == "In copyright" and record.tags == ["clipping"] for record in records)
    assert len({record.title for record in records}) == 5  # each keeps its own title
    assert metadata.history.rowCount() == 10 and not metadata.history.isHidden()  # 5 items × 2 fields
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: all(window.collection.record(path).rights is None for path in paths), timeout=WAIT)
    assert all(window.collection.record(path).tags == [] for path in paths)
    qtbot.waitUntil(lambda: metadata.history.rowCount() == 20)  # the undo is in the history too
    assert window.collection.search("tag:clipping").total == 0


def test_ctrl_z_in_a_field_right_after_ctrl_s_undoes_the_save(qtbot, window):
    select(window, "clippings/1974-rybaki.txt")
    window.tabs.setCurrentWidget(window.metadata)
    rights = window.metadata._editors["rights"]
    rights.setFocus()
    qtbot.keyClicks(rights, "Public domain")
    qtbot.keyClick(rights, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the field's own undo first
    assert rights.text() == "" and window.collection.record("clippings/1974-rybaki.txt").rights is None
    qtbot.keyClicks(rights, "Public domain")
    qtbot.keyClick(rights, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.metadata.status.text() == "Saved", timeout=WAIT)
    assert window.collection.record("clippings/1974-rybaki.txt").rights == "Public domain"
    qtbot.keyClick(window.metadata._editors["rights"], Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.collection.record("clippings/1974-rybaki.txt").rights is None, timeout=WAIT)
    qtbot.waitUntil(lambda: window.metadata._editors["rights"].text() == "", timeout=WAIT)


def test_a_search_saved_in_the_window_is_listed_and_runs_from_the_side_pane_and_the_command_line(
    qtbot, window, monkeypatch
):
    search(qtbot, window, "harbour")
    window.facets.filters = {"format": "application/pdf"}
    window.searching.run()
    expected = _paths(window)
    monkeypatch.setattr("viewer.saved_searches.QInputDialog.getText", lambda *args, **kwargs: ("Harbour PDFs", True))
    window.saved_searches.save()
    saved = window.saved_searches.panel.list
    assert saved.count() == 1 and not window.saved_searches.panel.isHidden()
    window.searching.clear_filters()
    window.search_field.clear()
    window.searching.run()
    assert len(_paths(window)) == 15
    qtbot.mouseClick(saved.viewport(), Qt.MouseButton.LeftButton, pos=saved.visualItemRect(saved.item(0)).center())
    assert window.search_field.text() == "harbour" and window.facets.filters == {"format": "application/pdf"}
    assert _paths(window) == expected and len(expected) == 2
    window.search_field.clear()
    search(qtbot, window, "@harbour pdfs")  # typed in the search field, as on the command line
    assert window.search_field.text() == "harbour" and _paths(window) == expected
    run = archive(
        "search",
        "@Harbour PDFs",
        "-c",
        window.collection.root,
        "--index-dir",
        window.collection.index_dir.parent,
        "--json",
    )
    assert sorted(hit["path"] for hit in json.loads(run.stdout)["hits"]) == sorted(expected)


def test_duplicates_are_listed_and_compared_side_by_side(qtbot, window, monkeypatch):
    root = window.collection.root
    (root / "clippings" / "tides.txt").write_bytes((root / "clippings" / "1953-02-02-storm-flood.txt").read_bytes())
    (root / "photographs" / "harbour-copy.jpg").write_bytes((root / "photographs" / "harbour-at-dawn.jpg").read_bytes())
    window.indexing.start()
    wait_for_indexing(qtbot, window)
    window.find_duplicates()
    qtbot.waitUntil(lambda: getattr(window, "duplicates_dialog", None) is not None, timeout=WAIT)
    dialog = window.duplicates_dialog
    groups = {
        dialog.tree.topLevelItem(g).child(0).text(0): dialog.tree.topLevelItem(g)
        for g in range(dialog.tree.topLevelItemCount())
    }
    texts = groups["clippings/1953-02-02-storm-flood.txt"]
    assert texts.text(0) == "2 identical" and texts.child(1).text(0) == "clippings/tides.txt"
    dialog.tree.setCurrentItem(texts)
    left, right = dialog.sides
    assert (left.label.text(), right.label.text()) == ("clippings/1953-02-02-storm-flood.txt", "clippings/tides.txt")
    assert left.preview.kind == right.preview.kind == "text"
    assert left.preview.text.editor.toPlainText() == right.preview.text.editor.toPlainText() != ""
    photographs = groups["photographs/harbour-at-dawn.jpg"]
    dialog.tree.setCurrentItem(photographs.child(1))
    assert left.preview.kind == right.preview.kind == "image"  # pictures side by side, not two paths
    assert right.label.text() == "photographs/harbour-copy.jpg"
    monkeypatch.setattr("viewer.panels.duplicates.QInputDialog.getText", lambda *args, **kwargs: ("copy", True))
    next(button for button in dialog.findChildren(QPushButton) if button.text() == "Tag the Copies…").click()
    qtbot.waitUntil(lambda: window.collection.record("photographs/harbour-copy.jpg").tags == ["copy"], timeout=WAIT)
    assert window.collection.record("photographs/harbour-at-dawn.jpg").tags == []  # the first is the one kept
    opened = []
    monkeypatch.setattr("viewer.selection.open_in_desktop", lambda path, what="": opened.append((path.name, what)))
    next(button for button in dialog.findChildren(QPushButton) if button.text() == "Open All").click()
    next(button for button in dialog.findChildren(QPushButton) if button.text() == "Show in Folders").click()
    assert opened == [
        ("harbour-at-dawn.jpg", ""),
        ("harbour-copy.jpg", ""),
        ("photographs", "folder"),
        ("photographs", "folder"),
    ]
    dialog.close()


def test_many_selected_items_are_read_for_the_form_and_cited_off_the_gui_thread(qtbot, window, monkeypatch):
    """(Thousands in use: five here.) The form is empty while the records are read, so nothing can
    be typed into it and lost; the Cite tab formats the first few and says the exports take all."""
    monkeypatch.setattr("viewer.selection.FORM_IN_BACKGROUND_FROM", 3)
    monkeypatch.setattr("viewer.panels.cite.SHOWN_AT_MOST", 2)
    search(qtbot, window, "path:clippings")
    window.tabs.setCurrentWidget(window.cite)
    window.table.setFocus()
    window.table.selectAll()
    metadata = window.metadata
    assert metadata.status.text() == "Reading the records of 5 items…" and not metadata._editors["title"].isEnabled()
    qtbot.waitUntil(lambda: metadata.save_button.text() == "Save 5 items", timeout=WAIT)
    assert metadata._editors["title"].isEnabled() and metadata._editors["title"].placeholderText() == "(several values)"
    note = window.cite.note
    qtbot.waitUntil(lambda: window.cite.output.toPlainText() != "", timeout=WAIT)
    assert len(window.cite.output.toPlainText().splitlines()) == 2  # two citations
    assert note.isVisibleTo(window.cite) and "first 2 of the 5 items selected" in note.text()
    select(window, window.model.hit(0).path)
    qtbot.waitUntil(lambda: not note.isVisibleTo(window.cite), timeout=WAIT)
    assert metadata.save_button.text() == "Save"


def test_select_all_selects_every_result_not_only_the_rows_read(qtbot, window, monkeypatch):
    monkeypatch.setattr("viewer.models.PAGE_SIZE", 4)
    window.searching.run()  # everything: 15 items, read 4 at a time
    assert window.model.result.total == 15 and window.model.rowCount() < 15
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(window.selection.paths()) == 15, timeout=WAIT)
    assert window.model.rowCount() == 15 and window.metadata.save_button.text() == "Save 15 items"
    assert window.statusBar().currentMessage() == "15 selected"


def test_the_count_says_which_filters_narrow_the_results_and_clears_them(qtbot, window):
    window.facets.filters = {"type": "StillImage", "language": "en"}
    search(qtbot, window, "harbour")
    without = window.collection.search("harbour").total
    assert window.model.rowCount() == 0
    assert (
        "0 results in" in window.count_label.text()
        and f"with 2 filters — Type: Still image, Language: English; {without} without them"
        in window.count_label.text()
    )
    assert window.clear_filters_button.isVisible()
    qtbot.mouseClick(window.clear_filters_button, Qt.MouseButton.LeftButton)
    assert window.facets.filters == {} and "filter" not in window.count_label.text()
    assert not window.clear_filters_button.isVisible() and window.model.rowCount() == without


def test_each_filter_is_a_chip_that_lets_it_go(qtbot, window):
    chips = window.searching.chips
    assert chips.isHidden()
    search(qtbot, window, "harbour")
    window.timeline.set_range((1990, 2005))
    window.facets.filters["language"] = "en"
    window.searching.run()
    assert chips.isVisible() and chips.labels() == ["Language: English", "Years: 1990–2005"]
    qtbot.mouseClick(chips.findChild(QToolButton, "chip_years"), Qt.MouseButton.LeftButton)
    assert window.timeline.chosen is None and chips.labels() == ["Language: English"]
    window.timeline.set_range((1990, 2005))
    qtbot.mouseClick(chips.clear_all, Qt.MouseButton.LeftButton)
    assert window.facets.filters == {} and window.timeline.chosen is None and chips.isHidden()
    assert window.model.rowCount() == window.collection.search("harbour").total


def test_a_click_on_a_facet_leaves_the_other_values_where_they_were(qtbot, window):
    """The second click on the same spot must land on the value that was there."""
    facets = window.facets

    def rows() -> list[tuple[str, bool]]:
        return [
            (facets.topLevelItem(g).child(c).text(0).rsplit("  (", 1)[0], facets.topLevelItem(g).child(c).isDisabled())
            for g in range(facets.topLevelItemCount())
            for c in range(facets.topLevelItem(g).childCount())
        ]

    before = [text for text, _ in rows()]
    group = next(
        facets.topLevelItem(g) for g in range(facets.topLevelItemCount()) if facets.topLevelItem(g).text(0) == "Type"
    )
    item = group.child(0)
    rect = facets.visualItemRect(item)
    qtbot.mouseClick(facets.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert len(window.facets.filters) == 1
    after = rows()
    assert [text for text, _ in after] == before  # nothing moved
    assert any(greyed for _, greyed in after)  # values none of the results has are greyed, in place
    qtbot.mouseClick(facets.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # the same spot: the same value
    assert window.facets.filters == {}


def test_the_selection_is_bagged_and_exported_as_mods_from_the_window(qtbot, window, tmp_path, monkeypatch):
    search(qtbot, window, "path:photographs")
    window.table.setFocus()
    window.table.selectAll()
    monkeypatch.setattr(
        "viewer.handing_on.QFileDialog.getExistingDirectory", lambda *args, **kwargs: str(tmp_path / "bag")
    )
    _choose_from_menu(
        qtbot, lambda: window.selection.menu(window.table.viewport().mapToGlobal(QPoint(5, 5))), "Bag Selection…"
    )
    qtbot.waitUntil(lambda: "Bagged 3 files" in window.statusBar().currentMessage(), timeout=WAIT)
    assert sorted(p.name for p in (tmp_path / "bag" / "data" / "photographs").iterdir()) == [
        "harbour-at-dawn.jpg",
        "lighthouse-1987.tif",
        "market-day.png",
    ]
    monkeypatch.setattr(
        "viewer.handing_on.QFileDialog.getSaveFileName",
        lambda *args, **kwargs: (str(tmp_path / "photos.xml"), "MODS (*.xml)"),
    )
    qtbot.keyClick(window.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: (tmp_path / "photos.xml").exists(), timeout=WAIT)
    assert (tmp_path / "photos.xml").read_text(encoding="utf-8").count("<mods ") == 3


def test_a_spreadsheet_previews_as_tables_its_sheets_a_choice_and_the_hits_marked(qtbot, tmp_path, index_base):
    from openpyxl import Workbook

    root = tmp_path / "ledgers"
    root.mkdir()
    book = Workbook()
    book.active.title = "Catches 1953"
    book.active.append(["Boat", "Herring (crans)"])
    book.active.append(["Anna Berg", 41])
    landings = book.create_sheet("Landings")
    landings.append(["Quay", "Vessel"])
    landings.append(["North quay", "Saltmere Lass"])
    book.save(root / "ledger.xlsx")
    (root / "crew.csv").write_text("name;boat\nGustav Nilsen;Saltmere Lass\n", encoding="utf-8")
    main = window_on(qtbot, tmp_path, index_base, root)
    search(qtbot, main, "lass")
    select(main, "ledger.xlsx")
    preview = main.preview
    assert preview.kind == "table"
    sheets, table = preview.table.sheets, preview.table.table
    assert [sheets.itemText(i) for i in range(sheets.count())] == ["Catches 1953", "Landings"]
    assert sheets.currentText() == "Landings"  # the first sheet with a hit
    assert table.item(1, 1).text() == "Saltmere Lass" and table.item(1, 1).background() == preview.palette().highlight()
    assert table.item(1, 0).background() != preview.palette().highlight()
    sheets.setCurrentIndex(0)
    assert table.item(1, 0).text() == "Anna Berg" and table.item(1, 1).text() == "41"
    select(main, "crew.csv")
    assert preview.kind == "table" and not sheets.isVisible()  # one sheet: no choice to make
    assert [table.item(0, c).text() for c in range(2)] == ["name", "boat"]
    main.close()


def test_a_multi_page_scan_is_shown_a_page_at_a_time_with_each_pages_words(qtbot, tmp_path, index_base):
    from format_builders import write_multipage_tiff

    root = tmp_path / "scans"
    root.mkdir()
    write_multipage_tiff(
        root / "ledger.tif", [["Harbour dues ledger"], ["Lighthouse keeper wages"], ["Ferry timetable winter"]]
    )
    main = window_on(qtbot, tmp_path, index_base, root)
    search(qtbot, main, "wages")
    select(main, "ledger.tif")
    image = main.preview.image
    qtbot.waitUntil(lambda: image.pages == 3 and not image.item.pixmap().isNull(), timeout=WAIT)
    assert main.preview.kind == "image" and image.page == 1  # opened at the page of the hit
    assert image.page_label.text().strip() == "2 / 3" and image.page_actions[0].isEnabled()
    assert "wages" in image.text.toPlainText().lower() and "dues" not in image.text.toPlainText().lower()
    second = image.item.pixmap().toImage()
    image.turn(-1)
    qtbot.waitUntil(lambda: image.page == 0 and not image.item.pixmap().isNull(), timeout=WAIT)
    assert image.page_label.text().strip() == "1 / 3" and image.item.pixmap().toImage() != second
    assert not image.page_actions[0].isEnabled() and "dues" in image.text.toPlainText().lower()
    image.turn(1)
    image.turn(1)
    image.turn(1)  # past the last page: stays on it
    qtbot.waitUntil(lambda: image.page == 2 and not image.item.pixmap().isNull(), timeout=WAIT)
    assert "ferry" in image.text.toPlainText().lower() and not image.page_actions[1].isEnabled()
    main.close()


def test_the_accession_report_is_made_off_the_gui_thread_and_opened(qtbot, window, monkeypatch):
    """File ▸ Accession Report writes the report into the index folder and hands its page to the
    desktop's browser (the hand-over is what the test sees: no browser runs here)."""
    opened = []
    monkeypatch.setattr("viewer.report.open_in_desktop", lambda path, what="": opened.append(path))
    action = next(a for menu in window.menuBar().actions() for a in menu.menu().actions() if "Accession" in a.text())
    action.trigger()
    qtbot.waitUntil(lambda: bool(opened), timeout=WAIT)
    page = opened[0]
    assert page.name == "report.html" and page.parent.parent == window.collection.index_dir
    with (page.parent / "formats.csv").open(encoding="utf-8", newline="") as formats:
        counted = sum(int(row["count"]) for row in csv.DictReader(formats))
    assert counted == len(window.collection)
