"""The window laid out for a longer language at 1280×800 (Russian): the side pane as wide as its
values need, the metadata form within its pane, the PDF toolbar's hit navigation in view, and
filter chips that move nothing under the pointer."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QToolBar

from test_viewer import WAIT, search, select, window_on
from viewer.i18n import use_language
from viewer.main_window import SIDE_PANE_AT_MOST
from viewer.models import COLUMNS

pytestmark = pytest.mark.gui


@pytest.fixture
def russian(qtbot, tmp_path, index_base, sample_copy):
    window = window_on(qtbot, tmp_path, index_base, sample_copy, "ru")
    window.resize(1280, 800)
    yield window
    window.close()
    use_language("en")


def test_the_russian_window_fits_its_words(qtbot, russian):
    window = russian
    search(qtbot, window, "harbour")
    qtbot.waitUntil(lambda: window.facets.topLevelItemCount() > 0, timeout=WAIT)
    side = window.splitter.sizes()[0]
    assert side >= min(window.facets.wanted_width(), SIDE_PANE_AT_MOST)  # 'Неподвижное изображение (1)' whole
    select(window, "reports/harbour-survey-1998.pdf")
    qtbot.waitUntil(lambda: window.preview.kind == "pdf", timeout=WAIT)
    bar = window.preview.pdf.findChild(QToolBar, "pdf_toolbar")
    hits = window.preview.pdf.hits
    qtbot.waitUntil(lambda: bar.widgetForAction(hits.next_action) is not None, timeout=WAIT)
    assert bar.widgetForAction(hits.previous_action).isVisible() and bar.widgetForAction(hits.next_action).isVisible()
    window.tabs.setCurrentWidget(window.metadata)
    qtbot.wait(100)
    assert not window.metadata.horizontalScrollBar().isVisible()  # the form is never wider than its pane


def test_a_filter_chip_moves_nothing_under_the_pointer(qtbot, russian):
    """The first chip appears under the list: the facet being clicked stays where it was."""
    facets = russian.facets
    top = facets.mapTo(russian, facets.rect().topLeft()).y()
    facets.filters = {"type": "Text"}
    facets.filters_changed.emit(dict(facets.filters))
    qtbot.waitUntil(lambda: russian.searching.chips.isVisible(), timeout=WAIT)
    assert facets.mapTo(russian, facets.rect().topLeft()).y() == top


def test_a_messages_title_is_its_subject_and_its_mailbox_its_source(qtbot, tmp_path, index_base):
    from format_builders import message, write_mbox

    root = tmp_path / "drive"
    (root / "Почта" / "Архив").mkdir(parents=True)
    write_mbox(
        root / "Почта" / "Архив" / "переписка_2019.mbox",
        [message("Реставратор <r@example.org>", f"Реставрация переплётов ({n})", "Переплёты готовы.") for n in (1, 2)],
    )
    window = window_on(qtbot, tmp_path, index_base, root)
    try:
        window.searching.search_for("переплёты")  # typed keys must be ASCII for QtTest
        qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=WAIT)  # the mailbox and its two messages
        messages = [row for row in range(3) if "#" in window.model.hit(row).path]
        titles = sorted(window.model.index(row, 0).data() for row in messages)
        assert titles == ["Реставрация переплётов (1)", "Реставрация переплётов (2)"]  # not the mailbox's path first
        source = next(column for column, (_, key) in enumerate(COLUMNS) if key == "source")
        assert window.model.index(messages[0], source).data() == "Почта/Архив/переписка_2019.mbox"
    finally:
        window.close()


def test_the_side_pane_fits_its_values_on_every_start_until_a_person_sets_its_width(
    qtbot, tmp_path, index_base, sample_copy
):
    """The window saves its panes' widths on closing: that is not a person's choice, dragging is."""
    from viewer.main_window import SIDE_PANE_SET

    try:
        for start in range(2):
            window = window_on(qtbot, tmp_path, index_base, sample_copy, "ru")
            search(qtbot, window, "harbour")
            qtbot.waitUntil(lambda: window.facets.topLevelItemCount() > 0, timeout=WAIT)
            wanted = min(window.facets.wanted_width(), SIDE_PANE_AT_MOST)
            qtbot.waitUntil(lambda: window.splitter.sizes()[0] >= wanted, timeout=WAIT)  # on the second start too
            if start == 1:
                window.splitter.splitterMoved.emit(200, 1)  # as a drag of the handle says
                assert window.settings.value(SIDE_PANE_SET) == "true"
            window.close()
    finally:
        use_language("en")
