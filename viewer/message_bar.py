"""A message that stays where the person is looking until they dismiss it: for what failed
(an item that would not open, an edit that was not saved, a folder that cannot be opened), which a
status-bar line would let slip by."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QFrame, QHBoxLayout, QToolButton, QWidget

from .accessibility import announce
from .i18n import translate

from .plain import plain_label

ERROR_STYLE = "QFrame#message_bar { background: palette(base); border: 2px solid #b00020; border-radius: 4px; }"
INFO_STYLE = (
    "QFrame#message_bar { background: palette(base); border: 2px solid palette(highlight); border-radius: 4px; }"
)


class MessageBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("message_bar")
        self.label = plain_label()
        self.label.setObjectName("message_text")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton()
        close.setObjectName("message_close")
        close.setText("✕")
        close.setToolTip(translate("Window", "Dismiss"))
        close.setAccessibleName(translate("Window", "Dismiss"))
        close.setAutoRaise(True)
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_error(self, text: str) -> None:
        self._show(text, ERROR_STYLE)

    def show_info(self, text: str) -> None:
        self._show(text, INFO_STYLE)

    def _show(self, text: str, style: str) -> None:
        self.setStyleSheet(style)
        self.label.setText(text)
        self.show()
        announce(self.label, QAccessible.Event.Alert)  # read out at once, as a dialog's message is

    @property
    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""
