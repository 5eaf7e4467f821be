"""Stepping through an item's hits, the same in every preview: '◀ Hit', 'hit 3 of 17' and
'Hit ▶' in its toolbar, F3 / Shift+F3 in the window, n / N in the page itself."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAction, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QToolBar, QWidget

from ..accessibility import announce
from ..i18n import translate


#: How the hit shown stands out from the other marks, in every preview: white text on it reads at
#: 5.2:1, and it stands out 5.2:1 from a light page and 3.2:1 from a dark one (WCAG 2.1 AA).
CURRENT_HIT = QColor("#c24100")


class HitControls:
    """Adds the controls to ``bar``; ``step(+1 or -1)`` is called to move to another hit."""

    def __init__(self, owner: QWidget, bar: QToolBar, page: QWidget, step: Callable[[int], None]) -> None:
        self.previous_action = QAction(translate("Preview", "◀ Hit"), owner)
        self.previous_action.setToolTip(translate("Preview", "Previous hit (Shift+F3, or N)"))
        self.previous_action.setShortcut(QKeySequence("Shift+F3"))
        self.label = QLabel("")
        self.label.setObjectName("hit_label")
        self.next_action = QAction(translate("Preview", "Hit ▶"), owner)
        self.next_action.setToolTip(translate("Preview", "Next hit (F3, or n)"))
        self.next_action.setShortcut(QKeySequence("F3"))
        self.previous_action.triggered.connect(lambda: step(-1))
        self.next_action.triggered.connect(lambda: step(1))
        bar.addAction(self.previous_action)
        bar.addWidget(self.label)
        bar.addAction(self.next_action)
        for keys, delta in (("N", 1), ("Shift+N", -1)):
            QShortcut(
                QKeySequence(keys), page, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
            ).activated.connect(lambda d=delta: step(d))
        self.show(-1, 0)

    def show(self, current: int, count: int, more_coming: bool = False) -> None:
        """Say which hit is shown (``current``, 0-based; -1 for none yet) of ``count``."""
        total = f"{count}+" if more_coming else f"{count}"
        text = (
            translate("Preview", "hit {current} of {total}").format(current=current + 1, total=total)
            if current >= 0
            else translate("Preview", "%n+ hits", None, count)
            if more_coming
            else translate("Preview", "%n hit(s)", None, count)
        )
        self.label.setText(f" {text} " if count else "")
        announce(self.label, QAccessible.Event.NameChanged)  # a screen reader says "hit 3 of 17"
        self.next_action.setEnabled(count > 0)
        self.previous_action.setEnabled(count > 0)


def next_hit(current: int, delta: int, count: int) -> int:
    """The hit after (``delta`` 1) or before (-1) ``current``, from the last to the first and back;
    from none shown, the first or the last."""
    if current < 0:
        return 0 if delta > 0 else count - 1
    return (current + delta) % count
