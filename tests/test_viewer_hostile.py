"""Nothing taken from a file is ever rendered as markup: a hostile collection is opened in the
real window (offscreen), every item shown, and the whole widget tree walked."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import Qt  # with mightBeRichText
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialogButtonBox, QLabel, QTableWidget, QTreeWidget
from test_viewer import select, window_on

from viewer.main_window import MainWindow
from viewer.models import PathRole

pytestmark = pytest.mark.gui
#: Markup a hostile file carries; shown escaped it is harmless text, rendered it reads /dev/zero.
HOSTILE = '<img src="/dev/zero"> <b>bold</b>'
#: The same in a file name (which cannot hold a slash).
HOSTILE_NAME = "<img src=zero> <b>bold"
#: What would render as a tag (escaped, it reads "&lt;img").
TAGS = ("<img", "<b>bold")


def hostile_collection(root: Path) -> Path:
    root.mkdir()
    (root / f"{HOSTILE_NAME}.txt").write_text(f"{HOSTILE}\nThe harbour lamp, said the file.\n", encoding="utf-8")
    (root / "page.html").write_text(
        f"<html><head><title>&lt;img src=\"/dev/zero\"&gt; &lt;b&gt;bold&lt;/b&gt;</title>"
        f"<meta name=\"author\" content=\"&lt;img src=&quot;/dev/zero&quot;&gt;\"></head>"
        f"<body><p>harbour lamp {HOSTILE.replace('<', '&lt;')}</p></body></html>",
        encoding="utf-8",
    )
    (root / f"{HOSTILE_NAME} report.pdf").write_bytes(b"%PDF-1.4 not really a PDF")
    (root / f"{HOSTILE_NAME}.bin").write_bytes(b"\x00\x01\x02" * 10)
    return root


def rendered_markup(text: str, rich: bool) -> bool:
    return rich and any(tag in text for tag in TAGS)


def markup_shown(window: MainWindow) -> list[str]:
    """Every label, tooltip and item tooltip that would render a tag taken from a file."""
    found = []
    for widget in QApplication.allWidgets():
        if isinstance(widget, QLabel):
            form = widget.textFormat()
            rich = form == Qt.TextFormat.RichText or (
                form == Qt.TextFormat.AutoText and Qt.mightBeRichText(widget.text())
            )
            if rendered_markup(widget.text(), rich):
                found.append(f"label {widget.objectName() or type(widget.parent()).__name__}: {widget.text()!r}")
        if rendered_markup(widget.toolTip(), Qt.mightBeRichText(widget.toolTip())):
            found.append(f"tooltip of {widget.objectName() or type(widget).__name__}: {widget.toolTip()!r}")
        tips = []
        if isinstance(widget, QTreeWidget):
            stack = [widget.topLevelItem(row) for row in range(widget.topLevelItemCount())]
            while stack:
                item = stack.pop()
                tips.append(item.toolTip(0))
                stack.extend(item.child(row) for row in range(item.childCount()))
        elif isinstance(widget, QTableWidget):
            tips += [
                widget.item(row, column).toolTip()
                for row in range(widget.rowCount())
                for column in range(widget.columnCount())
                if widget.item(row, column)
            ]
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            tips += [
                str(model.data(model.index(row, column), Qt.ItemDataRole.ToolTipRole) or "")
                for row in range(min(model.rowCount(), 200))
                for column in range(model.columnCount())
            ]
        found += [
            f"item tooltip in {type(widget).__name__}: {text!r}"
            for text in tips
            if rendered_markup(text, Qt.mightBeRichText(text))
        ]
    return found


def test_a_hostile_collection_is_shown_as_text_everywhere(qtbot, tmp_path, index_base):
    collection = hostile_collection(tmp_path / "hostile")
    main = window_on(qtbot, tmp_path, index_base, collection)
    qtbot.waitUntil(lambda: main.model.rowCount() == 4, timeout=20000)
    found = []
    for path in [main.model.index(row, 0).data(PathRole) for row in range(main.model.rowCount())]:
        select(main, path)
        for tab in range(main.tabs.count()):
            main.tabs.setCurrentIndex(tab)
            qtbot.wait(300)
            found += markup_shown(main)

    def walk_and_close() -> None:
        found.extend(markup_shown(main))
        main.indexing.problems_dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close).click()

    QTimer.singleShot(300, walk_and_close)
    main.indexing.show_problems()
    assert not main.open_collection(collection / HOSTILE_NAME)  # not there: the message names it
    assert HOSTILE_NAME in main.message_bar.text
    found += markup_shown(main)
    assert not found, "\n".join(dict.fromkeys(found))
    main.close()
