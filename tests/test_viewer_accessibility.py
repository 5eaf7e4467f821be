"""The window for people who do not see it as a sighted mouse user does: every control named for
a screen reader (read through Qt's accessibility API, which AT-SPI exposes), the results read out
with their title, date and why they matched, and both themes at WCAG 2.1 AA contrast."""

from __future__ import annotations

import shlex
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from test_viewer import WAIT, search, select, window_on
from viewer.models import PassageRole
from viewer.preview.hits import CURRENT_HIT
from viewer.theme import apply_theme

pytestmark = pytest.mark.gui
CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractItemView,
    QAbstractSlider,
    QPlainTextEdit,
    QTextEdit,
    QAbstractSpinBox,
    QTabBar,
)


def nameless(window) -> list[str]:
    """The controls shown in ``window`` that a screen reader would announce without a name: none,
    a symbol for one ('✕', '◀'), or a drop-down's current value for one (Qt on Linux gives that
    when no name is set)."""
    found = []
    labelled = {label.buddy() for label in window.findChildren(QLabel) if label.buddy() is not None}
    for widget in window.findChildren(QWidget):
        if (
            not isinstance(widget, CONTROLS)
            or isinstance(widget, (QScrollBar, QHeaderView))
            or not widget.isVisible()
            or widget.window() is not window
            or widget.objectName() == "qt_tableview_cornerbutton"
            or isinstance(widget.parent(), (QComboBox, QAbstractSpinBox))
        ):  # named through their owner
            continue
        face = QAccessible.queryAccessibleInterface(widget)
        name = face.text(QAccessible.Text.Name).strip() if face is not None else ""
        said = f"{type(widget).__name__} {widget.objectName()!r} {name!r} in {type(widget.parent()).__name__}"
        if not any(character.isalpha() for character in name):  # none, or a symbol ('✕', '◀')
            found.append(said)
        elif isinstance(widget, QComboBox) and name == widget.currentText().strip() and widget not in labelled:
            found.append(
                said
            )  # on Linux a drop-down's name is its value: a label's buddy names it (AT-SPI's labelled-by)
    return found


def test_every_control_of_the_window_has_an_accessible_name(qtbot, tmp_path, sample_copy, index_base):
    window = window_on(qtbot, tmp_path, index_base, sample_copy)
    search(qtbot, window, "harbour")
    for path in (
        "reports/harbour-survey-1998.pdf",
        "photographs/harbour-at-dawn.jpg",
        "documents/council-minutes-1978-03.odt",
    ):
        select(window, path)
        for tab in (window.selection.preview_page, window.metadata, window.cite):
            window.tabs.setCurrentWidget(tab)
            qtbot.wait(50)
            assert not nameless(window), (path, type(tab).__name__)
    window.close()


def test_a_result_is_read_out_with_its_title_date_and_why_it_matched(qtbot, tmp_path, sample_copy, index_base):
    window = window_on(qtbot, tmp_path, index_base, sample_copy)
    search(qtbot, window, "dredging")
    index = window.model.index(0, 0)
    window.table.viewport().update()
    qtbot.waitUntil(lambda: index.data(PassageRole) is not None, timeout=WAIT)
    assert (
        index.data(Qt.ItemDataRole.AccessibleTextRole)
        == "Harbour Survey 1998, 1998-06-12, Marta Kowalczyk; Jonas Lindqvist"
    )
    said = index.data(Qt.ItemDataRole.AccessibleDescriptionRole)
    assert "Dredging of the inner basin" in said and "<b>" not in said
    window.close()


