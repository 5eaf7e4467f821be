"""Text taken from a file, a record, a path or a message is shown as text, never as markup.

Qt renders any label or tooltip that *looks* like HTML as HTML: a title such as
``<img src="/dev/zero">`` made Qt read /dev/zero until it aborted, and another drew a picture from
outside the collection. Labels that show such text are made with :func:`plain_label`; tooltips
that carry it go through :func:`tip` (there is no plain-text tooltip in Qt, so it is escaped into
HTML that says exactly the text)."""

from __future__ import annotations

from PySide6.QtGui import Qt  # QtGui's Qt adds convertFromPlainText
from PySide6.QtWidgets import QLabel


def plain_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def tip(text: str) -> str:
    """A tooltip that shows ``text`` as it is (line breaks kept); empty stays empty."""
    return Qt.convertFromPlainText(text) if text else ""