def contrast(one: QColor, other: QColor) -> float:
    """WCAG 2.1's contrast ratio of two colours (1 to 21)."""

    def luminance(colour: QColor) -> float:
        def channel(value: int) -> float:
            value /= 255
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green()) + 0.0722 * channel(colour.blue())

    lighter, darker = sorted((luminance(one), luminance(other)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_both_themes_meet_wcag_aa_contrast(qapp, theme):
    role = QPalette.ColorRole
    try:
        apply_theme(theme)
        palette = QApplication.instance().palette()
        text = [
            (role.Text, role.Base),
            (role.Text, role.AlternateBase),
            (role.WindowText, role.Window),
            (role.ButtonText, role.Button),
            (role.HighlightedText, role.Highlight),
            (role.ToolTipText, role.ToolTipBase),
        ]
        for foreground, background in text:  # text: 4.5:1
            assert contrast(palette.color(foreground), palette.color(background)) >= 4.5, (foreground, background)
        assert contrast(QColor("white"), CURRENT_HIT) >= 4.5  # the hit shown: white text on it
        for mark in (palette.color(role.Highlight), CURRENT_HIT):  # marks and the selection: 3:1 against the page
            assert contrast(mark, palette.color(role.Base)) >= 3.0, mark.name()
    finally:
        apply_theme("system")


def test_the_window_is_worked_by_keyboard_alone(qtbot, tmp_path, sample_copy, index_base):
    window = window_on(qtbot, tmp_path, index_base, sample_copy)
    window.activateWindow()
    window.search_field.setFocus()
    qtbot.waitUntil(window.search_field.hasFocus)
    reached = []
    for _ in range(60):  # Tab goes through the panes and comes back: no trap
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
        if reached[-1] is window.search_field:
            break
    assert reached[-1] is window.search_field, [type(widget).__name__ for widget in reached]
    for expected in (window.facets, window.timeline, window.table, window.tabs.tabBar()):
        assert expected in reached, type(expected).__name__
    facets = window.facets  # a facet value narrows with Space, and lets go with it again
    facets.setFocus()
    group = next(
        facets.topLevelItem(g) for g in range(facets.topLevelItemCount()) if facets.topLevelItem(g).text(0) == "Type"
    )
    facets.setCurrentItem(group.child(0))
    qtbot.keyClick(facets, Qt.Key.Key_Space)
    assert (
        list(window.facets.filters) == ["type"]
        and facets.currentItem().data(0, Qt.ItemDataRole.UserRole + 2) is not None
    )
    qtbot.keyClick(facets, Qt.Key.Key_Space)
    assert window.facets.filters == {}
    timeline = window.timeline  # years chosen with the arrows
    first = min(timeline.counts)
    qtbot.keyClick(timeline, Qt.Key.Key_Right)
    assert timeline.chosen == (first, first) and window.searching.filters()[-1][1] == f"Years: {first}–{first}"
    qtbot.keyClick(timeline, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert timeline.chosen == (first, first + 1)
    qtbot.keyClick(timeline, Qt.Key.Key_Escape)
    assert timeline.chosen is None
    for menu in window.menuBar().actions():  # every menu and entry has its Alt key
        assert "&" in menu.text(), menu.text()
        for action in menu.menu().actions():
            assert action.isSeparator() or "&" in action.text() or action.menu() is not None, action.text()
    window.close()


SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"


def _has_pyatspi() -> bool:
    import os
    import subprocess

    if not os.access(SYSTEM_PYTHON, os.X_OK):
        return False
    return subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True).returncode == 0


@pytest.mark.skipif(
    not (_has_pyatspi() and shutil.which("Xvfb") and shutil.which("dbus-run-session") and Path(BUS_LAUNCHER).exists()),
    reason="needs AT-SPI (at-spi2-core, Debian's python3-pyatspi), Xvfb and D-Bus",
)
def test_a_screen_reader_on_a_real_bus_hears_a_name_for_every_control(tmp_path, sample_copy, index_base):
    """The window on X (Xvfb) with Qt's AT-SPI bridge on, walked by pyatspi as Orca would, each tab
    of the selected item in turn: no focusable control unnamed or named by a symbol, no drop-down
    named by its value (Qt on Linux names a combo box by its text unless a label is its buddy)."""
    import subprocess
    import sys

    from archive import Collection

    with Collection.open(sample_copy, index_base, create=True) as collection:
        collection.index()
    walker = Path(__file__).with_name("atspi_walk.py")
    viewer = [
        sys.executable,
        "-c",
        "from viewer.app import main; main()",
        str(sample_copy),
        "--index-dir",
        str(index_base),
    ]
    script = tmp_path / "walk.sh"
    script.write_text(
        f"""{BUS_LAUNCHER} --launch-immediately >/dev/null 2>&1 &
Xvfb :97 -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
sleep 1
export DISPLAY=:97 QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 HOME={tmp_path}
timeout 120 {" ".join(map(shlex.quote, viewer))} >{tmp_path}/viewer.log 2>&1 &
timeout 90 {SYSTEM_PYTHON} {walker} "Archive viewer"
status=$?
kill %1 %2 %3 2>/dev/null
exit $status
""",
        encoding="utf-8",
    )
    run = subprocess.run(["dbus-run-session", "--", "bash", str(script)], capture_output=True, text=True, timeout=180)
    assert run.returncode == 0, (run.returncode, run.stderr[-2000:], (tmp_path / "viewer.log").read_text()[-2000:])
    *problems, walked = run.stdout.strip().splitlines()
    assert int(walked.split()[1]) > 100  # the whole window was walked, not an empty tree
    assert not [line for line in problems if line], problems
